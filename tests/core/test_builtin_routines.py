"""The built-in routines honour the numbers of the articles they come from
(../shared/seeds/README.md), and each runs end to end through a session on a fake clock."""

from __future__ import annotations

from collections import Counter

import pytest

from leg_timer.core.plan import Plan, SegmentKind, build_plan
from leg_timer.core.routine import Routine, Side
from leg_timer.core.session import EventKind, Session, State
from leg_timer.library import Library
from tests.conftest import BUILTIN_IDS, FakeClock


def routine(library: Library, routine_id: str) -> Routine:
    return library.routines[routine_id]


def efforts(plan: Plan) -> list[tuple[str, str, float | None]]:
    return [(s.label, s.kind.value, s.duration_s) for s in plan.segments if s.kind.is_effort]


def test_every_builtin_loads(library: Library) -> None:
    assert library.broken == []
    assert sorted(library.routines) == BUILTIN_IDS
    for each in library.routines.values():
        assert each.description and each.tags and each.exercises
        assert all(exercise.instructions for exercise in each.exercises)


def test_mini_band_circuit_is_45_on_15_off_7_stations_3_rounds(library: Library) -> None:
    plan = build_plan(routine(library, "mini-band-circuit"))
    work = [s for s in plan.segments if s.kind is SegmentKind.WORK]
    assert len(work) == 7 * 3
    assert {s.duration_s for s in work} == {45}
    stations = [s.label for s in work[:7]]
    assert stations == [
        "Quadruped hip extension (right)", "Quadruped hip extension (left)", "Lateral band walks",
        "Squat duck walk", "Squat", "Clamshells (right)", "Clamshells (left)"]
    breaks = [s for s in plan.segments if s.kind in (SegmentKind.REST, SegmentKind.SWITCH)]
    assert {s.duration_s for s in breaks} == {15}
    first_round = [s for s in plan.segments if s.round == 1 and s.kind is not SegmentKind.PREPARE]
    assert sum(s.duration_s or 0 for s in first_round) == 7 * 60  # one 7-minute round
    assert len(breaks) == 7 * 3 - 1  # no rest after the very last station
    assert plan.segments[-1].label == "Clamshells (left)"


def test_mini_band_circuit_finisher_drops_every_rest(library: Library) -> None:
    plan = build_plan(routine(library, "mini-band-circuit"), {"rest": 0})
    kinds = Counter(s.kind for s in plan.segments)
    assert kinds == {SegmentKind.PREPARE: 1, SegmentKind.WORK: 21}
    assert plan.total_s == 10 + 21 * 45


def test_o_leg_correction_holds(library: Library) -> None:
    plan = build_plan(routine(library, "o-leg-correction"))
    stand = [s for s in plan.segments if s.exercise == "Knees-inward stand"]
    assert [(s.duration_s, s.set, s.sets) for s in stand] == [(10, 1, 3), (10, 2, 3), (10, 3, 3)]
    press = [s for s in plan.segments if s.exercise == "Lying knee press"]
    assert [(s.side, s.duration_s) for s in press] == [(Side.LEFT, 10)] * 3 + [(Side.RIGHT, 10)] * 3
    switch_at = plan.segments.index(press[3]) - 1
    assert plan.segments[switch_at].kind is SegmentKind.SWITCH
    (twist,) = [s for s in plan.segments if s.exercise == "Seated hip twist"]
    assert twist.reps == 10 and twist.tempo_s is not None


def test_knee_clamp_and_banded_stand_are_15_minutes(library: Library) -> None:
    for routine_id in ("knee-clamp", "banded-stand"):
        each = routine(library, routine_id)
        plan = build_plan(each)
        (hold,) = [s for s in plan.segments if s.kind.is_effort]
        assert hold.duration_s == 15 * 60
    clamp = routine(library, "knee-clamp")
    assert clamp.practice is not None and clamp.practice.sessions_per_day == (3, 5)
    stand = routine(library, "banded-stand")
    assert "loosen" in stand.exercises[0].safety and "numb" in stand.exercises[0].safety


