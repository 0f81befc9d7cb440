"""What a routine file says, as frozen data.

A :class:`Routine` is exactly what the user wrote, with durations turned into seconds and
nothing decided yet: values that the user may adjust stay :class:`ParamRef` references until a
plan is made (see :mod:`leg_timer.core.plan`). The file format is documented in
``docs/routine-format.md``; :mod:`leg_timer.core.loader` reads and checks it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace


class Unit(enum.StrEnum):
    """What a parameter measures; seconds and minutes parameters fill durations."""

    SECONDS = "s"
    MINUTES = "min"
    COUNT = "count"

    @property
    def is_duration(self) -> bool:
        return self is not Unit.COUNT

    @property
    def seconds_per_unit(self) -> float:
        return 60.0 if self is Unit.MINUTES else 1.0


class Side(enum.StrEnum):
    NONE = "none"
    RIGHT = "right"
    LEFT = "left"


class ExerciseKind(enum.StrEnum):
    """Which key of the exercise set its shape: ``work``, ``hold`` or ``reps``."""

    TIMED = "work"
    HOLD = "hold"
    REPS = "reps"


TAGS = ("strength", "mobility", "stretch", "relaxation", "posture")


@dataclass(frozen=True)
class ParamRef:
    """A value taken from a routine parameter, written ``$name`` in the file."""

    name: str


Seconds = float | ParamRef
Count = int | ParamRef


@dataclass(frozen=True)
class Parameter:
    """A value the user may choose before starting, within ``minimum``..``maximum``.

    Values are in the parameter's own unit (10 means ten minutes for a ``min`` parameter).
    """

    name: str
    label: str
    unit: Unit
    default: float
    minimum: float
    maximum: float
    step: float
    description: str = ""

    def check(self, value: float) -> float:
        """``value`` if it is allowed; ValueError with the allowed range otherwise."""
        unit = "" if self.unit is Unit.COUNT else f" {self.unit.value}"
        allowed = f"{self.minimum:g}-{self.maximum:g}{unit}"
        if not self.minimum <= value <= self.maximum:
            raise ValueError(f"{self.name} must be within {allowed}, not {value:g}")
        steps = (value - self.minimum) / self.step
        if abs(steps - round(steps)) > 1e-6:
            raise ValueError(
                f"{self.name} must be {allowed} in steps of {self.step:g}, not {value:g}"
            )
        if self.unit is Unit.COUNT and value != int(value):
            raise ValueError(f"{self.name} must be a whole number, not {value:g}")
        return value


@dataclass(frozen=True)
class CueSettings:
    """Which cues a segment gets; ``None`` fields inherit from the level above.

    ``countdown_s`` ticks 3-2-1 before a segment ends (0 turns them off); ``interval_s`` rings
    a bell every so often inside long segments; ``style`` is ``beep`` for workouts or ``bell``
    for relaxation poses, where a soft sound must not jolt someone lying still.
    """

    start: bool | None = None
    end: bool | None = None
    halfway: bool | None = None
    countdown_s: int | None = None
    interval_s: float | None = None
    style: str | None = None

    def over(self, base: CueSettings) -> CueSettings:
        """These settings with unset fields taken from ``base``."""
        return CueSettings(
            start=base.start if self.start is None else self.start,
            end=base.end if self.end is None else self.end,
            halfway=base.halfway if self.halfway is None else self.halfway,
            countdown_s=base.countdown_s if self.countdown_s is None else self.countdown_s,
            interval_s=base.interval_s if self.interval_s is None else self.interval_s,
            style=base.style if self.style is None else self.style,
        )


DEFAULT_CUES = CueSettings(
    start=True, end=True, halfway=True, countdown_s=3, interval_s=0.0, style="beep"
)


@dataclass(frozen=True)
class Exercise:
    """One exercise: timed work, a repeated hold, or sets of reps; maybe once per side.

    ``duration`` is the work or hold time (None for rep sets); ``reps`` is the reps per set, or
    ``total_reps`` the reps shared out over the sets; ``repeat`` counts intervals,
    holds or sets; ``rest`` separates them and follows the exercise unless ``rest_after`` says
    otherwise; ``switch`` is the switch-sides pause between sides. ``tempo`` is seconds per rep
    for a paced set; None makes a manual set that ends when the user says it is done.
    """

    name: str
    kind: ExerciseKind
    line: int
    duration: Seconds | None = None
    repeat: Count = 1
    reps: Count | None = None
    total_reps: Count | None = None
    tempo: Seconds | None = None
    rest: Seconds = 0.0
    rest_after: Seconds | None = None
    switch: Seconds | None = None
    sides: tuple[Side, ...] = (Side.NONE,)
    instructions: str = ""
    safety: str = ""
    cues: CueSettings = field(default_factory=CueSettings)


@dataclass(frozen=True)
class Cooldown:
    label: str
    duration: Seconds
    instructions: str = ""


@dataclass(frozen=True)
class Practice:
    """Hints on how often to practise, kept for later features (reminders, history)."""

    sessions_per_day: tuple[int, int] | None = None
    sessions_per_week: tuple[int, int] | None = None
    rest_days_after: int | None = None
    note: str = ""


# The languages a routine file may carry translations for (leg_timer.languages.AVAILABLE;
# a test keeps the two equal: core sits below that module and cannot import it).
TEXT_LANGUAGES = ("en", "de", "fr", "es", "zh_CN")


@dataclass(frozen=True)
class ExerciseText:
    """One exercise's texts in one language; an empty field keeps the exercise's own."""

    name: str = ""
    instructions: str = ""
    safety: str = ""


@dataclass(frozen=True)
class ParameterText:
    label: str = ""
    description: str = ""


@dataclass(frozen=True)
class RoutineText:
    """A routine's texts in one language, from its file's ``translations:`` block.

    Empty fields (and exercises, parameters or notes not listed) are not translated: the
    routine's own text stands in for them. ``exercises`` is keyed by the exercise's own name,
    ``parameters`` by the parameter's name.
    """

    language: str
    name: str = ""
    description: str = ""
    exercises: tuple[tuple[str, ExerciseText], ...] = ()
    parameters: tuple[tuple[str, ParameterText], ...] = ()
    cooldown_label: str = ""
    cooldown_instructions: str = ""
    practice_note: str = ""
    notes: tuple[str, ...] = ()  # all of them or none


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    version: int
    exercises: tuple[Exercise, ...]
    description: str = ""
    tags: tuple[str, ...] = ()
    parameters: tuple[Parameter, ...] = ()
    rounds: Count = 1
    round_rest: Seconds = 0.0
    skip_final_rest: bool = True
    prepare: Seconds = 10.0
    switch: Seconds = 5.0
    cooldown: Cooldown | None = None
    cues: CueSettings = DEFAULT_CUES
    practice: Practice | None = None
    notes: tuple[str, ...] = ()
    source: str = ""
    path: str = ""
    rounds_line: int = 1
    translations: tuple[RoutineText, ...] = ()
    # The language the texts are in: "" for the file's own text, else a translation's code.
    language: str = ""
    # The routine as its file says it, when this one is a translation of it.
    original: Routine | None = field(default=None, compare=False, repr=False)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        raise KeyError(name)

    def default_values(self) -> dict[str, float]:
        return {parameter.name: parameter.default for parameter in self.parameters}

    @property
    def text_languages(self) -> tuple[str, ...]:
        """The languages this routine's file has translations for."""
        return tuple(text.language for text in self.translations)

    def in_language(self, language: str) -> Routine:
        """This routine with its texts in ``language`` (a code of :data:`TEXT_LANGUAGES`).

        Each text without a translation keeps the file's own; a language the file has no
        translations for gives the routine as its file says it. Ids, numbers and timings never
        change, so a plan is the same in every language but for its words.
        """
        base = self.original or self
        if base.id != self.id or base.path != self.path:  # renamed after translating
            base = replace(base, id=self.id, path=self.path)
        text = next((t for t in base.translations if t.language == language), None)
        if text is None:
            return base
        exercises = dict(text.exercises)
        parameters = dict(text.parameters)

        def exercise(each: Exercise) -> Exercise:
            own = exercises.get(each.name)
            if own is None:
                return each
            return replace(each, name=own.name or each.name,
                           instructions=own.instructions or each.instructions,
                           safety=own.safety or each.safety)

        def parameter(each: Parameter) -> Parameter:
            own = parameters.get(each.name)
            if own is None:
                return each
            return replace(each, label=own.label or each.label,
                           description=own.description or each.description)

        cooldown = base.cooldown
        if cooldown is not None:
            cooldown = replace(cooldown, label=text.cooldown_label or cooldown.label,
                               instructions=text.cooldown_instructions or cooldown.instructions)
        practice = base.practice
        if practice is not None and text.practice_note:
            practice = replace(practice, note=text.practice_note)
        return replace(
            base,
            name=text.name or base.name,
            description=text.description or base.description,
            exercises=tuple(exercise(each) for each in base.exercises),
            parameters=tuple(parameter(each) for each in base.parameters),
            cooldown=cooldown,
            practice=practice,
            notes=tuple(own or note for own, note in zip(text.notes, base.notes, strict=True))
            if text.notes else base.notes,
            language=language,
            original=base,
        )
