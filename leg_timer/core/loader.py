"""Reading and checking routine files.

:func:`load_routine` turns a YAML file into a :class:`~leg_timer.core.routine.Routine` or raises
one :class:`~leg_timer.core.errors.RoutineError` listing every problem found, each with its
file, line and column. The checks run in one pass over the file (a wrong value does not stop
the rest being checked), then the routine is planned at its default and at its largest
parameter values, so a file that would make a plan too long to run is refused here, not
halfway through a workout.
"""

from __future__ import annotations

import dataclasses
import math
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from leg_timer.core import yamltree
from leg_timer.core.durations import parse_duration
from leg_timer.core.errors import Problem, RoutineError
from leg_timer.core.routine import (
    DEFAULT_CUES,
    TAGS,
    Cooldown,
    Count,
    CueSettings,
    Exercise,
    ExerciseKind,
    Parameter,
    ParamRef,
    Practice,
    Routine,
    Seconds,
    Side,
    Unit,
)
from leg_timer.core.routine_translations import read_translations
from leg_timer.core.suggest import did_you_mean
from leg_timer.core.yamltree import Mapping, Node, Scalar, Sequence

# The routine file format version this code reads. Bump it only when a change would make an
# older Leg Timer misread a new file (a key whose meaning changes, or a new required key);
# adding an optional key with a safe default does not need a bump. When bumping, make the
# loader read every older version (there is no migration step yet: only version 1 exists) and
# add a fixture per version in tests/data.
FORMAT_VERSION = 1

MAX_SECONDS = 4 * 3600.0  # longest single work, hold, rest or cool-down
MAX_REPEAT = 100
MAX_REPS = 1000
MAX_ROUNDS = 100
MAX_TEXT = 4000

_TOP_KEYS = (
    "version", "name", "description", "tags", "parameters", "exercises", "rounds",
    "round_rest", "skip_final_rest", "prepare", "switch", "cooldown", "cues", "practice",
    "notes", "source", "translations",
)
_EXERCISE_KEYS = (
    "name", "work", "hold", "reps", "total_reps", "repeat", "sets", "tempo", "rest",
    "rest_after", "switch", "sides", "instructions", "safety", "cues",
)
_PARAMETER_KEYS = ("label", "unit", "default", "min", "max", "step", "description")
_CUE_KEYS = ("start", "end", "halfway", "countdown", "interval", "style")
_COOLDOWN_KEYS = ("label", "duration", "instructions")
_PRACTICE_KEYS = ("sessions_per_day", "sessions_per_week", "rest_days_after", "note")
_CUE_STYLES = ("beep", "bell")

T = TypeVar("T")


