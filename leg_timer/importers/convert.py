"""One file's bytes to Leg Timer routines, with no disk involved.

:func:`convert_bytes` decodes the file, recognises its format from the content (or uses the
one asked for), lets that format's reader expand every workout, turns each into routine text
and checks that text with Leg Timer's own loader, so a routine that would be refused later is
refused here, before anything is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import leg_timer.importers.jawt as jawt
import leg_timer.importers.openhiit as openhiit
import leg_timer.importers.qintervals as qintervals
import leg_timer.importers.timer_machine as timer_machine
from leg_timer.authoring.files import routine_id_for, routine_yaml
from leg_timer.core import yamltree
from leg_timer.core.errors import RoutineError
from leg_timer.core.loader import load_routine_bytes
from leg_timer.importers.problems import FormatError, ImportProblem, Value
from leg_timer.importers.timeline import Workout, routine_data

LEG_TIMER = "leg-timer"
FORMATS = (jawt.NAME, openhiit.NAME, timer_machine.NAME, qintervals.NAME, LEG_TIMER)
MAX_IMPORT_BYTES = 5 * 1024 * 1024
# Each routine takes a few milliseconds to write out and check (ruamel's dump), so a 5 MiB
# backup of 25,000 tiny workouts took 24 s; no real collection is near this many.
MAX_ROUTINES = 1000
_DISPLAY = {jawt.NAME: "Just Another Workout Timer", openhiit.NAME: "OpenHIIT",
            timer_machine.NAME: "TimeR Machine", qintervals.NAME: "qintervals"}
_READERS: dict[str, Callable[[Value], list[Workout]]] = {
    jawt.NAME: jawt.read, openhiit.NAME: openhiit.read, timer_machine.NAME: timer_machine.read,
    qintervals.NAME: qintervals.read,
}
_JSON_FORMATS = (jawt.NAME, openhiit.NAME, timer_machine.NAME)
@dataclass(frozen=True)
class Converted:
    """One routine made from a file: ``data`` is the routine as plain values, ``text`` the
    file to write (for a Leg Timer file, its own text), ``wanted_id`` the id it asks for."""

    name: str
    data: dict[str, Any]
    dropped: tuple[str, ...]
    format: str
    text: str
    wanted_id: str


def too_big_message(size: int) -> str:
    return f"the file is {size:,} bytes; at most {MAX_IMPORT_BYTES:,} bytes can be imported"


def convert_bytes(data: bytes, file_name: str, format: str | None = None,
                  stem: str = "") -> list[Converted]:
    """The routines in one file's ``data``; ImportProblem naming the file (``file_name``), the
    format tried and the place otherwise. ``stem`` names a Leg Timer file's copy."""
    if format is not None and format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
    if len(data) > MAX_IMPORT_BYTES:
        raise ImportProblem(file_name, format, "", too_big_message(len(data)))
    text = _decode(data, file_name, format)
    root, json_error = _parse(text, file_name, format)
    found = format or _detect(root)
    if found is None:
        if json_error is not None:
            raise ImportProblem(file_name, None, json_error[0], json_error[1])
        raise ImportProblem(file_name, None, "", _unknown_message(root))
    if found == LEG_TIMER:
        return [_own_routine(data, text, root, file_name, stem)]
    if root is None or (json_error is not None and found in _JSON_FORMATS):
        place, message = json_error or ("", "the file is empty")
        raise ImportProblem(file_name, found, place, message)
    try:
        workouts = _READERS[found](Value(root))
        if len(workouts) > MAX_ROUTINES:
            raise FormatError("", f"the file holds {len(workouts):,} workouts; at most "
                                  f"{MAX_ROUTINES:,} can be imported from one file")
        return [_converted(workout, found, file_name) for workout in workouts]
    except FormatError as error:
        raise ImportProblem(file_name, found, error.place, error.message) from None


