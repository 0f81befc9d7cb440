"""The summary tells the truth (issue 9): "Workout complete" only when it was, otherwise how
far the workout got or how much exercise was skipped; active time leaves out the get-ready
countdown and pauses; plain words ("steps"), plurals right. On a fake clock, without Qt.
"""

from __future__ import annotations

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import SegmentKind, build_plan
from leg_timer.core.routine import Routine
from leg_timer.core.session import Session
from leg_timer.library import load_library
from leg_timer.present import display
from tests.conftest import FakeClock

LIBRARY = load_library(None)

MANUAL = b"""version: 1
name: Manual check
description: One timed interval and a rep set at your own pace.
prepare: 5s
exercises:
  - name: March
    work: 20s
    rest: 10s
  - name: Squat
    reps: 12
"""


def started(routine: Routine, clock: FakeClock) -> Session:
    session = Session(build_plan(routine, None), clock)
    session.start()
    return session


def run_out(session: Session, clock: FakeClock) -> None:
    """Let the clock run every timed step to its end."""
    while session.is_active:
        remaining = session.segment_remaining_s()
        assert remaining is not None, "a manual set needs Enter"
        clock.advance(remaining)
        session.update()


def test_a_whole_workout_is_complete_and_its_active_time_leaves_out_get_ready(
        clock: FakeClock) -> None:
    session = started(LIBRARY.find("mini-band-circuit"), clock)
    clock.advance(4)
    session.pause()
    clock.advance(300)  # a long pause is not active time either
    session.resume()
    run_out(session, clock)
    summary = display.summary(session, "Leg Timer")
    steps = len(session.plan.segments) - 1  # all but the get-ready countdown
    assert summary.heading == "Workout complete" and summary.complete
    assert (summary.done, summary.skipped, summary.total) == (steps, 0, steps)
    assert (summary.done_text, summary.skipped_text) == (f"{steps} of {steps}", "none")
    assert session.plan.total_s == 1255.0 and session.plan.segments[0].duration_s == 10.0
    assert summary.active_text == "20:45"  # 1255 s planned, less the 10 s get-ready
    assert summary.title == "Done · Mini-band circuit — Leg Timer"


def test_stopped_early_says_how_far_it_got(clock: FakeClock) -> None:
    session = started(LIBRARY.find("calf-cramp-relief"), clock)
    clock.advance(10)  # get-ready
    session.update()
    clock.advance(20 + 10 + 30 + 10)  # hold, rest, hold, rest: 4 steps done
    session.update()
    clock.advance(12.6)
    session.stop()
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Stopped after 4 of 11 steps"
    assert not summary.complete
    assert (summary.done_text, summary.skipped_text) == ("4 of 11", "none")
    assert summary.active_text == "1:22"  # 70 s of steps and 12.6 s into the fifth
    assert summary.title == "Stopped · Calf cramp relief — Leg Timer"


def test_stopped_during_get_ready_has_no_active_time(clock: FakeClock) -> None:
    session = started(LIBRARY.find("legs-up-the-wall"), clock)
    clock.advance(25)
    session.stop()
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Stopped after 0 of 1 step"  # one step: singular
    assert summary.active_text == "0:00" and summary.done_text == "0 of 1"


def test_skipped_exercise_time_is_said_and_is_not_complete(clock: FakeClock) -> None:
    session = started(LIBRARY.find("legs-up-the-wall"), clock)
    clock.advance(30)
    session.update()
    clock.advance(120)  # 2 of the 10 minutes, then skip the rest of the pose
    session.next()
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Finished, 8 min skipped"
    assert not summary.complete
    assert (summary.done_text, summary.skipped_text) == ("0 of 1", "1 step · 8 min")
    assert summary.active_text == "2:00"
    assert summary.title == "Finished · Legs up the wall — Leg Timer"


def test_skipping_rests_and_get_ready_still_completes_the_workout(clock: FakeClock) -> None:
    session = started(LIBRARY.find("calf-cramp-relief"), clock)
    session.next()  # skip get-ready
    while session.is_active:
        if session.segment.kind is SegmentKind.REST:
            session.next()
            continue
        remaining = session.segment_remaining_s()
        assert remaining is not None
        clock.advance(remaining)
        session.update()
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Workout complete"
    assert summary.skipped == 5 and summary.skipped_text == "5 steps · 50 s"


def test_a_skipped_rep_set_is_counted_in_sets(clock: FakeClock) -> None:
    routine = load_routine_bytes(MANUAL, "manual.yaml", "manual")
    session = started(routine, clock)
    clock.advance(5 + 20 + 10)
    session.update()
    assert session.segment.is_manual
    clock.advance(3)
    session.next()
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Finished, 1 set skipped"
    assert summary.skipped_text == "1 step"
    assert summary.active_text == "0:33"


def test_going_back_into_get_ready_keeps_it_out_of_active_time(clock: FakeClock) -> None:
    session = started(LIBRARY.find("legs-up-the-wall"), clock)
    clock.advance(30)
    session.update()
    clock.advance(1)
    session.previous()  # within 2 s: back to the get-ready countdown
    assert session.segment.kind is SegmentKind.PREPARE
    run_out(session, clock)
    summary = display.summary(session, "Leg Timer")
    assert summary.heading == "Workout complete"
    assert summary.active_text == "10:01"  # the pose, and the 1 s run before going back
