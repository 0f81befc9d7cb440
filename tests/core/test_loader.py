"""Loading routine files: every validation message has a broken-file fixture in
tests/data/broken/, whose ``# expect: LINE:COLUMN: message`` lines list exactly the problems
the loader must report, in order."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leg_timer.core.errors import RoutineError
from leg_timer.core.loader import load_routine, load_routine_bytes
from leg_timer.core.plan import build_plan
from leg_timer.core.routine import ExerciseKind, ParamRef, Side, Unit
from leg_timer.core.yamltree import MAX_FILE_BYTES

DATA = Path(__file__).parent.parent / "data"
BROKEN = sorted((DATA / "broken").glob("*.yaml"))


def expectations(path: Path) -> list[str]:
    prefix = "# expect: "
    return [line[len(prefix):] for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith(prefix)]


def problems_of(data: bytes, name: str = "test.yaml") -> list[str]:
    with pytest.raises(RoutineError) as caught:
        load_routine_bytes(data, name, "test")
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


@pytest.mark.parametrize("path", BROKEN, ids=lambda path: path.stem)
def test_broken_fixture_reports_every_expected_problem(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' lines"
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems] == expected
    assert all(p.file == str(path) for p in caught.value.problems)


def test_error_text_is_file_line_column_message() -> None:
    path = DATA / "broken" / "unknown-keys.yaml"
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    first = str(caught.value).splitlines()[0]
    assert first == f"{path}:3:1: unknown key 'descripton' in routine (did you mean 'description'?)"


def test_good_fixture_uses_every_feature() -> None:
    routine = load_routine(DATA / "good" / "every-feature.yaml")
    assert routine.id == "every-feature"
    assert routine.tags == ("strength", "stretch")
    assert [e.kind for e in routine.exercises] == [
        ExerciseKind.TIMED, ExerciseKind.HOLD, ExerciseKind.REPS, ExerciseKind.REPS]
    assert routine.exercises[0].sides == (Side.RIGHT, Side.LEFT)
    assert routine.exercises[1].duration == ParamRef("hold")
    assert routine.parameter("hold").unit is Unit.SECONDS
    assert routine.practice is not None and routine.practice.sessions_per_day == (3, 5)
    assert routine.cooldown is not None and routine.cooldown.duration == 90
    build_plan(routine)


# -- the worst files we could think of ---------------------------------------------------------


def test_non_utf8_bytes_name_the_place() -> None:
    assert problems_of(b"version: 1\nname: caf\xe9\n") == [
        "2:10: not UTF-8 text: byte 0xe9 cannot be decoded (save the file as UTF-8)"]


def test_binary_junk() -> None:
    assert problems_of(bytes(range(256)) * 4) == ["1:1: this is a binary file, not a YAML routine"]


def test_utf8_bom_is_fine() -> None:
    data = "\ufeffversion: 1\nname: Bom\nexercises:\n  - name: Squat\n    work: 30s\n"
    assert load_routine_bytes(data.encode(), "bom.yaml", "bom").name == "Bom"


def test_file_over_one_mebibyte_is_refused_without_parsing() -> None:
    data = b"version: 1\n" + b"#" * MAX_FILE_BYTES
    started = time.perf_counter()
    problems = problems_of(data)
    assert time.perf_counter() - started < 1.0
    assert problems == [f"0:0: file is {len(data):,} bytes; routine files may be at most "
                        f"{MAX_FILE_BYTES:,} bytes"]


def test_oversized_file_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"a" * (MAX_FILE_BYTES + 10))
    with pytest.raises(RoutineError, match="at most 1,048,576 bytes"):
        load_routine(path)


@pytest.mark.parametrize(("opener", "times"), [("[", 5000), ("{a: ", 5000), ("- ", 5000),
                                               ("[", 400_000)])
def test_deep_nesting(opener: str, times: int) -> None:
    """400,000 brackets crash libyaml's own composer; ours refuses them at level 32."""
    data = ("version: 1\nname: deep\nexercises: " + opener * times).encode()
    (problem,) = problems_of(data)
    assert "too deep" in problem or "syntax error" in problem


def test_many_aliases_are_bounded() -> None:
    lines = ["version: 1", "name: laughs", "a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, 20)]
    started = time.perf_counter()
    (problem,) = problems_of("\n".join(lines).encode())
    assert "too many values" in problem
    assert time.perf_counter() - started < 2.0


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="cannot read file"):
        load_routine(tmp_path / "nope.yaml")


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(RoutineError, match="not a regular file"):
        load_routine(tmp_path)


def test_fifo_and_device_do_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(RoutineError, match="not a regular file"):
            load_routine(path)


def test_huge_integers_and_floats() -> None:
    data = (b"version: 1\nname: big\nrounds: 99999999999999999999999\nexercises:\n"
            b"  - name: Squat\n    work: 1.0e+400\n")
    assert problems_of(data) == [
        "3:9: rounds must be between 1 and 100, not 99999999999999999999999",
        "6:11: work of 'Squat' must be a duration such as 45, 45s, 1m30s or 15min or a "
        "$parameter; found inf",
    ]


def test_unicode_names_are_kept() -> None:
    data = "version: 1\nname: Ноги 🦵\nexercises:\n  - name: Присед\n    work: 30s\n".encode()
    routine = load_routine_bytes(data, "uni.yaml", "uni")
    assert routine.name == "Ноги 🦵"
    assert routine.exercises[0].name == "Присед"


# -- fuzzing -------------------------------------------------------------------------------------

yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
    | st.sampled_from(["45s", "$rest", "both", "1m30s", "-1", "$x", "reps", "work"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(["version", "name", "exercises", "work", "hold", "reps", "sets",
                         "repeat", "rest", "sides", "parameters", "unit", "default", "min",
                         "max", "rounds", "cues", "tempo", "cooldown", "duration", "x"]),
        children, max_size=6),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_values)
def test_random_yaml_structures_only_raise_routine_error(value: object) -> None:
    data = yaml.safe_dump(value, allow_unicode=True).encode()
    try:
        routine = load_routine_bytes(data, "fuzz.yaml", "fuzz")
    except RoutineError as error:
        assert error.problems
        assert all(p.message for p in error.problems)
    else:
        build_plan(routine)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_random_bytes_only_raise_routine_error(data: bytes) -> None:
    try:
        load_routine_bytes(data, "fuzz.yaml", "fuzz")
    except RoutineError as error:
        assert error.problems
