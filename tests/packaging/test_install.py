"""install.sh and uninstall.sh from the release archive, into a temporary home folder.

Every file must land where the desktop looks for it, the menu entry must validate and start
the bundle, and uninstall must remove all of it. The home folder's name holds a space and a
dollar sign on purpose: the .desktop file's Exec line must quote and escape it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT, pyproject, require

pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(1200)]

PROJECT = pyproject()
APP_ID = PROJECT["tool"]["leg-timer"]["app-id"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Index files the desktop tools (re)write when present; they are not ours to remove.
CACHES = {"mimeinfo.cache", "icon-theme.cache"}


@pytest.fixture(scope="module")
def release(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The unpacked release archive: the bundle with install.sh and uninstall.sh beside it."""
    folder = tmp_path_factory.mktemp("release")
    subprocess.run(["cp", "-a", str(bundle), str(folder / "leg-timer")], check=True, timeout=300)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy2(ROOT / "packaging" / "linux" / script, folder / script)
    return folder


def run_script(script: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env["HOME"] = str(home)
    return subprocess.run(["sh", str(script)], capture_output=True, text=True, env=env,
                          timeout=300, check=False)


def files_under(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")
            if path.is_file() or path.is_symlink()}


def desktop_escaped(path: Path) -> str:
    """``path`` as a quoted Exec argument (Desktop Entry spec: escape \\ " ` $, then \\)."""
    quoted = "".join("\\" + c if c in '\\"`$' else c for c in str(path))
    return '"' + quoted.replace("\\", "\\\\") + '"'


def test_install_then_uninstall(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "my home $1"
    home.mkdir()
    first = run_script(release / "install.sh", home)
    assert first.returncode == 0, first.stderr
    again = run_script(release / "install.sh", home)  # reinstalling replaces cleanly
    assert again.returncode == 0, again.stderr

    lib = home / ".local" / "lib" / "leg-timer"
    program = lib / "leg-timer"
    share = home / ".local" / "share"
    assert program.is_file() and os.access(program, os.X_OK)
    assert (lib / "uninstall.sh").is_file()
    assert not (home / ".local" / "lib" / "leg-timer.new").exists()
    assert not (home / ".local" / "lib" / "leg-timer.old").exists()
    launcher = home / ".local" / "bin" / "leg-timer"
    assert launcher.is_symlink() and launcher.resolve() == program.resolve()
    desktop = share / "applications" / f"{APP_ID}.desktop"
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    icons = [share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
             for size in ICON_SIZES]
    icons.append(share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg")
    for path in (desktop, metainfo, *icons):
        assert path.is_file(), path
    assert (icons[0].read_bytes()
            == (ROOT / "resources" / "icons" / "leg-timer-16.png").read_bytes())

    lines = desktop.read_text(encoding="utf-8").splitlines()
    assert f"Exec={desktop_escaped(program)}" in lines
    assert f"TryExec={program}" in lines
    assert f"Icon={APP_ID}" in lines
    require("desktop-file-validate")
    check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                           text=True, timeout=60, check=False)
    assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    # The launcher on PATH starts the bundle through its symbolic link.
    version = subprocess.run([str(launcher), "--version"], capture_output=True, text=True,
                             timeout=60, check=False)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().endswith(PROJECT["project"]["version"])

    removed = run_script(lib / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    left = {name for name in files_under(home) if Path(name).name not in CACHES}
    assert left == set(), f"uninstall left: {sorted(left)}"


def test_uninstall_keeps_a_leg_timer_it_did_not_install(release: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    bin_dir = home / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    other = bin_dir / "leg-timer"
    other.write_text("#!/bin/sh\n# installed with pip, not by install.sh\n")
    (home / ".local" / "lib" / "leg-timer").mkdir(parents=True)
    shutil.copytree(release / "leg-timer" / "_internal" / "leg_timer",
                    home / ".local" / "lib" / "leg-timer" / "_internal" / "leg_timer")
    removed = run_script(release / "uninstall.sh", home)
    assert removed.returncode == 0, removed.stderr
    assert other.is_file()
    assert not (home / ".local" / "lib" / "leg-timer").exists()
