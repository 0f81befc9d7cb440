"""What the history means: minutes per day and week, streaks, totals per routine, and the
routines' ``practice:`` hints turned into advice against what was done. Qt-free, pure.

Everything here works on lists of :class:`SessionRecord` and a ``today`` given by the caller
(the local date now), never on a clock, so the same records always mean the same thing.

The rules, also in the README ("Advice from the routines"):

- A session counts for the day in its ``date``: the local day where it started. Nothing here
  converts a time, so crossing midnight, a DST change or a change of time zone never splits,
  loses or doubles a day.
- A session is *done* when it completed. Streaks, ``done_today``, ``done_this_week`` and
  ``last_done`` count completed sessions only; active minutes count every session's running
  time, however it ended.
- A rest (``rest_days_after``) follows a completed session, and also a stopped or interrupted
  one that ran at least half its planned time (:data:`REST_SHARE`): the legs did most of the
  work. A session stopped early starts no rest.
- Weeks start on Monday.
- The current streak is the latest run of days with a completed session, if it reaches
  yesterday or later (today not done yet keeps yesterday's run alive; a day recorded after
  today, in a zone ahead of this one, belongs to it as well); 0 otherwise.

The words are the routine's advice, never a rule: starting a routine always works.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Protocol

from leg_timer.core.routine import Practice
from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.history.records import Outcome, SessionRecord

REST_SHARE = 0.5  # a stopped or interrupted session this far through its plan starts a rest

# The words go through the catalogues (context "Advice"); the names below are translated when
# used.
Advice = Context("Advice")
_WEEKDAYS = (QT_TRANSLATE_NOOP("Advice", "Monday"), QT_TRANSLATE_NOOP("Advice", "Tuesday"),
             QT_TRANSLATE_NOOP("Advice", "Wednesday"), QT_TRANSLATE_NOOP("Advice", "Thursday"),
             QT_TRANSLATE_NOOP("Advice", "Friday"), QT_TRANSLATE_NOOP("Advice", "Saturday"),
             QT_TRANSLATE_NOOP("Advice", "Sunday"))
_MONTHS = (QT_TRANSLATE_NOOP("Advice", "January"), QT_TRANSLATE_NOOP("Advice", "February"),
           QT_TRANSLATE_NOOP("Advice", "March"), QT_TRANSLATE_NOOP("Advice", "April"),
           QT_TRANSLATE_NOOP("Advice", "May"), QT_TRANSLATE_NOOP("Advice", "June"),
           QT_TRANSLATE_NOOP("Advice", "July"), QT_TRANSLATE_NOOP("Advice", "August"),
           QT_TRANSLATE_NOOP("Advice", "September"), QT_TRANSLATE_NOOP("Advice", "October"),
           QT_TRANSLATE_NOOP("Advice", "November"), QT_TRANSLATE_NOOP("Advice", "December"))


class RoutineLike(Protocol):
    """What advice needs of a routine: :class:`leg_timer.core.routine.Routine` has it."""

    @property
    def id(self) -> str: ...

    @property
    def practice(self) -> Practice | None: ...


# -- words (history is below present/, so its wording helper is not at hand) ---------------

def _rest_days(number: int) -> str:
    """"3 rest days", "1 rest day", in the person's language."""
    return Advice.tr("%n rest day(s)", None, number)


def _span(low_high: tuple[int, int]) -> str:
    """"3-5", or "2" when the two ends are one number."""
    low, high = low_high
    return f"{low}-{high}" if low != high else f"{low}"


def _sessions(low_high: tuple[int, int]) -> str:
    """"3-5 sessions", "1 session"."""
    if low_high[0] == low_high[1]:
        return Advice.tr("%n session(s)", None, low_high[0])
    return Advice.tr("{span} sessions").format(span=_span(low_high))


def _upper_first(text: str) -> str:
    """``text`` with its first letter a capital (str.capitalize would lower "Friday")."""
    return text[:1].upper() + text[1:]