def _decode(data: bytes, file_name: str, format: str | None) -> str:
    if b"\x00" in data[:8192]:
        raise ImportProblem(file_name, format, "1:1", "this is a binary file, not a workout")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise ImportProblem(file_name, format, f"{line}:{column}",
                            f"not UTF-8 text (byte 0x{data[error.start]:02x})") from None


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _parse(text: str, file_name: str,
           format: str | None) -> tuple[Any, tuple[str, str] | None]:
    """The parsed file (JSON first, else YAML) and, when it looked like JSON but was not,
    the JSON error's place and message."""
    json_error: tuple[str, str] | None = None
    if text.lstrip()[:1] in ("{", "["):
        try:
            return json.loads(text, parse_constant=_refuse_constant), None
        except json.JSONDecodeError as error:
            json_error = (f"{error.lineno}:{error.colno}", f"not valid JSON: {error.msg}")
        except ValueError as error:
            json_error = ("", f"not valid JSON: {error}")
        except RecursionError:
            json_error = ("", "not valid JSON here: it is nested too deeply")
        if format in _JSON_FORMATS:
            raise ImportProblem(file_name, format, *json_error)
    try:
        tree = yamltree.parse(text)
    except yamltree.YamlProblem as problem:
        if json_error is not None:
            return None, json_error
        place = f"{problem.line}:{problem.column}" if problem.line else ""
        raise ImportProblem(file_name, format, place, problem.message) from None
    return _plain(tree), json_error


def _plain(node: yamltree.Node | None) -> Any:
    """A YAML tree as plain values (the tree's depth is bounded by the YAML reader)."""
    if isinstance(node, yamltree.Mapping):
        return {str(key.value): _plain(value) for key, value in node.entries}
    if isinstance(node, yamltree.Sequence):
        return [_plain(item) for item in node.items]
    if isinstance(node, yamltree.Scalar):
        return node.value
    return None


def _detect(root: Any) -> str | None:
    value = Value(root)
    if isinstance(root, dict) and "version" in root and "exercises" in root:
        return LEG_TIMER
    for name, looks_like in ((jawt.NAME, jawt.looks_like),
                             (timer_machine.NAME, timer_machine.looks_like),
                             (openhiit.NAME, openhiit.looks_like),
                             (qintervals.NAME, qintervals.looks_like)):
        if looks_like(value):
            return name
    return None


def _unknown_message(root: Any) -> str:
    if isinstance(root, dict):
        keys = ", ".join(repr(str(key)) for key in list(root)[:6]) or "none"
        found = f"an object with the keys {keys}"
    elif isinstance(root, list):
        found = f"a list of {len(root)} items, not OpenHIIT timers"
    else:
        found = "no workout structure" if root is None else f"a single value ({root!r:.40})"
    return (f"not a format Leg Timer can import (tried {', '.join(FORMATS)}): found {found}; "
            "see docs/importing.md")


def _converted(workout: Workout, format: str, file_name: str) -> Converted:
    # routine_yaml quotes names such as "Yes" that our YAML 1.1 loader would read as flags.
    data = routine_data(workout, f"Imported from {_DISPLAY[format]}")
    wanted = routine_id_for(str(data["name"]))
    text = routine_yaml(data)
    _check(text, file_name, format, workout.where, wanted)
    return Converted(str(data["name"]), data, tuple(workout.dropped), format, text, wanted)


def _check(text: str, file_name: str, format: str, where: str, routine_id: str) -> None:
    """Leg Timer's own loader on the routine about to be written."""
    try:
        load_routine_bytes(text.encode("utf-8"), f"{file_name} ({where})", routine_id)
    except RoutineError as error:
        first = error.problems[0].message if error.problems else str(error)
        raise ImportProblem(file_name, format, where,
                            f"cannot be made into a Leg Timer routine: {first}") from None


def _own_routine(data: bytes, text: str, root: Any, file_name: str,
                 stem: str) -> Converted:
    """A Leg Timer routine file: checked by the loader, then copied as it is."""
    wanted = routine_id_for(stem or "routine")
    try:
        routine = load_routine_bytes(data, file_name, wanted)
    except RoutineError as error:
        first = error.problems[0] if error.problems else None
        place = f"{first.line}:{first.column}" if first else ""
        more = len(error.problems) - 1
        extra = f" (and {more} more; leg-timer validate shows them all)" if more > 0 else ""
        message = (first.message if first else str(error)) + extra
        raise ImportProblem(file_name, LEG_TIMER, place, message) from None
    plain = root if isinstance(root, dict) else {}
    return Converted(routine.name, plain, (), LEG_TIMER, text, wanted)
