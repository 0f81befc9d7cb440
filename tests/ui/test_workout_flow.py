"""The whole workout driven by key presses on the window, on a fake clock: pick a routine by
searching, adjust a parameter, start, pause, add time, skip, go back, finish, and back again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.core.durations import format_clock
from leg_timer.core.plan import build_plan
from leg_timer.core.session import Outcome, State
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.conftest import RecordingKeepAwake

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key


def tick(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass and let the driver run what fell due (its QTimer never waits)."""
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()


def test_pick_adjust_start_pause_skip_and_finish(window: MainWindow, qtbot: QtBot,
                                                 clock: FakeClock,
                                                 keep_awake: RecordingKeepAwake) -> None:
    assert window.windowTitle() == "Leg Timer"
    assert window.page() is Page.PICKER

    # Type to search (the keys land on the window, which hands them to the search field).
    qtbot.keyClicks(window, "band ci")
    picker = window.picker
    assert picker.search.text() == "band ci"
    assert picker.visible_keys() == ["mini-band-circuit"]
    assert picker.current_routine() is not None
    assert picker.details.name_label.text() == "Mini-band circuit"

    # Adjust a parameter with the keyboard: one round, shorter rests; the total follows.
    rounds = picker.details.spin_boxes["rounds"]
    rounds.setFocus()
    qtbot.keyClick(rounds, Key.Key_Down)
    qtbot.keyClick(rounds, Key.Key_Down)
    rest = picker.details.spin_boxes["rest"]
    rest.setFocus()
    qtbot.keyClick(rest, Key.Key_Down)
    assert picker.current_values() == {"rest": 10.0, "rounds": 1.0}
    routine = picker.current_routine()
    assert routine is not None
    total = build_plan(routine, {"rest": 10, "rounds": 1}).total_s
    assert picker.details.total_label.text().startswith(f"Total {format_clock(total)} ·")

    # Enter in the spin box starts the routine.
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.WORKOUT
    view = window.countdown
    assert window.windowTitle() == "0:10 · Get ready — Leg Timer"
    assert view.banner.text() == "GET READY"
    assert view.clock.text() == "0:10"
    assert view.next_label.full_text() == "Next: Quadruped hip extension (right) · in 10 s"
    assert keep_awake.calls == ["inhibit"]

    tick(window, clock, 10)
    assert window.windowTitle() == "0:45 · Quadruped hip extension (right) — Leg Timer"
    assert view.banner.text() == "WORK"
    assert view.name_label.full_text() == "Quadruped hip extension"
    assert view.side_label.text() == "RIGHT SIDE"
    assert view.counters_label.text() == ""  # one round: no "Round 1 / 1"
    assert view.next_label.full_text() == (  # the next exercise, not the break before it
        "Next: Quadruped hip extension (left) · after 10 s")

    tick(window, clock, 5.5)
    assert view.clock.text() == "0:40"  # 39.5 s left shows as 0:40 (rounded up)
    assert view.elapsed_label.text() == "0:15 done"

    # Space pauses: the title says so, PAUSED shows, nothing is armed, the screen may sleep.
    qtbot.keyClick(window, Key.Key_Space)
    assert window.session is not None and window.session.state is State.PAUSED
    assert window.windowTitle() == "Paused · 0:40 · Quadruped hip extension (right) — Leg Timer"
    assert view.paused_label.isVisibleTo(window)
    assert window.driver is not None and not window.driver.timer_active
    assert keep_awake.calls == ["inhibit", "release"]
    clock.advance(300)  # time paused does not count
    window.driver.poke()
    assert view.clock.text() == "0:40"

    qtbot.keyClick(window, Key.Key_Space)
    assert window.windowTitle() == "0:40 · Quadruped hip extension (right) — Leg Timer"
    assert not view.paused_label.isVisibleTo(window)
    assert keep_awake.calls == ["inhibit", "release", "inhibit"]

    # + and - (and =, and the keypad) add and take 10 s.
    qtbot.keyClick(window, Key.Key_Plus)
    assert view.clock.text() == "0:50"
    qtbot.keyClick(window, Key.Key_Equal)
    assert view.clock.text() == "1:00"
    qtbot.keyClick(window, Key.Key_Minus)
    qtbot.keyClick(window, Key.Key_Minus, Qt.KeyboardModifier.KeypadModifier)
    assert view.clock.text() == "0:40"

    # Right skips; Left within 2 s goes back; P more than 2 s in restarts the segment.
    qtbot.keyClick(window, Key.Key_Right)
    assert window.windowTitle() == "0:10 · Switch sides — Leg Timer"
    assert view.banner.text() == "SWITCH SIDES"
    assert not view.side_label.isVisibleTo(window)
    qtbot.keyClick(window, Key.Key_Left)
    assert window.windowTitle() == "0:45 · Quadruped hip extension (right) — Leg Timer"
    tick(window, clock, 3)
    qtbot.keyClick(window, Key.Key_P)
    assert window.windowTitle() == "0:45 · Quadruped hip extension (right) — Leg Timer"
    qtbot.keyClick(window, Key.Key_N)
    qtbot.keyClick(window, Key.Key_N)
    assert window.windowTitle() == "0:45 · Quadruped hip extension (left) — Leg Timer"
    assert view.side_label.text() == "LEFT SIDE"

    # Let the rest run out on the clock.
    session = window.session
    assert session is not None
    while window.page() is Page.WORKOUT:
        tick(window, clock, 7)
    assert window.page() is Page.SUMMARY
    counts = session.counts()
    assert counts[Outcome.SKIPPED] == 2  # Right was undone by Left; then N, N
    summary = window.summary
    # A skipped work interval: finished, not complete (issue 9); get-ready is not a step.
    assert summary.heading_label.text().startswith("Finished, ")
    assert summary.heading_label.text().endswith(" s skipped")
    assert summary.routine_label.text() == "Mini-band circuit"
    steps = len(session.plan.segments) - 1
    assert summary.done_label.text() == f"{counts[Outcome.COMPLETED] - 1} of {steps}"
    assert summary.skipped_label.text().startswith("2 steps · ")
    get_ready_s = session.segment_run_s(0)
    assert summary.active_label.text() == format_clock(
        int(session.active_s() - get_ready_s + 1e-6))
    assert window.windowTitle() == "Finished · Mini-band circuit — Leg Timer"
    assert keep_awake.calls[-1] == "release"
    assert not window.driver.timer_active

    # R repeats; Enter on the summary goes back to the picker.
    qtbot.keyClick(window, Key.Key_R)
    assert window.page() is Page.WORKOUT
    assert window.windowTitle() == "0:10 · Get ready — Leg Timer"
    for _ in range(len(session.plan.segments)):
        qtbot.keyClick(window, Key.Key_Right)
    assert window.page() is Page.SUMMARY
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.PICKER
    assert window.windowTitle() == "Leg Timer"
    assert window.driver is None


