"""Issue 9: a question that could end the workout (Esc, Ctrl+Q, R) pauses it while it is open,
and "keep going" resumes it exactly where it was; a paused workout stays paused; R asks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.questions import QUIT_QUESTION, RESTART_QUESTION, STOP_QUESTION, Question
from tests.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key


class SlowAnswers:
    """Answers each question after ``think_s`` on the fake clock, noting the workout's
    state and time left while the question was open."""

    def __init__(self, window: MainWindow, clock: FakeClock, answer: bool,
                 think_s: float = 30.0) -> None:
        self.window, self.clock, self.answer, self.think_s = window, clock, answer, think_s
        self.seen: list[tuple[Question, State]] = []

    def __call__(self, question: Question) -> bool:
        session = self.window.session
        assert session is not None
        self.seen.append((question, session.state))
        self.clock.advance(self.think_s)
        assert self.window.driver is not None
        self.window.driver.poke()  # whatever the timer would have run meanwhile
        return self.answer


def start(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    assert window.picker.select("squat-100")
    qtbot.keyClick(window, Key.Key_Return)
    clock.advance(12)
    assert window.driver is not None
    window.driver.poke()


@pytest.mark.parametrize(("key", "modifier", "question"), [
    (Key.Key_Escape, Qt.KeyboardModifier.NoModifier, STOP_QUESTION),
    (Key.Key_Q, Qt.KeyboardModifier.ControlModifier, QUIT_QUESTION),
    (Key.Key_R, Qt.KeyboardModifier.NoModifier, RESTART_QUESTION),
])
def test_keep_going_resumes_exactly_where_it_was(window: MainWindow, qtbot: QtBot,
                                                 clock: FakeClock, key: Qt.Key,
                                                 modifier: Qt.KeyboardModifier,
                                                 question: Question) -> None:
    answers = SlowAnswers(window, clock, answer=False)
    window.confirm = answers
    start(window, qtbot, clock)
    session = window.session
    assert session is not None
    index, remaining = session.index, session.segment_remaining_s()
    qtbot.keyClick(window, key, modifier)
    assert answers.seen == [(question, State.PAUSED)]  # the clock stood still behind it
    assert window.page() is Page.WORKOUT and window.session is session
    assert session.state is State.RUNNING
    assert (session.index, session.segment_remaining_s()) == (index, remaining)


def test_a_paused_workout_stays_paused_after_keep_going(window: MainWindow, qtbot: QtBot,
                                                        clock: FakeClock) -> None:
    answers = SlowAnswers(window, clock, answer=False)
    window.confirm = answers
    start(window, qtbot, clock)
    qtbot.keyClick(window, Key.Key_Space)
    for key, modifier in ((Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                          (Key.Key_R, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window, key, modifier)
        assert window.session is not None and window.session.state is State.PAUSED
    assert [question for question, _state in answers.seen] == [QUIT_QUESTION,
                                                               RESTART_QUESTION]


def test_restart_asks_and_yes_starts_from_the_top(window: MainWindow, qtbot: QtBot,
                                                  clock: FakeClock) -> None:
    answers = SlowAnswers(window, clock, answer=True, think_s=0)
    window.confirm = answers
    start(window, qtbot, clock)
    session = window.session
    assert session is not None
    qtbot.keyClick(window, Key.Key_Right)
    assert session.index > 0
    qtbot.keyClick(window, Key.Key_R)
    assert answers.seen == [(RESTART_QUESTION, State.PAUSED)]
    assert session.state is State.RUNNING and session.index == 0
    assert session.segment_elapsed_s() == 0


def test_yes_to_stop_ends_the_workout(window: MainWindow, qtbot: QtBot,
                                      clock: FakeClock) -> None:
    window.confirm = SlowAnswers(window, clock, answer=True, think_s=0)
    start(window, qtbot, clock)
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page() is Page.SUMMARY


def test_every_question_keeps_going_by_default() -> None:
    for question in (STOP_QUESTION, QUIT_QUESTION, RESTART_QUESTION):
        assert question.no == "Keep going"
        assert question.yes_key and question.yes_key in question.text
        assert "Enter or Esc keeps going" in question.text
