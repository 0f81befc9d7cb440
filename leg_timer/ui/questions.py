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

from PySide6.QtWidgets import QWidget

from leg_timer.core.translation import QT_TRANSLATE_NOOP, translate


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


    def shown(self) -> Question:
        """The question in the chosen language (the constants below are its English, marked
        for the catalogues under "Questions"; a translation marks its own letter with &)."""
        return Question(*(translate("Questions", part)
                          for part in (self.title, self.text, self.yes, self.no)))


Confirm = Callable[[Question], bool]

_KEEP_GOING = QT_TRANSLATE_NOOP("Questions", "Keep going")
STOP_QUESTION = Question(QT_TRANSLATE_NOOP("Questions", "Stop the workout?"),
                         QT_TRANSLATE_NOOP("Questions",
                                           "The workout is paused. Stop it and see the summary?"
                                           "\n\nS stops · Enter or Esc keeps going"),
                         QT_TRANSLATE_NOOP("Questions", "&Stop"), _KEEP_GOING)
QUIT_QUESTION = Question(QT_TRANSLATE_NOOP("Questions", "Quit Leg Timer?"),
                         QT_TRANSLATE_NOOP("Questions",
                                           "The workout is paused. Quit and lose the rest of it?"
                                           "\n\nQ quits · Enter or Esc keeps going"),
                         QT_TRANSLATE_NOOP("Questions", "&Quit"), _KEEP_GOING)
RESTART_QUESTION = Question(QT_TRANSLATE_NOOP("Questions", "Restart the workout?"),
                            QT_TRANSLATE_NOOP("Questions",
                                              "The workout is paused. Start the routine again "
                                              "from the beginning?\n\nR restarts · Enter or Esc "
                                              "keeps going"),
                            QT_TRANSLATE_NOOP("Questions", "&Restart"), _KEEP_GOING)


def ask_in_message_box(parent: QWidget, question: Question) -> bool:
    """A modal message box; True when the user chose ``question.yes``."""
    # Imported here: PySide6 builds a Qt class's Python type (with its enums) when the name
    # is first imported, and no message box is needed before the window's first paint.
    from PySide6.QtWidgets import QMessageBox

    question = question.shown()
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
