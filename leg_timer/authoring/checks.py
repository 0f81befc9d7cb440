"""Checking a draft's text exactly as ``leg-timer validate`` does, and saying which field each
problem belongs to.

:func:`check_text` runs the loader (:func:`leg_timer.core.loader.load_routine_bytes`) on the text
the draft would write, then plans the routine with :func:`leg_timer.core.plan.build_plan`, as the
timer does. Each problem's line and column is found again in the same text (read by the core's
own YAML reader, which keeps every value's place) and turned into the path of the value, key or
mapping that starts there, so the editor can show the message at the field that wrote it.
Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leg_timer.authoring.draft import FieldPath
from leg_timer.core import yamltree
from leg_timer.core.errors import Problem, RoutineError
from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import Plan, PlanLimitError, build_plan
from leg_timer.core.routine import Routine


@dataclass(frozen=True)
class FieldProblem:
    """A loader problem and the path of the field it is about (``()``: the whole routine)."""

    path: FieldPath
    problem: Problem

    @property
    def message(self) -> str:
        return self.problem.message


@dataclass(frozen=True)
class CheckResult:
    routine: Routine | None
    plan: Plan | None
    problems: tuple[FieldProblem, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return not self.problems and self.plan is not None


def check_text(text: str, file_name: str = "draft", routine_id: str = "draft") -> CheckResult:
    """The routine and plan in ``text``, or the problems the loader finds, each with a path."""
    try:
        routine = load_routine_bytes(text.encode("utf-8"), file_name, routine_id)
    except RoutineError as error:
        places = field_places(text)
        return CheckResult(None, None, tuple(
            FieldProblem(places.get((problem.line, problem.column), ()), problem)
            for problem in error.problems))
    try:
        plan = build_plan(routine)
    except (PlanLimitError, ValueError) as error:  # the loader checks limits; be safe anyway
        return CheckResult(routine, None, (FieldProblem((), Problem(file_name, 1, 1, str(error))),))
    return CheckResult(routine, plan)


def field_places(text: str) -> dict[tuple[int, int], FieldPath]:
    """(line, column) -> path of what starts there: a value, else the mapping it opens, else a
    key. A problem reported on a key (an unknown key) points to the mapping that holds it."""
    try:
        root = yamltree.parse(text)
    except yamltree.YamlProblem:
        return {}
    places: dict[tuple[int, int], FieldPath] = {}
    stack: list[tuple[yamltree.Node, FieldPath]] = [(root, ())] if root is not None else []
    while stack:
        node, path = stack.pop()
        places.setdefault((node.line, node.column), path)
        if isinstance(node, yamltree.Mapping):
            for key, value in node.entries:
                child = (*path, key.value if isinstance(key.value, str) else str(key.value))
                stack.append((value, child))
                places.setdefault((key.line, key.column), path)
        elif isinstance(node, yamltree.Sequence):
            for number, item in enumerate(node.items):
                stack.append((item, (*path, number)))
    return places
