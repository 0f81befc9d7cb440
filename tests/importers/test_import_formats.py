"""Each format's samples, imported, run the same timeline as the source app would.

The samples in samples/ are written from each app's model and serialisation code, one feature
of its schema at least once. The imported routine is planned with Leg Timer's own loader and
planner, and its (kind, seconds) sequence compared with reference.py's straightforward
expansion of the app's run order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import Plan, build_plan
from leg_timer.importers import FORMATS, Converted, convert_bytes
from tests.importers import reference
from tests.importers.reference import Timeline, assert_same, normalised, plan_timeline

SAMPLES = Path(__file__).parent / "samples"


def converted(name: str, format: str | None = None) -> list[Converted]:
    path = SAMPLES / name
    return convert_bytes(path.read_bytes(), name, format, stem=path.stem)


def plan_of(routine: Converted) -> Plan:
    return build_plan(load_routine_bytes(routine.text.encode(), "imported", routine.wanted_id))


def same_run(routine: Converted, expected: Timeline, *, exact: bool = False) -> Plan:
    """The routine's plan runs ``expected`` (exactly, or with the documented deviations)."""
    plan = plan_of(routine)
    got = plan_timeline(plan)
    if exact:
        assert_same(got, [(k, s) for k, s in expected if k == "manual" or s])
    assert_same(got, normalised(expected))
    assert plan.total_s == pytest.approx(reference.total(expected))
    assert plan.manual_sets == sum(1 for kind, _ in expected if kind == "manual")
    return plan


def test_formats_are_the_documented_names() -> None:
    assert FORMATS == ("jawt", "openhiit", "timer-machine", "qintervals", "leg-timer")


# -- Just Another Workout Timer ----------------------------------------------------------


def test_jawt_backup_every_workout_runs_as_in_the_app() -> None:
    source = json.loads((SAMPLES / "jawt-backup.json").read_text())["workouts"]
    routines = converted("jawt-backup.json")
    assert [r.name for r in routines] == ["Leg circuit", "Warm start"]
    assert {r.format for r in routines} == {"jawt"}
    for routine, workout in zip(routines, source, strict=True):
        same_run(routine, reference.jawt(workout))
    # Repos 10 s + riposo 5 s in a row, and the rest before the first exercise.
    assert routines[0].dropped == ("back-to-back rests are joined into one rest (once)",)
    assert routines[1].data["prepare"] == "40s"
    assert "get-ready of 40 s" in routines[1].dropped[0]


def test_jawt_single_workout_compresses_into_exact_rounds() -> None:
    (routine,) = converted("jawt-workout.json")
    workout = json.loads((SAMPLES / "jawt-workout.json").read_text())
    plan = same_run(routine, reference.jawt(workout), exact=True)
    assert routine.data["rounds"] == 8 and len(routine.data["exercises"]) == 1
    assert routine.data["skip_final_rest"] is False  # JAWT plays the last Rest exercise too
    assert plan.total_s == 10 + 8 * 30
    assert routine.dropped == ()


def test_jawt_rest_words_are_the_apps_translations() -> None:
    workout = {"title": "Words", "sets": [{"repetitions": 1, "exercises": [
        {"name": "Squat", "duration": 10}] + [
        {"name": word, "duration": 1} if i % 2 else {"name": f"Move {i}", "duration": 5}
        for i, word in enumerate(["Rest", "Pause", "Repos", "Riposo", "Отдых", "Dinlenme",
                                  "Odpoczynek", "休息", "  REST "] * 2)]}]}
    (routine,) = convert_bytes(json.dumps(workout).encode(), "words.json")
    same_run(routine, reference.jawt(workout), exact=True)


# -- OpenHIIT ----------------------------------------------------------------------------


