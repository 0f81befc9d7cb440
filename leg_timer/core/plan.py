"""A routine flattened into the ordered segments a session runs.

:func:`build_plan` takes a routine and the chosen parameter values and lays out every segment
(get ready, work, rest, hold, reps, switch sides, round rest, cool-down) with its place in the
routine, its nominal start offset and duration, and the cues due inside it. Choices made in
the picker change the plan, never the routine. Zero-length segments are left out, which is how
the circuit's "finisher" variant (rest set to 0) drops its rests.
"""

from __future__ import annotations

import dataclasses
import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from leg_timer.core.durations import format_seconds
from leg_timer.core.errors import ParameterError
from leg_timer.core.routine import (
    Count,
    CueSettings,
    Exercise,
    ExerciseKind,
    ParamRef,
    Routine,
    Seconds,
    Side,
    Unit,
)
from leg_timer.core.translation import translate

MAX_SEGMENTS = 10_000
MAX_TOTAL_S = 24 * 3600.0
HALFWAY_MIN_S = 20.0
MAX_PREPARE_S = 120.0
MAX_COUNTDOWN_S = 10  # shorter segments get no halfway cue: it would crowd the countdown


class SegmentKind(enum.StrEnum):
    PREPARE = "prepare"
    WORK = "work"
    REST = "rest"
    HOLD = "hold"
    REPS = "reps"
    SWITCH = "switch"
    ROUND_REST = "round_rest"
    COOLDOWN = "cooldown"

    @property
    def is_effort(self) -> bool:
        """Work, hold and reps: the segments that carry an exercise's own cues."""
        return self in (SegmentKind.WORK, SegmentKind.HOLD, SegmentKind.REPS)


class CueKind(enum.StrEnum):
    START = "start"
    END = "end"
    HALFWAY = "halfway"
    COUNTDOWN = "countdown"  # value: seconds left (3, 2, 1)
    INTERVAL = "interval"  # value: how many intervals have passed
    REP = "rep"  # value: the rep just finished, for paced sets


@dataclass(frozen=True)
class Cue:
    """A cue ``at_s`` seconds into its segment as planned.

    ``from_end`` cues (countdown, end) keep their distance to the end when the user adds or
    removes time; the others keep their distance to the start.
    """

    kind: CueKind
    at_s: float
    value: int = 0
    from_end: bool = False
    style: str = "beep"


def _kind_labels() -> dict[SegmentKind, str]:
    """The labels of the segments that are no exercise, in the chosen language: the same
    messages (context and text) the present layer says, so each has one translation."""
    return {
        SegmentKind.PREPARE: translate("Spoken", "Get ready"),
        SegmentKind.REST: translate("Spoken", "Rest"),
        SegmentKind.SWITCH: translate("Spoken", "Switch sides"),
        SegmentKind.ROUND_REST: translate("Spoken", "Round rest"),
    }


def _side_label(name: str, side: Side) -> str:
    """"Clamshells (left)", as :func:`leg_timer.present.display.short_side` words it."""
    if side is Side.LEFT:
        return translate("Display", "{name} (left)").format(name=name)
    if side is Side.RIGHT:
        return translate("Display", "{name} (right)").format(name=name)
    return name
_EFFORT_KINDS = {
    ExerciseKind.TIMED: SegmentKind.WORK,
    ExerciseKind.HOLD: SegmentKind.HOLD,
    ExerciseKind.REPS: SegmentKind.REPS,
}


@dataclass(frozen=True)
class Segment:
    """One step of a plan. ``duration_s`` is None for a manual rep set (ends on "done")."""

    index: int
    kind: SegmentKind
    label: str
    exercise: str | None
    exercise_index: int | None
    side: Side
    round: int
    rounds: int
    set: int
    sets: int
    start_s: float
    duration_s: float | None
    reps: int | None = None
    tempo_s: float | None = None
    cues: tuple[Cue, ...] = ()

    @property
    def is_manual(self) -> bool:
        return self.duration_s is None

    def to_json(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "kind": self.kind.value,
            "label": self.label,
            "exercise": self.exercise,
            "side": self.side.value,
            "round": self.round,
            "rounds": self.rounds,
            "set": self.set,
            "sets": self.sets,
            "start_s": self.start_s,
            "duration_s": self.duration_s,
            "reps": self.reps,
            "tempo_s": self.tempo_s,
            "cues": [
                {"kind": cue.kind.value, "at_s": cue.at_s, "value": cue.value, "style": cue.style}
                for cue in self.cues
            ],
        }


@dataclass(frozen=True)
class Plan:
    """The segments of one workout. ``total_s`` counts timed segments; manual sets add 0."""

    routine: Routine
    values: Mapping[str, float]
    segments: tuple[Segment, ...]
    total_s: float
    manual_sets: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.routine.id,
            "name": self.routine.name,
            "total_s": self.total_s,
            "manual_sets": self.manual_sets,
            "values": dict(self.values),
            "segments": [segment.to_json() for segment in self.segments],
        }


