"""A private PulseAudio server with a null sink, and a recorder of what the sink plays.

Nothing here touches the user's own sound server: the server gets its own runtime folder and
socket under a temporary folder, loads no default configuration (``-n``: so module-suspend-on-idle
is never loaded and the monitor's timeline never stalls), and is stopped by the process id it
was started with. Children (the app under test, speech-dispatcher, parec) find it through
``PULSE_SERVER``, set in :attr:`PulseServer.env`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
import time
from collections.abc import Sequence
from pathlib import Path

from tests.processes import stop_process

SINK = "cues"
RATE_HZ = 48_000
TOOLS = ("pulseaudio", "pactl", "parec")


class ToolMissing(RuntimeError):
    """A program the real-audio tests need is not installed."""


def missing_tools(tools: Sequence[str] = TOOLS) -> list[str]:
    return [tool for tool in tools if shutil.which(tool) is None]


def _wait_for(check: object, what: str, timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if callable(check) and check():
            return
        time.sleep(0.02)
    raise TimeoutError(f"timed out after {timeout_s:g} s waiting for {what}")


class PulseServer:
    """``pulseaudio`` in the foreground, private to ``root``, with one null sink."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "native"
        self.log = root / "pulseaudio.log"
        home = root / "home"
        runtime = root / "runtime"
        for folder in (home, runtime):
            folder.mkdir(parents=True, exist_ok=True)
            folder.chmod(0o700)
        self.env = {
            **os.environ,
            "HOME": str(home),  # cookie, state and speech-dispatcher's user config stay here
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "PULSE_RUNTIME_PATH": str(runtime / "pulse"),
            "PULSE_STATE_PATH": str(home / "pulse-state"),
            "PULSE_SERVER": f"unix:{self.socket}",
            "PULSE_SINK": SINK,
            # Qt tries PipeWire first where its library is installed; the server here is Pulse.
            "QT_AUDIO_BACKEND": "pulseaudio",
        }
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        missing = missing_tools(("pulseaudio", "pactl"))
        if missing:
            raise ToolMissing(f"not installed: {', '.join(missing)}")
        with self.log.open("wb") as log:
            # Running as root without --system only earns a warning, and a system-wide server
            # would not take our private socket path; -n: no default.pa, only what we load.
            self.process = subprocess.Popen(
                ["pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--disallow-exit",
                 "-n", "--use-pid-file=no", "--disable-shm=yes", "--log-target=stderr",
                 # $LEG_TIMER_PULSE_LOG_LEVEL=debug: what the server did (underruns), for benches
                 f"--log-level={os.environ.get('LEG_TIMER_PULSE_LOG_LEVEL', 'error')}",
                 "--log-time=1",
                 f"--load=module-native-protocol-unix auth-anonymous=1 socket={self.socket}",
                 f"--load=module-null-sink sink_name={SINK} rate={RATE_HZ} channels=2"
                 " sink_properties=device.description=Cues"],
                env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                start_new_session=True)

        def answers() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"pulseaudio exited: {self.log.read_text()}")
            return self.socket.exists() and self.pactl_ok("info")

        _wait_for(answers, "the private PulseAudio server")
        self.pactl("set-default-sink", SINK)
        modules = self.pactl("list", "short", "modules")
        if "module-suspend-on-idle" in modules:  # never with -n, but it would stall the monitor
            self.pactl("unload-module", "module-suspend-on-idle")

    def pactl_ok(self, *args: str) -> bool:
        result = subprocess.run(["pactl", *args], env=self.env, capture_output=True,
                                stdin=subprocess.DEVNULL, timeout=10, check=False)
        return result.returncode == 0

    def pactl(self, *args: str) -> str:
        result = subprocess.run(["pactl", *args], env=self.env, capture_output=True, text=True,
                                stdin=subprocess.DEVNULL, timeout=10, check=True)
        return result.stdout

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process(self.process)
        self.process = None

    def record(self, path: Path, latency_ms: int = 10) -> TimedRecorder:
        recorder = TimedRecorder(self, path, latency_ms)
        recorder.start()
        return recorder


