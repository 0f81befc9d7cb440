"""The routine editor dialog: the form on one side, the live preview on the other.

Every change goes through the undo stack as draft operations (:mod:`.commands`); after each the
form is refilled from the draft and a check is due 150 ms later (typing restarts the wait): the
draft's text is loaded by the same loader and planned by the same plan code as the timer uses,
the preview shows that plan, and each problem is shown under the field that wrote it. Saving
checks at once and refuses while there are problems, saying which field. A new routine (or a
copy) is written as a new file in the user's folder, never over another; editing a user's file
replaces it in one step. A file outside the user's folder (a built-in) is never written.

Signals:
    saved(Path): the file written, after every successful save.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leg_timer.authoring import files
from leg_timer.authoring.checks import CheckResult, FieldProblem, check_text
from leg_timer.authoring.draft import (
    DraftError,
    FieldPath,
    InsertItem,
    MoveItem,
    Op,
    RemoveItem,
    RoutineDraft,
    SetValue,
    ensure_exercise_list,
    new_exercise,
)
from leg_timer.authoring.values import MISSING, plain_text, shown
from leg_timer.core.translation import translate
from leg_timer.core.yamltree import MAX_FILE_BYTES, too_big_message
from leg_timer.ui.editor.commands import EditCommand
from leg_timer.ui.editor.exercise_form import ExerciseForm
from leg_timer.ui.editor.exercise_list import ExerciseList
from leg_timer.ui.editor.fields import WindowKeysFilter
from leg_timer.ui.editor.parameter_section import ParameterSection
from leg_timer.ui.editor.preview import PreviewPanel
from leg_timer.ui.editor.problems import place_problems, problem_text, row_for, where
from leg_timer.ui.editor.questions import Ask, ask_unsaved
from leg_timer.ui.editor.routine_form import build_routine_sections
from leg_timer.ui.editor.section import FormSection, Row
from leg_timer.ui.i18n import bind, plural

CHECK_DELAY_MS = 150
NARROW_PX = 760  # below this the preview goes under the form


class EditorWindow(QDialog):
    saved = Signal(Path)

    def __init__(self, *, user_dir: Path, taken_ids: Iterable[str], source: Path | None = None,
                 duplicate: bool = False, parent: QWidget | None = None,
                 ask: Ask = ask_unsaved) -> None:
        super().__init__(parent)
        self.user_dir = user_dir
        self.taken_ids = frozenset(taken_ids)
        self.ask = ask
        self.path: Path | None = None
        self.load_problem = ""
        self._sized = False
        self.draft = self._open(source, duplicate)
        self.stack = QUndoStack(self)
        self.check_result = CheckResult(None, None)
        self.text = ""
        self._show_title()
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Routine editor"))
        self.setSizeGripEnabled(True)
        self.setMinimumSize(320, 240)

        self.sections = build_routine_sections(self.edit)
        self.parameters = ParameterSection(lambda: self.draft, self.edit, self.push)
        self.exercise_list = ExerciseList()
        self.exercise_form = ExerciseForm(lambda: self.draft, self.edit, self.push)
        self.preview = PreviewPanel()
        self.status = QLabel()
        bind(self.status, self.status.setAccessibleName, lambda: translate("Accessible", "Status"))
        self.status.setWordWrap(True)
        self._build_layout()
        self._build_actions()
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.setInterval(CHECK_DELAY_MS)
        self.check_timer.timeout.connect(self.check_now)
        self.keys_filter = WindowKeysFilter(self)
        self.exercise_list.currentRowChanged.connect(self._on_row_changed)
        self.exercise_list.move_requested.connect(self.move_exercise)
        self.exercise_list.remove_requested.connect(self.remove_exercise)
        self.exercise_list.duplicate_requested.connect(self.duplicate_exercise)
        self.preview.problem_chosen.connect(self.go_to)
        self.stack.cleanChanged.connect(self._on_clean_changed)
        self._refresh(0)
        self.check_now()
        self._settle_widgets()
        if self.load_problem:
            self.status.setText(self.load_problem)
        self.exercise_list.setCurrentRow(0)
        self.sections[0].rows[0].field.setFocus()

    # -- opening -----------------------------------------------------------------------------

    def _open(self, source: Path | None, duplicate: bool) -> RoutineDraft:
        if source is None:
            return RoutineDraft.new()
        try:
            if source.stat().st_size > MAX_FILE_BYTES:  # as the loader: never read it whole
                raise DraftError(too_big_message(source.stat().st_size))
            draft = RoutineDraft.from_text(source.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, DraftError) as error:
            self.load_problem = self.tr("Could not open {file} ({error}); starting a new "
                                        "routine.").format(file=source.name, error=error)
            return RoutineDraft.new()
        in_user_folder = source.resolve().parent == self.user_dir.resolve()
        if duplicate or not in_user_folder:
            name = shown(draft.get(("name",))) or source.stem
            draft.apply([SetValue(("name",),
                                  plain_text(self.tr("Copy of {name}").format(name=name)))])
        else:
            self.path = source
        return draft

    # -- layout ------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        body = QWidget()
        bind(body, body.setAccessibleName, lambda: translate("Accessible", "Routine form"))
        column = QVBoxLayout(body)
        about, timing, cooldown, cues, notes = self.sections
        column.addWidget(about)
        column.addWidget(timing)
        values = QGroupBox(self.tr("Adjustable values ($name)"))
        bind(values, values.setAccessibleName, lambda: translate("Accessible", "Adjustable values"))
        QVBoxLayout(values).addWidget(self.parameters)
        column.addWidget(values)
        exercises = QGroupBox(self.tr("Exercises"))
        bind(exercises, exercises.setAccessibleName, lambda: translate("Accessible", "Exercises"))
        inner = QVBoxLayout(exercises)
        caption = QLabel(self.tr("E&xercises (Alt+Up, Alt+Down to move):"))
        caption.setBuddy(self.exercise_list)
        inner.addWidget(caption)
        inner.addWidget(self.exercise_list)
        buttons = QGridLayout()  # three a row: fits a narrow window
        for number, (text, name, slot) in enumerate(
                ((self.tr("&Add"), "Add exercise", self.add_exercise),
                 (self.tr("Remo&ve"), "Remove exercise", self.remove_exercise),
                 (self.tr("Duplicate"), "Duplicate exercise", self.duplicate_exercise),
                 (self.tr("&Up"), "Move exercise up", lambda: self._move_by(-1)),
                 (self.tr("Do&wn"), "Move exercise down", lambda: self._move_by(1)))):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button, number // 3, number % 3)
        buttons.setColumnStretch(3, 1)
        inner.addLayout(buttons)
        column.addWidget(exercises)
        column.addWidget(self.exercise_form)
        for section in (cooldown, cues, notes):
            column.addWidget(section)
        column.addStretch(1)
        self.form_scroll = QScrollArea()
        bind(self.form_scroll, self.form_scroll.setAccessibleName,
             lambda: translate("Accessible", "Routine form"))
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_scroll.setWidget(body)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.form_scroll)
        self.preview_scroll = QScrollArea()
        bind(self.preview_scroll, self.preview_scroll.setAccessibleName,
             lambda: translate("Accessible", "Preview"))
        self.preview_scroll.setWidgetResizable(True)
        self.preview_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_scroll.setWidget(self.preview)
        self.splitter.addWidget(self.preview_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.save_button = QPushButton(self.tr("&Save"))
        bind(self.save_button, self.save_button.setAccessibleName,
             lambda: translate("Accessible", "Save"))
        self.save_button.setToolTip(self.tr("Save ({keys})").format(keys="Ctrl+S"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        bind(close, close.setAccessibleName, lambda: translate("Accessible", "Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        for text, keys, slot, can in ((self.tr("Undo"), "Ctrl+Z", self.stack.undo,
                                       self.stack.canUndoChanged),
                                      (self.tr("Redo"), self.tr("Ctrl+Shift+Z or Ctrl+Y"),
                                       self.stack.redo, self.stack.canRedoChanged)):
            button = QPushButton(text)
            button.setAccessibleName(text)
            button.setToolTip(self.tr("{action} ({keys})").format(action=text, keys=keys))
            button.setEnabled(False)
            button.clicked.connect(slot)
            can.connect(button.setEnabled)
            bottom.addWidget(button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.resize(1000, 700)

    def _build_actions(self) -> None:
        undo = self.stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        save = QAction(self.tr("Save"), self)
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.triggered.connect(self.save)
        for action in (undo, redo, save):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.undo_action, self.redo_action = undo, redo

    def _settle_widgets(self) -> None:
        """Undo keys for the window in every text field; no button answers Enter (a QDialog
        would make the first one its default: Enter in a field would add a parameter)."""
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        for widget in self.findChildren(QLineEdit) + self.findChildren(QPlainTextEdit):
            if not widget.property("editorKeys"):
                widget.installEventFilter(self.keys_filter)
                widget.setProperty("editorKeys", True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_PX
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != wanted or not self._sized:
            self._sized = True
            self.splitter.setOrientation(wanted)
            total = event.size().height() - 60 if narrow else event.size().width() - 20
            self.splitter.setSizes([total * 3 // 5, total * 2 // 5])

    # -- changes -----------------------------------------------------------------------------

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    def current_exercise(self) -> int:
        return self.exercise_form.index

    def edit(self, path: FieldPath, value: Any) -> None:
        """The user set the value at ``path`` (typing in one field merges into one step)."""
        old = self.draft.get(path)
        if old is value or (type(old) is type(value) and old == value):
            return
        select = path[1] if path[:1] == ("exercises",) and isinstance(path[1], int) else None
        self.stack.push(EditCommand(self.draft, [SetValue(path, value)],
                                    self.tr("Edit {field}").format(field=where(path)),
                                    merge_key=path,
                                    select_redo=select, after=self._after))

    def push(self, ops: list[Op], text: str, select_redo: int | None = None,
             select_undo: int | None = None) -> None:
        if select_redo is None:
            select_redo = self.current_exercise()
        self.stack.push(EditCommand(self.draft, ops, text, select_redo=select_redo,
                                    select_undo=select_undo, after=self._after))

    def add_exercise(self) -> None:
        count = self.draft.exercise_count()
        at = min(self.current_exercise() + 1, count) if count else 0
        ops = [*ensure_exercise_list(self.draft),
               InsertItem(("exercises",), at, new_exercise(count + 1))]
        self.push(ops, self.tr("Add exercise"), select_redo=at,
                  select_undo=self.current_exercise())
        self.exercise_form.name.setFocus()
        self.exercise_form.name.selectAll()

    def duplicate_exercise(self) -> None:
        at = self.current_exercise()
        exercise = self.draft.get(("exercises", at))
        if exercise is MISSING:
            return
        self.push([InsertItem(("exercises",), at + 1, copy.deepcopy(exercise))],
                  self.tr("Duplicate exercise"), select_redo=at + 1, select_undo=at)

    def remove_exercise(self) -> None:
        count = self.draft.exercise_count()
        at = self.current_exercise()
        if not 0 <= at < count:
            return
        self.push([RemoveItem(("exercises",), at)], self.tr("Remove exercise"),
                  select_redo=max(0, min(at, count - 2)), select_undo=at)

    def move_exercise(self, source: int, target: int) -> None:
        count = self.draft.exercise_count()
        if source == target or not (0 <= source < count and 0 <= target < count):
            return
        self.push([MoveItem(("exercises",), source, target)], self.tr("Move exercise"),
                  select_redo=target, select_undo=source)

    def _move_by(self, step: int) -> None:
        self.move_exercise(self.current_exercise(), self.current_exercise() + step)

    def _after(self, select: int | None) -> None:
        self._refresh(select)
        self.check_timer.start()
        self.status.setText("")

    def _on_row_changed(self, row: int) -> None:
        if row >= 0 and row != self.exercise_form.index:
            self.exercise_form.index = row
            self.exercise_form.refresh()
            self._show_problems()

    def _refresh(self, select: int | None) -> None:
        count = self.draft.exercise_count()
        names = self.draft.exercise_names()
        self.exercise_list.show_names(self._marked(names))
        if select is not None:
            self.exercise_form.index = max(0, min(select, count - 1))
        elif self.exercise_form.index >= count:
            self.exercise_form.index = max(0, count - 1)
        if count:
            self.exercise_list.blockSignals(True)
            self.exercise_list.setCurrentRow(self.exercise_form.index)
            self.exercise_list.blockSignals(False)
        for section in self.sections:
            section.refresh(self.draft.get)
        self.parameters.refresh()
        self.exercise_form.refresh()
        self._settle_widgets()
        self._show_problems()

    def _marked(self, names: list[str]) -> list[str]:
        bad = {problem.path[1] for problem in self.check_result.problems
               if len(problem.path) >= 2 and problem.path[0] == "exercises"}
        return [self.tr("{exercise}  ⚠ problem").format(exercise=name) if number in bad else name
                for number, name in enumerate(names)]

    # -- checking ----------------------------------------------------------------------------

    def check_now(self) -> CheckResult:
        """Check the draft's text now (as the loader and the timer read it); show the result."""
        self.check_timer.stop()
        self.text = self.draft.text()
        name = self.path.name if self.path is not None else "new routine"
        self.check_result = check_text(self.text, name, self.path.stem if self.path else "draft")
        names = self.draft.exercise_names()
        self.preview.show_result(self.check_result,
                                 [problem_text(problem) for problem in self.check_result.problems])
        self.exercise_list.show_names(self._marked(names))
        self._show_problems()
        return self.check_result

    def _form_sections(self) -> list[FormSection]:
        return [*self.sections, self.exercise_form.main, self.exercise_form.cues,
                *self.parameters.groups]

    def row_for(self, path: FieldPath) -> Row | None:
        """The shown field for ``path`` (the longest start of it)."""
        return row_for((row for section in self._form_sections() for row in section.rows), path)

    def _show_problems(self) -> None:
        place_problems(self._form_sections(), self.check_result.problems)

    def go_to(self, path: FieldPath) -> None:
        """Show and focus the field of ``path`` (a problem chosen in the list)."""
        if len(path) >= 2 and path[0] == "exercises" and isinstance(path[1], int):
            self._refresh(path[1])
        row = self.row_for(path)
        if row is not None:
            self.form_scroll.ensureWidgetVisible(row.field)
            row.field.setFocus()

    # -- saving and closing ------------------------------------------------------------------

    def problems(self) -> tuple[FieldProblem, ...]:
        return self.check_result.problems

    def save(self) -> bool:
        """Write the routine; refused (and said why) while there are problems."""
        result = self.check_now()
        if result.problems:
            first = result.problems[0]
            more = len(result.problems) - 1
            text = self.tr("Not saved: {problem}").format(problem=problem_text(first))
            if more:
                text += " " + plural(self.tr("(and %n more)", "", more), more)
            self.status.setText(text)
            self.go_to(first.path)
            return False
        try:
            if self.path is None:
                name = shown(self.draft.get(("name",)))
                self.path = files.write_new_routine(self.user_dir, self.text,
                                                    files.routine_id_for(name), self.taken_ids)
            else:
                files.replace_routine_file(self.path, self.text)
        except OSError as error:
            self.status.setText(self.tr("Not saved: {problem}").format(
                problem=error.strerror or error))
            return False
        self.stack.setClean()
        self.status.setText(self.tr("Saved as {file}").format(file=self.path.name))
        self._show_title()
        self.saved.emit(self.path)
        return True

    def _show_title(self) -> None:
        # "Routine editor" first: the window is found by its title (tests/e2e).
        where = self.path.name if self.path is not None else self.tr("new file")
        self.setWindowTitle(self.tr("Routine editor – {file}[*]").format(file=where))

    def reject(self) -> None:
        """Esc and closing the window: ask first when there are unsaved changes."""
        if not self.stack.isClean():
            answer = self.ask(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                return
        self.check_timer.stop()
        super().reject()

