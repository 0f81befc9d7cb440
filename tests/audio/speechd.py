"""A private speech-dispatcher for the real-audio speech test, speaking into the private sink.

Started by us in the foreground (``--run-single``, no idle time-out) on a socket under the
private runtime folder, so the app under test finds it through ``SPEECHD_ADDRESS`` instead of
spawning its own, and stopped by the process group it was started in (its output modules are
its children).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from tests.audio.pulse import PulseServer


class SpeechDispatcher:
    def __init__(self, server: PulseServer) -> None:
        runtime = Path(server.env["XDG_RUNTIME_DIR"]) / "speech-dispatcher"
        runtime.mkdir(parents=True, exist_ok=True)
        self.socket = runtime / "speechd.sock"
        self.log_dir = runtime / "log"
        self.env = {**server.env, "SPEECHD_ADDRESS": f"unix_socket:{self.socket}"}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 20.0) -> None:
        self.log_dir.mkdir(exist_ok=True)
        self.process = subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--timeout", "0",
             "--communication-method", "unix_socket", "--socket-path", str(self.socket),
             "--log-dir", str(self.log_dir), "--pid-file", str(self.socket.with_suffix(".pid"))],
            env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while not self.socket.exists():
            if self.process.poll() is not None:
                raise RuntimeError(f"speech-dispatcher exited with {self.process.returncode}")
            if time.monotonic() > deadline:
                raise TimeoutError("speech-dispatcher did not open its socket")
            time.sleep(0.05)

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # our own group: it and its modules
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None
