"""The workout screen read from a mat three metres away (issue 9), on a fake clock: the guide,
the next exercise, sizes at 1080p, steady digits when paused, totals that add up, the jump
list, and the open-folder key.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.core.session import Outcome, Session, State
from leg_timer.library import load_library
from leg_timer.present import display
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import DEFAULT_SIZE, MainWindow
from leg_timer.ui.pages.countdown_view import CountdownView
from leg_timer.ui.pages.workout_parts import SECONDARY_SHARE, ink_height
from tests.conftest import FakeClock
from tests.ui.conftest import WindowFactory

pytestmark = [
    pytest.mark.usefixtures("no_running_timers"),
    # A bare view shown as a window on the offscreen platform (to measure it at exactly
    # 1920x1080) makes Qt say this plugin cannot pass size hints on; harmless there.
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

Key = Qt.Key
FULL_HD = (1920, 1080)
WINDOWED = (1920, 1030)  # a maximised window on a 1080p screen, under a title bar and panel


def tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()


def start(window: MainWindow, qtbot: QtBot, routine: str) -> Session:
    window.picker.select(routine)
    qtbot.keyClick(window, Key.Key_Return)
    assert window.session is not None and window.page() is Page.WORKOUT
    return window.session


def seconds_of(clock_text: str) -> int:
    parts = [int(part) for part in clock_text.split(":")]
    total = 0
    for part in parts:
        total = total * 60 + part
    return total


# -- 1. the guide: instructions and safety note, and the key that hides them ----------------

def test_the_guide_shows_the_exercise_in_view_and_i_hides_it(make_window: WindowFactory,
                                                            qtbot: QtBot,
                                                            clock: FakeClock) -> None:
    window = make_window(size=WINDOWED)
    session = start(window, qtbot, "mini-band-circuit")
    view = window.countdown
    squat = session.plan.routine.exercises[0]
    # Getting ready: the exercise coming up, to read while getting into position.
    assert view.guide.isVisibleTo(window)
    assert view.guide.text().startswith("Coming up: Quadruped hip extension (right)\n")
    assert squat.instructions.strip() in view.guide.text()
    tick(window, clock, 10)
    assert view.guide.text() == (f"{squat.instructions.strip()}\n"
                                 f"Safety: {squat.safety.strip()}")
    assert view.guide.fits()
    # Large enough to read from the mat: at least 60 % of the lines read from there.
    assert view.guide.pixel_size() >= 0.6 * view.secondary_px() >= 36

    qtbot.keyClick(window, Key.Key_I)
    assert not view.guide.isVisibleTo(window)
    qtbot.keyClick(window, Key.Key_F)  # focus mode keeps the choice
    assert not view.guide.isVisibleTo(window)
    qtbot.keyClick(window, Key.Key_I)
    assert view.guide.isVisibleTo(window)


def test_the_guide_in_focus_mode_and_only_where_it_fits() -> None:
    view = CountdownView()
    view.set_guide_available(True)
    view.set_focus_mode(True)
    view.resize(*FULL_HD)
    view.show()
    assert view.guide.isVisibleTo(view)
    view.resize(640, 480)  # too small for the guide beside the clock: the clock comes first
    assert not view.guide.isVisibleTo(view)
    view.resize(*FULL_HD)
    assert view.guide.isVisibleTo(view)
    view.set_guide_available(False)  # a routine without any instructions: no empty column
    assert not view.guide.isVisibleTo(view)
    view.deleteLater()


# -- 2. the next exercise, and when -------------------------------------------------------

def test_next_names_the_exercise_not_the_rest(window: MainWindow, qtbot: QtBot,
                                              clock: FakeClock) -> None:
    start(window, qtbot, "mini-band-circuit")
    view = window.countdown
    assert view.next_label.full_text() == "Next: Quadruped hip extension (right) · in 10 s"
    tick(window, clock, 10)  # right side: the left side comes after the switch
    assert view.next_label.full_text() == "Next: Quadruped hip extension (left) · after 15 s"
    tick(window, clock, 45 + 15 + 45)  # left side: then a rest, then lateral band walks
    assert view.banner.text() == "REST"
    assert view.next_label.full_text() == "Next: Lateral band walks · in 15 s"
    tick(window, clock, 4.5)
    assert view.next_label.full_text() == "Next: Lateral band walks · in 11 s"


def test_the_last_exercise_says_what_comes_next_is_the_finish(clock: FakeClock) -> None:
    from leg_timer.core.plan import build_plan
    from leg_timer.library import load_library

    session = Session(build_plan(load_library(None).find("squat-100")), clock)
    session.start()
    last = len(session.plan.segments) - 1  # set 4, rest, set 5, cool-down
    session.jump_to(last - 3)
    assert display.next_text(session) == "Next: Bodyweight squat · Set 5 / 5 · after 60 s"
    session.next()
    assert display.next_text(session) == "Next: Bodyweight squat · Set 5 / 5 · in 60 s"
    session.next()
    assert display.next_text(session) == "Next: Stretch your legs"
    session.next()
    assert display.next_text(session) == "Next: finish"


# -- 3. sizes for three metres --------------------------------------------------------------

def cap_height(widget: QWidget) -> float:
    return QFontMetricsF(widget.font()).capHeight()


def measured(view: CountdownView) -> dict[str, float]:
    """Heights on screen in px: the digits' (drawn) and each line's capital letters."""
    digits = ink_height(view.clock.digits_font())
    lines: dict[str, QWidget] = {
        "name": view.name_label, "rep counter": view.detail_label, "next": view.next_label,
        "done": view.elapsed_label, "left": view.remaining_label, "banner": view.banner,
        "side": view.side_label, "round and set": view.counters_label}
    sizes = {name: cap_height(widget) for name, widget in lines.items()}
    sizes["digits"] = digits
    return sizes


def shown_view(clock: FakeClock, focus: bool, size: tuple[int, int]) -> CountdownView:
    from leg_timer.core.plan import build_plan
    from leg_timer.library import load_library

    session = Session(build_plan(load_library(None).find("squat-100")), clock)
    session.start()
    clock.advance(10)
    session.update()  # a paced rep set: "Rep 1 / 20"
    view = CountdownView()
    view.set_guide_available(display.has_guide(session))
    view.set_focus_mode(focus)
    view.resize(*size)
    view.show()
    view.show_display(display.countdown(session, "Leg Timer"))
    QApplication.processEvents()
    return view


def test_every_built_in_guide_fits_whole_at_the_default_size(make_window: WindowFactory,
                                                            qtbot: QtBot,
                                                            user_dir: Path) -> None:
    """The instructions and the safety note, whole, with the "coming up" line over them:
    a guide cut off at the bottom loses its safety note's end."""
    window = make_window(size=DEFAULT_SIZE)
    start(window, qtbot, "squat-100")
    guide = window.countdown.guide
    library = load_library(user_dir)
    cut = []
    for key in sorted(library.listed):
        for exercise in library.routine(key).exercises:
            guide.set_guide(f"Coming up: {exercise.name} · Set 1 / 5",
                            exercise.instructions.strip(), exercise.safety.strip())
            if not guide.fits():
                cut.append((key, exercise.name, guide.pixel_size()))
    assert library.listed and cut == []


