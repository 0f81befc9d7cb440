"""All routines the user can pick: the built-in ones plus their own folder's.

The built-ins are read at once (a few small files shipped with the app). The user's folder is
listed only when a list is wanted, through the cached index of :mod:`leg_timer.routine_index`
(at once by :func:`load_library`, or step by step by the window), and a user routine is read
in full only when it is opened, planned or run. Finding a routine by id never lists the
folder: a user routine's id is its file stem, so an id is a built-in one or names the file
``ID.yaml`` (or ``ID.yml``) directly.

Listing never stops at a broken entry: each one that fails is kept with its errors (for the
command line to print and the window to list), and the rest are listed. A user routine whose
id matches a built-in one is listed as well, with its id marked as the user's (``user:ID``).

Every routine and list row comes in the library's :attr:`Library.language`: names,
descriptions, instructions and notes from the file's ``translations:`` block where it has
them (docs/routine-format.md), its own words elsewhere; ids and numbers never change.
:meth:`Library.relocalise` switches language without reading any file again.

The built-ins parsed, with their list rows, are kept in a cache file beside the user folder's
index (:func:`builtin_cache_file`): a start whose built-in files and parsing code have not
changed reads that (under 1 ms) instead of parsing them (10-14 ms), and does not import the
routine loader (nor PyYAML, unless something else does; docs/performance.md, start-up). Like
the index, it is a cache and nothing else: missing, unreadable, stale or impossible to write,
the built-ins are parsed as before, never an error for the user. It is written only into a
state folder that exists, so it never makes a folder.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
import stat
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from leg_timer import languages, resources
from leg_timer.atomic_files import replace_atomically
from leg_timer.core.errors import RoutineError
from leg_timer.core.routine import Routine
from leg_timer.core.suggest import closest
from leg_timer.metadata import metadata
from leg_timer.routine_index import (
    ROUTINE_SUFFIXES,
    FolderScan,
    Found,
    Summary,
    read_user_file,
    user_files,
)

log = logging.getLogger(__name__)

USER_PREFIX = "user:"
BUILTIN_CACHE_NAME = "builtin-routines.pickle"
# Bump when what the cache holds changes shape (its stamp already covers the routine files,
# the code that parses and summarises them, the app's and Python's versions).
BUILTIN_CACHE_FORMAT = 1


@dataclass
class Library:
    routines: dict[str, Routine] = field(default_factory=dict)  # read in full, by id
    broken: list[RoutineError] = field(default_factory=list)
    builtin_ids: set[str] = field(default_factory=set)
    user_dir: Path | None = None
    index_file: Path | None = None  # the cached index of user_dir (None: no cache)
    listed: dict[str, Summary] = field(default_factory=dict)  # every routine listed, by id
    user_listed: bool = False  # whether user_dir has been listed into `listed` and `broken`
    builtin_broken: int = 0  # the first entries of `broken` are built-ins, the rest the user's
    language: str = ""  # the language of every text handed out ("": each file's own words)

    def key_for(self, stem: str) -> str:
        """The id of the user file with this stem (``user:ID`` when a built-in is ID)."""
        return f"{USER_PREFIX}{stem}" if stem in self.builtin_ids else stem

    def is_builtin(self, key: str) -> bool:
        return key in self.builtin_ids

    def scan(self) -> FolderScan | None:
        """A listing of the user folder to run (None without one); give what it finds to
        :meth:`add`."""
        if self.user_dir is None:
            return None
        return FolderScan(self.user_dir, self.index_file)

    def add(self, found: Found) -> str:
        """Take in one listed user file; its id, or ``broken:N`` (its place in ``broken``)."""
        if found.summary is None:
            assert found.error is not None
            self.broken.append(found.error)
            return f"broken:{len(self.broken) - 1}"
        key = self.key_for(found.stem)
        summary = found.summary.in_language(self.language)
        self.listed[key] = dataclasses.replace(summary, id=key) if summary.id != key else summary
        return key

    def user_keys(self) -> list[str]:
        """The ids of the user routines listed (not the broken entries)."""
        return [key for key in self.listed if key not in self.builtin_ids]

    def relist_user(self, found: list[Found]) -> None:
        """Replace what was listed of the user folder with ``found`` (a new scan: the index
        keeps it quick). User routines read in full are forgotten, to be read again."""
        for key in self.user_keys():
            del self.listed[key]
        for key in [key for key in self.routines if key not in self.builtin_ids]:
            del self.routines[key]
        del self.broken[self.builtin_broken:]
        for each in found:
            self.add(each)
        self.user_listed = True

    def list_user_folder(self) -> None:
        scan = self.scan()
        if scan is not None:
            for found in scan.run():
                self.add(found)
        self.user_listed = True

    def user_file(self, key: str) -> Path | None:
        """The user file that id ``key`` names, if there is an entry by that name."""
        if self.user_dir is None or key in self.builtin_ids:
            return None
        stem = key.removeprefix(USER_PREFIX) if key.startswith(USER_PREFIX) else key
        if key.startswith(USER_PREFIX) and stem not in self.builtin_ids:
            return None  # only a file shadowing a built-in is called user:ID
        if not stem or stem in (".", "..") or "/" in stem or "\\" in stem:
            return None
        for suffix in ROUTINE_SUFFIXES:
            path = self.user_dir / f"{stem}{suffix}"
            if path.exists() or path.is_symlink():
                return path
        return None

    def find(self, key: str) -> Routine:
        """The routine with id ``key``; LookupError naming the closest ids otherwise, and
        RoutineError for a user file that cannot be loaded. A user file is read again each
        time (it may have been edited), found directly by its name, never by a listing."""
        if key in self.builtin_ids:
            return self.routines[key]
        path = self.user_file(key)
        if path is not None:
            routine = read_user_file(path)
            if routine.id != key:
                routine = dataclasses.replace(routine, id=key)
            routine = routine.in_language(self.language)
            self.routines[key] = routine
            return routine
        known = set(self.listed) | self.builtin_ids
        if not self.user_listed and self.user_dir is not None:  # only names: nothing read
            known |= {self.key_for(name.rsplit(".", 1)[0]) for name in user_files(self.user_dir)}
        close = closest(key, sorted(known), limit=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise LookupError(f"no routine {key!r}.{hint} ('leg-timer list' shows them all)")

    def relocalise(self, language: str) -> None:
        """Hand out every routine and list row in ``language`` from now on (a code of
        :data:`leg_timer.languages.AVAILABLE`; the window calls this when the person picks
        another language). Reads no file: the routines read and the rows listed keep their
        texts in every language their files have. Ids stay the same, so a selection, a
        running workout's plan or a history record keeps pointing at the same routine."""
        self.language = language
        for key, routine in self.routines.items():  # in place: same keys, same order
            self.routines[key] = routine.in_language(language)
        for key, summary in self.listed.items():
            self.listed[key] = summary.in_language(language)

    def routine(self, key: str) -> Routine:
        """The routine with id ``key``, read once (the picker's): as :meth:`find`."""
        routine = self.routines.get(key)
        return routine if routine is not None else self.find(key)


