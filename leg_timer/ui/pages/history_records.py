"""What the history page and the picker read of the workout history, without the page's
widgets: the sessions, oldest first, the picker's advice line and the summary's counts line.

Kept apart from :mod:`leg_timer.ui.pages.history_view` so the window's first paint (the
picker's advice) does not import the history page, which is built on first use
(docs/performance.md, start-up).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Protocol

from leg_timer.core.routine import Routine
from leg_timer.core.session import Session
from leg_timer.history import practice
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.ui.history_recorder import session_record

log = logging.getLogger("leg_timer.ui.pages.history_view")  # where these were logged before


class SessionStore(Protocol):
    """What the page needs of :class:`leg_timer.history.store.HistoryStore`."""

    def sessions(self, since: date | None = None) -> list[SessionRecord]: ...

    def delete(self, session_id: str, /) -> object: ...

    def restore(self, record: SessionRecord, /) -> None: ...


# -- the meaning of the history: leg_timer.history.practice's ------------------------------

# A routine's name in the chosen language by its id (None: not in the library any more, and
# the name recorded when it ran is shown). MainWindow gives the library's.
NameOf = Callable[[str], str | None]


def _recorded_name(_routine: str) -> str | None:
    return None


def routine_totals(records: Sequence[SessionRecord], name_of: NameOf = _recorded_name
                   ) -> list[tuple[str, int, float]]:
    """(routine name, sessions, active minutes) per routine, the most practised first."""
    return [(name_of(routine) or total.name, total.sessions, total.minutes)
            for routine, total in practice.routine_totals(records).items()]


def advice_for(routine: Routine, records: Sequence[SessionRecord], today: date) -> str:
    """The picker's line for ``routine``: its ``practice:`` hints against ``today``."""
    return practice.advice_line(practice.today_for(routine, records, today))


def ended_counts_line(store: SessionStore | None, session_id: str | None, session: Session,
                      *, finished: bool) -> str:
    """The summary's line for ``session``, just ended: the store holds it as last written
    (the recorder's final write is still queued), so it is brought up to date here first."""
    records = load_records(store) or []
    begun = next((record for record in records if record.id == session_id), None)
    if begun is None:
        return ""
    record = replace(session_record(session, begun), ended=datetime.now(UTC),
                     outcome=Outcome.COMPLETED if finished else Outcome.STOPPED)
    try:
        return practice.session_counts_line(record, records, session.plan.routine)
    except Exception:  # a nicety: never in the way of the summary
        log.exception("could not say how the session counts")
        return ""


def load_records(store: SessionStore | None) -> list[SessionRecord] | None:
    """Every recorded session, oldest first; None without a store or when reading fails."""
    if store is None:
        return None
    try:
        return sorted(store.sessions(), key=_started)
    except Exception:  # a broken history file must not take the window with it
        log.exception("could not read the workout history")
        return None


def _started(record: SessionRecord) -> datetime:
    return record.started
