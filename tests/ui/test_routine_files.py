"""Routine files from the window: new, edit, duplicate (built-ins stay read-only), delete and
undo, import (File > Import and dropped files), open a file to run it, save a copy; the menu
bar and the rows' context menu. The editor and the file dialogs are fakes."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QContextMenuEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from leg_timer import resources
from leg_timer.authoring.files import replace_routine_file, write_new_routine
from leg_timer.library import open_library
from leg_timer.present.keymap import Intent
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.routine_actions import DELETED_FOLDER
from tests.ui.conftest import Answers, WindowFactory

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier

ROUTINE = """\
version: 1
name: {name}
description: A routine of my own.
prepare: 0s
exercises:
  - name: Squat
    work: {work}
"""
# Comments, odd spacing and a CRLF: undo must give back these very bytes.
ODD_BYTES = ("# mine, keep this comment\r\n" + ROUTINE.format(name="My squats", work="20s")
             + "   # trailing\n").encode()


class FakeEditor(QDialog):
    """Stands in for leg_timer.ui.editor.EditorWindow: saves what the test says."""

    saved = Signal(Path)

    def __init__(self, *, user_dir: Path, taken_ids: Iterable[str], source: Path | None,
                 duplicate: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.user_dir, self.taken_ids = user_dir, set(taken_ids)
        self.source, self.duplicate = source, duplicate

    def save(self, name: str, wanted_id: str, work: str = "30s") -> Path:
        text = ROUTINE.format(name=name, work=work)
        if self.source is not None and not self.duplicate:
            replace_routine_file(self.source, text)
            path = self.source
        else:
            path = write_new_routine(self.user_dir, text, wanted_id, self.taken_ids)
        self.saved.emit(path)
        return path


class Editors:
    """The editor factory: every editor made, newest last."""

    def __init__(self) -> None:
        self.made: list[FakeEditor] = []

    def __call__(self, **options: Any) -> FakeEditor:
        self.made.append(FakeEditor(**options))
        return self.made[-1]

    @property
    def last(self) -> FakeEditor:
        return self.made[-1]


@pytest.fixture
def editors(window: MainWindow) -> Editors:
    made = Editors()
    window.routine_actions.make_editor = made
    return made


@pytest.fixture
def told(window: MainWindow) -> list[tuple[str, str]]:
    """What the window said in message boxes (title, text)."""
    said: list[tuple[str, str]] = []
    window.routine_actions.inform = lambda title, text: said.append((title, text))
    return said


@pytest.fixture
def mine(user_dir: Path) -> Path:
    path = user_dir / "my-squats.yaml"
    path.write_bytes(ODD_BYTES)
    return path


def settle(window: MainWindow, qtbot: QtBot) -> None:
    """Let the folder watch notice the writes and the picker list the folder again."""
    picker = window.picker
    with contextlib.suppress(QtTimeoutError):  # it may have been noticed and listed already
        qtbot.waitUntil(lambda: picker.relisting, timeout=1000)
    qtbot.waitUntil(lambda: not picker.relisting, timeout=5000)


def close_editor(window: MainWindow, editor: FakeEditor, qtbot: QtBot) -> None:
    editor.accept()
    qtbot.waitUntil(lambda: window.routine_actions.editor is None)


def builtin_bytes(routine_id: str) -> bytes:
    return next(entry.read_bytes() for entry in resources.builtin_routine_files()
                if entry.name.startswith(f"{routine_id}."))


# -- new, edit, duplicate ---------------------------------------------------------------------

def test_ctrl_n_opens_the_editor_and_what_it_saves_is_selected_at_once(
        window: MainWindow, qtbot: QtBot, editors: Editors, user_dir: Path) -> None:
    qtbot.keyClick(window.picker.list, Key.Key_N, CTRL)
    editor = editors.last
    assert editor.isVisible() and editor.source is None and not editor.duplicate
    assert editor.user_dir == user_dir
    assert {"squat-100", "knee-clamp"} <= editor.taken_ids  # never a built-in's id
    path = editor.save("Evening squats", "evening-squats")
    assert path == user_dir / "evening-squats.yaml"
    # Selected before the folder watch has listed the folder again.
    assert window.picker.current_key() == "evening-squats"
    assert window.picker.current_routine() is not None
    assert window.picker.current_routine().name == "Evening squats"  # type: ignore[union-attr]
    close_editor(window, editor, qtbot)
    settle(window, qtbot)
    assert window.picker.current_key() == "evening-squats"
    assert window.picker.visible_keys().count("evening-squats") == 1


def test_a_routine_saved_while_the_folder_is_still_listed_is_selected_after(
        make_window: WindowFactory, qtbot: QtBot, user_dir: Path) -> None:
    for number in range(300):  # many steps of listing
        (user_dir / f"r{number:03}.yaml").write_text(
            ROUTINE.format(name=f"Routine {number:03}", work="10s"))
    window = make_window(library=open_library(user_dir, None))
    picker = window.picker
    assert picker.loading
    path = write_new_routine(user_dir, ROUTINE.format(name="Zz saved", work="10s"), "zz-saved")
    assert picker.take_in_file(path) == "zz-saved"
    qtbot.waitUntil(lambda: picker.current_key() == "zz-saved", timeout=10000)
    settle(window, qtbot)
    assert picker.visible_keys().count("zz-saved") == 1 and len(picker.visible_keys()) > 300


def test_a_new_routine_from_the_history_page_shows_on_the_picker(
        window: MainWindow, qtbot: QtBot, editors: Editors) -> None:
    qtbot.keyClick(window, Key.Key_H, CTRL)
    assert window.page() is Page.HISTORY
    qtbot.keyClick(window, Key.Key_N, CTRL)  # File's keys work wherever the menu bar shows
    editors.last.save("From history", "from-history")
    assert window.page() is Page.PICKER
    assert window.picker.current_key() == "from-history"
    close_editor(window, editors.last, qtbot)
    settle(window, qtbot)


def test_duplicating_a_builtin_makes_a_new_file_and_leaves_the_builtin_alone(
        window: MainWindow, qtbot: QtBot, editors: Editors, user_dir: Path) -> None:
    before = builtin_bytes("knee-clamp")
    window.picker.select("knee-clamp")
    window.picker.list.setFocus()
    qtbot.keyClick(window.picker.list, Key.Key_D, CTRL)
    editor = editors.last
    assert editor.duplicate and editor.source is not None
    assert editor.source.read_bytes() == before  # the editor starts from the built-in
    path = editor.save("Knee clamp (mine)", "knee-clamp-mine")
    assert path.parent == user_dir
    assert builtin_bytes("knee-clamp") == before
    assert window.library.is_builtin("knee-clamp")
    assert window.picker.current_key() == "knee-clamp-mine"
    close_editor(window, editor, qtbot)
    settle(window, qtbot)


def test_edit_on_a_builtin_offers_a_duplicate_and_says_why(
        window: MainWindow, qtbot: QtBot, editors: Editors, answers: Answers) -> None:
    window.picker.select("squat-100")
    answers.answer = False
    qtbot.keyClick(window.picker.list, Key.Key_E, CTRL)
    assert not editors.made
    question = answers.questions[-1]
    assert "built-in" in question.text and "Ctrl+D" in question.text
    assert question.yes == "&Duplicate"

    answers.answer = True
    qtbot.keyClick(window.picker.list, Key.Key_E, CTRL)
    assert editors.last.duplicate and editors.last.source is not None
    close_editor(window, editors.last, qtbot)


def test_edit_of_my_routine_saves_in_place(
        mine: Path, window: MainWindow, qtbot: QtBot, editors: Editors) -> None:
    window.picker.select("my-squats")
    qtbot.keyClick(window.picker.list, Key.Key_E, CTRL)
    editor = editors.last
    assert editor.source == mine and not editor.duplicate
    editor.save("My squats, longer", "ignored", work="45s")
    assert window.picker.current_key() == "my-squats"
    routine = window.picker.current_routine()
    assert routine is not None and routine.name == "My squats, longer"
    assert window.picker.visible_keys().count("my-squats") == 1
    close_editor(window, editor, qtbot)
    settle(window, qtbot)
    assert window.picker.current_routine().name == "My squats, longer"  # type: ignore[union-attr]


# WORKAROUND: Qt's offscreen platform warns on every dialog it shows.
@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_the_real_editor_is_opened_with_the_contract_and_its_save_is_selected(
        window: MainWindow, qtbot: QtBot, user_dir: Path) -> None:
    from leg_timer.ui.editor import EditorWindow

    qtbot.keyClick(window.picker.list, Key.Key_N, CTRL)
    editor = window.routine_actions.editor
    assert isinstance(editor, EditorWindow)
    assert editor.isVisible()
    assert editor.windowModality() is Qt.WindowModality.WindowModal
    assert editor.save()
    key = window.picker.current_key()
    assert key is not None and (user_dir / f"{key}.yaml").is_file()
    editor.reject()
    qtbot.waitUntil(lambda: window.routine_actions.editor is None)
    settle(window, qtbot)
    assert window.picker.current_key() == key


def test_ctrl_e_in_the_search_field_edits_and_ctrl_z_stays_the_fields(
        mine: Path, window: MainWindow, qtbot: QtBot, editors: Editors) -> None:
    picker = window.picker
    picker.focus_search()
    qtbot.keyClicks(picker.search, "my squ")
    for key, taken in ((Key.Key_E, False), (Key.Key_Z, True)):
        override = QKeyEvent(QEvent.Type.ShortcutOverride, key, CTRL)
        QApplication.sendEvent(picker.search, override)
        assert override.isAccepted() is taken  # X11's Ctrl+E (end of line) is not the field's
    qtbot.keyClick(picker.search, Key.Key_E, CTRL)
    assert editors.last.source == mine
    close_editor(window, editors.last, qtbot)


# -- delete and undo --------------------------------------------------------------------------

def test_delete_and_undo_give_back_the_same_bytes(
        mine: Path, window: MainWindow, qtbot: QtBot, user_dir: Path) -> None:
    picker = window.picker
    picker.select("my-squats")
    picker.list.setFocus()
    qtbot.keyClick(picker.list, Key.Key_Delete)
    assert not mine.exists()
    aside = list((user_dir.parent / DELETED_FOLDER).iterdir())
    assert [path.read_bytes() for path in aside] == [ODD_BYTES]
    assert "my-squats" not in picker.visible_keys()
    assert picker.undo_bar.isVisibleTo(window)
    assert picker.undo_bar.label.text() == "Deleted “My squats”."
    assert "Ctrl+Z" in picker.undo_bar.button.text()

    undo = window.menus.action(Intent.UNDO_DELETE)
    assert undo.isEnabled()
    qtbot.keyClick(picker.list, Key.Key_Z, CTRL)
    assert not undo.isEnabled()  # nothing more to undo
    assert mine.read_bytes() == ODD_BYTES
    assert not any((user_dir.parent / DELETED_FOLDER).iterdir())
    assert picker.current_key() == "my-squats"
    assert not picker.undo_bar.isVisibleTo(window)
    settle(window, qtbot)
    assert picker.visible_keys().count("my-squats") == 1


def test_undo_by_the_button_to_a_free_name_when_the_old_one_was_taken(
        mine: Path, window: MainWindow, qtbot: QtBot, user_dir: Path) -> None:
    picker = window.picker
    picker.select("my-squats")
    assert window.routine_actions.delete_selected()
    mine.write_text(ROUTINE.format(name="Someone else's", work="10s"))  # the name is taken
    qtbot.mouseClick(picker.undo_bar.button, Qt.MouseButton.LeftButton)
    back = user_dir / "my-squats-2.yaml"
    assert back.read_bytes() == ODD_BYTES
    assert "my-squats.yaml is taken" in picker.notice_label.text()
    assert picker.current_key() == "my-squats-2"
    settle(window, qtbot)


def test_space_on_the_undo_button_presses_it(mine: Path, window: MainWindow,
                                            qtbot: QtBot) -> None:
    window.picker.select("my-squats")
    assert window.routine_actions.delete_selected()
    button = window.picker.undo_bar.button
    assert button.accessibleName() == "Undo the deletion"
    button.setFocus()
    qtbot.keyClick(button, Key.Key_Space)  # as typed: to the focus widget
    assert window.page() is Page.PICKER  # not the start key here
    assert mine.read_bytes() == ODD_BYTES
    settle(window, qtbot)


def test_builtins_cannot_be_deleted(window: MainWindow, qtbot: QtBot) -> None:
    window.picker.select("squat-100")
    qtbot.keyClick(window.picker.list, Key.Key_Delete)
    assert "squat-100" in window.picker.visible_keys()
    assert "cannot be deleted" in window.picker.notice_label.text()
    assert not window.picker.undo_bar.isVisibleTo(window)


def test_delete_in_the_search_field_edits_the_search(
        mine: Path, window: MainWindow, qtbot: QtBot) -> None:
    picker = window.picker
    picker.focus_search()
    qtbot.keyClicks(picker.search, "my")
    picker.search.setCursorPosition(0)
    qtbot.keyClick(window, Key.Key_Delete)  # the focus widget's key first
    assert picker.search.text() == "y"
    assert mine.exists()


# -- import --------------------------------------------------------------------------------

def test_import_selects_the_imported_routine(window: MainWindow, qtbot: QtBot,
                                             tmp_path: Path, user_dir: Path) -> None:
    source = tmp_path / "shared.yaml"
    source.write_text(ROUTINE.format(name="Shared squats", work="25s"))
    window.routine_actions.choose_import_files = lambda: [source]
    qtbot.keyClick(window.picker.list, Key.Key_I, CTRL)
    key = window.picker.current_key()
    assert key is not None and (user_dir / f"{key}.yaml").is_file()
    assert window.picker.current_routine().name == "Shared squats"  # type: ignore[union-attr]
    assert "Imported “Shared squats”" in window.picker.notice_label.text()
    settle(window, qtbot)
    assert window.picker.current_key() == key


def test_what_an_import_left_out_is_reported(window: MainWindow, qtbot: QtBot, user_dir: Path,
                                             told: list[tuple[str, str]]) -> None:
    sample = Path(__file__).parent.parent / "importers" / "samples" / "openhiit-export.json"
    window.routine_actions.choose_import_files = lambda: [sample]
    window.menus.action(Intent.IMPORT_ROUTINES).trigger()
    assert window.picker.current_routine().name == "Tabata legs"  # type: ignore[union-attr]
    assert len(list(user_dir.glob("*.yaml"))) == 3
    title, text = told[-1]
    assert title == "Imported, with some parts left out"
    assert "“Tabata legs” (openhiit" in text and "the timer's colour" in text
    settle(window, qtbot)


def test_a_file_that_cannot_be_imported_is_reported_and_nothing_written(
        window: MainWindow, tmp_path: Path, user_dir: Path,
        told: list[tuple[str, str]]) -> None:
    source = tmp_path / "nonsense.json"
    source.write_text("{ not json")
    assert window.routine_actions.import_paths([source]) == []
    assert told and told[0][0] == "Nothing was imported" and "nonsense.json" in told[0][1]
    assert list(user_dir.iterdir()) == []


def drop(window: MainWindow, files: list[Path]) -> bool:
    """Drag ``files`` over the window and drop them; whether the window took them."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in files])
    point = QPointF(window.picker.list.mapTo(window, window.picker.list.rect().center()))
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)
    return event.isAccepted()