def _long_date(day: date) -> str:
    return Advice.tr("{day} {month} {year}", "a date: 16 January 2026").format(
        day=day.day, month=Advice.tr(_MONTHS[day.month - 1]), year=day.year)


def _weekday(day: date) -> str:
    return Advice.tr(_WEEKDAYS[day.weekday()])


def day_name(day: date, today: date) -> str:
    """A day after ``today`` as a person says it: "tomorrow", "Friday" within the coming
    week, "16 January 2026" further on (and "today" for today itself)."""
    ahead = (day - today).days
    if ahead == 0:
        return Advice.tr("today")
    if ahead == 1:
        return Advice.tr("tomorrow")
    if 1 < ahead < 7:
        return _weekday(day)
    return _long_date(day)


def when_done(day: date, today: date) -> str:
    """A past day: "today", "yesterday", "on Monday" in the last week, "on 5 January 2026"."""
    ago = (today - day).days
    if ago == 0:
        return Advice.tr("today")
    if ago == 1:
        return Advice.tr("yesterday")
    if 1 < ago < 7:
        return Advice.tr("on {weekday}").format(weekday=_weekday(day))
    return Advice.tr("on {date}").format(date=_long_date(day))


# -- days, weeks, streaks, totals -----------------------------------------------------------

def week_start(day: date) -> date:
    """The Monday of ``day``'s week (weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def is_done(record: SessionRecord) -> bool:
    """Whether ``record`` counts as done: it completed."""
    return record.outcome is Outcome.COMPLETED


def starts_rest(record: SessionRecord) -> bool:
    """Whether ``record`` is followed by its routine's rest days: completed, or stopped or
    interrupted at least :data:`REST_SHARE` of the way through its planned time."""
    if record.outcome is Outcome.COMPLETED:
        return True
    if record.outcome is None:
        return False  # still running
    return record.planned_s > 0 and record.active_s >= REST_SHARE * record.planned_s


def done_days(records: Iterable[SessionRecord]) -> set[date]:
    """The local days with at least one completed session."""
    return {record.date for record in records if is_done(record)}


def day_minutes(records: Iterable[SessionRecord]) -> dict[date, float]:
    """Active minutes per local day (every session, however it ended); days without any
    running time are left out."""
    minutes: dict[date, float] = defaultdict(float)
    for record in records:
        if record.active_s > 0:
            minutes[record.date] += record.active_s / 60
    return dict(minutes)


def week_minutes(records: Iterable[SessionRecord], weeks: int, today: date) -> list[float]:
    """Active minutes in each of the ``weeks`` weeks up to ``today``'s, oldest first."""
    return weekly_totals(day_minutes(records), weeks, today)


def weekly_totals(minutes_by_day: Mapping[date, float], weeks: int, today: date) -> list[float]:
    """:func:`week_minutes` from minutes per day already summed (the history page has them)."""
    first = week_start(today) - timedelta(weeks=weeks - 1)
    totals = [0.0] * max(weeks, 0)
    for day, minutes in minutes_by_day.items():
        index = (week_start(day) - first).days // 7
        if 0 <= index < weeks:
            totals[index] += minutes
    return totals


@dataclass(frozen=True)
class Streaks:
    current: int  # days in a row up to today (or yesterday, while today is not done yet)
    longest: int  # the longest run of days in a row in the whole history


def streaks(records: Iterable[SessionRecord], today: date) -> Streaks:
    """The current and longest runs of days on which some session completed."""
    days = sorted(done_days(records))
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and previous >= today - timedelta(days=1) else 0
    return Streaks(current=current, longest=longest)


def run_ending(days: set[date], day: date) -> int:
    """How many days in a row of ``days`` end on ``day`` (0 when ``day`` is not in it)."""
    run = 0
    while day - timedelta(days=run) in days:
        run += 1
    return run