class PlanLimitError(ValueError):
    """The plan would be longer than a session may be (segments or hours)."""


def resolve_values(routine: Routine, chosen: Mapping[str, float] | None = None) -> dict[str, float]:
    """The routine's defaults overridden by ``chosen``, every value checked against its range."""
    values = routine.default_values()
    for name, value in (chosen or {}).items():
        try:
            parameter = routine.parameter(name)
        except KeyError:
            known = ", ".join(p.name for p in routine.parameters) or "none"
            raise ParameterError(
                f"{routine.id} has no parameter {name!r} (its parameters: {known})"
            ) from None
        try:
            values[name] = parameter.check(value)
        except ValueError as error:
            raise ParameterError(str(error)) from None
    return values


def seconds_of(routine: Routine, values: Mapping[str, float], value: Seconds) -> float:
    """A duration in seconds, taking a ``$parameter`` from ``values`` in its own unit."""
    if isinstance(value, ParamRef):
        return values[value.name] * routine.parameter(value.name).unit.seconds_per_unit
    return value


def count_of(values: Mapping[str, float], value: Count) -> int:
    """A count, taking a ``$parameter`` from ``values``."""
    return int(values[value.name]) if isinstance(value, ParamRef) else value


def build_plan(routine: Routine, chosen: Mapping[str, float] | None = None, *,
               prepare_s: float | None = None, countdown_s: int | None = None) -> Plan:
    """The plan for ``routine`` with ``chosen`` parameter values (defaults for the rest).

    ``prepare_s`` replaces the routine's get-ready time and ``countdown_s`` the length of its
    3-2-1 countdowns (preferences of the person, not of the routine; a routine without
    countdowns, such as a relaxation pose, keeps none). None keeps the routine's own.
    """
    if prepare_s is not None and not 0 <= prepare_s <= MAX_PREPARE_S:
        raise ParameterError(f"get-ready time must be 0-{MAX_PREPARE_S:g} s, not {prepare_s:g}")
    if countdown_s is not None and not 0 <= countdown_s <= MAX_COUNTDOWN_S:
        raise ParameterError(f"countdown must be 0-{MAX_COUNTDOWN_S} s, not {countdown_s}")
    builder = _PlanBuilder(routine, resolve_values(routine, chosen))
    builder.prepare_override_s = prepare_s
    builder.countdown_override_s = countdown_s
    return builder.build()


