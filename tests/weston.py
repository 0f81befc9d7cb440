"""A headless Wayland compositor (Weston) for one test: a real Wayland session with no screen.

Debian's weston package has a headless back-end. Clients join it with ``WAYLAND_DISPLAY`` and
``XDG_RUNTIME_DIR`` (:attr:`Weston.env`, which also drops ``DISPLAY``: no X server is there to
fall back to). tests/e2e/test_wayland.py runs the app from the source tree there, and
tests/packaging/test_bundle.py the built bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import require
from tests.e2e.xserver import wait_until
from tests.processes import stop_process

SIZE = (1024, 720)


@dataclass
class Weston:
    runtime_dir: Path
    socket: str
    log: Path

    @property
    def env(self) -> dict[str, str]:
        """The environment of a Wayland client of this compositor, with no X server."""
        env = {key: value for key, value in os.environ.items()
               if key not in ("DISPLAY", "XAUTHORITY", "QT_QPA_PLATFORM")}
        return {**env, "XDG_RUNTIME_DIR": str(self.runtime_dir), "WAYLAND_DISPLAY": self.socket}


@contextmanager
def weston_compositor() -> Iterator[Weston]:
    """Weston on its own socket in a private runtime folder, stopped at the end. Skips (fails
    in CI) without weston and weston-screenshooter (./dev test installs them)."""
    require("weston", "weston-screenshooter")
    # A short private runtime folder: Wayland sockets live there and it must be 0700; a pytest
    # tmp_path can exceed the 108 bytes a socket path may have.
    runtime_dir = Path(tempfile.mkdtemp(prefix="lt-wl-"))
    runtime_dir.chmod(0o700)
    log = runtime_dir / "weston.log"
    socket = "wayland-leg-timer"
    with log.open("w") as output:
        # --use-pixman: the headless back-end renders nothing otherwise, and a screenshot would
        # be black. --debug: Weston 10 lets weston-screenshooter (its screenshooter protocol)
        # take a picture only then. --no-config: the machine's weston.ini plays no part.
        # --idle-time=0: the screen never blanks.
        process = subprocess.Popen(
            ["weston", "--backend=headless-backend.so", "--use-pixman", f"--socket={socket}",
             "--idle-time=0", "--debug", "--no-config", f"--width={SIZE[0]}",
             f"--height={SIZE[1]}"],
            env={**os.environ, "XDG_RUNTIME_DIR": str(runtime_dir)},
            stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: process.poll() is not None or (runtime_dir / socket).exists(),
                   timeout_s=20, what="Weston's socket")
        assert process.poll() is None, f"weston exited: {log.read_text()}"
        yield Weston(runtime_dir, socket, log)
    finally:
        stop_process(process, timeout_s=10)
        shutil.rmtree(runtime_dir, ignore_errors=True)