@pytest.mark.parametrize(("focus", "size"), [(False, WINDOWED), (True, FULL_HD)],
                         ids=["windowed", "focus-mode"])
def test_lines_read_from_the_mat_are_a_sixth_of_the_digits(qtbot: QtBot, clock: FakeClock,
                                                           focus: bool,
                                                           size: tuple[int, int]) -> None:
    view = shown_view(clock, focus, size)
    qtbot.addWidget(view)
    sizes = measured(view)
    digits = sizes.pop("digits")
    print(f"\n{'focus' if focus else 'windowed'} {size}: digits {digits:.0f} px tall "
          f"(font {view.clock.digits_font().pixelSize()} px); "
          + ", ".join(f"{name} {height:.0f}" for name, height in sizes.items())
          + f"; guide font {view.guide.pixel_size()} px, "
          f"next font {view.next_label.font().pixelSize()} px")
    for name, height in sizes.items():
        assert height >= digits * SECONDARY_SHARE - 0.5, (name, height, digits)
    # The rep counter is as large as the exercise's name.
    assert view.detail_label.full_text() == "Rep 1 / 20"
    assert view.detail_label.font().pixelSize() == view.name_label.font().pixelSize()
    # Still large digits: over 170 px tall at 1080p.
    assert digits >= 170
    assert view.clock.digits_font().pixelSize() >= 240
    assert view.guide.isVisibleTo(view) and view.guide.fits()