def test_openhiit_every_timer_runs_as_in_the_app() -> None:
    timers = json.loads((SAMPLES / "openhiit-export.json").read_text())
    routines = converted("openhiit-export.json")
    assert [r.name for r in routines] == ["Tabata legs", "Quick burn", "One long set"]
    for routine, timer in zip(routines, timers, strict=True):
        same_run(routine, reference.openhiit(timer))
    tabata, quick, long_ready = routines
    # Warm-up, named activities, "Work" where a name is missing, the cool-down segment.
    names = [e["name"] for e in tabata.data["exercises"]]
    assert names[:4] == ["Warmup", "Squats", "Lunges", "Work"]
    assert tabata.data["cooldown"] == {"label": "Cooldown", "duration": "1m30s"}
    assert tabata.dropped == ("the timer's colour", "its sounds (Leg Timer plays its own cues)")
    # Settings and activities as JSON strings; break 0 means a rest between rounds.
    assert quick.data["rounds"] == 2 and quick.data["prepare"] == "0s"
    assert [e["name"] for e in quick.data["exercises"]] == ["Work", "Bridges"]
    assert quick.dropped == ()  # sounds set to "none" are nothing lost
    # A 200 s get-ready is over our 120 s limit: a timed step keeps the total.
    assert long_ready.data["exercises"][0] == {"name": "Get Ready", "work": "3m20s"}
    assert "longer than Leg Timer's 120 s get-ready" in long_ready.dropped[0]


def test_openhiit_exact_timeline_without_deviations() -> None:
    timer = {"name": "Plain", "activeIntervals": 5, "activities": ["A", "B", "C", "D", "E"],
             "timeSettings": {"workTime": 30, "restTime": 10, "breakTime": 45,
                              "warmupTime": 60, "cooldownTime": 0, "getReadyTime": 15,
                              "restarts": 3}}
    (routine,) = convert_bytes(json.dumps([timer]).encode(), "plain.json")
    same_run(routine, reference.openhiit(timer), exact=True)


# -- TimeR Machine -----------------------------------------------------------------------


def test_timer_machine_backup_runs_as_in_the_app() -> None:
    timers = json.loads((SAMPLES / "timer-machine-backup.json").read_text())["timers"]
    routines = converted("timer-machine-backup.json")
    for routine, timer in zip(routines, timers, strict=True):
        same_run(routine, reference.timer_machine(timer))
    run_walk, circuit = routines
    assert run_walk.data["prepare"] == "5s" and run_walk.data["rounds"] == 3
    assert run_walk.data["cooldown"] == {"label": "Timer End", "duration": "10s"}
    assert {"name": "Notifier", "work": "1.5s"} in run_walk.data["exercises"]  # 1500 ms
    assert set(run_walk.dropped) == {"music", "vibration", "beeps every second",
                                     "spoken step names (Leg Timer's voice setting applies)"}
    assert circuit.data["exercises"][0]["reps"] == 1  # HALT: a set ended with Enter
    assert "'Get set up' waits for you (HALT)" in circuit.dropped[0]
    assert "starting another timer when this one ends" in circuit.dropped


def test_timer_machine_single_shared_timer() -> None:
    (routine,) = converted("timer-machine-timer.json")
    timer = json.loads((SAMPLES / "timer-machine-timer.json").read_text())
    plan = same_run(routine, reference.timer_machine(timer), exact=True)
    assert plan.manual_sets == 1 and plan.total_s == 90  # the app ignores a HALT step's length
    assert "'Hold until ready' waits for you (HALT): here it is a set you end with Enter" in (
        routine.dropped)


# -- qintervals --------------------------------------------------------------------------


def test_qintervals_nested_blocks_and_skip_last_rest() -> None:
    text = (SAMPLES / "qintervals-threshold.yml").read_text()
    (routine,) = converted("qintervals-threshold.yml")
    plan = same_run(routine, reference.qintervals(text), exact=True)
    assert routine.data["prepare"] == "0s"  # qintervals starts at once
    assert routine.data["cooldown"] == {"label": "Cool down", "duration": "3m"}
    assert plan.total_s == 300 + 2 * (90 + 30 + 3 * 30) - 20 + 120 + 4 * 60 + 180


def test_qintervals_examples_from_its_repository_shape() -> None:
    text = ("title: Block Test\nintervals:\n  - type: warmup\n    name: One\n    length: 3s\n"
            "  - block:\n      repeats: 2\n      intervals:\n        - type: work\n"
            "          name: Block One\n          length: 3s\n        - block:\n"
            "            repeats: 2\n            intervals:\n              - type: work\n"
            "                name: Nested\n                length: 3s\n"
            "              - type: rest\n                name: R\n                length: 1m\n")
    (routine,) = convert_bytes(text.encode(), "block.yml")
    same_run(routine, reference.qintervals(text), exact=True)


# -- Leg Timer's own files ---------------------------------------------------------------


