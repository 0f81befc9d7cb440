"""The bundle on a stranger's machine: a minimal Debian bookworm with only desktop libraries.

debootstrap makes the root file system once (cached under /var/cache/leg-timer, about a minute
and a half to make); each run unpacks a fresh copy, copies the bundle in and runs it with
chroot: it must start, list the routines and run one to the end, offscreen and on a real X
server (Xvfb outside, its socket mounted inside). Needs root (chroot, mount) and debootstrap;
marked ``bundle`` like test_bundle.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.clean_system import (
    DESKTOP_PACKAGES,
    cached_rootfs,
    fresh_run_folder,
    may_miss,
    run_in,
    unpacked,
)
from tests.packaging.tools import ROOT, pyproject, require

pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(1800)]

INSIDE = "/opt/leg-timer"
ROUTINE = "/tmp/short-e2e.yaml"


@pytest.fixture(scope="module")
def clean_root(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    if os.geteuid() != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("the clean-system test needs root (chroot, mount)")
        pytest.skip("needs root (chroot, mount)")
    require("debootstrap", "chroot", "mount", "tar")
    tarball = cached_rootfs(tmp_path_factory.mktemp("clean-system") / "debootstrap.log")
    with unpacked(tarball, fresh_run_folder()) as root:
        subprocess.run(["cp", "-a", str(bundle), f"{root}{INSIDE}"], check=True, timeout=300)
        shutil.copy(ROOT / "tests" / "data" / "good" / "short-e2e.yaml", f"{root}{ROUTINE}")
        yield root


def test_only_desktop_libraries_are_installed(clean_root: Path) -> None:
    listed = run_in(clean_root, "dpkg-query", "-W", "-f", "${Package}\\n")
    installed = set(listed.stdout.split())
    assert set(DESKTOP_PACKAGES) <= installed
    for absent in ("python3", "libpython3.11", "libqt6core6", "libstdc++-12-dev",
                   "libxcb-cursor0", "libspeechd2"):
        assert absent not in installed, f"{absent} would hide a gap in the bundle"


def test_every_library_the_app_loads_resolves(clean_root: Path) -> None:
    script = (f"cd {INSIDE}/_internal && export LD_LIBRARY_PATH={INSIDE}/_internal && "
              "find . -name '*.so*' -type f | while read -r f; do "
              "ldd \"$f\" | sed -n \"s|^\\s*\\(\\S*\\) => not found|$f \\1|p\"; done")
    result = run_in(clean_root, "/bin/sh", "-c", script, timeout=300)
    assert result.returncode == 0, result.stderr
    missing = sorted({line for line in result.stdout.splitlines()
                      if not may_miss(*line.split())})
    assert not missing, "missing on a clean system:\n" + "\n".join(missing)


def test_starts_and_lists_the_routines(clean_root: Path) -> None:
    version = run_in(clean_root, f"{INSIDE}/leg-timer", "--version")
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().endswith(pyproject()["project"]["version"])
    listing = run_in(clean_root, f"{INSIDE}/leg-timer", "list")
    assert listing.returncode == 0, listing.stderr
    ids = [line.split()[0] for line in listing.stdout.splitlines()]
    assert sorted(ids) == sorted(p.stem for p in (ROOT / "routines").glob("*.yaml"))


def test_runs_a_routine_to_the_end_offscreen(clean_root: Path) -> None:
    result = run_in(clean_root, f"{INSIDE}/leg-timer", "run", ROUTINE, "--quit-when-done",
                    env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    # Recorded with the bundle's own sqlite3, on a system that has none of its own.
    history = run_in(clean_root, f"{INSIDE}/leg-timer", "history", "--json")
    assert history.returncode == 0, history.stderr
    assert json.loads(history.stdout)[-1]["outcome"] == "completed"


def test_runs_a_routine_to_the_end_on_x11(clean_root: Path) -> None:
    """The xcb platform plugin and its libraries, as on a user's X11 (or XWayland) desktop."""
    require("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1024x768x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        assert display, "Xvfb did not start"
        result = run_in(clean_root, f"{INSIDE}/leg-timer", "run", ROUTINE, "--quit-when-done",
                        env={"DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"})
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "could not load the Qt platform plugin" not in result.stderr.lower()


if __name__ == "__main__":  # for a look by hand: python -m tests.packaging.test_clean_system
    sys.exit(pytest.main([__file__, "-m", "bundle", "-v"]))
