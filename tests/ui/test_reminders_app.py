"""The app with reminders: ``--background`` starts minimised and still loads them (a minimised
window may never paint), the file's reminders reach the scheduler, and quitting saves the
bookkeeping and leaves no timer running."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leg_timer.launch import LaunchRequest
from leg_timer.paths import default_paths
from leg_timer.reminders import store
from leg_timer.reminders.rules import AtTimes, Reminder
from leg_timer.ui import app as ui_app
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("no_running_timers")


def test_background_start_loads_the_reminders(qapp: QApplication, basedir: Path,
                                              clock: FakeClock) -> None:
    paths = default_paths(basedir)
    store.save(paths.reminders_file, (Reminder("knee-clamp", AtTimes((time(9),)),
                                               name="Seated knee clamp"),))
    seen: list[object] = []

    def drive(window: MainWindow) -> None:
        def look() -> None:
            scheduler = window.reminders
            seen.append(window.isMinimized() or not window.isVisible())
            seen.append(None if scheduler is None else
                        [each.routine for each in scheduler.reminders()])
            window.close()

        QTimer.singleShot(0, look)

    assert ui_app.run_app(LaunchRequest(), paths, clock=clock, keep_awake=lambda: None,
                          on_window=drive, background=True, load_cues=False) == 0
    assert seen == [True, ["knee-clamp"]]
    saved = store.load(paths.reminders_file)
    assert saved.reminders[0].fired_until is not None  # checked at start, and saved
