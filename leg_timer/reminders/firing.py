"""Which reminders to show now, so that none is shown twice and one missed while the computer
slept (or while the app was not running) is shown once, late, or let go.

Each :class:`~leg_timer.reminders.rules.Reminder` carries ``fired_until``: every instant of its
rule up to then has been dealt with. A check at ``now`` looks at the instants in
(``fired_until``, ``now``] (and a "Later" that came due), takes only the latest of them, and
moves ``fired_until`` to ``now``; the caller saves that before showing anything. So:

- several instants missed in one sleep give one notification, not one each;
- a check repeated at the same moment, after a restart or after a second wake-up signal finds
  nothing new: nothing is ever shown twice;
- the latest missed instant is shown late only if it is at most :data:`MAX_LATE` ago **and**
  on the same local day as ``now``. A 09:00 reminder found at 14:00 still helps; yesterday's,
  or one from half a day ago, would only nag, and the next one comes anyway. Those are let go
  (logged, not shown);
- a reminder never checked before (just made, or written by hand without ``fired_until``)
  starts from ``now``: it never reaches back before it existed;
- when the wall clock is set back, the instants already dealt with are not shown again; set
  back by more than :data:`MAX_LATE` (a clock that was wrong, now corrected) the bookkeeping
  starts again from ``now`` so reminders do not fall silent for days.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, tzinfo

from leg_timer.reminders.rules import Reminder, scheduled_latest

MAX_LATE = timedelta(hours=12)  # the oldest a missed reminder may be and still be shown
ON_TIME = timedelta(minutes=2)  # later than this, the notification says it is late


@dataclass(frozen=True)
class Firing:
    """A reminder to show now: its instant, and whether it comes late (missed while asleep,
    or while the app was not running)."""

    routine: str
    due: datetime
    late: bool
    snoozed: bool = False  # it is a "Later" coming back


@dataclass(frozen=True)
class Checked:
    reminder: Reminder  # with its bookkeeping moved on: save this
    firing: Firing | None  # show this, if any
    let_go: datetime | None = None  # a missed instant too old to show (for the log)


def check(reminder: Reminder, now: datetime, zone: tzinfo) -> Checked:
    """What to do about ``reminder`` at ``now`` (see the module's rules)."""
    since = reminder.fired_until
    if since is None or since - now > MAX_LATE:
        return Checked(replace(reminder, fired_until=now), None)
    if since >= now:
        return Checked(reminder, None)  # nothing new since the last check
    moved = replace(reminder, fired_until=now)
    if not reminder.enabled:
        return Checked(replace(moved, snoozed_until=None), None)
    latest = scheduled_latest(reminder.rule, since, now, zone)
    snoozed = False
    snooze = reminder.snoozed_until
    if snooze is not None and since < snooze <= now:
        moved = replace(moved, snoozed_until=None)
        if latest is None or snooze > latest:
            latest, snoozed = snooze, True
    elif snooze is not None and snooze <= since:
        moved = replace(moved, snoozed_until=None)  # stale: dealt with long ago
    if latest is None:
        return Checked(moved, None)
    fresh = (now - latest <= MAX_LATE
             and latest.astimezone(zone).date() == now.astimezone(zone).date())
    if not fresh:
        return Checked(moved, None, let_go=latest)
    return Checked(moved, Firing(reminder.routine, latest, late=now - latest > ON_TIME,
                                 snoozed=snoozed))


def snooze(reminder: Reminder, now: datetime, delay: timedelta) -> Reminder:
    """``reminder`` shown again ``delay`` after ``now`` ("Later"), once."""
    return replace(reminder, snoozed_until=now + delay)


def started(reminder: Reminder, now: datetime) -> Reminder:
    """A reminder made or changed at ``now``: it reaches no further back than this."""
    return replace(reminder, fired_until=now, snoozed_until=None)
