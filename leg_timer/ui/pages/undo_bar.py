"""A notice row with an Undo button: "Deleted 'Squats'. Undo (Ctrl+Z)".

The picker shows it after a routine of the person's own is deleted; the button (or the key
named on it) brings the file back. It only draws and says it was pressed: the window keeps
what can be undone.

Signals:
    undo_requested(): the Undo button was pressed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from leg_timer.core.translation import translate
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind


class UndoBar(QWidget):
    undo_requested = Signal()

    def __init__(self, undo_keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Undo notice"))
        self.label = QLabel()
        bind(self.label, self.label.setAccessibleName,
             lambda: translate("Accessible", "What was done"))
        self.label.setWordWrap(True)
        self.label.setStyleSheet(theme.banner_style(theme.NOTICE_FILL))
        self.button = QPushButton()
        bind(self.button, self.button.setText,
             lambda: self.tr("Undo  ({keys})").format(keys=undo_keys))
        bind(self.button, self.button.setAccessibleName,
             lambda: translate("Accessible", "Undo the deletion"))
        self.button.clicked.connect(self.undo_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.hide()

    def show_undo(self, text: str) -> None:
        """Say what was done, with the button that undoes it."""
        self.label.setText(text)
        self.button.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()

