"""The always-on-top mini timer: where it goes on any screen layout, what it remembers, what it
shows, and the workout keys pressed in it (routed through the one shortcut table).

The real window on a real X server, with real key presses and a real double-click, is
tests/e2e/test_mini_timer_x11.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.present import mini_timer as words
from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.shortcuts import Action, Page
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.outside.mini_timer import (
    DEFAULT_SIZE,
    EDGE_MARGIN_PX,
    MiniTimer,
    clamped,
    default_position,
    parse_position,
    shortcuts_for,
)
from leg_timer.ui.settings import MINI_TIMER_POSITION, AppSettings
from tests.conftest import FakeClock
from tests.ui.conftest import Answers

# WORKAROUND: Qt's offscreen platform warns on raise() (showing the mini timer raises it, and
# so does bringing the full window back) and on every dialog it shows.
pytestmark = [pytest.mark.usefixtures("no_running_timers"), pytest.mark.qt_log_ignore(
    "This plugin does not support (propagateSizeHints|raise)")]
Key = Qt.Key
W, H = DEFAULT_SIZE
FULL_HD = QRect(0, 0, 1920, 1080)
# A second monitor to the right, shorter than the first: the union is an L, not a rectangle.
RIGHT_SHORT = QRect(1920, 0, 1280, 720)
LEFT_OF_PRIMARY = QRect(-1280, 0, 1280, 1024)  # coordinates left of the primary are negative
WITH_PANEL = QRect(0, 32, 1920, 1048)  # a top panel takes 32 px


# -- where it goes --------------------------------------------------------------------------


@pytest.mark.parametrize(("at", "areas", "expected"), [
    # On one screen, inside: left where it is; over an edge: pulled in by as little as needed.
    (QPoint(100, 100), [FULL_HD], QPoint(100, 100)),
    (QPoint(1800, 1000), [FULL_HD], QPoint(1920 - W, 1080 - H)),
    (QPoint(-50, -50), [FULL_HD], QPoint(0, 0)),
    # Under a panel: below it.
    (QPoint(100, 0), [WITH_PANEL], QPoint(100, 32)),
    # Across two side-by-side screens: both hold it, so it stays.
    (QPoint(1800, 100), [FULL_HD, RIGHT_SHORT], QPoint(1800, 100)),
    # In the corner of the L that no screen shows: onto the nearer screen, the short one.
    (QPoint(2000, 900), [FULL_HD, RIGHT_SHORT], QPoint(2000, 720 - H)),
    # Across the L's step (part on the tall screen, part in the void): onto the screen it
    # overlaps most.
    (QPoint(1850, 700), [FULL_HD, RIGHT_SHORT], QPoint(1920 - W, 700)),
    # A screen left of the primary: negative coordinates are a place like any other.
    (QPoint(-1000, 50), [FULL_HD, LEFT_OF_PRIMARY], QPoint(-1000, 50)),
    (QPoint(-1400, 50), [FULL_HD, LEFT_OF_PRIMARY], QPoint(-1280, 50)),
    # Left on a monitor since unplugged: onto the one that is left.
    (QPoint(3000, 200), [FULL_HD], QPoint(1920 - W, 200)),
    (QPoint(-900, 1000), [FULL_HD], QPoint(0, 1080 - H)),
    # No screens reported (it happens while monitors change): left alone.
    (QPoint(5000, 5000), [], QPoint(5000, 5000)),
])
def test_it_is_kept_wholly_on_a_screen(at: QPoint, areas: list[QRect], expected: QPoint) -> None:
    assert clamped(QRect(at, QSize(W, H)), areas) == expected


def test_a_window_larger_than_the_screen_keeps_its_top_left_on_it() -> None:
    tiny = QRect(10, 20, 200, 100)
    assert clamped(QRect(500, 500, W, H), [tiny]) == QPoint(10, 20)


def test_the_default_place_is_the_primary_screens_top_right_corner() -> None:
    size = QSize(W, H)
    assert default_position(size, [WITH_PANEL, RIGHT_SHORT]) == QPoint(
        1920 - W - EDGE_MARGIN_PX, 32 + EDGE_MARGIN_PX)
    assert default_position(size, [LEFT_OF_PRIMARY]) == QPoint(
        -W - EDGE_MARGIN_PX, EDGE_MARGIN_PX)


@pytest.mark.parametrize(("text", "point"), [
    ("10,20", QPoint(10, 20)), (" -1280 , 7 ", QPoint(-1280, 7)), ("", None),
    ("a name, with a comma; and = signs", None), ("1.5,2", None), ("10", None),
])
def test_the_stored_position(text: str, point: QPoint | None) -> None:
    assert parse_position(text) == point


# -- the window on its own --------------------------------------------------------------------


class Screens:
    """Stands in for QGuiApplication.screens(): the layout a test says, changeable."""

    def __init__(self, *areas: QRect) -> None:
        self.areas = list(areas)

    def __call__(self) -> list[QRect]:
        return self.areas


@pytest.fixture
def mini_timers(qtbot: QtBot) -> Iterator[list[MiniTimer]]:
    made: list[MiniTimer] = []
    yield made
    for mini in made:
        mini.close()


def make_mini(made: list[MiniTimer], qtbot: QtBot, settings: AppSettings, screens: Screens,
              platform: str = "xcb") -> MiniTimer:
    mini = MiniTimer(settings, platform=platform, screens=screens)
    qtbot.addWidget(mini)
    made.append(mini)
    return mini


def test_it_stays_on_top_without_a_frame_except_on_wayland(
        qtbot: QtBot, mini_timers: list[MiniTimer]) -> None:
    settings = AppSettings(None)
    x11 = make_mini(mini_timers, qtbot, settings, Screens(FULL_HD)).windowFlags()
    assert x11 & Qt.WindowType.WindowStaysOnTopHint
    assert x11 & Qt.WindowType.FramelessWindowHint
    assert x11 & Qt.WindowType.WindowType_Mask == Qt.WindowType.Tool
    wayland = make_mini(mini_timers, qtbot, settings, Screens(FULL_HD), "wayland")
    flags = wayland.windowFlags()
    assert not flags & Qt.WindowType.WindowStaysOnTopHint
    assert flags & Qt.WindowType.WindowType_Mask == Qt.WindowType.Window
    assert not wayland.on_top
    wayland.move(123, 45)
    wayland.place()  # placing is the compositor's there: nothing moves, nothing is stored
    assert wayland.pos() == QPoint(123, 45)
    assert settings.get(MINI_TIMER_POSITION) == ""


def test_it_remembers_where_it_was_left_and_comes_back_on_a_screen(
        qtbot: QtBot, settings_file: Path, mini_timers: list[MiniTimer]) -> None:
    screens = Screens(FULL_HD, RIGHT_SHORT)
    settings = AppSettings(settings_file)
    mini = make_mini(mini_timers, qtbot, settings, screens)
    with qtbot.waitExposed(mini):
        mini.show_on_top()
    assert mini.pos() == QPoint(1920 - W - EDGE_MARGIN_PX, EDGE_MARGIN_PX)  # never moved yet
    assert mini.size() == QSize(W, H)

    # Dragged by the mouse onto the second screen (no system move offscreen: by hand).
    def mouse(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
        local = QPointF(at - mini.pos())
        QApplication.sendEvent(mini, QMouseEvent(kind, local, QPointF(at),
                                                 Qt.MouseButton.LeftButton, buttons,
                                                 Qt.KeyboardModifier.NoModifier))
    start = mini.pos() + QPoint(20, 20)
    mouse(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseMove, start + QPoint(300, 200), Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseMove, start + QPoint(600, 300), Qt.MouseButton.LeftButton)
    mouse(QEvent.Type.MouseButtonRelease, start + QPoint(600, 300), Qt.MouseButton.NoButton)
    moved = QPoint(1920 - W - EDGE_MARGIN_PX + 600, EDGE_MARGIN_PX + 300)
    assert mini.pos() == moved
    assert settings.get(MINI_TIMER_POSITION) == f"{moved.x()},{moved.y()}"
    settings.sync()
    mini.hide()

    # Read back from the file by the next run: the same place.
    again = AppSettings(settings_file)
    second = make_mini(mini_timers, qtbot, again, screens)
    second.place()
    assert second.pos() == moved

    # The second monitor unplugged since: back on the first, as near as it can be.
    screens.areas = [FULL_HD]
    second.place()
    assert second.pos() == QPoint(1920 - W, moved.y())
    again.sync()


def test_dropped_over_an_edge_it_is_pulled_back(qtbot: QtBot,
                                                mini_timers: list[MiniTimer]) -> None:
    settings = AppSettings(None)
    mini = make_mini(mini_timers, qtbot, settings, Screens(FULL_HD))
    with qtbot.waitExposed(mini):
        mini.show_on_top()
    mini.move(1900, 1050)  # dragged most of the way off the bottom-right corner
    mini.place_on_screen()
    assert mini.pos() == QPoint(1920 - W, 1080 - H)
    assert settings.get(MINI_TIMER_POSITION) == f"{1920 - W},{1080 - H}"


def test_keys_are_found_in_the_one_shortcut_table() -> None:
    def rows(key: Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
             text: str = "") -> list[Action]:
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, text)
        return [row.action for row in shortcuts_for(event)]

    assert rows(Key.Key_Space, text=" ") == [Action.TOGGLE]
    assert rows(Key.Key_Right) == [Action.NEXT]
    assert rows(Key.Key_T, text="t") == [Action.MINI_TIMER]
    assert rows(Key.Key_Plus, Qt.KeyboardModifier.KeypadModifier, "+") == [Action.ADD_TIME]
    assert rows(Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier, "+") == [Action.ADD_TIME]
    assert rows(Key.Key_Question, Qt.KeyboardModifier.ShiftModifier, "?") == [Action.HELP]
    assert rows(Key.Key_Comma, Qt.KeyboardModifier.ControlModifier) == [Action.SETTINGS]
    assert rows(Key.Key_H) == [Action.HISTORY]
    assert rows(Key.Key_H, Qt.KeyboardModifier.ControlModifier) == [Action.HISTORY]
    assert rows(Key.Key_Z, text="z") == []


# -- words ----------------------------------------------------------------------------------


def test_t_toggles_it_during_a_workout_and_on_the_summary_only() -> None:
    for page in (Page.WORKOUT, Page.SUMMARY):
        assert intent_for(Action.MINI_TIMER, KeyContext(page)) is Intent.TOGGLE_MINI_TIMER
    for page in (Page.PICKER, Page.HISTORY):  # on the list, T types into the search
        assert intent_for(Action.MINI_TIMER, KeyContext(page)) is None


def test_the_settings_line_says_why_wayland_keeps_it_an_ordinary_window() -> None:
    assert words.stays_on_top("xcb") and words.stays_on_top("offscreen")
    assert not words.stays_on_top("wayland") and not words.stays_on_top("wayland-egl")
    assert "stays above other windows" in words.about("xcb")
    assert words.about("xcb").startswith("T during a workout")
    wayland = words.about("wayland")
    assert "On Wayland it is an ordinary small window" in wayland
    assert "does not let applications keep a window above the others" in wayland


# -- in the main window -----------------------------------------------------------------------


def start(window: MainWindow, qtbot: QtBot, routine: str = "mini-band-circuit") -> None:
    assert window.picker.select(routine)
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.WORKOUT


def tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()


def shown_mini(window: MainWindow, qtbot: QtBot) -> MiniTimer:
    """T pressed in the full window (once it is active again: activation is asynchronous)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Key.Key_T)
    mini = window.mini_timer
    qtbot.waitUntil(mini.isVisible)
    # It has the focus: keys reach it, not the full window's own shortcuts.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mini)
    # Offscreen, as with a window manager, the full window is minimised.
    assert window.isMinimized()
    return mini


