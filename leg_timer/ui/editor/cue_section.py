"""The cue settings of the routine or of one exercise: each left unset inherits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from leg_timer.authoring.draft import FieldPath
from leg_timer.authoring.values import MISSING
from leg_timer.ui.editor.fields import ChoiceField, LineField
from leg_timer.ui.editor.section import FormSection

Edit = Callable[[FieldPath, object], None]


def _flag(name: str, default: str) -> ChoiceField:
    return ChoiceField(name, [(f"As {default}", MISSING), ("Yes", True), ("No", False)])


def _cue_path(prefix: Callable[[], FieldPath], key: str) -> Callable[[], FieldPath]:
    return lambda: (*prefix(), "cues", key)


class CueSection(FormSection):
    def __init__(self, title: str, prefix: Callable[[], FieldPath], edit: Edit, *,
                 inherited: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        who = "Exercise" if inherited != "the app" else "Routine"
        fields: list[tuple[str, str, QWidget, str]] = [
            ("start", "Sound at the start:", _flag(f"{who} start sound", inherited), ""),
            ("end", "Sound at the end:", _flag(f"{who} end sound", inherited), ""),
            ("halfway", "Halfway sound:", _flag(f"{who} halfway sound", inherited),
             "At half time, on segments of 20 s or more"),
            ("countdown", "Countdown ticks:",
             LineField(f"{who} countdown ticks", number=True, placeholder=f"as {inherited}"),
             "3 ticks 3-2-1 before the end; 0 for none; at most 10"),
            ("interval", "Bell every:",
             LineField(f"{who} interval bell", number=True, placeholder=f"as {inherited}"),
             "A bell every so often inside long holds, e.g. 5min; 0 for none"),
            ("style", "Sound style:",
             ChoiceField(f"{who} sound style",
                         [(f"As {inherited}", MISSING), ("Beep", "beep"), ("Bell", "bell")]),
             "Beep for workouts, a soft bell for relaxation poses"),
        ]
        for key, label, field, hint in fields:
            self.bind(label, field, _cue_path(prefix, key), edit, hint)