def open_library(user_dir: Path | None, index_file: Path | None = None,
                 language: str | None = None) -> Library:
    """The built-in routines, with the user folder known but not yet listed, in ``language``
    (None: the system's, :func:`leg_timer.languages.current_language`)."""
    if language is None:
        language = languages.current_language()
    library = Library(user_dir=user_dir, index_file=index_file, language=language)
    entries = resources.builtin_routine_files()
    cache_file = builtin_cache_file(index_file)
    stamp = builtin_stamp(entries) if cache_file is not None else None
    cached = read_builtin_cache(cache_file, stamp)
    if cached is None:
        routines, errors = parse_builtins(entries)
        cached = [(routine, Summary.of(routine, "")) for routine in routines]
        library.broken.extend(errors)
        if not errors and cache_file is not None and stamp is not None:
            write_builtin_cache(cache_file, stamp, cached)
    for routine, summary in cached:
        library.routines[routine.id] = routine.in_language(language)
        library.builtin_ids.add(routine.id)
        library.listed[routine.id] = summary.in_language(language)
    library.builtin_broken = len(library.broken)
    return library


def parse_builtins(entries: Sequence[Traversable]) -> tuple[list[Routine], list[RoutineError]]:
    """The built-in files parsed, in their order, and the errors of those that cannot be."""
    from leg_timer.core.loader import load_routine_bytes  # and PyYAML: only when parsing

    routines: list[Routine] = []
    errors: list[RoutineError] = []
    for entry in entries:
        stem = entry.name.rsplit(".", 1)[0]
        try:
            routines.append(load_routine_bytes(entry.read_bytes(), f"routines/{entry.name}",
                                               stem))
        except RoutineError as error:
            errors.append(error)
    return routines, errors


