"""TimeR Machine (github.com/timer-machine/timer-machine-android), an Android interval timer.

Its backup is JSON ``{"timers": [...], "folders": ..., "prefs": ...}``; sharing one timer gives
the timer object alone. A timer runs its optional start step once, then its ``steps`` ``loop``
times, then its optional end step once. Each entry of ``steps`` is a step (``label``,
``length`` in milliseconds, ``behaviour`` list) or a group (``name``, ``loop``, ``steps``),
told apart by ``step_type`` (``"step"`` when absent). A step with the HALT behaviour is a
stopwatch that ignores its length and waits for the user: here it is a set ended with Enter.
TimeR Machine does not tell work from rest, so steps named with a rest word (Rest, Break,
Pause, ...) are rests and every other step is work; the start step is the get-ready and the
end step the cool-down.
"""

from __future__ import annotations

from leg_timer.importers.jawt import REST_WORDS
from leg_timer.importers.problems import FormatError, Value
from leg_timer.importers.timeline import (
    MAX_RAW_STEPS,
    Step,
    StepKind,
    Workout,
    checked_extend,
    repeated,
)

NAME = "timer-machine"
MAX_GROUP_DEPTH = 32
TIMER_REST_WORDS = REST_WORDS | {"break", "pause"}
# What each behaviour does in the app, for the "not carried over" list.
_BEHAVIOURS = {
    "MUSIC": "music", "VIBRATION": "vibration", "SCREEN": "pop-up screens",
    "VOICE": "spoken step names (Leg Timer's voice setting applies)",
    "BEEP": "beeps every second", "HALF": "halfway reminders (Leg Timer has its own)",
    "COUNT": "spoken counts", "NOTIFICATION": "notifications", "FLASHLIGHT": "the flashlight",
    "IMAGE": "images",
}


def looks_like(root: Value) -> bool:
    return root.is_object() and (root.has("timers") or (root.has("steps")
                                                        and root.has("loop")))


def read(root: Value) -> list[Workout]:
    if not root.is_object():
        raise root.fail("expected a TimeR Machine backup or timer (a JSON object)")
    backup = root.get("timers")
    if backup is None:
        return [read_timer(root)]
    timers = [read_timer(item) for item in backup.items()]
    if not timers:
        raise backup.fail("the backup holds no timer")
    return timers


def read_timer(timer: Value) -> Workout:
    if not timer.is_object():
        raise timer.fail("expected a timer (an object)")
    name_node = timer.get("name")
    workout = Workout(name_node.text() if name_node else "", timer.path or "the timer")
    start = timer.get("startStep")
    if start is not None:
        workout.steps.append(read_step(start, workout, role="start"))
    loop_node = timer.get("loop")
    loop = loop_node.whole(0, MAX_RAW_STEPS) if loop_node else 1
    body = read_steps(timer.need("steps"), workout, depth=1)
    checked_extend(workout.steps, repeated(body, loop, timer.path), timer.path)
    end = timer.get("endStep")
    if end is not None:
        workout.steps.append(read_step(end, workout, role="end"))
    more = timer.get("more")
    if more is not None and more.is_object():
        trigger = more.value.get("triggerTimerId")
        if isinstance(trigger, int) and not isinstance(trigger, bool) and trigger >= 0:
            workout.note("starting another timer when this one ends")
    return workout


def read_steps(node: Value, workout: Workout, depth: int) -> list[Step]:
    if depth > MAX_GROUP_DEPTH:
        raise node.fail(f"groups are nested more than {MAX_GROUP_DEPTH} deep")
    steps: list[Step] = []
    for entry in node.items():
        if not entry.is_object():
            raise entry.fail("expected a step or a group (an object)")
        kind_node = entry.get("step_type")
        kind = kind_node.text() if kind_node else "step"
        if kind == "group":
            loop = entry.need("loop").whole(0, MAX_RAW_STEPS)
            inner = read_steps(entry.need("steps"), workout, depth + 1)
            checked_extend(steps, repeated(inner, loop, entry.path), entry.path)
        elif kind == "step":
            steps.append(read_step(entry, workout))
        else:
            raise FormatError(entry.child_path("step_type"),
                              f"expected \"step\" or \"group\", found {kind!r}")
    return steps


def read_step(node: Value, workout: Workout, role: str = "") -> Step:
    if not node.is_object():
        raise node.fail("expected a step (an object)")
    label_node = node.get("label")
    label = label_node.text() if label_node else ""
    seconds = node.need("length").seconds(scale=0.001, whole=True)
    halts = False
    behaviours = node.get("behaviour")
    for behaviour in behaviours.items() if behaviours else ():
        what = behaviour.need("type").text().upper()
        if what == "HALT":
            halts = True
        else:
            workout.note(_BEHAVIOURS.get(what, f"the {what.lower()} behaviour"))
    if halts:
        # The app runs a HALT step as a stopwatch that ignores its length (StopwatchTask in
        # TimerMachine.kt): a manual set is the same thing.
        workout.note(f"'{label or 'Step'}' waits for you (HALT): here it is a set you end "
                     "with Enter")
        return Step(StepKind.MANUAL, 0.0, label or "Step", node.path)
    if role == "end":
        return Step(StepKind.EFFORT, seconds, label or "Timer End", node.path, cooldown=True)
    if role == "start" or " ".join(label.split()).casefold() in TIMER_REST_WORDS:
        return Step(StepKind.REST, seconds, label or "Timer Start", node.path)
    return Step(StepKind.EFFORT, seconds, label or "Step", node.path)
