"""The reminders file: ``reminders.json`` next to the settings (``Paths.reminders_file``).

One JSON object: ``version`` (:data:`FILE_VERSION`) and ``reminders``, a list of objects::

    {"routine": "knee-clamp", "name": "Knee clamp", "enabled": true,
     "rule": {"kind": "spread", "per_day": 4, "from": "09:00", "until": "21:00",
              "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]},
     "fired_until": "2026-12-02T20:00:00+00:00", "snoozed_until": null}

``"kind": "times"`` has ``"times": ["09:00", "18:00"]`` instead of ``per_day``, ``from`` and
``until``. ``fired_until`` and ``snoozed_until`` are the bookkeeping of
:mod:`leg_timer.reminders.firing` (ISO 8601 with an offset).

Reading never loses a reminder silently: a file that is not JSON, has a newer version, or holds
an entry that cannot be read is set aside (renamed to ``reminders.json.unusable-SECONDS``, as
the settings file is), every entry that could be read is kept, and :attr:`Loaded.problem` says
what happened in one line. The command line reads with ``set_aside=False``: it reports and
moves nothing. Writes are atomic (:func:`leg_timer.atomic_files.replace_atomically`);
:class:`ReminderWriter` makes them in a thread of its own so a slow disk never holds the
window.

Version bumps: a change an older reader would misread (a new rule kind, a changed meaning)
raises :data:`FILE_VERSION` and adds an upgrade step here; a new optional key does not.
"""

from __future__ import annotations

import json
import logging
import time as clock_time
from dataclasses import dataclass
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from leg_timer.atomic_files import replace_atomically
from leg_timer.background_writer import BackgroundWriter
from leg_timer.reminders.rules import DAY_KEYS, AtTimes, Reminder, Rule, Spread, rule_problem

FILE_VERSION = 1
MAX_FILE_BYTES = 1024 * 1024  # far beyond any real file (a few hundred bytes a reminder)

log = logging.getLogger(__name__)


class EntryError(ValueError):
    """One reminder in the file cannot be read."""


@dataclass(frozen=True)
class Loaded:
    reminders: tuple[Reminder, ...]
    problem: str = ""  # one line for people; "" when the file was fine (or absent)
    set_aside: Path | None = None
    # False when writing would overwrite what could not be read (a file that could not be
    # read or set aside): the window then keeps its changes in memory only.
    writable: bool = True


# -- to and from JSON --------------------------------------------------------------------------

def _time_text(at: time) -> str:
    return f"{at.hour:02d}:{at.minute:02d}"


def _instant_text(instant: datetime | None) -> str | None:
    return None if instant is None else instant.astimezone(UTC).isoformat()


def rule_to_json(rule: Rule) -> dict[str, Any]:
    days = [DAY_KEYS[day] for day in sorted(rule.days)]
    if isinstance(rule, AtTimes):
        return {"kind": "times", "times": [_time_text(at) for at in rule.times], "days": days}
    return {"kind": "spread", "per_day": rule.per_day, "from": _time_text(rule.start),
            "until": _time_text(rule.end), "days": days}


def reminder_to_json(reminder: Reminder) -> dict[str, Any]:
    return {"routine": reminder.routine, "name": reminder.name, "enabled": reminder.enabled,
            "rule": rule_to_json(reminder.rule),
            "fired_until": _instant_text(reminder.fired_until),
            "snoozed_until": _instant_text(reminder.snoozed_until)}


def file_text(reminders: tuple[Reminder, ...] | list[Reminder]) -> bytes:
    data = {"version": FILE_VERSION, "reminders": [reminder_to_json(each) for each in reminders]}
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _parse_time(text: object, what: str) -> time:
    if not isinstance(text, str):
        raise EntryError(f"{what} is not a time like \"09:00\"")
    try:
        hours, minutes = text.split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise EntryError(f"{what} {text!r} is not a time like \"09:00\"") from None


def _parse_instant(text: object, what: str) -> datetime | None:
    if text is None:
        return None
    if not isinstance(text, str):
        raise EntryError(f"{what} is not a date and time")
    try:
        instant = datetime.fromisoformat(text)
    except ValueError:
        raise EntryError(f"{what} {text!r} is not an ISO 8601 date and time") from None
    if instant.tzinfo is None:
        raise EntryError(f"{what} {text!r} has no offset")
    return instant.astimezone(UTC)


def _parse_days(value: object) -> frozenset[int]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise EntryError("days is not a list of day names (\"mon\" ... \"sun\")")
    unknown = [day for day in value if day not in DAY_KEYS]
    if unknown:
        raise EntryError(f"unknown day {unknown[0]!r} (the days are {', '.join(DAY_KEYS)})")
    return frozenset(DAY_KEYS.index(day) for day in value)


