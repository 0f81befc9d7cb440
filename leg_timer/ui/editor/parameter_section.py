"""The routine's adjustable values: one group of fields per parameter, with add and remove.

A parameter's name is its key in the file (used as ``$name``), so renaming it is taken when
the name field is left (Enter, Tab), as one undo step, not at every key press.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from leg_timer.authoring.draft import (
    FieldPath,
    Op,
    RoutineDraft,
    SetValue,
    new_parameter,
)
from leg_timer.authoring.values import MISSING
from leg_timer.core.translation import QT_TRANSLATE_NOOP, translate
from leg_timer.ui.editor.fields import ChoiceField, LineField
from leg_timer.ui.editor.section import FormSection
from leg_timer.ui.i18n import bind

Edit = Callable[[FieldPath, object], None]
Push = Callable[[list[Op], str], None]
UNITS = [(QT_TRANSLATE_NOOP("ParameterSection", "Seconds (s)"), "s"),
         (QT_TRANSLATE_NOOP("ParameterSection", "Minutes (min)"), "min"),
         (QT_TRANSLATE_NOOP("ParameterSection", "Count"), "count")]


class ParameterGroup(FormSection):
    """The fields of parameter ``name``."""

    def __init__(self, name: str, edit: Edit, push: Push, draft: Callable[[], RoutineDraft]
                 ) -> None:
        super().__init__(translate("ParameterSection", "Parameter ${name}").format(name=name))
        self.name = name
        self._draft = draft
        self._push = push
        self.name_field = LineField(f"Name of parameter {name}")
        self.name_field.setText(name)
        self.name_field.editingFinished.connect(self._on_rename)
        self.form.addRow(translate("ParameterSection", "Name ($):"), self.name_field)
        units = [(translate("ParameterSection", label), unit) for label, unit in UNITS]
        rows = [
            ("label", translate("ParameterSection", "Label:"), LineField(f"{name} label")),
            ("unit", translate("ParameterSection", "Unit:"), ChoiceField(f"{name} unit", units)),
            ("default", translate("ParameterSection", "Default:"),
             LineField(f"{name} default", number=True)),
            ("min", translate("ParameterSection", "Minimum:"),
             LineField(f"{name} minimum", number=True)),
            ("max", translate("ParameterSection", "Maximum:"),
             LineField(f"{name} maximum", number=True)),
            ("step", translate("ParameterSection", "Step:"),
             LineField(f"{name} step", number=True, placeholder="1")),
            ("description", translate("ParameterSection", "Description:"),
             LineField(f"{name} description")),
        ]
        for key, label, field in rows:
            self.bind(label, field, self._path(key), edit)
        remove = QPushButton(translate("ParameterSection", "Remove ${name}").format(name=name))
        remove.setAccessibleName(f"Remove parameter {name}")
        remove.clicked.connect(
            lambda: push([SetValue(("parameters", self.name), MISSING)],
                         f"Remove parameter {self.name}"))
        self.form.addRow(remove)

    def _path(self, key: str) -> Callable[[], FieldPath]:
        return lambda: ("parameters", self.name, key)

    def _on_rename(self) -> None:
        new = self.name_field.text().strip()
        if new == self.name:
            return
        if not new.isidentifier() or new in self._draft().parameter_names():
            self.name_field.setText(self.name)  # refused: letters, digits and _, not in use
            self.name_field.setToolTip(translate(
                "ParameterSection", "{name} is not a free name of letters, digits and _").format(
                name=repr(new)))
            return
        self._push(self._draft().rename_parameter(self.name, new), f"Rename ${self.name}")


class ParameterSection(QWidget):
    def __init__(self, draft: Callable[[], RoutineDraft], edit: Edit, push: Push,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Parameters"))
        self._draft = draft
        self._edit = edit
        self._push = push
        self.groups: list[ParameterGroup] = []
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add an adjustable va&lue"))
        bind(self.add_button, self.add_button.setAccessibleName,
             lambda: translate("Accessible", "Add parameter"))
        self.add_button.setToolTip(self.tr("A value the user picks before starting, used as "
                                           "$name"))
        self.add_button.clicked.connect(self._on_add)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def _on_add(self) -> None:
        names = self._draft().parameter_names()
        number = 1
        while f"value{number}" in names:
            number += 1
        name = f"value{number}"
        self._push([SetValue(("parameters", name), new_parameter(self.tr("Value {number}").format(
            number=number)))],
                   f"Add parameter {name}")

    def refresh(self) -> None:
        draft = self._draft()
        names = draft.parameter_names()
        if names != [group.name for group in self.groups]:
            focused = next((number for number, group in enumerate(self.groups)
                            if group.name_field.hasFocus()), None)
            for group in self.groups:
                group.deleteLater()
                group.setParent(None)
            self.groups = [ParameterGroup(name, self._edit, self._push, self._draft)
                           for name in names]
            for number, group in enumerate(self.groups):
                self.layout_.insertWidget(number, group)
            if focused is not None and focused < len(self.groups):
                self.groups[focused].name_field.setFocus()  # renamed: keep the place
        for group in self.groups:
            group.refresh(draft.get)
