"""The reminders file: written and read back whole, a broken file set aside (never lost
silently), the command line's read that moves nothing, and the writer thread."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time
from pathlib import Path

from leg_timer.paths import default_paths
from leg_timer.reminders import store
from leg_timer.reminders.rules import AtTimes, Reminder, Spread

FIRED = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
REMINDERS = (
    Reminder("knee-clamp", Spread(4, time(9), time(21)), name="Knee clamp", fired_until=FIRED),
    Reminder("squat-100", AtTimes((time(18),), frozenset({0, 3})), name="100 squats",
             enabled=False, snoozed_until=FIRED),
)


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "config" / "reminders.json"
    assert store.save(path, REMINDERS) == ""
    data = json.loads(path.read_text())
    assert data["version"] == store.FILE_VERSION
    assert data["reminders"][0]["rule"] == {
        "kind": "spread", "per_day": 4, "from": "09:00", "until": "21:00",
        "days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]}
    assert data["reminders"][1]["rule"] == {"kind": "times", "times": ["18:00"],
                                            "days": ["mon", "thu"]}
    loaded = store.load(path)
    assert loaded.reminders == REMINDERS
    assert loaded.problem == ""


def test_the_file_is_next_to_the_settings(tmp_path: Path) -> None:
    paths = default_paths(tmp_path)
    assert paths.reminders_file.parent == paths.settings_file.parent


def test_missing_file_is_no_reminders(tmp_path: Path) -> None:
    assert store.load(tmp_path / "reminders.json") == store.Loaded(())
    assert store.load(None) == store.Loaded(())


def test_a_file_that_is_not_json_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    path.write_text("{not json")
    loaded = store.load(path)
    assert loaded.reminders == ()
    assert loaded.set_aside is not None and loaded.set_aside.read_text() == "{not json"
    assert not path.exists()
    assert "was moved to" in loaded.problem and "not JSON" in loaded.problem
    assert loaded.writable


def test_a_bad_entry_keeps_the_good_ones_and_the_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    store.save(path, REMINDERS)
    data = json.loads(path.read_text())
    data["reminders"].append({"routine": "legs", "rule": {"kind": "times", "times": ["25:00"]}})
    path.write_text(json.dumps(data))
    original = path.read_text()
    loaded = store.load(path)
    assert loaded.reminders == REMINDERS
    assert loaded.set_aside is not None and loaded.set_aside.read_text() == original
    assert "legs: a time '25:00' is not a time" in loaded.problem
    assert "2 reminders kept" in loaded.problem


def test_the_command_line_reads_without_moving_anything(tmp_path: Path) -> None:
    path = tmp_path / "reminders.json"
    path.write_text(json.dumps({"version": 99, "reminders": []}))
    loaded = store.load(path, set_aside=False)
    assert path.exists()
    assert "version 99, from a newer Leg Timer" in loaded.problem
    assert not loaded.writable


def test_writer_writes_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "reminders.json"
    writer = store.ReminderWriter(path)
    for count in range(5):
        writer.save(REMINDERS[: count % 2 + 1])
    assert writer.wait()
    assert writer.problem == ""
    assert store.load(path).reminders == REMINDERS[:1]


def test_writer_reports_a_folder_it_cannot_make(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    writer = store.ReminderWriter(tmp_path / "file" / "reminders.json")
    writer.save(REMINDERS)
    assert writer.wait()
    assert writer.problem.startswith("cannot write")
