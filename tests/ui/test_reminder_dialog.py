"""The reminder dialog from the picker (Ctrl+R, Routine > Reminders…): the routine's practice
hints offered, keyboard use with accessible names, saving and removing; and a reminder's
"Start now" opening the routine in the window without starting it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from leg_timer.present.keymap import Intent
from leg_timer.present.shortcuts import Page
from leg_timer.reminders import store
from leg_timer.reminders.rules import AtTimes, Reminder, Spread
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.outside.reminder_dialog import ReminderDialog
from leg_timer.ui.outside.reminders import ReminderScheduler
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 6, 1, 8, tzinfo=BERLIN)  # a Monday


class NoNotifier:
    def show(self, key: str, notification: object) -> None:
        pass

    def close(self, key: str) -> None:
        pass


@pytest.fixture
def with_reminders(make_window: WindowFactory, tmp_path: Path,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[
                       tuple[MainWindow, ReminderScheduler]]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))  # never the real autostart
    window = make_window()
    path = tmp_path / "reminders.json"
    scheduler = ReminderScheduler(store.load(path), store.ReminderWriter(path), NoNotifier(),
                                  now=lambda: NOW, zone=BERLIN, parent=window)
    window.set_reminders(scheduler)
    yield window, scheduler
    scheduler.stop()
    scheduler.sync()


def open_dialog(window: MainWindow, qtbot: QtBot, key: str) -> ReminderDialog:
    assert window.picker.select(key)
    qtbot.keyClick(window.picker.list, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(ReminderDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_ctrl_r_offers_the_knee_clamps_advice_and_saves_it(
        with_reminders: tuple[MainWindow, ReminderScheduler], qtbot: QtBot) -> None:
    window, scheduler = with_reminders
    dialog = open_dialog(window, qtbot, "knee-clamp")
    assert dialog.spread.isChecked()
    assert dialog.per_day.value() == 4
    assert "3-5 sessions a day" in dialog.advice.text()
    assert dialog.summary.text().startswith(
        "Reminds you 4 times a day between 09:00 and 21:00, every day. Next: Monday 01 June, "
        "09:00.")
    names = {widget.accessibleName() for widget in (
        dialog.enabled, dialog.times, dialog.per_day, dialog.start, dialog.end, *dialog.days)}
    assert {"Remind me", "Times of day", "Times a day", "From", "Until", "Monday",
            "Sunday"} <= names
    qtbot.keyClick(dialog.per_day, Qt.Key.Key_Up)  # the keyboard alone: 5 a day
    QApplication.processEvents()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    reminder = scheduler.reminder_for("knee-clamp")
    assert reminder is not None
    assert reminder.rule == Spread(5, time(9), time(21))
    assert reminder.name == "Seated knee clamp"
    assert reminder.fired_until == NOW  # starts now: nothing earlier fires
    assert not dialog.isVisible()


def test_the_squats_are_once_a_week_and_bad_times_are_refused(
        with_reminders: tuple[MainWindow, ReminderScheduler], qtbot: QtBot) -> None:
    window, scheduler = with_reminders
    dialog = open_dialog(window, qtbot, "squat-100")
    assert dialog.at_times.isChecked()
    assert dialog.times.text() == "18:00"
    assert [box.isChecked() for box in dialog.days] == [True] + [False] * 6
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.times.setText("18:00, 25:00")
    assert not save.isEnabled()
    assert "'25:00' is not a time of day" in dialog.summary.text()
    dialog.times.setText("7:30, 18:00")
    dialog.days[3].setChecked(True)
    assert save.isEnabled()
    save.click()
    reminder = scheduler.reminder_for("squat-100")
    assert reminder is not None
    assert reminder.rule == AtTimes((time(7, 30), time(18)), frozenset({0, 3}))


def test_remove_and_the_menu_item(with_reminders: tuple[MainWindow, ReminderScheduler],
                                  qtbot: QtBot) -> None:
    window, scheduler = with_reminders
    scheduler.set_reminder(Reminder("knee-clamp", AtTimes((time(9),)), name="Knee clamp"))
    assert window.picker.select("knee-clamp")
    window.menus.action(Intent.EDIT_REMINDERS).trigger()
    dialog = window.findChild(ReminderDialog)
    assert dialog is not None
    assert dialog.at_times.isChecked() and dialog.times.text() == "09:00"
    dialog.remove_button.click()
    assert scheduler.reminder_for("knee-clamp") is None


def test_start_now_opens_the_routine_without_starting_it(
        with_reminders: tuple[MainWindow, ReminderScheduler], qtbot: QtBot) -> None:
    window, scheduler = with_reminders
    scheduler.set_reminder(Reminder("squat-100", AtTimes((time(9),)), name="100 squats"))
    assert window.picker.select("knee-clamp")
    window.showMinimized()
    scheduler.on_action("reminder:squat-100", "start")
    assert window.page() is Page.PICKER
    assert window.picker.current_key() == "squat-100"
    assert window.session is None  # Space or Enter starts it, the person being there
    assert not window.isMinimized()
