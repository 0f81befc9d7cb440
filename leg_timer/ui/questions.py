"""The questions the window asks before losing a workout, and the default way to ask them.

The window takes a ``confirm`` callable (a :data:`Confirm`) so tests answer without a dialog;
:func:`ask_in_message_box` is what a person gets: Enter answers yes, Esc answers no, so the
question is answered from the mat without the mouse.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Question:
    title: str
    text: str
    yes: str
    no: str


Confirm = Callable[[Question], bool]

STOP_QUESTION = Question("Stop the workout?",
                         "The workout is running. Stop it and see the summary?",
                         "Stop", "Keep going")
QUIT_QUESTION = Question("Quit Leg Timer?",
                         "A workout is under way. Quit and lose the rest of it?",
                         "Quit", "Keep going")


def ask_in_message_box(parent: QWidget, question: Question) -> bool:
    """A modal message box; True when the user chose ``question.yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, question.title, question.text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(question.yes, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(question.no, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(question.yes)
    no.setAccessibleName(question.no)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
