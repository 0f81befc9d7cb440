"""The reminder offered for a routine that has none yet, from its ``practice:`` hints.

- ``sessions_per_day: LOW-HIGH``: the middle of the range (rounded up), spread over the day
  between :data:`DAY_START` and :data:`DAY_END`, every day (the knee clamp's 3-5 gives 4: 09:00,
  13:00, 17:00, 21:00).
- ``sessions_per_week: LOW-HIGH`` (with ``rest_days_after: N``): the most sessions in the range
  that leave N rest days between them in a week, at least LOW, on days spread from Monday, at
  :data:`EVENING` (the squats' 1-2 with 3 rest days gives one, on Monday; 1-2 with 2 rest days
  would give Monday and Friday).
- no hints: once a day at :data:`EVENING`.

These are offers: the reminder dialog shows them and the person changes what they like.
"""

from __future__ import annotations

from datetime import time

from leg_timer.core.routine import Practice
from leg_timer.reminders.rules import ALL_DAYS, MAX_PER_DAY, AtTimes, Rule, Spread

DAY_START = time(9, 0)
DAY_END = time(21, 0)
EVENING = time(18, 0)


def default_rule(practice: Practice | None) -> Rule:
    """The rule offered for a routine with these hints (see the module's rules)."""
    if practice is not None and practice.sessions_per_day:
        low, high = practice.sessions_per_day
        per_day = max(1, min(MAX_PER_DAY, -(-(low + high) // 2)))
        return Spread(per_day, DAY_START, DAY_END, ALL_DAYS)
    if practice is not None and practice.sessions_per_week:
        low, high = practice.sessions_per_week
        gap = (practice.rest_days_after or 0) + 1  # days from one session to the next
        fitting = [number for number in range(max(1, low), max(1, high) + 1)
                   if number * gap <= 7]
        per_week = max(fitting) if fitting else max(1, low)
        per_week = min(per_week, 7)
        days = frozenset(round(index * 7 / per_week) % 7 for index in range(per_week))
        return AtTimes((EVENING,), days)
    return AtTimes((EVENING,), ALL_DAYS)
