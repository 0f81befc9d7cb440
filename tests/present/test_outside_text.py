"""What the tray icon, its tooltip, the notifications and the media widget say, worked out
from a session on a fake clock without Qt (leg_timer/present/outside_text.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from leg_timer.core.loader import load_routine, load_routine_bytes
from leg_timer.core.plan import SegmentKind, build_plan
from leg_timer.core.session import Session
from leg_timer.present import outside_text
from leg_timer.present.outside_text import IDLE_FACE, TrayFace
from tests.conftest import FakeClock

SHORT = Path(__file__).parents[1] / "data" / "good" / "short-e2e.yaml"
LONG = b"""version: 1
name: Long hold
description: A long hold and a rep set at one's own pace.
prepare: 5s
exercises:
  - name: Wall sit
    work: 12m
    sides: both
    switch: 5s
  - name: Squat
    reps: 12
"""


def started(clock: FakeClock, data: bytes | None = None) -> Session:
    routine = (load_routine(SHORT) if data is None
               else load_routine_bytes(data, "long.yaml", "long-hold"))
    session = Session(build_plan(routine, None), clock)
    session.start()
    return session


@pytest.mark.parametrize(("seconds", "shown"), [
    (0, ("0", "s")), (0.2, ("1", "s")), (45, ("45", "s")), (60, ("60", "s")),
    (60.5, ("2", "m")), (61, ("2", "m")), (120, ("2", "m")), (719.5, ("12", "m")),
    (200 * 60, ("99", "m")),
])
def test_the_icon_shows_minutes_then_seconds_in_the_last_minute(
        seconds: float, shown: tuple[str, str]) -> None:
    assert outside_text.icon_number(seconds) == shown


def test_the_face_follows_the_phase_the_time_left_and_a_pause(clock: FakeClock) -> None:
    assert outside_text.tray_face(None) == IDLE_FACE
    session = started(clock, LONG)
    assert outside_text.tray_face(session) == TrayFace(SegmentKind.PREPARE, "5", "s")
    clock.advance(5)
    session.update()
    assert outside_text.tray_face(session) == TrayFace(SegmentKind.WORK, "12", "m")
    clock.advance(11 * 60 + 30)
    session.update()
    assert outside_text.tray_face(session) == TrayFace(SegmentKind.WORK, "30", "s")
    session.pause()
    assert outside_text.tray_face(session) == TrayFace(SegmentKind.WORK, "30", "s",
                                                       paused=True)
    session.stop()
    assert outside_text.tray_face(session) == IDLE_FACE


def test_a_rep_set_at_ones_own_pace_counts_up(clock: FakeClock) -> None:
    session = started(clock, LONG)
    session.jump_to(len(session.plan.segments) - 1)
    clock.advance(7.6)
    assert outside_text.tray_face(session) == TrayFace(SegmentKind.REPS, "7", "s")


def test_the_tooltip_says_the_step_the_time_left_and_what_is_next(clock: FakeClock) -> None:
    assert outside_text.tooltip(None, "Leg Timer") == "Leg Timer\nNo workout running"
    session = started(clock)
    clock.advance(3)
    session.update()
    assert outside_text.tooltip(session, "Leg Timer") == (
        "Squat\n0:03 left\nNext: Lunge (right) · after 2 s")
    session.pause()
    assert outside_text.tooltip(session, "Leg Timer").startswith("Paused · Squat\n")


def test_notices_name_each_new_exercise_and_side(clock: FakeClock) -> None:
    session = started(clock)
    assert not outside_text.is_new_exercise(session.segment)  # get ready
    headings = []
    while session.is_active:
        clock.advance(0.5)
        session.update()
        if session.is_active and outside_text.is_new_exercise(session.segment):
            notice = outside_text.segment_notice(session)
            if not headings or headings[-1] != notice.summary:
                headings.append(notice.summary)
    assert headings == ["Squat", "Lunge (right)", "Lunge (left)"]
    ended = outside_text.ended_notice(session)
    assert (ended.summary, ended.body) == ("Workout complete", "Short check · 0:13 of exercise")


def test_a_rep_set_at_ones_own_pace_offers_done(clock: FakeClock) -> None:
    session = started(clock, LONG)
    session.jump_to(len(session.plan.segments) - 1)
    notice = outside_text.segment_notice(session)
    assert (notice.summary, notice.next_label, notice.done_instead_of_next) == (
        "Squat", "Done", True)
    assert notice.body == "12 reps at your pace\nNext: finish"


def test_now_playing_is_the_step_in_the_routine(clock: FakeClock) -> None:
    assert outside_text.now_playing(None) == ("Stopped", "", "", None, 0)
    session = started(clock)
    clock.advance(2)
    session.update()
    assert outside_text.now_playing(session) == ("Playing", "Squat", "Short check", 4.0, 1)
    session.add_time(10)
    session.pause()
    assert outside_text.now_playing(session) == ("Paused", "Squat", "Short check", 14.0, 1)
