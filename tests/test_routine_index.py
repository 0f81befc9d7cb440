"""The cached index of the user's routine folder, and entries that cannot be routines: each
listed with its reason (symbolic link loops, FIFOs, folders named like routine files...)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from leg_timer import routine_index
from leg_timer.core.loader import load_routine
from leg_timer.core.routine import Routine
from leg_timer.library import load_library, open_library
from leg_timer.routine_index import FolderScan, RoutineIndex

ROUTINE = """\
version: 1
name: {name}
description: Squats for {name}.
tags: [strength]
prepare: 5s
exercises:
  - name: Squat
    work: 30s
    rest: 10s
  - name: Lunge
    work: 20s
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "routines"
    folder.mkdir()
    for name in ("alpha", "beta", "gamma"):
        (folder / f"{name}.yaml").write_text(ROUTINE.format(name=name.capitalize()))
    return folder


@pytest.fixture
def index_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / "routine-index.json"


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the index module parses, in order."""
    names: list[str] = []

    def counting(path: Path) -> Routine:
        names.append(path.name)
        return load_routine(path)

    monkeypatch.setattr(routine_index, "load_routine", counting)
    return names


def listed(folder: Path, index_file: Path | None) -> dict[str, str]:
    """File name -> routine name, or "!" and the first problem, after one full scan."""
    found = FolderScan(folder, index_file).run()
    return {each.name: each.summary.name if each.summary else
            f"!{each.error.problems[0].message}" if each.error else "?" for each in found}


def test_a_file_that_has_not_changed_is_not_parsed_again(folder: Path, index_file: Path,
                                                          parsed: list[str]) -> None:
    first = listed(folder, index_file)
    assert first == {"alpha.yaml": "Alpha", "beta.yaml": "Beta", "gamma.yaml": "Gamma"}
    assert parsed == ["alpha.yaml", "beta.yaml", "gamma.yaml"] and index_file.is_file()
    parsed.clear()
    written = index_file.stat().st_mtime_ns
    assert listed(folder, index_file) == first
    assert parsed == []
    assert index_file.stat().st_mtime_ns == written  # nothing changed: not written again
    summary = FolderScan(folder, index_file).run()[0].summary
    assert summary is not None
    assert (summary.id, summary.total_s, summary.prepare_s, summary.tags) == (
        "alpha", 65.0, 5.0, ("strength",))
    assert summary.exercises == ("Squat", "Lunge")
    assert summary.path == str(folder / "alpha.yaml")


def test_a_change_of_size_or_mtime_is_parsed_again(folder: Path, index_file: Path,
                                                   parsed: list[str]) -> None:
    listed(folder, index_file)
    parsed.clear()
    (folder / "alpha.yaml").write_text(ROUTINE.format(name="Alpha two"))  # size changes
    beta = folder / "beta.yaml"
    info = beta.stat()
    beta.write_text(ROUTINE.format(name="Betb"))  # same size...
    os.utime(beta, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))  # ...a later mtime
    assert listed(folder, index_file) == {"alpha.yaml": "Alpha two", "beta.yaml": "Betb",
                                          "gamma.yaml": "Gamma"}
    assert parsed == ["alpha.yaml", "beta.yaml"]


def test_removed_files_leave_the_index(folder: Path, index_file: Path) -> None:
    listed(folder, index_file)
    (folder / "beta.yaml").unlink()
    assert list(listed(folder, index_file)) == ["alpha.yaml", "gamma.yaml"]
    entries = json.loads(index_file.read_text())["entries"]
    assert sorted(entries) == ["alpha.yaml", "gamma.yaml"]


@pytest.mark.parametrize("content", [
    b"{not json", b"\xff\xfe", b"[]", b'{"format": 999, "entries": {}}',
    b'{"format": 1, "routine_format": 1, "folder": "/elsewhere", "entries": {}}',
])
def test_a_corrupt_or_foreign_index_is_ignored_and_rebuilt(folder: Path, index_file: Path,
                                                           parsed: list[str],
                                                           content: bytes) -> None:
    index_file.parent.mkdir()
    index_file.write_bytes(content)
    assert listed(folder, index_file)["alpha.yaml"] == "Alpha"
    assert len(parsed) == 3
    assert json.loads(index_file.read_text())["format"] == routine_index.INDEX_FORMAT


def test_entries_of_another_shape_are_parsed_again(folder: Path, index_file: Path,
                                                   parsed: list[str]) -> None:
    listed(folder, index_file)
    data = json.loads(index_file.read_text())
    data["entries"]["alpha.yaml"][2] = ["too", "short"]
    data["entries"]["beta.yaml"] = "nonsense"
    index_file.write_text(json.dumps(data))
    parsed.clear()
    assert listed(folder, index_file)["alpha.yaml"] == "Alpha"
    assert parsed == ["alpha.yaml", "beta.yaml"]


def test_an_index_that_cannot_be_written_is_no_error(folder: Path, tmp_path: Path,
                                                     parsed: list[str]) -> None:
    blocked = tmp_path / "state-is-a-file"
    blocked.write_text("")  # its "folder" is a file: works even as root, unlike chmod
    index_file = blocked / "routine-index.json"
    assert listed(folder, index_file)["gamma.yaml"] == "Gamma"
    assert listed(folder, index_file)["gamma.yaml"] == "Gamma"
    assert len(parsed) == 6  # parsed each time, and said nowhere
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routines", "state-is-a-file"]


def test_the_index_is_written_atomically(folder: Path, index_file: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    listed(folder, index_file)
    before = index_file.read_bytes()
    (folder / "delta.yaml").write_text(ROUTINE.format(name="Delta"))

    class DiskFull:
        """A stream that writes half of what it is given, then finds the disk full."""

        def __init__(self, handle: int, *_args: object, **_kwargs: object) -> None:
            self.stream = open(handle, "wb")  # noqa: SIM115

        def __enter__(self) -> DiskFull:
            return self

        def __exit__(self, *_exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> None:
            self.stream.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(routine_index.os, "fdopen", DiskFull)
    assert "delta.yaml" in listed(folder, index_file)
    assert index_file.read_bytes() == before  # the old index whole, no half-written one
    assert [p.name for p in index_file.parent.iterdir()] == ["routine-index.json"]


def test_budgeted_steps_list_everything_in_order(folder: Path, index_file: Path) -> None:
    scan = FolderScan(folder, index_file)
    names: list[str] = []
    steps = 0
    while not scan.finished:
        names += [each.name for each in scan.step(budget_s=0.0, limit=1)]
        steps += 1
        assert scan.done == len(names)
    assert names == ["alpha.yaml", "beta.yaml", "gamma.yaml"] and scan.total == 3
    assert steps >= 5  # the names, the index, then one file a step
    assert RoutineIndex.load(index_file, folder).entries.keys() == {
        "alpha.yaml", "beta.yaml", "gamma.yaml"}


# -- entries that are not routines: listed with their reason, never hidden --------------------

def test_fifo_loop_folder_and_other_broken_entries_are_listed(folder: Path,
                                                              index_file: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")  # opening it would block: the listing must not
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "dangling.yml").symlink_to(folder / "nowhere.yaml")
    (folder / "folder.yaml").mkdir()
    (folder / "huge.yaml").write_bytes(b"#" * (2 * 1024 * 1024))
    (folder / "bad.yaml").write_text("version: 1\nname: [unclosed\n")
    (folder / "alpha.yml").write_text(ROUTINE.format(name="Alpha again"))
    (folder / "notes.txt").write_text("not a routine file name: not listed")
    result = listed(folder, index_file)
    assert result["pipe.yaml"] == "!not a regular file"
    assert result["loop.yaml"] == "!symbolic link loop"
    assert result["dangling.yml"] == "!symbolic link to a file that does not exist"
    assert result["folder.yaml"] == "!a folder, not a file"
    assert result["huge.yaml"].startswith("!file is 2,097,152 bytes")
    assert result["bad.yaml"].startswith("!")
    assert result["alpha.yml"] == "!alpha.yaml has the same id (alpha); rename one of them"
    assert result["alpha.yaml"] == "Alpha" and "notes.txt" not in result
    # the second time through the index, the same
    assert listed(folder, index_file) == result


def test_the_library_lists_broken_entries_and_finds_files_directly(folder: Path,
                                                                   index_file: Path) -> None:
    os.mkfifo(folder / "pipe.yaml")
    (folder / "loop.yaml").symlink_to(folder / "loop.yaml")
    (folder / "squat-100.yaml").write_text(ROUTINE.format(name="My squats"))
    library = load_library(folder, index_file)
    messages = sorted(error.problems[0].message for error in library.broken)
    assert messages == ["not a regular file", "symbolic link loop"]
    assert library.listed["user:squat-100"].name == "My squats"
    assert library.listed["squat-100"].name == "100 squats"
    # finding by id reads one file, never the folder
    fresh = open_library(folder, index_file)
    assert fresh.find("alpha").name == "Alpha"
    assert fresh.find("user:squat-100").id == "user:squat-100"
    assert fresh.find("squat-100").name == "100 squats"
    assert not fresh.listed.keys() - set(fresh.builtin_ids)
    with pytest.raises(Exception, match="not a regular file"):
        fresh.find("pipe")
    with pytest.raises(Exception, match="symbolic link loop"):
        fresh.find("loop")
    with pytest.raises(LookupError, match="Did you mean: alpha"):
        fresh.find("alpah")
    with pytest.raises(LookupError):
        fresh.find("user:alpha")  # only a file shadowing a built-in is called user:ID
