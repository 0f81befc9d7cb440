"""``leg-timer history``: the table, --json, --csv, --since and --import, on real SQLite files;
and a real app killed with SIGKILL mid-workout, then shown as interrupted."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leg_timer.cli.main import main
from leg_timer.history import export
from leg_timer.history.records import Outcome
from leg_timer.history.store import HistoryStore
from leg_timer.paths import default_paths
from tests.history.records import record
from tests.processes import brief, stop_process


def history_db(basedir: Path) -> Path:
    return default_paths(basedir).history_db


def saved(basedir: Path, *records: object) -> None:
    store = HistoryStore.open(history_db(basedir), writer=False)
    for each in records:
        store.save(each)  # type: ignore[arg-type]
    store.close()


def test_no_history_yet_makes_no_file(basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["history"]) == 0
    assert capsys.readouterr().out == "No workouts recorded yet.\n"
    assert main(["history", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert not history_db(basedir).exists()


def test_json_csv_and_table_oldest_first(basedir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    saved(basedir, record(2), record(0, outcome=Outcome.STOPPED), record(1))
    assert main(["history", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [item["date"] for item in items] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert items[0] == record(0, outcome=Outcome.STOPPED).to_json()
    assert main(["history", "--csv"]) == 0
    assert export.read(capsys.readouterr().out) == [record(0, outcome=Outcome.STOPPED),
                                                     record(1), record(2)]
    assert main(["history"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Date", "Start", "Routine", "Outcome", "Active", "Planned",
                                "Segments"]
    assert lines[1].split() == ["2026-01-01", "07:30", "Squat", "100", "stopped", "9:59",
                                "10:00", "12", "done,", "1", "skipped"]
    assert main(["history", "--json", "--since", "2026-01-02"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_a_bad_since_is_a_usage_error(basedir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["history", "--since", "02/01/2026"])
    assert exited.value.code == 2
    assert "not a YYYY-MM-DD date: '02/01/2026'" in capsys.readouterr().err


def test_import_twice_adds_once(basedir: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.json"
    other.write_text(export.to_json([record(0), record(1)]), encoding="utf-8")
    saved(basedir, record(1))
    assert main(["history", "--import", str(other)]) == 0
    assert capsys.readouterr().out == f"Imported 1 session from {other} (1 already there).\n"
    assert main(["history", "--import", str(other)]) == 0
    assert capsys.readouterr().out == f"Imported 0 sessions from {other} (2 already there).\n"
    store = HistoryStore.open(history_db(basedir), writer=False)
    assert store.sessions() == [record(0), record(1)]
    store.close()


def test_a_bad_import_exits_1_naming_the_line_and_writes_nothing(
        basedir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    saved(basedir, record(0))
    bad = tmp_path / "other.csv"
    bad.write_text(export.to_csv([record(1), record(2)]).replace("2026-01-03,", "soon,"),
                   encoding="utf-8")
    assert main(["history", "--import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"leg-timer: {bad}:line 3: 'date' must be YYYY-MM-DD")
    assert err.rstrip().endswith("(nothing was imported)")
    store = HistoryStore.open(history_db(basedir), writer=False)
    assert store.sessions() == [record(0)]  # record(1), on a good line, was not added either
    store.close()
    assert main(["history", "--import", str(tmp_path / "missing.json")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_an_unreadable_history_is_said_and_moved_aside(
        basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = history_db(basedir)
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(4096))
    assert main(["history", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == []
    assert f"Your workout history {path} could not be read" in captured.err
    assert len(list(path.parent.glob("history.sqlite3.unreadable-*"))) == 1


QUICK_ROUTINE = """\
version: 1
name: Quick test
prepare: 1s
exercises:
  - name: Tap
    work: 1s
    repeat: 30
    rest: 0.5s
"""


@pytest.mark.slow
def test_a_workout_killed_with_sigkill_shows_as_interrupted(
        basedir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = tmp_path / "quick.yaml"
    routine.write_text(QUICK_ROUTINE, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LEG_TIMER_BASEDIR": str(basedir)}
    log = tmp_path / "app.out"
    with log.open("wb") as output:
        app = subprocess.Popen([sys.executable, "-m", "leg_timer", "run", str(routine)],
                               env=env, stdin=subprocess.DEVNULL, stdout=output,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        path = history_db(basedir)
        done = 0
        deadline = time.monotonic() + 30
        while done < 3 and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.1)
            if path.exists():
                reader = HistoryStore.open(path, writer=False)
                found = reader.sessions()
                reader.close()
                assert all(r.outcome is None for r in found), "the app runs: not interrupted"
                done = found[0].segments_done if found else 0
        assert done >= 3, brief(log.read_text(encoding="utf-8", errors="replace"))
        app.send_signal(signal.SIGKILL)
        app.wait(timeout=10)
    finally:
        stop_process(app)
        with contextlib.suppress(ProcessLookupError):  # its helpers, orphaned by the kill
            os.killpg(app.pid, signal.SIGKILL)
    assert main(["history", "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["outcome"] == "interrupted"
    assert item["ended"] is not None and item["name"] == "Quick test"
    assert done <= item["segments_done"] <= done + 1  # the boundary writes up to the kill
    assert 0 < item["active_s"] < 30


def test_a_newer_history_is_shown_read_only_with_a_word_to_update(
        basedir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3

    from leg_timer.history.store import SCHEMA_VERSION

    saved(basedir, record(0))
    path = history_db(basedir)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = path.read_bytes()
    assert main(["history", "--json"]) == 0
    captured = capsys.readouterr()
    assert [item["id"] for item in json.loads(captured.out)] == [record(0).id]
    assert "newer Leg Timer" in captured.err and "Update Leg Timer" in captured.err
    other = tmp_path / "other.json"
    other.write_text(export.to_json([record(1)]), encoding="utf-8")
    assert main(["history", "--import", str(other)]) == 1
    assert "nothing was imported" in capsys.readouterr().err
    assert path.read_bytes() == before
