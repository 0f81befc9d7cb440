"""Stopping, quitting, focus mode, mute and the shortcut overlay, by key presses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.present.shortcuts import SHORTCUTS, Page
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.questions import QUIT_QUESTION, STOP_QUESTION
from leg_timer.ui.settings import AppSettings
from tests.conftest import FakeClock
from tests.ui.conftest import Answers, RecordingKeepAwake, WindowFactory

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key


def start(window: MainWindow, qtbot: QtBot, routine: str = "squat-100") -> None:
    assert window.picker.select(routine)
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.WORKOUT


def test_escape_asks_before_stopping_a_running_workout(window: MainWindow, qtbot: QtBot,
                                                       answers: Answers,
                                                       keep_awake: RecordingKeepAwake) -> None:
    start(window, qtbot)
    answers.answer = False
    qtbot.keyClick(window, Key.Key_Escape)
    assert answers.questions == [STOP_QUESTION]
    assert window.page() is Page.WORKOUT
    assert window.session is not None and window.session.state is State.RUNNING

    answers.answer = True
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page() is Page.SUMMARY
    assert window.summary.heading_label.text().startswith("Stopped after ")
    assert window.windowTitle() == "Stopped · 100 squats — Leg Timer"
    # Each question paused the workout (the screen may sleep); "keep going" resumed it.
    assert keep_awake.calls == ["inhibit", "release", "inhibit", "release"]
    qtbot.keyClick(window, Key.Key_Escape)  # Esc on the summary: back to the list
    assert window.page() is Page.PICKER


def test_escape_stops_a_paused_workout_without_asking(window: MainWindow, qtbot: QtBot,
                                                      answers: Answers) -> None:
    start(window, qtbot)
    qtbot.keyClick(window, Key.Key_Space)
    qtbot.keyClick(window, Key.Key_Escape)
    assert answers.questions == []
    assert window.page() is Page.SUMMARY


# WORKAROUND: Qt's offscreen platform warns on every dialog it shows.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_default_question_is_a_message_box_answered_by_keys(
        window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    answers: list[bool] = []

    def answer_with(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert box.text() == STOP_QUESTION.text
        focus = box.focusWidget()  # the safe answer's button has the focus, as keys find it
        assert focus is box.defaultButton() and focus.text() == STOP_QUESTION.no
        qtbot.keyClick(focus, key)

    # The safe answer is the default: Esc, Enter and Space keep going; S (the letter marked
    # on the Stop button) stops.
    for key in (Key.Key_Escape, Key.Key_Return, Key.Key_Space, Key.Key_S):
        QTimer.singleShot(0, lambda key=key: answer_with(key))
        answers.append(window.ask(STOP_QUESTION))
    assert answers == [False, False, False, True]


def test_ctrl_q_asks_while_a_workout_is_under_way(window: MainWindow, qtbot: QtBot,
                                                  answers: Answers,
                                                  keep_awake: RecordingKeepAwake) -> None:
    start(window, qtbot)
    answers.answer = False
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert answers.questions == [QUIT_QUESTION]
    assert window.isVisible()
    assert window.session is not None and window.session.is_active

    answers.answer = True
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert window.driver is None  # its timer stopped
    # Paused while asked (the screen may sleep), resumed on "no", then ended.
    assert keep_awake.calls == ["inhibit", "release", "inhibit", "release"]


def test_closing_the_window_mid_workout_asks_too(window: MainWindow, qtbot: QtBot,
                                                 answers: Answers) -> None:
    start(window, qtbot)
    qtbot.keyClick(window, Key.Key_Space)  # paused still counts as under way
    answers.answer = False
    window.close()
    assert window.isVisible()
    assert answers.questions == [QUIT_QUESTION]


def test_quitting_from_the_list_does_not_ask(window: MainWindow, qtbot: QtBot,
                                             answers: Answers) -> None:
    qtbot.keyClick(window, Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
    assert answers.questions == []


def test_focus_mode_by_key_and_double_click(window: MainWindow, qtbot: QtBot,
                                            answers: Answers) -> None:
    start(window, qtbot)
    view = window.countdown
    qtbot.keyClick(window, Key.Key_F)
    assert window.focus_mode and window.isFullScreen()
    # Focus mode keeps what is read from the mat (next exercise, time left); only the
    # keyboard hints go.
    assert view.next_label.isVisibleTo(window) and view.session_row.isVisibleTo(window)
    assert not view.hint_label.isVisibleTo(window)
    assert view.clock.isVisibleTo(window) and view.banner.isVisibleTo(window)
    qtbot.keyClick(window, Key.Key_Escape)  # leaves focus mode, does not stop
    assert not window.focus_mode and not window.isFullScreen()
    assert view.next_label.isVisibleTo(window) and view.hint_label.isVisibleTo(window)
    assert answers.questions == []
    assert window.session is not None and window.session.state is State.RUNNING

    qtbot.mouseDClick(view.clock, Qt.MouseButton.LeftButton)
    assert window.focus_mode
    qtbot.mouseDClick(view.clock, Qt.MouseButton.LeftButton)
    assert not window.focus_mode


def test_mute_toggles_a_flag_shown_on_screen_and_remembered(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    start(window, qtbot)
    heard: list[bool] = []
    window.muted_changed.connect(heard.append)
    qtbot.keyClick(window, Key.Key_M)
    assert window.muted and heard == [True]
    assert window.countdown.muted_label.isVisibleTo(window)
    window.shutdown()
    again = make_window()
    assert again.muted
    start(again, qtbot)
    assert again.countdown.muted_label.isVisibleTo(again)
    qtbot.keyClick(again, Key.Key_M)
    assert not again.muted
    assert not again.countdown.muted_label.isVisibleTo(again)


def test_overlay_lists_every_shortcut(window: MainWindow, qtbot: QtBot) -> None:
    overlay = window.overlay
    assert not overlay.isVisible()
    qtbot.keyClick(window, "?")
    assert overlay.isVisible()
    assert overlay.geometry() == window.rect()
    for shortcut in SHORTCUTS:
        assert f"{shortcut.shown}: {shortcut.description}" in overlay.text()
    qtbot.keyClick(window, Key.Key_Escape)
    assert not overlay.isVisible()
    assert window.page() is Page.PICKER
    start(window, qtbot)
    qtbot.keyClick(window, Key.Key_F1)
    assert overlay.isVisible()
    qtbot.keyClick(window, Key.Key_Space)  # the other keys still work under the overlay
    assert window.session is not None and window.session.state is State.PAUSED
    qtbot.keyClick(window, Key.Key_F1)
    assert not overlay.isVisible()


def test_search_field_keeps_space_and_letters_and_enter_starts(window: MainWindow,
                                                               qtbot: QtBot) -> None:
    qtbot.keyClick(window, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.picker.search.hasFocus()
    qtbot.keyClicks(window, "supine r")  # Space and letters that are workout shortcuts
    assert window.picker.search.text() == "supine r"
    assert window.picker.visible_keys() == ["supine-leg-raises"]
    qtbot.keyClick(window, Key.Key_Escape)  # Esc clears the search first
    assert window.picker.search.text() == ""
    qtbot.keyClicks(window, "squat")
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.WORKOUT
    assert window.windowTitle() == "0:10 · Get ready — Leg Timer"


def test_typing_in_the_list_goes_to_the_search(window: MainWindow, qtbot: QtBot) -> None:
    window.picker.list.setFocus()
    qtbot.keyClicks(window.picker.list, "wall")
    assert window.picker.search.text() == "wall"
    assert window.picker.search.hasFocus()
    assert set(window.picker.visible_keys()) == {"legs-up-the-wall", "calf-cramp-relief"}
    window.picker.tag_filter.setCurrentIndex(window.picker.tag_filter.findData("relaxation"))
    assert window.picker.visible_keys() == ["legs-up-the-wall"]


def test_keys_on_the_workout_page_work_wherever_the_focus_is(window: MainWindow,
                                                             qtbot: QtBot,
                                                             clock: FakeClock) -> None:
    start(window, qtbot)
    window.summary.back_button.setFocus()  # a hidden page's button cannot take them
    for widget in (window.countdown, window.countdown.clock, window):
        widget.setFocus()
        qtbot.keyClick(window, Key.Key_Space)
        assert window.session is not None and window.session.state is State.PAUSED
        qtbot.keyClick(window, Key.Key_Space)
        assert window.session.state is State.RUNNING


def test_remembers_the_routine_and_its_values_across_windows(make_window: WindowFactory,
                                                             qtbot: QtBot,
                                                             settings_file: object) -> None:
    first = make_window()
    first.picker.select("legs-up-the-wall")
    box = first.picker.details.spin_boxes["minutes"]
    box.setFocus()
    qtbot.keyClick(box, Key.Key_Up)
    qtbot.keyClick(box, Key.Key_Up)
    assert first.picker.current_values() == {"minutes": 12.0}
    first.picker.select("squat-100")
    first.picker.set_value("tempo", 4.5)
    first.picker.select("legs-up-the-wall")
    first.close()

    second = make_window()
    assert second.picker.current_key() == "legs-up-the-wall"
    assert second.picker.details.spin_boxes["minutes"].unit_value() == 12.0
    assert second.picker.details.total_label.text().startswith("Total 12:30 ·")
    second.picker.select("squat-100")
    assert second.picker.current_values()["tempo"] == 4.5
    assert second.picker.details.spin_boxes["tempo"].text() == "4.5 s"


def test_remembers_the_window_geometry(make_window: WindowFactory) -> None:
    first = make_window(size=(700, 500))
    first.close()
    second = make_window(size=(900, 900))  # the fixture resizes after restoring
    assert isinstance(second.settings, AppSettings)
    assert second.settings.geometry is not None
    assert second.restoreGeometry(second.settings.geometry)
    assert (second.width(), second.height()) == (700, 500)
