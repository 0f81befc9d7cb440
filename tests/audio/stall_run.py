"""One watched run of the real app against a private sound server that may be stopped (SIGSTOP):
what the window showed, sample by sample (see watch_app.py). Shared by
test_stalled_server.py and bench/audio_stall.py.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.processes import stop_process

HERE = Path(__file__).resolve().parent
ROUTINE = HERE / "data" / "stall-check.yaml"
NO_SOUND = "NO SOUND"


@dataclass
class Watched:
    samples: list[dict[str, Any]]
    exit_code: int | None
    quit_s: float  # from SIGTERM to the process's end
    stopped_at: float | None = None  # monotonic instant of SIGSTOP
    output: str = ""
    marks: dict[str, float] = field(default_factory=dict)

    def gaps(self) -> list[float]:
        """Seconds between consecutive samples (the GUI thread's answer times)."""
        times = [s["t"] for s in self.samples]
        return [b - a for a, b in itertools.pairwise(times)]

    def max_gap(self, since: float = 0.0) -> float:
        times = [s["t"] for s in self.samples if s["t"] >= since]
        return max((b - a for a, b in itertools.pairwise(times)), default=0.0)

    def title_gaps(self, since: float = 0.0) -> list[float]:
        """Seconds between title changes (the countdown moving) while a workout shows."""
        changes: list[float] = []
        shown = None
        for sample in self.samples:
            if sample["t"] >= since and sample["title"] != shown:
                shown = sample["title"]
                changes.append(sample["t"])
        return [b - a for a, b in itertools.pairwise(changes)]

    def first(self, key: str, value: object, since: float = 0.0) -> float | None:
        for sample in self.samples:
            if sample["t"] >= since and sample[key] == value:
                return float(sample["t"])
        return None

    def ever(self, key: str) -> bool:
        return any(sample[key] for sample in self.samples)


def run_watched(env: dict[str, str], folder: Path, *, server_pid: int | None = None,
                stop: str = "never", stop_after_s: float = 0.0, run_s: float = 10.0,
                after_stop_s: float = 6.0, resume_after_s: float | None = None) -> Watched:
    """Run the app on :data:`ROUTINE`; ``stop``: "never", "before" (the server is stopped
    before the app starts) or "during" (``stop_after_s`` after sound is available). The app is
    ended with SIGTERM after ``run_s`` (or ``after_stop_s`` after a "during" stop), while the
    server is still stopped (unless ``resume_after_s`` after the stop it was continued, as
    ``marks["resumed"]``); the server is always continued in the end."""
    folder.mkdir(parents=True, exist_ok=True)
    samples_path = folder / "samples.jsonl"
    samples_path.unlink(missing_ok=True)
    log_path = folder / "app.log"
    app_env = {**env, "QT_QPA_PLATFORM": "offscreen", "LEG_TIMER_BASEDIR": str(folder / "home")}
    stopped_at = None
    marks: dict[str, float] = {}
    try:
        if stop == "before" and server_pid:
            os.kill(server_pid, signal.SIGSTOP)
            stopped_at = time.monotonic()
        with log_path.open("w") as log:
            process = subprocess.Popen(
                [sys.executable, str(HERE / "watch_app.py"), str(samples_path), "--",
                 "--basedir", str(folder / "home"), "run", str(ROUTINE)],
                env=app_env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
        marks["started"] = time.monotonic()
        try:
            end = time.monotonic() + run_s
            if stop == "during" and server_pid:
                deadline = time.monotonic() + 30
                while not _last(samples_path).get("audio"):
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise AssertionError("sound never became available")
                    time.sleep(0.02)
                marks["audio"] = time.monotonic()
                time.sleep(stop_after_s)
                os.kill(server_pid, signal.SIGSTOP)
                stopped_at = time.monotonic()
                end = stopped_at + after_stop_s
            if resume_after_s is not None and server_pid and stopped_at is not None:
                time.sleep(resume_after_s)
                os.kill(server_pid, signal.SIGCONT)
                marks["resumed"] = time.monotonic()
            while time.monotonic() < end and process.poll() is None:
                time.sleep(0.05)
            asked = time.monotonic()
            process.send_signal(signal.SIGTERM)
            try:
                code: int | None = process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                code = None
            quit_s = time.monotonic() - asked
        finally:
            stop_process(process)
    finally:
        if server_pid:
            os.kill(server_pid, signal.SIGCONT)
    samples = [json.loads(line) for line in samples_path.read_text().splitlines()
               if line.endswith("}")]
    return Watched(samples, code, quit_s, stopped_at, log_path.read_text(), marks)


def _last(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            file.seek(max(0, path.stat().st_size - 2048))
            lines = [line for line in file.read().splitlines() if line.endswith(b"}")]
        return json.loads(lines[-1]) if lines else {}
    except (OSError, ValueError):
        return {}