def test_dropping_files_on_the_window_imports_them(window: MainWindow, qtbot: QtBot,
                                                   tmp_path: Path, user_dir: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(ROUTINE.format(name="Dropped A", work="10s"))
    second.write_text(ROUTINE.format(name="Dropped B", work="10s"))
    assert drop(window, [first, second])
    qtbot.waitUntil(lambda: len(list(user_dir.glob("*.yaml"))) == 2)
    assert window.picker.current_routine().name == "Dropped A"  # type: ignore[union-attr]
    settle(window, qtbot)


def test_nothing_is_dropped_on_a_workout(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                         user_dir: Path) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(ROUTINE.format(name="Dropped", work="10s"))
    window.picker.select("knee-clamp")
    qtbot.keyClick(window, Key.Key_Return)
    assert window.page() is Page.WORKOUT
    assert not drop(window, [source])
    assert list(user_dir.iterdir()) == []


# -- open a file, save a copy -----------------------------------------------------------------

def test_ctrl_o_runs_a_file_outside_the_folder(window: MainWindow, qtbot: QtBot,
                                               tmp_path: Path, user_dir: Path) -> None:
    outside = tmp_path / "elsewhere" / "guest.yaml"
    outside.parent.mkdir()
    outside.write_text(ROUTINE.format(name="Guest routine", work="5s"))
    window.routine_actions.choose_open_file = lambda: outside
    qtbot.keyClick(window.picker.list, Key.Key_O, CTRL)
    assert window.page() is Page.WORKOUT
    assert window.session is not None and window.session.plan.routine.name == "Guest routine"
    assert list(user_dir.iterdir()) == []  # run, not installed
    assert not window.menuBar().isVisible()


def test_open_of_a_broken_file_shows_every_problem(window: MainWindow, qtbot: QtBot,
                                                   tmp_path: Path,
                                                   told: list[tuple[str, str]]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("version: 1\nname: Broken\nexercises:\n  - name: X\n    wrok: 10s\n")
    window.routine_actions.choose_open_file = lambda: broken
    window.carry_out(Intent.OPEN_ROUTINE_FILE)
    assert window.page() is Page.PICKER
    title, text = told[-1]
    assert title == "broken.yaml cannot be run"
    assert f"{broken}:5:" in text  # FILE:LINE:COLUMN, as leg-timer validate prints


def test_open_during_a_workout_says_to_stop_it_first(window: MainWindow, qtbot: QtBot,
                                                     tmp_path: Path) -> None:
    guest = tmp_path / "guest.yaml"
    guest.write_text(ROUTINE.format(name="Guest routine", work="5s"))
    window.picker.select("knee-clamp")
    qtbot.keyClick(window, Key.Key_Return)
    session = window.session
    window.open_routine_file(guest)  # a second start's way in; the keys are off here
    assert window.session is session and window.page() is Page.WORKOUT
    assert "stop it (Esc) before opening guest.yaml" in window.countdown.notice_label.text()


@pytest.mark.parametrize("routine_id", ["knee-clamp", "my-squats"])
def test_save_a_copy_writes_the_same_bytes(
        mine: Path, window: MainWindow, qtbot: QtBot, tmp_path: Path, routine_id: str) -> None:
    expected = builtin_bytes(routine_id) if routine_id == "knee-clamp" else ODD_BYTES
    target = tmp_path / "shared" / "copy.yaml"
    target.parent.mkdir()
    suggested: list[str] = []
    window.routine_actions.choose_save_path = lambda name: suggested.append(name) or target
    window.picker.select(routine_id)
    qtbot.keyClick(window.picker.list, Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert target.read_bytes() == expected
    assert suggested == [f"{routine_id}.yaml"]
    assert str(target) in window.picker.notice_label.text()


# -- the menu bar and the context menu --------------------------------------------------------

def test_the_menu_bar_hides_during_a_workout_and_in_focus_mode(window: MainWindow,
                                                                qtbot: QtBot) -> None:
    bar = window.menuBar()
    assert bar.isVisible()
    assert [menu.title() for menu in window.menus.menus.values()] == [
        "&File", "&Routine", "&View"]
    window.picker.select("knee-clamp")
    qtbot.keyClick(window, Key.Key_Return)
    assert not bar.isVisible()
    qtbot.keyClick(window, Key.Key_F)
    assert window.focus_mode and not bar.isVisible()
    qtbot.keyClick(window, Key.Key_Escape)  # leave focus mode
    qtbot.keyClick(window, Key.Key_Space)  # pause: Esc then stops without asking
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page() is Page.SUMMARY and bar.isVisible()
    assert not window.menus.action(Intent.DELETE_SELECTED).isEnabled()  # the list's only
    assert window.menus.action(Intent.NEW_ROUTINE).isEnabled()
    qtbot.keyClick(window, Key.Key_Escape)
    assert window.page() is Page.PICKER and bar.isVisible()
    assert window.menus.action(Intent.DELETE_SELECTED).isEnabled()
    assert not window.menus.action(Intent.UNDO_DELETE).isEnabled()  # nothing deleted


def test_menu_items_show_their_keys_and_do_the_same(window: MainWindow, editors: Editors,
                                                    qtbot: QtBot) -> None:
    labels = [action.text() for _item, action in window.menus.items]
    assert "&New routine…\tCtrl+N" in labels
    assert "&Open routine file…\tCtrl+O" in labels
    assert "Open routines &folder\tCtrl+Shift+O" in labels
    assert "&Delete\tDelete" in labels
    assert all(action.shortcut().isEmpty() for _item, action in window.menus.items)
    window.menus.action(Intent.NEW_ROUTINE).trigger()
    assert editors.last.source is None
    close_editor(window, editors.last, qtbot)
    window.menus.action(Intent.OPEN_HISTORY).trigger()
    assert window.page() is Page.HISTORY


# WORKAROUND: Qt's offscreen platform warns on every popup it shows.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_right_click_on_a_row_selects_it_and_opens_the_routine_menu(
        mine: Path, window: MainWindow, qtbot: QtBot) -> None:
    routines = window.picker.list
    window.picker.select("squat-100")
    point = window.picker.row_rect("my-squats").center()
    assert routines.viewport().rect().contains(point)
    viewport = routines.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)))
    menu = window.menus.routine_menu
    qtbot.waitUntil(menu.isVisible)
    assert window.picker.current_key() == "my-squats"
    assert [action.text().split("\t")[0] for action in menu.actions()] == [
        "&Start", "&Edit…", "D&uplicate…", "&Delete", "&Undo delete", "&Reminders…"]
    menu.hide()
    window.picker.select("knee-clamp")
    QApplication.sendEvent(routines, QContextMenuEvent(  # the menu key: by the selected row
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), routines.mapToGlobal(QPoint(0, 0))))
    qtbot.waitUntil(menu.isVisible)
    assert window.picker.current_key() == "knee-clamp"
    point = window.picker.row_rect("knee-clamp").center()
    assert menu.geometry().contains(routines.viewport().mapToGlobal(point)) or \
        menu.pos() == routines.viewport().mapToGlobal(point)
    menu.hide()
