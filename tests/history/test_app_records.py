"""run_app opens the history file of the base folder, records into it and closes it at quit."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leg_timer.history.records import Outcome
from leg_timer.history.store import HistoryStore
from leg_timer.launch import LaunchRequest
from leg_timer.paths import default_paths
from leg_timer.present.shortcuts import Page
from leg_timer.ui import app as ui_app
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock


def test_a_finished_run_is_in_the_history_file(qapp: QApplication, basedir: Path,
                                               clock: FakeClock) -> None:
    request = LaunchRequest(routine="squat-100", quit_when_done=True)
    seen: list[object] = []

    def drive(window: MainWindow) -> None:
        seen.append(window.history.path)
        while window.page() is Page.WORKOUT:
            clock.advance(5.0)
            assert window.driver is not None
            window.driver.poke()

    paths = default_paths(basedir)
    assert ui_app.run_app(request, paths, clock=clock, keep_awake=lambda: None,
                          on_window=drive, quit_delay_ms=0, load_cues=False) == 0
    assert seen == [paths.history_db]
    store = HistoryStore.open(paths.history_db, writer=False)
    (done,) = store.sessions()
    store.close()
    assert done.outcome is Outcome.COMPLETED and done.routine == "squat-100"
    assert done.segments_done == 11  # get ready, 5 sets, 4 rests, the cool-down


def test_unusable_folders_keep_the_history_in_memory(qapp: QApplication, tmp_path: Path,
                                                     clock: FakeClock,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    base = tmp_path / "a-file"
    base.write_text("not a folder")
    monkeypatch.setenv("LEG_TIMER_BASEDIR", str(base))
    seen: list[object] = []

    def drive(window: MainWindow) -> None:
        seen.append(window.history.path)
        QTimer.singleShot(0, window.close)

    assert ui_app.run_app(LaunchRequest(), default_paths(base), clock=clock,
                          keep_awake=lambda: None, on_window=drive, load_cues=False) == 0
    assert seen == [None]
