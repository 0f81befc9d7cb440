"""The workout history in SQLite: one row per session, written from its start.

The file is ``Paths.history_db`` (WAL journal, foreign keys on, ``synchronous=FULL`` so a
committed boundary survives a power loss). Schema versions live in ``PRAGMA user_version``;
:data:`UPGRADES` holds the numbered steps, step *n* taking a file from version *n - 1* to *n*.
Bump :data:`SCHEMA_VERSION` only by adding a step, never by editing an old one: files of every
older version must upgrade (tests/history/test_schema.py starts from each).

A store that cannot be used never stops a workout. :meth:`HistoryStore.open` never raises: an
unreadable file (random bytes, another program's database) is moved aside with a dated name
and a fresh one started; a file from a newer Leg Timer is opened read-only and left alone; a
folder or file that cannot be written, or a full disk, leaves the history in memory. Each case
sets :attr:`HistoryStore.problem`, one plain sentence naming the file, for the window to show
once; a write that fails later is said once through ``on_problem``.

A session with no end belongs to a process that is gone (a crash, ``kill -9``, power loss)
unless the app that writes it still runs. The writing app holds an OS lock on
``history.sqlite3.lock`` while it has the store open (the kernel drops it however the process
ends); whoever opens the store and gets that lock marks such sessions "interrupted", ending
them at their last write.

:class:`QueuedWriter` moves the writes off the calling (GUI) thread: a boundary write with a
full fsync costs milliseconds (bench/history_write.py, docs/performance.md).
"""

from __future__ import annotations

import logging
import os
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO

from leg_timer.history.records import Outcome, SessionRecord

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4C454754  # "LEGT": tells our files from other programs' SQLite files
SCHEMA_VERSION = 2
BUSY_TIMEOUT_MS = 2000
_NOT_OURS = (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)  # error codes of a file not ours

Step = Callable[[sqlite3.Connection], None]


def _step_1(db: sqlite3.Connection) -> None:
    """Sessions and their chosen values."""
    db.execute("""CREATE TABLE sessions (
        id TEXT PRIMARY KEY, routine TEXT NOT NULL, name TEXT NOT NULL,
        content_hash TEXT NOT NULL DEFAULT '',
        started TEXT NOT NULL, utc_offset_s INTEGER NOT NULL, date TEXT NOT NULL,
        planned_s REAL NOT NULL, ended TEXT,
        outcome TEXT CHECK (outcome IN ('completed', 'stopped', 'interrupted')),
        active_s REAL NOT NULL DEFAULT 0,
        segments_done INTEGER NOT NULL DEFAULT 0, segments_skipped INTEGER NOT NULL DEFAULT 0,
        updated TEXT NOT NULL)""")
    db.execute("""CREATE TABLE session_values (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        name TEXT NOT NULL, value REAL NOT NULL, PRIMARY KEY (session_id, name))""")


def _step_2(db: sqlite3.Connection) -> None:
    """Exercises done and skipped; sessions found by start (oldest first, --since)."""
    db.execute("ALTER TABLE sessions ADD COLUMN exercises_done INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE sessions ADD COLUMN exercises_skipped INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX sessions_by_date ON sessions (date, started)")


UPGRADES: dict[int, Step] = {1: _step_1, 2: _step_2}
assert sorted(UPGRADES) == list(range(1, SCHEMA_VERSION + 1))


