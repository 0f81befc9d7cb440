"""The right-hand pane of the picker: one routine's details and a control per parameter.

The pane scrolls with the mouse wheel wherever the pointer is: a spin box takes the wheel only
once it has the focus (clicked or tabbed into), so scrolling past one never changes a value.
A typed value outside a parameter's range is refused, never clamped in silence: the box goes
back to the value it had and a line under the values says what was refused and the range.
"Reset to the routine's defaults" puts every value back to the routine file's own.

Signals:
    values_changed(object): the chosen parameter values (a dict) changed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QValidator, QWheelEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.errors import RoutineError
from leg_timer.core.plan import PlanLimitError, build_plan
from leg_timer.core.routine import Parameter, Routine
from leg_timer.core.translation import translate
from leg_timer.present import routine_text
from leg_timer.present.wording import count
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind, tag_name


class StepSpinBox(QSpinBox):
    """A spin box over a parameter's allowed values (minimum + n × step), shown with its unit.

    Qt counts whole steps underneath, so the value can never fall between two allowed ones.
    The wheel changes the value only while the box has the focus (otherwise the pane under
    it scrolls). A number outside the range can be typed but is refused when the typing is
    taken (Enter, Tab, a click elsewhere): the box keeps its value and ``refused`` says so.

    Signals:
        refused(str): the text typed and refused (outside the range), with its unit.
    """

    refused = Signal(str)

    def __init__(self, parameter: Parameter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parameter = parameter
        self.last_refused = ""  # the last text refused, until a value is taken again
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: see wheelEvent
        steps = round((parameter.maximum - parameter.minimum) / parameter.step)
        self.setRange(0, max(0, steps))
        self.setSuffix(routine_text.unit_suffix(parameter))
        self.setAccessibleName(parameter.label)
        self.setAccessibleDescription(self.tr("allowed {range}").format(
            range=routine_text.range_text(parameter)))
        self.setToolTip(parameter.description or self.tr("Allowed: {range}").format(
            range=routine_text.range_text(parameter)))

    def unit_value(self) -> float:
        value = self.parameter.minimum + self.value() * self.parameter.step
        return round(value, 6)

    def set_unit_value(self, value: float) -> None:
        self.setValue(round((value - self.parameter.minimum) / self.parameter.step))

    def textFromValue(self, value: int) -> str:
        return f"{self.parameter.minimum + value * self.parameter.step:g}"

    def _number(self, text: str) -> float | None:
        """The number in ``text`` (with or without the unit); None when there is none."""
        number = text.strip().removesuffix(self.suffix().strip()).strip()
        try:
            parsed = float(number)
        except ValueError:
            return None
        return parsed if math.isfinite(parsed) else None

    def valueFromText(self, text: str) -> int:
        parsed = self._number(text)
        if parsed is None:
            return self.value()
        steps = round((parsed - self.parameter.minimum) / self.parameter.step)
        return min(self.maximum(), max(self.minimum(), steps))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Any number may be typed; one outside the range is only "intermediate" (shown,
        never taken), so typing 25 into a 5-20 field shows 25 and is then refused."""
        body = text.strip().removesuffix(self.suffix().strip()).strip()
        if body in ("", "-", "+", ".", "-.", "+."):
            return QValidator.State.Intermediate, text, pos
        parsed = self._number(text)
        if parsed is None or len(body) > 12:
            return QValidator.State.Invalid, text, pos
        parameter = self.parameter
        if parameter.minimum <= parsed <= parameter.maximum:
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        # Qt calls this with text that is not acceptable when the typing is taken; the box
        # then goes back to its value. A number out of range is said, not dropped in silence.
        parsed = self._number(text)
        if parsed is not None:
            self.last_refused = f"{parsed:g}{self.suffix()}"
            self.refused.emit(self.last_refused)
        return text

    def take_typing(self) -> bool:
        """Take a number still being typed; False when it was refused (out of range)."""
        self.last_refused = ""
        self.interpretText()
        return not self.last_refused

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # to the scroll area: scrolling past a box never changes it
            return
        super().wheelEvent(event)


