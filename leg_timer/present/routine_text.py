"""Routines in words for the picker: totals, ranges, exercise summaries, the details text.

Qt-free, so the picker's wording is tested without a window. The details come out as a small
subset of HTML (what ``QLabel`` renders), every user-written string escaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

from leg_timer.core.durations import format_clock
from leg_timer.core.errors import RoutineError
from leg_timer.core.plan import Plan, count_of, seconds_of
from leg_timer.core.routine import (
    Count,
    Exercise,
    ExerciseKind,
    Parameter,
    Practice,
    Routine,
    Seconds,
    Side,
    Unit,
)
from leg_timer.present.wording import count, seconds_text
from leg_timer.routine_index import Summary


def total_text(plan: Plan) -> str:
    """``20:55``, or ``3:40 + 3 sets at your pace`` when manual sets add their own time."""
    text = format_clock(plan.total_s)
    if plan.manual_sets:
        text += f" + {count(plan.manual_sets, 'set')} at your pace"
    return text


def unit_suffix(parameter: Parameter) -> str:
    return "" if parameter.unit is Unit.COUNT else f" {parameter.unit.value}"


def range_text(parameter: Parameter) -> str:
    """The allowed range: ``5–20 min``, ``0–15 s``, ``1–5``."""
    return f"{parameter.minimum:g}–{parameter.maximum:g}{unit_suffix(parameter)}"


def matches(routine: Routine, query: str, tag: str | None) -> bool:
    """Whether the routine belongs in the list for this search text and tag filter."""
    if tag and tag not in routine.tags:
        return False
    text = " ".join([routine.name, routine.id, routine.description, *routine.tags,
                     *(exercise.name for exercise in routine.exercises)])
    return _words_match(query, text)


def summary_matches(summary: Summary, query: str, tag: str | None) -> bool:
    """:func:`matches` for a listed routine not read in full (its index summary)."""
    if tag and tag not in summary.tags:
        return False
    text = " ".join([summary.name, summary.id, summary.description, *summary.tags,
                     *summary.exercises])
    return _words_match(query, text)


def summary_total_text(summary: Summary, prepare_s: float | None = None) -> str:
    """:func:`total_text` from a summary (default values), with ``prepare_s`` in place of
    the routine's own get-ready time when given."""
    total_s = summary.total_s if prepare_s is None else (
        summary.total_s - summary.prepare_s + prepare_s)
    text = format_clock(total_s)
    if summary.manual_sets:
        text += f" + {count(summary.manual_sets, 'set')} at your pace"
    return text


def broken_matches(error: RoutineError, query: str) -> bool:
    return _words_match(query, " ".join(str(problem) for problem in error.problems))


def _words_match(query: str, text: str) -> bool:
    """Every word of the query starts a word of the text ("leg r" finds "Leg raises")."""
    words = re.findall(r"\w+", text.lower())
    return all(any(word.startswith(part) for word in words)
               for part in re.findall(r"\w+", query.lower()))


def broken_title(error: RoutineError) -> str:
    first = error.problems[0].file if error.problems else "?"
    return first.replace("\\", "/").rsplit("/", 1)[-1]


class _Values:
    """The chosen values of one routine, to spell out ``$parameters`` (see core.plan)."""

    def __init__(self, routine: Routine, values: Mapping[str, float]) -> None:
        self.routine, self.values = routine, values

    def seconds(self, value: Seconds) -> float:
        return seconds_of(self.routine, self.values, value)

    def count(self, value: Count) -> int:
        return count_of(self.values, value)


def _pace_text(seconds: float) -> str:
    """A rep's length: "3 s", or "2.5 s" (tempos go in half seconds; seconds_text rounds)."""
    return seconds_text(seconds) if seconds == round(seconds) else f"{seconds:g} s"


