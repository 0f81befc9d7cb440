"""The reminders as ``leg-timer reminders`` lists them: each routine with its rule in words and
when it comes next (ISO 8601 with the local offset), as JSON entries or as table lines."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, tzinfo
from typing import Any

from leg_timer.core.translation import QT_TRANSLATE_NOOP
from leg_timer.reminders.rules import Reminder, Reminders, next_due, rule_words
from leg_timer.reminders.store import rule_to_json

NOTHING_SET = QT_TRANSLATE_NOOP("Reminders", "No reminders. Set one in the window: select a "
                                "routine, then Routine > Reminders… (Ctrl+R).")


def _local_text(instant: datetime | None, zone: tzinfo) -> str | None:
    return None if instant is None else instant.astimezone(zone).isoformat(timespec="seconds")


def entries(reminders: Iterable[Reminder], now: datetime, zone: tzinfo) -> list[dict[str, Any]]:
    """One JSON object per reminder, soonest first (those that never come last)."""
    rows = []
    for reminder in reminders:
        due = next_due(reminder, now, zone)
        rows.append((due is None, due or now, reminder.routine, {
            "routine": reminder.routine,
            "name": reminder.name or reminder.routine,
            "enabled": reminder.enabled,
            "rule": rule_words(reminder.rule),
            "schedule": rule_to_json(reminder.rule),
            "next": _local_text(due, zone),
            "snoozed_until": _local_text(reminder.snoozed_until, zone)
            if reminder.snoozed_until is not None and reminder.snoozed_until > now else None,
        }))
    rows.sort(key=lambda row: row[:3])
    return [row[3] for row in rows]


def table(rows: list[dict[str, Any]]) -> list[str]:
    """The table's lines: id, name, next time (or "off"), rule."""
    if not rows:
        return [Reminders.tr(NOTHING_SET)]
    off = Reminders.tr("off", "a reminder turned off")
    id_width = max(len(row["routine"]) for row in rows)
    name_width = max(len(row["name"]) for row in rows)
    next_width = max(len(row["next"] or off) for row in rows)
    return [f"{row['routine']:<{id_width}}  {row['name']:<{name_width}}  "
            f"{row['next'] or off:<{next_width}}  {row['rule']}"
            for row in rows]