class RoutineDetails(QScrollArea):
    values_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Routine details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._routine: Routine | None = None
        self.spin_boxes: dict[str, StepSpinBox] = {}
        self.prepare_s: float | None = None  # the person's get-ready override (settings)

        body = QWidget()
        self.name_label = QLabel()
        bind(self.name_label, self.name_label.setAccessibleName,
             lambda: translate("Accessible", "Routine name"))
        font = theme.scaled_font(self.font(), 1.5, bold=True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.total_label = QLabel()
        bind(self.total_label, self.total_label.setAccessibleName,
             lambda: translate("Accessible", "Total time"))
        self.total_label.setFont(theme.scaled_font(self.font(), 1.15, bold=True))
        self.advice_label = QLabel()  # the routine's practice hint against the history
        bind(self.advice_label, self.advice_label.setAccessibleName,
             lambda: translate("Accessible", "Practice advice"))
        self.advice_label.setWordWrap(True)
        self.advice_label.hide()
        self.tags_label = QLabel()
        bind(self.tags_label, self.tags_label.setAccessibleName,
             lambda: translate("Accessible", "Tags"))
        self.description_label = QLabel()
        bind(self.description_label, self.description_label.setAccessibleName,
             lambda: translate("Accessible", "Description"))
        # A grid, not a QFormLayout: a wrapped hint under a field gets its full height here.
        self.form_box = QWidget()
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_layout.setContentsMargins(0, 6, 0, 6)
        self._grid_box: QWidget | None = None
        self.refused_label = QLabel()
        bind(self.refused_label, self.refused_label.setAccessibleName,
             lambda: translate("Accessible", "Value refused"))
        self.refused_label.setWordWrap(True)
        self.refused_label.hide()
        self.reset_button = QPushButton()
        bind(self.reset_button, self.reset_button.setText,
             lambda: self.tr("Reset to the routine's defaults"))
        bind(self.reset_button, self.reset_button.setAccessibleName,
             lambda: translate("Accessible", "Reset to the routine's defaults"))
        bind(self.reset_button, self.reset_button.setToolTip,
             lambda: self.tr("Put every value above back to the routine's own"))
        self.reset_button.clicked.connect(self.reset_to_defaults)
        reset_row = QHBoxLayout()
        reset_row.addWidget(self.reset_button)
        reset_row.addStretch(1)
        self.form_layout.addWidget(self.refused_label)
        self.form_layout.addLayout(reset_row)
        self.info_label = QLabel()
        bind(self.info_label, self.info_label.setAccessibleName,
             lambda: translate("Accessible", "Exercises, instructions and notes"))
        for label in (self.tags_label, self.description_label, self.info_label):
            label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.name_label, self.description_label, self.info_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A reading area, not an empty focus stop: Tab goes to the text itself (a screen
        # reader reads it there, and the keyboard selects and copies it), never to the pane.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for label in (self.description_label, self.info_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            # Selectable by keyboard gives a label click focus only: Tab must reach it too.
            label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        layout = QVBoxLayout(body)
        layout.addWidget(self.name_label)
        layout.addWidget(self.total_label)
        layout.addWidget(self.advice_label)
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

    def commit_typing(self) -> bool:
        """Take a number still being typed in a spin box (Enter starts at once); False when
        one was refused (out of range: the box kept its value and the pane says so)."""
        taken = True
        for box in self.spin_boxes.values():
            taken = box.take_typing() and taken
        return taken

    def defaults(self) -> dict[str, float]:
        return self._routine.default_values() if self._routine is not None else {}

    def reset_to_defaults(self) -> None:
        """Every value back to the routine's own default, told once (one save, one redraw)."""
        routine = self._routine
        if routine is None:
            return
        defaults = routine.default_values()
        for name, box in self.spin_boxes.items():
            box.blockSignals(True)
            try:
                box.set_unit_value(defaults[name])
            finally:
                box.blockSignals(False)
        self._on_value_changed()

    def show_routine(self, routine: Routine, values: Mapping[str, float]) -> None:
        self._routine = routine
        self._clear_form()
        self._grid_box = QWidget()
        grid = QGridLayout(self._grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        self.form_layout.insertWidget(0, self._grid_box)
        self._show_refused("")
        for parameter in routine.parameters:
            box = StepSpinBox(parameter)
            box.set_unit_value(values.get(parameter.name, parameter.default))
            box.valueChanged.connect(self._on_value_changed)
            box.refused.connect(lambda text, box=box: self._on_refused(box, text))
            self.spin_boxes[parameter.name] = box
            row = QHBoxLayout()
            row.addWidget(box)
            allowed = QLabel(routine_text.range_text(parameter))
            allowed.setAccessibleName(translate("Accessible", "{label}: allowed values").format(
                label=parameter.label))
            allowed.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            row.addWidget(allowed)
            row.addStretch(1)
            caption = QLabel(self.tr("{label}:").format(label=parameter.label))
            caption.setBuddy(box)
            line = grid.rowCount()
            grid.addWidget(caption, line, 0)
            grid.addLayout(row, line, 1)
            if parameter.description:
                hint = QLabel(parameter.description)
                hint.setAccessibleName(translate("Accessible", "{label}: hint").format(
                    label=parameter.label))
                hint.setWordWrap(True)
                hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                grid.addWidget(hint, line + 1, 1)
        self.form_box.setVisible(bool(routine.parameters))
        chain = self.focus_chain()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # the boxes are new: put them in reading order
        self.total_label.show()
        self.name_label.setText(routine.name)
        self.tags_label.setText(" · ".join(tag_name(tag) for tag in routine.tags))
        self.tags_label.setVisible(bool(routine.tags))
        self.description_label.setText(routine.description)
        self._refresh()

    def focus_chain(self) -> list[QWidget]:
        """What Tab visits here, in reading order: the description, each value, the reset
        button, the exercises' text (the picker links the list before and its buttons after)."""
        return [self.description_label, *self.spin_boxes.values(), self.reset_button,
                self.info_label]

    def set_advice(self, text: str) -> None:
        """The line under the total: what the routine's ``practice:`` hint says today."""
        self.advice_label.setText(text)
        self.advice_label.setVisible(bool(text) and self._routine is not None)

    def show_broken(self, error: RoutineError) -> None:
        self._routine = None
        self.advice_label.hide()
        self._clear_form()
        self.form_box.hide()
        self.name_label.setText(self.tr("Cannot load {file}").format(
            file=routine_text.broken_title(error)))
        self.total_label.setText(self.tr("{problems}: nothing to start until the file is fixed")
                                 .format(problems=count(len(error.problems), "problem")))
        self.total_label.show()
        self.tags_label.hide()
        self.description_label.setText("")
        self.info_label.setText(routine_text.broken_html(error))

    def show_nothing(self, title: str, text: str) -> None:
        """No routine to show (an empty search result): ``title`` and what to do instead."""
        self._routine = None
        self.advice_label.hide()
        self._clear_form()
        self.form_box.hide()
        self.name_label.setText(title)
        self.total_label.hide()
        self.tags_label.hide()
        self.description_label.setText(text)
        self.info_label.setText("")

    def _clear_form(self) -> None:
        if self._grid_box is not None:
            self._grid_box.hide()
            self._grid_box.setParent(None)
            self._grid_box.deleteLater()
            self._grid_box = None
        self.spin_boxes = {}

    def _on_value_changed(self) -> None:
        self._show_refused("")
        self._refresh()
        self.values_changed.emit(self.values())

    def _on_refused(self, box: StepSpinBox, text: str) -> None:
        parameter = box.parameter
        self._show_refused(self.tr("{label}: {text} is outside {range}; kept {kept}.").format(
            label=parameter.label, text=text, range=routine_text.range_text(parameter),
            kept=f"{box.textFromValue(box.value())}{box.suffix()}"))

    def _show_refused(self, text: str) -> None:
        self.refused_label.setText(text)
        self.refused_label.setVisible(bool(text))
        if text:
            self.refused_label.setStyleSheet(f"color: {self._warn_color()}; font-weight: bold;")

    def _refresh(self) -> None:
        routine = self._routine
        if routine is None:
            return
        values = self.values()
        self.reset_button.setEnabled(values != routine.default_values())
        try:
            plan = build_plan(routine, values, prepare_s=self.prepare_s)
        except PlanLimitError as error:
            self.total_label.setText(str(error))
        else:
            self.total_label.setText(self.tr("Total {total} · {steps}").format(
                total=routine_text.total_text(plan), steps=count(len(plan.segments), "step")))
        self.info_label.setText(routine_text.details_html(routine, values, self._warn_color()))

    def _warn_color(self) -> str:
        return theme.warning_text(self.palette()).name()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.PaletteChange and hasattr(self, "refused_label"):
            # A theme switch: the safety notes' red is worked out again from the new palette.
            self._refresh()
            self._show_refused(self.refused_label.text())
