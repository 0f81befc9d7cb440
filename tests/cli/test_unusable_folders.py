"""Folders the app cannot use, as real processes: one clear line naming the folder, the window
still runs a workout (settings in memory), the command line exits 2, never a traceback.

The cases: a base folder that is a file, one under /dev/null, a read-only one (as root, a
read-only bind mount in a private mount namespace, since folder permissions do not stop root),
a home that does not exist, and a user with no home at all (no $HOME and no password-file
entry: a user id nobody has, via setpriv, where this machine allows it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.processes import brief

ROOT = Path(__file__).resolve().parents[2]
SHORT_ROUTINE = "version: 1\nname: Short\nprepare: 0s\nexercises:\n  - name: Hold\n    hold: 1s\n"
NOBODY_UID = 54321  # a user id with no entry in the password file
XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR")


def clean_env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items()
           if name not in XDG and name != "LEG_TIMER_BASEDIR"}
    env.update(QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:",
               SPEECHD_ADDRESS="unix_socket:/nonexistent/speechd.sock", **extra)
    return env


def leg_timer(args: Sequence[str], env: dict[str, str], prefix: Sequence[str] = (),
              python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*prefix, python, "-m", "leg_timer", *args], env=env, cwd="/",
                          capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL)


def assert_one_clear_line(result: subprocess.CompletedProcess[str], folder: str) -> None:
    assert "Traceback" not in result.stderr, brief(result.stderr)
    told = [line for line in result.stderr.splitlines() if folder in line]
    assert len(told) == 1, brief(result.stderr)


@pytest.fixture
def short_routine(tmp_path: Path) -> Path:
    path = tmp_path / "short.yaml"
    path.write_text(SHORT_ROUTINE, encoding="utf-8")
    path.chmod(0o644)
    return path


def base_that_is_a_file(tmp_path: Path) -> Path:
    base = tmp_path / "base"
    base.write_text("a file, not a folder", encoding="utf-8")
    return base


@pytest.mark.parametrize("make_base", [base_that_is_a_file, lambda _tmp: Path("/dev/null")],
                         ids=["a file", "/dev/null"])
def test_a_base_folder_that_cannot_be_used(tmp_path: Path, short_routine: Path,
                                           make_base: object) -> None:
    assert callable(make_base)
    base = make_base(tmp_path)
    env = clean_env(HOME=str(tmp_path))
    listed = leg_timer(["--basedir", str(base), "list"], env)
    assert listed.returncode == 2
    assert listed.stderr.startswith(f"leg-timer: cannot use the folder {base}/data: {base} is "
                                    f"a file, not a folder"), listed.stderr
    assert_one_clear_line(listed, str(base))
    ran = leg_timer(["--basedir", str(base), "run", str(short_routine), "--quit-when-done"],
                    env)
    assert ran.returncode == 0, brief(ran.stderr)
    assert_one_clear_line(ran, f"{base}/data")
    assert "settings are kept for this session only" in ran.stderr


def test_a_home_that_does_not_exist(tmp_path: Path, short_routine: Path) -> None:
    home = tmp_path / "nonexistent"
    env = clean_env(HOME=str(home))
    listed = leg_timer(["list"], env)
    assert listed.returncode == 2
    assert listed.stderr == f"leg-timer: the home folder {home} does not exist\n"
    ran = leg_timer(["run", str(short_routine), "--quit-when-done"], env)
    assert ran.returncode == 0, brief(ran.stderr)
    assert_one_clear_line(ran, str(home))
    # None of our folders was made where the home should be (a speech or sound server that
    # the session starts may make its own there: that is theirs to decide).
    assert not (home / ".local").exists() and not (home / ".config" / "leg-timer").exists()
    # A builtin's plan needs no folder of the user's.
    assert leg_timer(["plan", "legs-up-the-wall"], env).returncode == 0


def python_for_another_user() -> tuple[str, dict[str, str]] | None:
    """An interpreter a user id with no home can run, and the PYTHONPATH that finds this
    checkout and its packages; None when there is none (e.g. Python under /root)."""
    site = sysconfig.get_paths()["purelib"]
    for python in (sys.executable, shutil.which("python3") or ""):
        if not python:
            continue
        probe = subprocess.run(
            ["setpriv", f"--reuid={NOBODY_UID}", f"--regid={NOBODY_UID}", "--clear-groups",
             python, "-c", "import PySide6.QtCore, yaml, leg_timer"],
            env={"PYTHONPATH": f"{ROOT}:{site}", "PATH": os.environ.get("PATH", "")},
            cwd="/", capture_output=True, timeout=60)
        if probe.returncode == 0:
            return python, {"PYTHONPATH": f"{ROOT}:{site}"}
    return None


def test_a_user_with_no_home_at_all(tmp_path: Path, short_routine: Path) -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv to become a user id with no password entry")
    found = python_for_another_user()
    if found is None:
        pytest.skip("no Python here that another user id may run")
    python, extra = found
    # Somewhere that user id can read the routine (pytest's own folders are root's alone).
    shared = Path(tempfile.mkdtemp(prefix="leg-timer-nohome-"))
    shared.chmod(0o755)
    short_routine = Path(shutil.copy(short_routine, shared / "short.yaml"))
    env = {name: value for name, value in clean_env(**extra).items() if name != "HOME"}
    prefix = ["setpriv", f"--reuid={NOBODY_UID}", f"--regid={NOBODY_UID}", "--clear-groups"]
    listed = leg_timer(["list"], env, prefix, python)
    assert listed.returncode == 2, brief(listed.stderr)
    assert "there is no home folder" in listed.stderr
    assert "Traceback" not in listed.stderr
    ran = leg_timer(["run", str(short_routine), "--quit-when-done"], env, prefix, python)
    assert ran.returncode == 0, brief(ran.stderr)
    assert_one_clear_line(ran, "there is no home folder")
    shutil.rmtree(shared)


def test_a_read_only_base_folder(tmp_path: Path, short_routine: Path) -> None:
    """Made read-only for root too: a read-only bind mount in a mount namespace of its own."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare for a read-only bind mount")
    base = tmp_path / "base"
    (base / "data" / "routines").mkdir(parents=True)
    shutil.copy(short_routine, base / "data" / "routines" / "mine.yaml")
    inner = (f"mount --bind {base} {base} && mount -o remount,bind,ro {base} && "
             f'exec "$@"')
    prefix = ["unshare", "-m", "sh", "-c", inner, "sh"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"no private mount namespace here: {probe.stderr.decode().strip()}")
    env = clean_env(HOME=str(tmp_path))
    listed = leg_timer(["--basedir", str(base), "list"], env, prefix)
    assert listed.returncode == 2
    assert listed.stderr.strip() == (f"leg-timer: cannot use the folder {base}/data: {base}/data "
                                     f"is not writable")
    ran = leg_timer(["--basedir", str(base), "run", "mine", "--quit-when-done"], env, prefix)
    assert ran.returncode == 0, brief(ran.stderr)  # its routines can still be read and run
    assert_one_clear_line(ran, f"{base}/data")
