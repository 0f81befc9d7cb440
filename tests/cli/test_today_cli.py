"""``leg-timer today [--json]`` (README "Advice from the routines"): one entry per routine
against a real SQLite history, with TZ set to several zones, so "today" is the local day where
the command runs and a session's day is the local day where it started."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from leg_timer.cli.main import main
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore
from leg_timer.paths import default_paths

ROUTINES = Path(__file__).parent.parent.parent / "routines"
FIELDS = ["id", "done_today", "per_day", "done_this_week", "per_week", "rest_until",
          "last_done", "streak_days", "advice"]
# Ahead of UTC by 14 h, behind by 11 h, half- and quarter-hour offsets, DST in either half
ZONES = ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin",
         "America/St_Johns", "Asia/Kathmandu", "Australia/Lord_Howe", "America/New_York")


@pytest.fixture
def in_zone() -> Iterator[Callable[[str], None]]:
    """Set the process's local zone (TZ and tzset), put back afterwards."""
    before = os.environ.get("TZ")

    def set_zone(zone: str) -> None:
        os.environ["TZ"] = zone
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


def session(routine: str, day: date, at: clock_time, zone: str, *, minutes: float = 15,
            outcome: Outcome = Outcome.COMPLETED) -> SessionRecord:
    """A session started at local ``at`` on ``day`` in ``zone``, dated as the recorder does."""
    local = datetime.combine(day, at, ZoneInfo(zone))
    offset = local.utcoffset()
    assert offset is not None
    started = local.astimezone(UTC)
    return SessionRecord(
        id=str(uuid.uuid4()), routine=routine, name=routine, started=started,
        utc_offset_s=int(offset.total_seconds()), date=local.date(), planned_s=minutes * 60,
        ended=started + timedelta(minutes=minutes), outcome=outcome, active_s=minutes * 60)


def save(basedir: Path, *records: SessionRecord) -> None:
    store = HistoryStore.open(default_paths(basedir).history_db, writer=False)
    try:
        for record in records:
            assert store.save(record)
    finally:
        store.close()


def today_json(capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    assert main(["today", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert all(list(entry) == FIELDS for entry in entries)
    return {entry["id"]: entry for entry in entries}


def test_no_history_yet(basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries = today_json(capsys)
    assert len(entries) == 8  # every built-in routine
    assert entries["knee-clamp"] == {
        "id": "knee-clamp", "done_today": 0, "per_day": [3, 5], "done_this_week": 0,
        "per_week": None, "rest_until": None, "last_done": None, "streak_days": 0,
        "advice": "The routine's advice: 3-5 sessions a day, 0 done today."}
    assert entries["squat-100"]["per_week"] == [1, 2]
    assert entries["legs-up-the-wall"]["advice"] == (
        "This routine gives no practice advice; not done yet.")
    assert not default_paths(basedir).history_db.exists()  # a look makes no file


@pytest.mark.parametrize("zone", ZONES)
def test_today_in_several_zones(zone: str, basedir: Path, in_zone: Callable[[str], None],
                                capsys: pytest.CaptureFixture[str]) -> None:
    in_zone(zone)
    today = date.today()
    assert today == datetime.now(ZoneInfo(zone)).date()
    yesterday = today - timedelta(days=1)
    save(basedir,
         session("knee-clamp", today, clock_time(0, 5), zone),
         session("knee-clamp", today, clock_time(0, 30), zone),
         session("knee-clamp", today, clock_time(1, 0), zone, outcome=Outcome.STOPPED),
         # 23:50 to 00:30: yesterday's, and only yesterday's
         session("squat-100", yesterday, clock_time(23, 50), zone, minutes=40),
         session("legs-up-the-wall", today - timedelta(days=3), clock_time(12, 0), zone))
    entries = today_json(capsys)
    same_week = yesterday.weekday() < today.weekday()  # Monday starts a new week
    assert entries["knee-clamp"]["done_today"] == 2  # the stopped one does not count
    assert entries["knee-clamp"]["done_this_week"] == 2
    squats = entries["squat-100"]
    assert squats["done_today"] == 0
    assert squats["done_this_week"] == (1 if same_week else 0)
    assert squats["last_done"] == yesterday.isoformat()
    assert squats["rest_until"] == (yesterday + timedelta(days=4)).isoformat()
    assert isinstance(squats["advice"], str) and squats["advice"].startswith(
        "The routine's advice: rest until ")
    wall = entries["legs-up-the-wall"]
    assert wall["last_done"] == (today - timedelta(days=3)).isoformat()
    assert wall["per_day"] is None and wall["rest_until"] is None
    assert {entry["streak_days"] for entry in entries.values()} == {2}

    assert main(["today"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Streak: 2 days in a row"
    assert lines[1:] and all(line.split()[0] in entries for line in lines[1:])
    assert "knee-clamp         The routine's advice: 3-5 sessions a day, 2 done today." in lines
    assert date.today() == today  # (the day did not turn while the test ran)


def test_user_routines_get_their_own_advice(basedir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    user_dir = default_paths(basedir).user_routines_dir
    user_dir.mkdir(parents=True)
    shutil.copy(ROUTINES / "knee-clamp.yaml", user_dir / "my-clamp.yaml")
    (user_dir / "broken.yaml").write_text("version: 1\nname: [\n")
    assert main(["today", "--json"]) == 0
    captured = capsys.readouterr()
    entries = {entry["id"]: entry for entry in json.loads(captured.out)}
    assert entries["my-clamp"]["per_day"] == [3, 5]
    assert "broken" not in entries
    assert "broken.yaml" in captured.err


def test_today_starts_without_qt(basedir: Path) -> None:
    code = ("import sys; from leg_timer.cli.main import main; code = main(['today']); "
            "assert not [name for name in sys.modules if name.startswith('PySide6')]; "
            "sys.exit(code)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Streak: none going")


def test_readme_lists_exactly_the_json_fields() -> None:
    readme = (ROUTINES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Advice from the routines", 1)[1].split("\n## ", 1)[0]
    table = section.split("leg-timer today [--json]", 1)[1]
    named = [line.split("`")[1] for line in table.splitlines() if line.startswith("| `")]
    assert named == FIELDS
