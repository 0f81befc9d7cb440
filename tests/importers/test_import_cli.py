"""``leg-timer import``: what it prints, its exit codes, and that ``leg-timer plan`` of an
imported routine runs the source app's timeline."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leg_timer.cli.main import main
from leg_timer.importers import FORMATS
from tests.importers import reference
from tests.importers.reference import assert_same, normalised, plan_json_timeline

SAMPLES = Path(__file__).parent / "samples"


def routines_dir(basedir: Path) -> Path:
    return basedir / "data" / "routines"


def test_human_output_and_files(basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(SAMPLES / "openhiit-export.json"),
                 str(SAMPLES / "qintervals-threshold.yml")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Imported 'Tabata legs' as tabata-legs (openhiit)"
    assert out[1] == ("  not carried over: the timer's colour; its sounds (Leg Timer plays "
                      "its own cues)")
    assert "Imported 'Threshold legs' as threshold-legs (qintervals)" in out
    assert sorted(p.name for p in routines_dir(basedir).iterdir()) == [
        "one-long-set.yaml", "quick-burn.yaml", "tabata-legs.yaml", "threshold-legs.yaml"]


def test_json_output(basedir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--json", str(SAMPLES / "timer-machine-backup.json")]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in listed] == ["run-walk", "circuit-with-groups"]
    for item in listed:
        assert set(item) == {"id", "name", "path", "format", "dropped"}
        assert item["format"] == "timer-machine" and Path(item["path"]).is_file()
    assert "vibration" in listed[0]["dropped"]


@pytest.mark.parametrize(("sample", "expand"), [
    ("openhiit-export.json", lambda text: [reference.openhiit(t) for t in json.loads(text)]),
    ("jawt-backup.json",
     lambda text: [reference.jawt(w) for w in json.loads(text)["workouts"]]),
    ("timer-machine-backup.json",
     lambda text: [reference.timer_machine(t) for t in json.loads(text)["timers"]]),
    ("qintervals-threshold.yml", lambda text: [reference.qintervals(text)]),
])
def test_plan_of_the_imported_routine_runs_the_apps_timeline(
        sample: str, expand: object, basedir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--json", str(SAMPLES / sample)]) == 0
    listed = json.loads(capsys.readouterr().out)
    expected = expand((SAMPLES / sample).read_text())  # type: ignore[operator]
    assert len(listed) == len(expected)
    for item, timeline in zip(listed, expected, strict=True):
        assert main(["plan", item["id"], "--json"]) == 0
        plan = json.loads(capsys.readouterr().out)
        assert_same(plan_json_timeline(plan), normalised(timeline))
        assert plan["total_s"] == pytest.approx(reference.total(timeline))


def test_broken_file_exits_1_and_writes_nothing(basedir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"name": "T", "activeIntervals": 2, "timeSettings": '
                      '{"workTime": "long"}}]')
    assert main(["import", str(SAMPLES / "jawt-workout.json"), str(broken)]) == 1
    err = capsys.readouterr().err
    assert f"{broken} (openhiit) at [0].timeSettings.workTime: expected a number" in err
    assert "nothing was imported" in err
    assert not routines_dir(basedir).exists()


def test_unknown_format_is_a_usage_error(basedir: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--format", "tabata", str(SAMPLES / "jawt-workout.json")]) == 2
    assert capsys.readouterr().err == (
        "leg-timer: unknown format 'tabata'; the formats are jawt, openhiit, timer-machine, "
        "qintervals, leg-timer\n")
    assert not routines_dir(basedir).exists()


def test_help_names_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["import", "--help"])
    assert caught.value.code == 0
    help_text = " ".join(capsys.readouterr().out.split())
    assert all(name in help_text for name in FORMATS)


def test_unusable_user_folder_is_a_usage_error(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    base = tmp_path / "base"
    base.write_text("a file, not a folder")
    assert main(["--basedir", str(base), "import", str(SAMPLES / "jawt-workout.json")]) == 2
    assert "leg-timer: " in capsys.readouterr().err


def test_builtin_and_existing_ids_are_never_taken(basedir: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    own = tmp_path / "squat-100.yaml"  # a Leg Timer file named like a built-in routine
    shutil.copy(SAMPLES / "leg-timer-routine.yaml", own)
    assert main(["import", str(own), str(own)]) == 0
    out = capsys.readouterr().out
    assert "as squat-100-2 (leg-timer)" in out and "as squat-100-3 (leg-timer)" in out
    copied = routines_dir(basedir) / "squat-100-2.yaml"
    assert copied.read_text() == own.read_text()


def test_the_real_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "leg_timer", "--basedir", str(tmp_path), "import",
         "--format", "jawt", str(SAMPLES / "jawt-workout.json")],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "Imported 'Tabata squats' as tabata-squats (jawt)\n"
    result = subprocess.run(
        [sys.executable, "-m", "leg_timer", "--basedir", str(tmp_path), "import",
         "--format", "qintervals", str(SAMPLES / "jawt-workout.json")],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "(qintervals) at the top level: missing 'intervals'" in result.stderr
