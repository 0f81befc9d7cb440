"""The history page's screenshot (docs/screenshots/history.png), from four months of made-up
sessions with a fixed seed and day:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.shoot_history light 1920 1080 \
        docs/screenshots/history.png
"""
from __future__ import annotations

import random
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore
from leg_timer.library import load_library
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.theme import apply_theme
from tests.conftest import FakeClock
from tests.ui.conftest import RecordingKeepAwake

TODAY = date(2026, 3, 18)
ROUTINES = [("knee-clamp", "Knee clamp", 15), ("squat-100", "Squat 100", 11),
            ("legs-up-the-wall", "Legs up the wall", 10),
            ("calf-cramp-relief", "Calf cramp relief", 3.5)]

def records() -> list[SessionRecord]:
    rng = random.Random(7)
    out = []
    for days_ago in range(120, -1, -1):
        day = TODAY - timedelta(days=days_ago)
        if days_ago > 6 and rng.random() < 0.3:
            continue
        for n in range(rng.choice((1, 1, 2, 3))):
            rid, name, minutes = rng.choice(ROUTINES)
            outcome = Outcome.COMPLETED if rng.random() < 0.85 else Outcome.STOPPED
            active = minutes * 60 * (1 if outcome is Outcome.COMPLETED else rng.uniform(0.2, 0.8))
            start = datetime(day.year, day.month, day.day, 7 + 4 * n, rng.randrange(60),
                             tzinfo=UTC)
            out.append(SessionRecord(id=f"{days_ago}-{n}", routine=rid, name=name, started=start,
                                     utc_offset_s=0, date=day, planned_s=minutes * 60,
                                     ended=start + timedelta(seconds=active), outcome=outcome,
                                     active_s=round(active)))
    return out

def main() -> int:
    app = QApplication(sys.argv[:1])
    theme = sys.argv[1] if len(sys.argv) > 1 else "light"
    size = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (1920, 1080)
    apply_theme(theme)
    store = HistoryStore.in_memory()
    store.import_records(records())
    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(load_library(None), AppSettings(Path(folder) / "s.ini"),
                            clock=FakeClock(), confirm=lambda _q: True,
                            keep_awake=RecordingKeepAwake(), history=store)
        window.today = lambda: TODAY
        window.resize(*size)
        window.show()
        window.show_history()
        for _ in range(5):
            app.processEvents()
        window.grab().save(sys.argv[4] if len(sys.argv) > 4 else "history.png")
        window.shutdown()
    store.close()
    return 0

if __name__ == "__main__":
    raise SystemExit(main())
