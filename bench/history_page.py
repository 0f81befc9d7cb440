"""How long the history page takes to show ten years of daily sessions (issue 10).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/history_page.py [--sessions 7000] [--runs 10]

In one process: a store (SQLite in memory) holding --sessions completed sessions, two a day
back from today (about ten years at 7,000), and the history page at 1920x1080. Each run times
what pressing H costs until the page is painted: reading the store, working out days, weeks,
streaks and totals, filling the list, and one synchronous repaint. The baseline in the same run
is the same page over an empty store. The list shows its newest 300 rows at once and adds the
rest on the next turn of the event loop; that part is timed on its own. Goal: under 150 ms.
Prints figures; never fails on time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import summary
from history_write import session
from PySide6.QtWidgets import QApplication

from leg_timer.history.store import HistoryStore
from leg_timer.ui.pages.history_view import HistoryView


def timed_shows(view: HistoryView, store: HistoryStore, today: date,
                runs: int) -> tuple[list[float], list[float]]:
    """Per run: H to painted, and then the rest of the list (added on the next turns)."""
    app = QApplication.instance()
    assert app is not None
    painted, rest = [], []
    for _ in range(runs):
        started = time.perf_counter()
        view.show_history(store, today)
        view.repaint()
        middle = time.perf_counter()
        app.processEvents()
        painted.append((middle - started) * 1000)
        rest.append((time.perf_counter() - middle) * 1000)
    return painted, rest


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", type=int, default=7000)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    today = date.today()
    full = HistoryStore.in_memory()
    first_day = today - timedelta(days=args.sessions // 2)
    for number in range(args.sessions):
        record = session(number)
        full.save(replace(record, date=first_day + timedelta(days=number // 2)))
    empty = HistoryStore.in_memory()
    view = HistoryView()
    view.resize(1920, 1080)
    view.show()
    app.processEvents()
    baseline, _ = timed_shows(view, empty, today, args.runs)
    loaded, rest = timed_shows(view, full, today, args.runs)
    print(f"history page, H to painted, 1920x1080 ({os.environ['QT_QPA_PLATFORM']}):")
    print(f"  empty store (baseline)     {summary(baseline)}")
    print(f"  {args.sessions:,} sessions         {summary(loaded)}")
    print(f"  then the rest of the list  {summary(rest)}  (after the paint)")
    ratio = statistics.median(loaded) / statistics.median(baseline)
    print(f"  ratio of medians: {ratio:.1f}   goal: under 150 ms")


if __name__ == "__main__":
    main()