def exercise_summary(routine: Routine, values: Mapping[str, float], exercise: Exercise) -> str:
    """One line: ``work 45 s, right then left``; ``3 × 10 reps, 4 s each``; ``hold 10 min``."""
    v = _Values(routine, values)
    repeat = v.count(exercise.repeat)
    if exercise.kind is ExerciseKind.REPS:
        if exercise.total_reps is not None:
            text = f"{count(v.count(exercise.total_reps), 'rep')} in {count(repeat, 'set')}"
        else:
            reps = count(v.count(exercise.reps) if exercise.reps is not None else 0, "rep")
            text = f"{repeat} × {reps}" if repeat > 1 else reps
        if exercise.tempo is None:
            text += ", at your pace"
        else:
            text += f", {_pace_text(v.seconds(exercise.tempo))} each"
    else:
        assert exercise.duration is not None
        word = "work" if exercise.kind is ExerciseKind.TIMED else "hold"
        length = seconds_text(v.seconds(exercise.duration))
        text = f"{word} {length}"
        if repeat > 1:
            text = f"{repeat} × {text}"
    sides = [side for side in exercise.sides if side is not Side.NONE]
    if len(sides) == 2:
        text += f", {sides[0].value} then {sides[1].value}"
    elif sides:
        text += f", {sides[0].value} side"
    return text


def _paragraph(text: str, style: str = "") -> str:
    attribute = f' style="{style}"' if style else ""
    return f"<p{attribute}>{html.escape(text)}</p>"


def _practice_lines(practice: Practice) -> list[str]:
    lines = []
    if practice.sessions_per_day:
        low, high = practice.sessions_per_day
        lines.append(f"{low}–{high} times a day" if low != high
                     else f"{count(low, 'time')} a day")
    if practice.sessions_per_week:
        low, high = practice.sessions_per_week
        lines.append(f"{low}–{high} times a week" if low != high
                     else f"{count(low, 'time')} a week")
    if practice.rest_days_after:
        lines.append(f"rest {count(practice.rest_days_after, 'day')} afterwards")
    text = "; ".join(lines).capitalize()
    if practice.note:
        text = f"{text}. {practice.note}" if text else practice.note
    return [text] if text else []


def details_html(routine: Routine, values: Mapping[str, float], warn_color: str) -> str:
    """The exercises with their instructions and safety notes, then practice hints and notes."""
    parts = ["<h3>Exercises</h3>"]
    for number, exercise in enumerate(routine.exercises, start=1):
        summary = exercise_summary(routine, values, exercise)
        parts.append(f"<p><b>{number}. {html.escape(exercise.name)}</b> — "
                     f"{html.escape(summary)}</p>")
        if exercise.instructions:
            parts.append(_paragraph(exercise.instructions, "margin-left: 16px"))
        if exercise.safety:
            parts.append(f'<p style="margin-left: 16px; color: {warn_color}"><b>Safety:</b> '
                         f"{html.escape(exercise.safety)}</p>")
    if routine.cooldown is not None:
        cooldown = routine.cooldown
        length = seconds_text(_Values(routine, values).seconds(cooldown.duration))
        parts.append(f"<p><b>Cool-down: {html.escape(cooldown.label)}</b> — {length}</p>")
        if cooldown.instructions:
            parts.append(_paragraph(cooldown.instructions, "margin-left: 16px"))
    practice = _practice_lines(routine.practice) if routine.practice else []
    if practice:
        parts.append("<h3>How often</h3>")
        parts.extend(_paragraph(line) for line in practice)
    if routine.notes:
        parts.append("<h3>Notes</h3><ul>")
        parts.extend(f"<li>{html.escape(note)}</li>" for note in routine.notes)
        parts.append("</ul>")
    if routine.source:
        parts.append(_paragraph(f"Source: {routine.source}", "font-style: italic"))
    return "".join(parts)


def broken_html(error: RoutineError) -> str:
    items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in error.problems)
    return ("<p>This routine file could not be loaded, so it cannot be started. Fix these "
            "problems and restart Leg Timer (or run <tt>leg-timer validate FILE</tt>):</p>"
            f"<ul>{items}</ul>")
