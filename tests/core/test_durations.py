from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leg_timer.core.durations import format_clock, format_seconds, parse_duration


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("45", 45), ("45s", 45), ("45 s", 45), ("1m30s", 90), ("1m 30s", 90), ("15min", 900),
        ("15 minutes", 900), ("1h", 3600), ("1h30m", 5400), ("1:30", 90), ("0.5s", 0.5),
        (" 10 SEC ", 10), ("2mins", 120),
    ],
)
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "s", "forty", "45x", "1:75", "-5s", "1m-30s", "5 5"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(ValueError, match=r"duration|unit|negative"):
        parse_duration(text)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(0, "0:00"), (0.2, "0:01"), (1, "0:01"), (59.5, "1:00"), (60, "1:00"), (61, "1:01"),
     (600, "10:00"), (3599, "59:59"), (3600, "1:00:00"), (-3, "0:00")],
)
def test_format_clock_rounds_up(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


@pytest.mark.parametrize(("seconds", "shown"),
                         [(45, "45s"), (90, "1m30s"), (600, "10min"), (2.5, "2.5s")])
def test_format_seconds(seconds: float, shown: str) -> None:
    assert format_seconds(seconds) == shown


@given(st.integers(min_value=0, max_value=10 * 3600))
def test_format_seconds_round_trips(seconds: int) -> None:
    assert parse_duration(format_seconds(seconds)) == seconds
