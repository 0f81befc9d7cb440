"""The words a screen reader is given: one sentence per instant, at the moments that matter."""

from __future__ import annotations

from pathlib import Path

from leg_timer.core.loader import load_routine
from leg_timer.core.plan import build_plan
from leg_timer.core.session import Session
from leg_timer.present import spoken
from tests.conftest import FakeClock

SHORT = Path(__file__).parent.parent / "data" / "good" / "short-e2e.yaml"


def _session() -> tuple[Session, FakeClock, list[object]]:
    clock = FakeClock()
    session = Session(build_plan(load_routine(SHORT), {}), clock)
    seen: list[object] = []
    session.subscribe(seen.append)
    return session, clock, seen


def test_each_new_segment_is_one_sentence_with_kind_exercise_side_and_length() -> None:
    session, clock, seen = _session()
    session.start()
    said = spoken.for_events(seen, session)
    assert said is not None and said.text == "Get ready, 2 seconds"
    assert said.politeness == spoken.ASSERTIVE
    seen.clear()
    clock.advance(2.0)
    session.update()
    said = spoken.for_events(seen, session)
    assert said is not None and said.text == "Work, Squat, 4 seconds"


def test_pause_resume_skip_and_the_end_are_said() -> None:
    session, _clock, seen = _session()
    session.start()
    seen.clear()
    session.pause()
    assert spoken.for_events(seen, session).text == "Paused"  # type: ignore[union-attr]
    seen.clear()
    session.resume()
    assert spoken.for_events(seen, session).text == "Resumed"  # type: ignore[union-attr]
    seen.clear()
    session.next()
    said = spoken.for_events(seen, session)
    assert said is not None and said.text == "Skipped. Work, Squat, 4 seconds"


def test_the_countdown_status_is_one_line() -> None:
    session, clock, _seen = _session()
    session.start()
    clock.advance(2.5)
    session.update()
    assert spoken.countdown_status(session) == "0:04, Work, Squat"
    session.pause()
    assert spoken.countdown_status(session) == "0:04, Work, Squat, paused"


def test_lengths_and_sides_in_words() -> None:
    assert spoken.length_words(1) == "1 second"
    assert spoken.length_words(45) == "45 seconds"
    assert spoken.length_words(300) == "5 minutes"
    assert spoken.length_words(90) == "90 seconds"
