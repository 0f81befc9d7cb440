"""Broken, hostile and oversized files: each refused with the file, the format tried and the
place, never a traceback, never a half-written folder."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.authoring.files import routine_yaml, write_new_routine
from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import build_plan
from leg_timer.importers import (
    MAX_IMPORT_BYTES,
    ImportProblem,
    convert_bytes,
    import_files,
    read_file_bytes,
)
from leg_timer.importers.timeline import Step, StepKind, Workout, routine_data
from tests.importers.reference import assert_same, normalised, plan_timeline, total

SAMPLES = Path(__file__).parent / "samples"


def problem(data: bytes | str, format: str | None = None) -> ImportProblem:
    raw = data.encode() if isinstance(data, str) else data
    with pytest.raises(ImportProblem) as caught:
        convert_bytes(raw, "in.json", format)
    assert str(caught.value).startswith("in.json")
    return caught.value


def jawt_with(exercise: Any = None, **workout: Any) -> str:
    body = {"title": "T", "sets": [{"repetitions": 1, "exercises": [
        exercise if exercise is not None else {"name": "Squat", "duration": 30}]}]}
    body.update(workout)
    return json.dumps({"workouts": [{"title": "Fine", "sets": [{"repetitions": 1, "exercises": [
        {"name": "A", "duration": 5}]}]}, body]})


@pytest.mark.parametrize(("text", "place", "words"), [
    (jawt_with({"name": "Squat", "duration": "ten"}),
     "workouts[1].sets[0].exercises[0].duration", "expected a number, found 'ten'"),
    (jawt_with({"name": "Squat", "duration": -5}),
     "workouts[1].sets[0].exercises[0].duration", "cannot be negative"),
    (jawt_with({"name": "Squat", "duration": 2.5}),
     "workouts[1].sets[0].exercises[0].duration", "expected a whole number"),
    (jawt_with({"name": "Squat", "duration": 1e300}),
     "workouts[1].sets[0].exercises[0].duration", "far too long"),
    (jawt_with({"name": "Squat", "duration": 10**400}),
     "workouts[1].sets[0].exercises[0].duration", "far too long"),
    (jawt_with({"name": "Squat", "duration": 5 * 3600}),
     "workouts[1].sets[0].exercises[0].duration", "longer than the 4 hours"),
    (jawt_with({"name": ["x"], "duration": 5}),
     "workouts[1].sets[0].exercises[0].name", "expected text, found a list"),
    (jawt_with("just text"), "workouts[1].sets[0].exercises[0]", "expected an object"),
    (jawt_with(sets="none"), "workouts[1].sets", "expected a list, found 'none'"),
    (jawt_with(sets=[]), "workouts[1].sets", "no exercise"),
    (jawt_with(sets=[{"repetitions": True, "exercises": []}]),
     "workouts[1].sets[0].repetitions", "expected a whole number, found true"),
    (jawt_with(sets=[{"repetitions": 1, "exercises": [{"name": "Rest", "duration": 9}]}]),
     "workouts[1]", "no exercise to import"),
    (jawt_with(sets=[{"repetitions": 1}]), "workouts[1].sets[0]", "missing 'exercises'"),
    ('{"workouts": []}', "workouts", "holds no workout"),
    ('{"workouts": [1]}', "workouts[0]", "expected a workout"),
])
def test_broken_jawt(text: str, place: str, words: str) -> None:
    error = problem(text)
    assert error.format == "jawt" and error.place == place
    assert words in error.message
    assert f"in.json (jawt) at {place}: " in str(error)


def openhiit(**changes: Any) -> str:
    timer: dict[str, Any] = {"name": "T", "activeIntervals": 2, "timeSettings": {
        "workTime": 20, "restTime": 10, "restarts": 1}}
    timer.update(changes)
    return json.dumps([timer])


@pytest.mark.parametrize(("text", "place", "words"), [
    (openhiit(activeIntervals=-1), "[0].activeIntervals", "must be between 0 and 40,000"),
    (openhiit(activeIntervals=0), "[0]", "no work interval"),
    (openhiit(timeSettings={"workTime": "20"}), "[0].timeSettings.workTime",
     "expected a number"),
    (openhiit(timeSettings="{not json"), "[0].timeSettings", "text that is not valid JSON"),
    (openhiit(timeSettings=[1]), "[0].timeSettings", "expected the time settings"),
    (openhiit(activities=[{}]), "[0].activities[0]", "expected text"),
    (openhiit(timeSettings={"workTime": 20, "restarts": 10**6}), "[0].timeSettings.restarts",
     "must be between"),
    (openhiit(activeIntervals=20_000, timeSettings={"workTime": 1, "restarts": 1}), "[0]",
     "at most 10,000"),
])
def test_broken_openhiit(text: str, place: str, words: str) -> None:
    error = problem(text)
    assert (error.format, error.place) == ("openhiit", place)
    assert words in error.message


def timer_machine(steps: Any, **timer: Any) -> str:
    return json.dumps({"timers": [{"name": "T", "loop": 1, "steps": steps, **timer}]})


def nested_groups(depth: int) -> list[Any]:
    steps: list[Any] = [{"label": "Go", "length": 1000}]
    for _ in range(depth):
        steps = [{"step_type": "group", "name": "G", "loop": 1, "steps": steps}]
    return steps


@pytest.mark.parametrize(("text", "place", "words"), [
    (timer_machine([{"label": "Go", "length": -1}]), "timers[0].steps[0].length",
     "cannot be negative"),
    (timer_machine([{"label": "Go"}]), "timers[0].steps[0]", "missing 'length'"),
    (timer_machine([{"step_type": "loop", "label": "Go", "length": 1}]),
     "timers[0].steps[0].step_type", "expected \"step\" or \"group\", found 'loop'"),
    (timer_machine([{"step_type": "group", "name": "G", "steps": []}]), "timers[0].steps[0]",
     "missing 'loop'"),
    (timer_machine([{"label": "Go", "length": 1000, "behaviour": [{"label": "x"}]}]),
     "timers[0].steps[0].behaviour[0]", "missing 'type'"),
    (timer_machine([{"label": "Rest", "length": 1000}]), "timers[0]", "no exercise"),
    (timer_machine(nested_groups(40)), "timers[0]" + ".steps[0]" * 32 + ".steps",
     "nested more than 32"),
    (timer_machine([{"step_type": "group", "name": "G", "loop": 10**4, "steps": [
        {"step_type": "group", "name": "H", "loop": 10**4, "steps": [
            {"label": "Go", "length": 1000}]}]}]), "timers[0].steps[0]", "100,000,000"),
    (timer_machine([{"label": "Go", "length": 1000}], loop=10**4,
                   startStep={"label": "S", "length": 1000}), "timers[0]", "at most 10,000"),
])
def test_broken_timer_machine(text: str, place: str, words: str) -> None:
    error = problem(text)
    assert (error.format, error.place) == ("timer-machine", place)
    assert words in error.message


@pytest.mark.parametrize(("text", "place", "words"), [
    ("title: T\nintervals:\n  - type: sprint\n    name: A\n    length: 3s\n",
     "intervals[0].type", "must be work, rest, warmup or warmdown"),
    ("title: T\nintervals:\n  - type: work\n    name: A\n    length: 3h\n",
     "intervals[0].length", "written like 30s or 5m, found '3h'"),
    ("title: T\nintervals:\n  - type: work\n    name: A\n    length: 30\n",
     "intervals[0].length", "found 30"),
    ("title: T\nintervals:\n  - type: work\n    name: A\n    length: nans\n",
     "intervals[0].length", "0 or more"),
    ("title: T\nintervals:\n  - type: work\n    name: A\n    length: 300m\n",
     "intervals[0].length", "longer than the 4 hours"),
    ("title: T\nintervals:\n  - type: work\n    name: A\n",
     "intervals[0]", "missing 'length'"),
    ("title: T\nintervals:\n  - block:\n      intervals: []\n",
     "intervals[0].block", "missing 'repeats'"),
    ("title: T\nintervals:\n  - block:\n      repeats: 2\n      skip_last_rest: maybe\n"
     "      intervals:\n        - {type: work, name: A, length: 3s}\n",
     "intervals[0].block.skip_last_rest", "true or false"),
    ("title: T\nintervals: []\n", "the workout", "no exercise"),
])
def test_broken_qintervals(text: str, place: str, words: str) -> None:
    error = problem(text)
    assert (error.format, error.place) == ("qintervals", place)
    assert words in error.message


def test_syntax_errors_give_line_and_column() -> None:
    error = problem('{"workouts": [\n  {"title": "A",\n   "sets": [}\n]}')
    assert error.place == "3:13" and "not valid JSON" in error.message
    error = problem("title: T\nintervals:\n  - type: work\n   name: [\n", "qintervals")
    assert error.format == "qintervals" and error.place.count(":") == 1


def test_not_utf8_binary_unknown_and_empty() -> None:
    error = problem(b'{"title": "Caf\xe9"}')
    assert error.place == "1:15" and "not UTF-8" in error.message
    assert "binary" in problem(b"\x89PNG\r\n\x1a\n\x00\x00").message
    unknown = problem('{"name": "x", "rounds": 3}')
    assert unknown.format is None
    assert "tried jawt, openhiit, timer-machine, qintervals, leg-timer" in unknown.message
    assert "'name', 'rounds'" in unknown.message
    assert "tried" in problem("").message
    assert problem("", "jawt").message == "the file is empty"


def test_json_nan_and_deep_nesting_are_refused() -> None:
    assert "NaN is not a number JSON allows" in problem(
        '{"title": "T", "sets": [{"repetitions": 1, "exercises": '
        '[{"name": "A", "duration": NaN}]}]}').message
    deep = "[" * 100_000 + "]" * 100_000
    assert "nested too deeply" in problem(deep).message


def test_broken_leg_timer_file_says_where() -> None:
    error = problem("version: 1\nname: X\nexercises:\n  - name: A\n    wrk: 30s\n")
    assert error.format == "leg-timer" and error.place == "4:5"
    assert "leg-timer validate" in error.message


def test_too_long_a_workout_is_refused_clearly() -> None:
    # 10,000 work intervals with rests between them: 19,999 segments.
    workout = {"title": "Long", "sets": [{"repetitions": 10_000, "exercises": [
        {"name": "A", "duration": 1}, {"name": "Rest", "duration": 1}]}]}
    error = problem(json.dumps(workout))
    assert "a Leg Timer routine runs at most 10,000" in error.message
    day = {"title": "Day", "sets": [{"repetitions": 30, "exercises": [
        {"name": "A", "duration": 3 * 3600}]}]}
    assert "lasts at most 24 hours" in problem(json.dumps(day)).message


def test_ten_thousand_intervals_that_fit_are_imported_compactly() -> None:
    # 4,999 rounds of work and rest: 9,999 segments with the get-ready, within the limit.
    workout = {"title": "Many", "sets": [{"repetitions": 4_999, "exercises": [
        {"name": "A", "duration": 1}, {"name": "Rest", "duration": 1}]}]}
    (routine,) = convert_bytes(json.dumps(workout).encode(), "many.json")
    plan = build_plan(load_routine_bytes(routine.text.encode(), "x", "many"))
    assert len(plan.segments) == 9_999 and len(routine.text) < 4_000


def test_at_most_a_thousand_workouts_per_file() -> None:
    workout = {"title": "T", "sets": [{"repetitions": 1, "exercises": [
        {"name": "A", "duration": 1}]}]}
    error = problem(json.dumps({"workouts": [workout] * 1001}))
    assert error.message == ("the file holds 1,001 workouts; at most 1,000 can be imported "
                             "from one file")


def test_files_over_the_size_limit_are_refused_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as stream:
        stream.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportProblem, match="at most 5,242,880 bytes"):
        read_file_bytes(big)
    with pytest.raises(ImportProblem, match="not a regular file"):
        read_file_bytes(tmp_path)
    with pytest.raises(ImportProblem, match="cannot read the file"):
        read_file_bytes(tmp_path / "missing.json")
    assert "at most" in problem(b" " * (MAX_IMPORT_BYTES + 1)).message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(ImportProblem, match="not a regular file"):
        read_file_bytes(fifo)


def test_all_or_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    broken = tmp_path / "broken.json"
    broken.write_text('{"title": "B", "sets": [{"repetitions": 1, "exercises": '
                      '[{"name": "A", "duration": -1}]}]}')
    with pytest.raises(ImportProblem, match=r"broken\.json"):
        import_files([SAMPLES / "jawt-backup.json", broken], folder)
    assert not folder.exists()


def test_ids_are_never_reused_and_nothing_is_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "tabata-squats.yaml").write_text("mine")
    first = import_files([SAMPLES / "jawt-workout.json"] * 2, folder, taken=["tabata-squats-2"])
    assert [item.id for item in first] == ["tabata-squats-3", "tabata-squats-4"]
    assert (folder / "tabata-squats.yaml").read_text() == "mine"
    assert first[0].path == folder / "tabata-squats-3.yaml"
    assert first[0].format == "jawt" and first[0].name == "Tabata squats"


def test_a_write_failure_removes_what_was_written(tmp_path: Path) -> None:
    calls: list[Path] = []

    def disk_full_after_one(folder: Path, text: str, wanted: str, taken: Any = ()) -> Path:
        if calls:
            raise OSError(28, "No space left on device")
        calls.append(write_new_routine(folder, text, wanted, taken))
        return calls[-1]

    with pytest.raises(ImportProblem, match=r"No space left on device.*nothing was imported"):
        import_files([SAMPLES / "jawt-backup.json"], tmp_path, write=disk_full_after_one)
    assert calls and not calls[0].exists()


# -- the timeline to routine step, on any timeline -----------------------------------------

_step = st.builds(
    lambda kind, seconds, name, cool: Step(kind, 0.0 if kind is StepKind.MANUAL else seconds,
                                           name, "x", cooldown=cool),
    st.sampled_from(list(StepKind)),
    st.sampled_from([0.0, 0.1, 0.2, 1.0, 2.5, 10.0, 30.0, 200.0, 1234.567]),
    st.sampled_from(["A", "B"]), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(_step, min_size=1, max_size=12), st.integers(1, 5))
def test_any_timeline_becomes_a_routine_that_runs_it(steps: list[Step], copies: int) -> None:
    timeline = steps * copies  # repeats, so rounds and repeat are found often
    if not any(s.kind is not StepKind.REST and (s.seconds or s.kind is StepKind.MANUAL)
               for s in timeline):
        return
    data = routine_data(Workout("W", "x", list(timeline)), "test")
    plan = build_plan(load_routine_bytes(routine_yaml(data).encode(), "x", "w"))
    expected = [("manual", None) if s.kind is StepKind.MANUAL else (
        "rest" if s.kind is StepKind.REST else "effort", s.seconds) for s in timeline]
    assert_same(plan_timeline(plan), normalised(expected))
    assert plan.total_s == pytest.approx(total(expected))
