"""Sample history records for the history tests."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from leg_timer.history.records import Outcome, SessionRecord


def record(day: int = 0, *, outcome: Outcome | None = Outcome.COMPLETED,
           session_id: str | None = None) -> SessionRecord:
    """A session started on day ``day`` after 2026-01-01, 07:30 at UTC+01:00."""
    started = datetime(2026, 1, 1, 6, 30, tzinfo=UTC) + timedelta(days=day)
    base = SessionRecord(
        id=session_id or str(uuid.UUID(int=day + 1)), routine="squat-100", name="Squat 100",
        started=started, utc_offset_s=3600, date=date(2026, 1, 1) + timedelta(days=day),
        planned_s=600.0, values={"minutes": 10.0}, content_hash="ab" * 32)
    if outcome is None:
        return base
    return replace(base, ended=started + timedelta(seconds=620), outcome=outcome,
                   active_s=598.5, segments_done=12, segments_skipped=1, exercises_done=3,
                   exercises_skipped=1)
