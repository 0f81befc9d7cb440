"""``leg-timer reminders [--json]``: each reminder with its rule in words and its next time in
ISO 8601 with the local offset; a broken file reported and left where it is."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path

import pytest

from leg_timer.cli.main import main
from leg_timer.paths import default_paths
from leg_timer.reminders import store
from leg_timer.reminders.rules import AtTimes, Reminder, Spread


@pytest.fixture
def in_tokyo() -> Iterator[None]:
    """The process's local zone is Asia/Tokyo (+09:00, no DST), put back afterwards."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Tokyo"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_lists_each_with_its_next_time(basedir: Path, in_tokyo: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    path = default_paths(basedir).reminders_file
    store.save(path, (
        Reminder("squat-100", AtTimes((clock_time(18),), frozenset({0})), name="100 squats"),
        Reminder("knee-clamp", Spread(4, clock_time(9), clock_time(21)), name="Knee clamp"),
        Reminder("legs-up-the-wall", AtTimes((clock_time(7),)), name="Legs up the wall",
                 enabled=False),
    ))
    assert main(["reminders", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["routine"] for row in rows][-1] == "legs-up-the-wall"  # off: last
    by_id = {row["routine"]: row for row in rows}
    knee = by_id["knee-clamp"]
    assert knee["name"] == "Knee clamp"
    assert knee["rule"] == "4 times a day between 09:00 and 21:00, every day"
    assert knee["schedule"]["kind"] == "spread"
    upcoming = datetime.fromisoformat(knee["next"])
    assert knee["next"].endswith("+09:00")
    assert upcoming > datetime.now(UTC)
    assert upcoming.strftime("%H:%M") in {"09:00", "13:00", "17:00", "21:00"}
    squats = datetime.fromisoformat(by_id["squat-100"]["next"])
    assert (squats.weekday(), squats.strftime("%H:%M")) == (0, "18:00")
    assert by_id["legs-up-the-wall"]["next"] is None
    assert main(["reminders"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[-1].split()[:2] == ["legs-up-the-wall", "Legs"]
    assert " off " in lines[-1]
    assert lines[-1].endswith("every day at 07:00")


def test_none_says_where_to_set_them(basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reminders"]) == 0
    assert "Ctrl+R" in capsys.readouterr().out
    assert main(["reminders", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_a_broken_file_is_reported_and_left_alone(
        basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = default_paths(basedir).reminders_file
    path.parent.mkdir(parents=True)
    path.write_text("[oops")
    assert main(["reminders"]) == 0
    captured = capsys.readouterr()
    assert "has a problem: it is not JSON" in captured.err
    assert path.read_text() == "[oops"
