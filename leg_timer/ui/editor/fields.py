"""The editor's field widgets: each shows one value of the file and says when the user
changes it, as the value to write.

Every field emits ``edited(object)`` only for the user's own changes (typing, choosing), never
when the form shows a value, so undo and redo can refill the form without making new undo
steps. Undo, redo and save keys go to the window's undo stack even inside a text field (the
field's own undo would otherwise take Ctrl+Z), so one Ctrl+Z undoes the same step wherever the
focus is.

Signals (every field):
    edited(object): the value the user gave (``MISSING`` removes the key).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from leg_timer.authoring.values import MISSING, number_or_text, shown, text_value
from leg_timer.core.routine import TAGS
from leg_timer.ui.i18n import tag_name

_WINDOW_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
                QKeySequence.StandardKey.Save)


def is_window_key(event: QEvent) -> bool:
    """Undo, redo (Ctrl+Shift+Z and Ctrl+Y) and save: keys the window's actions own."""
    if not isinstance(event, QKeyEvent):
        return False
    if any(event.matches(key) for key in _WINDOW_KEYS):
        return True
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    control = Qt.KeyboardModifier.ControlModifier
    shifted = control | Qt.KeyboardModifier.ShiftModifier
    return ((event.key() == Qt.Key.Key_Y and mods == control)
            or (event.key() == Qt.Key.Key_Z and mods == shifted))


class WindowKeysFilter(QObject):
    """Lets the window's shortcuts have undo, redo and save in the widgets it watches, and
    keeps those keys from the field's own undo when there is nothing to undo (the window's
    action is then disabled and the key would reach the field)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):
            event.ignore()  # not taken by the field: the window's QAction gets it
            return True
        return event.type() == QEvent.Type.KeyPress and is_window_key(event)


class LineField(QLineEdit):
    """One line of text; ``number`` fields write 45 as a number and 45s or $name as text."""

    edited = Signal(object)

    def __init__(self, name: str, *, number: bool = False, placeholder: str = "",
                 required: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = number
        self.required = required  # emptied, it stays in the file: the loader says it is empty
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.textEdited.connect(self._on_text_edited)

    def _on_text_edited(self, text: str) -> None:
        self.edited.emit(self._value_of(text))

    def show_value(self, value: Any) -> None:
        text = shown(value)
        if "\n" in text:
            text = " ".join(text.split())
        if text != self.text() and shown(self._value_of(self.text())) != shown(value):
            self.setText(text)

    def _value_of(self, text: str) -> Any:
        if self.number:
            return number_or_text(text)
        return text_value(text, keep_empty=self.required)


class AreaField(QPlainTextEdit):
    """Several lines of text (instructions, safety, description); Tab moves on."""

    edited = Signal(object)

    def __init__(self, name: str, *, placeholder: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(48)
        self.setMaximumHeight(90)
        self._showing = False
        self.textChanged.connect(self._on_text_changed)

    def _on_text_changed(self) -> None:
        if not self._showing:
            self.edited.emit(text_value(self.toPlainText()))

    def show_value(self, value: Any) -> None:
        text = shown(value)
        if text.strip() == self.toPlainText().strip():
            return
        self._showing = True
        try:
            self.setPlainText(text)
        finally:
            self._showing = False


class ChoiceField(QComboBox):
    """One of a few values; a value the list does not know (from a hand-written file) is
    shown as it is, and kept until another is chosen."""

    edited = Signal(object)

    def __init__(self, name: str, choices: Sequence[tuple[str, Any]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.choices = list(choices)
        for label, _value in self.choices:
            self.addItem(label)
        self.activated.connect(self._on_activated)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: see wheelEvent

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # to the form: scrolling past a choice never changes it
            return
        super().wheelEvent(event)

    def _on_activated(self, index: int) -> None:
        if index < len(self.choices):
            self.edited.emit(self.choices[index][1])

    def show_value(self, value: Any) -> None:
        wanted = _comparable(value)
        for index, (_label, choice) in enumerate(self.choices):
            if _comparable(choice) == wanted:
                while self.count() > len(self.choices):
                    self.removeItem(self.count() - 1)
                self.setCurrentIndex(index)
                return
        if self.count() == len(self.choices):
            self.addItem("")
        self.setItemText(len(self.choices), self.tr("{value} (as written)").format(
            value=shown(value)))
        self.setCurrentIndex(len(self.choices))


def _comparable(value: Any) -> Any:
    if value is MISSING or value is None:
        return MISSING
    if isinstance(value, list | tuple):
        return tuple(_comparable(item) for item in value)
    if isinstance(value, str):
        return str(value).strip().lower()
    return value


class TagsField(QWidget):
    """A check box per tag the format knows."""

    edited = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        layout = QGridLayout(self)  # three a row: fits a narrow window
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        self.others: list[str] = []  # tags the format does not know, kept as written
        for number, tag in enumerate(TAGS):
            box = QCheckBox(tag_name(tag))
            box.setAccessibleName(f"Tag {tag}")
            box.clicked.connect(self._on_clicked)
            layout.addWidget(box, number // 3, number % 3)
            self.boxes[tag] = box
        layout.setColumnStretch(3, 1)
        self.setFocusProxy(self.boxes[TAGS[0]])

    def _on_clicked(self) -> None:
        from leg_timer.authoring.draft import flow_list

        tags = [tag for tag, box in self.boxes.items() if box.isChecked()] + self.others
        self.edited.emit(flow_list(tags) if tags else MISSING)

    def show_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else [] if value is MISSING else [value]
        words = [str(item) for item in items]
        for tag, box in self.boxes.items():
            box.setChecked(tag in words)
        self.others = [word for word in words if word not in self.boxes]
