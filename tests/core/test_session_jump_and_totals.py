"""Jumping to any segment, and session totals that add up, on a fake clock (issue 9)."""

from __future__ import annotations

import pytest

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import build_plan
from leg_timer.core.session import Event, EventKind, Outcome, Session, State
from leg_timer.library import load_library
from tests.conftest import FakeClock

SIMPLE = b"""
version: 1
name: Simple
prepare: 5s
exercises:
  - name: Squat
    work: 30s
    rest: 10s
  - name: Lunge
    work: 20s
    sides: both
    switch: 5s
    rest: 10s
  - name: Bridge
    work: 15s
"""
# Segments: 0 get ready 5, 1 squat 30, 2 rest 10, 3 lunge right 20, 4 switch 5,
# 5 lunge left 20, 6 rest 10, 7 bridge 15: 115 s in all.


def started(clock: FakeClock) -> tuple[Session, list[Event]]:
    session = Session(build_plan(load_routine_bytes(SIMPLE, "t.yaml", "t")), clock)
    events: list[Event] = []
    session.subscribe(events.append)
    session.start()
    return session, events


def test_plan_shape() -> None:
    plan = build_plan(load_routine_bytes(SIMPLE, "t.yaml", "t"))
    assert [s.duration_s for s in plan.segments] == [5, 30, 10, 20, 5, 20, 10, 15]
    assert plan.total_s == 115


def test_jump_forward_skips_what_it_passes(clock: FakeClock) -> None:
    session, events = started(clock)
    clock.advance(8)  # 3 s into the squat
    session.update()
    events.clear()
    session.jump_to(5)
    assert session.index == 5 and session.segment_elapsed_s() == 0
    assert session.segment_remaining_s() == 20
    assert session.outcomes[:5] == [Outcome.COMPLETED, Outcome.SKIPPED, Outcome.SKIPPED,
                                    Outcome.SKIPPED, Outcome.SKIPPED]
    assert [(e.kind, e.index) for e in events if e.kind is not EventKind.CUE_DUE] == [
        (EventKind.SEGMENT_ENDED, 1), (EventKind.SEGMENT_STARTED, 5)]
    assert events[0].outcome is Outcome.SKIPPED and events[0].at == clock.now
    assert session.active_s() == 8  # time spent stays spent
    clock.advance(20)
    session.update()
    assert session.index == 6  # the jumped-to segment runs its full length


def test_jump_back_makes_segments_unreached_and_restarts_the_target(clock: FakeClock) -> None:
    session, _ = started(clock)
    clock.advance(5 + 30 + 10 + 4)  # 4 s into the right lunge
    session.update()
    assert session.index == 3
    session.jump_to(1)
    assert session.index == 1 and session.segment_remaining_s() == 30
    assert session.outcomes[1:4] == [None, None, None]
    assert session.active_s() == 49
    session.jump_to(1)  # the segment in progress: from its start again
    assert session.segment_elapsed_s() == 0 and session.state is State.RUNNING


def test_jump_while_paused_stays_paused(clock: FakeClock) -> None:
    session, _ = started(clock)
    clock.advance(7)
    session.pause()
    session.jump_to(7)
    assert session.state is State.PAUSED and session.index == 7
    clock.advance(100)  # paused: nothing runs
    assert session.segment_remaining_s() == 15
    session.resume()
    clock.advance(15)
    session.update()
    assert session.state is State.FINISHED


def test_jump_to_a_segment_that_does_not_exist(clock: FakeClock) -> None:
    session, _ = started(clock)
    with pytest.raises(IndexError):
        session.jump_to(8)
    with pytest.raises(IndexError):
        session.jump_to(-1)


def test_done_and_left_add_up_to_the_plan_as_it_now_stands(clock: FakeClock) -> None:
    """Done is time spent (pauses left out); left is the rest of the plan as it now stands;
    the two always add up to the plan's total after skips and adjustments."""
    session, _ = started(clock)

    def check(expected_total: float) -> None:
        assert session.active_s() + session.remaining_total_s() == pytest.approx(expected_total)
        assert session.planned_total_s() == pytest.approx(expected_total)

    check(115)
    clock.advance(13)  # 8 s into the squat
    session.update()
    check(115)
    session.pause()
    clock.advance(60)  # pauses count in neither
    check(115)
    session.resume()
    session.next()  # skip the squat 8 s in: its 22 s left go from the plan
    check(115 - 22)
    session.add_time(10)  # +10 s on the rest
    check(115 - 22 + 10)
    session.add_time(-10)
    session.add_time(-10)  # -10 s: the rest is now 0 s long (ends at once)
    session.update()
    check(115 - 22 - 10)
    clock.advance(3)
    session.previous()  # 3 s into the lunge: restart it, the 3 s stay spent
    check(115 - 22 - 10 + 3)
    session.jump_to(7)  # over 25 s of lunge, switch and rest... and 20 s of lunge right
    check(13 + 3 + 15)  # spent so far + the bridge
    clock.advance(15)
    session.update()
    assert session.state is State.FINISHED
    assert session.remaining_total_s() == 0
    check(13 + 3 + 15)


def test_totals_add_up_through_a_real_routine_with_random_commands(clock: FakeClock) -> None:
    import random

    chooser = random.Random(9)
    plan = build_plan(load_library(None).find("mini-band-circuit"))
    session = Session(plan, clock)
    session.start()
    total = plan.total_s
    while session.is_active:
        before_done, before_left = session.active_s(), session.remaining_total_s()
        step = chooser.choice(["tick", "tick", "tick", "next", "add", "remove", "jump"])
        if step == "tick":
            clock.advance(chooser.uniform(0.1, 20))
            session.update()
        elif step == "next":
            session.next()
        elif step == "add":
            session.add_time(10)
        elif step == "remove":
            session.add_time(-10)
        else:
            session.jump_to(chooser.randrange(len(plan.segments)))
        total = session.planned_total_s()
        assert session.active_s() + session.remaining_total_s() == pytest.approx(total)
        assert session.active_s() >= before_done - 1e-9
        del before_left