def builtin_cache_file(index_file: Path | None) -> Path | None:
    """Where the parsed built-ins are cached: beside the user folder's index (None: no cache,
    as without an index)."""
    return index_file.with_name(BUILTIN_CACHE_NAME) if index_file is not None else None


def _file_stamps(paths: Sequence[tuple[str, str]]) -> list[Any]:
    """Name, size and modification time of each (name, path); None for one that cannot be
    looked at."""
    stamps: list[Any] = []
    for name, path in paths:
        try:
            info = Path(path).stat()
        except OSError:
            stamps.append([name, None])
        else:
            stamps.append([name, info.st_size, info.st_mtime_ns])
    return stamps


def builtin_stamp(entries: Sequence[Traversable]) -> list[Any] | None:
    """What the cached built-ins depend on: each built-in file (name, size, mtime), the code
    that parses and summarises them (the modules of leg_timer.core, this one and the index's:
    a bundle without the sources has the version to stand for them), the app's version and
    Python's. None (no cache) when a built-in file is not a file on the disk."""
    try:
        version = metadata().version
    except (OSError, KeyError, ValueError):  # no readable metadata: no cache, never an error
        return None
    files = [(entry.name, str(entry)) for entry in entries]
    if not all(Path(path).is_absolute() for _, path in files):
        return None
    stamps = _file_stamps(files)
    if any(len(stamp) != 3 for stamp in stamps):
        return None
    package = Path(__file__).parent
    code: list[tuple[str, str]] = []
    try:
        with os.scandir(package / "core") as found:
            code = sorted((f"core/{each.name}", each.path) for each in found
                          if each.name.endswith(".py"))
    except OSError:
        pass
    code += [(name, str(package / name)) for name in ("library.py", "routine_index.py")]
    return [BUILTIN_CACHE_FORMAT, version, list(sys.version_info[:3]), stamps,
            _file_stamps(code)]


def read_builtin_cache(file: Path | None, stamp: list[Any] | None
                       ) -> list[tuple[Routine, Summary]] | None:
    """The built-ins (each with its list row in the files' own words) from the cache, when
    it was made for ``stamp``; None otherwise."""
    if file is None or stamp is None:
        return None
    try:
        data = pickle.loads(file.read_bytes())
        if not (isinstance(data, dict) and data.get("stamp") == stamp):
            return None
        pairs = [(routine, summary) for routine, summary in data["routines"]]
        if not all(isinstance(routine, Routine) and isinstance(summary, Summary)
                   and routine.id == summary.id for routine, summary in pairs):
            return None
        return pairs
    except FileNotFoundError:
        return None
    except Exception as error:  # a cache: whatever is wrong with it, parse the files instead
        log.info("built-in routine cache %s not used: %s", file, error)
        return None


def write_builtin_cache(file: Path, stamp: list[Any],
                        routines: Sequence[tuple[Routine, Summary]]) -> None:
    """Keep ``routines`` (the built-ins as parsed, each with its list row in the files' own
    words) for the next start: atomically, and silently not when it cannot be. Only into a
    folder that exists: a cache never makes a folder (an unusable home or base folder is
    told to the person as it is, leg_timer.paths.folder_problem), so the very first start,
    before the log has made the state folder, leaves the cache to the next one."""
    try:
        if not stat.S_ISDIR(file.parent.stat().st_mode):
            return
        data = pickle.dumps({"stamp": stamp, "routines": list(routines)},
                            protocol=pickle.HIGHEST_PROTOCOL)
        replace_atomically(file, data, durable=False)
    except FileNotFoundError:  # no state folder yet: the next start caches
        return
    except (OSError, pickle.PicklingError, TypeError) as error:  # a cache: only costs speed
        log.info("built-in routine cache %s not written: %s", file, error)


def load_library(user_dir: Path | None, index_file: Path | None = None,
                 language: str | None = None) -> Library:
    """The built-in routines and every entry of the user folder, listed (in ``language``,
    as :func:`open_library`)."""
    library = open_library(user_dir, index_file, language)
    library.list_user_folder()
    return library
