"""Where the loader's problems are shown: under the field whose path is the longest start of
the problem's path (``exercises/2/work`` under the amount field of exercise 3, ``tags/1``
under the tags), and how the problem list words them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from leg_timer.authoring.checks import FieldProblem
from leg_timer.authoring.draft import FieldPath
from leg_timer.core.translation import translate
from leg_timer.ui.editor.section import FormSection, Row


def where(path: FieldPath) -> str:
    """A place in words: ``exercise 2 work``, ``cooldown duration``, ``routine``."""
    if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
        return " ".join([translate("Editor", "exercise {number}").format(number=path[1] + 1),
                         *(str(part) for part in path[2:])])
    return " ".join(str(part) for part in path) or translate("Editor", "routine")


def problem_text(problem: FieldProblem) -> str:
    """A problem as the list shows it: the loader's words (those of ``leg-timer validate``),
    its line, and the exercise's number when it is in one (names can repeat)."""
    path = problem.path
    head = translate("Editor", "line {line}: ").format(line=problem.problem.line)
    if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
        head += translate("Editor", "Exercise {number}: ").format(number=path[1] + 1)
    return head + problem.message


def row_for(rows: Iterable[Row], path: FieldPath) -> Row | None:
    """The row whose path is the longest start of ``path`` (None: no field shows it)."""
    best: Row | None = None
    best_length = -1
    for row in rows:
        own = row.path_of()
        if path[:len(own)] == own and len(own) > best_length:
            best, best_length = row, len(own)
    return best


def place_problems(sections: Sequence[FormSection], problems: Iterable[FieldProblem]) -> None:
    """Show each problem under its field in ``sections``; clear the others."""
    rows = [row for section in sections for row in section.rows]
    placed: dict[int, list[str]] = {}
    for problem in problems:
        row = row_for(rows, problem.path)
        if row is not None:
            placed.setdefault(id(row), []).append(problem.message)
    by_path = {row.path_of(): placed.get(id(row), []) for row in rows}
    for section in sections:
        section.show_problems(lambda path: by_path.get(path, []))
