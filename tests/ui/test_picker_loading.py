"""The picker lists the user folder after the window paints: rows arrive a few at a time with
the progress shown, a start naming a user routine is served at once, a file named like a
built-in says it is the person's own, and entries that are not routines are listed. What else
waits for the first paint: the search field's clear button, the workout and summary pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.launch import LaunchRequest
from leg_timer.library import load_library, open_library
from leg_timer.paths import default_paths
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.pages import picker as picker_module
from leg_timer.ui.pages.picker import PickerPage
from leg_timer.ui.pages.routine_row import LINE_ROLE
from leg_timer.ui.settings import AppSettings
from tests.ui.conftest import WindowFactory, user_routine, wait_listed

pytestmark = pytest.mark.usefixtures("no_running_timers")

FILES = 60

@pytest.fixture
def few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Five entries a step, whatever the machine's speed."""
    monkeypatch.setattr(picker_module, "LOAD_STEP_BUDGET_S", 0.0)
    monkeypatch.setattr(picker_module, "LOAD_STEP_ROWS", 5)


@pytest.fixture
def filled(user_dir: Path) -> Path:
    for number in range(FILES):
        (user_dir / f"mine-{number:02d}.yaml").write_text(user_routine(f"Mine {number}"))
    return user_dir


def snapshots(picker: PickerPage) -> list[tuple[int, str, bool]]:
    """(rows, progress text, progress shown) after each step of the listing."""
    seen: list[tuple[int, str, bool]] = []
    picker._load_timer.timeout.connect(lambda: seen.append(
        (len(picker.listed_keys()), picker.progress_label.text(),
         picker.progress_label.isVisible())))
    return seen


@pytest.mark.usefixtures("few_at_a_time")
def test_rows_arrive_a_few_at_a_time_with_progress(make_window: WindowFactory, filled: Path,
                                                   basedir: Path, qtbot: QtBot) -> None:
    paths = default_paths(basedir)
    library = open_library(filled, paths.routine_index_file)
    window = make_window(library=library)
    picker = window.picker
    seen = snapshots(picker)
    wait_listed(window, qtbot)
    assert len(picker.listed_keys()) == 8 + FILES
    counts = [rows for rows, _text, _shown in seen]
    assert counts == sorted(counts) and len(set(counts)) >= FILES // 5  # five a step
    assert (8 + 5, f"Loading your routines: 5 of {FILES}", True) in seen
    assert not picker.progress_label.isVisible()
    assert library.user_listed and paths.routine_index_file.is_file()
    picker.search.setText("mine 42")
    assert picker.visible_keys() == ["mine-42"]
    assert picker.select("mine-42") and picker.details.name_label.text() == "Mine 42"


@pytest.mark.usefixtures("few_at_a_time")
def test_the_last_routine_is_selected_when_it_arrives(make_window: WindowFactory,
                                                      filled: Path, basedir: Path,
                                                      settings_file: Path, qtbot: QtBot
                                                      ) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("[picker]\nlast_routine=mine-50\n")
    window = make_window(library=open_library(filled, None))
    wait_listed(window, qtbot)
    assert window.picker.current_key() == "mine-50"


def test_a_start_naming_a_user_routine_is_served_at_once(make_window: WindowFactory,
                                                         filled: Path, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(picker_module, "LOAD_STEP_BUDGET_S", 0.0)
    monkeypatch.setattr(picker_module, "LOAD_STEP_ROWS", 1)
    window = make_window(library=open_library(filled, None))
    assert window.picker.loading
    window.launch(LaunchRequest(routine="mine-59"))  # the last file of the folder
    assert window.page() is Page.WORKOUT
    session = window.session
    assert session is not None and session.plan.routine.name == "Mine 59"
    qtbot.wait(50)  # the listing waits while the workout is in view
    listed = len(window.picker.listed_keys())
    assert window.picker.loading and not window.picker._load_timer.isActive()
    qtbot.wait(50)
    assert len(window.picker.listed_keys()) == listed
    window.show_picker()
    wait_listed(window, qtbot)
    assert len(window.picker.listed_keys()) == 8 + FILES


def test_a_file_named_like_a_builtin_says_it_is_yours(make_window: WindowFactory,
                                                      user_dir: Path, qtbot: QtBot) -> None:
    (user_dir / "legs-up-the-wall.yaml").write_text(user_routine("Legs up the wall"))
    window = make_window(library=open_library(user_dir, None))
    picker = window.picker
    wait_listed(window, qtbot)
    builtin = picker._item("legs-up-the-wall")
    mine = picker._item("user:legs-up-the-wall")
    assert builtin is not None and mine is not None
    assert builtin.text() == mine.text() == "Legs up the wall"
    assert str(mine.data(LINE_ROLE)).startswith("Your file legs-up-the-wall.yaml · ")
    assert not str(builtin.data(LINE_ROLE)).startswith("Your file")
    accessible = Qt.ItemDataRole.AccessibleTextRole
    assert str(builtin.data(accessible)).startswith("Legs up the wall, built-in, ")
    assert str(mine.data(accessible)).startswith(
        "Legs up the wall, your file legs-up-the-wall.yaml, ")
    assert str(user_dir / "legs-up-the-wall.yaml") in mine.toolTip()


def test_entries_that_are_not_routines_are_listed_with_why(make_window: WindowFactory,
                                                           user_dir: Path, qtbot: QtBot
                                                           ) -> None:
    os.mkfifo(user_dir / "pipe.yaml")
    (user_dir / "loop.yaml").symlink_to(user_dir / "loop.yaml")
    (user_dir / "folder.yaml").mkdir()
    window = make_window(library=open_library(user_dir, None))
    picker = window.picker
    wait_listed(window, qtbot)
    rows = {str(picker.row_data(key)): str(picker.row_data(key, LINE_ROLE))
            for key in picker.listed_keys()}
    assert rows["Cannot load pipe.yaml"] == "1 problem: not a regular file"
    assert rows["Cannot load loop.yaml"] == "1 problem: symbolic link loop"
    assert rows["Cannot load folder.yaml"] == "1 problem: a folder, not a file"


def test_the_search_field_gets_its_clear_button_after_the_first_paint(
        make_window: WindowFactory, user_dir: Path, qtbot: QtBot) -> None:
    """Making the clear button loads the style's icon (5-11 ms): not before the window is on
    screen, but there once it is."""
    built = MainWindow(load_library(user_dir), AppSettings(None))
    qtbot.addWidget(built)
    assert not built.picker.search.isClearButtonEnabled()  # built, not yet painted
    built.shutdown()
    window = make_window()
    search = window.picker.search
    qtbot.waitUntil(search.isClearButtonEnabled)


def test_the_workout_and_summary_pages_are_made_after_the_first_paint(
        make_window: WindowFactory, user_dir: Path, qtbot: QtBot) -> None:
    """No first paint shows them (15-20 ms of the start-up); they are made right after it,
    not while a workout starts or ends (a screen reader would hear every label's name)."""
    built = MainWindow(load_library(user_dir), AppSettings(None))
    qtbot.addWidget(built)
    assert built.stack.count() == 1 and built.stack.currentWidget() is built.picker
    built.shutdown()
    window = make_window()
    qtbot.waitUntil(lambda: window.stack.count() == 3)
    pages = {window.stack.widget(index) for index in range(3)}
    assert pages == {window.picker, window.countdown, window.summary}
    assert window.page() is Page.PICKER
