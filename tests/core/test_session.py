"""The session state machine on a fake clock: commands, events and exact instants."""

from __future__ import annotations

import pytest

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import CueKind, Plan, build_plan
from leg_timer.core.session import Event, EventKind, IllegalTransition, Outcome, Session, State
from tests.conftest import FakeClock

T0 = 1000.0

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
"""
MANUAL = b"""
version: 1
name: Manual
prepare: 0
exercises:
  - name: Push
    reps: 10
    sets: 2
    rest: 30s
"""


def plan_of(text: bytes) -> Plan:
    return build_plan(load_routine_bytes(text, "t.yaml", "t"))


class Recorder:
    def __init__(self, session: Session) -> None:
        self.events: list[Event] = []
        session.subscribe(self.events.append)

    def kinds(self) -> list[EventKind]:
        return [event.kind for event in self.events]

    def of(self, kind: EventKind) -> list[Event]:
        return [event for event in self.events if event.kind is kind]

    def clear(self) -> None:
        self.events.clear()


@pytest.fixture
def simple(clock: FakeClock) -> tuple[Session, Recorder]:
    session = Session(plan_of(SIMPLE), clock)
    return session, Recorder(session)


def test_plan_layout() -> None:
    plan = plan_of(SIMPLE)
    assert [(s.kind.value, s.label, s.start_s, s.duration_s) for s in plan.segments] == [
        ("prepare", "Get ready", 0, 5),
        ("work", "Squat", 5, 30),
        ("rest", "Rest", 35, 10),
        ("work", "Lunge (right)", 45, 20),
        ("switch", "Switch sides", 65, 5),
        ("work", "Lunge (left)", 70, 20),
    ]
    assert plan.total_s == 90


def test_idle_session_wants_no_wakeup(simple: tuple[Session, Recorder]) -> None:
    session, _ = simple
    assert session.state is State.IDLE
    assert session.next_wakeup_at() is None


def test_boundaries_land_on_planned_instants_even_when_woken_late(
        simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    clock.advance(80.0)  # one very late wake-up, far past several boundaries
    session.update()
    started = recorder.of(EventKind.SEGMENT_STARTED)
    assert [(e.index, e.at) for e in started] == [
        (0, T0), (1, T0 + 5), (2, T0 + 35), (3, T0 + 45), (4, T0 + 65), (5, T0 + 70)]
    assert session.index == 5
    assert session.segment_remaining_s() == pytest.approx(10.0)
    ats = [e.at for e in recorder.events]
    assert ats == sorted(ats)


def test_cues_of_a_work_segment(simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    clock.advance(35.0)
    session.update()
    squat = [(e.cue.kind, e.cue.value, e.at - T0) for e in recorder.of(EventKind.CUE_DUE)
             if e.index == 1 and e.cue is not None]
    assert squat == [
        (CueKind.START, 0, 5.0), (CueKind.HALFWAY, 0, 20.0), (CueKind.COUNTDOWN, 3, 32.0),
        (CueKind.COUNTDOWN, 2, 33.0), (CueKind.COUNTDOWN, 1, 34.0), (CueKind.END, 0, 35.0)]


def test_pause_shifts_everything_after_it(simple: tuple[Session, Recorder],
                                          clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    clock.advance(10.0)
    session.toggle()
    assert session.state is State.PAUSED
    assert session.next_wakeup_at() is None
    remaining = session.segment_remaining_s()
    clock.advance(300.0)
    assert session.segment_remaining_s() == remaining
    session.toggle()
    assert session.state is State.RUNNING
    clock.advance(25.0)
    session.update()
    (rest_start,) = [e for e in recorder.of(EventKind.SEGMENT_STARTED) if e.index == 2]
    assert rest_start.at == T0 + 35 + 300
    assert session.active_s() == pytest.approx(35.0)


def test_next_skips_and_previous_restarts_or_goes_back(simple: tuple[Session, Recorder],
                                                       clock: FakeClock) -> None:
    session, _recorder = simple
    session.start()
    clock.advance(1.0)
    session.next()
    assert session.index == 1 and session.outcomes[0] is Outcome.SKIPPED
    clock.advance(5.0)
    session.previous()  # more than 2 s in: restart the squat
    assert session.index == 1
    assert session.segment_remaining_s() == 30.0
    clock.advance(1.0)
    session.previous()  # within 2 s: back to get ready
    assert session.index == 0 and session.segment_remaining_s() == 5.0
    assert session.outcomes[0] is None
    assert session.active_s() == pytest.approx(1 + 5 + 1)


def test_previous_on_first_segment_restarts_it(simple: tuple[Session, Recorder],
                                               clock: FakeClock) -> None:
    session, _ = simple
    session.start()
    clock.advance(1.0)
    session.previous()
    assert session.index == 0 and session.segment_remaining_s() == 5.0


def test_add_and_remove_time(simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    clock.advance(6.0)  # 1 s into the squat
    session.add_time(10)
    assert session.segment_remaining_s() == pytest.approx(39.0)
    session.add_time(-10)
    session.add_time(-10)
    assert session.segment_remaining_s() == pytest.approx(19.0)
    clock.advance(16.0)
    session.update()
    countdown = [e.at - T0 for e in recorder.of(EventKind.CUE_DUE)
                 if e.cue is not None and e.cue.kind is CueKind.COUNTDOWN and e.index == 1]
    assert countdown == [22.0]  # 3-2-1 moved with the shortened end (halfway already passed)
    session.add_time(-100)  # never below what has run: ends the segment now
    assert session.index == 2
    (ended,) = [e for e in recorder.of(EventKind.SEGMENT_ENDED) if e.index == 1]
    assert ended.at == clock.now and ended.outcome is Outcome.COMPLETED


def test_shortening_drops_cues_it_moved_into_the_past(simple: tuple[Session, Recorder],
                                                      clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    clock.advance(5 + 25.0)  # 25 s into the 30 s squat, 5 s left
    session.update()
    recorder.clear()
    session.add_time(-3)  # 2 s left: the "3" tick is now in the past
    clock.advance(2.0)
    session.update()
    values = [e.cue.value for e in recorder.of(EventKind.CUE_DUE)
              if e.cue is not None and e.cue.kind is CueKind.COUNTDOWN]
    assert values == [2, 1]


def test_manual_set_waits_for_done(clock: FakeClock) -> None:
    session = Session(plan_of(MANUAL), clock)
    recorder = Recorder(session)
    session.start()
    assert session.segment.is_manual
    assert session.segment_remaining_s() is None
    assert session.next_due_at() is None  # nothing due: only the display changes
    clock.advance(0.25)
    assert session.next_wakeup_at() == pytest.approx(clock.now + 0.75)
    clock.advance(40.0)
    session.update()
    assert session.index == 0
    session.add_time(10)  # no effect on a manual set
    session.done()
    assert session.index == 1 and session.outcomes[0] is Outcome.COMPLETED
    clock.advance(30.0)
    session.update()
    assert session.index == 2
    session.done()
    assert session.state is State.FINISHED
    assert recorder.kinds()[-1] is EventKind.SESSION_FINISHED
    assert session.active_s() == pytest.approx(70.25)


def test_done_does_nothing_on_a_timed_segment(simple: tuple[Session, Recorder]) -> None:
    session, _ = simple
    session.start()
    session.done()
    assert session.index == 0


def test_stop_and_illegal_transitions(simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, recorder = simple
    with pytest.raises(IllegalTransition):
        session.pause()
    with pytest.raises(IllegalTransition):
        session.resume()
    session.start()
    with pytest.raises(IllegalTransition):
        session.start()
    with pytest.raises(IllegalTransition):
        session.resume()
    clock.advance(3.0)
    session.stop()
    assert session.state is State.STOPPED
    assert recorder.kinds()[-1] is EventKind.SESSION_STOPPED
    assert session.next_wakeup_at() is None
    session.next()  # ignored once stopped
    session.toggle()
    assert session.state is State.STOPPED
    assert session.active_s() == pytest.approx(3.0)


def test_commands_while_paused_keep_the_session_paused(simple: tuple[Session, Recorder],
                                                       clock: FakeClock) -> None:
    session, _ = simple
    session.start()
    clock.advance(2.0)
    session.pause()
    clock.advance(50.0)
    session.next()
    assert session.state is State.PAUSED and session.index == 1
    assert session.segment_remaining_s() == 30.0
    clock.advance(50.0)
    session.add_time(10)
    assert session.segment_remaining_s() == 40.0
    session.resume()
    clock.advance(39.0)
    session.update()
    assert session.index == 1 and session.segment_remaining_s() == pytest.approx(1.0)


def test_pause_at_an_earlier_instant_after_sleep(simple: tuple[Session, Recorder],
                                                 clock: FakeClock) -> None:
    session, _ = simple
    session.start()
    clock.advance(3.0)
    session.update()
    last_awake = clock.now
    clock.advance(600.0)  # the machine slept; nothing ran
    session.pause(at=last_awake)
    assert session.index == 0
    assert session.segment_remaining_s() == pytest.approx(2.0)


def test_finishing_reports_counts_and_restart(simple: tuple[Session, Recorder],
                                              clock: FakeClock) -> None:
    session, recorder = simple
    session.start()
    session.next()
    clock.advance(200.0)
    session.update()
    assert session.state is State.FINISHED
    assert session.counts() == {Outcome.COMPLETED: 5, Outcome.SKIPPED: 1}
    assert session.remaining_total_s() == 0
    session.restart()
    assert session.state is State.RUNNING and session.index == 0
    assert recorder.kinds()[-2:] == [EventKind.SESSION_STARTED, EventKind.SEGMENT_STARTED]


def test_display_changes_exactly_on_the_second(simple: tuple[Session, Recorder],
                                               clock: FakeClock) -> None:
    session, _ = simple
    session.start()
    assert session.next_display_change_at() == pytest.approx(T0 + 1.0)
    clock.advance(0.3)
    assert session.next_display_change_at() == pytest.approx(T0 + 1.0)
    clock.advance(0.7)
    assert session.next_display_change_at() == pytest.approx(T0 + 2.0)


def test_remaining_total(simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, _ = simple
    session.start()
    assert session.remaining_total_s() == 90
    clock.advance(10.0)
    session.update()
    assert session.remaining_total_s() == pytest.approx(80)
    session.add_time(10)
    assert session.remaining_total_s() == pytest.approx(90)


def test_twenty_minute_session_does_not_drift(clock: FakeClock) -> None:
    """Woken at jittery instants for 20 minutes, every boundary keeps its planned instant."""
    import random

    plan = build_plan(load_routine_bytes(b"""