class Recorder:
    """``parec`` on the sink's monitor: raw signed 16-bit mono at 48 kHz into ``path``."""

    def __init__(self, server: PulseServer, path: Path, latency_ms: int = 10) -> None:
        self.server = server
        self.path = path
        self.latency_ms = latency_ms
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.path.open("wb") as out:
            self.process = subprocess.Popen(
                ["parec", f"--device={SINK}.monitor", f"--rate={RATE_HZ}", "--channels=1",
                 "--format=s16le", f"--latency-msec={self.latency_ms}", "--raw"],
                env=self.server.env, stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.PIPE, start_new_session=True)
        # Recording has begun once the stream shows up as a source output on the server.
        _wait_for(lambda: "parec" in self.server.pactl("list", "source-outputs")
                  or self.path.stat().st_size > 0, "parec to start recording")

    def stop(self) -> bytes:
        """Stops recording; returns the raw samples."""
        if self.process is not None:
            stop_process(self.process, first=signal.SIGINT)
            if self.process.stderr is not None:
                self.process.stderr.close()
            self.process = None
        return self.path.read_bytes()


class TimedRecorder(Recorder):
    """A :class:`Recorder` that also notes when each piece of the recording arrived, to place
    the recording on the monotonic clock (:meth:`to_monotonic`).

    parec's output is read through a pipe; each read is stamped with ``time.monotonic()`` and
    the number of samples before it. Two corrections come out of the stamps: the null sink's
    sample clock is not exactly 48 kHz of monotonic time (here it ran 200-300 ppm fast: over
    a minute, 15-20 ms), so the rate is fitted over the whole run; and a block reaches us no
    earlier than the nominal instant of its first sample (the null sink renders a block then
    and its monitor hands it on at once), so the earliest stamp against the fitted line places
    sample 0.
    """

    def __init__(self, server: PulseServer, path: Path, latency_ms: int = 10) -> None:
        super().__init__(server, path, latency_ms)
        self.arrivals: list[tuple[float, int]] = []  # (monotonic, samples before this read)
        self._fitted: tuple[float, float] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["parec", f"--device={SINK}.monitor", f"--rate={RATE_HZ}", "--channels=1",
             "--format=s16le", f"--latency-msec={self.latency_ms}", "--raw"],
            env=self.server.env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, start_new_session=True)
        self._thread = threading.Thread(target=self._pump, daemon=True)
        self._thread.start()

    def _pump(self) -> None:
        assert self.process is not None and self.process.stdout is not None
        received = 0
        with self.path.open("wb") as out:
            while chunk := os.read(self.process.stdout.fileno(), 1 << 16):
                self.arrivals.append((time.monotonic(), received // 2))
                received += len(chunk)
                out.write(chunk)

    def stop(self) -> bytes:
        if self.process is not None:
            stop_process(self.process, first=signal.SIGINT)
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.process is not None and self.process.stdout is not None:
            self.process.stdout.close()
        self.process = None
        return self.path.read_bytes()

    def clock(self, skip_s: float = 1.0) -> tuple[float, float]:
        """(monotonic instant of sample 0, seconds per sample), fitted to the arrivals (the
        first ``skip_s`` left out: the null sink may still run in long blocks then)."""
        first = self.arrivals[0][0] if self.arrivals else 0.0
        usable = [(stamp, position) for stamp, position in self.arrivals
                  if stamp - first >= skip_s]
        if len(usable) < 10:
            raise RuntimeError("too short a recording to place it in time")
        count = len(usable)
        mean_t = sum(t for t, _ in usable) / count
        mean_n = sum(n for _, n in usable) / count
        spread = sum((n - mean_n) ** 2 for _, n in usable)
        per_sample = sum((t - mean_t) * (n - mean_n) for t, n in usable) / spread
        zero = min(t - n * per_sample for t, n in usable)
        return zero, per_sample

    def to_monotonic(self, at_s: float) -> float:
        """The monotonic instant of the moment ``at_s`` seconds (at 48 kHz) into the file."""
        zero, per_sample = self._fitted if self._fitted is not None else self.clock()
        self._fitted = (zero, per_sample)
        return zero + at_s * RATE_HZ * per_sample
