"""The Qt driver: one precise single-shot timer armed for what the session says is next."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.session import Event, EventKind, Session, State
from leg_timer.desktop.clocks import monotonic
from leg_timer.ui.driver import LEAD_MS, SessionDriver
from tests.conftest import FakeClock

ROUTINE = b"""
version: 1
name: Driver
prepare: 1s
exercises:
  - name: Squat
    work: 2s
    rest: 1s
  - name: Lunge
    work: 1.5s
"""


@pytest.fixture
def plan() -> Plan:
    return build_plan(load_routine_bytes(ROUTINE, "driver.yaml", "driver"))


def make(plan: Plan, clock: FakeClock, **kwargs: object) -> SessionDriver:
    waits: list[float] = []

    def fine_wait(seconds: float) -> None:
        waits.append(seconds)
        clock.advance(seconds)

    driver = SessionDriver(Session(plan, clock), clock, fine_wait=fine_wait,
                           **kwargs)  # type: ignore[arg-type]
    driver.waits = waits  # type: ignore[attr-defined]
    return driver


def test_nothing_is_armed_while_idle_paused_or_over(qtbot: QtBot, plan: Plan,
                                                    clock: FakeClock) -> None:
    driver = make(plan, clock)
    assert not driver.timer_active
    driver.command("start")
    assert driver.timer_active
    assert driver._timer.timerType() is Qt.TimerType.PreciseTimer
    assert driver._timer.isSingleShot()
    driver.command("pause")
    assert not driver.timer_active
    driver.command("resume")
    assert driver.timer_active
    driver.command("stop")
    assert not driver.timer_active


def test_armed_just_before_the_next_instant_then_waits_the_rest(qtbot: QtBot, plan: Plan,
                                                                clock: FakeClock) -> None:
    driver = make(plan, clock)
    started: list[Event] = []
    driver.session_event.connect(
        lambda e: started.append(e) if e.kind is EventKind.SEGMENT_STARTED else None)
    driver.command("start")
    # Next: the shown second changes 1 s after the start: armed LEAD_MS early.
    assert driver._timer.interval() == 1000 - LEAD_MS
    clock.advance((1000 - LEAD_MS) / 1000)
    driver._on_timeout()
    assert driver.waits == [pytest.approx(LEAD_MS / 1000)]  # type: ignore[attr-defined]
    assert [e.index for e in started] == [0, 1]
    assert started[1].at == 1000.0 + 1.0
    driver.command("stop")


def test_a_far_too_early_wakeup_only_rearms(qtbot: QtBot, plan: Plan, clock: FakeClock) -> None:
    driver = make(plan, clock)
    changes: list[None] = []
    driver.command("start")
    driver.changed.connect(lambda: changes.append(None))
    clock.advance(0.5)  # a timer that fired half a second early
    driver._on_timeout()
    assert changes == [] and driver.waits == []  # type: ignore[attr-defined]
    assert driver._timer.interval() == 500 - LEAD_MS
    driver.command("stop")


def test_sleep_pauses_where_the_session_was(qtbot: QtBot, plan: Plan, clock: FakeClock) -> None:
    boot = FakeClock(start=50.0)
    driver = make(plan, clock, sleep_clock=boot)
    slept: list[float] = []
    driver.slept.connect(slept.append)
    driver.command("start")
    clock.advance(0.5)
    boot.advance(0.5)
    driver.poke()
    # The machine sleeps for 10 minutes: the boot-time clock counts it, monotonic does not,
    # and the first wake-up after it comes 0.3 s later on the monotonic clock.
    boot.advance(600.0)
    clock.advance(0.3)
    boot.advance(0.3)
    driver.poke()
    session = driver.session
    assert session.state is State.PAUSED
    assert slept == [pytest.approx(600.0)]
    assert session.segment_elapsed_s() == pytest.approx(0.5)  # where it was before the sleep
    assert not driver.timer_active


def test_real_time_boundaries_land_close_to_plan(qtbot: QtBot, plan: Plan) -> None:
    """A real clock and a real event loop. The bound is loose so a busy machine never flakes;
    bench/boundaries.py measures the real accuracy (goal: max error under 5 ms)."""
    session = Session(plan, monotonic)
    driver = SessionDriver(session, monotonic)
    lateness_s: list[float] = []
    planned: list[tuple[float, float]] = []

    def record(event: Event) -> None:
        if event.kind is EventKind.SEGMENT_STARTED and event.index:
            lateness_s.append(time.monotonic() - event.at)
            assert session.started_at is not None
            planned.append((event.at, session.started_at + plan.segments[event.index].start_s))

    driver.session_event.connect(record)
    driver.command("start")
    qtbot.waitUntil(lambda: session.state is State.FINISHED, timeout=15_000)
    assert len(lateness_s) == len(plan.segments) - 1
    assert all(-0.001 <= late < 0.25 for late in lateness_s), lateness_s
    for due, expected in planned:  # every instant is start + offset: no drift at all
        assert due == pytest.approx(expected, abs=1e-9)
    assert not driver.timer_active
