"""What a screen reader gets, inside the process (the AT-SPI side is tests/e2e/test_at_spi.py):
announcements at the moments that matter, objects that tell what they show, and the number
pad left to the screen reader."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QPixmap
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from leg_timer.present.shortcuts import Page
from leg_timer.ui.access.reader_keys import ReaderKeys, reader_keys
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import ANNOUNCE_LAST_SECONDS, STATUS_NOTICES
from tests.conftest import FakeClock
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key
DATA = Path(__file__).parent.parent / "data" / "good"


@pytest.fixture
def short_window(make_window: WindowFactory, user_dir: Path) -> MainWindow:
    shutil.copy(DATA / "short-e2e.yaml", user_dir / "short-e2e.yaml")
    window = make_window()
    assert window.picker.select("short-e2e")
    return window


def _tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()


def test_a_workout_is_announced_at_its_moments_only(short_window: MainWindow, qtbot: QtBot,
                                                     clock: FakeClock) -> None:
    window = short_window
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    qtbot.keyClick(window, Key.Key_Return)
    qtbot.waitUntil(lambda: said == ["Get ready, 2 seconds"])
    for _ in range(4):  # 2 s of get-ready and 2 s of squat, a second at a time
        _tick(window, clock, 1.0)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: "Work, Squat, 4 seconds" in said)
    assert said == ["Get ready, 2 seconds", "Work, Squat, 4 seconds"]  # not every second
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: said[-1] == "Paused")
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.waitUntil(lambda: said[-1] == "Resumed")
    qtbot.keyClick(window, Key.Key_Plus)
    qtbot.waitUntil(lambda: said[-1].startswith("Time changed"))
    qtbot.keyClick(window, Key.Key_Right)
    qtbot.waitUntil(lambda: said[-1] == "Skipped. Rest, 2 seconds")
    for _ in range(20):
        _tick(window, clock, 1.0)
        qtbot.wait(1)
        if window.page() is Page.SUMMARY:
            break
    qtbot.waitUntil(lambda: said[-1] == "Workout complete" or "Finished" in said[-1])
    assert any("Lunge, right side" in line for line in said)
    assert any("Lunge, left side" in line for line in said)


def test_the_countdown_is_one_object_that_tells_the_time_when_asked(
        short_window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window = short_window
    qtbot.keyClick(window, Key.Key_Return)
    _tick(window, clock, 2.5)
    countdown = QAccessible.queryAccessibleInterface(window.countdown)
    assert countdown is not None
    assert countdown.text(QAccessible.Text.Name) == "0:04, Work, Squat"
    _tick(window, clock, 1.0)
    assert countdown.text(QAccessible.Text.Name) == "0:03, Work, Squat"
    assert countdown.role() == QAccessible.Role.Grouping  # AT-SPI: a panel (no clock role)


def test_labels_say_what_they_show_and_their_caption_describes_them(
        short_window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    window = short_window
    qtbot.keyClick(window, Key.Key_Return)
    _tick(window, clock, 2.5)
    for label in (window.countdown.name_label, window.countdown.banner,
                  window.countdown.next_label):
        shown = QAccessible.queryAccessibleInterface(label)
        assert shown is not None
        assert shown.text(QAccessible.Text.Name) == label.text()
        assert label.accessibleName() in shown.text(QAccessible.Text.Description)
    bar = QAccessible.queryAccessibleInterface(window.countdown.session_bar)
    assert bar is not None and bar.text(QAccessible.Text.Name).endswith("% done")
    empty = QLabel()
    empty.setAccessibleName("Caption only")
    nothing = QAccessible.queryAccessibleInterface(empty)
    assert nothing is not None and nothing.text(QAccessible.Text.Name) == ""
    empty.setPixmap(QPixmap(4, 4))
    assert nothing.text(QAccessible.Text.Name) == "Caption only"


@pytest.mark.parametrize(("key", "modifiers", "leaves"), [
    (Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, True),
    (Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier, True),
    (Key.Key_Right, Qt.KeyboardModifier.KeypadModifier, True),
    (Key.Key_5, Qt.KeyboardModifier.KeypadModifier, False),  # Num Lock on: a digit
    (Key.Key_Return, Qt.KeyboardModifier.NoModifier, False),
    (Key.Key_Space, Qt.KeyboardModifier.NoModifier, False),
])
def test_which_keys_belong_to_the_screen_reader(qapp: object, key: Key,
                                                modifiers: Qt.KeyboardModifier,
                                                leaves: bool) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    assert reader_keys().leaves(event, active=True) is leaves
    assert reader_keys().leaves(event, active=False) is False


def test_with_a_screen_reader_the_number_pad_does_not_start_or_skip(
        short_window: MainWindow, qtbot: QtBot) -> None:
    window = short_window
    pad = Qt.KeyboardModifier.KeypadModifier
    QAccessible.setActive(True)
    try:
        qtbot.keyClick(window.picker.list, Key.Key_Enter, pad)
        qtbot.keyClick(window, Key.Key_Enter, pad)
        assert window.page() is Page.PICKER and window.session is None
        qtbot.keyClick(window, Key.Key_Return)  # the main Enter still starts it
        assert window.page() is Page.WORKOUT
        session = window.session
        assert session is not None
        index = session.index
        qtbot.keyClick(window, Key.Key_Right, pad)
        assert session.index == index
    finally:
        QAccessible.setActive(False)
    qtbot.keyClick(window, Key.Key_Right, pad)  # no screen reader: the pad works as before
    assert session.index == index + 1


def test_the_last_seconds_only_when_asked_and_notices_for_older_readers(
        make_window: WindowFactory, user_dir: Path, qtbot: QtBot, clock: FakeClock) -> None:
    shutil.copy(DATA / "short-e2e.yaml", user_dir / "short-e2e.yaml")
    window = make_window()
    window.settings.set(ANNOUNCE_LAST_SECONDS, True)
    window.settings.set(STATUS_NOTICES, True)
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    assert window.picker.select("short-e2e")
    QAccessible.setActive(True)
    try:
        qtbot.keyClick(window, Key.Key_Return)
        for _ in range(7):  # the get-ready and the squat, a second at a time
            _tick(window, clock, 1.0)
            qtbot.wait(1)
        qtbot.waitUntil(lambda: "1" in said)
        assert window.announcer.notice.isVisible()
        assert window.announcer.notice.text == said[-1]
        notice = QAccessible.queryAccessibleInterface(window.announcer.notice)
        assert notice is not None and notice.role() == QAccessible.Role.Notification
    finally:
        QAccessible.setActive(False)
    assert {"3", "2", "1"} <= set(said), said


def test_the_filtered_list_counts_only_the_routines_it_shows(window: MainWindow,
                                                             qtbot: QtBot) -> None:
    window.picker.search.setText("squat")
    shown = window.picker.visible_keys()
    assert 0 < len(shown) < len(window.picker.listed_keys())
    routines = QAccessible.queryAccessibleInterface(window.picker.list)
    assert routines is not None
    assert routines.childCount() == len(shown)
    rows = [routines.child(row) for row in range(routines.childCount())]
    names = [row.text(QAccessible.Text.Name) for row in rows]
    assert names == [window.picker.row_data(key, Qt.ItemDataRole.AccessibleTextRole)
                     for key in shown]
    assert all(name.startswith(str(window.picker.row_data(key))) and name.count(", ") >= 2
               for name, key in zip(names, shown, strict=True))  # name, origin, total
    # The row a screen reader calls selected is the routine Enter starts.
    selected = [key for key, row in zip(shown, rows, strict=True) if row.state().selected]
    assert selected == [window.picker.current_key()]
    window.picker.search.setText("xyzzy")
    assert routines.childCount() == 0 and window.picker.current_key() is None


def test_keys_held_with_insert_are_the_screen_readers(qapp: object) -> None:
    keys = ReaderKeys()
    press = QKeyEvent(QEvent.Type.KeyPress, Key.Key_Insert, Qt.KeyboardModifier.NoModifier)
    space = QKeyEvent(QEvent.Type.KeyPress, Key.Key_Space, Qt.KeyboardModifier.NoModifier)
    assert not keys.leaves(space, active=True)
    keys.eventFilter(keys, press)
    assert keys.leaves(space, active=True)  # Insert+Space: Orca's preferences
    keys.eventFilter(keys, QKeyEvent(QEvent.Type.KeyRelease, Key.Key_Insert,
                                     Qt.KeyboardModifier.NoModifier))
    assert not keys.leaves(space, active=True)
