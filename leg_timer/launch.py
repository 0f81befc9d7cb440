"""What a start of the window asks for: just the window, or a routine run at once.

The command line turns ``leg-timer run ROUTINE --set ...`` into a :class:`LaunchRequest`; the
window carries one out, whether it came from this process's command line or from a second
start that handed it over (:mod:`leg_timer.desktop.forwarding`). The window never sees the
command line or its parser.

:func:`is_routine_file` is the one rule for "is this ROUTINE a file or an id"; everything that
reads a ROUTINE argument goes through :func:`find_routine`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leg_timer.core.durations import parse_duration
from leg_timer.core.errors import ParameterError
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.translation import Context

if TYPE_CHECKING:
    from leg_timer.core.routine import Routine
    from leg_timer.library import Library

Launch = Context("Launch")  # the words of a usage error, for the person at the terminal

ROUTINE_SUFFIXES = (".yaml", ".yml")


class UsageError(Exception):
    """The request names something that does not exist or is not allowed (exit code 2)."""


@dataclass(frozen=True)
class LaunchRequest:
    """Open the window; with ``routine``, start that routine there.

    ``routine`` is a routine id or the absolute path of a routine file (see
    :func:`reference_for`); ``values`` are parameter values in each parameter's own unit.
    """

    routine: str | None = None
    values: Mapping[str, float] = field(default_factory=dict)
    fullscreen: bool = False  # start in focus mode
    quit_when_done: bool = False  # exit once the session is over (scripts and tests)

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values, for handing the request to the running window."""
        return {"routine": self.routine, "values": dict(self.values),
                "fullscreen": self.fullscreen, "quit_when_done": self.quit_when_done}

    @classmethod
    def from_json(cls, data: object) -> LaunchRequest:
        """The request :meth:`to_json` wrote; ValueError for anything else (it comes from
        another process, so it is checked, not trusted)."""
        if not isinstance(data, dict):
            raise ValueError("a launch request is a JSON object")
        routine = data.get("routine")
        values = data.get("values", {})
        fullscreen = data.get("fullscreen", False)
        quit_when_done = data.get("quit_when_done", False)
        if routine is not None and not (isinstance(routine, str) and routine):
            raise ValueError("'routine' must be a non-empty string or null")
        if not isinstance(values, dict) or not all(
                isinstance(name, str) and isinstance(value, int | float)
                and not isinstance(value, bool) for name, value in values.items()):
            raise ValueError("'values' must map parameter names to numbers")
        if not isinstance(fullscreen, bool) or not isinstance(quit_when_done, bool):
            raise ValueError("'fullscreen' and 'quit_when_done' must be true or false")
        return cls(routine, {name: float(value) for name, value in values.items()},
                   fullscreen, quit_when_done)


def is_routine_file(reference: str) -> bool:
    """Whether ROUTINE names a file rather than an id: it ends in .yaml/.yml, holds a path
    separator, or is an existing file. Ids are lower-case words joined by hyphens, so no id
    is ever mistaken for a file."""
    path = Path(reference)
    return (reference.endswith(ROUTINE_SUFFIXES) or "/" in reference
            or len(path.parts) > 1 or path.is_file())


def reference_for(reference: str) -> str:
    """ROUTINE as the window needs it: a file made absolute (the window may run in another
    folder, or be another process), an id unchanged."""
    return str(Path(reference).resolve()) if is_routine_file(reference) else reference


def find_routine(reference: str, library: Library) -> Routine:
    """The routine ROUTINE names: a routine file, or an id from ``library``.

    Raises :class:`UsageError` for a missing file or an unknown id (naming the closest ids),
    and :class:`~leg_timer.core.errors.RoutineError` for a file with problems.
    """
    if is_routine_file(reference):
        path = Path(reference)
        if not path.is_file():
            raise UsageError(Launch.tr("no routine file {file}").format(file=repr(reference)))
        # The loader (and PyYAML) only when a file is run: the window's start imports this
        # module for LaunchRequest, and needs no parser before its first paint.
        from leg_timer.core.loader import load_routine

        return load_routine(path).in_language(library.language)
    try:
        return library.find(reference)
    except LookupError as error:
        raise UsageError(str(error.args[0])) from None


def parse_values(routine: Routine, settings: Iterable[str]) -> dict[str, float]:
    """``NAME=VALUE`` pairs as parameter values in each parameter's own unit; a duration
    parameter also takes ``90s``, ``1m30s`` or ``1:30``. Ranges are checked by the plan."""
    values: dict[str, float] = {}
    for setting in settings:
        name, sep, text = setting.partition("=")
        name, text = name.strip(), text.strip()
        if not sep or not name or not text:
            raise UsageError(Launch.tr("--set expects NAME=VALUE, not {text}").format(
                text=repr(setting)))
        try:
            parameter = routine.parameter(name)
        except KeyError:
            known = ", ".join(p.name for p in routine.parameters) or Launch.tr("none")
            raise UsageError(Launch.tr("{routine} has no parameter {name} (its parameters: "
                                       "{known})").format(routine=routine.id, name=repr(name),
                                                          known=known)) from None
        try:
            number = float(text)
        except ValueError:
            if not parameter.unit.is_duration:
                raise UsageError(Launch.tr("{name} must be a number, not {text}").format(
                    name=name, text=repr(text))) from None
            try:
                number = parse_duration(text) / parameter.unit.seconds_per_unit
            except ValueError as error:
                raise UsageError(f"{name}: {error}") from None
        values[name] = number
    return values


def plan_for(request: LaunchRequest, library: Library) -> Plan:
    """The plan ``request`` starts (it must name a routine). Raises :class:`UsageError` for
    an unknown routine or a value out of range, RoutineError for a broken file."""
    if request.routine is None:
        raise UsageError("the request names no routine")
    return checked_plan(find_routine(request.routine, library), request.values)


def checked_plan(routine: Routine, values: Mapping[str, float]) -> Plan:
    """``routine`` planned with ``values``; :class:`UsageError` for a value out of range."""
    try:
        return build_plan(routine, values)
    except ParameterError as error:
        raise UsageError(str(error)) from None
