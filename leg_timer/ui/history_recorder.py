"""Records each workout in the history as it happens, from the session's events.

The window attaches the recorder to each :class:`~leg_timer.ui.driver.SessionDriver`; the
recorder writes the session when it starts, again at every segment boundary (so a crash or a
``kill -9`` loses at most the segment in progress), and once more when it finishes or is
stopped. The writes go through a :class:`~leg_timer.history.store.QueuedWriter`: the GUI thread
only hands a small frozen record over and never waits for the disk.

Signals:
    problem(str): a write failed (a full disk, a file made read-only); said once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from leg_timer.core.plan import SegmentKind
from leg_timer.core.session import Event, EventKind, Session
from leg_timer.core.session import Outcome as SegmentOutcome
from leg_timer.desktop.single_instance import sha256_hex
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore, QueuedWriter
from leg_timer.ui.driver import SessionDriver

log = logging.getLogger(__name__)

Now = Callable[[], datetime]


def content_hash(path: str) -> str:
    """sha256 of a routine file's bytes; "" for a built-in without a path or a file gone.

    Worked out by Qt, as the instance names are: hashlib would map OpenSSL's libcrypto into the
    window's process for this alone, 3.3 MiB of its peak memory (docs/performance.md)."""
    if not path:
        return ""
    try:
        return sha256_hex(Path(path).read_bytes())
    except OSError:
        return ""


def session_record(session: Session, base: SessionRecord) -> SessionRecord:
    """``base`` (who, what, when it started) with what ``session`` has done so far."""
    segments = session.plan.segments
    exercises: dict[int, set[SegmentOutcome | None]] = {}
    for segment, outcome in zip(segments, session.outcomes, strict=True):
        if segment.exercise_index is not None and segment.kind.is_effort:
            exercises.setdefault(segment.exercise_index, set()).add(outcome)
    counts = session.counts()
    active = sum(session.segment_run_s(number) for number, segment in enumerate(segments)
                 if segment.kind is not SegmentKind.PREPARE)
    return SessionRecord(
        id=base.id, routine=base.routine, name=base.name, content_hash=base.content_hash,
        started=base.started, utc_offset_s=base.utc_offset_s, date=base.date,
        planned_s=base.planned_s, values=base.values, active_s=round(active, 3),
        segments_done=counts[SegmentOutcome.COMPLETED],
        segments_skipped=counts[SegmentOutcome.SKIPPED],
        exercises_done=sum(SegmentOutcome.COMPLETED in seen for seen in exercises.values()),
        exercises_skipped=sum(SegmentOutcome.COMPLETED not in seen
                              and SegmentOutcome.SKIPPED in seen
                              for seen in exercises.values()))


class HistoryRecorder(QObject):
    problem = Signal(str)

    def __init__(self, store: HistoryStore, *, now: Now | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._now: Now = now or (lambda: datetime.now(UTC))
        self.writer = QueuedWriter(store)
        store.on_problem = self.problem.emit  # from the writer's thread: queued to the GUI
        self._driver: SessionDriver | None = None
        self._base: SessionRecord | None = None  # the session being recorded
        self._last: SessionRecord | None = None  # its latest state as written
        self._closed = False

    @property
    def current_id(self) -> str | None:
        """The id of the session being recorded (None between sessions)."""
        return self._base.id if self._base is not None else None

    def attach(self, driver: SessionDriver) -> None:
        self.detach()
        self._driver = driver
        driver.session_event.connect(self._on_session_event)

    def detach(self) -> None:
        """Stop following the driver; a session still open is recorded as stopped."""
        if self._driver is None:
            return
        session = self._driver.session
        self._driver.session_event.disconnect(self._on_session_event)
        self._driver = None
        if self._base is not None and session.is_active:  # as far as it got
            self._last = session_record(session, self._base)
        self._end_open(Outcome.STOPPED)

    def close(self) -> None:
        """At quit: end what is open, write everything queued, stop the writer thread."""
        self.detach()
        if not self._closed:
            self._closed = True
            self.writer.close()

    def _on_session_event(self, event: Event) -> None:
        driver = self._driver
        if driver is None:
            return
        session = driver.session
        kind = event.kind
        if kind is EventKind.SESSION_STARTED:
            self._end_open(Outcome.STOPPED)  # R: the attempt before stopped there
            self._begin(session)
        elif kind is EventKind.SEGMENT_STARTED and self._base is not None:
            if self._last is not None and self._last.segments_done == 0 \
                    and self._last.segments_skipped == 0 and event.index == 0:
                return  # the first segment: begin has just written the same
            self._save(session_record(session, self._base))
        elif kind in (EventKind.SESSION_FINISHED, EventKind.SESSION_STOPPED) \
                and self._base is not None:
            outcome = Outcome.COMPLETED if kind is EventKind.SESSION_FINISHED \
                else Outcome.STOPPED
            record = session_record(session, self._base)
            self._save(_ended(record, self._now(), outcome))
            self._base = self._last = None

    def _begin(self, session: Session) -> None:
        started = self._now().astimezone(UTC)
        local = started.astimezone()  # the offset and day where it happens
        offset = local.utcoffset()
        plan = session.plan
        # Imported here: uuid loads platform (~2.5 ms), needed only once a workout starts,
        # never before the window's first paint (docs/performance.md).
        import uuid

        self._base = SessionRecord(
            id=str(uuid.uuid4()), routine=plan.routine.id, name=plan.routine.name,
            content_hash=content_hash(plan.routine.path), started=started,
            utc_offset_s=int(offset.total_seconds()) if offset is not None else 0,
            date=local.date(),
            planned_s=sum(segment.duration_s or 0.0 for segment in plan.segments
                          if segment.kind is not SegmentKind.PREPARE),
            values=dict(plan.values))
        self._save(self._base)

    def _end_open(self, outcome: Outcome) -> None:
        if self._last is not None:
            self._save(_ended(self._last, self._now(), outcome))
        self._base = self._last = None

    def _save(self, record: SessionRecord) -> None:
        self._last = record
        self.writer.save(record)


def _ended(record: SessionRecord, at: datetime, outcome: Outcome) -> SessionRecord:
    return replace(record, ended=at.astimezone(UTC), outcome=outcome)