@dataclass(frozen=True)
class RoutineTotal:
    routine: str  # the routine's id
    name: str  # its name in the latest session
    sessions: int  # every session recorded, however it ended
    completed: int
    active_s: float

    @property
    def minutes(self) -> float:
        return self.active_s / 60


@dataclass
class _Sum:
    name: str = ""
    sessions: int = 0
    completed: int = 0
    active_s: float = 0.0


def routine_totals(records: Iterable[SessionRecord]) -> dict[str, RoutineTotal]:
    """Sessions, completed sessions and active time per routine id, the most practised
    (by active time) first."""
    # Mutable sums first, frozen totals once at the end: a copy per session cost 20 ms at
    # 7,000 sessions, on the GUI thread when the history page opens.
    sums: dict[str, _Sum] = {}
    for record in sorted(records, key=lambda each: each.started):
        entry = sums.setdefault(record.routine, _Sum())
        entry.name = record.name
        entry.sessions += 1
        entry.completed += is_done(record)
        entry.active_s += record.active_s
    found = {routine: RoutineTotal(routine, entry.name, entry.sessions, entry.completed,
                                   entry.active_s) for routine, entry in sums.items()}
    return dict(sorted(found.items(), key=lambda item: (-item[1].active_s, item[1].name)))


# -- advice -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Today:
    """One routine against the history on ``day``: ``leg-timer today``'s entry, and what the
    picker's advice line is made of. :meth:`to_json` gives exactly the README's fields."""

    id: str
    done_today: int  # completed sessions of this routine today
    per_day: tuple[int, int] | None  # the routine's sessions_per_day hint
    done_this_week: int  # completed sessions of this routine this week (Monday to Sunday)
    per_week: tuple[int, int] | None
    rest_until: date | None  # the first day the routine advises it again; None: no rest now
    last_done: date | None  # the latest day this routine completed
    streak_days: int  # the whole history's current streak, every routine counted
    advice: str  # one sentence
    day: date  # the "today" this was worked out for
    rest_days: int | None = None  # the routine's rest_days_after hint

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "done_today": self.done_today,
            "per_day": None if self.per_day is None else list(self.per_day),
            "done_this_week": self.done_this_week,
            "per_week": None if self.per_week is None else list(self.per_week),
            "rest_until": None if self.rest_until is None else self.rest_until.isoformat(),
            "last_done": None if self.last_done is None else self.last_done.isoformat(),
            "streak_days": self.streak_days,
            "advice": self.advice,
        }


def rest_until(records: Iterable[SessionRecord], rest_days: int | None,
               today: date) -> date | None:
    """The first day after the rest that follows the latest session starting one (see
    :func:`starts_rest`); None without a rest hint, or once that day has come."""
    if not rest_days:
        return None
    rested = [record.date for record in records if starts_rest(record)]
    if not rested:
        return None
    until = max(rested) + timedelta(days=rest_days + 1)
    return until if until > today else None


def today_for(routine: RoutineLike, records: Sequence[SessionRecord], today: date) -> Today:
    """What ``routine``'s practice hints say on ``today``, against ``records`` (the whole
    history: every routine's sessions count for the streak)."""
    own = [record for record in records if record.routine == routine.id]
    done = [record.date for record in own if is_done(record)]
    monday = week_start(today)
    practice = routine.practice or Practice()
    rest_days = practice.rest_days_after or None
    entry = Today(
        id=routine.id,
        done_today=sum(1 for day in done if day == today),
        per_day=practice.sessions_per_day,
        done_this_week=sum(1 for day in done if monday <= day < monday + timedelta(days=7)),
        per_week=practice.sessions_per_week,
        rest_until=rest_until(own, rest_days, today),
        last_done=max(done, default=None),
        streak_days=streaks(records, today).current,
        advice="",
        day=today,
        rest_days=rest_days,
    )
    return replace(entry, advice=advice_sentence(entry))


