"""Importing workouts from other interval-timer apps as Leg Timer routines (Qt-free).

Formats (:data:`FORMATS`): Just Another Workout Timer (``jawt``), OpenHIIT (``openhiit``),
TimeR Machine (``timer-machine``), qintervals (``qintervals``) and Leg Timer's own routine
files (``leg-timer``). :func:`import_files` is all or nothing: every workout of every file is
read and checked with Leg Timer's loader in memory first, and only when all of them pass are
the routine files written, each under a new id (nothing is ever overwritten).
:func:`convert_bytes` does the reading part for one file's bytes, without the disk.
docs/importing.md says what each format maps to.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from leg_timer.authoring.files import write_new_routine
from leg_timer.importers.convert import (
    FORMATS,
    MAX_IMPORT_BYTES,
    Converted,
    convert_bytes,
    too_big_message,
)
from leg_timer.importers.problems import ImportProblem

__all__ = ["FORMATS", "MAX_IMPORT_BYTES", "Converted", "ImportProblem", "Imported",
           "convert_bytes", "import_files", "read_file_bytes"]


@dataclass(frozen=True)
class Imported:
    """A routine written by an import; ``dropped`` is what could not be carried over."""

    id: str
    name: str
    path: Path
    format: str
    dropped: tuple[str, ...]


def read_file_bytes(path: Path, format: str | None = None) -> bytes:
    """The bytes of ``path``, refusing a file over the size limit unread."""
    name = str(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            # A folder, FIFO or device: reading a FIFO would block, /dev/zero never ends.
            raise ImportProblem(name, format, "", "not a regular file")
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_IMPORT_BYTES:
                raise ImportProblem(name, format, "", too_big_message(size))
            data = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportProblem(name, format, "", f"cannot read the file: {error.strerror}") from None
    return data


def import_files(files: Sequence[Path], user_dir: Path, taken: Iterable[str] = (),
                 format: str | None = None, *,
                 write: Callable[[Path, str, str, Iterable[str]], Path] = write_new_routine,
                 ) -> list[Imported]:
    """Import every workout in ``files`` into ``user_dir``, all or nothing.

    ``taken`` are ids that must not be used (the built-in routines); ``format`` skips the
    recognition; ``write`` is how one routine file is written (a test passes one that fails).
    ImportProblem before anything is written when any file fails, and when
    writing fails partway, the files written so far are removed again.
    """
    converted: list[Converted] = []
    for path in files:
        data = read_file_bytes(path, format)
        converted.extend(convert_bytes(data, str(path), format, stem=path.stem))
    used = set(taken)
    written: list[Imported] = []
    try:
        for routine in converted:
            path = write(user_dir, routine.text, routine.wanted_id, used)
            used.add(path.stem)
            written.append(Imported(path.stem, routine.name, path, routine.format,
                                    routine.dropped))
    except OSError as error:
        for done in written:
            done.path.unlink(missing_ok=True)
        raise ImportProblem(str(user_dir), None, "",
                            f"cannot write the routine folder ({error.strerror}); nothing "
                            "was imported") from None
    return written
