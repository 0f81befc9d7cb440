"""The tray menu's own entries: "Mini timer" shows and hides the always-on-top timer as T
does, ticked while it shows; "Start at login" writes and removes the autostart entry, its tick
read again from the folder each time the menu opens, and a folder it cannot write to is said
in the window, the tick left as it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon, QPixmap

from leg_timer.launch import LaunchRequest
from leg_timer.ui.outside import autostart
from leg_timer.ui.outside.tray import WorkoutTray
from leg_timer.ui.outside.tray_entries import TrayEntries
from tests.ui.conftest import WindowFactory

SHORT = str(Path(__file__).parents[1] / "data" / "good" / "short-e2e.yaml")

# WORKAROUND: Qt's offscreen platform warns on raise() (the mini timer raises itself) and has
# no tray window to follow (the icon is made all the same; test_tray.py has a real tray host).
pytestmark = [pytest.mark.usefixtures("no_running_timers"), pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise)",
    "No such signal QPlatformNativeInterface::systemTrayWindowChanged")]


@pytest.fixture
def tray(qapp: object) -> Iterator[WorkoutTray]:
    pixmap = QPixmap(22, 22)
    pixmap.fill()
    made = WorkoutTray(QIcon(pixmap), "Leg Timer")
    yield made
    made.close()


def test_mini_timer_entry_toggles_it_and_shows_its_state(
        make_window: WindowFactory, tray: WorkoutTray, tmp_path: Path) -> None:
    window = make_window()
    window.launch(LaunchRequest(routine=SHORT))
    entries = TrayEntries(tray, window, autostart_folder=tmp_path)
    assert entries.mini_timer in tray.menu.actions()
    assert not entries.mini_timer.isChecked()
    entries.mini_timer.trigger()
    assert window.mini_timer_shown and entries.mini_timer.isChecked()
    window.show_full_window()  # closed another way (double-click on it)
    tray.menu.aboutToShow.emit()
    assert not entries.mini_timer.isChecked()
    entries.mini_timer.trigger()
    entries.mini_timer.trigger()
    assert not window.mini_timer_shown


def test_start_at_login_writes_and_removes_the_entry(
        make_window: WindowFactory, tray: WorkoutTray, tmp_path: Path) -> None:
    folder = tmp_path / "autostart"
    entries = TrayEntries(tray, make_window(), autostart_folder=folder)
    assert entries.at_login is not None and entries.at_login in tray.menu.actions()
    # Between "Show" and "Quit", after the mini timer.
    actions = tray.menu.actions()
    assert (actions.index(tray.show_action) < actions.index(entries.mini_timer)
            < actions.index(entries.at_login) < actions.index(tray.quit_action))
    assert not entries.at_login.isChecked()
    entries.at_login.trigger()
    assert entries.at_login.isChecked() and autostart.is_enabled(folder)
    assert autostart.exec_arguments(folder)[-1] == "--background"
    autostart.set_enabled(False, folder)  # removed elsewhere: the menu shows it next time
    tray.menu.aboutToShow.emit()
    assert not entries.at_login.isChecked()
    entries.at_login.trigger()
    entries.at_login.trigger()
    assert not autostart.is_enabled(folder) and not entries.at_login.isChecked()


def test_a_folder_it_cannot_make_is_said_and_the_tick_stays_off(
        make_window: WindowFactory, tray: WorkoutTray, tmp_path: Path) -> None:
    blocker = tmp_path / "config"
    blocker.write_text("a file where the config folder should be")  # even root cannot mkdir
    folder = blocker / "autostart"
    said: list[str] = []
    entries = TrayEntries(tray, make_window(), autostart_folder=folder, report=said.append)
    assert entries.at_login is not None
    entries.at_login.trigger()
    assert not entries.at_login.isChecked()
    assert len(said) == 1 and "Starting at login could not be changed" in said[0]
    assert str(folder) in said[0] or str(blocker) in said[0]
