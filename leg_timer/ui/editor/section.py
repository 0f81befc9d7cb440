"""A titled group of labelled fields, each with room for its problems under it.

A row is a label (the field's buddy, so Alt+letter reaches it), the field, and a line that
shows the loader's messages about that field while there are any. Rows know the path of the
value they edit; ``path_of`` is called each time, so a field can follow the exercise shown or
the exercise's shape (``work`` or ``reps``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QWidget

from leg_timer.authoring.draft import FieldPath
from leg_timer.ui import theme


@dataclass
class Row:
    field: Any  # a field of leg_timer.ui.editor.fields
    path_of: Callable[[], FieldPath]
    problem: QLabel
    number: int
    name: str


class FormSection(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title.replace("&", ""))
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows: list[Row] = []

    def add(self, label: str, field: QWidget, path_of: Callable[[], FieldPath],
            hint: str = "") -> Row:
        caption = QLabel(label)
        caption.setBuddy(field)
        if hint:
            field.setToolTip(hint)
            field.setAccessibleDescription(hint)
        self.form.addRow(caption, field)
        problem = QLabel()
        problem.setWordWrap(True)
        problem.setAccessibleName(f"Problem with {label.replace('&', '').rstrip(':')}")
        self.form.addRow(problem)
        row = Row(field, path_of, problem, self.form.rowCount() - 1, label)
        self.form.setRowVisible(row.number, False)
        self.rows.append(row)
        self._color(problem)
        return row

    def bind(self, label: str, field: QWidget, path_of: Callable[[], FieldPath],
             edit: Callable[[FieldPath, object], None], hint: str = "",
             transform: Callable[[FieldPath, object], object] | None = None) -> Row:
        """A row whose field's edits go to ``edit(path, value)`` at its current path."""
        row = self.add(label, field, path_of, hint)

        def on_edited(value: object) -> None:
            path = path_of()
            edit(path, transform(path, value) if transform is not None else value)

        field.edited.connect(on_edited)  # type: ignore[attr-defined]
        return row

    def refresh(self, get: Callable[[FieldPath], Any]) -> None:
        for row in self.rows:
            row.field.show_value(get(row.path_of()))

    def show_problems(self, messages_for: Callable[[FieldPath], Iterable[str]]) -> None:
        for row in self.rows:
            messages = list(messages_for(row.path_of()))
            text = "\n".join(messages)
            if row.problem.text() != text:
                row.problem.setText(text)
                row.field.setAccessibleDescription(text or row.field.toolTip())
            self.form.setRowVisible(row.number, bool(messages))

    def _color(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, theme.warning_text(self.palette()))
        label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for row in self.rows:
                self._color(row.problem)