def state(window: MainWindow) -> State:
    assert window.session is not None
    return window.session.state


def test_t_shows_it_with_the_workouts_words_and_the_keys_work_in_it(
        window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    start(window, qtbot)
    mini = shown_mini(window, qtbot)
    assert mini.banner.full_text() == "GET READY"
    assert mini.clock.text() == window.countdown.clock.text()

    # Space pauses and resumes from the mini timer; paused shows in its banner.
    qtbot.keyClick(mini, Key.Key_Space)
    assert state(window) is State.PAUSED
    assert mini.banner.full_text() == "PAUSED · GET READY"
    qtbot.keyClick(mini, Key.Key_Space)
    assert state(window) is State.RUNNING

    # Right skips to the first exercise: its name, its side, its colour's digits.
    qtbot.keyClick(mini, Key.Key_Right)
    assert mini.banner.full_text() == "WORK · RIGHT SIDE"
    assert mini.name_label.full_text() == "Quadruped hip extension"
    tick(window, clock, 3)
    assert mini.clock.text() == window.countdown.clock.text() == "0:42"

    # + adds time, held or not; a held Space does not flicker pause on and off.
    qtbot.keyClick(mini, Key.Key_Plus)
    assert mini.clock.text() == "0:52"
    QApplication.sendEvent(mini, QKeyEvent(QEvent.Type.KeyPress, Key.Key_Plus,
                                           Qt.KeyboardModifier.NoModifier, "+", True))
    assert mini.clock.text() == "1:02"
    QApplication.sendEvent(mini, QKeyEvent(QEvent.Type.KeyPress, Key.Key_Space,
                                           Qt.KeyboardModifier.NoModifier, " ", True))
    assert state(window) is State.RUNNING

    # M mutes from there too, and then a cue nobody hears flashes the mini timer (its whole
    # face in the kind's colour) as it does the countdown page; H means nothing in a workout.
    qtbot.keyClick(mini, Key.Key_M)
    assert window.muted
    tick(window, clock, 60 - 3 - 0.5)  # into the 3-2-1 before the end of the 1:02 left
    assert mini.flashing
    qtbot.waitUntil(lambda: not mini.flashing)
    qtbot.keyClick(mini, Key.Key_H)
    assert mini.isVisible() and window.page() is Page.WORKOUT

    # T again: the full window back, the mini timer gone.
    qtbot.keyClick(mini, Key.Key_T)
    assert not mini.isVisible()
    assert not window.isMinimized()


def test_double_click_brings_the_full_window_back(window: MainWindow, qtbot: QtBot) -> None:
    start(window, qtbot)
    mini = shown_mini(window, qtbot)
    qtbot.mouseDClick(mini.clock, Qt.MouseButton.LeftButton)
    assert not mini.isVisible()
    assert not window.isMinimized() and window.isVisible()
    mini = shown_mini(window, qtbot)
    qtbot.mouseDClick(mini.banner, Qt.MouseButton.LeftButton)  # anywhere on it
    assert not mini.isVisible()


def test_keys_that_belong_to_the_full_window_bring_it_back_first(
        window: MainWindow, qtbot: QtBot, answers: Answers) -> None:
    start(window, qtbot)
    mini = shown_mini(window, qtbot)
    qtbot.keyClick(mini, Key.Key_G)  # the jump list lives in the full window
    assert not mini.isVisible() and not window.isMinimized()
    assert window.jump_list.isVisible()
    window.jump_list.close_list()

    mini = shown_mini(window, qtbot)
    qtbot.keyClick(mini, Key.Key_Escape)  # stopping asks, over the full window
    assert not mini.isVisible()
    assert len(answers.questions) == 1
    assert window.page() is Page.SUMMARY


def test_it_follows_the_workout_to_its_end_and_back_to_the_list(window: MainWindow,
                                                                 qtbot: QtBot) -> None:
    start(window, qtbot)
    mini = shown_mini(window, qtbot)
    window.command("stop")
    assert window.page() is Page.SUMMARY
    assert mini.isVisible()
    assert mini.banner.full_text() == "STOPPED"
    assert mini.name_label.full_text().startswith("Stopped after ")
    qtbot.keyClick(mini, Key.Key_Return)  # Enter on the summary: back to the list
    assert window.page() is Page.PICKER
    assert mini.banner.full_text() == words.IDLE_BANNER
    assert mini.clock.text() == words.IDLE_DIGITS
    # The tray's action works from any page: here it shows the idle mini timer, then hides it.
    window.toggle_mini_timer()
    assert not mini.isVisible()
    window.toggle_mini_timer()
    assert window.mini_timer.isVisible()
    assert window.mini_timer.name_label.full_text() == words.IDLE_NAME


def test_from_the_tray_a_hidden_window_stays_hidden_until_double_click(
        window: MainWindow, qtbot: QtBot) -> None:
    start(window, qtbot)
    window.hide()  # in the tray
    window.toggle_mini_timer()  # the tray's action
    mini = window.mini_timer
    assert mini.isVisible() and not window.isVisible()
    qtbot.mouseDClick(mini.clock, Qt.MouseButton.LeftButton)
    assert not mini.isVisible() and window.isVisible()


def test_focus_mode_is_left_for_the_mini_timer(window: MainWindow, qtbot: QtBot) -> None:
    start(window, qtbot)
    qtbot.keyClick(window, Key.Key_F)
    assert window.focus_mode
    shown_mini(window, qtbot)
    assert not window.focus_mode


def test_the_settings_dialog_says_what_it_does_and_why_not_on_top_on_wayland(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from leg_timer.ui.pages import settings_dialog

    window.open_settings()
    assert window.settings_dialog is not None
    note = window.settings_dialog.mini_timer_note
    assert note.text() == words.about("offscreen")
    window.settings_dialog.close()
    monkeypatch.setattr(settings_dialog.QGuiApplication, "platformName",
                        staticmethod(lambda: "wayland"))
    dialog = settings_dialog.SettingsDialog(window.cues, window.settings, window)
    assert dialog.mini_timer_note.text() == words.about("wayland")
    dialog.deleteLater()
