"""Property tests: random valid routines, random commands at random instants.

Whatever a user presses and whenever, the session keeps its invariants: events in time order,
segments entered in order (forward, or back by "previous"), remaining time never negative,
and active time equal to the time actually spent running.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.session import Event, EventKind, Session, State
from tests.conftest import FakeClock

durations = st.sampled_from(["0", "1", "2.5", "5s", "10s", "45s", "1m", "1m30s"])
positive = st.sampled_from(["1", "2.5", "5s", "10s", "45s", "1m"])


@st.composite
def exercises(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(["work", "hold", "reps", "manual", "total"]))
    lines = [f"  - name: Ex{draw(st.integers(0, 99))}"]
    if shape in ("work", "hold"):
        lines.append(f"    {shape}: {draw(positive)}")
        lines.append(f"    repeat: {draw(st.integers(1, 3))}")
    elif shape == "total":
        lines.append(f"    total_reps: {draw(st.integers(1, 12))}")
        lines.append(f"    sets: {draw(st.integers(1, 4))}")
        lines.append(f"    tempo: {draw(st.sampled_from(['1', '2s', '0.5']))}")
    else:
        lines.append(f"    reps: {draw(st.integers(1, 5))}")
        lines.append(f"    sets: {draw(st.integers(1, 3))}")
        if shape == "reps":
            lines.append(f"    tempo: {draw(st.sampled_from(['1', '2s', '0.5']))}")
    lines.append(f"    rest: {draw(durations)}")
    lines.append(f"    sides: {draw(st.sampled_from(['none', 'both', '[left, right]', 'left']))}")
    if draw(st.booleans()):
        lines.append(f"    switch: {draw(durations)}")
    return "\n".join(lines)


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    text = "\n".join([
        "version: 1",
        "name: Random",
        f"prepare: {draw(durations)}",
        f"rounds: {draw(st.integers(1, 3))}",
        f"round_rest: {draw(durations)}",
        f"skip_final_rest: {draw(st.sampled_from(['true', 'false']))}",
        f"cues: {{countdown: {draw(st.integers(0, 5))}, halfway: {draw(st.booleans())}, "
        f"interval: {draw(st.sampled_from(['0', '7s', '20s']))}}}".lower(),
        "exercises:",
        *draw(st.lists(exercises(), min_size=1, max_size=4)),
    ])
    if draw(st.booleans()):
        text += f"\ncooldown:\n  duration: {draw(positive)}\n"
    return build_plan(load_routine_bytes(text.encode(), "random.yaml", "random"))


@dataclass
class Step:
    wait_s: float
    command: str
    amount: float = 0.0


steps = st.lists(
    st.builds(
        Step,
        wait_s=st.floats(min_value=0, max_value=90, allow_nan=False) | st.sampled_from([0, 1, 2]),
        command=st.sampled_from(["update", "update", "update", "toggle", "next", "previous",
                                 "add", "remove", "done", "pause_back"]),
        amount=st.floats(min_value=0, max_value=5, allow_nan=False),
    ),
    max_size=40,
)


@settings(max_examples=250, deadline=None)
@given(plans(), steps)
def test_session_invariants(plan: Plan, script: list[Step]) -> None:
    clock = FakeClock()
    session = Session(plan, clock)
    events: list[Event] = []
    session.subscribe(events.append)
    session.start()
    run_time = 0.0
    for step in script:
        before = clock.now
        was_running = session.state is State.RUNNING
        clock.advance(step.wait_s)
        if step.command == "pause_back" and was_running:
            # A sleep noticed late: pause at an earlier instant; the time since is not run.
            pause_at = before + step.amount / 5 * step.wait_s
            session.pause(at=pause_at)
            end = session.ended_at if session.state is State.FINISHED else pause_at
            assert end is not None
            run_time += end - before
            check_invariants(session, plan)
            assert session.active_s() == pytest.approx(run_time, abs=1e-6)
            continue
        session.update()
        if was_running:
            end = session.ended_at if session.state is State.FINISHED else None
            run_time += (end if end is not None else clock.now) - before
        check_invariants(session, plan)
        if step.command == "toggle":
            session.toggle()
        elif step.command == "next":
            session.next()
        elif step.command == "previous":
            session.previous()
        elif step.command == "add":
            session.add_time(10)
        elif step.command == "remove":
            session.add_time(-10)
        elif step.command == "done":
            session.done()
        check_invariants(session, plan)
        assert session.active_s() == pytest.approx(run_time, abs=1e-6)
    check_event_order(events, plan)


def check_invariants(session: Session, plan: Plan) -> None:
    assert 0 <= session.index < len(plan.segments)
    remaining = session.segment_remaining_s()
    if remaining is not None:
        assert remaining >= 0
        duration = session.segment_duration_s()
        assert duration is not None and remaining <= duration + 1e-9
    assert session.remaining_total_s() >= 0
    assert session.active_s() >= 0
    if session.state in (State.PAUSED, State.IDLE, State.FINISHED, State.STOPPED):
        assert session.next_wakeup_at() is None
    else:
        wake = session.next_wakeup_at()
        assert wake is not None and wake >= session.now() - 1e-9


def check_event_order(events: list[Event], plan: Plan) -> None:
    ats = [event.at for event in events]
    assert ats == sorted(ats), "events out of time order"
    current: int | None = None
    for event in events:
        if event.kind is EventKind.SEGMENT_STARTED:
            assert event.index is not None
            if current is not None:
                assert event.index in (current + 1, current, current - 1)
            current = event.index
        elif event.kind in (EventKind.SEGMENT_ENDED, EventKind.CUE_DUE):
            assert event.index == current
    finished = [e for e in events if e.kind is EventKind.SESSION_FINISHED]
    if finished:
        assert events[-1].kind is EventKind.SESSION_FINISHED
        assert current == len(plan.segments) - 1
