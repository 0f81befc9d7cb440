"""The command-line contract other tools and tests rely on (see README "Command line")."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leg_timer.cli.main import build_parser, main, plain_start

DATA = Path(__file__).parent.parent / "data"


def run(*args: str, env_basedir: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The real command, as a separate process (python -m leg_timer)."""
    command = [sys.executable, "-m", "leg_timer"]
    if env_basedir is not None:
        command += ["--basedir", str(env_basedir)]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60,
                          stdin=subprocess.DEVNULL)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "Leg Timer 0.1.0"


def test_list_shows_every_builtin_with_total_time(basedir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8
    by_id = {line.split()[0]: line for line in lines}
    assert by_id["mini-band-circuit"].split()[-1] == "20:55"
    assert by_id["legs-up-the-wall"].split()[-1] == "10:30"
    assert "Legs up the wall" in by_id["legs-up-the-wall"]


def test_list_json_and_user_routines_with_broken_ones(basedir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    user_dir = basedir / "data" / "routines"
    user_dir.mkdir(parents=True)
    shutil.copy(DATA / "good" / "every-feature.yaml", user_dir / "mine.yaml")
    shutil.copy(DATA / "broken" / "bad-sides.yaml", user_dir / "broken.yaml")
    (user_dir / "legs-up-the-wall.yaml").write_text(
        "version: 1\nname: My wall\nexercises:\n  - name: Wall\n    hold: 5min\n")
    assert main(["list", "--json"]) == 0
    captured = capsys.readouterr()
    listed = {item["id"]: item for item in json.loads(captured.out)}
    assert listed["mine"]["builtin"] is False and listed["mine"]["name"] == "Every feature"
    assert listed["user:legs-up-the-wall"]["name"] == "My wall"  # never hides the built-in
    assert listed["legs-up-the-wall"]["builtin"] is True
    assert len(listed) == 10
    assert f"{user_dir / 'broken.yaml'}:6:12: sides of exercise 'Wrong word'" in captured.err


def test_plan_json_contract(capsys: pytest.CaptureFixture[str], basedir: Path) -> None:
    assert main(["plan", "mini-band-circuit", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["id"] == "mini-band-circuit" and plan["name"] == "Mini-band circuit"
    assert plan["total_s"] == 1255
    first_work = plan["segments"][1]
    for key in ("kind", "label", "exercise", "side", "round", "set", "start_s", "duration_s"):
        assert key in first_work
    assert first_work["kind"] == "work" and first_work["side"] == "right"
    assert first_work["start_s"] == 10 and first_work["duration_s"] == 45


def test_plan_set_and_manual_duration_null(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           basedir: Path) -> None:
    assert main(["plan", "legs-up-the-wall", "--set", "minutes=20", "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["segments"][-1]["duration_s"] == 1200
    manual = tmp_path / "manual.yaml"
    manual.write_text("version: 1\nname: M\nexercises:\n  - name: Push\n    reps: 10\n")
    assert main(["plan", str(manual), "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["segments"][-1]["duration_s"] is None


def test_plan_table(capsys: pytest.CaptureFixture[str], basedir: Path) -> None:
    assert main(["plan", "squat-100", "--set", "sets=6", "--set", "rest=45s"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("100 squats (squat-100): 13 steps")
    assert "Bodyweight squat: 17 reps at 3 s each" in out
    assert "Sets: 6 (--set sets=VALUE, 5-6)" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["plan", "legs-up-the-wall", "--set", "minutes=25"], "within 5-20 min, not 25"),
        (["plan", "legs-up-the-wall", "--set", "minutes=4"], "within 5-20 min, not 4"),
        (["plan", "squat-100", "--set", "tempo=2.2"], "2-5 s in steps of 0.5"),
        (["plan", "squat-100", "--set", "sets=five"], "must be a number"),
        (["plan", "squat-100", "--set", "set=5"], "no parameter 'set'"),
        (["plan", "squat-100", "--set", "sets"], "expects NAME=VALUE"),
        (["plan", "legs-up-wall"], "Did you mean: legs-up-the-wall?"),
        (["run", "squats"], "Did you mean: squat-100?"),
        (["plan", "missing.yaml"], "no routine file 'missing.yaml'"),
    ],
)
def test_usage_errors_exit_2(args: list[str], message: str, basedir: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert message in capsys.readouterr().err


def test_argparse_usage_error_exits_2() -> None:
    result = run("plan")
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_validate_good_and_broken(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(DATA / "good" / "every-feature.yaml"), "routines"]) == 0
    assert "checked 9 files: all valid" in capsys.readouterr().err
    broken = DATA / "broken" / "bad-durations.yaml"
    assert main(["validate", str(broken), str(DATA / "good" / "every-feature.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8
    assert lines[0] == f"{broken}:3:10: prepare must be 0 or more seconds, not -5"
    assert all(line.startswith(f"{broken}:") for line in lines)


def test_validate_every_broken_fixture_as_a_process() -> None:
    files = sorted(str(path) for path in (DATA / "broken").glob("*.yaml"))
    result = run("validate", *files)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    reported = {line.split(":", 1)[0] for line in result.stdout.splitlines()}
    assert reported == set(files)


def test_validate_binary_and_huge_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(bytes(range(256)) * 100)
    huge = tmp_path / "huge.yaml"
    huge.write_bytes(b"version: 1\n" + b"x" * (2 * 1024 * 1024))
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"version: 1\nname: Caf\xe9\n")
    result = run("validate", str(junk), str(huge), str(latin), str(tmp_path / "absent.yaml"))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{junk}:1:1: this is a binary file, not a YAML routine",
        f"{huge}:0:0: file is 2,097,163 bytes; routine files may be at most 1,048,576 bytes",
        f"{latin}:2:10: not UTF-8 text: byte 0xe9 cannot be decoded (save the file as UTF-8)",
        f"{tmp_path / 'absent.yaml'}:0:0: cannot read file: No such file or directory",
    ]


def test_output_piped_into_head_does_not_crash() -> None:
    command = f"'{sys.executable}' -m leg_timer plan mini-band-circuit | head -1"
    result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("Mini-band circuit")
    assert "Traceback" not in result.stderr


def test_help_says_where_the_log_is(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "leg-timer/log/leg-timer.log" in out.replace("- ", "-")
    assert "--debug" in out


@pytest.mark.parametrize(("environ", "platform", "missing"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_display_missing(environ: dict[str, str], platform: str, missing: bool) -> None:
    from leg_timer.cli.commands import display_missing

    assert bool(display_missing(environ, platform)) is missing


def test_no_display_is_one_line_and_exit_2(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "leg_timer", "--basedir", str(tmp_path),
                             "run", "squat-100"], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "leg-timer: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set); list, plan and validate work without one"]


def test_a_start_with_no_arguments_is_what_the_parser_makes_of_none() -> None:
    # plain_start skips argparse for the window's common start (docs/performance.md).
    assert vars(plain_start()) == vars(build_parser().parse_args([]))


def test_the_window_start_does_not_import_argparse() -> None:
    code = ("import sys; import leg_timer.cli.main, leg_timer.cli.commands; "
            "print('argparse' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
