"""The right-hand pane of the picker: one routine's details and a control per parameter.

Signals:
    values_changed(object): the chosen parameter values (a dict) changed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.errors import RoutineError
from leg_timer.core.plan import PlanLimitError, build_plan
from leg_timer.core.routine import Parameter, Routine
from leg_timer.present import routine_text
from leg_timer.ui import theme


class StepSpinBox(QSpinBox):
    """A spin box over a parameter's allowed values (minimum + n × step), shown with its unit.

    Qt counts whole steps underneath, so the value can never fall between two allowed ones.
    """

    def __init__(self, parameter: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parameter = parameter
        steps = round((parameter.maximum - parameter.minimum) / parameter.step)
        self.setRange(0, max(0, steps))
        self.setSuffix(routine_text.unit_suffix(parameter))
        self.setAccessibleName(parameter.label)
        self.setAccessibleDescription(f"allowed {routine_text.range_text(parameter)}")
        self.setToolTip(parameter.description or f"Allowed: {routine_text.range_text(parameter)}")

    def unit_value(self) -> float:
        value = self.parameter.minimum + self.value() * self.parameter.step
        return round(value, 6)

    def set_unit_value(self, value: float) -> None:
        self.setValue(round((value - self.parameter.minimum) / self.parameter.step))

    def textFromValue(self, value: int) -> str:
        return f"{self.parameter.minimum + value * self.parameter.step:g}"

    def valueFromText(self, text: str) -> int:
        number = text.removesuffix(self.suffix()).strip()
        try:
            parsed = float(number)
        except ValueError:
            return self.value()
        if not math.isfinite(parsed):
            return self.value()
        steps = round((parsed - self.parameter.minimum) / self.parameter.step)
        return min(self.maximum(), max(self.minimum(), steps))


class RoutineDetails(QScrollArea):
    values_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Routine details")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._routine: Routine | None = None
        self.spin_boxes: dict[str, StepSpinBox] = {}
        self.prepare_s: float | None = None  # the person's get-ready override (settings)

        body = QWidget()
        self.name_label = QLabel()
        self.name_label.setAccessibleName("Routine name")
        font = theme.scaled_font(self.font(), 1.5, bold=True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setAccessibleName("Total time")
        self.total_label.setFont(theme.scaled_font(self.font(), 1.15, bold=True))
        self.tags_label = QLabel()
        self.tags_label.setAccessibleName("Tags")
        self.description_label = QLabel()
        self.description_label.setAccessibleName("Description")
        # A grid, not a QFormLayout: a wrapped hint under a field gets its full height here.
        self.form_box = QWidget()
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_layout.setContentsMargins(0, 6, 0, 6)
        self._grid_box: QWidget | None = None
        self.info_label = QLabel()
        self.info_label.setAccessibleName("Exercises, instructions and notes")
        for label in (self.tags_label, self.description_label, self.info_label):
            label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.name_label, self.description_label, self.info_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(body)
        layout.addWidget(self.name_label)
        layout.addWidget(self.total_label)
        layout.addWidget(self.tags_label)
        layout.addWidget(self.description_label)
        layout.addWidget(self.form_box)
        layout.addWidget(self.info_label)
        layout.addStretch(1)
        self.setWidget(body)

    @property
    def routine(self) -> Routine | None:
        return self._routine

    def values(self) -> dict[str, float]:
        return {name: box.unit_value() for name, box in self.spin_boxes.items()}

    def commit_typing(self) -> None:
        """Take a number still being typed in a spin box (Enter starts at once)."""
        for box in self.spin_boxes.values():
            box.interpretText()

    def show_routine(self, routine: Routine, values: Mapping[str, float]) -> None:
        self._routine = routine
        self._clear_form()
        self._grid_box = QWidget()
        grid = QGridLayout(self._grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.form_layout.addWidget(self._grid_box)
        for parameter in routine.parameters:
            box = StepSpinBox(parameter)
            box.set_unit_value(values.get(parameter.name, parameter.default))
            box.valueChanged.connect(self._on_value_changed)
            self.spin_boxes[parameter.name] = box
            row = QHBoxLayout()
            row.addWidget(box)
            allowed = QLabel(routine_text.range_text(parameter))
            allowed.setAccessibleName(f"{parameter.label} range")
            allowed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            row.addWidget(allowed)
            row.addStretch(1)
            caption = QLabel(f"{parameter.label}:")
            caption.setBuddy(box)
            line = grid.rowCount()
            grid.addWidget(caption, line, 0)
            grid.addLayout(row, line, 1)
            if parameter.description:
                hint = QLabel(parameter.description)
                hint.setAccessibleName(f"{parameter.label} hint")
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                grid.addWidget(hint, line + 1, 1)
        self.form_box.setVisible(bool(routine.parameters))
        self.name_label.setText(routine.name)
        self.tags_label.setText(" · ".join(tag.capitalize() for tag in routine.tags))
        self.tags_label.setVisible(bool(routine.tags))
        self.description_label.setText(routine.description)
        self._refresh()

    def show_broken(self, error: RoutineError) -> None:
        self._routine = None
        self._clear_form()
        self.form_box.hide()
        self.name_label.setText(f"Cannot load {routine_text.broken_title(error)}")
        self.total_label.setText(f"{len(error.problems)} problem(s)")
        self.tags_label.hide()
        self.description_label.setText("")
        self.info_label.setText(routine_text.broken_html(error))

    def _clear_form(self) -> None:
        if self._grid_box is not None:
            self._grid_box.hide()
            self._grid_box.setParent(None)
            self._grid_box.deleteLater()
            self._grid_box = None
        self.spin_boxes = {}

    def _on_value_changed(self) -> None:
        self._refresh()
        self.values_changed.emit(self.values())

    def _refresh(self) -> None:
        routine = self._routine
        if routine is None:
            return
        values = self.values()
        try:
            plan = build_plan(routine, values, prepare_s=self.prepare_s)
        except PlanLimitError as error:
            self.total_label.setText(str(error))
        else:
            self.total_label.setText(f"Total {routine_text.total_text(plan)} · "
                                     f"{len(plan.segments)} segments")
        self.info_label.setText(routine_text.details_html(routine, values, self._warn_color()))

    def _warn_color(self) -> str:
        return "#ff8a80" if theme.is_dark(self.palette()) else "#b71c1c"
