"""Starts a real X server (Xvfb) for the end-to-end tests when they ask for one."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator

import pytest

from tests.conftest import require
from tests.e2e.xserver import XServer


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    require("Xvfb", "xdotool", "dbus-daemon")
    read_fd, write_fd = os.pipe()
    # -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
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