def test_focus_mode_keeps_next_and_time_left_and_makes_them_larger(qtbot: QtBot,
                                                                   clock: FakeClock) -> None:
    windowed = shown_view(clock, False, FULL_HD)
    focus = shown_view(clock, True, FULL_HD)
    for view in (windowed, focus):
        qtbot.addWidget(view)
    assert focus.next_label.isVisibleTo(focus) and focus.remaining_label.isVisibleTo(focus)
    assert not focus.hint_label.isVisibleTo(focus)
    assert focus.next_label.font().pixelSize() > windowed.next_label.font().pixelSize()
    assert focus.remaining_label.font().pixelSize() > windowed.remaining_label.font().pixelSize()


# -- 4. pausing moves nothing ---------------------------------------------------------------

def test_pause_shows_paused_without_moving_or_shrinking_the_digits(make_window: WindowFactory,
                                                                   qtbot: QtBot,
                                                                   clock: FakeClock) -> None:
    window = make_window(size=WINDOWED)
    start(window, qtbot, "mini-band-circuit")
    tick(window, clock, 12)
    view = window.countdown
    QApplication.processEvents()
    before = (view.clock.geometry(), view.clock.digits_font().pixelSize(),
              view.name_label.geometry(), view.next_label.geometry())
    qtbot.keyClick(window, Key.Key_Space)
    QApplication.processEvents()
    assert window.session is not None and window.session.state is State.PAUSED
    assert view.paused_label.isVisibleTo(window)
    assert view.paused_label.text() == "PAUSED · Space resumes"
    after = (view.clock.geometry(), view.clock.digits_font().pixelSize(),
             view.name_label.geometry(), view.next_label.geometry())
    assert after == before
    # The badge sits on the bar at the foot of the clock, clear of the digits.
    digits_bottom = (view.clock.digits_rect().center().y()
                     + ink_height(view.clock.digits_font()) / 2)
    assert view.paused_label.geometry().top() >= digits_bottom
    qtbot.keyClick(window, Key.Key_Space)
    QApplication.processEvents()
    assert not view.paused_label.isVisibleTo(window)
    assert (view.clock.geometry(), view.clock.digits_font().pixelSize()) == before[:2]


def test_digits_keep_their_size_from_segment_to_segment(make_window: WindowFactory,
                                                        qtbot: QtBot, clock: FakeClock) -> None:
    window = make_window(size=WINDOWED)
    start(window, qtbot, "squat-100")
    view = window.countdown
    sizes = set()
    for _ in range(6):  # get ready, rep sets (with a rep line), rests (without)
        QApplication.processEvents()
        sizes.add((view.clock.geometry().height(), view.clock.digits_font().pixelSize()))
        qtbot.keyClick(window, Key.Key_Right)
    assert len(sizes) == 1, sizes


# -- 5. done + left = the plan as it now stands ---------------------------------------------

def test_done_and_left_add_up_on_screen(window: MainWindow, qtbot: QtBot,
                                        clock: FakeClock) -> None:
    start(window, qtbot, "mini-band-circuit")
    view = window.countdown

    def shown() -> tuple[int, int, int]:
        done = re.fullmatch(r"(\S+) done", view.elapsed_label.text())
        left = re.fullmatch(r"(\S+) left of (\S+)", view.remaining_label.text())
        assert done and left, (view.elapsed_label.text(), view.remaining_label.text())
        return seconds_of(done[1]), seconds_of(left[1]), seconds_of(left[2])

    assert shown() == (0, 20 * 60 + 55, 20 * 60 + 55)
    tick(window, clock, 13.4)
    assert shown() == (13, 20 * 60 + 42, 20 * 60 + 55)
    qtbot.keyClick(window, Key.Key_Right)  # skip the rest of the first side (42 s)
    done, left, total = shown()
    assert done + left == total == 20 * 60 + 55 - 42
    qtbot.keyClick(window, Key.Key_Plus)
    done, left, total = shown()
    assert done + left == total == 20 * 60 + 55 - 42 + 10
    qtbot.keyClick(window, Key.Key_Space)
    clock.advance(500)  # paused: counts in neither
    window.driver.poke()  # type: ignore[union-attr]
    assert shown() == (done, left, total)
    qtbot.keyClick(window, Key.Key_Space)
    for step in (0.3, 7.7, 31.0):
        tick(window, clock, step)
        done, left, total = shown()
        assert done + left == total
    assert view.remaining_label.accessibleDescription().startswith("The rest of the plan")
    assert view.elapsed_label.accessibleDescription().startswith("Time spent exercising")


