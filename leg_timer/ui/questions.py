"""The questions the window asks before losing a workout, and the default way to ask them.

The window takes a ``confirm`` callable (a :data:`Confirm`) so tests answer without a dialog;
:func:`ask_in_message_box` is what a person gets. The safe answer (keep going) is the default:
Enter, Space and Esc all keep the workout, so Esc followed by Enter (the "done with this set"
key) never ends one by accident. The losing answer takes a deliberate key: its letter (S, Q or
R, underlined on the button, no Alt needed), or Tab to it and Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QMessageBox, QWidget


@dataclass(frozen=True)
class Question:
    title: str
    text: str
    yes: str  # the answer that loses the workout; its & marks the letter that chooses it
    no: str  # the safe answer, the default

    @property
    def yes_key(self) -> str:
        """The letter that chooses ``yes`` ("" when none is marked)."""
        marked = self.yes.partition("&")[2]
        return marked[:1].upper()


Confirm = Callable[[Question], bool]

_KEEP_GOING = "Keep going"
STOP_QUESTION = Question("Stop the workout?",
                         "The workout is paused. Stop it and see the summary?\n\n"
                         "S stops · Enter or Esc keeps going",
                         "&Stop", _KEEP_GOING)
QUIT_QUESTION = Question("Quit Leg Timer?",
                         "The workout is paused. Quit and lose the rest of it?\n\n"
                         "Q quits · Enter or Esc keeps going",
                         "&Quit", _KEEP_GOING)
RESTART_QUESTION = Question("Restart the workout?",
                            "The workout is paused. Start the routine again from the "
                            "beginning?\n\nR restarts · Enter or Esc keeps going",
                            "&Restart", _KEEP_GOING)


def ask_in_message_box(parent: QWidget, question: Question) -> bool:
    """A modal message box; True when the user chose ``question.yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, question.title, question.text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(question.yes, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(question.no, QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(question.yes.replace("&", ""))
    no.setAccessibleName(question.no)
    box.setDefaultButton(no)  # Enter and Space keep going
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
