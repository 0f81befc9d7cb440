"""What the history means (leg_timer/history/practice.py): minutes per day and week, streaks,
totals, and the routines' practice hints as advice. Qt-free; days are the sessions' recorded
local days, whatever the zone, midnight or DST did (checked against a plain recount with
hypothesis over random sessions in random zones)."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.core.routine import Practice
from leg_timer.history import practice
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.library import load_library

LIBRARY = load_library(None)
SQUATS = LIBRARY.routine("squat-100")
KNEE_CLAMP = LIBRARY.routine("knee-clamp")
WALL = LIBRARY.routine("legs-up-the-wall")
MONDAY = date(2026, 1, 5)
ZONES = ("UTC", "Europe/Berlin", "America/New_York", "Asia/Tokyo", "Pacific/Honolulu",
         "Pacific/Kiritimati", "Pacific/Pago_Pago", "Australia/Lord_Howe", "America/St_Johns",
         "Asia/Kathmandu")


@dataclass(frozen=True)
class Hinted:
    """A routine with just an id and practice hints."""

    id: str
    practice: Practice | None = None


def session(routine: str = "squat-100", *, at: datetime | None = None, zone: str = "UTC",
            day: date | None = None, outcome: Outcome | None = Outcome.COMPLETED,
            active_s: float = 600.0, planned_s: float = 600.0) -> SessionRecord:
    """A session of ``routine`` started at ``at`` (UTC) in ``zone``, dated as the recorder
    dates it (the local day of the start); or, with ``day``, at 08:00 UTC that day."""
    if at is None:
        at = datetime.combine(day or MONDAY, datetime.min.time(), UTC) + timedelta(hours=8)
    local = at.astimezone(ZoneInfo(zone))
    offset = local.utcoffset()
    assert offset is not None
    return SessionRecord(
        id=str(uuid.uuid4()), routine=routine, name=routine.replace("-", " ").title(),
        started=at, utc_offset_s=int(offset.total_seconds()), date=local.date(),
        planned_s=planned_s, ended=at + timedelta(seconds=active_s), outcome=outcome,
        active_s=active_s)


def on(*days: int, routine: str = "squat-100",
       outcome: Outcome = Outcome.COMPLETED) -> list[SessionRecord]:
    """One session on each of these days after MONDAY (negative: before it)."""
    return [session(routine, day=MONDAY + timedelta(days=each), outcome=outcome)
            for each in days]


# -- minutes, weeks, streaks, totals ------------------------------------------------------

def test_day_minutes_count_every_outcome_on_its_own_day() -> None:
    records = [session(day=MONDAY, active_s=600), session(day=MONDAY, active_s=300,
                                                          outcome=Outcome.STOPPED),
               session(day=MONDAY + timedelta(days=2), active_s=90,
                       outcome=Outcome.INTERRUPTED),
               session(day=MONDAY + timedelta(days=3), active_s=0, outcome=Outcome.STOPPED)]
    assert practice.day_minutes(records) == {MONDAY: 15.0,
                                             MONDAY + timedelta(days=2): 1.5}


def test_week_minutes_weeks_start_on_monday() -> None:
    sunday_before = session(day=MONDAY - timedelta(days=1), active_s=120)
    monday = session(day=MONDAY, active_s=60)
    sunday = session(day=MONDAY + timedelta(days=6), active_s=180)
    too_old = session(day=MONDAY - timedelta(weeks=3), active_s=600)
    minutes = practice.week_minutes([sunday_before, monday, sunday, too_old], 3,
                                    MONDAY + timedelta(days=2))
    assert minutes == [0.0, 2.0, 4.0]
    assert practice.week_start(MONDAY + timedelta(days=6)) == MONDAY


def test_streaks_count_days_with_a_completed_session() -> None:
    records = (on(-10, -9) + on(0, 1, 2, 3) + on(1, 1, 2)  # two on one day count once
               + on(4, outcome=Outcome.STOPPED) + on(-8, outcome=Outcome.INTERRUPTED))
    thursday = MONDAY + timedelta(days=3)
    assert practice.streaks(records, thursday) == practice.Streaks(current=4, longest=4)
    # Friday not done yet: Thursday's run still counts; Saturday without Friday, it is over
    assert practice.streaks(records, thursday + timedelta(days=1)).current == 4
    assert practice.streaks(records, thursday + timedelta(days=2)).current == 0
    assert practice.streaks([], MONDAY) == practice.Streaks(0, 0)
    assert practice.streaks(on(0, outcome=Outcome.STOPPED), MONDAY) == practice.Streaks(0, 0)


def test_a_day_recorded_ahead_of_here_joins_the_streak() -> None:
    # Done in Tokyo on Tuesday morning, now in Honolulu where it is still Monday
    tokyo = session(at=datetime(2026, 1, 5, 23, 0, tzinfo=UTC), zone="Asia/Tokyo")
    assert tokyo.date == MONDAY + timedelta(days=1)
    records = [*on(-1, 0), tokyo]
    here = datetime(2026, 1, 6, 1, 0, tzinfo=UTC).astimezone(ZoneInfo("Pacific/Honolulu"))
    assert here.date() == MONDAY
    assert practice.streaks(records, here.date()) == practice.Streaks(current=3, longest=3)


def test_totals_per_routine_most_practised_first() -> None:
    records = [session("knee-clamp", day=MONDAY, active_s=900),
               session("squat-100", day=MONDAY, active_s=600),
               session("knee-clamp", day=MONDAY, active_s=300, outcome=Outcome.STOPPED)]
    totals = practice.routine_totals(records)
    assert list(totals) == ["knee-clamp", "squat-100"]
    clamp = totals["knee-clamp"]
    assert (clamp.name, clamp.sessions, clamp.completed, clamp.minutes) == (
        "Knee Clamp", 2, 1, 20.0)
    assert practice.routine_totals([]) == {}


# -- advice ------------------------------------------------------------------------------

def test_knee_clamp_two_of_three_to_five_today() -> None:
    records = (on(0, 0, routine="knee-clamp")
               + on(0, routine="knee-clamp", outcome=Outcome.STOPPED)
               + on(-1, routine="knee-clamp"))
    today = practice.today_for(KNEE_CLAMP, records, MONDAY)
    assert practice.advice_line(today) == "2 of 3-5 today (the routine's advice)"
    assert today.to_json() == {
        "id": "knee-clamp", "done_today": 2, "per_day": [3, 5], "done_this_week": 2,
        "per_week": None, "rest_until": None, "last_done": "2026-01-05", "streak_days": 2,
        "advice": "The routine's advice: 3-5 sessions a day, 2 done today."}


def test_after_100_squats_rest_until_friday() -> None:
    records = on(0)  # Monday
    tuesday = MONDAY + timedelta(days=1)
    today = practice.today_for(SQUATS, records, tuesday)
    assert practice.advice_line(today) == (
        "Rest until Friday: 3 rest days after a hard leg session · 1 of 1-2 this week "
        "(the routine's advice)")
    assert today.rest_until == MONDAY + timedelta(days=4)
    assert today.to_json()["rest_until"] == "2026-01-09"
    assert today.advice == ("The routine's advice: rest until Friday (3 rest days after a "
                            "hard leg session); 1-2 sessions a week, 1 done this week.")
    thursday = practice.today_for(SQUATS, records, MONDAY + timedelta(days=3))
    assert practice.advice_line(thursday).startswith("Rest until tomorrow: ")
    friday = practice.today_for(SQUATS, records, MONDAY + timedelta(days=4))
    assert friday.rest_until is None
    assert practice.advice_line(friday) == "1 of 1-2 this week (the routine's advice)"
    next_monday = practice.today_for(SQUATS, records, MONDAY + timedelta(days=7))
    assert practice.advice_line(next_monday) == "0 of 1-2 this week (the routine's advice)"
    assert next_monday.last_done == MONDAY


def test_which_sessions_start_a_rest() -> None:
    short_stop = session(day=MONDAY, outcome=Outcome.STOPPED, active_s=120)
    long_stop = session(day=MONDAY, outcome=Outcome.STOPPED, active_s=300)
    crash = session(day=MONDAY, outcome=Outcome.INTERRUPTED, active_s=450)
    running = session(day=MONDAY, outcome=None, active_s=590)
    tuesday = MONDAY + timedelta(days=1)
    for records, resting in (([short_stop], False), ([long_stop], True), ([crash], True),
                             ([running], False)):
        today = practice.today_for(SQUATS, records, tuesday)
        assert (today.rest_until is not None) is resting
        assert today.done_this_week == 0 and today.last_done is None  # none completed


def test_a_routine_without_hints_says_when_it_was_last_done() -> None:
    assert WALL.practice is None
    cases = ((0, "Last done today"), (1, "Last done yesterday"), (3, "Last done on Monday"),
             (7, "Last done on 5 January 2026"))
    for days_after, line in cases:
        today = practice.today_for(WALL, on(0, routine="legs-up-the-wall"),
                                   MONDAY + timedelta(days=days_after))
        assert practice.advice_line(today) == line
        assert today.per_day is None and today.per_week is None and today.rest_until is None
    never = practice.today_for(WALL, on(0), MONDAY)
    assert practice.advice_line(never) == "Not done yet"
    assert never.advice == "This routine gives no practice advice; not done yet."
    assert never.streak_days == 1  # the whole history's streak: the squats count


def test_plurals_and_single_numbers() -> None:
    once = Hinted("once", Practice(sessions_per_week=(1, 1), rest_days_after=1))
    today = practice.today_for(once, on(0, routine="once"), MONDAY)
    assert practice.advice_line(today) == (
        "Rest until Wednesday: 1 rest day after a hard leg session · 1 of 1 this week "
        "(the routine's advice)")
    assert "1 session a week, 1 done this week" in today.advice
    later = practice.today_for(once, on(0, routine="once"), MONDAY + timedelta(days=9))
    assert later.advice == ("The routine's advice: 1 session a week, 0 done this week.")
    rest_only = Hinted("rest", Practice(rest_days_after=2))
    far = practice.today_for(rest_only, on(0, routine="rest"), MONDAY + timedelta(days=5))
    assert practice.advice_line(far) == "Last done on Monday"
    assert far.advice == ("The routine's advice: 2 rest days after a hard leg session, "
                          "last done on Monday.")
    long_rest = Hinted("long", Practice(rest_days_after=9))
    resting = practice.today_for(long_rest, on(0, routine="long"), MONDAY)
    assert practice.advice_line(resting).startswith("Rest until 15 January 2026: 9 rest days")


def test_how_a_session_counts_on_the_summary() -> None:
    history = on(-4, -3, -2, -1) + on(0, 0, routine="knee-clamp")
    third = session("knee-clamp", day=MONDAY)
    assert practice.session_counts_line(third, history, KNEE_CLAMP) == (
        "Day 5 in a row · 3 of 3-5 today")
    assert practice.session_counts_line(third, [*history, third], KNEE_CLAMP) == (
        "Day 5 in a row · 3 of 3-5 today")  # already in the history: counted once
    first = session(day=MONDAY)
    assert practice.session_counts_line(first, [], SQUATS) == "1 of 1-2 this week"
    assert practice.session_counts_line(first, [], WALL) == ""
    stopped = replace(first, outcome=Outcome.STOPPED)
    assert practice.session_counts_line(stopped, history, SQUATS).startswith("Not counted")


# -- local days: midnight, DST, zone changes -------------------------------------------------

def test_midnight_dst_and_zone_changes_never_split_lose_or_double_a_day() -> None:
    berlin = "Europe/Berlin"
    late = session(at=datetime(2026, 1, 5, 22, 50, tzinfo=UTC), zone=berlin, active_s=2400)
    assert late.date == MONDAY  # 23:50 to 00:30 local: Monday's, not Tuesday's too
    # 2026-03-29 02:00 Berlin jumps to 03:00; 2026-10-25 03:00 falls back to 02:00
    spring = [session(at=datetime(2026, 3, 29, 0, 30, tzinfo=UTC), zone=berlin),
              session(at=datetime(2026, 3, 29, 1, 30, tzinfo=UTC), zone=berlin)]
    autumn = [session(at=datetime(2026, 10, 25, 0, 30, tzinfo=UTC), zone=berlin),  # 02:30+2
              session(at=datetime(2026, 10, 25, 1, 30, tzinfo=UTC), zone=berlin)]  # 02:30+1
    assert {record.date for record in spring} == {date(2026, 3, 29)}
    assert {record.date for record in autumn} == {date(2026, 10, 25)}
    # New York on Saturday evening, then Tokyo, where it is already Sunday: two days
    trip = [session(at=datetime(2026, 1, 10, 23, 0, tzinfo=UTC), zone="America/New_York"),
            session(at=datetime(2026, 1, 11, 1, 0, tzinfo=UTC), zone="Asia/Tokyo")]
    assert [record.date for record in trip] == [date(2026, 1, 10), date(2026, 1, 11)]
    records = [late, *spring, *autumn, *trip]
    minutes = practice.day_minutes(records)
    assert minutes[MONDAY] == 40.0
    assert minutes[date(2026, 3, 29)] == minutes[date(2026, 10, 25)] == 20.0
    assert len(minutes) == 5
    assert practice.streaks(trip, date(2026, 1, 11)) == practice.Streaks(2, 2)
    sunday = practice.today_for(SQUATS, trip, date(2026, 1, 11))
    assert sunday.done_this_week == 2 and sunday.done_today == 1


# -- against a plain recount ---------------------------------------------------------------

START = datetime(2026, 1, 1, tzinfo=UTC)
instants = st.integers(0, 60 * 24 * 40).map(lambda minutes: START + timedelta(minutes=minutes))
sessions = st.builds(
    lambda at, zone, routine, outcome, active_s: session(
        routine, at=at, zone=zone, outcome=outcome, active_s=active_s),
    instants, st.sampled_from(ZONES), st.sampled_from(["squat-100", "knee-clamp"]),
    st.sampled_from([*Outcome, None]), st.integers(0, 3600).map(float))


def recount_streaks(records: list[SessionRecord], today: date) -> tuple[int, int]:
    """Walk day by day over the whole range, as a person would with a calendar."""
    days = {record.date for record in records if record.outcome == "completed"}
    if not days:
        return 0, 0
    longest = run = 0
    day = min(days)
    while day <= max(days):
        run = run + 1 if day in days else 0
        longest = max(longest, run)
        day += timedelta(days=1)
    current = 0
    if max(days) >= today - timedelta(days=1):
        day = max(days)
        while day in days:
            current += 1
            day -= timedelta(days=1)
    return current, longest


@settings(max_examples=300, deadline=None)
@given(st.lists(sessions, max_size=40), instants, st.sampled_from(ZONES), st.randoms())
def test_streaks_and_week_counts_equal_a_plain_recount(
        records: list[SessionRecord], now: datetime, zone: str, shuffle: random.Random) -> None:
    today = now.astimezone(ZoneInfo(zone)).date()
    shuffled = list(records)
    shuffle.shuffle(shuffled)
    found = practice.streaks(shuffled, today)
    assert (found.current, found.longest) == recount_streaks(records, today)
    week = {today - timedelta(days=today.weekday()) + timedelta(days=n) for n in range(7)}
    for routine in (SQUATS, KNEE_CLAMP):
        entry = practice.today_for(routine, shuffled, today)
        mine = [r for r in records if r.routine == routine.id and r.outcome == "completed"]
        assert entry.done_this_week == sum(1 for r in mine if r.date in week)
        assert entry.done_today == sum(1 for r in mine if r.date == today)
        assert entry.last_done == max((r.date for r in mine), default=None)
        assert entry.streak_days == found.current
    minutes = practice.day_minutes(shuffled)
    assert abs(sum(minutes.values()) * 60 - sum(r.active_s for r in records)) < 1e-6
    for day, total in minutes.items():
        assert abs(total * 60 - sum(r.active_s for r in records if r.date == day)) < 1e-6
    weeks = practice.week_minutes(shuffled, 8, today)
    assert len(weeks) == 8 and abs(weeks[-1] - sum(minutes.get(day, 0.0) for day in week)) < 1e-6
