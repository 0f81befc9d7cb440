"""Thousands of user routine files, and entries that are not routines, as the command line
shows them: `list` through the cached index, `plan`/`run` of an id without listing the folder,
broken entries said with their reason, a file named like a built-in said to be the user's.

The real-process tests watch what the process opens and lists with an audit hook (``open``,
``os.scandir``, ``os.listdir`` events), so "never reads the user folder" is checked exactly,
not guessed from timing; time bounds are generous, for a busy 2-core machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leg_timer.cli.main import main
from tests.processes import brief

FILES = 5000
SMALL_ROUTINE = """\
version: 1
name: Mine {number}
description: Generated routine number {number}.
tags: [strength]
exercises:
  - name: Squat
    work: {work}s
    rest: 10s
  - name: Lunge
    reps: 10
"""
# Runs the command line with an audit hook that reports every open, scandir and listdir of a
# path under $WATCHED on stderr, as "AUDIT event path".
AUDITED = """\
import os, sys
watched = os.environ["WATCHED"]
def hook(event, args):
    if event in ("open", "os.scandir", "os.listdir") and args and args[0] is not None:
        path = os.fsdecode(args[0]) if not isinstance(args[0], int) else ""
        if path.startswith(watched):
            sys.stderr.write(f"AUDIT {event} {path}\\n")
sys.addaudithook(hook)
from leg_timer.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def audited(base: Path, *args: str, timeout_s: float = 300) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WATCHED": str(base / "data" / "routines")}
    env.pop("LEG_TIMER_BASEDIR", None)
    return subprocess.run([sys.executable, "-c", AUDITED, "--basedir", str(base), *args],
                          capture_output=True, text=True, timeout=timeout_s, env=env,
                          stdin=subprocess.DEVNULL)


def audit_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("AUDIT ")]


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base folder whose user folder holds 5,000 routines, a FIFO and a symbolic link loop."""
    base = tmp_path_factory.mktemp("crowded")
    folder = base / "data" / "routines"
    folder.mkdir(parents=True)
    for number in range(FILES):
        text = SMALL_ROUTINE.format(number=number, work=20 + number % 40)
        (folder / f"mine-{number:04d}.yaml").write_text(text, encoding="utf-8")
    os.mkfifo(folder / "pipe.yaml")  # opening it would block the listing forever
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    return base


def test_list_of_5000_files_cold_then_warm(crowded: Path) -> None:
    (crowded / "state" / "routine-index.json").unlink(missing_ok=True)
    started = time.monotonic()
    cold = audited(crowded, "list")
    cold_s = time.monotonic() - started
    assert cold.returncode == 0, brief(cold.stderr)
    rows = cold.stdout.splitlines()
    assert len(rows) == 8 + FILES
    assert rows[8].split()[:3] == ["mine-0000", "Mine", "0"]
    assert rows[8].endswith("0:40  + 1 set at your pace")
    folder = crowded / "data" / "routines"
    assert (f"leg-timer: skipped broken routine: {folder / 'pipe.yaml'}:0:0: "
            "not a regular file") in cold.stderr
    assert f"{folder / 'loop.yaml'}:0:0: symbolic link loop" in cold.stderr
    opened = audit_lines(cold)
    assert f"AUDIT open {folder / 'pipe.yaml'}" not in opened  # never opened: it would block
    assert len([line for line in opened if line.startswith("AUDIT open")]) == FILES
    assert (crowded / "state" / "routine-index.json").is_file()

    started = time.monotonic()
    warm = audited(crowded, "list")
    warm_s = time.monotonic() - started
    assert warm.returncode == 0, brief(warm.stderr)
    assert warm.stdout == cold.stdout
    assert audit_lines(warm) == [f"AUDIT os.scandir {folder}"]  # listed, not one file read
    # Generous bounds (the bench measures: about 0.2 s warm on the 2-core machine).
    assert cold_s < 240 and warm_s < 30, (cold_s, warm_s)


def test_plan_of_a_builtin_never_reads_the_user_folder(crowded: Path) -> None:
    started = time.monotonic()
    result = audited(crowded, "plan", "squat-100", "--json")
    elapsed_s = time.monotonic() - started
    assert result.returncode == 0, brief(result.stderr)
    assert '"id": "squat-100"' in result.stdout
    assert audit_lines(result) == []
    assert elapsed_s < 30


def test_plan_of_a_user_routine_reads_only_its_file(crowded: Path) -> None:
    result = audited(crowded, "plan", "mine-4321")
    assert result.returncode == 0, brief(result.stderr)
    assert result.stdout.startswith("Mine 4321 (mine-4321):")
    folder = crowded / "data" / "routines"
    assert audit_lines(result) == [f"AUDIT open {folder / 'mine-4321.yaml'}"]


def test_plan_of_a_fifo_or_a_loop_says_why_without_blocking(crowded: Path) -> None:
    folder = crowded / "data" / "routines"
    pipe = audited(crowded, "plan", "pipe", timeout_s=60)
    assert pipe.returncode == 1
    assert f"{folder / 'pipe.yaml'}:0:0: not a regular file" in pipe.stderr
    loop = audited(crowded, "plan", "loop", timeout_s=60)
    assert loop.returncode == 1
    assert f"{folder / 'loop.yaml'}:0:0: symbolic link loop" in loop.stderr


def test_unknown_id_suggests_user_files_by_name(crowded: Path) -> None:
    result = audited(crowded, "plan", "mine-432")
    assert result.returncode == 2
    assert "Did you mean: mine-0432, mine-1432, mine-2432?" in result.stderr
    # names only: the folder listed once, no file opened
    folder = crowded / "data" / "routines"
    assert audit_lines(result) == [f"AUDIT os.scandir {folder}"]


def test_list_says_which_file_shadows_a_builtin(basedir: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    folder = basedir / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "legs-up-the-wall.yaml").write_text(
        "version: 1\nname: Legs up the wall\nexercises:\n  - name: Wall\n    hold: 10min\n")
    (folder / "folder.yaml").mkdir()
    assert main(["list"]) == 0
    captured = capsys.readouterr()
    rows = {line.split()[0]: line for line in captured.out.splitlines()}
    builtin, mine = rows["legs-up-the-wall"], rows["user:legs-up-the-wall"]
    assert "your file" not in builtin and builtin.split()[-1] == "10:30"
    assert mine.endswith(f"(your file: {folder / 'legs-up-the-wall.yaml'})")
    assert f"{folder / 'folder.yaml'}:0:0: a folder, not a file" in captured.err
