"""What the window does with routine files: new, edit, duplicate, delete and undo, import, open
a file to run it, and save a copy to share.

Built-in routines stay read-only: Edit on one offers a duplicate instead (saying why), and
Duplicate is the way to change one. A deleted routine's file is moved into the
``deleted-routines`` folder beside the routines folder, so Undo (the picker's notice row, or
Ctrl+Z) puts the very same bytes back, under the old name or a free one if that was taken
meanwhile. Whatever the editor saves, an import writes or an undo restores is listed and
selected at once (:meth:`PickerPage.take_in_file`), before the folder watch lists the folder
again.

Everything that opens a dialog is an attribute the tests replace, as the picker's ``open_url``
is: the file dialogs (``choose_open_file``, ``choose_import_files``, ``choose_save_path``), the
routine editor (``make_editor``), the message box (``inform``) and the question (``confirm``).
The editor and the importers are loaded on first use: the first paint needs neither.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from leg_timer import resources
from leg_timer.atomic_files import create_atomically, replace_atomically
from leg_timer.authoring.files import free_id
from leg_timer.core.translation import translate
from leg_timer.present.shortcuts import Action, key_name
from leg_timer.routine_index import user_files
from leg_timer.ui.pages.picker import BROKEN_PREFIX, PickerPage
from leg_timer.ui.questions import Confirm, Question

if TYPE_CHECKING:
    from leg_timer.importers import Imported

log = logging.getLogger(__name__)

DELETED_FOLDER = "deleted-routines"  # beside the routines folder, in the data folder
OPEN_FILTER = "Routine files (*.yaml *.yml);;All files (*)"
IMPORT_FILTER = ("Routine files (*.yaml *.yml *.json);;JSON (*.json);;YAML (*.yaml *.yml);;"
                 "All files (*)")
NO_FOLDER = "No folder for your own routines is in use."


def open_filter() -> str:
    """The file dialogs' filter for routine files, in the chosen language."""
    return translate("RoutineActions", "Routine files (*.yaml *.yml);;All files (*)")


def import_filter() -> str:
    return translate("RoutineActions", "Routine files (*.yaml *.yml *.json);;JSON (*.json);;"
                     "YAML (*.yaml *.yml);;All files (*)")


class Editor(Protocol):
    """What the window uses of :class:`leg_timer.ui.editor.EditorWindow` (tests: a fake)."""

    @property
    def saved(self) -> Any: ...  # Signal(Path)

    @property
    def finished(self) -> Any: ...  # QDialog.finished(int)

    def open(self) -> None: ...

    def deleteLater(self) -> None: ...


EditorFactory = Callable[..., Editor]


def open_editor_window(*, user_dir: Path, taken_ids: Iterable[str], source: Path | None,
                       duplicate: bool, parent: QWidget) -> Editor:
    """The real routine editor (loaded on first use)."""
    from leg_timer.ui.editor import EditorWindow

    return EditorWindow(user_dir=user_dir, taken_ids=taken_ids, source=source,
                        duplicate=duplicate, parent=parent)


@dataclass(frozen=True)
class Deleted:
    """A routine file moved aside by Delete, for Undo."""

    name: str  # the routine's name, as the list showed it
    file_name: str  # its name in the routines folder
    aside: Path  # where it is kept meanwhile


