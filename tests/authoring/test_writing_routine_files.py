"""Writing routine files: names from routine names, free ids, atomic writes that never
overwrite, and YAML that the loader reads back as written."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from leg_timer import atomic_files
from leg_timer.authoring.files import (
    duration_text,
    free_id,
    replace_routine_file,
    routine_id_for,
    routine_yaml,
    write_new_routine,
)
from leg_timer.core.durations import parse_duration
from leg_timer.core.loader import load_routine


@pytest.mark.parametrize(("name", "expected"), [
    ("Morning legs", "morning-legs"),
    ("  Knie-Übung: Wand!  ", "knie-ubung-wand"),
    ("深蹲", "routine"),
    ("", "routine"),
    ("CON", "con-routine"),
    ("a" * 80, "a" * 60),
    ("../../etc/passwd", "etc-passwd"),
])
def test_routine_ids_are_safe_file_names(name: str, expected: str) -> None:
    assert routine_id_for(name) == expected


@pytest.mark.parametrize("seconds", [0, 1, 2.5, 45, 59, 60, 90, 3599, 3600, 3725, 14400,
                                     1234.567, 0.1 + 0.2, 1e-3])
def test_duration_text_reads_back_as_the_same_seconds(seconds: float) -> None:
    assert parse_duration(duration_text(seconds)) == seconds


def test_duration_text_is_what_people_write() -> None:
    assert [duration_text(s) for s in (45, 90, 2.5, 3600, 0)] == ["45s", "1m30s", "2.5s", "1h",
                                                                   "0s"]
    with pytest.raises(ValueError, match="not a duration"):
        duration_text(float("nan"))


@pytest.mark.parametrize("name", ["Yes", "off", "No", "1:30", "0x10", "2026-12-02", "12", "null"])
def test_names_yaml_11_would_misread_are_quoted_and_load_as_text(tmp_path: Path,
                                                                 name: str) -> None:
    text = routine_yaml({"version": 1, "name": name,
                         "exercises": [{"name": name, "work": "1:30"}]})
    path = write_new_routine(tmp_path, text, "odd")
    routine = load_routine(path)
    assert (routine.name, routine.exercises[0].name) == (name, name)
    assert routine.exercises[0].duration == 90


def test_free_id_skips_files_of_either_suffix_and_taken_ids(tmp_path: Path) -> None:
    (tmp_path / "legs.yaml").write_text("x")
    (tmp_path / "legs-2.yml").write_text("x")
    assert free_id(tmp_path, "legs") == "legs-3"
    assert free_id(tmp_path, "squats", taken={"squats"}) == "squats-2"
    assert free_id(tmp_path, "new") == "new"


def test_a_new_routine_is_written_under_a_free_name_and_loads(tmp_path: Path) -> None:
    folder = tmp_path / "routines"  # made on demand
    data = {"exercises": [{"rest": "10s", "work": "30s", "name": "Squat"}],
            "name": "Legs", "version": 1, "description": "Line one.\nLine two."}
    text = routine_yaml(data)
    first = write_new_routine(folder, text, "legs")
    second = write_new_routine(folder, text, "legs")
    assert (first.name, second.name) == ("legs.yaml", "legs-2.yaml")
    assert text.splitlines()[:2] == ["version: 1", "name: Legs"]  # canonical order
    assert "  - name: Squat\n    work: 30s\n    rest: 10s\n" in text
    routine = load_routine(second)
    assert routine.description == "Line one.\nLine two."
    assert "description: |-\n  Line one.\n  Line two.\n" in text
    assert [e.name for e in routine.exercises] == ["Squat"]
    assert sorted(p.name for p in folder.iterdir()) == ["legs-2.yaml", "legs.yaml"]  # no temp


def test_a_name_taken_while_writing_is_never_overwritten(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    original = atomic_files._temporary_copy

    def someone_else_writes_first(folder: Path, name: str, data: bytes,
                                  mode: int | None) -> Path:
        if name == "legs.yaml":
            (folder / name).write_text("theirs")
        return original(folder, name, data, mode)

    monkeypatch.setattr(atomic_files, "_temporary_copy", someone_else_writes_first)
    path = write_new_routine(tmp_path, "ours", "legs")
    assert path.name == "legs-2.yaml"
    assert (tmp_path / "legs.yaml").read_text() == "theirs"
    assert path.read_text() == "ours"


def test_without_hard_links_the_name_is_still_claimed_exclusively(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_links(*_args: object) -> None:
        raise OSError(1, "Operation not permitted")  # EPERM, as FAT and some shares answer

    monkeypatch.setattr(os, "link", no_links)
    (tmp_path / "legs.yaml").write_text("theirs")
    path = write_new_routine(tmp_path, "ours", "legs")
    assert (path.name, path.read_text()) == ("legs-2.yaml", "ours")
    assert (tmp_path / "legs.yaml").read_text() == "theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["legs-2.yaml", "legs.yaml"]


def test_many_writers_at_once_each_get_their_own_file(tmp_path: Path) -> None:
    paths: list[Path] = []

    def write(number: int) -> None:
        paths.append(write_new_routine(tmp_path, f"writer {number}", "legs"))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({p.name for p in paths}) == 20
    assert sorted(p.read_text() for p in paths) == sorted(f"writer {n}" for n in range(20))


def test_replacing_keeps_the_mode_and_follows_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("old")
    real.chmod(0o600)
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    replace_routine_file(link, "new")
    assert link.is_symlink()
    assert real.read_text() == "new"
    assert real.stat().st_mode & 0o777 == 0o600


def test_a_failed_replace_leaves_the_old_file(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "legs.yaml"
    path.write_text("old")

    def disk_full(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", disk_full)
    with pytest.raises(OSError, match="No space"):
        replace_routine_file(path, "new")
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["legs.yaml"]  # the temporary is gone
