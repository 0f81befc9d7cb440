"""The cue settings of the routine or of one exercise: each left unset inherits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from leg_timer.authoring.draft import FieldPath
from leg_timer.authoring.values import MISSING
from leg_timer.core.translation import translate
from leg_timer.ui.editor.fields import ChoiceField, LineField
from leg_timer.ui.editor.section import FormSection

Edit = Callable[[FieldPath, object], None]


def _flag(name: str, default: str) -> ChoiceField:
    return ChoiceField(name, [(translate("CueSection", "As {inherited}").format(inherited=default),
                               MISSING), (translate("CueSection", "Yes"), True),
                              (translate("CueSection", "No"), False)])


def _cue_path(prefix: Callable[[], FieldPath], key: str) -> Callable[[], FieldPath]:
    return lambda: (*prefix(), "cues", key)


class CueSection(FormSection):
    def __init__(self, title: str, prefix: Callable[[], FieldPath], edit: Edit, *,
                 inherited: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        who = "Exercise" if inherited != translate("RoutineForm", "the app") else "Routine"
        as_inherited = translate("CueSection", "as {inherited}").format(inherited=inherited)
        fields: list[tuple[str, str, QWidget, str]] = [
            ("start", translate("CueSection", "Sound at the start:"),
             _flag(f"{who} start sound", inherited), ""),
            ("end", translate("CueSection", "Sound at the end:"),
             _flag(f"{who} end sound", inherited), ""),
            ("halfway", translate("CueSection", "Halfway sound:"),
             _flag(f"{who} halfway sound", inherited),
             translate("CueSection", "At half time, on segments of 20 s or more")),
            ("countdown", translate("CueSection", "Countdown ticks:"),
             LineField(f"{who} countdown ticks", number=True, placeholder=as_inherited),
             translate("CueSection", "3 ticks 3-2-1 before the end; 0 for none; at most 10")),
            ("interval", translate("CueSection", "Bell every:"),
             LineField(f"{who} interval bell", number=True, placeholder=as_inherited),
             translate("CueSection", "A bell every so often inside long holds, e.g. 5min; 0 for "
                       "none")),
            ("style", translate("CueSection", "Sound style:"),
             ChoiceField(f"{who} sound style",
                         [(translate("CueSection", "As {inherited}").format(inherited=inherited),
                           MISSING), (translate("CueSection", "Beep"), "beep"),
                          (translate("CueSection", "Bell"), "bell")]),
             translate("CueSection", "Beep for workouts, a soft bell for relaxation poses")),
        ]
        for key, label, field, hint in fields:
            self.bind(label, field, _cue_path(prefix, key), edit, hint)
