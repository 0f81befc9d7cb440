"""The history store on real SQLite files: what it keeps, how it upgrades, what a crash leaves."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from leg_timer.history.records import Outcome
from leg_timer.history.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    UPGRADES,
    HistoryStore,
    QueuedWriter,
    upgrade,
)
from tests.history.records import record


def test_a_new_file_uses_wal_foreign_keys_and_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "data" / "history.sqlite3"
    store = HistoryStore.open(path)
    assert store.problem == "" and store.path == path and not store.read_only
    store.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


def test_foreign_keys_are_on_and_a_delete_takes_the_values_along(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    store.save(record(0))
    assert store._db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.delete(record(0).id)
    assert store.sessions() == []
    assert store._db.execute("SELECT count(*) FROM session_values").fetchone()[0] == 0
    store.restore(record(0))
    assert store.sessions() == [record(0)]
    store.close()


def test_a_session_is_kept_from_its_start_through_each_boundary_to_its_end(
        tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore.open(path)
    begun = record(0, outcome=None)
    assert store.save(begun)
    assert store.sessions() == [begun]
    further = replace(begun, segments_done=3, active_s=120.25)
    store.save(further)
    finished = replace(further, ended=begun.started + timedelta(minutes=11),
                       outcome=Outcome.STOPPED)
    store.save(finished)
    store.close()
    again = HistoryStore.open(path)
    assert again.sessions() == [finished]
    assert again.sessions()[0].values == {"minutes": 10.0}
    again.close()


def test_sessions_come_oldest_first_and_since_counts_local_days(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    for day in (5, 1, 3):
        store.save(record(day))
    assert [r.date.day for r in store.sessions()] == [2, 4, 6]
    assert [r.date.day for r in store.sessions(since=date(2026, 1, 4))] == [4, 6]
    store.close()


def test_a_session_left_without_an_end_becomes_interrupted_at_the_next_start(
        tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore.open(path)
    store.save(replace(record(0, outcome=None), segments_done=4, active_s=200.0))
    written = store._db.execute("SELECT updated FROM sessions").fetchone()[0]
    store._db.close()  # as a kill -9 leaves it: no end written, the lock gone with the process
    assert store._file_lock is not None
    store._file_lock.close()
    again = HistoryStore.open(path)
    (found,) = again.sessions()
    assert found.outcome is Outcome.INTERRUPTED
    assert found.ended == datetime.fromisoformat(written)
    assert (found.segments_done, found.active_s) == (4, 200.0)
    again.close()


def test_a_running_apps_session_is_not_called_interrupted(tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    app = HistoryStore.open(path)  # holds the lock while it records
    app.save(record(0, outcome=None))
    reader = HistoryStore.open(path, writer=False)
    assert reader.sessions()[0].outcome is None
    reader.close()
    app.close()
    reader = HistoryStore.open(path, writer=False)  # the app is gone
    assert reader.sessions()[0].outcome is Outcome.INTERRUPTED
    reader.close()


@pytest.mark.parametrize("version", range(SCHEMA_VERSION))
def test_every_older_version_upgrades_keeping_its_sessions(tmp_path: Path,
                                                           version: int) -> None:
    path = tmp_path / "h.sqlite3"
    db = sqlite3.connect(path, isolation_level=None)
    upgrade(db, to=version)
    assert db.execute("PRAGMA user_version").fetchone()[0] == version
    if version >= 1:
        db.execute("INSERT INTO sessions (id, routine, name, started, utc_offset_s, date, "
                   "planned_s, ended, outcome, active_s, segments_done, updated) VALUES "
                   "('old', 'knee-clamp', 'Knee clamp', '2025-03-01T06:00:00.000000+00:00', "
                   "0, '2025-03-01', 300, '2025-03-01T06:05:00.000000+00:00', 'completed', "
                   "300, 7, '2025-03-01T06:05:00.000000+00:00')")
        db.execute("INSERT INTO session_values VALUES ('old', 'rounds', 2)")
    db.close()
    store = HistoryStore.open(path)
    assert store.problem == ""
    assert store._db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    if version >= 1:
        (old,) = store.sessions()
        assert (old.id, old.segments_done, old.values) == ("old", 7, {"rounds": 2.0})
        assert old.exercises_done == 0  # added by step 2, with its default
    store.save(record(0))
    assert store.sessions()[-1] == record(0)
    store.close()


def test_the_steps_are_numbered_from_one_without_gaps() -> None:
    assert sorted(UPGRADES) == list(range(1, SCHEMA_VERSION + 1))


# -- a store that cannot be used -------------------------------------------------------------

NOW = datetime(2026, 12, 2, 18, 30, 5, tzinfo=UTC)


def _moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(content)
    taken = tmp_path / "history.sqlite3.unreadable-2026-12-02-183005"
    taken.write_bytes(b"an earlier one, kept")
    store = HistoryStore.open(path, now=lambda: NOW)
    aside = tmp_path / "history.sqlite3.unreadable-2026-12-02-183005-2"
    assert store.set_aside == aside
    assert aside.read_bytes() == content  # moved, never deleted
    assert taken.read_bytes() == b"an earlier one, kept"  # never overwritten
    assert str(path) in store.problem and str(aside) in store.problem
    assert "new history started" in store.problem
    assert store.path == path and store.save(record(0))  # a fresh store, in the same place
    assert store.sessions() == [record(0)]
    store.close()


def test_random_bytes_are_moved_aside_and_a_fresh_store_started(tmp_path: Path) -> None:
    _moved_aside(tmp_path, bytes(range(256)) * 64)


def test_another_programs_database_is_moved_aside(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE bookmarks (url TEXT)")
    db.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    db.commit()
    db.close()
    _moved_aside(tmp_path, other.read_bytes())


def test_a_newer_schema_is_left_untouched_and_read_only(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    store = HistoryStore.open(path)
    store.save(record(0))
    store.close()
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()
    before = path.read_bytes()
    newer = HistoryStore.open(path)
    assert newer.read_only
    assert "newer Leg Timer" in newer.problem and "Update Leg Timer" in newer.problem
    assert str(path) in newer.problem
    assert newer.sessions() == [record(0)]  # still shown
    assert not newer.save(record(1))
    newer.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["history.sqlite3",
                                                          "history.sqlite3.lock"]


def test_a_folder_that_cannot_be_made_keeps_the_history_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the folder should be")
    store = HistoryStore.open(blocker / "history.sqlite3")
    assert store.path is None and str(blocker) in store.problem
    assert store.save(record(0)) and store.sessions() == [record(0)]
    store.close()


def test_a_failed_write_is_said_once_and_the_writer_goes_on(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    told: list[str] = []
    store.on_problem = told.append
    store._db.execute("PRAGMA query_only = ON")  # every write now fails
    writer = QueuedWriter(store)
    for day in range(3):
        writer.save(record(day))
    writer.flush()
    assert len(told) == 1 and str(tmp_path / "h.sqlite3") in told[0]
    store._db.execute("PRAGMA query_only = OFF")
    writer.save(record(5))
    writer.close()
    assert store.sessions() == [record(5)]
    store.close()


def test_the_queued_writer_never_waits_for_the_disk(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    release = threading.Event()
    real_save = store.save

    def slow_save(rec: object) -> bool:
        release.wait(5)
        return real_save(rec)  # type: ignore[arg-type]

    store.save = slow_save  # type: ignore[method-assign]
    writer = QueuedWriter(store)
    writer.save(record(0))  # returns while the write is still held up
    writer.save(record(1))
    assert store.sessions() == []
    release.set()
    writer.close()
    assert [r.id for r in store.sessions()] == [record(0).id, record(1).id]
    store.close()


def test_import_adds_only_new_ids_and_twice_changes_nothing(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    store.save(record(0))
    assert store.import_records([record(0), record(1), record(2)]) == 2
    assert store.import_records([record(0), record(1), record(2)]) == 0
    assert len(store.sessions()) == 3
    store.close()


def test_an_import_that_fails_half_way_writes_nothing(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    store.save(record(0))
    broken = replace(record(2), values={None: 1.0})  # type: ignore[dict-item]  # NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        store.import_records([record(1), broken])
    assert store.sessions() == [record(0)]
    assert store.import_records([record(1)]) == 1  # the store is usable afterwards
    store.close()


def test_a_save_is_one_transaction(tmp_path: Path) -> None:
    store = HistoryStore.open(tmp_path / "h.sqlite3")
    assert not store.save(replace(record(0), values={None: 1.0}))  # type: ignore[dict-item]
    assert store.sessions() == []  # not the row without its values
    store.close()


def test_an_imported_unfinished_session_ends_where_its_active_time_ran_out(
        tmp_path: Path) -> None:
    path = tmp_path / "h.sqlite3"
    store = HistoryStore.open(path, writer=False)
    unfinished = replace(record(0, outcome=None), active_s=90.0)
    assert store.import_records([unfinished]) == 1
    store.close()
    again = HistoryStore.open(path, writer=False)
    (found,) = again.sessions()
    assert found.outcome is Outcome.INTERRUPTED
    assert found.ended == unfinished.started + timedelta(seconds=90)
    again.close()
