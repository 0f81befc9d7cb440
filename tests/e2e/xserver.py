"""Helpers for end-to-end tests on a real X server (Xvfb, started by tests/e2e/conftest.py).

The README's test command installs Xvfb and xdotool; where they are missing outside CI the
tests are skipped with the reason, and in CI (CI=true) they fail instead, so a missing install
step is never hidden.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import require

ARTIFACTS = Path(os.environ.get("LEG_TIMER_ARTIFACTS", Path(__file__).parent.parent.parent
                                / "artifacts"))




@dataclass
class XServer:
    display: str
    env: dict[str, str]

    def xdotool(self, *args: str) -> str:
        result = subprocess.run(["xdotool", *args], env=self.env, capture_output=True,
                                text=True, timeout=30)
        if result.returncode != 0:
            raise AssertionError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def screenshot(self, path: Path) -> Path:
        """The whole screen as a PNG, grabbed by Qt on this display (no ImageMagick needed)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        script = (
            "import sys\n"
            "from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv)\n"
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
            "sys.exit(0 if ok else 1)\n"
        )
        env = {**self.env, "QT_QPA_PLATFORM": "xcb"}
        subprocess.run([sys.executable, "-c", script, str(path)], env=env, check=True,
                       timeout=30, capture_output=True)
        return path


def wait_until(condition: Callable[[], object], timeout_s: float = 20.0,
               what: str = "condition") -> object:
    """Poll ``condition`` until it returns something truthy (never a fixed sleep)."""
    deadline = time.monotonic() + timeout_s
    last: object = None
    while time.monotonic() < deadline:
        last = condition()
        if last:
            return last
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout_s} s waiting for {what} (last: {last!r})")


@contextlib.contextmanager
def x_server(screen: str = "1280x800") -> Iterator[XServer]:
    """Xvfb with one ``screen`` (WIDTHxHEIGHT) and a private D-Bus session bus."""
    require("Xvfb", "xdotool", "dbus-daemon")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{screen}x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        pytest.fail("Xvfb did not start")
    env = {key: value for key, value in os.environ.items()
           if key not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env["DISPLAY"] = f":{number}"
    # A desktop session has a D-Bus session bus; give the app a private one, as a desktop
    # would. Without it libdbus tries to autolaunch one, which fails on a bare machine and can
    # leave Qt's D-Bus thread spinning (docs/gotchas.md).
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile",
                            "--print-address=1"], stdout=subprocess.PIPE, text=True)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    try:
        yield XServer(f":{number}", env)
    finally:
        bus.terminate()
        bus.wait(timeout=10)
        bus.stdout.close()
        process.terminate()
        process.wait(timeout=10)
