"""Issue 9: a broken user routine named by id reports its problems (exit 1), `list` names each
broken file once, and --help says where user routines live."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from leg_timer.cli.main import main
from leg_timer.paths import default_paths

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def broken_one(basedir: Path) -> Path:
    user_dir = default_paths(basedir).user_routines_dir
    user_dir.mkdir(parents=True)
    path = user_dir / "broken-one.yaml"
    shutil.copy(DATA / "broken" / "bad-counts.yaml", path)  # five problems
    return path


@pytest.mark.parametrize("command", ["plan", "run"])
def test_a_broken_routine_by_id_reports_its_problems_and_exits_1(
        command: str, broken_one: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # `run` fails before any window
    assert main([command, "broken-one"]) == 1
    err = capsys.readouterr().err
    assert "no routine" not in err
    lines = err.splitlines()
    assert len(lines) == 5
    assert lines[0] == f"{broken_one}:3:9: rounds must be a whole number, found 2.5"
    assert all(line.startswith(f"{broken_one}:") for line in lines)


def test_list_reports_each_broken_file_once(broken_one: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(DATA / "broken" / "bad-version.yaml", broken_one.parent / "other.yaml")
    assert main(["list"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"leg-timer: skipped broken routine: {broken_one}:3:9: rounds must be a whole number, "
        f"found 2.5 (and 4 more problems: leg-timer validate {broken_one})",
        f"leg-timer: skipped broken routine: {broken_one.parent / 'other.yaml'}:1:10: "
        "version must be a whole number such as 1",
    ]


def test_help_says_where_user_routines_live(basedir: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = "".join(capsys.readouterr().out.split())  # argparse wraps even a long path
    folder = default_paths(basedir).user_routines_dir
    assert f"Yourownroutinesarethe.yamlfilesin{folder}" in out
    assert 'thewindow\'s"Openroutinesfolder"opensit' in out