def upgrade(db: sqlite3.Connection, to: int = SCHEMA_VERSION) -> None:
    """Run the steps from the file's version up to ``to``, each in a transaction of its own."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for number in range(current + 1, to + 1):
        with transaction(db):
            if db.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue  # another process upgraded it while this one waited
            if number == 1:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            UPGRADES[number](db)
            db.execute(f"PRAGMA user_version = {number}")


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One transaction, committed at the end or rolled back on an exception. The connections
    here are in autocommit mode (``isolation_level=None``), where ``with db:`` alone would let
    every statement commit on its own."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if db.in_transaction:  # SQLite may have rolled back already (a full disk)
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Unreadable(Exception):
    """The file is not a Leg Timer history (its message says what it is instead)."""


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


_COLUMNS = ("id, routine, name, content_hash, started, utc_offset_s, date, planned_s, ended, "
            "outcome, active_s, segments_done, segments_skipped, exercises_done, "
            "exercises_skipped")


def _dated_aside(path: Path, now: datetime) -> Path:
    """A free name next to ``path`` saying when it was set aside (never an existing file)."""
    stamp = now.strftime("%Y-%m-%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.unreadable-{stamp}")
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = path.with_name(f"{path.name}.unreadable-{stamp}-{number}")
        number += 1
    return candidate


class HistoryStore:
    """The sessions, in a file or in memory. Thread-safe: one connection behind a lock."""

    def __init__(self, db: sqlite3.Connection, path: Path | None, *, read_only: bool = False,
                 problem: str = "", lock: IO[bytes] | None = None) -> None:
        self._db = db
        self.path = path  # None: in memory
        self.read_only = read_only
        self.problem = problem  # said once by whoever opened it; "" when all is well
        self.set_aside: Path | None = None  # where an unreadable file was moved
        self.on_problem: Callable[[str], None] = lambda text: log.warning("%s", text)
        self._write_failed = False
        self._lock = threading.RLock()
        self._file_lock = lock

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def in_memory(cls, problem: str = "") -> HistoryStore:
        db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA foreign_keys = ON")
        upgrade(db)
        return cls(db, None, problem=problem)

    @classmethod
    def open(cls, path: Path, *, now: Callable[[], datetime] = lambda: datetime.now(UTC),
             writer: bool = True) -> HistoryStore:
        """The store in ``path``, made if missing; never raises (see the module's doc).

        ``writer``: the app that records sessions (holds the store's lock). Anyone who gets
        the lock (the app, or the command line while no app runs) marks sessions left without
        an end as interrupted.
        """
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            return cls.in_memory(f"Workout history cannot be kept in {path.parent} "
                                 f"({error.strerror or error}): this session's workouts are "
                                 f"kept until Leg Timer closes.")
        try:
            store = cls._open_file(path)
        except Unreadable as why:
            return cls._set_aside(path, str(why), now())
        except (sqlite3.Error, OSError) as error:
            return cls._unwritable(path, error)
        store._take_lock(keep=writer)
        return store

    @classmethod
    def _open_file(cls, path: Path) -> HistoryStore:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None,
                             timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            try:
                version = db.execute("PRAGMA user_version").fetchone()[0]
                app_id = db.execute("PRAGMA application_id").fetchone()[0]
                tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            except sqlite3.DatabaseError as error:
                if getattr(error, "sqlite_errorcode", 0) & 0xFF not in _NOT_OURS:
                    raise  # locked, busy, cannot open: a matter of access, not of content
                raise Unreadable(f"it is not an SQLite database ({error})") from None
            if tables and app_id != APPLICATION_ID:
                raise Unreadable("it is a database of another program")
            if version > SCHEMA_VERSION:
                db.close()
                return cls._newer(path, version)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if mode != "wal":
                raise sqlite3.OperationalError(f"could not use a WAL journal ({mode})")
            db.execute("PRAGMA synchronous = FULL")
            upgrade(db)
            # A write that changes nothing: a read-only file says so now, not mid-workout.
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            integrity = db.execute("PRAGMA quick_check").fetchone()[0]
            if integrity != "ok":
                raise Unreadable(f"it is damaged ({integrity})")
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    @classmethod
    def _newer(cls, path: Path, version: int) -> HistoryStore:
        problem = (f"Your workout history {path} was written by a newer Leg Timer (format "
                   f"{version}; this one knows up to {SCHEMA_VERSION}): it is left as it is "
                   f"and workouts are not recorded. Update Leg Timer to keep recording.")
        try:
            db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                 check_same_thread=False, isolation_level=None)
            db.execute("SELECT count(*) FROM sessions").fetchone()
        except sqlite3.Error:
            return cls.in_memory(problem)
        return cls(db, path, read_only=True, problem=problem)

    @classmethod
    def _set_aside(cls, path: Path, why: str, now: datetime) -> HistoryStore:
        aside = _dated_aside(path, now)
        try:
            path.rename(aside)
            for suffix in ("-wal", "-shm"):  # the journal of the file set aside goes with it
                extra = path.with_name(path.name + suffix)
                if extra.exists():
                    extra.rename(aside.with_name(aside.name + suffix))
        except OSError as error:
            return cls.in_memory(f"Your workout history {path} cannot be read ({why}) nor "
                                 f"moved aside ({error.strerror or error}): this session's "
                                 f"workouts are kept until Leg Timer closes.")
        log.warning("history %s unreadable (%s): moved to %s", path, why, aside)
        try:
            store = cls._open_file(path)
        except (Unreadable, sqlite3.Error, OSError) as error:
            store = cls.in_memory()
            why = f"{why}; a new one could not be made either: {error}"
        store.set_aside = aside
        store.problem = (f"Your workout history {path} could not be read ({why}). It was "
                         f"moved to {aside} and a new history started.")
        return store

    @classmethod
    def _unwritable(cls, path: Path, error: BaseException) -> HistoryStore:
        reason = str(error)
        if "readonly" in reason or not os.access(path.parent, os.W_OK):
            reason = "the file or its folder is read-only"
        elif "full" in reason:
            reason = "the disk is full"
        log.warning("history %s: %s", path, error)
        if path.is_file():  # show what it holds; record nothing
            problem = (f"Your workout history {path} cannot be written ({reason}): it is "
                       f"shown as it is, and workouts are not recorded.")
            # On a read-only disk the WAL's shared memory cannot be made: read it as a file
            # nobody changes (true while the disk stays read-only).
            for options in ("mode=ro", "mode=ro&immutable=1"):
                try:
                    db = sqlite3.connect(f"{path.as_uri()}?{options}", uri=True,
                                         check_same_thread=False, isolation_level=None)
                except sqlite3.Error:
                    continue
                try:
                    version = db.execute("PRAGMA user_version").fetchone()[0]
                    if version == SCHEMA_VERSION:
                        db.execute("SELECT count(*) FROM sessions").fetchone()
                        return cls(db, path, read_only=True, problem=problem)
                except sqlite3.Error:
                    pass
                db.close()
        return cls.in_memory(f"Your workout history {path} cannot be written ({reason}): "
                             f"this session's workouts are kept until Leg Timer closes.")

    def _take_lock(self, *, keep: bool) -> None:
        """The writer's OS lock; whoever gets it ends the sessions left without an end."""
        if self.path is None or self.read_only:
            return
        try:
            import fcntl
        except ImportError:  # Windows: unfinished sessions are left as they are
            return
        try:
            stream = self.path.with_name(self.path.name + ".lock").open("ab")
        except OSError:
            return
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # the app runs and is recording: its session is not over
            stream.close()
            return
        try:
            self.mark_interrupted()
        except sqlite3.Error as error:
            log.warning("could not end unfinished sessions in %s: %s", self.path, error)
        if keep:
            self._file_lock = stream
        else:
            stream.close()

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._file_lock is not None:
                self._file_lock.close()
                self._file_lock = None

    # -- writing -------------------------------------------------------------------------

    def mark_interrupted(self) -> int:
        """Sessions with no end become interrupted, ending at their last write."""
        with self._lock, transaction(self._db):
            return self._db.execute(
                "UPDATE sessions SET outcome = 'interrupted', ended = updated "
                "WHERE ended IS NULL").rowcount

    def save(self, record: SessionRecord) -> bool:
        """Write ``record`` (new or further on) in one short transaction; False if it failed
        (said once through ``on_problem``, never raised: a workout goes on regardless)."""
        if self.read_only:
            return False
        try:
            with self._lock, transaction(self._db):
                self._upsert(record, datetime.now(UTC))
        except sqlite3.Error as error:
            self._failed(error)
            return False
        return True

    def _upsert(self, record: SessionRecord, now: datetime) -> None:
        """Insert or update ``record`` (inside a transaction)."""
        row = (record.id, record.routine, record.name, record.content_hash,
               _text(record.started), record.utc_offset_s, record.date.isoformat(),
               record.planned_s, None if record.ended is None else _text(record.ended),
               None if record.outcome is None else record.outcome.value, record.active_s,
               record.segments_done, record.segments_skipped, record.exercises_done,
               record.exercises_skipped, _text(now))
        self._db.execute(
            f"INSERT INTO sessions ({_COLUMNS}, updated) VALUES "
            f"({', '.join('?' * 16)}) ON CONFLICT (id) DO UPDATE SET "
            "ended = excluded.ended, outcome = excluded.outcome, active_s = excluded.active_s, "
            "segments_done = excluded.segments_done, "
            "segments_skipped = excluded.segments_skipped, "
            "exercises_done = excluded.exercises_done, "
            "exercises_skipped = excluded.exercises_skipped, updated = excluded.updated",
            row)
        if record.values:  # kept from the first write on; later ones find them there
            self._db.executemany(
                "INSERT INTO session_values (session_id, name, value) VALUES (?, ?, ?) "
                "ON CONFLICT (session_id, name) DO NOTHING",
                [(record.id, name, float(value)) for name, value in record.values.items()])

    def _failed(self, error: BaseException) -> None:
        log.warning("history write to %s failed: %s", self.path, error)
        if self._write_failed:
            return
        self._write_failed = True
        reason = "the disk is full" if "full" in str(error) else str(error)
        if "readonly" in reason:
            reason = "the file or its folder is read-only"
        self.on_problem(f"Workouts cannot be recorded in {self.path} ({reason}); the workout "
                        f"goes on.")

    def delete(self, id: str) -> None:
        """Remove a session, its values with it (the history page keeps the record, for
        :meth:`restore`)."""
        if self.read_only:
            return
        with self._lock, transaction(self._db):
            self._db.execute("DELETE FROM sessions WHERE id = ?", (id,))

    def restore(self, record: SessionRecord) -> None:
        """Put back a deleted session exactly as it was (undo)."""
        self.import_records([record])

    def import_records(self, records: Iterable[SessionRecord]) -> int:
        """Add the sessions not present yet (same id: left alone), all in one transaction;
        how many were added. Raises sqlite3.Error when it cannot write (nothing is then)."""
        if self.read_only:
            raise sqlite3.OperationalError(f"{self.path} is read-only (a newer Leg Timer's)")
        added = 0
        with self._lock, transaction(self._db):
            for record in records:
                present = self._db.execute("SELECT 1 FROM sessions WHERE id = ?",
                                           (record.id,)).fetchone()
                if present is None:
                    # Its last write elsewhere is not known: an unfinished one, if it is
                    # ended as interrupted later, ends where its active time ran out.
                    self._upsert(record, record.ended or
                                 record.started + timedelta(seconds=record.active_s))
                    added += 1
        return added

    # -- reading -------------------------------------------------------------------------

    def sessions(self, since: date | None = None) -> list[SessionRecord]:
        """Every session, oldest first (from the local day ``since`` on, when given)."""
        with self._lock:
            try:
                if since is None:
                    return self._select("", ())
                return self._select("WHERE date >= ?", (since.isoformat(),))
            except sqlite3.Error:
                if not self.read_only:
                    raise
                # A newer Leg Timer's file may have changed what this one reads: show
                # nothing rather than fail (its problem already says to update).
                log.warning("cannot read the history in %s", self.path, exc_info=True)
                return []

    def _select(self, where: str, args: tuple[object, ...]) -> list[SessionRecord]:
        values: dict[str, dict[str, float]] = {}
        value_rows = self._db.execute(
            "SELECT session_id, name, value FROM session_values" if not where else
            "SELECT session_id, name, value FROM session_values WHERE session_id IN "
            f"(SELECT id FROM sessions {where})", args)
        for session_id, name, value in value_rows:
            values.setdefault(session_id, {})[name] = value
        records = []
        for row in self._db.execute(
                f"SELECT {_COLUMNS} FROM sessions {where} ORDER BY started, id", args):
            (session_id, routine, name, content_hash, started, offset, day, planned, ended,
             outcome, active, seg_done, seg_skipped, ex_done, ex_skipped) = row
            records.append(SessionRecord(
                id=session_id, routine=routine, name=name, content_hash=content_hash,
                started=datetime.fromisoformat(started), utc_offset_s=offset,
                date=date.fromisoformat(day), planned_s=planned, ended=_instant(ended),
                outcome=None if outcome is None else Outcome(outcome), active_s=active,
                segments_done=seg_done, segments_skipped=seg_skipped,
                exercises_done=ex_done, exercises_skipped=ex_skipped,
                values=values.get(session_id, {})))
        return records


class QueuedWriter:
    """Saves records on a thread of its own, so the caller (the GUI thread) never waits for
    the disk. Records of one session are written in the order given."""

    def __init__(self, store: HistoryStore) -> None:
        self.store = store
        self._queue: queue.Queue[SessionRecord | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    def save(self, record: SessionRecord) -> None:
        self._queue.put(record)

    def _run(self) -> None:
        while True:
            record = self._queue.get()
            try:
                if record is None:
                    return
                self.store.save(record)
            except Exception:  # never let the writer die: later boundaries still count
                log.exception("history writer")
            finally:
                self._queue.task_done()

    def flush(self) -> None:
        """Wait until every record given so far is written (tests, quitting)."""
        self._queue.join()

    def close(self, timeout_s: float = 2.0) -> None:
        """Write what is queued (waiting ``timeout_s`` at most) and end the thread."""
        self._queue.put(None)
        self._thread.join(timeout_s)
