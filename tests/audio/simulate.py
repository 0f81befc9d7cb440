"""Runs a plan to the end on a fake clock and collects its events (no Qt, no real time)."""

from __future__ import annotations

from leg_timer.core.plan import Plan
from leg_timer.core.session import Event, Session, State
from tests.conftest import FakeClock

START = 1000.0
MANUAL_SET_S = 5.0  # how long a "press when done" rep set takes in a simulation


def run_session(plan: Plan, clock: FakeClock | None = None) -> list[Event]:
    """Every event of ``plan`` run start to finish, waking exactly when the session asks."""
    clock = clock or FakeClock(START)
    session = Session(plan, clock)
    events: list[Event] = []
    session.subscribe(events.append)
    session.start()
    guard = 0
    while session.state is State.RUNNING:
        guard += 1
        assert guard < 100_000, "the session never finished"
        if session.segment.is_manual:
            clock.advance(MANUAL_SET_S)
            session.done()
            continue
        wake = session.next_wakeup_at()
        assert wake is not None
        clock.advance(wake - clock.now)
        session.update()
    return events