def rule_from_json(data: object) -> Rule:
    if not isinstance(data, dict):
        raise EntryError("rule is not an object")
    days = _parse_days(data.get("days", list(DAY_KEYS)))
    kind = data.get("kind")
    rule: Rule
    if kind == "times":
        times = data.get("times")
        if not isinstance(times, list):
            raise EntryError("times is not a list")
        rule = AtTimes(tuple(_parse_time(each, "a time") for each in times), days)
    elif kind == "spread":
        per_day = data.get("per_day")
        if not isinstance(per_day, int) or isinstance(per_day, bool):
            raise EntryError("per_day is not a whole number")
        rule = Spread(per_day, _parse_time(data.get("from"), "from"),
                      _parse_time(data.get("until"), "until"), days)
    else:
        raise EntryError(f"unknown rule kind {kind!r} (the kinds are times and spread)")
    problem = rule_problem(rule)
    if problem:
        raise EntryError(problem)
    return rule


def reminder_from_json(data: object) -> Reminder:
    if not isinstance(data, dict):
        raise EntryError("a reminder is not an object")
    routine = data.get("routine")
    if not isinstance(routine, str) or not routine:
        raise EntryError("routine is missing")
    name = data.get("name", "")
    enabled = data.get("enabled", True)
    if not isinstance(name, str) or not isinstance(enabled, bool):
        raise EntryError(f"{routine}: name must be text and enabled true or false")
    try:
        return Reminder(routine, rule_from_json(data.get("rule")), name=name, enabled=enabled,
                        fired_until=_parse_instant(data.get("fired_until"), "fired_until"),
                        snoozed_until=_parse_instant(data.get("snoozed_until"),
                                                     "snoozed_until"))
    except EntryError as error:
        raise EntryError(f"{routine}: {error}") from None


def parse(text: bytes) -> tuple[list[Reminder], list[str]]:
    """The reminders in ``text`` and the problems found (the file is usable as a whole only
    when there are none). Raises ValueError when nothing in it can be read."""
    if len(text) > MAX_FILE_BYTES:
        raise ValueError(f"it is {len(text) // 1024} KiB, far larger than any real one")
    try:
        data = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValueError(f"it is not JSON ({error})") from None
    if not isinstance(data, dict) or not isinstance(data.get("reminders"), list):
        raise ValueError("it has no list of reminders")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValueError("it has no version number")
    if version > FILE_VERSION:
        raise ValueError(f"it is version {version}, from a newer Leg Timer "
                         f"(this one reads version {FILE_VERSION})")
    found: dict[str, Reminder] = {}
    problems = []
    for entry in data["reminders"]:
        try:
            reminder = reminder_from_json(entry)
        except EntryError as error:
            problems.append(str(error))
            continue
        if reminder.routine in found:
            problems.append(f"{reminder.routine}: a second reminder for it")
            continue
        found[reminder.routine] = reminder
    return list(found.values()), problems


# -- the file ----------------------------------------------------------------------------------

def _set_aside(path: Path) -> Path | None:
    target = path.with_name(f"{path.name}.unusable-{int(clock_time.time())}")
    try:
        path.rename(target)
    except OSError:
        log.exception("could not set %s aside", path)
        return None
    return target


def load(path: Path | None, *, set_aside: bool = True) -> Loaded:
    """The reminders in the file at ``path`` (none when it is absent or ``path`` is None)."""
    if path is None:
        return Loaded(())
    try:
        text = path.read_bytes()
    except FileNotFoundError:
        return Loaded(())
    except OSError as error:
        return Loaded((), f"The reminders file {path} cannot be read ({error.strerror}); "
                          f"changes are not saved.", writable=False)
    try:
        reminders, problems = parse(text)
    except ValueError as error:
        reminders, problems = [], [str(error)]
    if not problems:
        return Loaded(tuple(reminders))
    what = problems[0] + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")
    kept = f"; {len(reminders)} reminders kept" if reminders else ""
    if not set_aside:
        return Loaded(tuple(reminders), f"The reminders file {path} has a problem: {what}"
                                        f"{kept}.", writable=False)
    moved = _set_aside(path)
    if moved is None:
        return Loaded(tuple(reminders), f"The reminders file {path} has a problem ({what}) "
                                        f"and could not be set aside{kept}; changes are "
                                        f"not saved.", writable=False)
    log.warning("reminders file %s: %s; set aside as %s", path, what, moved)
    return Loaded(tuple(reminders), f"The reminders file had a problem ({what}) and was "
                                    f"moved to {moved}{kept}.", set_aside=moved)


def save(path: Path, reminders: tuple[Reminder, ...] | list[Reminder]) -> str:
    """Write ``reminders`` to ``path`` at once; why it failed, or "" when it worked."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        replace_atomically(path, file_text(reminders))
    except OSError as error:
        return f"cannot write {path}: {(error.strerror or str(error)).lower()}"
    return ""


class ReminderWriter(BackgroundWriter[tuple[Reminder, ...]]):
    """Saves the reminders in a thread of its own (only the newest list handed over); with
    no ``path`` (folders that cannot be used) nothing is written."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        super().__init__(lambda reminders: save(path, reminders) if path else "",
                         name="reminders-writer",
                         failure=lambda error: f"cannot write {path}: {error}")

    def save(self, state: tuple[Reminder, ...]) -> None:
        """Write ``state`` soon; returns at once."""
        if self.path is not None:
            super().save(state)
