"""The summary page on a real window and a fake clock (issue 9): it says a workout stopped
early and how far it got, and leaves the get-ready countdown out of the active time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.launch import LaunchRequest
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("no_running_timers")


def tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()


def test_stopped_early_summary(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window.launch(LaunchRequest(routine="calf-cramp-relief"))
    assert window.page() is Page.WORKOUT
    tick(window, clock, 10)  # get-ready
    tick(window, clock, 20)  # wall stretch hold
    tick(window, clock, 10)  # rest
    tick(window, clock, 7)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # stop (the test answers yes)
    assert window.page() is Page.SUMMARY
    summary = window.summary
    assert summary.heading_label.text() == "Stopped after 2 of 11 steps"
    assert summary.active_label.text() == "0:37"  # 20 + 10 + 7, not the 10 s get-ready
    assert summary.done_label.text() == "2 of 11"
    assert summary.skipped_label.text() == "none"
    assert summary.done_label.accessibleName() == "Steps done"
    assert window.windowTitle() == "Stopped · Calf cramp relief — Leg Timer"


def test_finished_summary(window: MainWindow, clock: FakeClock) -> None:
    window.launch(LaunchRequest(routine="legs-up-the-wall"))
    tick(window, clock, 30)
    tick(window, clock, 600)
    assert window.page() is Page.SUMMARY
    assert window.summary.heading_label.text() == "Workout complete"
    assert window.summary.active_label.text() == "10:00"
    assert window.summary.done_label.text() == "1 of 1"
