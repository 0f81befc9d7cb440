"""One recorded workout session, as the store keeps it and the command line exports it.

:class:`SessionRecord` is the contract between the store (:mod:`leg_timer.history.store`), the
practice advice (:mod:`leg_timer.history.practice`), the history page and ``leg-timer history
--json``; :meth:`SessionRecord.to_json` gives exactly the README's JSON fields.

Times are aware ``datetime`` values in UTC; ``utc_offset_s`` is the local offset at the start,
and ``date`` the local day the session started on (the day it counts for, whatever happens to
the clock or the time zone later).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any


class Outcome(enum.StrEnum):
    COMPLETED = "completed"  # ran to its end
    STOPPED = "stopped"  # the person stopped it (Esc, a quit, a quit signal)
    INTERRUPTED = "interrupted"  # the app ended without finishing it (crash, kill, power loss)


@dataclass(frozen=True)
class SessionRecord:
    id: str  # a UUID, stable across machines (import merges on it)
    routine: str  # the routine id
    name: str  # the routine's name when it ran
    started: datetime  # UTC, aware
    utc_offset_s: int  # local offset from UTC at the start
    date: date  # the local day it counts for
    planned_s: float
    ended: datetime | None = None  # UTC, aware; None while unfinished
    outcome: Outcome | None = None  # None while unfinished
    active_s: float = 0.0  # running time: pauses and the get-ready countdown excluded
    segments_done: int = 0
    segments_skipped: int = 0
    exercises_done: int = 0
    exercises_skipped: int = 0
    values: Mapping[str, float] = field(default_factory=dict)
    content_hash: str = ""  # sha256 of the routine file's bytes, "" when unknown

    @property
    def local_started(self) -> datetime:
        """The start in the local time of where it happened."""
        return self.started.astimezone(timezone(timedelta(seconds=self.utc_offset_s)))

    def to_json(self) -> dict[str, Any]:
        """The README's JSON fields (``history --json``), plus what import needs back."""
        zone = timezone(timedelta(seconds=self.utc_offset_s))
        return {
            "id": self.id,
            "routine": self.routine,
            "name": self.name,
            "started": self.started.astimezone(zone).isoformat(),
            "ended": None if self.ended is None else self.ended.astimezone(zone).isoformat(),
            "date": self.date.isoformat(),
            "outcome": None if self.outcome is None else self.outcome.value,
            "planned_s": self.planned_s,
            "active_s": self.active_s,
            "segments_done": self.segments_done,
            "segments_skipped": self.segments_skipped,
            "exercises_done": self.exercises_done,
            "exercises_skipped": self.exercises_skipped,
            "values": dict(self.values),
            "content_hash": self.content_hash,
        }

    @classmethod
    def from_json(cls, data: object) -> SessionRecord:
        """A record from :meth:`to_json`'s form; ValueError naming the field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a session is a JSON object")

        def text(key: str, *, required: bool = True) -> str:
            value = data.get(key, None if required else "")
            if not isinstance(value, str) or (required and not value):
                raise ValueError(f"{key!r} must be a non-empty string")
            return value

        def number(key: str, default: float | None = None) -> float:
            value = data.get(key, default)
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise ValueError(f"{key!r} must be a number of at least 0")
            return float(value)

        def instant(key: str) -> datetime:
            value = text(key)
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                raise ValueError(f"{key!r} is not an ISO 8601 time: {value!r}") from None
            if parsed.tzinfo is None:
                raise ValueError(f"{key!r} has no UTC offset: {value!r}")
            return parsed

        started = instant("started")
        offset = started.utcoffset()
        ended = None if data.get("ended") is None else instant("ended")
        outcome_text = data.get("outcome")
        try:
            outcome = None if outcome_text is None else Outcome(outcome_text)
        except ValueError:
            raise ValueError(f"'outcome' must be one of {', '.join(Outcome)}") from None
        try:
            day = date.fromisoformat(text("date"))
        except ValueError:
            raise ValueError(f"'date' must be YYYY-MM-DD, not {data.get('date')!r}") from None
        values = data.get("values", {})
        if not isinstance(values, dict) or not all(
                isinstance(k, str) and isinstance(v, int | float) and not isinstance(v, bool)
                for k, v in values.items()):
            raise ValueError("'values' must map parameter names to numbers")
        return cls(
            id=text("id"), routine=text("routine"), name=text("name"),
            started=started.astimezone(UTC),
            utc_offset_s=int(offset.total_seconds()) if offset is not None else 0,
            date=day, planned_s=number("planned_s"),
            ended=None if ended is None else ended.astimezone(UTC), outcome=outcome,
            active_s=number("active_s", 0), segments_done=int(number("segments_done", 0)),
            segments_skipped=int(number("segments_skipped", 0)),
            exercises_done=int(number("exercises_done", 0)),
            exercises_skipped=int(number("exercises_skipped", 0)),
            values={k: float(v) for k, v in values.items()},
            content_hash=text("content_hash", required=False),
        )
