"""What a reminder is: a routine and a rule saying when to remind, with every instant the rule
gives worked out in a time zone, and the rule in words.

Two kinds of rule, each on chosen weekdays (Monday is 0):

- :class:`AtTimes`: at given times of day ("09:00 and 18:00 on Monday and Thursday").
- :class:`Spread`: N times a day between two hours, spread evenly with both ends included
  ("4 a day between 09:00 and 21:00" is 09:00, 13:00, 17:00 and 21:00; one a day is the
  middle of the span).

Times are local wall-clock times: 09:00 stays 09:00 across a daylight-saving change. A time
that does not exist on the day the clocks go forward (02:30 in most of Europe) is taken with
the offset before the change, so it comes an hour later by the wall clock (03:30); a time
that happens twice on the day they go back comes the first time only (``fold=0``).
Instants are returned in UTC, so comparing and storing them never depends on a zone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context

ALL_DAYS: frozenset[int] = frozenset(range(7))
WEEKDAYS_ONLY: frozenset[int] = frozenset(range(5))
WEEKEND: frozenset[int] = frozenset({5, 6})
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # the file's names
# English, marked for the catalogues (context "Reminders"): day_name() translates one.
DAY_NAMES = (QT_TRANSLATE_NOOP("Reminders", "Monday"), QT_TRANSLATE_NOOP("Reminders", "Tuesday"),
             QT_TRANSLATE_NOOP("Reminders", "Wednesday"),
             QT_TRANSLATE_NOOP("Reminders", "Thursday"),
             QT_TRANSLATE_NOOP("Reminders", "Friday"),
             QT_TRANSLATE_NOOP("Reminders", "Saturday"),
             QT_TRANSLATE_NOOP("Reminders", "Sunday"))
Reminders = Context("Reminders")


def day_name(day: int) -> str:
    """The name of weekday ``day`` (0 is Monday) in the person's language."""
    return Reminders.tr(DAY_NAMES[day])
MAX_PER_DAY = 12  # more would be nagging, not reminding
MAX_TIMES = 12
SNOOZE = timedelta(minutes=10)  # "Later (10 min)"


@dataclass(frozen=True)
class AtTimes:
    """At each of ``times`` (local wall-clock), on ``days``."""

    times: tuple[time, ...]
    days: frozenset[int] = ALL_DAYS

    def __post_init__(self) -> None:
        object.__setattr__(self, "times", tuple(sorted(set(
            each.replace(second=0, microsecond=0, tzinfo=None) for each in self.times))))

    def times_of_day(self) -> tuple[time, ...]:
        return self.times


