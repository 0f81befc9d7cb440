"""Problems found in user input, with the place they were found.

A routine file is checked as a whole: every problem is collected as a :class:`Problem` and one
:class:`RoutineError` carries them all, so a user fixes a file in one pass instead of one
error at a time.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file; ``line`` and ``column`` are 1-based (0 = unknown)."""

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class RoutineError(Exception):
    """A routine could not be loaded or planned; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems))


class ParameterError(ValueError):
    """A value chosen for a routine parameter is unknown, malformed or out of range."""