# -- 6. the jump list -----------------------------------------------------------------------

def test_jump_list_by_keys(window: MainWindow, qtbot: QtBot, clock: FakeClock) -> None:
    session = start(window, qtbot, "mini-band-circuit")
    tick(window, clock, 12)
    qtbot.keyClick(window, Key.Key_G)
    jump = window.jump_list
    assert jump.isVisible()
    lines = jump.visible_texts()
    assert lines[0] == "1. Quadruped hip extension (right) · Round 1 / 3 · 45 s   ← now"
    assert len(lines) == 3 * 7  # every exercise (each side) of every round, no rests
    # Letters go to the filter, not to the workout: N does not skip, Space does not pause.
    qtbot.keyClicks(window, "squat n")
    assert jump.filter.text() == "squat n"
    assert session.index == 1 and session.state is State.RUNNING
    qtbot.keyClick(window, Key.Key_Backspace)
    qtbot.keyClick(window, Key.Key_Backspace)
    qtbot.keyClick(window, Key.Key_Backspace)
    qtbot.keyClicks(window, " round 2")
    assert jump.visible_texts() == ["11. Squat duck walk · Round 2 / 3 · 45 s",
                                    "12. Squat · Round 2 / 3 · 45 s"]
    qtbot.keyClick(window, Key.Key_Down)
    qtbot.keyClick(window, Key.Key_Return)
    assert not jump.isVisible()
    assert session.segment.label == "Squat" and session.segment.round == 2
    assert session.segment_elapsed_s() == 0 and session.state is State.RUNNING
    assert window.countdown.name_label.full_text() == "Squat"
    assert session.outcomes[1] is Outcome.SKIPPED

    # Ctrl+G opens it too, Esc closes it without stopping or leaving focus mode.
    qtbot.keyClick(window, Key.Key_F)
    qtbot.keyClick(window, Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert jump.isVisible()
    qtbot.keyClick(window, Key.Key_Escape)
    assert not jump.isVisible() and window.focus_mode
    assert session.state is State.RUNNING
    qtbot.keyClick(window, Key.Key_G)
    qtbot.keyClick(window, Key.Key_Up)  # back one: the exercise before
    qtbot.keyClick(window, Key.Key_Enter)
    assert session.segment.label == "Squat duck walk" and session.segment.round == 2


def test_jump_list_closes_when_the_workout_ends(window: MainWindow, qtbot: QtBot,
                                                clock: FakeClock) -> None:
    session = start(window, qtbot, "knee-clamp")
    qtbot.keyClick(window, Key.Key_G)
    assert window.jump_list.isVisible()
    tick(window, clock, session.plan.total_s + 1)
    assert window.page() is Page.SUMMARY and not window.jump_list.isVisible()


# -- 7. the keys in the table ---------------------------------------------------------------

def test_ctrl_shift_o_opens_the_routines_folder_through_the_picker(
        window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[bool] = []
    monkeypatch.setattr(window.picker, "open_routines_folder", lambda: opened.append(True),
                        raising=False)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Key.Key_O, ctrl_shift)
    assert opened == [True]
    window.picker.select("knee-clamp")
    qtbot.keyClick(window, Key.Key_Return)
    qtbot.keyClick(window, Key.Key_O, ctrl_shift)  # list only
    assert opened == [True]


def test_the_overlay_lists_the_new_keys(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Key.Key_Question)
    text = window.overlay.text()
    for keys in ("I: Show or hide the exercise's instructions", "G or Ctrl+G: Jump list",
                 "Ctrl+Shift+O: Open the routines folder"):
        assert keys in text
    assert isinstance(window.countdown.hint_label, QLabel)
    assert "G jump" in window.countdown.hint_label.full_text()


def test_fonts_are_pixel_sized() -> None:
    # The measurements above compare pixel heights: every font involved is set in pixels.
    assert QFont().pixelSize() == -1 or QFont().pixelSize() > 0
