"""All routines the user can pick: the built-in ones plus their own folder's.

Loading never stops at a broken file: each file that fails is kept with its errors (for the
command line to print and the window to list), and the rest load. A user routine whose id
matches a built-in one is listed as well, with its id marked as the user's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from leg_timer import resources
from leg_timer.core.errors import RoutineError
from leg_timer.core.loader import load_routine, load_routine_bytes
from leg_timer.core.routine import Routine
from leg_timer.core.suggest import closest


@dataclass
class Library:
    routines: dict[str, Routine] = field(default_factory=dict)
    broken: list[RoutineError] = field(default_factory=list)
    builtin_ids: set[str] = field(default_factory=set)

    def find(self, key: str) -> Routine:
        """The routine with id ``key``; LookupError naming the closest ids otherwise."""
        if key in self.routines:
            return self.routines[key]
        close = closest(key, self.routines, limit=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise LookupError(f"no routine {key!r}.{hint} ('leg-timer list' shows them all)")


def load_library(user_dir: Path | None) -> Library:
    library = Library()
    for entry in resources.builtin_routine_files():
        stem = entry.name.rsplit(".", 1)[0]
        try:
            routine = load_routine_bytes(entry.read_bytes(), f"routines/{entry.name}", stem)
        except RoutineError as error:
            library.broken.append(error)
            continue
        library.routines[routine.id] = routine
        library.builtin_ids.add(routine.id)
    if user_dir is not None:
        for path in user_routine_files(user_dir):
            try:
                routine = load_routine(path)
            except RoutineError as error:
                library.broken.append(error)
                continue
            if routine.id in library.routines:
                routine = dataclasses.replace(routine, id=f"user:{routine.id}")
            library.routines[routine.id] = routine
    return library


def user_routine_files(user_dir: Path) -> Iterable[Path]:
    if not user_dir.is_dir():
        return []
    return sorted(
        path for path in user_dir.iterdir()
        if path.suffix in (".yaml", ".yml") and path.is_file()
    )
