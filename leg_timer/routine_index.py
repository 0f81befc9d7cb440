"""The user's routine folder, listed through a cached index so thousands of files list fast.

A list row needs a routine's name, total time, tags and description, not the whole routine,
so :class:`FolderScan` keeps a :class:`Summary` of each file in one JSON file under the state
folder, keyed by file name, size and modification time: a file that has not changed is not
parsed again, and the full routine is read only when someone opens, plans or runs it.

The index is a cache and nothing else: unreadable, from another version, for another folder
or impossible to write, it is ignored and rebuilt, never an error for the user. It is written
atomically (a temporary file, then ``os.replace``) and only when something changed.

Every ``*.yaml``/``*.yml`` entry of the folder is listed: one that is not a loadable routine
(a symbolic link loop, a FIFO or device, a folder named like a routine file, an unreadable,
oversized or invalid file) comes back with its reason, never hidden. A FIFO is never opened
(it would block). The scan runs in steps of a given time budget, so a window can list a big
folder between its paints.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import logging
import os
import stat
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from leg_timer.atomic_files import replace_atomically
from leg_timer.core.errors import Problem, RoutineError
from leg_timer.core.plan import PlanLimitError, build_plan, seconds_of
from leg_timer.core.routine import Routine

log = logging.getLogger(__name__)

ROUTINE_SUFFIXES = (".yaml", ".yml")
# Bump when the stored entries change shape or meaning; an index of another format (or of
# another routine format version) is ignored and rebuilt. 2: each entry keeps the routine's
# texts in every language its file translates (so switching language reads no file).
INDEX_FORMAT = 2
SAVE_STEP_ENTRIES = 400


@dataclass(frozen=True)
class Texts:
    """What a list row shows of a routine in one language."""

    name: str
    description: str
    exercises: tuple[str, ...]

    def to_json(self) -> list[Any]:
        return [self.name, self.description, list(self.exercises)]

    @classmethod
    def from_json(cls, data: list[Any]) -> Texts:
        name, description, exercises = data
        return cls(str(name), str(description), tuple(map(str, exercises)))

    @classmethod
    def of(cls, routine: Routine) -> Texts:
        return cls(routine.name, routine.description, tuple(e.name for e in routine.exercises))


@dataclass(frozen=True)
class Summary:
    """What a list row shows of a routine, and what a search looks through.

    ``name``, ``description`` and ``exercises`` are in ``language`` ("" for the file's own
    words); ``texts`` keeps them in every language the file has (``""`` first), so
    :meth:`in_language` switches without reading the file again.
    """

    id: str
    name: str
    total_s: float  # at the default values, with the routine's own get-ready time
    manual_sets: int
    prepare_s: float  # the routine's own get-ready time at its defaults
    tags: tuple[str, ...]
    description: str
    exercises: tuple[str, ...]  # exercise names, for the search
    path: str
    language: str = ""
    texts: tuple[tuple[str, Texts], ...] = ()

    def in_language(self, language: str) -> Summary:
        """This summary with its words in ``language`` (the file's own where it has none)."""
        texts = dict(self.texts)
        chosen = texts.get(language) or texts.get("")
        if chosen is None or language == self.language:
            return self
        return dataclasses.replace(self, name=chosen.name, description=chosen.description,
                                   exercises=chosen.exercises, language=language)

    @classmethod
    def of(cls, routine: Routine, language: str | None = None) -> Summary:
        """The summary of a routine read in full (its plan at the defaults), in
        ``language`` (None: the routine's)."""
        if language is None:
            language = routine.language
        routine = routine.original or routine
        try:
            plan = build_plan(routine)
            total_s, manual_sets = plan.total_s, plan.manual_sets
        except PlanLimitError:  # the loader refuses these; kept safe for built routines
            total_s, manual_sets = 0.0, 0
        prepare_s = seconds_of(routine, routine.default_values(), routine.prepare)
        texts = (("", Texts.of(routine)),
                 *((code, Texts.of(routine.in_language(code))) for code in routine.text_languages))
        summary = cls(routine.id, routine.name, total_s, manual_sets, prepare_s, routine.tags,
                      routine.description, tuple(e.name for e in routine.exercises),
                      routine.path, "", texts)
        return summary.in_language(language)

    def to_json(self) -> list[Any]:
        own = self.in_language("")
        return [own.name, self.total_s, self.manual_sets, self.prepare_s, list(self.tags),
                own.description, list(own.exercises),
                {code: texts.to_json() for code, texts in self.texts if code}]

    @classmethod
    def from_json(cls, data: list[Any], routine_id: str, path: str) -> Summary:
        name, total_s, manual_sets, prepare_s, tags, description, exercises, translated = data
        own = Texts(str(name), str(description), tuple(map(str, exercises)))
        texts = (("", own), *((str(code), Texts.from_json(each))
                              for code, each in dict(translated).items()))
        return cls(routine_id, own.name, float(total_s), int(manual_sets), float(prepare_s),
                   tuple(map(str, tags)), own.description, own.exercises, path, "", texts)


@dataclass(frozen=True)
class Found:
    """One routine file of the folder as listed: its summary, or why it cannot be used."""

    name: str  # the file name, e.g. ``squats.yaml``; the routine's id is its stem
    summary: Summary | None
    error: RoutineError | None

    @property
    def stem(self) -> str:
        return self.name.rsplit(".", 1)[0]


def load_routine(path: Path) -> Routine:
    """The routine file ``path`` read in full (:func:`leg_timer.core.loader.load_routine`).

    The loader, and PyYAML with it, is imported here, when a file is first parsed, not when
    this module is: the window imports this module before its first paint and parses nothing
    then (the built-ins come from :mod:`leg_timer.library`'s cache, the folder is listed
    after the paint; docs/performance.md, start-up).
    """
    from leg_timer.core import loader

    return loader.load_routine(path)


def routine_format() -> int:
    """The routine format version the loader reads (an index of another one is rebuilt)."""
    from leg_timer.core import loader

    return loader.FORMAT_VERSION


def is_routine_name(name: str) -> bool:
    return name.endswith(ROUTINE_SUFFIXES) and len(name) > len(".yml")


def entry_problem(path: Path) -> tuple[os.stat_result | None, str]:
    """The entry's status (following links) and why it cannot be a routine file ("" when
    it may be): looked at with stat only, so a FIFO or device is never opened."""
    try:
        info = path.stat()
    except OSError as error:
        if error.errno == errno.ELOOP:
            return None, "symbolic link loop"
        if error.errno == errno.ENOENT and path.is_symlink():
            return None, "symbolic link to a file that does not exist"
        return None, f"cannot read file: {error.strerror}"
    if stat.S_ISDIR(info.st_mode):
        return info, "a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return info, "not a regular file"
    return info, ""


def read_user_file(path: Path) -> Routine:
    """The routine in the user's file ``path``; RoutineError saying why not otherwise."""
    _info, problem = entry_problem(path)
    if problem:
        raise RoutineError([Problem(str(path), 0, 0, problem)])
    return load_routine(path)


def user_files(folder: Path) -> list[str]:
    """The names of the routine entries in ``folder`` (files or not), sorted; none when the
    folder cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.name for entry in entries if is_routine_name(entry.name))
    except OSError:
        return []


class RoutineIndex:
    """The stored index: file name -> (size, mtime_ns, summary or problems)."""

    def __init__(self, file: Path | None, folder: Path) -> None:
        self.file = file
        self.folder = str(folder)
        self.entries: dict[str, list[Any]] = {}
        self.changed = False

    @classmethod
    def load(cls, file: Path | None, folder: Path) -> RoutineIndex:
        index = cls(file, folder)
        if file is None:
            return index
        try:
            data = json.loads(file.read_bytes())
            if (isinstance(data, dict) and data.get("format") == INDEX_FORMAT
                    and data.get("routine_format") == routine_format()
                    and data.get("folder") == index.folder
                    and isinstance(data.get("entries"), dict)):
                index.entries = data["entries"]
        except (OSError, ValueError, UnicodeDecodeError) as error:
            if not isinstance(error, FileNotFoundError):
                log.info("routine index %s not used: %s", file, error)
        return index

    def lookup(self, name: str, info: os.stat_result) -> Found | None:
        """What the index knows of ``name`` when its size and mtime still match."""
        entry = self.entries.get(name)
        try:
            if (not isinstance(entry, list) or len(entry) != 4 or entry[0] != info.st_size
                    or entry[1] != info.st_mtime_ns):
                return None
            path = str(Path(self.folder) / name)
            if entry[2] is not None:
                return Found(name, Summary.from_json(entry[2], name.rsplit(".", 1)[0], path),
                             None)
            problems = [Problem(path, int(line), int(column), str(message))
                        for line, column, message in entry[3]]
            return Found(name, None, RoutineError(problems))
        except (TypeError, ValueError):  # an entry of another shape: parse the file again
            return None

    def remember(self, found: Found, info: os.stat_result) -> None:
        summary = found.summary.to_json() if found.summary is not None else None
        problems = ([[p.line, p.column, p.message] for p in found.error.problems]
                    if found.error is not None else None)
        self.entries[found.name] = [info.st_size, info.st_mtime_ns, summary, problems]
        self.changed = True

    def keep_only(self, names: set[str]) -> None:
        """Forget the files that are gone."""
        gone = [name for name in self.entries if name not in names]
        for name in gone:
            del self.entries[name]
        self.changed = self.changed or bool(gone)

    def save(self) -> None:
        """Write the index if it changed: atomically, and silently not when it cannot be."""
        for _ in self.save_steps():
            pass

    def save_steps(self) -> Iterator[None]:
        """:meth:`save` in steps: it pauses after encoding each few hundred entries (a few
        milliseconds), so a window can save thousands between its paints."""
        if self.file is None or not self.changed:
            return
        header = {"format": INDEX_FORMAT, "routine_format": routine_format(),
                  "folder": self.folder}
        parts = [json.dumps(header, ensure_ascii=False)[:-1], ',"entries":{']
        for number, (name, entry) in enumerate(self.entries.items()):
            parts.append(("," if number else "") + json.dumps(name, ensure_ascii=False) + ":"
                         + json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
            if number % SAVE_STEP_ENTRIES == SAVE_STEP_ENTRIES - 1:
                yield
        parts.append("}}")
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(self.file, "".join(parts).encode("utf-8"), durable=False)
            self.changed = False
        except OSError as error:  # a cache: a read-only state folder only costs speed
            log.info("routine index %s not written: %s", self.file, error)


class FolderScan:
    """Lists the user's routine folder against the index, a time budget at a time.

    :meth:`step` returns what it found since the last call; once :attr:`finished`, the index
    has been saved. :attr:`done` of :attr:`total` entries are listed so far.
    """

    def __init__(self, folder: Path, index_file: Path | None) -> None:
        self.folder = folder
        self.index_file = index_file
        self._names: list[str] | None = None
        self._index: RoutineIndex | None = None
        self._stems: dict[str, str] = {}
        self._saving: Iterator[None] | None = None
        self.done = 0
        self.finished = False

    @property
    def total(self) -> int:
        return len(self._names) if self._names is not None else 0

    def step(self, budget_s: float | None = None, limit: int | None = None) -> list[Found]:
        """List entries until ``budget_s`` of time is spent or ``limit`` entries are listed
        (all of them without either). With a budget, reading the folder's names and reading
        the index are steps of their own (each a few milliseconds for thousands of files)."""
        started = time.perf_counter()
        if self._names is None:
            self._names = user_files(self.folder)
            if budget_s is not None:
                return []
        if self._index is None:
            self._index = RoutineIndex.load(self.index_file, self.folder)
            if budget_s is not None:
                return []
        found: list[Found] = []
        while self.done < len(self._names):
            if found and ((budget_s is not None and time.perf_counter() - started > budget_s)
                          or (limit is not None and len(found) >= limit)):
                return found
            found.append(self._one(self._names[self.done], self._index))
            self.done += 1
        if found and budget_s is not None:
            return found
        if self._saving is None:
            self._index.keep_only(set(self._names))
            self._saving = self._index.save_steps()
        for _ in self._saving:
            if budget_s is not None:
                return found  # saving a part of the index is a step of its own
        self.finished = True
        return found

    def run(self) -> list[Found]:
        return self.step(None)

    def _one(self, name: str, index: RoutineIndex) -> Found:
        path = self.folder / name
        stem = name.rsplit(".", 1)[0]
        other = self._stems.setdefault(stem, name)
        if other != name:
            return Found(name, None, RoutineError([Problem(
                str(path), 0, 0, f"{other} has the same id ({stem}); rename one of them")]))
        info, problem = entry_problem(path)
        if problem or info is None:
            return Found(name, None, RoutineError([Problem(str(path), 0, 0, problem)]))
        known = index.lookup(name, info)
        if known is not None:
            return known
        try:
            found = Found(name, Summary.of(load_routine(path)), None)
        except RoutineError as error:
            if any(p.message.startswith("cannot read file") for p in error.problems):
                return Found(name, None, error)  # unreadable now, maybe not later: not kept
            found = Found(name, None, error)
        index.remember(found, info)
        return found
