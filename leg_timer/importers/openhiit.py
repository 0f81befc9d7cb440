"""OpenHIIT (github.com/a-mabe/OpenHIIT), an Android HIIT timer.

Its export is a JSON list of timers. A timer has ``activeIntervals`` work intervals, named by
``activities`` ("Work" where a name is missing), and time settings (get-ready, warm-up, work,
rest, break and cool-down seconds, and ``restarts``: extra rounds), written as a nested object
or, by some versions, as a JSON string; older records keep them on the timer itself. The run
order follows the app's ``generateIntervalsFromTimer``: get ready, warm-up and a rest after
it, then each round's work intervals with rests between them (none after the last), a break
between rounds (a rest when the break is 0), and the cool-down; zero-length intervals are
left out.
"""

from __future__ import annotations

import json

from leg_timer.importers.problems import FormatError, Value
from leg_timer.importers.timeline import (
    MAX_RAW_STEPS,
    Step,
    StepKind,
    Workout,
    checked_extend,
    repeated,
)

NAME = "openhiit"


def looks_like(root: Value) -> bool:
    first = root.value[0] if isinstance(root.value, list) and root.value else root.value
    return isinstance(first, dict) and ("timeSettings" in first or "activeIntervals" in first)


def read(root: Value) -> list[Workout]:
    timers = [root] if root.is_object() else list(root.items())
    if not timers:
        raise root.fail("the export holds no timer")
    return [read_timer(timer) for timer in timers]


def _embedded(node: Value | None, what: str) -> Value | None:
    """An object that may be written as a JSON string inside the JSON."""
    if node is None or not isinstance(node.value, str):
        return node
    try:
        return Value(json.loads(node.value), node.path)
    except (ValueError, RecursionError) as error:
        raise node.fail(f"{what} is text that is not valid JSON ({error})") from None


def read_timer(timer: Value) -> Workout:
    if not timer.is_object():
        raise timer.fail("expected a timer (an object)")
    name_node = timer.get("name")
    workout = Workout(name_node.text() if name_node else "", timer.path or "the timer")
    settings = _embedded(timer.get("timeSettings"), "timeSettings") or timer
    if not settings.is_object():
        raise settings.fail("expected the time settings (an object)")

    def time(key: str) -> float:
        node = settings.get(key)
        return node.seconds(whole=True) if node else 0.0

    restarts_node = settings.get("restarts")
    restarts = restarts_node.whole(0, MAX_RAW_STEPS) if restarts_node else 0
    active_node = timer.get("activeIntervals")
    active = active_node.whole(0, MAX_RAW_STEPS) if active_node else 0
    activities_node = _embedded(timer.get("activities"), "activities")
    names = ([item.text() for item in activities_node.items()] if activities_node else [])
    work, rest, pause = time("workTime"), time("restTime"), time("breakTime")
    warmup = time("warmupTime")

    steps = workout.steps
    steps.append(Step(StepKind.REST, time("getReadyTime"), "Get Ready", settings.path))
    steps.append(Step(StepKind.EFFORT, warmup, "Warmup", settings.path))
    if warmup > 0:
        steps.append(Step(StepKind.REST, rest, "Rest", settings.path))
    round_steps: list[Step] = []
    for number in range(active):
        name = names[number] if number < len(names) and names[number] else "Work"
        round_steps.append(Step(StepKind.EFFORT, work, name, timer.path))
        if number < active - 1:
            round_steps.append(Step(StepKind.REST, rest, "Rest", settings.path))
    between = Step(StepKind.REST, pause if pause > 0 else rest,
                   "Break" if pause > 0 else "Rest", settings.path)
    checked_extend(steps, repeated([*round_steps, between], restarts, timer.path), timer.path)
    checked_extend(steps, round_steps, timer.path)
    steps.append(Step(StepKind.EFFORT, time("cooldownTime"), "Cooldown", settings.path,
                      cooldown=True))
    if active == 0 or work == 0:
        raise FormatError(timer.path or "the timer", "this timer has no work interval")
    _note_dropped(timer, workout)
    return workout


def _note_dropped(timer: Value, workout: Workout) -> None:
    if timer.has("color"):
        workout.note("the timer's colour")
    sounds = _embedded(timer.get("soundSettings"), "soundSettings")
    if sounds is not None and sounds.is_object() and any(
            key.endswith("Sound") and isinstance(value, str) and value not in ("", "none")
            for key, value in sounds.value.items()):
        workout.note("its sounds (Leg Timer plays its own cues)")