def test_restart_key_runs_the_routine_again_from_the_top(window: MainWindow, qtbot: QtBot,
                                                        clock: FakeClock) -> None:
    window.picker.select("o-leg-correction")
    qtbot.keyClick(window, Key.Key_Space)  # Space starts from the list too
    tick(window, clock, 25)
    assert window.countdown.banner.text() == "HOLD"
    assert window.countdown.counters_label.text() == "Set 2 / 3"
    qtbot.keyClick(window, Key.Key_R)
    assert window.windowTitle() == "0:10 · Get ready — Leg Timer"


def test_paced_set_counts_reps_with_the_tempo(window: MainWindow, qtbot: QtBot,
                                              clock: FakeClock) -> None:
    window.picker.select("squat-100")
    qtbot.keyClick(window, Key.Key_Return)
    tick(window, clock, 10)
    view = window.countdown
    assert view.banner.text() == "REPS"
    assert view.counters_label.text() == "Set 1 / 5"
    assert view.detail_label.full_text() == "Rep 1 / 20"
    tick(window, clock, 2.9)
    assert view.detail_label.full_text() == "Rep 1 / 20"
    tick(window, clock, 0.2)  # 3.1 s in at 3 s a squat
    assert view.detail_label.full_text() == "Rep 2 / 20"
    tick(window, clock, 56.8)  # 59.9 s in: the last rep, never "21 / 20"
    assert view.detail_label.full_text() == "Rep 20 / 20"


MANUAL_ROUTINE = """\
version: 1
name: Wall sit and squats
description: Squats at your own pace.
tags: [strength]
prepare: 5s
exercises:
  - name: Free squat
    reps: 12
    sets: 2
    rest: 20s
"""


def test_manual_set_counts_up_and_ends_on_enter(make_window: object, qtbot: QtBot,
                                                clock: FakeClock, user_dir: object) -> None:
    from pathlib import Path

    assert isinstance(user_dir, Path)
    (user_dir / "manual.yaml").write_text(MANUAL_ROUTINE, encoding="utf-8")
    assert callable(make_window)
    window: MainWindow = make_window()
    assert window.picker.select("manual")
    assert window.picker.row_data("manual", Qt.ItemDataRole.UserRole + 1) == (
        "0:25 + 2 sets at your pace")
    qtbot.keyClick(window, Key.Key_Return)
    tick(window, clock, 5)
    view = window.countdown
    assert view.banner.text() == "REPS"
    assert view.detail_label.full_text() == "12 reps · press Enter when done"
    assert view.clock.text() == "0:00"
    tick(window, clock, 64.5)
    assert view.clock.text() == "1:04"  # counting up, whole seconds done
    assert window.windowTitle() == "1:04 · Free squat — Leg Timer"
    qtbot.keyClick(window, Key.Key_Return)
    assert view.banner.text() == "REST"
    assert window.session is not None
    assert window.session.counts()[Outcome.COMPLETED] == 2
    qtbot.keyClick(window, Key.Key_Return)  # Enter on a timed segment does nothing
    assert view.banner.text() == "REST"


def test_sleep_pauses_and_says_so(make_window: object, qtbot: QtBot, clock: FakeClock) -> None:
    asleep = [0.0]

    def boot_clock() -> float:
        return clock.now + asleep[0]

    assert callable(make_window)
    window: MainWindow = make_window(sleep_clock=boot_clock)
    window.picker.select("squat-100")
    qtbot.keyClick(window, Key.Key_Return)
    tick(window, clock, 4)
    asleep[0] = 600.0  # the lid was closed for ten minutes
    tick(window, clock, 0.5)
    assert window.session is not None and window.session.state is State.PAUSED
    notice = window.countdown.notice_label
    assert notice.isVisibleTo(window)
    assert notice.text().startswith("Paused: the computer slept")
    assert window.windowTitle().startswith("Paused · 0:06 · ")
    qtbot.keyClick(window, Key.Key_Space)
    assert window.session.state is State.RUNNING
    assert not notice.isVisibleTo(window)
