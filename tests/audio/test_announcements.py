"""What each built-in routine sounds like: the sounds and words, in order, at the planned
instants, on a fake clock (leg_timer.core.announcements, no Qt)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.core.announcements import (
    SOUND_NAMES,
    Announcement,
    CueOptions,
    announce,
    group_by_instant,
)
from leg_timer.core.plan import CueKind, Plan, SegmentKind, build_plan
from leg_timer.core.session import Event, EventKind, Session
from leg_timer.library import Library, load_library
from tests.audio.simulate import START, run_session
from tests.conftest import FakeClock

BUILTIN_IDS = [
    "banded-stand", "calf-cramp-relief", "knee-clamp", "legs-up-the-wall", "mini-band-circuit",
    "o-leg-correction", "squat-100", "supine-leg-raises",
]
RELAXATION = ["banded-stand", "knee-clamp", "legs-up-the-wall"]
SENSIBLE = re.compile(r"^[A-Z0-9][\w ,:.'-]*[\w]$")


def heard(library: Library, routine_id: str, values: dict[str, float] | None = None,
          options: CueOptions | None = None) -> tuple[Plan, list[Announcement]]:
    plan = build_plan(library.routines[routine_id], values)
    return plan, announce(run_session(plan), plan, options)


def timeline(announcements: list[Announcement]) -> list[tuple[float, str | None, str | None]]:
    """(seconds from the start, sound, words) for reading and comparing."""
    return [(round(a.at - START, 3), a.sound, a.speech) for a in announcements]


# -- every routine -----------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_every_builtin_sounds_sensible(library: Library, routine_id: str) -> None:
    plan, announcements = heard(library, routine_id)
    instants = [a.at for a in announcements]
    assert instants == sorted(instants)
    assert len(set(instants)) == len(instants), "at most one sound and one line per instant"
    for announcement in announcements:
        assert announcement.sound is None or announcement.sound in SOUND_NAMES
        assert announcement.sound or announcement.speech
        if announcement.speech:
            assert SENSIBLE.match(announcement.speech), announcement.speech
            assert len(announcement.speech) < 80 and "None" not in announcement.speech
            assert "  " not in announcement.speech and ".." not in announcement.speech
    # Every boundary with a start cue sounds exactly once, at the planned instant.
    sounded = {round(a.at - START, 6): a.sound for a in announcements if a.sound}
    for segment in plan.segments:
        if any(cue.kind is CueKind.START for cue in segment.cues):
            assert sounded.get(round(segment.start_s, 6)) is not None, segment.label
    # The last thing heard says it is over.
    last = announcements[-1]
    assert last.at == pytest.approx(START + plan.total_s)
    assert last.speech in ("Workout complete", "Session complete")
    assert last.sound in ("complete", "bell")


@pytest.mark.parametrize("routine_id", RELAXATION)
def test_relaxation_and_posture_holds_only_ring_bells(library: Library, routine_id: str) -> None:
    plan, announcements = heard(library, routine_id)
    (hold,) = [s for s in plan.segments if s.kind.is_effort]
    bells = [a for a in announcements if a.sound]
    assert {a.sound for a in bells} == {"bell"}
    # start, every interval, end
    expected = [hold.start_s + cue.at_s for cue in hold.cues]
    assert [round(a.at - START, 6) for a in bells] == expected
    assert bells[-1].speech == "Session complete"
    assert next(a.speech for a in announcements if a.speech).startswith("Get ready. Next: ")


@pytest.mark.parametrize("minutes", [5, 20])
def test_legs_up_the_wall_bells_at_each_length(library: Library, minutes: int) -> None:
    _, announcements = heard(library, "legs-up-the-wall", {"minutes": minutes})
    bells = [(t, s) for t, s, _ in timeline(announcements) if s]
    pose = minutes * 60
    intervals = [(30.0 + n * 300.0, "bell") for n in range(1, pose // 300) if n * 300 < pose]
    assert bells == [(30.0, "bell"), *intervals, (30.0 + pose, "bell")]


def test_mini_band_circuit_has_the_full_set(library: Library) -> None:
    plan, announcements = heard(library, "mini-band-circuit")
    lines = timeline(announcements)
    assert lines[:6] == [
        (0.0, None, "Get ready"),
        (7.0, "tick", "Next: quadruped hip extension, right side"),
        (8.0, "tick", None),
        (9.0, "tick", None),
        (10.0, "go", None),
        (32.5, "halfway", "Halfway"),
    ]
    assert (55.0, "switch", "Switch sides") in lines
    assert (67.0, "tick", "Next: quadruped hip extension, left side") in lines
    assert (127.0, "tick", "Next: lateral band walks") in lines
    # Round ends ring "round" (then rest); the next round is announced as it starts.
    assert [(t, w) for t, s, w in lines if s == "round"] == [(415.0, "Rest"), (835.0, "Rest")]
    assert (430.0, "go", "Round 2 of 3") in lines
    assert (850.0, "go", "Round 3 of 3") in lines
    sounds = [s for _, s, _ in lines if s]
    assert sounds.count("go") == 21 and sounds.count("halfway") == 21
    assert sounds.count("switch") == 6 and sounds.count("complete") == 1
    ticks = sum(1 for s in plan.segments for c in s.cues if c.kind is CueKind.COUNTDOWN)
    assert sounds.count("tick") == ticks


def test_mini_band_finisher_runs_stations_back_to_back(library: Library) -> None:
    _, announcements = heard(library, "mini-band-circuit", {"rest": 0})
    lines = timeline(announcements)
    assert {s for _, s, _ in lines} == {None, "tick", "go", "halfway", "complete"}
    assert (52.0, "tick", "Next: quadruped hip extension, left side") in lines
    assert (325.0, "go", "Round 2 of 3") in lines  # no rest: the round boundary is a "go"


def test_o_leg_correction_sets_sides_and_paced_reps(library: Library) -> None:
    _, announcements = heard(library, "o-leg-correction")
    lines = timeline(announcements)
    assert lines[:6] == [
        (0.0, None, "Get ready"),
        (7.0, "tick", "Next: knees-inward stand, set 1 of 3"),
        (8.0, "tick", None),
        (9.0, "tick", None),
        (10.0, "go", None),
        (17.0, "tick", None),
    ]
    assert (20.0, "rest", "Rest") in lines
    assert (22.0, "tick", "Next: knees-inward stand, set 2 of 3") in lines
    assert (40.0, "go", "Last set") in lines
    assert (55.0, "go", "10 reps") in lines
    # The paced twist ticks every 4 s; its tenth rep falls on the end, where "rest" wins.
    paced = [t for t, s, _ in lines if 55 < t < 95 and s == "tick"]
    assert paced == [59.0 + 4 * n for n in range(9)]
    assert (95.0, "rest", "Rest") in lines
    # One side's last set is not the exercise's last set.
    assert (135.0, "go", None) in lines
    assert (145.0, "switch", "Switch sides") in lines
    assert (147.0, "tick", "Next: lying knee press, right side, set 1 of 3") in lines
    assert (180.0, "go", "Last set") in lines
    assert lines[-1] == (190.0, "complete", "Workout complete")


def test_squat_100_counts_sets_and_cools_down(library: Library) -> None:
    _, announcements = heard(library, "squat-100")
    lines = [(t, s, w) for t, s, w in timeline(announcements) if s != "tick" or w]
    assert lines[:5] == [
        (0.0, None, "Get ready"),
        (7.0, "tick", "Next: bodyweight squat, set 1 of 5"),
        (10.0, "go", "20 reps"),
        (40.0, "halfway", "Halfway"),  # the halfway beep wins over rep 10's tick
        (70.0, "rest", "Rest"),
    ]
    assert (490.0, "go", "Last set. 20 reps") in lines
    assert (550.0, "rest", "Stretch your legs") in lines
    assert lines[-1] == (670.0, "complete", "Workout complete")


def test_squat_100_counts_reps_aloud_when_asked(library: Library) -> None:
    _, quiet = heard(library, "squat-100")
    _, counted = heard(library, "squat-100", options=CueOptions(count_reps=True))
    spoken = [w.split(".")[0] for _, _, w in timeline(counted) if w and re.match(r"\d+(\.|$)", w)]
    assert spoken[:20] == [str(n) for n in range(1, 21)]
    assert (70.0, "rest", "20. Rest") in timeline(counted)
    assert not [w for _, _, w in timeline(quiet) if w and w.isdigit()]
    assert (40.0, "halfway", "10. Halfway") in timeline(counted)


def test_calf_cramp_relief_and_supine_leg_raises(library: Library) -> None:
    _, calf = heard(library, "calf-cramp-relief")
    lines = timeline(calf)
    assert (37.0, "tick", "Next: towel calf stretch, set 1 of 3") in lines
    assert (120.0, "go", "Last set") in lines
    assert (182.0, "tick", "Next: seated inner-calf stretch") in lines
    _, raises = heard(library, "supine-leg-raises")
    lines = timeline(raises)
    assert (10.0, "go", "10 reps") in lines
    assert (180.0, "go", "Last set. 10 reps") in lines
    assert lines[-1] == (220.0, "complete", "Workout complete")


# -- options, priorities, odd moments ----------------------------------------------------------


def test_ticks_off_and_a_shorter_countdown(library: Library) -> None:
    _, full = heard(library, "mini-band-circuit")
    _, none = heard(library, "mini-band-circuit", options=CueOptions(ticks=False))
    _, last = heard(library, "mini-band-circuit", options=CueOptions(countdown_s=1))
    assert "tick" not in {a.sound for a in none}
    full_ticks = [a.at for a in full if a.sound == "tick"]
    assert [a.at for a in last if a.sound == "tick"] == full_ticks[2::3]
    # The "Next" line still comes at the first countdown instant, ticking or not.
    assert [a.speech for a in none if a.speech and a.speech.startswith("Next")] == [
        a.speech for a in full if a.speech and a.speech.startswith("Next")]


def test_one_sound_per_boundary_by_priority(library: Library) -> None:
    plan = build_plan(library.routines["mini-band-circuit"])
    work, rest = plan.segments[1], plan.segments[2]
    end_cue = work.cues[-1]
    start_cue = rest.cues[0]
    at = START + rest.start_s
    events = [Event(EventKind.CUE_DUE, at, 1, end_cue),
              Event(EventKind.SEGMENT_ENDED, at, 1),
              Event(EventKind.SEGMENT_STARTED, at, 2),
              Event(EventKind.CUE_DUE, at, 2, start_cue)]
    assert announce(events, plan) == [Announcement(at, "switch", "Switch sides")]


def test_skipping_speaks_at_once_and_sounds_on_the_next_wake_up(library: Library) -> None:
    plan = build_plan(library.routines["mini-band-circuit"])
    clock = FakeClock(START)
    session = Session(plan, clock)
    events: list[Event] = []
    session.subscribe(events.append)
    session.start()
    clock.advance(13.0)  # into the first station
    session.update()
    before = len(events)
    session.next()  # skip it: "switch sides" starts now...
    skipped = events[before:]
    before = len(events)
    session.update()  # ...and its start cue falls due at that instant on the next wake-up
    assert announce(skipped, plan) == [Announcement(clock.now, None, "Switch sides")]
    assert announce(events[before:], plan) == [Announcement(clock.now, "switch", None)]


def test_events_without_cues_say_nothing(library: Library) -> None:
    plan = build_plan(library.routines["knee-clamp"])
    quiet = [Event(EventKind.PAUSED, START, 0), Event(EventKind.RESUMED, START + 1, 0),
             Event(EventKind.TIME_ADJUSTED, START + 2, 0), Event(EventKind.SESSION_STOPPED,
                                                                  START + 3, 0),
             Event(EventKind.SEGMENT_ENDED, START + 4, 99)]
    assert announce(quiet, plan) == []


def test_group_by_instant_tolerates_float_rounding() -> None:
    a = Event(EventKind.CUE_DUE, 1000.1 + 45.0 + 10.0)
    b = Event(EventKind.SEGMENT_ENDED, 1000.1 + 55.0)
    c = Event(EventKind.SEGMENT_STARTED, 1000.1 + 56.0)
    assert [len(group) for group in group_by_instant([a, b, c])] == [2, 1]


@settings(max_examples=40, deadline=None)
@given(rest=st.sampled_from([0, 5, 10, 15]), rounds=st.integers(1, 5),
       ticks=st.booleans(), countdown=st.integers(0, 3))
def test_circuit_variants_keep_their_promises(rest: int, rounds: int, ticks: bool,
                                              countdown: int) -> None:
    plan = build_plan(load_library(user_dir=None).routines["mini-band-circuit"],
                      {"rest": rest, "rounds": rounds})
    announcements = announce(run_session(plan), plan, CueOptions(ticks, countdown))
    sounds = [a.sound for a in announcements if a.sound]
    assert sounds.count("go") == 7 * rounds
    assert sounds.count("complete") == 1 and sounds[-1] == "complete"
    assert sounds.count("round") == (rounds - 1 if rest else 0)
    spoken_rounds = [a.speech for a in announcements if a.speech and "Round" in a.speech]
    assert spoken_rounds == [f"Round {n} of {rounds}" for n in range(2, rounds + 1)]
    expected_ticks = 0 if not ticks else sum(
        1 for s in plan.segments for c in s.cues
        if c.kind is CueKind.COUNTDOWN and c.value <= countdown)
    assert sounds.count("tick") == expected_ticks
    assert len({a.at for a in announcements}) == len(announcements)
    assert all(s.kind is not SegmentKind.HOLD for s in plan.segments)