def test_leg_timer_file_is_copied_as_it_is() -> None:
    path = SAMPLES / "leg-timer-routine.yaml"
    (routine,) = converted("leg-timer-routine.yaml")
    assert routine.format == "leg-timer" and routine.text == path.read_text()
    assert routine.name == "Shared stretches" and routine.wanted_id == "leg-timer-routine"


def test_format_can_be_forced() -> None:
    (routine,) = converted("jawt-workout.json", "jawt")
    assert routine.format == "jawt"


# -- properties: random workouts run as the apps would -----------------------------------

_names = st.sampled_from(["Squat", "Lunge", "Rest", "Pause", "Hop"])
_exercise = st.fixed_dictionaries({"name": _names, "duration": st.integers(0, 90)})
_set = st.fixed_dictionaries({"repetitions": st.integers(0, 6),
                              "exercises": st.lists(_exercise, min_size=1, max_size=5)})


@settings(max_examples=150, deadline=None)
@given(st.lists(_set, min_size=1, max_size=4))
def test_any_jawt_workout_runs_as_in_the_app(sets: list[dict[str, Any]]) -> None:
    workout = {"title": "Random", "sets": sets}
    expected = reference.jawt(workout)
    if not any(kind == "effort" and seconds for kind, seconds in expected):
        return  # nothing to do: refused, see test_import_problems
    (routine,) = convert_bytes(json.dumps(workout).encode(), "random.json")
    same_run(routine, expected)


def _interval(kind: str, name: str, seconds: int) -> dict[str, Any]:
    return {"type": kind, "name": name, "length": f"{seconds}s"}


_q_interval = st.builds(_interval, st.sampled_from(["work", "rest", "warmup", "warmdown"]),
                        st.sampled_from(["A", "B"]), st.integers(0, 40))
_q_entries = st.recursive(
    st.lists(_q_interval, min_size=1, max_size=3),
    lambda inner: st.lists(st.one_of(_q_interval, st.builds(
        lambda entries, repeats, skip: {"block": {"repeats": repeats, "intervals": entries,
                                                  "skip_last_rest": skip}},
        inner, st.integers(0, 4), st.booleans())), min_size=1, max_size=3),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(_q_entries)
def test_any_qintervals_workout_runs_as_in_the_app(entries: list[dict[str, Any]]) -> None:
    text = yaml.safe_dump({"title": "Random", "intervals": entries})
    expected = reference.qintervals(text)
    if not any(kind == "effort" and seconds for kind, seconds in expected):
        return
    (routine,) = convert_bytes(text.encode(), "random.yml")
    same_run(routine, expected)


@pytest.mark.parametrize("name", ["Yes", "No", "On", "off", "1:30", "null", "~", "123",
                                  "- x", "#tag", "a: b", "2024-01-01", ".inf", "<<", "&a",
                                  "ünï 中"])
def test_names_that_look_like_other_yaml_values_stay_names(name: str) -> None:
    workout = {"title": name, "sets": [{"repetitions": 1, "exercises": [
        {"name": name, "duration": 5}]}]}
    (routine,) = convert_bytes(json.dumps(workout).encode(), "names.json")
    loaded = load_routine_bytes(routine.text.encode(), "x", "x")
    assert loaded.name == name and loaded.exercises[0].name == name


def test_docs_name_every_format_and_rest_word() -> None:
    from leg_timer.importers.jawt import REST_WORDS

    doc = (Path(__file__).parent.parent.parent / "docs" / "importing.md").read_text()
    assert all(f"(`{name}`)" in doc for name in FORMATS)
    listed = doc.split("These names count as rests")[1].split("A rest you renamed")[0]
    assert {word.casefold() for word in REST_WORDS} == {
        word.strip(" .,\n").casefold()
        for word in listed.split(":", 1)[1].replace(" and ", ",").replace(
            "(the app's translations)", ",").split(",") if word.strip(" .,\n")}


def test_timer_machine_milliseconds_are_kept_exactly() -> None:
    timer = {"name": "Odd lengths", "loop": 2, "steps": [
        {"label": "Spin", "length": 1_234_567}, {"label": "Rest", "length": 100},
        {"label": "Pause", "length": 200}, {"label": "Push", "length": 1}]}
    (routine,) = convert_bytes(json.dumps(timer).encode(), "odd.json")
    plan = same_run(routine, reference.timer_machine(timer))
    assert plan.segments[0].duration_s == 1234.567 and plan.segments[1].duration_s == 0.3
    assert plan.segments[2].duration_s == 0.001
