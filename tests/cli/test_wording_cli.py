"""Plurals right on the command line too (issue 9): "1 file", "1 problem", "1 rep", "1 set",
through present/wording.py like the window."""

from __future__ import annotations

from pathlib import Path

import pytest

from leg_timer.cli.main import main

DATA = Path(__file__).parent.parent / "data"
ONE_REP = "version: 1\nname: One\nexercises:\n  - name: Push\n    reps: 1\n"
BROKEN = "version: 1\nname: Bad\nprepare: -5s\nexercises:\n  - name: Squat\n    work: 30s\n"


def test_validate_counts_in_the_singular(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "good" / "every-feature.yaml")]) == 0
    assert "leg-timer: checked 1 file: all valid" in capsys.readouterr().err


def test_validate_one_problem_and_several(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "bad.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    assert "leg-timer: checked 1 file: 1 with 1 problem\n" in capsys.readouterr().err
    several = DATA / "broken" / "bad-durations.yaml"
    assert main(["validate", str(broken), str(several)]) == 1
    assert "leg-timer: checked 2 files: 2 with 9 problems\n" in capsys.readouterr().err


def test_plan_table_with_one_rep_and_one_manual_set(tmp_path: Path, basedir: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    routine = tmp_path / "one.yaml"
    routine.write_text(ONE_REP, encoding="utf-8")
    assert main(["plan", str(routine)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("One (")
    assert ": 2 steps, total 0:10 + 1 set at your pace\n" in out
    assert out.rstrip().endswith("Push: 1 rep, at your pace")
