"""Boundary accuracy of a real-time session in the real window, against a bare Qt timer.

    .venv/bin/python bench/boundaries.py [--seconds 120]

Runs Leg Timer's window (offscreen) on a generated routine of 5 s work / 5 s rest lasting
about --seconds, and records, for every segment boundary and every cue, how late the session
processed it: the monotonic instant the event was delivered minus its planned instant
(session start + plan offset). Each boundary is planned from the start, so an error that
grew over the session would show as drift; a separate line reports the error of the last
boundaries against the first.

Baseline, in the same process and event loop: a bare single-shot PreciseTimer chain armed for
the same instants shifted by 0.5 s, doing no work. Goal: max boundary error under 5 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import summary
from PySide6.QtCore import QObject, Qt, QTimer

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.session import Event, EventKind
from leg_timer.launch import LaunchRequest
from leg_timer.paths import default_paths
from leg_timer.ui.app import run_app
from leg_timer.ui.main_window import MainWindow


def routine_text(seconds: float) -> str:
    rounds = max(1, round((seconds - 2) / 10))
    return f"""
version: 1
name: Boundary bench
prepare: 2s
rounds: {rounds}
exercises:
  - name: Squat
    work: 5s
    rest: 5s
"""


def routine_plan(seconds: float) -> Plan:
    return build_plan(load_routine_bytes(routine_text(seconds).encode(), "bench.yaml", "bench"))


class BaselineChain(QObject):
    """Fires a bare PreciseTimer at each target instant, re-armed from the previous firing."""

    def __init__(self, targets: list[float]) -> None:
        super().__init__()
        self.targets = targets
        self.errors_ms: list[float] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._fired)
        self._arm()

    def _arm(self) -> None:
        if len(self.errors_ms) < len(self.targets):
            target = self.targets[len(self.errors_ms)]
            self.timer.start(max(0, round((target - time.monotonic()) * 1000)))

    def _fired(self) -> None:
        self.errors_ms.append((time.monotonic() - self.targets[len(self.errors_ms)]) * 1000)
        self._arm()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=120.0)
    options = parser.parse_args()
    plan = routine_plan(options.seconds)
    boundary_ms: list[float] = []
    cue_ms: list[float] = []
    keep: dict[str, BaselineChain] = {}

    def record(event: Event) -> None:
        late_ms = (time.monotonic() - event.at) * 1000
        if event.kind is EventKind.SEGMENT_STARTED and event.index:
            boundary_ms.append(late_ms)
        elif event.kind is EventKind.CUE_DUE:
            cue_ms.append(late_ms)

    def on_window(window: MainWindow) -> None:
        session = window.session
        assert session is not None and session.started_at is not None
        session.subscribe(record)
        targets = [session.started_at + segment.start_s + 0.5 for segment in plan.segments[1:]]
        keep["baseline"] = BaselineChain(targets)

    with tempfile.TemporaryDirectory() as scratch:
        routine = Path(scratch) / "bench.yaml"
        routine.write_text(routine_text(options.seconds), encoding="utf-8")
        request = LaunchRequest(routine=str(routine), quit_when_done=True)
        run_app(request, default_paths(scratch), on_window=on_window, quit_delay_ms=0)
    baseline = keep["baseline"].errors_ms
    print(f"real-time session of {plan.total_s:.0f} s, {len(plan.segments)} segments "
          f"({os.environ['QT_QPA_PLATFORM']}):")
    print(f"  boundary error, ms      {summary(boundary_ms)}")
    print(f"  cue error, ms           {summary(cue_ms)}")
    print(f"  baseline bare QTimer    {summary(baseline)}")
    first, last = boundary_ms[: len(boundary_ms) // 4], boundary_ms[-(len(boundary_ms) // 4):]
    print(f"  drift: median error of the last quarter minus the first: "
          f"{statistics.median(last) - statistics.median(first):+.3f} ms")
    print(f"  ratio of max errors, session / bare timer: "
          f"{max(boundary_ms) / max(max(baseline), 1e-6):.2f}  (goal: max error < 5 ms)")


if __name__ == "__main__":
    main()