@dataclass
class _PlanBuilder:
    routine: Routine
    values: dict[str, float]
    segments: list[Segment] = field(default_factory=list)
    offset_s: float = 0.0
    rounds: int = 1
    round: int = 1
    prepare_override_s: float | None = None
    countdown_override_s: int | None = None
    kind_labels: dict[SegmentKind, str] = field(default_factory=_kind_labels)

    def seconds(self, value: Seconds) -> float:
        return seconds_of(self.routine, self.values, value)

    def count(self, value: Count) -> int:
        return count_of(self.values, value)

    def build(self) -> Plan:
        routine = self.routine
        self.rounds = self.count(routine.rounds)
        prepare_s = (self.seconds(routine.prepare) if self.prepare_override_s is None
                     else self.prepare_override_s)
        self.add(SegmentKind.PREPARE, prepare_s, routine.cues)
        for round_number in range(1, self.rounds + 1):
            self.round = round_number
            last_round = round_number == self.rounds
            for number, exercise in enumerate(routine.exercises):
                self.add_exercise(number, exercise)
                trailing_rest = self.seconds(
                    exercise.rest if exercise.rest_after is None else exercise.rest_after
                )
                round_rest = self.seconds(routine.round_rest)
                if number < len(routine.exercises) - 1:
                    self.add(SegmentKind.REST, trailing_rest, routine.cues)
                elif not last_round:
                    # Between rounds a round rest, when given, replaces the exercise's own rest.
                    if round_rest > 0:
                        self.add(SegmentKind.ROUND_REST, round_rest, routine.cues)
                    else:
                        self.add(SegmentKind.REST, trailing_rest, routine.cues)
                elif not routine.skip_final_rest:
                    self.add(SegmentKind.REST, trailing_rest, routine.cues)
        if routine.cooldown is not None:
            self.add(SegmentKind.COOLDOWN, self.seconds(routine.cooldown.duration),
                     routine.cues, label=routine.cooldown.label)
        manual = sum(1 for segment in self.segments if segment.is_manual)
        return Plan(routine, dict(self.values), tuple(self.segments), self.offset_s, manual)

    def add_exercise(self, number: int, exercise: Exercise) -> None:
        cues = exercise.cues.over(self.routine.cues)
        repeat = self.count(exercise.repeat)
        kind = _EFFORT_KINDS[exercise.kind]
        tempo_s = None if exercise.tempo is None else self.seconds(exercise.tempo)
        for side_number, side in enumerate(exercise.sides):
            if side_number:
                switch = exercise.switch if exercise.switch is not None else self.routine.switch
                self.add(SegmentKind.SWITCH, self.seconds(switch), self.routine.cues)
            label = _side_label(exercise.name, side)
            for repetition in range(1, repeat + 1):
                reps = self.reps_in_set(exercise, repetition, repeat)
                if reps == 0:
                    continue  # more sets than total_reps: the spare sets are empty
                if repetition > 1:
                    self.add(SegmentKind.REST, self.seconds(exercise.rest), self.routine.cues)
                duration_s: float | None
                if exercise.kind is ExerciseKind.REPS:
                    duration_s = None if tempo_s is None or reps is None else reps * tempo_s
                else:
                    assert exercise.duration is not None
                    duration_s = self.seconds(exercise.duration)
                self.add(kind, duration_s, cues, label=label, exercise=exercise, number=number,
                         side=side, set_number=repetition, sets=repeat, reps=reps,
                         tempo_s=tempo_s)

    def reps_in_set(self, exercise: Exercise, set_number: int, sets: int) -> int | None:
        """Reps for one set; ``total_reps`` is shared out evenly, the larger sets first."""
        if exercise.reps is not None:
            return self.count(exercise.reps)
        if exercise.total_reps is None:
            return None
        base, extra = divmod(self.count(exercise.total_reps), sets)
        return base + (1 if set_number <= extra else 0)

    def add(self, kind: SegmentKind, duration_s: float | None, settings: CueSettings, *,
            label: str | None = None, exercise: Exercise | None = None,
            number: int | None = None, side: Side = Side.NONE, set_number: int = 1,
            sets: int = 1, reps: int | None = None, tempo_s: float | None = None) -> None:
        if duration_s is not None and duration_s <= 0:
            return  # a zero rest or switch is simply not there
        if self.countdown_override_s is not None and settings.countdown_s:
            settings = dataclasses.replace(settings, countdown_s=self.countdown_override_s)
        if len(self.segments) >= MAX_SEGMENTS:
            raise PlanLimitError(f"the plan would have more than {MAX_SEGMENTS:,} segments")
        if self.offset_s + (duration_s or 0.0) > MAX_TOTAL_S:
            raise PlanLimitError(
                f"the plan would last more than {MAX_TOTAL_S / 3600:g} hours"
            )
        segment = Segment(
            index=len(self.segments),
            kind=kind,
            label=label or self.kind_labels[kind],
            exercise=exercise.name if exercise else None,
            exercise_index=number,
            side=side,
            round=self.round,
            rounds=self.rounds,
            set=set_number,
            sets=sets,
            start_s=self.offset_s,
            duration_s=duration_s,
            reps=reps,
            tempo_s=tempo_s,
            cues=cues_for(kind, duration_s, settings, reps, tempo_s),
        )
        self.segments.append(segment)
        self.offset_s += duration_s or 0.0


def cues_for(kind: SegmentKind, duration_s: float | None, settings: CueSettings,
             reps: int | None = None, tempo_s: float | None = None) -> tuple[Cue, ...]:
    """The cues due inside one segment, in order of their planned instant.

    Effort and cool-down segments get every cue their settings allow; rests, switches and the
    get-ready segment get a start cue (not get-ready: pressing start is its start) and the
    countdown into what follows.
    """
    style = settings.style or "beep"
    cues: list[Cue] = []
    full = kind.is_effort or kind is SegmentKind.COOLDOWN
    if settings.start and kind is not SegmentKind.PREPARE:
        cues.append(Cue(CueKind.START, 0.0, style=style))
    if duration_s is None:
        return tuple(cues)
    if full and settings.halfway and duration_s >= HALFWAY_MIN_S:
        cues.append(Cue(CueKind.HALFWAY, duration_s / 2, style=style))
    if full and settings.interval_s:
        count = math.ceil(duration_s / settings.interval_s) - 1
        for number in range(1, count + 1):
            cues.append(Cue(CueKind.INTERVAL, number * settings.interval_s, number, style=style))
    if tempo_s is not None and reps is not None:
        for rep in range(1, reps + 1):
            cues.append(Cue(CueKind.REP, rep * tempo_s, rep, style=style))
    elif settings.countdown_s:
        for seconds_left in range(min(settings.countdown_s, math.ceil(duration_s) - 1), 0, -1):
            cues.append(Cue(CueKind.COUNTDOWN, duration_s - seconds_left, seconds_left,
                            from_end=True, style=style))
    if full and settings.end:
        cues.append(Cue(CueKind.END, duration_s, from_end=True, style=style))
    return tuple(sorted(cues, key=lambda cue: cue.at_s))


def describe_value(routine: Routine, name: str, value: float) -> str:
    """A parameter value in words for tables: ``10 min``, ``15s``, ``3``."""
    unit = routine.parameter(name).unit
    if unit is Unit.COUNT:
        return f"{value:g}"
    if unit is Unit.MINUTES:
        return f"{value:g} min"
    return format_seconds(value)