class RoutineActions(QObject):
    """The routine-file actions of ``picker``'s window (``parent``).

    Signals:
        undo_changed(): a routine was deleted or brought back (what Undo can do changed).
    """

    undo_changed = Signal()

    def __init__(self, picker: PickerPage, *, confirm: Confirm,
                 run_file: Callable[[Path], None], to_picker: Callable[[], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.picker = picker
        self.library = picker.library
        self.window = parent
        self.confirm = confirm
        self.run_file = run_file  # File > Open: run it, as ``leg-timer run FILE`` does
        self.to_picker = to_picker  # show the picker, where saved and imported rows appear
        self.choose_open_file: Callable[[], Path | None] = self._ask_open_file
        self.choose_import_files: Callable[[], list[Path]] = self._ask_import_files
        self.choose_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.inform: Callable[[str, str], None] = self._message_box
        self.make_editor: EditorFactory = open_editor_window
        self.editor: Editor | None = None  # the editor while it is open
        self.deleted: list[Deleted] = []  # newest last: what Undo brings back
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # a built-in's copy
        picker.undo_bar.undo_requested.connect(self.undo_delete)

    # -- what is selected ------------------------------------------------------------------

    def _selected(self, doing: str) -> str | None:
        """The key of the selected routine; None (and the picker says why) without one."""
        key = self.picker.current_key()
        if key is None:
            self.picker.show_notice({
                "edit": self.tr("Select a routine to edit first."),
                "duplicate": self.tr("Select a routine to duplicate first."),
                "delete": self.tr("Select a routine to delete first."),
                "save": self.tr("Select a routine to save first.")}.get(
                    doing, self.tr("Select a routine first.")))
            return None
        if key.startswith(BROKEN_PREFIX):
            self.picker.show_notice(
                self.tr("This file cannot be loaded, so there is nothing to do with it: fix it "
                        "in a text editor (its folder: {key}).").format(
                    key=key_name(Action.OPEN_FOLDER)))
            return None
        return key

    def _name(self, key: str) -> str:
        summary = self.library.listed.get(key)
        return summary.name if summary is not None else key

    def _user_folder(self) -> Path | None:
        folder = self.library.user_dir
        if folder is None:
            self.picker.show_notice(self.tr("No folder for your own routines is in use."))
        return folder

    def taken_ids(self) -> set[str]:
        """Every id in use: built-in, listed, and any file name in the folder."""
        folder = self.library.user_dir
        names = user_files(folder) if folder is not None else []
        return (set(self.library.builtin_ids) | set(self.library.listed)
                | {name.rsplit(".", 1)[0] for name in names})

    def _builtin_bytes(self, key: str) -> tuple[str, bytes]:
        """A built-in routine's file name and bytes."""
        entry = next(entry for entry in resources.builtin_routine_files()
                     if entry.name.rsplit(".", 1)[0] == key)
        return entry.name, entry.read_bytes()

    def _source_file(self, key: str) -> Path | None:
        """The file routine ``key`` was read from: a built-in's own file where it is one on
        the disk, else a scratch copy of it (the editor reads a path, and only copies it)."""
        if not self.library.is_builtin(key):
            return self.library.user_file(key)
        entry = next(entry for entry in resources.builtin_routine_files()
                     if entry.name.rsplit(".", 1)[0] == key)
        if isinstance(entry, Path) and entry.is_file():
            return entry
        self._drop_scratch()
        self._scratch = tempfile.TemporaryDirectory(prefix="leg-timer-")
        copy = Path(self._scratch.name) / entry.name
        copy.write_bytes(entry.read_bytes())
        return copy

    def _drop_scratch(self) -> None:
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None

    # -- the editor ------------------------------------------------------------------------

    def new_routine(self) -> None:
        self._open_editor(None, duplicate=False)

    def edit_selected(self) -> None:
        """Edit the selected routine of the person's own; a built-in one is offered as a
        duplicate instead, saying why."""
        key = self._selected("edit")
        if key is None:
            return
        if self.library.is_builtin(key):
            name = self._name(key)
            question = Question(
                self.tr("Built-in routines stay as shipped"),
                self.tr("“{name}” is a built-in routine: it cannot be changed, so it always "
                        "works as it came. Make a copy of your own ({key}) and edit that?\n\n"
                        "D duplicates · Enter or Esc cancels").format(
                    name=name, key=key_name(Action.DUPLICATE)),
                self.tr("&Duplicate"), self.tr("Cancel"))
            if self.confirm(question):
                self._open_editor(self._source_file(key), duplicate=True)
            return
        path = self.library.user_file(key)
        if path is None:
            self.picker.show_notice(self._gone(self._name(key)))
            return
        self._open_editor(path, duplicate=False)

    def _gone(self, name: str) -> str:
        return self.tr("The file of “{name}” is no longer there.").format(name=name)

    def duplicate_selected(self) -> None:
        """A copy of the selected routine (built-in or the person's own), made in the editor
        and saved as a new file of the person's own."""
        key = self._selected("duplicate")
        if key is None:
            return
        source = self._source_file(key)
        if source is None:
            self.picker.show_notice(self._gone(self._name(key)))
            return
        self._open_editor(source, duplicate=True)

    def _open_editor(self, source: Path | None, *, duplicate: bool) -> None:
        folder = self._user_folder()
        if folder is None:
            return
        if self.editor is not None:
            return  # one at a time (it is window-modal: only a script gets here)
        editor = self.make_editor(user_dir=folder, taken_ids=self.taken_ids(), source=source,
                                  duplicate=duplicate, parent=self.window)
        editor.saved.connect(self._on_saved)
        editor.finished.connect(self._on_editor_finished)
        self.editor = editor
        editor.open()

    def _on_saved(self, path: Path) -> None:
        self.to_picker()
        if self.picker.take_in_file(Path(path)) is None:
            self.picker.show_notice(self.tr("Saved {path}, outside your routines folder.")
                                    .format(path=path))

    def _on_editor_finished(self, _result: int = 0) -> None:
        editor, self.editor = self.editor, None
        if editor is not None:
            editor.deleteLater()
        self._drop_scratch()
        self.picker.list.setFocus()

    # -- delete and undo ---------------------------------------------------------------------

    def delete_selected(self) -> bool:
        """Move the selected routine's file aside (Undo brings it back); True if done.
        Built-in routines cannot be deleted."""
        key = self._selected("delete")
        if key is None:
            return False
        name = self._name(key)
        if self.library.is_builtin(key):
            self.picker.show_notice(self.tr("“{name}” is a built-in routine: it cannot be "
                                            "deleted.").format(name=name))
            return False
        folder = self.library.user_dir
        path = self.library.user_file(key)
        if folder is None or path is None:
            self.picker.show_notice(self._gone(name))
            return False
        aside_folder = folder.parent / DELETED_FOLDER
        try:
            aside_folder.mkdir(parents=True, exist_ok=True)
            aside = _unused(aside_folder, f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}")
            path.rename(aside)  # the same disk: one step, nothing copied
        except OSError as error:
            self.picker.show_notice(self.tr("Could not delete “{name}”: {error}.").format(
                name=name, error=error.strerror or error))
            return False
        log.info("deleted routine %s: moved %s to %s", key, path, aside)
        self.deleted.append(Deleted(name, path.name, aside))
        self.picker.forget_routine(key)
        self.picker.show_notice("")
        self.picker.undo_bar.show_undo(self._deleted_text(name))
        self.undo_changed.emit()
        return True

    def _deleted_text(self, name: str) -> str:
        return self.tr("Deleted “{name}”.").format(name=name)

    def undo_delete(self) -> Path | None:
        """Put the routine deleted last back (under a free name if its own was taken
        meanwhile) and select it; where it went, or None."""
        folder = self.library.user_dir
        if not self.deleted or folder is None:
            return None
        entry = self.deleted[-1]
        stem, dot, suffix = entry.file_name.rpartition(".")
        try:
            data = entry.aside.read_bytes()
            taken: set[str] = set()
            while True:
                target = folder / f"{free_id(folder, stem, taken)}{dot}{suffix}"
                try:
                    create_atomically(target, data)  # never over a file made meanwhile
                    break
                except FileExistsError:
                    taken.add(target.stem)
            entry.aside.unlink()
        except OSError as error:
            self.picker.show_notice(self.tr("Could not bring back “{name}”: {error}.").format(
                name=entry.name, error=error.strerror or error))
            return None
        self.deleted.pop()
        self._show_last_deleted()
        self.undo_changed.emit()
        if target.name != entry.file_name:
            self.picker.show_notice(self.tr("Brought back “{name}” as {file} ({taken} is taken).")
                                    .format(name=entry.name, file=target.name,
                                            taken=entry.file_name))
        else:
            self.picker.show_notice(self.tr("Brought back “{name}”.").format(name=entry.name))
        self.picker.take_in_file(target)
        return target

    def _show_last_deleted(self) -> None:
        if self.deleted:
            self.picker.undo_bar.show_undo(self._deleted_text(self.deleted[-1].name))
        else:
            self.picker.undo_bar.clear()

    # -- import, open, save a copy -------------------------------------------------------------

    def import_chosen(self) -> None:
        """File > Import: the files the person picks."""
        files = self.choose_import_files()
        if files:
            self.import_paths(files)

    def import_paths(self, files: Sequence[Path]) -> list[Imported]:
        """Import ``files`` into the routines folder (File > Import and dropped files): the
        first one imported is selected; what could not be carried over is reported."""
        folder = self._user_folder()
        if folder is None or not files:
            return []
        from leg_timer.importers import ImportProblem, import_files

        try:
            imported = import_files(list(files), folder, taken=self.taken_ids())
        except ImportProblem as problem:
            self.inform(self.tr("Nothing was imported"), str(problem))
            return []
        except OSError as error:
            self.inform(self.tr("Nothing was imported"),
                        self.tr("Could not write into {folder}: {error}").format(
                            folder=folder, error=error.strerror or error))
            return []
        if not imported:
            return []
        self.to_picker()
        keys = [self.picker.take_in_file(each.path) for each in imported]
        first = keys[0]
        if first is not None:
            self.picker.select(first)
        names = self.tr(", ").join(self.tr("“{name}”").format(name=each.name)
                                   for each in imported)
        dropped = [each for each in imported if each.dropped]
        self.picker.show_notice(self.tr("Imported {names}.").format(names=names))
        if dropped:
            lines = [self.tr("“{name}” ({format}, now {file}): {parts}").format(
                name=each.name, format=each.format, file=each.path.name,
                parts="; ".join(each.dropped)) for each in dropped]
            self.inform(self.tr("Imported, with some parts left out"),
                        self.tr("These parts of the files have no place in a Leg Timer routine "
                                "and were not carried over:") + "\n\n" + "\n".join(lines))
        return imported

    def open_chosen(self) -> None:
        """File > Open: run the routine file the person picks, without installing it."""
        path = self.choose_open_file()
        if path is not None:
            self.run_file(path)

    def save_copy(self) -> Path | None:
        """Write the selected routine's file, built-in or the person's own, where the person
        chooses (a routine file is what people share); where it went, or None."""
        key = self._selected("save")
        if key is None:
            return None
        try:
            if self.library.is_builtin(key):
                file_name, data = self._builtin_bytes(key)
            else:
                path = self.library.user_file(key)
                if path is None:
                    raise FileNotFoundError(2, "the file is no longer there")
                file_name, data = path.name, path.read_bytes()
        except OSError as error:
            self.picker.show_notice(self.tr("Could not read “{name}”: {error}.").format(
                name=self._name(key), error=error.strerror or error))
            return None
        target = self.choose_save_path(file_name)
        if target is None:
            return None
        try:
            replace_atomically(target, data)  # the dialog asked before replacing a file
        except OSError as error:
            self.inform(self.tr("The copy was not saved"),
                        self.tr("Could not write {file}: {error}").format(
                            file=target, error=error.strerror or error))
            return None
        self.picker.show_notice(self.tr("Saved a copy of “{name}” as {file}.").format(
            name=self._name(key), file=target))
        return target

    # -- the real dialogs --------------------------------------------------------------------
    # QFileDialog and QMessageBox are imported where they are used: PySide6 builds a Qt
    # class's Python type (with its enums) when the name is first imported, and neither is
    # needed before the window's first paint.

    def _ask_open_file(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a routine file"), str(Path.home()), open_filter())
        return Path(name) if name else None

    def _ask_import_files(self) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        names, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import routines"), str(Path.home()), import_filter())
        return [Path(name) for name in names]

    def _ask_save_path(self, file_name: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save a copy of the routine"), str(Path.home() / file_name),
            open_filter())
        return Path(name) if name else None

    def _message_box(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, title, text,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    def close(self) -> None:
        """The window shuts down: no scratch copy is left behind. An open editor is left to
        go with the window (closing it here could ask about unsaved changes during a quit
        signal)."""
        self._drop_scratch()


def _unused(folder: Path, name: str) -> Path:
    """``folder/name``, or ``folder/N-name`` for the first N not in use."""
    path, number = folder / name, 1
    while path.exists() or path.is_symlink():
        number += 1
        path = folder / f"{number}-{name}"
    return path
