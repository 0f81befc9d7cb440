"""Reading the ``translations:`` block of a routine file.

A routine file may carry its texts in other languages, so a person reads the built-in
routines, and their own, in the language they chose::

    translations:
      de:
        name: 100 Kniebeugen
        exercises:
          Bodyweight squat:          # the exercise's own name, as written above
            name: Kniebeuge
            instructions: ...
        parameters:
          rest: {label: Pause zwischen den Sätzen}
        notes: [...]                 # as many as the routine's own notes

Everything is optional: a text without a translation keeps the file's own. Every mistake
(an unknown language, a key that cannot be translated, an exercise or parameter that is not in
the routine, a wrong number of notes) is a problem with its line and column, collected with
the rest of the file's. :meth:`leg_timer.core.routine.Routine.in_language` applies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from leg_timer.core.routine import (
    TEXT_LANGUAGES,
    ExerciseText,
    ParameterText,
    Routine,
    RoutineText,
)
from leg_timer.core.yamltree import Mapping, Node, Sequence

LANGUAGE_KEYS = ("name", "description", "exercises", "parameters", "cooldown", "practice",
                 "notes")
EXERCISE_KEYS = ("name", "instructions", "safety")
PARAMETER_KEYS = ("label", "description")
COOLDOWN_KEYS = ("label", "instructions")
PRACTICE_KEYS = ("note",)

# Other spellings a person may write for a language, lower case with "_" (zh-CN -> zh_cn).
_SPELLINGS = {"zh": "zh_CN", "zh_cn": "zh_CN", "zh_hans": "zh_CN", "zh_hans_cn": "zh_CN",
              "zh_sg": "zh_CN"}


class TextReader(Protocol):
    """What this module needs of the loader's reader (its problem list and text checks)."""

    def problem(self, node: Node | None, message: str) -> None: ...

    def mapping(self, node: Node, what: str) -> Mapping | None: ...

    def optional_text(self, node: Node | None) -> str: ...

    def describe(self, node: Node | None) -> str: ...

    @staticmethod
    def did_you_mean(word: str, choices: Iterable[str]) -> str: ...


def language_code(written: str) -> str | None:
    """The code in :data:`TEXT_LANGUAGES` that ``written`` names (``de``, ``DE``, ``zh-CN``,
    ``zh``, ``zh_Hans``), or None."""
    lowered = written.strip().replace("-", "_").lower()
    for code in TEXT_LANGUAGES:
        if lowered == code.lower():
            return code
    return _SPELLINGS.get(lowered)


def read_translations(reader: TextReader, node: Node | None,
                      routine: Routine) -> tuple[RoutineText, ...]:
    """The translations under ``node`` (the value of ``translations:``) for ``routine``."""
    if node is None:
        return ()
    mapping = reader.mapping(node, "translations")
    if mapping is None:
        return ()
    found: dict[str, RoutineText] = {}
    for key, value in mapping.entries:
        written = str(key.value)
        code = language_code(written)
        if code is None:
            reader.problem(key, f"translations: unknown language {written!r}; Leg Timer "
                                f"reads {', '.join(TEXT_LANGUAGES)}"
                                f"{reader.did_you_mean(written, TEXT_LANGUAGES)}")
            continue
        if code in found:
            reader.problem(key, f"translations: {written!r} is {code}, which is translated "
                                "above already")
            continue
        text = _read_language(reader, value, code, routine)
        if text is not None:
            found[code] = text
    return tuple(found.values())


def _read_language(reader: TextReader, node: Node, code: str,
                   routine: Routine) -> RoutineText | None:
    where = f"translations.{code}"
    mapping = reader.mapping(node, where)
    if mapping is None:
        return None
    _check_keys(reader, mapping, LANGUAGE_KEYS, where)
    cooldown = _section(reader, mapping, "cooldown", COOLDOWN_KEYS, where)
    if cooldown is not None and routine.cooldown is None:
        reader.problem(mapping.get("cooldown"), f"{where}.cooldown: the routine has no cooldown")
    practice = _section(reader, mapping, "practice", PRACTICE_KEYS, where)
    if practice is not None and (routine.practice is None or not routine.practice.note):
        reader.problem(mapping.get("practice"), f"{where}.practice: the routine has no "
                                                "practice note to translate")
    return RoutineText(
        language=code,
        name=reader.optional_text(mapping.get("name")),
        description=reader.optional_text(mapping.get("description")),
        exercises=_read_exercises(reader, mapping.get("exercises"), where, routine),
        parameters=_read_parameters(reader, mapping.get("parameters"), where, routine),
        cooldown_label=reader.optional_text(cooldown.get("label")) if cooldown else "",
        cooldown_instructions=(reader.optional_text(cooldown.get("instructions"))
                               if cooldown else ""),
        practice_note=reader.optional_text(practice.get("note")) if practice else "",
        notes=_read_notes(reader, mapping.get("notes"), where, routine),
    )