def _has_hints(today: Today) -> bool:
    return bool(today.per_day or today.per_week or today.rest_days)


def _rest_words(today: Today) -> str:
    assert today.rest_until is not None and today.rest_days
    return Advice.tr("rest until {day}: {rest_days} after a hard leg session").format(
        day=day_name(today.rest_until, today.day), rest_days=_rest_days(today.rest_days))


def _rest_clause(today: Today) -> str:
    assert today.rest_until is not None and today.rest_days
    return Advice.tr("rest until {day} ({rest_days} after a hard leg session)").format(
        day=day_name(today.rest_until, today.day), rest_days=_rest_days(today.rest_days))


def _last_done_words(today: Today) -> str:
    if today.last_done is None:
        return Advice.tr("not done yet")
    return Advice.tr("last done {when}").format(when=when_done(today.last_done, today.day))


def advice_sentence(today: Today) -> str:
    """``today``'s advice as one sentence (``leg-timer today``'s ``advice``)."""
    if not _has_hints(today):
        return Advice.tr("This routine gives no practice advice; {last_done}.").format(
            last_done=_last_done_words(today))
    parts = []
    if today.rest_until is not None:
        parts.append(_rest_clause(today))
    if today.per_day:
        parts.append(Advice.tr("{sessions} a day, {done} done today").format(
            sessions=_sessions(today.per_day), done=today.done_today))
    if today.per_week:
        parts.append(Advice.tr("{sessions} a week, {done} done this week").format(
            sessions=_sessions(today.per_week), done=today.done_this_week))
    if not parts:  # only a rest hint, and no rest now
        parts.append(Advice.tr("{rest_days} after a hard leg session, {last_done}").format(
            rest_days=_rest_days(today.rest_days or 0), last_done=_last_done_words(today)))
    return Advice.tr("The routine's advice: {parts}.").format(
        parts=Advice.tr("; ", "between parts of the advice").join(parts))


def advice_line(today: Today) -> str:
    """The picker's short line beside a routine: "2 of 3-5 today (the routine's advice)",
    "Rest until Friday: 3 rest days after a hard leg session · 1 of 1-2 this week (the
    routine's advice)"; for a routine without hints, when it was last done ("Last done
    yesterday", "Not done yet")."""
    if not _has_hints(today):
        return _upper_first(_last_done_words(today))
    parts = []
    if today.rest_until is not None:
        parts.append(_upper_first(_rest_words(today)))
    if today.per_day:
        parts.append(Advice.tr("{done} of {span} today").format(
            done=today.done_today, span=_span(today.per_day)))
    if today.per_week:
        parts.append(Advice.tr("{done} of {span} this week").format(
            done=today.done_this_week, span=_span(today.per_week)))
    if not parts:
        return _upper_first(_last_done_words(today))
    return Advice.tr("{parts} (the routine's advice)").format(parts=" · ".join(parts))


def session_counts_line(record: SessionRecord, records: Sequence[SessionRecord],
                        routine: RoutineLike) -> str:
    """How ``record`` (a session just ended) counts, for the summary: "Day 5 in a row · 3 of
    3-5 today", "1 of 1-2 this week"; "" when there is nothing to count. ``records`` is the
    history, with or without ``record`` in it."""
    if not is_done(record):
        return Advice.tr("Not counted: only finished sessions count toward streaks and advice")
    history = [each for each in records if each.id != record.id] + [record]
    entry = today_for(routine, history, record.date)
    parts = []
    streak = run_ending(done_days(history), record.date)
    if streak > 1:
        parts.append(Advice.tr("Day {streak} in a row").format(streak=streak))
    if entry.per_day:
        parts.append(Advice.tr("{done} of {span} today").format(
            done=entry.done_today, span=_span(entry.per_day)))
    if entry.per_week:
        parts.append(Advice.tr("{done} of {span} this week").format(
            done=entry.done_this_week, span=_span(entry.per_week)))
    return " · ".join(parts)