def load_routine(path: Path) -> Routine:
    """The routine in ``path``; RoutineError listing every problem otherwise."""
    name = str(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # A folder, FIFO or device: opening a FIFO would block forever, /dev/zero never ends.
            raise RoutineError([Problem(name, 0, 0, "not a regular file")])
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            # Never read more than the limit: an oversized file is refused unread.
            data = stream.read(yamltree.MAX_FILE_BYTES + 1)
    except OSError as error:
        raise RoutineError([Problem(name, 0, 0, f"cannot read file: {error.strerror}")]) from None
    if size > yamltree.MAX_FILE_BYTES:
        raise RoutineError([Problem(name, 0, 0, yamltree.too_big_message(size))])
    return load_routine_bytes(data, name, routine_id=path.stem)


def load_routine_bytes(data: bytes, file_name: str, routine_id: str) -> Routine:
    try:
        root = yamltree.parse(yamltree.decode(data))
    except yamltree.YamlProblem as problem:
        raise RoutineError(
            [Problem(file_name, problem.line, problem.column, problem.message)]
        ) from None
    reader = _RoutineReader(file_name)
    routine = reader.read(root, routine_id)
    if routine is not None and not reader.problems:
        reader.problems.extend(_plan_problems(routine, file_name))
    if reader.problems or routine is None:
        raise RoutineError(reader.problems)
    return routine


def _plan_problems(routine: Routine, file_name: str) -> list[Problem]:
    """Problems that only show when the routine is planned at its default or largest values."""
    from leg_timer.core.plan import PlanLimitError, build_plan  # plan imports routine, not us

    largest = {parameter.name: parameter.maximum for parameter in routine.parameters}
    for values, which in ((routine.default_values(), "default"), (largest, "largest")):
        try:
            build_plan(routine, values)
        except PlanLimitError as error:
            return [Problem(file_name, routine.rounds_line, 1, f"at its {which} values, {error}")]
    return []


class _RoutineReader:
    """Walks a parsed routine file, building the routine and collecting problems."""

    def __init__(self, file_name: str) -> None:
        self.file_name = file_name
        self.problems: list[Problem] = []
        self.parameters: dict[str, Parameter] = {}

    def problem(self, node: Node | None, message: str) -> None:
        line, column = (node.line, node.column) if node is not None else (1, 1)
        self.problems.append(Problem(self.file_name, line, column, message))

    # -- the whole file ------------------------------------------------------------------

    def read(self, root: Node | None, routine_id: str) -> Routine | None:
        if root is None:
            self.problem(None, "the file is empty; a routine needs at least version, name and "
                               "exercises (see docs/routine-format.md)")
            return None
        top = self.mapping(root, "the routine")
        if top is None:
            return None
        self.check_keys(top, _TOP_KEYS, "routine")
        if not self.version_ok(top):
            return None
        self.parameters = self.read_parameters(top.get("parameters"))
        name = self.required_text(top, "name", "the routine")
        exercises = self.read_exercises(top)
        rounds_node = top.get("rounds")
        routine = Routine(
            id=routine_id,
            name=name or routine_id,
            version=FORMAT_VERSION,
            exercises=tuple(exercises),
            description=self.optional_text(top.get("description")),
            tags=self.read_tags(top.get("tags")),
            parameters=tuple(self.parameters.values()),
            rounds=self.optional(rounds_node, 1, lambda n: self.count(n, "rounds", 1, MAX_ROUNDS)),
            round_rest=self.optional(top.get("round_rest"), 0.0,
                                     lambda n: self.seconds(n, "round_rest", allow_zero=True)),
            skip_final_rest=self.optional(top.get("skip_final_rest"), True,
                                          lambda n: self.boolean(n, "skip_final_rest")),
            prepare=self.optional(top.get("prepare"), 10.0,
                                  lambda n: self.seconds(n, "prepare", allow_zero=True)),
            switch=self.optional(top.get("switch"), 5.0,
                                 lambda n: self.seconds(n, "switch", allow_zero=True)),
            cooldown=self.read_cooldown(top.get("cooldown")),
            cues=self.read_cues(top.get("cues")).over(DEFAULT_CUES),
            practice=self.read_practice(top.get("practice")),
            notes=self.read_notes(top.get("notes")),
            source=self.optional_text(top.get("source")),
            path=self.file_name,
            rounds_line=rounds_node.line if rounds_node else top.line,
        )
        translations = read_translations(self, top.get("translations"), routine)
        return dataclasses.replace(routine, translations=translations) if translations else routine

    def version_ok(self, top: Mapping) -> bool:
        node = top.get("version")
        if node is None:
            self.problem(top, f"missing 'version: {FORMAT_VERSION}' at the top of the file")
            return True  # keep checking the rest: the user gets every problem at once
        value = node.value if isinstance(node, Scalar) else None
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            self.problem(node, f"version must be a whole number such as {FORMAT_VERSION}")
            return True
        if value > FORMAT_VERSION:
            self.problem(node, f"this file is format version {value}, but this Leg Timer reads "
                               f"version {FORMAT_VERSION} at most; update Leg Timer to open it")
            return False
        return True

    # -- parameters ----------------------------------------------------------------------

    def read_parameters(self, node: Node | None) -> dict[str, Parameter]:
        found: dict[str, Parameter] = {}
        if node is None:
            return found
        mapping = self.mapping(node, "parameters")
        if mapping is None:
            return found
        for key, value in mapping.entries:
            name = str(key.value)
            if not name.isidentifier():
                self.problem(key, f"parameter name {name!r} must be a single word "
                                  "(letters, digits and _)")
                continue
            parameter = self.read_parameter(name, value)
            if parameter is not None:
                found[name] = parameter
        return found

    def read_parameter(self, name: str, node: Node) -> Parameter | None:
        mapping = self.mapping(node, f"parameter {name!r}")
        if mapping is None:
            return None
        self.check_keys(mapping, _PARAMETER_KEYS, f"parameter {name!r}")
        unit_node = mapping.get("unit")
        unit = Unit.SECONDS
        if unit_node is None:
            self.problem(mapping, f"parameter {name!r} needs a unit: s, min or count")
            return None
        try:
            unit = Unit(str(self.scalar(unit_node)))
        except ValueError:
            self.problem(unit_node, f"unit must be s, min or count, not {self.show(unit_node)}")
            return None
        numbers: dict[str, float] = {}
        for key in ("default", "min", "max"):
            value_node = mapping.get(key)
            if value_node is None:
                self.problem(mapping, f"parameter {name!r} needs {key!r}")
                continue
            number = self.number(value_node, f"{key} of {name!r}")
            if number is not None:
                numbers[key] = number
        step_node = mapping.get("step")
        step = self.number(step_node, f"step of {name!r}") if step_node is not None else 1.0
        if len(numbers) < 3 or step is None:
            return None
        problems_before = len(self.problems)
        if step <= 0:
            self.problem(step_node, f"step of {name!r} must be more than 0")
        if numbers["min"] < 0:
            self.problem(mapping.get("min"), f"min of {name!r} cannot be negative")
        if numbers["min"] > numbers["max"]:
            self.problem(mapping.get("max"), f"max of {name!r} ({numbers['max']:g}) is below "
                                             f"its min ({numbers['min']:g})")
        if unit is Unit.COUNT and any(v != int(v) for v in numbers.values()):
            self.problem(mapping, f"parameter {name!r} counts things: use whole numbers")
        if unit is Unit.MINUTES and numbers["max"] * 60 > MAX_SECONDS:
            self.problem(mapping.get("max"), f"max of {name!r} is over "
                                             f"{MAX_SECONDS / 60:g} minutes")
        if len(self.problems) > problems_before:
            return None
        parameter = Parameter(
            name=name,
            label=self.optional_text(mapping.get("label")) or name.replace("_", " ").capitalize(),
            unit=unit,
            default=numbers["default"],
            minimum=numbers["min"],
            maximum=numbers["max"],
            step=step,
            description=self.optional_text(mapping.get("description")),
        )
        try:
            parameter.check(parameter.default)
        except ValueError as error:
            self.problem(mapping.get("default"), f"default of {name!r}: {error}")
            return None
        return parameter

    def reference(self, node: Node, what: str, want_duration: bool) -> ParamRef | None:
        """The parameter ``$name`` in ``node`` (a string starting with ``$``), checked."""
        assert isinstance(node, Scalar) and isinstance(node.value, str)
        name = node.value.strip()[1:]
        parameter = self.parameters.get(name)
        if parameter is None:
            hint = self.did_you_mean(name, self.parameters)
            declared = ", ".join(f"${n}" for n in self.parameters) or "none"
            self.problem(node, f"{what} uses ${name}, which is not declared under parameters "
                               f"(declared: {declared}){hint}")
            return None
        if parameter.unit.is_duration != want_duration:
            expected = "a duration (unit s or min)" if want_duration else "a count (unit count)"
            self.problem(node, f"{what} needs {expected}, but ${name} has unit "
                               f"{parameter.unit.value}")
            return None
        return ParamRef(name)

    @staticmethod
    def is_reference(node: Node) -> bool:
        return (isinstance(node, Scalar) and isinstance(node.value, str)
                and node.value.strip().startswith("$"))

    # -- exercises -----------------------------------------------------------------------

    def read_exercises(self, top: Mapping) -> list[Exercise]:
        node = top.get("exercises")
        if node is None:
            self.problem(top, "missing 'exercises': a routine needs at least one exercise")
            return []
        if not isinstance(node, Sequence):
            self.problem(node, f"exercises must be a list (lines starting with '- '), "
                               f"found {self.describe(node)}")
            return []
        if not node.items:
            self.problem(node, "exercises is empty: a routine needs at least one exercise")
        exercises = []
        for number, item in enumerate(node.items, start=1):
            exercise = self.read_exercise(item, number)
            if exercise is not None:
                exercises.append(exercise)
        return exercises

    def read_exercise(self, node: Node, number: int) -> Exercise | None:
        where = f"exercise {number}"
        mapping = self.mapping(node, where)
        if mapping is None:
            return None
        name = self.required_text(mapping, "name", where) or where
        where = f"exercise {name!r}"
        self.check_keys(mapping, _EXERCISE_KEYS, where)
        shapes = [key for key in ("work", "hold", "reps", "total_reps")
                  if mapping.get(key) is not None]
        if len(shapes) != 1:
            found = " and ".join(shapes) if shapes else "none of them"
            self.problem(mapping, f"{where} needs exactly one of work (timed), hold (timed "
                                  f"hold), reps or total_reps (rep sets); found {found}")
            return None
        kind = ExerciseKind.REPS if shapes[0] == "total_reps" else ExerciseKind(shapes[0])
        repeat_key = "sets" if kind is ExerciseKind.REPS else "repeat"
        wrong_key = "repeat" if kind is ExerciseKind.REPS else "sets"
        if mapping.get(wrong_key) is not None:
            self.problem(mapping.get(wrong_key), f"{where}: use {repeat_key!r} with "
                                                 f"{kind.value!r}, not {wrong_key!r}")
        if kind is not ExerciseKind.REPS and mapping.get("tempo") is not None:
            self.problem(mapping.get("tempo"), f"{where}: tempo applies only to reps")
        limit = MAX_REPEAT
        duration: Seconds | None = None
        reps: Count | None = None
        total_reps: Count | None = None
        if shapes[0] == "total_reps":
            total_reps = self.count(mapping.get("total_reps"), f"total_reps of {name!r}", 1,
                                    MAX_REPS * MAX_REPEAT)
        elif kind is ExerciseKind.REPS:
            reps = self.count(mapping.get("reps"), f"reps of {name!r}", 1, MAX_REPS)
        else:
            duration_node = mapping.get(kind.value)
            assert duration_node is not None  # the shape check above found it
            duration = self.seconds(duration_node, f"{kind.value} of {name!r}", allow_zero=False)
        tempo_node = mapping.get("tempo")
        return Exercise(
            name=name,
            kind=kind,
            line=mapping.line,
            duration=duration,
            repeat=self.optional(mapping.get(repeat_key), 1,
                                 lambda n: self.count(n, f"{repeat_key} of {name!r}", 1, limit)),
            reps=reps,
            total_reps=total_reps,
            tempo=(self.seconds(tempo_node, f"tempo of {name!r}", allow_zero=False, maximum=60)
                   if tempo_node is not None and kind is ExerciseKind.REPS else None),
            rest=self.optional(mapping.get("rest"), 0.0,
                               lambda n: self.seconds(n, f"rest of {name!r}", allow_zero=True)),
            rest_after=self.optional(mapping.get("rest_after"), None,
                                     lambda n: self.seconds(n, f"rest_after of {name!r}",
                                                            allow_zero=True)),
            switch=self.optional(mapping.get("switch"), None,
                                 lambda n: self.seconds(n, f"switch of {name!r}",
                                                        allow_zero=True)),
            sides=self.read_sides(mapping.get("sides"), where),
            instructions=self.optional_text(mapping.get("instructions")),
            safety=self.optional_text(mapping.get("safety")),
            cues=self.read_cues(mapping.get("cues")),
        )

    def read_sides(self, node: Node | None, where: str) -> tuple[Side, ...]:
        if node is None:
            return (Side.NONE,)
        if isinstance(node, Scalar):
            word = str(node.value).strip().lower()
            if word == "both":
                return (Side.RIGHT, Side.LEFT)
            if word in ("none", "right", "left"):
                return (Side(word),)
            self.problem(node, f"sides of {where} must be both, right, left, none or a list "
                               f"such as [left, right]; found {self.show(node)}")
            return (Side.NONE,)
        if isinstance(node, Sequence) and node.items:
            sides = []
            for item in node.items:
                word = str(item.value).lower() if isinstance(item, Scalar) else ""
                if word not in ("right", "left"):
                    self.problem(item, f"each side must be right or left, not {self.show(item)}")
                    continue
                sides.append(Side(word))
            if len(set(sides)) != len(sides):
                self.problem(node, f"sides of {where} lists a side twice")
            return tuple(sides) or (Side.NONE,)
        self.problem(node, f"sides of {where} must be both, right, left or a list")
        return (Side.NONE,)

    # -- smaller sections ----------------------------------------------------------------

    def read_tags(self, node: Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        items = node.items if isinstance(node, Sequence) else [node]
        tags = []
        for item in items:
            value = item.value if isinstance(item, Scalar) else None
            if not isinstance(value, str) or value not in TAGS:
                hint = self.did_you_mean(str(value), TAGS) if isinstance(value, str) else ""
                self.problem(item, f"unknown tag {self.show(item)}; tags are "
                                   f"{', '.join(TAGS)}{hint}")
                continue
            tags.append(value)
        return tuple(tags)

    def read_cues(self, node: Node | None) -> CueSettings:
        if node is None:
            return CueSettings()
        mapping = self.mapping(node, "cues")
        if mapping is None:
            return CueSettings()
        self.check_keys(mapping, _CUE_KEYS, "cues")

        def flag(key: str) -> bool | None:
            value = mapping.get(key)
            return None if value is None else self.boolean(value, f"cues.{key}")

        countdown = mapping.get("countdown")
        interval = mapping.get("interval")
        style = mapping.get("style")
        style_value = None
        if style is not None:
            style_value = str(self.scalar(style))
            if style_value not in _CUE_STYLES:
                self.problem(style, f"cues.style must be beep or bell, not {self.show(style)}")
                style_value = None
        countdown_s = None
        if countdown is not None:
            countdown_s = (0 if self.scalar(countdown) is False
                           else self.count(countdown, "cues.countdown", 0, 10, allow_zero=True,
                                           allow_param=False))
        interval_s = None
        if interval is not None:
            value = self.seconds(interval, "cues.interval", allow_zero=True, allow_param=False)
            interval_s = value if isinstance(value, float) else None
        return CueSettings(
            start=flag("start"), end=flag("end"), halfway=flag("halfway"),
            countdown_s=countdown_s if isinstance(countdown_s, int) else None,
            interval_s=interval_s, style=style_value,
        )

    def read_cooldown(self, node: Node | None) -> Cooldown | None:
        if node is None:
            return None
        mapping = self.mapping(node, "cooldown")
        if mapping is None:
            return None
        self.check_keys(mapping, _COOLDOWN_KEYS, "cooldown")
        duration_node = mapping.get("duration")
        if duration_node is None:
            self.problem(mapping, "cooldown needs a duration, e.g. 'duration: 2min'")
            return None
        duration = self.seconds(duration_node, "cooldown duration", allow_zero=False)
        if duration is None:
            return None
        return Cooldown(
            label=self.optional_text(mapping.get("label")) or "Cool-down",
            duration=duration,
            instructions=self.optional_text(mapping.get("instructions")),
        )

    def read_practice(self, node: Node | None) -> Practice | None:
        if node is None:
            return None
        mapping = self.mapping(node, "practice")
        if mapping is None:
            return None
        self.check_keys(mapping, _PRACTICE_KEYS, "practice")
        rest_days_node = mapping.get("rest_days_after")
        rest_days = self.count(rest_days_node, "rest_days_after", 0, 30, allow_zero=True,
                               allow_param=False)
        return Practice(
            sessions_per_day=self.read_range(mapping.get("sessions_per_day"), 24),
            sessions_per_week=self.read_range(mapping.get("sessions_per_week"), 50),
            rest_days_after=rest_days if isinstance(rest_days, int) else None,
            note=self.optional_text(mapping.get("note")),
        )

    def read_range(self, node: Node | None, maximum: int) -> tuple[int, int] | None:
        """``3`` or ``3-5`` as a (low, high) pair."""
        if node is None:
            return None
        value = self.scalar(node)
        text = str(value).replace(" ", "") if isinstance(value, int | str) else ""
        low, _, high = text.partition("-")
        if (not isinstance(value, bool) and low.isdigit() and (not high or high.isdigit())
                and 1 <= int(low) <= int(high or low) <= maximum):
            return int(low), int(high or low)
        self.problem(node, f"expected a number or a range such as 3-5 (at most {maximum}), "
                           f"found {self.show(node)}")
        return None

    def read_notes(self, node: Node | None) -> tuple[str, ...]:
        if node is None:
            return ()
        items = node.items if isinstance(node, Sequence) else [node]
        return tuple(text for item in items if (text := self.optional_text(item)))

    # -- values --------------------------------------------------------------------------

    def optional(self, node: Node | None, default: T, read: Callable[[Node], Any]) -> T:
        """``read(node)`` or ``default`` when the key is absent or its value unusable."""
        if node is None:
            return default
        value = read(node)
        return default if value is None else value

    def seconds(self, node: Node, what: str, *, allow_zero: bool,
                allow_param: bool = True, maximum: float = MAX_SECONDS) -> Seconds | None:
        if allow_param and self.is_reference(node):
            ref = self.reference(node, what, want_duration=True)
            if ref is not None and not allow_zero and self.parameters[ref.name].minimum <= 0:
                self.problem(node, f"{what} must be longer than 0, but ${ref.name} allows 0")
            return ref
        value = self.scalar(node) if isinstance(node, Scalar) else None
        seconds: float | None = None
        if isinstance(value, int | float) and not isinstance(value, bool):
            seconds = float(value)
        elif isinstance(value, str):
            try:
                seconds = parse_duration(value)
            except ValueError as error:
                self.problem(node, f"{what}: {error}")
                return None
        if seconds is None or not math.isfinite(seconds):
            self.problem(node, f"{what} must be a duration such as 45, 45s, 1m30s or 15min"
                               f"{' or a $parameter' if allow_param else ''}; "
                               f"found {self.show(node)}")
            return None
        if seconds < 0 or (seconds == 0 and not allow_zero):
            floor = "0 or more" if allow_zero else "more than 0"
            self.problem(node, f"{what} must be {floor} seconds, not {seconds:g}")
            return None
        if seconds > maximum:
            self.problem(node, f"{what} is {seconds:g} s; the most allowed is {maximum:g} s")
            return None
        return seconds

    def count(self, node: Node | None, what: str, minimum: int, maximum: int, *,
              allow_zero: bool = False, allow_param: bool = True) -> Count | None:
        if node is None:
            return None
        if allow_param and self.is_reference(node):
            return self.reference(node, what, want_duration=False)
        value = self.scalar(node)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            self.problem(node, f"{what} must be a whole number, found {self.show(node)}")
            return None
        low = 0 if allow_zero else minimum
        if not low <= value <= maximum:
            self.problem(node, f"{what} must be between {low} and {maximum}, not {value}")
            return None
        return value

    def number(self, node: Node | None, what: str) -> float | None:
        value = self.scalar(node) if node is not None else None
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
        self.problem(node, f"{what} must be a number, found {self.show(node)}")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        value = self.scalar(node)
        if isinstance(value, bool):
            return value
        self.problem(node, f"{what} must be true or false, found {self.show(node)}")
        return None

    def required_text(self, mapping: Mapping, key: str, where: str) -> str:
        node = mapping.get(key)
        if node is None:
            self.problem(mapping, f"{where} needs a {key}")
            return ""
        problems_before = len(self.problems)
        text = self.optional_text(node)
        if not text and len(self.problems) == problems_before:
            self.problem(node, f"{key} of {where} must be non-empty text")
        return text

    def optional_text(self, node: Node | None) -> str:
        if node is None:
            return ""
        if not isinstance(node, Scalar):
            self.problem(node, f"expected text, found {self.describe(node)}")
            return ""
        value = node.value
        if isinstance(value, str | int | float) and not isinstance(value, bool):
            text = str(value).strip()
            if len(text) > MAX_TEXT:
                self.problem(node, f"text is {len(text)} characters; at most {MAX_TEXT}")
                return text[:MAX_TEXT]
            return text
        if value is not None:
            self.problem(node, f"expected text, found {self.describe(node)}")
        return ""

    def scalar(self, node: Node | None) -> Any:
        return node.value if isinstance(node, Scalar) else None

    def mapping(self, node: Node, what: str) -> Mapping | None:
        if isinstance(node, Mapping):
            return node
        self.problem(node, f"{what} must be a mapping of 'key: value' lines, "
                           f"found {self.describe(node)}")
        return None

    def check_keys(self, mapping: Mapping, allowed: tuple[str, ...], where: str) -> None:
        for key, _value in mapping.entries:
            name = str(key.value)
            if name not in allowed:
                hint = self.did_you_mean(name, allowed)
                self.problem(key, f"unknown key {name!r} in {where}{hint}")

    @staticmethod
    def did_you_mean(word: str, choices: Iterable[str]) -> str:
        return did_you_mean(word, choices)

    def describe(self, node: Node | None) -> str:
        if isinstance(node, Mapping):
            return "a mapping"
        if isinstance(node, Sequence):
            return "a list"
        return self.show(node)

    def show(self, node: Node | None) -> str:
        if isinstance(node, Mapping | Sequence):
            return self.describe(node)
        value = self.scalar(node)
        if value is None:
            return "nothing"
        if isinstance(value, bool):
            return str(value).lower()
        text = repr(value)
        return text if len(text) <= 40 else text[:37] + "..."
