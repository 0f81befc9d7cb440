"""The editor's one question: save the changes before closing? (The window takes it as a
callable, so tests answer without a dialog.)"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from leg_timer.core.translation import translate

Ask = Callable[[QWidget], str]  # "save", "discard" or "cancel"


def ask_unsaved(parent: QWidget) -> str:
    """Save (the default, Enter), Discard, or Cancel (Esc: back to the editor)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Editor", "Unsaved changes"),
                      translate("Editor", "Save the changes to this routine before closing?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return "save"
    return "discard" if answer == QMessageBox.StandardButton.Discard else "cancel"
