"""From another app's timeline to Leg Timer routine data.

Every format reader expands its workout exactly as its app would run it, into a flat list of
:class:`Step` (an effort, a rest, or a step that waits for the user), and
:func:`routine_data` turns that list back into a compact routine: identical neighbours become
``repeat``, a workout that is N copies of one block becomes ``rounds``, and only where that
reproduces the same timeline. What our format cannot say exactly is changed as little as
possible and listed in ``dropped``:

- two rests in a row become one rest of their summed length;
- rests before the first exercise become the get-ready time (``prepare``); past Leg Timer's
  120 s get-ready they become a timed step instead, so the total stays the same;
- a trailing cool-down step becomes the routine's ``cooldown``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from leg_timer.authoring.files import duration_text
from leg_timer.core.durations import parse_duration
from leg_timer.core.plan import MAX_PREPARE_S, MAX_SEGMENTS, MAX_TOTAL_S
from leg_timer.importers.problems import MAX_SECONDS, FormatError

MAX_REPEAT = 100  # core.loader.MAX_REPEAT and MAX_ROUNDS
MAX_NAME = 200
# Raw steps kept while expanding loops: rests merged later may bring a longer list under
# MAX_SEGMENTS, but nothing may grow without bound (a loop of a billion).
MAX_RAW_STEPS = 4 * MAX_SEGMENTS


class StepKind(enum.Enum):
    EFFORT = "effort"
    REST = "rest"
    MANUAL = "manual"  # the app waits for the user: a set ended with Enter here


@dataclass(frozen=True)
class Step:
    """One interval as the source app runs it; ``where`` is its place in the file."""

    kind: StepKind
    seconds: float
    name: str
    where: str
    cooldown: bool = False  # may become the routine's cool-down when it ends the workout


@dataclass
class Workout:
    """One workout read from a file: its name, timeline and what could not be carried."""

    name: str
    where: str
    steps: list[Step] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.dropped:
            self.dropped.append(text)


def repeated(body: list[Step], times: int, where: str) -> list[Step]:
    """``body`` ``times`` times over, refusing before it would grow past the step limit."""
    if not body or times <= 0:
        return []
    if len(body) * times > MAX_RAW_STEPS:
        raise FormatError(where, too_many_message(len(body) * times))
    return body * times


def too_many_message(count: int) -> str:
    return (f"this workout runs {count:,} intervals; a Leg Timer routine runs at most "
            f"{MAX_SEGMENTS:,}")


def checked_extend(steps: list[Step], more: Iterable[Step], where: str) -> None:
    steps.extend(more)
    if len(steps) > MAX_RAW_STEPS:
        raise FormatError(where, too_many_message(len(steps)))


@dataclass
class _Item:
    """One exercise entry before compression: an effort and the rest that follows it."""

    name: str
    manual: bool
    seconds: float
    rest: float = 0.0

    def same_exercise(self, other: _Item) -> bool:
        return (self.name, self.manual, self.seconds) == (other.name, other.manual,
                                                          other.seconds)


def short_name(name: str, fallback: str, workout: Workout) -> str:
    text = " ".join(name.split()) or fallback
    if len(text) > MAX_NAME:
        workout.note(f"names longer than {MAX_NAME} characters are cut short")
        text = text[:MAX_NAME - 3] + "..."
    return text


def _seconds(value: float) -> str:
    return f"{value:g} s"


def _duration(seconds: float) -> str | float:
    """A duration for the file as people write it (``1m30s``, ``2.5s``), or the number of
    seconds itself where that text would round it (``duration_text`` keeps 6 digits, and
    1234.567 s from milliseconds would lose some); to the microsecond, so 0.1 + 0.2 is 0.3."""
    seconds = round(seconds, 6)
    text = duration_text(seconds)
    return text if parse_duration(text) == seconds else seconds


def routine_data(workout: Workout, source: str, fallback_name: str = "Exercise") -> dict[str, Any]:
    """The routine (plain data for :func:`~leg_timer.authoring.files.routine_yaml`) that
    runs ``workout``'s timeline."""
    steps = [step for step in workout.steps
             if step.seconds > 0 or step.kind is StepKind.MANUAL]
    if not any(step.kind is not StepKind.REST for step in steps):
        raise FormatError(workout.where, "this workout has no exercise to import "
                                         "(nothing timed, or only rests)")
    name = short_name(workout.name, "Imported workout", workout)
    data: dict[str, Any] = {"version": 1, "name": name, "source": source}

    # Rests before the first exercise: the get-ready time.
    lead = 0
    while steps[lead].kind is StepKind.REST:
        lead += 1
    prepare = sum(step.seconds for step in steps[:lead])
    if lead > 1:
        workout.note(f"{lead} rests before the first exercise run as one get-ready of "
                     f"{_seconds(prepare)}")
    body = steps[lead:]
    first_effort: _Item | None = None
    if prepare > MAX_PREPARE_S:
        workout.note(f"the {_seconds(prepare)} before the first exercise is longer than Leg "
                     f"Timer's {MAX_PREPARE_S:g} s get-ready, so it runs as a timed step "
                     f"'{steps[0].name or 'Get ready'}'")
        if prepare > MAX_SECONDS:
            raise FormatError(steps[0].where, f"{_seconds(prepare)} of rest before the first "
                                              "exercise is more than 4 hours")
        first_effort = _Item(short_name(steps[0].name, "Get ready", workout), False, prepare)
        prepare = 0.0
    data["prepare"] = _duration(prepare)

    # A cool-down step that ends the workout becomes the routine's cool-down.
    cooldown: Step | None = None
    if len(body) > 1 and body[-1].cooldown and body[-1].kind is StepKind.EFFORT:
        cooldown = body.pop()

    items = _items(body, workout, fallback_name)
    if first_effort is not None:
        items.insert(0, first_effort)
    _check_size(prepare, items, cooldown, workout)
    exercises, rounds = _compressed(items)
    if rounds is not None:
        count, round_rest, final_rest = rounds
        data["rounds"] = count
        if round_rest > 0 and round_rest != final_rest:
            data["round_rest"] = _duration(round_rest)
        if final_rest > 0:
            data["skip_final_rest"] = False
    elif items[-1].rest > 0:
        data["skip_final_rest"] = False
    data["exercises"] = exercises
    if cooldown is not None:
        data["cooldown"] = {"label": short_name(cooldown.name, "Cool-down", workout),
                            "duration": _duration(cooldown.seconds)}
    return data


