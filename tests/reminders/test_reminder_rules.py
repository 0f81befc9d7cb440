"""Reminder rules: the instants they give in a real time zone (DST included), the next one
after a moment, their words, and the defaults offered from a routine's practice hints."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from leg_timer.core.routine import Practice
from leg_timer.reminders.defaults import default_rule
from leg_timer.reminders.rules import (
    ALL_DAYS,
    WEEKDAYS_ONLY,
    AtTimes,
    Reminder,
    Spread,
    instants_on,
    next_due,
    rule_problem,
    rule_words,
    scheduled_after,
)
from leg_timer.reminders.zones import local_zone

BERLIN = ZoneInfo("Europe/Berlin")
# 2026: summer time starts Sunday 29 March (02:00 -> 03:00), ends Sunday 25 October.


def local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def test_spread_is_even_with_both_ends() -> None:
    assert Spread(4, time(9), time(21)).times_of_day() == (
        time(9), time(13), time(17), time(21))
    assert Spread(1, time(9), time(21)).times_of_day() == (time(15),)
    assert Spread(3, time(8, 30), time(9, 30)).times_of_day() == (
        time(8, 30), time(9), time(9, 30))


def test_nine_o_clock_stays_nine_o_clock_across_the_spring_change() -> None:
    rule = AtTimes((time(9),))
    saturday = instants_on(rule, date(2026, 3, 28), BERLIN)
    sunday = instants_on(rule, date(2026, 3, 29), BERLIN)
    assert saturday == [datetime(2026, 3, 28, 8, tzinfo=UTC)]  # 09:00 CET
    assert sunday == [datetime(2026, 3, 29, 7, tzinfo=UTC)]  # 09:00 CEST
    assert sunday[0] - saturday[0] == timedelta(hours=23)  # the day was an hour short


def test_a_time_in_the_spring_gap_comes_once_an_hour_later_and_autumn_twice_is_once() -> None:
    gap = instants_on(AtTimes((time(2, 30),)), date(2026, 3, 29), BERLIN)
    assert [each.astimezone(BERLIN).strftime("%H:%M %Z") for each in gap] == ["03:30 CEST"]
    twice = instants_on(AtTimes((time(2, 30),)), date(2026, 10, 25), BERLIN)
    assert [each.astimezone(BERLIN).strftime("%H:%M %Z") for each in twice] == ["02:30 CEST"]


def test_next_due_over_the_autumn_change_and_on_chosen_days() -> None:
    reminder = Reminder("squat-100", AtTimes((time(18),), frozenset({0, 3})))  # Mon, Thu
    saturday_evening = local(2026, 10, 24, 20)
    due = next_due(reminder, saturday_evening, BERLIN)
    assert due is not None
    assert due.astimezone(BERLIN) == local(2026, 10, 26, 18)  # Monday, after the change
    assert due.utcoffset() == timedelta(0)
    assert next_due(reminder, due, BERLIN) == local(2026, 10, 29, 18)  # strictly after


def test_next_due_counts_a_snooze_and_ignores_a_disabled_reminder() -> None:
    now = local(2026, 6, 1, 10)
    reminder = Reminder("knee-clamp", Spread(4, time(9), time(21)),
                        snoozed_until=now + timedelta(minutes=10))
    assert next_due(reminder, now, BERLIN) == now + timedelta(minutes=10)
    assert next_due(Reminder("x", AtTimes((time(9),)), enabled=False), now, BERLIN) is None


def test_no_day_gives_no_instant() -> None:
    rule = AtTimes((time(9),), frozenset())
    assert rule_problem(rule) == "choose at least one day of the week"
    assert scheduled_after(rule, local(2026, 6, 1, 10), BERLIN) is None


@pytest.mark.parametrize(("rule", "words"), [
    (AtTimes((time(18), time(9))), "every day at 09:00 and 18:00"),
    (AtTimes((time(18),), frozenset({0, 3})), "on Monday and Thursday at 18:00"),
    (Spread(4, time(9), time(21), WEEKDAYS_ONLY),
     "4 times a day between 09:00 and 21:00, on weekdays"),
    (Spread(1, time(9), time(21), frozenset({5, 6})),
     "once a day between 09:00 and 21:00, at weekends"),
])
def test_rule_words(rule: AtTimes | Spread, words: str) -> None:
    assert rule_words(rule) == words


def test_defaults_from_practice_hints() -> None:
    knee_clamp = default_rule(Practice(sessions_per_day=(3, 5)))
    assert knee_clamp == Spread(4, time(9), time(21), ALL_DAYS)
    squats = default_rule(Practice(sessions_per_week=(1, 2), rest_days_after=3))
    assert squats == AtTimes((time(18),), frozenset({0}))  # 2 a week leaves no 3 rest days
    twice = default_rule(Practice(sessions_per_week=(1, 2), rest_days_after=2))
    assert twice == AtTimes((time(18),), frozenset({0, 4}))
    assert default_rule(None) == AtTimes((time(18),), ALL_DAYS)


def test_the_built_in_routines_get_their_defaults(library: object) -> None:
    from leg_timer.library import Library

    assert isinstance(library, Library)
    assert rule_words(default_rule(library.routine("knee-clamp").practice)) == (
        "4 times a day between 09:00 and 21:00, every day")
    assert rule_words(default_rule(library.routine("squat-100").practice)) == (
        "on Monday at 18:00")


def test_local_zone_reads_tz_then_localtime(tmp_path: object) -> None:
    assert local_zone({"TZ": ":Europe/Berlin"}) == BERLIN
    zone = local_zone({"TZ": "CET-1CEST"})  # a POSIX rule: the system's zone instead
    assert zone.utcoffset(datetime(2026, 1, 1)) is not None
