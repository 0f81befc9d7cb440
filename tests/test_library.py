"""The built-in routines' cache (leg_timer/library.py): a start that finds it parses nothing
and imports neither the routine loader nor PyYAML, and hands out the very routines and list
rows that parsing gives; a stale, broken or unwritable cache only costs the parse."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from leg_timer import library
from leg_timer.core.errors import RoutineError
from leg_timer.core.routine import Routine
from leg_timer.library import Library, open_library
from leg_timer.routine_index import Summary


@pytest.fixture
def index_file(tmp_path: Path) -> Path:
    (tmp_path / "state").mkdir()  # the log makes it on a window's first start
    return tmp_path / "state" / "routine-index.json"


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many built-in files each parse of the built-ins read."""
    counts: list[int] = []
    parse = library.parse_builtins

    def counting(entries: Any) -> tuple[list[Routine], list[RoutineError]]:
        counts.append(len(entries))
        return parse(entries)

    monkeypatch.setattr(library, "parse_builtins", counting)
    return counts


def same(first: Library, second: Library) -> None:
    assert list(first.routines) == list(second.routines)
    assert first.routines == second.routines
    assert all(first.routines[key].original == second.routines[key].original
               for key in first.routines)
    assert list(first.listed.items()) == list(second.listed.items())
    assert first.builtin_ids == second.builtin_ids and not first.broken and not second.broken


@pytest.mark.parametrize("language", ["en", "fr", "zh"])
def test_a_second_start_reads_the_cache_and_gets_the_same_routines(
        index_file: Path, parses: list[int], language: str) -> None:
    parsed = open_library(None, index_file, language)
    assert parses == [8] and library.builtin_cache_file(index_file).is_file()
    cached = open_library(None, index_file, language)
    assert parses == [8]  # not parsed again
    same(cached, parsed)
    same(cached, open_library(None, None, language))  # no index: no cache, parsed
    assert parses == [8, 8]
    for key, routine in cached.routines.items():  # each row as the routine's own summary
        assert cached.listed[key] == Summary.of(routine.original or routine, language)


def test_switching_language_after_a_cached_start_reads_no_file(index_file: Path) -> None:
    open_library(None, index_file, "en")
    cached = open_library(None, index_file, "en")
    cached.relocalise("fr")
    same(cached, open_library(None, None, "fr"))


def test_a_cached_start_imports_neither_the_loader_nor_pyyaml(index_file: Path) -> None:
    script = ("import json, sys; from pathlib import Path; "
              "from leg_timer.library import open_library; "
              "found = open_library(None, Path(sys.argv[1]), 'en'); "
              "print(json.dumps([len(found.routines), 'yaml' in sys.modules, "
              "'leg_timer.core.loader' in sys.modules]))")

    def start() -> list[Any]:
        result = subprocess.run([sys.executable, "-c", script, str(index_file)],
                                capture_output=True, text=True, timeout=60, check=True)
        answer: list[Any] = json.loads(result.stdout)
        return answer

    assert start() == [8, True, True]  # the first start parses, and writes the cache
    assert start() == [8, False, False]


def test_a_stale_cache_is_parsed_again_and_replaced(index_file: Path, parses: list[int],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    open_library(None, index_file, "en")
    stamp = library.builtin_stamp
    # Another version of a built-in file (or of the code that reads them) says another stamp.
    monkeypatch.setattr(library, "builtin_stamp", lambda entries: [*stamp(entries), "changed"])
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    assert parses == [8, 8, 8]
    open_library(None, index_file, "en")
    assert parses == [8, 8, 8]  # the new stamp was written


@pytest.mark.parametrize("content", [
    b"", b"not a pickle", pickle.dumps(["a", "list"]),
    pickle.dumps({"stamp": None, "routines": []}),
    b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x08no.such\x94",  # cut short
])
def test_a_broken_cache_is_parsed_again_and_replaced(index_file: Path, parses: list[int],
                                                     content: bytes) -> None:
    cache = library.builtin_cache_file(index_file)
    assert cache is not None
    cache.write_bytes(content)
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    assert parses == [8, 8]
    open_library(None, index_file, "en")
    assert parses == [8, 8]


def test_a_cache_of_other_objects_is_not_used(index_file: Path, parses: list[int]) -> None:
    open_library(None, index_file, "en")
    cache = library.builtin_cache_file(index_file)
    assert cache is not None
    data = pickle.loads(cache.read_bytes())
    data["routines"] = [("not a routine", summary) for _routine, summary in data["routines"]]
    cache.write_bytes(pickle.dumps(data))
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    assert parses == [8, 8, 8]


def test_a_cache_that_cannot_be_written_costs_only_the_parse(tmp_path: Path,
                                                             parses: list[int]) -> None:
    (tmp_path / "state").write_text("a file where the folder would be")
    index_file = tmp_path / "state" / "routine-index.json"
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    assert parses == [8, 8, 8, 8]


def test_the_cache_makes_no_folder(tmp_path: Path, parses: list[int]) -> None:
    """A folder that does not exist (a home that is not there, a state folder the log has
    not made yet) is left so: the folder checks tell the person, the next start caches."""
    index_file = tmp_path / "home" / "state" / "routine-index.json"
    same(open_library(None, index_file, "en"), open_library(None, None, "en"))
    assert not (tmp_path / "home").exists()
    index_file.parent.mkdir(parents=True)
    open_library(None, index_file, "en")
    open_library(None, index_file, "en")
    assert parses == [8, 8, 8]


def test_broken_built_ins_are_listed_and_never_cached(index_file: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    parse = library.parse_builtins

    def one_broken(entries: Any) -> tuple[list[Routine], list[RoutineError]]:
        routines, errors = parse(entries)
        return routines[1:], [*errors, RoutineError([])]

    monkeypatch.setattr(library, "parse_builtins", one_broken)
    found = open_library(None, index_file, "en")
    assert len(found.routines) == 7 and len(found.broken) == found.builtin_broken == 1
    assert not library.builtin_cache_file(index_file).exists()
