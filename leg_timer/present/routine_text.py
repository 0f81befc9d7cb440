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
from leg_timer.core.translation import Context
from leg_timer.present.wording import count, seconds_text
from leg_timer.routine_index import Summary

RoutineText = Context("RoutineText")


def at_your_pace(sets: int) -> str:
    """"3 sets at your pace": manual sets, whose time is the person's own."""
    return RoutineText.tr("{sets} at your pace").format(sets=count(sets, "set"))


def total_text(plan: Plan) -> str:
    """``20:55``, or ``3:40 + 3 sets at your pace`` when manual sets add their own time."""
    text = format_clock(plan.total_s)
    if plan.manual_sets:
        text += f" + {at_your_pace(plan.manual_sets)}"
    return text


def unit_suffix(parameter: Parameter) -> str:
    if parameter.unit is Unit.SECONDS:
        return " " + RoutineText.tr("s", "unit: seconds")
    if parameter.unit is Unit.MINUTES:
        return " " + RoutineText.tr("min", "unit: minutes")
    return ""


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
        text += f" + {at_your_pace(summary.manual_sets)}"
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
            text = RoutineText.tr("{reps} in {sets}").format(
                reps=count(v.count(exercise.total_reps), "rep"), sets=count(repeat, "set"))
        else:
            reps = count(v.count(exercise.reps) if exercise.reps is not None else 0, "rep")
            text = f"{repeat} × {reps}" if repeat > 1 else reps
        if exercise.tempo is None:
            text += RoutineText.tr(", at your pace")
        else:
            text += RoutineText.tr(", {time} each").format(
                time=_pace_text(v.seconds(exercise.tempo)))
    else:
        assert exercise.duration is not None
        length = seconds_text(v.seconds(exercise.duration))
        text = (RoutineText.tr("work {time}") if exercise.kind is ExerciseKind.TIMED
                else RoutineText.tr("hold {time}")).format(time=length)
        if repeat > 1:
            text = f"{repeat} × {text}"
    sides = [side for side in exercise.sides if side is not Side.NONE]
    if len(sides) == 2:
        text += (RoutineText.tr(", right then left") if sides[0] is Side.RIGHT
                 else RoutineText.tr(", left then right"))
    elif sides:
        text += (RoutineText.tr(", right side") if sides[0] is Side.RIGHT
                 else RoutineText.tr(", left side"))
    return text


def _paragraph(text: str, style: str = "") -> str:
    attribute = f' style="{style}"' if style else ""
    return f"<p{attribute}>{html.escape(text)}</p>"


def _practice_lines(practice: Practice) -> list[str]:
    lines = []
    if practice.sessions_per_day:
        low, high = practice.sessions_per_day
        lines.append(RoutineText.tr("{low}–{high} times a day").format(low=low, high=high)
                     if low != high else count(low, "time a day"))
    if practice.sessions_per_week:
        low, high = practice.sessions_per_week
        lines.append(RoutineText.tr("{low}–{high} times a week").format(low=low, high=high)
                     if low != high else count(low, "time a week"))
    if practice.rest_days_after:
        lines.append(RoutineText.tr("rest {days} afterwards").format(
            days=count(practice.rest_days_after, "day")))
    text = RoutineText.tr("; ", "between practice hints").join(lines)
    text = text[:1].upper() + text[1:]
    if practice.note:
        text = RoutineText.tr("{hints}. {note}").format(hints=text, note=practice.note) \
            if text else practice.note
    return [text] if text else []


def details_html(routine: Routine, values: Mapping[str, float], warn_color: str) -> str:
    """The exercises with their instructions and safety notes, then practice hints and notes."""
    exercises = RoutineText.tr("Exercises")  # outside f-strings: lupdate skips those
    parts = [f"<h3>{html.escape(exercises)}</h3>"]
    for number, exercise in enumerate(routine.exercises, start=1):
        summary = exercise_summary(routine, values, exercise)
        parts.append(f"<p><b>{number}. {html.escape(exercise.name)}</b> — "
                     f"{html.escape(summary)}</p>")
        if exercise.instructions:
            parts.append(_paragraph(exercise.instructions, "margin-left: 16px"))
        if exercise.safety:
            safety = RoutineText.tr("Safety:")
            parts.append(f'<p style="margin-left: 16px; color: {warn_color}"><b>'
                         f"{html.escape(safety)}</b> {html.escape(exercise.safety)}</p>")
    if routine.cooldown is not None:
        cooldown = routine.cooldown
        length = seconds_text(_Values(routine, values).seconds(cooldown.duration))
        heading = RoutineText.tr("Cool-down: {label}").format(label=cooldown.label)
        parts.append(f"<p><b>{html.escape(heading)}</b> — {length}</p>")
        if cooldown.instructions:
            parts.append(_paragraph(cooldown.instructions, "margin-left: 16px"))
    practice = _practice_lines(routine.practice) if routine.practice else []
    if practice:
        how_often = RoutineText.tr("How often")
        parts.append(f"<h3>{html.escape(how_often)}</h3>")
        parts.extend(_paragraph(line) for line in practice)
    if routine.notes:
        notes = RoutineText.tr("Notes")
        parts.append(f"<h3>{html.escape(notes)}</h3><ul>")
        parts.extend(f"<li>{html.escape(note)}</li>" for note in routine.notes)
        parts.append("</ul>")
    if routine.source:
        parts.append(_paragraph(RoutineText.tr("Source: {source}").format(
            source=routine.source), "font-style: italic"))
    return "".join(parts)


def broken_html(error: RoutineError) -> str:
    items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in error.problems)
    intro = html.escape(RoutineText.tr(
        "This routine file could not be loaded, so it cannot be started. Fix these problems "
        "and restart Leg Timer (or run {command}):")).format(
        command="<tt>leg-timer validate FILE</tt>")
    return f"<p>{intro}</p><ul>{items}</ul>"