@dataclass(frozen=True)
class Spread:
    """``per_day`` times between ``start`` and ``end`` (local wall-clock), on ``days``."""

    per_day: int
    start: time
    end: time
    days: frozenset[int] = ALL_DAYS

    def times_of_day(self) -> tuple[time, ...]:
        """The times, to the minute: both ends included when there are two or more."""
        first = self.start.hour * 60 + self.start.minute
        last = self.end.hour * 60 + self.end.minute
        if self.per_day <= 1:
            minutes = [(first + last) // 2]
        else:
            step = (last - first) / (self.per_day - 1)
            minutes = [round(first + index * step) for index in range(self.per_day)]
        return tuple(sorted({time(minute // 60, minute % 60) for minute in minutes}))


Rule = AtTimes | Spread


@dataclass(frozen=True)
class Reminder:
    """One routine's reminder, and what has been done about it.

    ``routine`` is the routine's key in the library (its id, ``user:ID`` for a user file that
    shares a built-in's id); ``name`` is its name when the reminder was saved, for the
    command line, which does not load routines. ``fired_until`` is the instant (UTC) up to
    which every due instant has been dealt with, shown or let go (see
    :mod:`leg_timer.reminders.firing`); ``snoozed_until`` the instant a "Later" comes back.
    """

    routine: str
    rule: Rule
    name: str = ""
    enabled: bool = True
    fired_until: datetime | None = None
    snoozed_until: datetime | None = field(default=None)


def rule_problem(rule: Rule) -> str:
    """Why ``rule`` cannot be used, in one line; "" when it can."""
    if not rule.days or not rule.days <= ALL_DAYS:
        return Reminders.tr("choose at least one day of the week")
    if isinstance(rule, AtTimes):
        if not rule.times:
            return Reminders.tr("give at least one time of day")
        if len(rule.times) > MAX_TIMES:
            return Reminders.tr("give at most {count} times of day").format(count=MAX_TIMES)
        return ""
    if not 1 <= rule.per_day <= MAX_PER_DAY:
        return Reminders.tr("the number a day must be 1 to {most}").format(most=MAX_PER_DAY)
    if rule.per_day > 1 and rule.end <= rule.start:
        return Reminders.tr("the last time must come after the first")
    if rule.end < rule.start:
        return Reminders.tr("the last time must not come before the first")
    return ""


def parse_times(text: str) -> tuple[time, ...]:
    """Times of day as a person types them, "9:00, 13:30 18" (commas or spaces between);
    ValueError naming the first that is not a time."""
    found = []
    for part in text.replace(",", " ").replace(";", " ").split():
        hours, _, minutes = part.partition(":")
        try:
            found.append(time(int(hours), int(minutes or "0")))
        except ValueError:
            raise ValueError(Reminders.tr("{text} is not a time of day like 09:00").format(
                text=repr(part))) from None
    return tuple(sorted(set(found)))


# -- instants --------------------------------------------------------------------------------

def local_instant(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` on ``day`` in ``zone``, as a UTC instant (see the module's note on DST)."""
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def instants_on(rule: Rule, day: date, zone: tzinfo) -> list[datetime]:
    """Every instant ``rule`` gives on the local ``day``, in order (none on a day off)."""
    if day.weekday() not in rule.days:
        return []
    return sorted({local_instant(day, at, zone) for at in rule.times_of_day()})


def scheduled_after(rule: Rule, after: datetime, zone: tzinfo) -> datetime | None:
    """The first instant of ``rule`` strictly after ``after``; None if it gives none."""
    if rule_problem(rule):
        return None
    day = after.astimezone(zone).date() - timedelta(days=1)  # a zone change may shift a day
    for offset in range(9):  # a week and a bit: every weekday comes round
        for instant in instants_on(rule, day + timedelta(days=offset), zone):
            if instant > after:
                return instant
    return None


def scheduled_latest(rule: Rule, after: datetime, until: datetime,
                     zone: tzinfo) -> datetime | None:
    """The last instant of ``rule`` in (``after``, ``until``]; None when there is none."""
    if until <= after or rule_problem(rule):
        return None
    # The latest instant of a weekly rule lies in the last week: older days need no look,
    # however long ago ``after`` is (an app not started for months).
    earliest = max(after, until - timedelta(days=8))
    first = earliest.astimezone(zone).date() - timedelta(days=1)
    day = until.astimezone(zone).date() + timedelta(days=1)
    while day >= first:
        for instant in reversed(instants_on(rule, day, zone)):
            if after < instant <= until:
                return instant
        day -= timedelta(days=1)
    return None


def next_due(reminder: Reminder, now: datetime, zone: tzinfo) -> datetime | None:
    """When ``reminder`` is next shown, after ``now`` and after what has been dealt with; None
    when disabled or when its rule gives no instant. A "Later" counts."""
    if not reminder.enabled:
        return None
    after = now
    if reminder.fired_until is not None and reminder.fired_until > after:
        after = reminder.fired_until  # the clock went back: those were dealt with already
    candidates = [scheduled_after(reminder.rule, after, zone)]
    if reminder.snoozed_until is not None and reminder.snoozed_until > after:
        candidates.append(reminder.snoozed_until)
    found = [each for each in candidates if each is not None]
    return min(found) if found else None


# -- words -----------------------------------------------------------------------------------

def _and(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return Reminders.tr("{list} and {last}").format(
        list=Reminders.tr(", ", "between listed items").join(words[:-1]), last=words[-1])


def days_words(days: frozenset[int]) -> str:
    """"every day", "on weekdays", "at weekends", "on Monday and Thursday"."""
    if days == ALL_DAYS:
        return Reminders.tr("every day")
    if days == WEEKDAYS_ONLY:
        return Reminders.tr("on weekdays")
    if days == WEEKEND:
        return Reminders.tr("at weekends")
    return Reminders.tr("on {days}").format(days=_and([day_name(day) for day in sorted(days)]))


def clock_text(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def rule_words(rule: Rule) -> str:
    """The rule as a person says it: "every day at 09:00 and 18:00", "4 times a day between
    09:00 and 21:00, on weekdays"."""
    if isinstance(rule, AtTimes):
        return Reminders.tr("{days} at {times}").format(
            days=days_words(rule.days), times=_and([clock_text(at) for at in rule.times]))
    pattern = (Reminders.tr("once a day between {start} and {end}, {days}")
               if rule.per_day == 1 else
               Reminders.tr("%n time(s) a day between {start} and {end}, {days}", None,
                            rule.per_day))
    return pattern.format(start=clock_text(rule.start), end=clock_text(rule.end),
                          days=days_words(rule.days))
