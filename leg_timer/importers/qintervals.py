"""qintervals (github.com/JimMadge/qintervals), a desktop interval timer with YAML workouts.

A workout is ``title`` and ``intervals``. An interval has a ``type`` (work, rest, warmup or
warmdown), a ``name`` and a ``length`` written as seconds or minutes (``"30s"``, ``"5m"``,
``"1.5m"``). A ``block`` has ``repeats``, its own ``intervals`` (blocks nest to any depth)
and ``skip_last_rest``, which removes the block's final interval once, after all repeats,
when it is a rest. The app plays the list straight through, with no get-ready.
"""

from __future__ import annotations

import math

from leg_timer.importers.problems import MAX_SECONDS, FormatError, Value, describe
from leg_timer.importers.timeline import (
    MAX_RAW_STEPS,
    Step,
    StepKind,
    Workout,
    checked_extend,
    repeated,
)

NAME = "qintervals"
MAX_BLOCK_DEPTH = 30  # the YAML reader refuses deeper files anyway
_UNITS = {"s": 1.0, "m": 60.0}
_KINDS = {"work": StepKind.EFFORT, "rest": StepKind.REST, "warmup": StepKind.EFFORT,
          "warmdown": StepKind.EFFORT}


def looks_like(root: Value) -> bool:
    return root.is_object() and root.has("title") and root.has("intervals")


def read(root: Value) -> list[Workout]:
    if not root.is_object():
        raise root.fail("expected a qintervals workout (a mapping with title and intervals)")
    workout = Workout(root.need("title").text(), "the workout")
    entries = root.need("intervals")
    checked_extend(workout.steps, read_entries(entries, depth=1), entries.path)
    return [workout]


def read_entries(node: Value, depth: int) -> list[Step]:
    if depth > MAX_BLOCK_DEPTH:
        raise node.fail(f"blocks are nested more than {MAX_BLOCK_DEPTH} deep")
    steps: list[Step] = []
    for entry in node.items():
        if not entry.is_object():
            raise entry.fail("expected an interval or a block (a mapping)")
        block = entry.get("block")
        if block is None:
            steps.append(read_interval(entry))
            continue
        repeats = block.need("repeats").whole(0, MAX_RAW_STEPS)
        inner = read_entries(block.need("intervals"), depth + 1)
        expanded = repeated(inner, repeats, block.path)
        skip = block.get("skip_last_rest")
        if skip is not None and skip.flag() and expanded and expanded[-1].kind is StepKind.REST:
            expanded = expanded[:-1]
        checked_extend(steps, expanded, block.path)
    return steps


def read_interval(entry: Value) -> Step:
    type_node = entry.need("type")
    kind = _KINDS.get(type_node.text())
    if kind is None:
        raise type_node.fail(f"type must be work, rest, warmup or warmdown, not "
                             f"{type_node.text()!r}")
    name = entry.need("name").text()
    return Step(kind, length(entry.need("length")), name, entry.path,
                cooldown=type_node.text() == "warmdown")


def length(node: Value) -> float:
    """``30s`` or ``5m``, read as the app reads it: a number, then the unit letter."""
    text = node.value.strip() if isinstance(node.value, str) else None
    if not text or text[-1] not in _UNITS:
        raise node.fail(f"a length is written like 30s or 5m, found {describe(node.value)}")
    try:
        amount = float(text[:-1])
    except ValueError:
        raise node.fail(f"a length is written like 30s or 5m, found {text!r}") from None
    if not math.isfinite(amount) or amount < 0:
        raise node.fail(f"a length must be 0 or more, found {text!r}")
    seconds = amount * _UNITS[text[-1]]
    if seconds > MAX_SECONDS:
        raise FormatError(node.path, f"{text} is longer than the 4 hours Leg Timer allows "
                                     "for one interval")
    return seconds
