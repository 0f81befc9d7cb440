"""Reference expanders: each app's own run order, written plainly from its source, to check
the imported routines against.

Each returns the app's timeline as (kind, seconds) pairs, kind "effort", "rest" or "manual"
(a step that waits for the user; seconds None). They share no code with leg_timer.importers
on purpose: they read the sample files with json/yaml and follow the app's loops directly.
"""

from __future__ import annotations

import json
from typing import Any

import yaml

from leg_timer.core.plan import Plan, SegmentKind

Timeline = list[tuple[str, float | None]]

JAWT_REST = {"rest", "pause", "repos", "riposo", "отдых", "dinlenme", "odpoczynek", "休息",
             "descanso", "pausa", "rust"}


def jawt(workout: dict[str, Any]) -> Timeline:
    """Timetable.buildTimetable: 10 s countdown, then every set's exercises, repetitions
    times; an exercise named with the rest word is a rest."""
    out: Timeline = [("rest", 10.0)]
    for one_set in workout["sets"]:
        for _ in range(one_set["repetitions"]):
            for exercise in one_set["exercises"]:
                kind = "rest" if exercise["name"].strip().casefold() in JAWT_REST else "effort"
                out.append((kind, float(exercise["duration"])))
    return out


def openhiit(timer: dict[str, Any]) -> Timeline:
    """generateIntervalsFromTimer, zero-length intervals left out by addInterval."""
    settings = timer["timeSettings"]
    if isinstance(settings, str):
        settings = json.loads(settings)
    t = {key: settings.get(key, 0) for key in ("workTime", "restTime", "breakTime",
                                               "warmupTime", "cooldownTime", "getReadyTime",
                                               "restarts")}
    out: Timeline = [("rest", t["getReadyTime"]), ("effort", t["warmupTime"])]
    if t["warmupTime"] > 0:
        out.append(("rest", t["restTime"]))
    for iteration in range(t["restarts"] + 1):
        for i in range(timer["activeIntervals"]):
            out.append(("effort", t["workTime"]))
            if i < timer["activeIntervals"] - 1:
                out.append(("rest", t["restTime"]))
        if iteration < t["restarts"]:
            out.append(("rest", t["breakTime"] if t["breakTime"] > 0 else t["restTime"]))
    out.append(("effort", t["cooldownTime"]))
    return [(kind, float(seconds)) for kind, seconds in out if seconds and seconds > 0]


TIMER_MACHINE_REST = JAWT_REST | {"break"}


def _tm_step(step: dict[str, Any], role: str = "") -> tuple[str, float | None]:
    if any(b["type"] == "HALT" for b in step.get("behaviour", [])):
        return ("manual", None)
    if role == "start" or step["label"].strip().casefold() in TIMER_MACHINE_REST:
        return ("rest", step["length"] / 1000)
    return ("effort", step["length"] / 1000)


def _tm_steps(steps: list[dict[str, Any]]) -> Timeline:
    out: Timeline = []
    for entry in steps:
        if entry.get("step_type", "step") == "group":
            for _ in range(entry["loop"]):
                out.extend(_tm_steps(entry["steps"]))
        else:
            out.append(_tm_step(entry))
    return out


def timer_machine(timer: dict[str, Any]) -> Timeline:
    """Start step once, the steps loop times (groups loop their own), end step once."""
    out: Timeline = []
    if timer.get("startStep"):
        out.append(_tm_step(timer["startStep"], "start"))
    for _ in range(timer["loop"]):
        out.extend(_tm_steps(timer["steps"]))
    if timer.get("endStep"):
        out.append(_tm_step(timer["endStep"]))
    return out


def _q_length(text: str) -> float:
    return float(text[:-1]) * (60.0 if text[-1] == "m" else 1.0)


def _q_unpack(entry: dict[str, Any]) -> Timeline:
    """Workout._unpack: a block's intervals times repeats, the last rest cut once."""
    if "block" not in entry:
        return [("rest" if entry["type"] == "rest" else "effort", _q_length(entry["length"]))]
    block = entry["block"]
    inner: Timeline = []
    for sub in block["intervals"]:
        inner += _q_unpack(sub)
    out = inner * block["repeats"]
    if block.get("skip_last_rest") and out and out[-1][0] == "rest":
        out = out[:-1]
    return out


def qintervals(text: str) -> Timeline:
    out: Timeline = []
    for entry in yaml.safe_load(text)["intervals"]:
        out += _q_unpack(entry)
    return out


# -- comparing with our plans ---------------------------------------------------------------

_EFFORT = {SegmentKind.WORK, SegmentKind.HOLD, SegmentKind.REPS, SegmentKind.COOLDOWN}


def plan_timeline(plan: Plan) -> Timeline:
    """A plan as (kind, seconds): work, hold, reps and cool-down are effort; rest, switch,
    round rest and get-ready are rest; a rep set without a duration is manual."""
    out: Timeline = []
    for segment in plan.segments:
        if segment.duration_s is None:
            out.append(("manual", None))
        else:
            out.append(("effort" if segment.kind in _EFFORT else "rest", segment.duration_s))
    return out


def plan_json_timeline(plan: dict[str, Any]) -> Timeline:
    """The same from ``leg-timer plan --json``."""
    effort = {kind.value for kind in _EFFORT}
    return [("manual", None) if s["duration_s"] is None
            else ("effort" if s["kind"] in effort else "rest", s["duration_s"])
            for s in plan["segments"]]


def normalised(timeline: Timeline) -> Timeline:
    """The documented deviations applied: zero-length steps gone, rests in a row summed, and
    a get-ready longer than 120 s run as a timed step."""
    out: Timeline = []
    for kind, seconds in timeline:
        if kind != "manual" and not seconds:
            continue
        if kind == "rest" and out and out[-1][0] == "rest":
            previous = out[-1][1]
            assert previous is not None and seconds is not None
            out[-1] = ("rest", previous + seconds)
        else:
            out.append((kind, seconds))
    if out and out[0][0] == "rest" and (out[0][1] or 0) > 120:
        out[0] = ("effort", out[0][1])
    return out


def assert_same(got: Timeline, expected: Timeline) -> None:
    """The same kinds in the same order, each length equal to the microsecond (sums of
    fractional seconds differ in their last bits)."""
    assert [kind for kind, _ in got] == [kind for kind, _ in expected], (got, expected)
    for (_, mine), (_, theirs) in zip(got, expected, strict=True):
        assert (mine is None and theirs is None) or (
            mine is not None and theirs is not None and abs(mine - theirs) < 1e-6), (
            got, expected)


def total(timeline: Timeline) -> float:
    return sum(seconds for _, seconds in timeline if seconds)
