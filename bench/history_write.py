"""What recording the history costs: a boundary write on the calling thread, and the export.

    .venv/bin/python bench/history_write.py [--writes 500] [--sessions 7000] [--folder DIR]

1. A segment boundary's write (one short transaction, WAL, synchronous=FULL) on a real file in
   --folder (default: a temporary folder; pass a folder on the disk that holds your home to
   measure that disk), timed on the calling thread: done directly (what the GUI thread would
   pay without the writer thread), and through the QueuedWriter (what it pays now: a queue
   put). Baseline in the same run: the same write to an in-memory store (no disk at all).
2. ``leg-timer history --json`` with --sessions sessions (ten years of daily ones: ~3,650;
   two a day: ~7,300), as a fresh process: goal under 1 s.

Benchmarks print figures; they never fail on time.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _common import summary

from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore, QueuedWriter
from leg_timer.paths import default_paths


def session(day: int) -> SessionRecord:
    started = datetime(2016, 1, 1, 6, 30, tzinfo=UTC) + timedelta(hours=12 * day)
    return SessionRecord(
        id=str(uuid.uuid4()), routine="mini-band-circuit", name="Mini-band circuit",
        started=started, utc_offset_s=3600, date=(started + timedelta(hours=1)).date(),
        planned_s=1255.0, ended=started + timedelta(minutes=22), outcome=Outcome.COMPLETED,
        active_s=1250.5, segments_done=41, segments_skipped=1, exercises_done=6,
        values={"rounds": 3.0, "rest": 20.0, "work": 40.0}, content_hash="ab" * 32)


def boundary_writes(store: HistoryStore, count: int) -> list[float]:
    """Milliseconds each boundary write takes on this thread, called as the recorder does."""
    base = replace(session(0), ended=None, outcome=None, segments_done=0)
    store.save(base)
    times = []
    for number in range(1, count + 1):
        record = replace(base, segments_done=number, active_s=number * 30.0)
        started = time.perf_counter()
        store.save(record)
        times.append((time.perf_counter() - started) * 1000)
    return times


def queued_writes(store: HistoryStore, count: int) -> list[float]:
    writer = QueuedWriter(store)
    base = replace(session(0), ended=None, outcome=None, segments_done=0)
    times = []
    for number in range(1, count + 1):
        record = replace(base, segments_done=number, active_s=number * 30.0)
        started = time.perf_counter()
        writer.save(record)
        times.append((time.perf_counter() - started) * 1000)
        time.sleep(0.005)  # boundaries come seconds apart; give the writer its turn
    writer.close(timeout_s=30)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=500)
    parser.add_argument("--sessions", type=int, default=7000)
    parser.add_argument("--folder", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        memory = HistoryStore.in_memory()
        baseline = boundary_writes(memory, args.writes)
        print(f"in-memory store (baseline), direct:  {summary(baseline)}")
        disk = HistoryStore.open(Path(folder) / "history.sqlite3")
        print(f"file store {folder}, direct:  {summary(boundary_writes(disk, args.writes))}")
        print(f"file store, through QueuedWriter:   {summary(queued_writes(disk, args.writes))}")
        disk.close()

        base = Path(folder) / "home"
        store = HistoryStore.open(default_paths(base).history_db)
        started = time.perf_counter()
        store.import_records(session(day) for day in range(args.sessions))
        filled_s = time.perf_counter() - started
        store.close()
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "leg_timer", "history", "--json"],
                env={**os.environ, "LEG_TIMER_BASEDIR": str(base)}, capture_output=True,
                check=True)
            runs.append((time.perf_counter() - started) * 1000)
        size_kib = len(result.stdout) / 1024
        print(f"history --json, {args.sessions} sessions ({size_kib:.0f} KiB out; import of "
              f"them took {filled_s:.2f} s): {summary(runs)}")


if __name__ == "__main__":
    main()