def _section(reader: TextReader, mapping: Mapping, key: str, allowed: tuple[str, ...],
             where: str) -> Mapping | None:
    node = mapping.get(key)
    if node is None:
        return None
    section = reader.mapping(node, f"{where}.{key}")
    if section is not None:
        _check_keys(reader, section, allowed, f"{where}.{key}")
    return section


def _check_keys(reader: TextReader, mapping: Mapping, allowed: tuple[str, ...],
                where: str) -> None:
    for key, _value in mapping.entries:
        name = str(key.value)
        if name not in allowed:
            reader.problem(key, f"{where}: {name!r} cannot be translated; the keys here are "
                                f"{', '.join(allowed)}{reader.did_you_mean(name, allowed)}")


def _keyed_texts(reader: TextReader, node: Node | None, where: str, section: str,
                 names: list[str], unknown: Callable[[str], str],
                 allowed: tuple[str, ...]) -> list[tuple[str, Mapping]]:
    """The entries of ``section`` (keyed by the names of the routine's exercises or its
    parameters): each known name with its mapping of texts, whose keys are checked against
    ``allowed``; a name the routine does not have is reported with ``unknown(name)``."""
    if node is None:
        return []
    hint = " (keyed by each exercise's own name)" if section == "exercises" else ""
    mapping = reader.mapping(node, f"{where}.{section}{hint}")
    if mapping is None:
        return []
    found: list[tuple[str, Mapping]] = []
    for key, value in mapping.entries:
        name = str(key.value)
        if name not in names:
            reader.problem(key, f"{where}.{section}: {unknown(name)}"
                                f"{reader.did_you_mean(name, names)}")
            continue
        texts = reader.mapping(value, f"{where}.{section}.{name}")
        if texts is None:
            continue
        _check_keys(reader, texts, allowed, f"{where}.{section}.{name}")
        found.append((name, texts))
    return found


def _read_exercises(reader: TextReader, node: Node | None, where: str,
                    routine: Routine) -> tuple[tuple[str, ExerciseText], ...]:
    names = [exercise.name for exercise in routine.exercises]
    listed = ", ".join(repr(each) for each in dict.fromkeys(names)) or "none"
    return tuple((name, ExerciseText(
        name=reader.optional_text(texts.get("name")),
        instructions=reader.optional_text(texts.get("instructions")),
        safety=reader.optional_text(texts.get("safety")),
    )) for name, texts in _keyed_texts(
        reader, node, where, "exercises", names,
        lambda name: f"the routine has no exercise named {name!r}; its exercises are {listed}",
        EXERCISE_KEYS))


def _read_parameters(reader: TextReader, node: Node | None, where: str,
                     routine: Routine) -> tuple[tuple[str, ParameterText], ...]:
    names = [parameter.name for parameter in routine.parameters]
    return tuple((name, ParameterText(
        label=reader.optional_text(texts.get("label")),
        description=reader.optional_text(texts.get("description")),
    )) for name, texts in _keyed_texts(
        reader, node, where, "parameters", names,
        lambda name: (f"the routine has no parameter {name!r}; "
                      f"its parameters are {', '.join(names) or 'none'}"),
        PARAMETER_KEYS))


def _read_notes(reader: TextReader, node: Node | None, where: str,
                routine: Routine) -> tuple[str, ...]:
    if node is None:
        return ()
    items = node.items if isinstance(node, Sequence) else [node]
    if len(items) != len(routine.notes):
        total = len(routine.notes)
        reader.problem(node, f"{where}.notes: the routine has {total} "
                             f"{'note' if total == 1 else 'notes'}, this lists {len(items)}; "
                             "translate every note, in the same order")
        return ()
    return tuple(reader.optional_text(item) for item in items)
