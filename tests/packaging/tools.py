"""Helpers shared by the packaging tests: tool checks, pyproject, the bundle, a null-sink
PulseAudio server."""

from __future__ import annotations

import array
import os
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require
from tests.processes import stop_process

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE_TIMEOUT_S = 900  # a first PyInstaller build on 2 shared cores, with margin




def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def build_bundle() -> Path:
    """The bundle folder: $LEG_TIMER_BUNDLE if set, else built now with packaging/build.py."""
    given = os.environ.get("LEG_TIMER_BUNDLE")
    if given:
        folder = Path(given).resolve()
        if not (folder / "leg-timer").is_file():
            pytest.fail(f"LEG_TIMER_BUNDLE={given} holds no leg-timer program")
        return folder
    require("strip")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                             "--skip-archives"], capture_output=True, text=True,
                            timeout=BUNDLE_TIMEOUT_S, check=False)
    if result.returncode != 0:
        pytest.fail(f"packaging/build.py failed:\n{result.stdout}\n{result.stderr[-5000:]}")
    return ROOT / "dist" / pyproject()["project"]["name"]


class NullSinkServer:
    """A private ``pulseaudio`` with one null sink "check", and a recorder of its monitor.

    Never the user's own server: its own runtime folder and socket, no default configuration
    (``-n``), stopped by the process id it was started with.
    """

    RATE_HZ = 48_000

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.socket = folder / "native"
        runtime = folder / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = {
            **os.environ,
            "HOME": str(folder),
            "XDG_RUNTIME_DIR": str(runtime),
            "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
            "PULSE_STATE_PATH": str(folder / "state"),
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_SINK": "check",
            "QT_AUDIO_BACKEND": "pulseaudio",  # the server here is Pulse, not PipeWire
        }
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> NullSinkServer:
        require("pulseaudio", "pactl", "parec")
        log = (self.folder / "pulseaudio.log").open("wb")
        self.process = subprocess.Popen(
            ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no",
             "--disable-shm=yes", "--log-target=stderr", "--log-level=error",
             f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
             f"--load=module-null-sink sink_name=check rate={self.RATE_HZ} channels=2"],
            env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
            start_new_session=True)
        log.close()
        deadline = time.monotonic() + 15
        while not self._answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                pytest.fail("the private PulseAudio server did not start: "
                            + (self.folder / "pulseaudio.log").read_text(errors="replace"))
            time.sleep(0.05)
        return self

    def _answers(self) -> bool:
        return self.socket.exists() and subprocess.run(
            ["pactl", "info"], env=self.env, capture_output=True, timeout=10,
            check=False).returncode == 0

    def __exit__(self, *_: object) -> None:
        if self.process is not None:
            stop_process(self.process)

    def record(self, path: Path) -> subprocess.Popen[bytes]:
        """parec of the sink's monitor into ``path`` (raw s16le stereo) until terminated."""
        return subprocess.Popen(
            ["parec", "--raw", "--format=s16le", f"--rate={self.RATE_HZ}", "--channels=2",
             "--latency-msec=20", "-d", "check.monitor", str(path)],
            env=self.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)


def peak_level(raw: Path) -> int:
    """The largest absolute sample in a raw s16le recording (0 = silence)."""
    samples = array.array("h")
    data = raw.read_bytes()
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder != "little":
        samples.byteswap()
    return max((abs(sample) for sample in samples), default=0)