@pytest.mark.parametrize("minutes", [5, 10, 20])
def test_legs_up_the_wall_5_to_20_minutes_with_soft_bells(library: Library, minutes: int) -> None:
    wall = routine(library, "legs-up-the-wall")
    parameter = wall.parameter("minutes")
    assert (parameter.minimum, parameter.default, parameter.maximum) == (5, 10, 20)
    plan = build_plan(wall, {"minutes": minutes})
    (pose,) = [s for s in plan.segments if s.kind.is_effort]
    assert pose.duration_s == minutes * 60
    assert {cue.style for cue in pose.cues} == {"bell"}
    assert not [cue for s in plan.segments for cue in s.cues if cue.kind.value == "countdown"]
    assert "relaxation" in wall.tags


@pytest.mark.parametrize("sets", [5, 6])
def test_squat_100_in_5_or_6_sets(library: Library, sets: int) -> None:
    squat = routine(library, "squat-100")
    assert (squat.parameter("sets").minimum, squat.parameter("sets").maximum) == (5, 6)
    plan = build_plan(squat, {"sets": sets})
    rep_sets = [s for s in plan.segments if s.kind is SegmentKind.REPS]
    assert len(rep_sets) == sets
    assert sum(s.reps or 0 for s in rep_sets) == 100
    assert max(s.reps or 0 for s in rep_sets) - min(s.reps or 0 for s in rep_sets) <= 1
    working = sum(s.duration_s or 0 for s in plan.segments
                  if s.kind not in (SegmentKind.PREPARE, SegmentKind.COOLDOWN))
    assert 8 * 60 <= working <= 11 * 60  # "10 minutes a day"
    assert squat.practice is not None and squat.practice.rest_days_after == 3
    assert plan.segments[-1].kind is SegmentKind.COOLDOWN  # stretch afterwards


def test_calf_cramp_relief_stretch_times(library: Library) -> None:
    calf = routine(library, "calf-cramp-relief")
    wall = calf.parameter("wall_hold")
    assert (wall.minimum, wall.maximum) == (15, 30) and 15 <= wall.default <= 30
    hamstring = calf.parameter("hamstring_hold")
    assert (hamstring.minimum, hamstring.maximum) == (10, 15)
    plan = build_plan(calf)
    towel = [s.duration_s for s in plan.segments if s.exercise == "Towel calf stretch"]
    assert towel == [30, 30, 30]
    assert "stretch" in calf.tags


def test_supine_leg_raises_defaults_are_labelled(library: Library) -> None:
    raises = routine(library, "supine-leg-raises")
    assert "app's default" in raises.description
    assert all("App default" in p.description for p in raises.parameters)
    assert "90 degrees" in raises.exercises[0].instructions


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_builtin_runs_end_to_end(library: Library, routine_id: str) -> None:
    plan = build_plan(routine(library, routine_id))
    clock = FakeClock()
    session = Session(plan, clock)
    events = []
    session.subscribe(events.append)
    session.start()
    guard = 0
    while session.state is State.RUNNING:
        guard += 1
        assert guard < 100_000
        if session.segment.is_manual:
            clock.advance(5)
            session.done()
            continue
        wake = session.next_wakeup_at()
        assert wake is not None and wake >= clock.now
        clock.advance(wake - clock.now)
        session.update()
    assert session.state is State.FINISHED
    assert session.active_s() == pytest.approx(plan.total_s)
    started = [e.index for e in events if e.kind is EventKind.SEGMENT_STARTED]
    assert started == list(range(len(plan.segments)))
    for event in events:
        if event.kind is EventKind.SEGMENT_STARTED and event.index is not None:
            assert event.at == pytest.approx(1000.0 + plan.segments[event.index].start_s)
    cue_count = sum(len(s.cues) for s in plan.segments)
    assert sum(1 for e in events if e.kind is EventKind.CUE_DUE) == cue_count