version: 1
name: Long
rounds: 20
exercises:
  - name: Squat
    work: 45s
    rest: 15s
""", "long.yaml", "long"))
    session = Session(plan, clock)
    recorder = Recorder(session)
    session.start()
    jitter = random.Random(7)
    while session.state is State.RUNNING:
        wake = session.next_wakeup_at()
        assert wake is not None
        clock.advance(max(0.0, wake - clock.now) + jitter.uniform(0, 0.02))
        session.update()
    for event in recorder.of(EventKind.SEGMENT_STARTED):
        assert event.index is not None
        assert event.at == T0 + plan.segments[event.index].start_s  # exact, not approximate
    assert plan.total_s == pytest.approx(20 * 60 - 15 + 10)


def test_get_ready_override_replaces_the_routines_own() -> None:
    routine = load_routine_bytes(SIMPLE, "t.yaml", "t")
    assert build_plan(routine, prepare_s=20).segments[0].duration_s == 20
    assert build_plan(routine, prepare_s=0).segments[0].label == "Squat"
    assert build_plan(routine).segments[0].duration_s == 5
    with pytest.raises(ValueError, match="get-ready time must be 0-120 s"):
        build_plan(routine, prepare_s=500)


def test_countdown_override_lengthens_or_shortens_but_never_adds_to_none() -> None:
    routine = load_routine_bytes(SIMPLE, "t.yaml", "t")
    squat = build_plan(routine, countdown_s=5).segments[1]
    ticks = [cue.value for cue in squat.cues if cue.kind is CueKind.COUNTDOWN]
    assert ticks == [5, 4, 3, 2, 1]
    squat = build_plan(routine, countdown_s=1).segments[1]
    assert [cue.value for cue in squat.cues if cue.kind is CueKind.COUNTDOWN] == [1]
    no_ticks = SIMPLE.replace(b"prepare: 5s", b"prepare: 5s\ncues: {countdown: 0}")
    silent = load_routine_bytes(no_ticks, "s.yaml", "s")
    assert not [cue for segment in build_plan(silent, countdown_s=5).segments
                for cue in segment.cues if cue.kind is CueKind.COUNTDOWN]


def test_events_until_looks_ahead_without_changing_the_session(
        simple: tuple[Session, Recorder], clock: FakeClock) -> None:
    session, recorder = simple
    assert session.events_until(clock.now + 100) == []  # idle: nothing is coming
    session.start()
    clock.advance(3.3)
    session.update()
    recorder.clear()
    state = (session.index, list(session.outcomes), list(session.run_s), session.active_s(),
             session.next_wakeup_at(), session.state)
    ahead = session.events_until(clock.now + 40.0)  # across several boundaries
    assert recorder.events == []  # nobody was told of the look-ahead
    assert (session.index, list(session.outcomes), list(session.run_s), session.active_s(),
            session.next_wakeup_at(), session.state) == state
    # Exactly what running on to that instant emits, in the same order, at the same instants.
    clock.advance(40.0)
    session.update()
    assert ahead == recorder.events and ahead
    session.pause()
    assert session.events_until(clock.now + 100) == []  # paused: nothing is coming
