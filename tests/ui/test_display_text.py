"""The words on screen, worked out without a window: countdown, title, summary, picker text,
and the kind colours' contrast.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leg_timer.core.plan import SegmentKind, build_plan
from leg_timer.core.routine import Routine
from leg_timer.core.session import Session
from leg_timer.library import load_library
from leg_timer.present import display, routine_text
from tests.conftest import FakeClock

LIBRARY = load_library(None)


def routine(key: str) -> Routine:
    return LIBRARY.find(key)


def started(key: str, clock: FakeClock, values: dict[str, float] | None = None) -> Session:
    session = Session(build_plan(routine(key), values), clock)
    session.start()
    return session


def test_countdown_words_for_a_circuit(clock: FakeClock) -> None:
    session = started("mini-band-circuit", clock)
    shown = display.countdown(session, "Leg Timer")
    assert (shown.banner, shown.name, shown.digits, shown.title) == (
        "GET READY", "Get ready", "0:10", "0:10 · Get ready — Leg Timer")
    assert shown.round_text == "Round 1 / 3" and shown.set_text == ""
    clock.advance(10.0)
    session.update()
    shown = display.countdown(session, "Leg Timer")
    assert shown.kind is SegmentKind.WORK
    assert (shown.name, shown.side, shown.digits) == ("Quadruped hip extension",
                                                      "Right side", "0:45")
    assert shown.remaining_fraction == 1.0
    assert shown.next_text == "Next: Quadruped hip extension (left) · after 15 s"
    assert shown.remaining_text == "20:45 left of 20:55" and shown.elapsed_text == "0:10 done"
    clock.advance(22.5)
    session.pause()
    shown = display.countdown(session, "Leg Timer")
    assert shown.paused and shown.remaining_fraction == pytest.approx(0.5)
    assert shown.title == "Paused · 0:23 · Quadruped hip extension (right) — Leg Timer"


def test_the_last_segment_previews_the_finish(clock: FakeClock) -> None:
    session = started("legs-up-the-wall", clock)
    clock.advance(30)
    session.update()
    shown = display.countdown(session, "Leg Timer")
    assert shown.banner == "HOLD" and shown.next_text == "Next: finish"


@given(st.floats(min_value=0, max_value=200, allow_nan=False))
def test_paced_rep_number_goes_up_with_the_tempo_and_stops_at_the_target(
        elapsed_s: float) -> None:
    segment = build_plan(routine("supine-leg-raises")).segments[1]
    assert segment.tempo_s == 4.0 and segment.reps == 10
    rep = int(display.rep_detail(segment, elapsed_s).split()[1])
    assert rep == min(int(elapsed_s // 4) + 1, 10)


def test_summary_words(clock: FakeClock) -> None:
    session = started("calf-cramp-relief", clock)
    clock.advance(12)
    session.next()
    clock.advance(3.7)
    session.stop()
    summary = display.summary(session, "Leg Timer")
    # The get-ready countdown is neither a step nor active time (issue 9).
    assert (summary.heading, summary.active_text, summary.done, summary.skipped) == (
        "Stopped after 1 of 11 steps", "0:05", 0, 1)
    assert summary.title == "Stopped · Calf cramp relief — Leg Timer"


def test_picker_words() -> None:
    wall = routine("legs-up-the-wall")
    assert routine_text.range_text(wall.parameters[0]) == "5–20 min"
    circuit = routine("mini-band-circuit")
    assert [routine_text.range_text(p) for p in circuit.parameters] == ["0–15 s", "1–5"]
    values = circuit.default_values()
    assert routine_text.exercise_summary(circuit, values, circuit.exercises[0]) == (
        "work 45 s, right then left")
    squats = routine("squat-100")
    assert routine_text.exercise_summary(squats, squats.default_values(),
                                         squats.exercises[0]) == "100 reps in 5 sets, 3 s each"
    assert routine_text.matches(squats, "squ", "strength")
    assert not routine_text.matches(squats, "squ", "stretch")
    assert not routine_text.matches(squats, "all", None)  # words start, not "tall", "wall"
    html = routine_text.details_html(squats, squats.default_values(), "#b71c1c")
    for words in ("Bodyweight squat", "Safety:", "Stretch your legs", "How often",
                  "1–2 times a week; rest 3 days afterwards", "Notes"):
        assert words in html


def test_user_text_is_escaped_in_the_details() -> None:
    import dataclasses

    squats = routine("squat-100")
    sneaky = dataclasses.replace(squats, notes=("<b>bold</b> & <script>",))
    html = routine_text.details_html(sneaky, sneaky.default_values(), "#000")
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;" in html


def test_kind_colours_carry_readable_text() -> None:
    from PySide6.QtGui import QColor

    from leg_timer.ui import theme

    fills = set(theme.KIND_FILLS.values())
    assert len(fills) == len(SegmentKind)  # a colour of its own for each kind
    for fill in [*fills, theme.PAUSED_FILL, theme.NOTICE_FILL]:
        color = QColor(fill)
        assert theme.contrast_ratio(color, theme.text_on(color)) >= 4.5, fill
    assert set(display.BANNERS) == set(SegmentKind)