def _items(body: list[Step], workout: Workout, fallback_name: str) -> list[_Item]:
    items: list[_Item] = []
    merged = 0
    for step in body:
        if step.kind is StepKind.REST:
            if items[-1].rest > 0:
                merged += 1
            items[-1].rest += step.seconds
            if items[-1].rest > MAX_SECONDS:
                raise FormatError(step.where, "rests in a row add up to more than 4 hours")
            continue
        manual = step.kind is StepKind.MANUAL
        items.append(_Item(short_name(step.name, fallback_name, workout), manual,
                           0.0 if manual else step.seconds))
    if merged:
        workout.note(f"back-to-back rests are joined into one rest "
                     f"({'once' if merged == 1 else f'{merged} times'})")
    return items


def _check_size(prepare: float, items: list[_Item], cooldown: Step | None,
                workout: Workout) -> None:
    segments = (prepare > 0) + sum(1 + (item.rest > 0) for item in items) + (cooldown is not None)
    total = prepare + sum(item.seconds + item.rest for item in items) + (
        cooldown.seconds if cooldown else 0.0)
    if segments > MAX_SEGMENTS:
        raise FormatError(workout.where, too_many_message(segments))
    if total > MAX_TOTAL_S:
        raise FormatError(workout.where, f"this workout lasts {total / 3600:.1f} hours; a Leg "
                                         f"Timer routine lasts at most "
                                         f"{MAX_TOTAL_S / 3600:g} hours")


def _compressed(items: list[_Item]) -> tuple[list[dict[str, Any]], tuple[int, float, float] | None]:
    """Exercise entries for ``items``, and (rounds, round rest, final rest) when the list is
    N exact copies of one block."""
    count = len(items)
    for period in range(1, count // 2 + 1):
        copies = count // period
        if count % period or copies > MAX_REPEAT:
            continue
        found = _rounds(items, period, copies)
        if found is not None:
            round_rest, final_rest = found
            block = [_Item(i.name, i.manual, i.seconds, i.rest) for i in items[:period]]
            block[-1].rest = final_rest
            return _runs(block), (copies, round_rest, final_rest)
    return _runs(items), None


def _rounds(items: list[_Item], period: int, copies: int) -> tuple[float, float] | None:
    """(round rest, final rest) when ``items`` is ``copies`` copies of its first ``period``
    items, with a round rest our plan can reproduce; None otherwise."""
    between = {items[period * n - 1].rest for n in range(1, copies)}
    if len(between) != 1:
        return None
    round_rest = between.pop()
    final_rest = items[-1].rest
    if round_rest == 0 and final_rest > 0:
        return None  # between rounds our plan would play the final rest too
    for index, item in enumerate(items):
        model = items[index % period]
        if not item.same_exercise(model):
            return None
        if index % period != period - 1 and item.rest != model.rest:
            return None
    return round_rest, final_rest


def _runs(items: list[_Item]) -> list[dict[str, Any]]:
    """Neighbours with the same exercise and the same rest between them as one entry with
    ``repeat`` (``sets`` for manual sets)."""
    entries: list[dict[str, Any]] = []
    start = 0
    while start < len(items):
        end = start + 1
        while (end < len(items) and end - start < MAX_REPEAT
               and items[end].same_exercise(items[start])
               and items[end - 1].rest == items[start].rest):
            end += 1
        entries.append(_entry(items[start:end]))
        start = end
    return entries


def _entry(run: list[_Item]) -> dict[str, Any]:
    first, last = run[0], run[-1]
    entry: dict[str, Any] = {"name": first.name}
    count_key = "sets" if first.manual else "repeat"
    if first.manual:
        entry["reps"] = 1
        entry["instructions"] = "The original app waits here: press Enter to go on."
    else:
        entry["work"] = _duration(first.seconds)
    if len(run) > 1:
        entry[count_key] = len(run)
    inner = first.rest if len(run) > 1 else last.rest
    if inner > 0:
        entry["rest"] = _duration(inner)
    if last.rest != inner:
        entry["rest_after"] = _duration(last.rest)
    return entry
