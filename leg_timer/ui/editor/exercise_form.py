"""The form of the exercise chosen in the list: its shape (work, hold, reps or total reps),
amounts, sides, rests, texts and cues.

The shape is not one key but which key is there, so changing it is one undo step of several
operations: the old shape's key goes, the new one comes (keeping the amount when both are
times or both counts), ``repeat`` becomes ``sets`` for reps and back, and ``tempo`` goes with
reps.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from leg_timer.authoring.draft import FieldPath, Op, RenameKey, RoutineDraft, SetValue, flow_list
from leg_timer.authoring.values import MISSING
from leg_timer.core.translation import QT_TRANSLATE_NOOP, translate
from leg_timer.ui.editor.cue_section import CueSection
from leg_timer.ui.editor.fields import AreaField, ChoiceField, LineField
from leg_timer.ui.editor.section import FormSection
from leg_timer.ui.i18n import bind

SHAPES = ("work", "hold", "reps", "total_reps")
SHAPE_LABELS = (QT_TRANSLATE_NOOP("ExerciseForm", "Timed work"),
                QT_TRANSLATE_NOOP("ExerciseForm", "Timed hold"),
                QT_TRANSLATE_NOOP("ExerciseForm", "Reps per set"),
                QT_TRANSLATE_NOOP("ExerciseForm", "Total reps over sets"))
_TIMES = ("work", "hold")
_DEFAULTS = {"work": "30s", "hold": "30s", "reps": 10, "total_reps": 100}
SIDES = [(QT_TRANSLATE_NOOP("ExerciseForm", "One side only (default)"), MISSING),
         (QT_TRANSLATE_NOOP("ExerciseForm", "Both: right, then left"), "both"),
         (QT_TRANSLATE_NOOP("ExerciseForm", "Right only"), "right"),
         (QT_TRANSLATE_NOOP("ExerciseForm", "Left only"), "left"),
         (QT_TRANSLATE_NOOP("ExerciseForm", "Left, then right"), ["left", "right"]),
         (QT_TRANSLATE_NOOP("ExerciseForm", "None"), "none")]

Edit = Callable[[FieldPath, object], None]
Push = Callable[[list[Op], str], None]


def shape_of(exercise: Any) -> str:
    """Which shape key the exercise has (the first found; ``work`` when none)."""
    if isinstance(exercise, dict):
        for key in SHAPES:
            if key in exercise:
                return key
    return "work"


def shape_change(exercise: Any, path: FieldPath, new: str) -> list[Op]:
    """The operations that turn the exercise at ``path`` into shape ``new``."""
    old = shape_of(exercise)
    if old == new or not isinstance(exercise, dict):
        return []
    value = exercise.get(old, MISSING)
    same_family = (old in _TIMES) == (new in _TIMES)
    ops: list[Op] = [SetValue((*path, old), MISSING),
                     SetValue((*path, new), value if same_family and value is not MISSING
                              else _DEFAULTS[new])]
    counted = "sets" if new in ("reps", "total_reps") else "repeat"
    other = "repeat" if counted == "sets" else "sets"
    if other in exercise and counted not in exercise:
        ops.append(RenameKey(path, other, counted))
    if new in _TIMES and "tempo" in exercise:
        ops.append(SetValue((*path, "tempo"), MISSING))
    return ops


class ExerciseForm(QWidget):
    """Edits exercise number ``index`` of the draft (set it, then :meth:`refresh`)."""

    def __init__(self, draft: Callable[[], RoutineDraft], edit: Edit, push: Push,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Exercise"))
        self._draft = draft
        self.index = 0
        self._push = push
        self.main = FormSection(self.tr("Exercise"))
        self.cues = CueSection(self.tr("Cues for this exercise"), self.path, edit,
                               inherited=self.tr("routine"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.main)
        layout.addWidget(self.cues)

        self.name = LineField("Exercise name", required=True)
        self.shape = ChoiceField("Shape", [(translate("ExerciseForm", label), shape)
                                           for label, shape in zip(SHAPE_LABELS, SHAPES,
                                                                   strict=True)])
        self.amount = LineField("Amount", number=True)
        self.tempo = LineField("Tempo", number=True, placeholder=self.tr("at your own pace"))
        self.repeat = LineField("Repeats", number=True, placeholder="1")
        self.sides = ChoiceField("Sides", [(translate("ExerciseForm", label), value)
                                           for label, value in SIDES])
        self.switch = LineField("Switch time", number=True, placeholder=self.tr("routine's"))
        self.rest = LineField("Rest", number=True, placeholder="0")
        self.rest_after = LineField("Rest after", number=True, placeholder=self.tr("same as rest"))
        self.instructions = AreaField("Instructions")
        self.safety = AreaField("Safety")
        rows: list[tuple[str, QWidget, Callable[[], str], str]] = [
            (self.tr("Nam&e:"), self.name, lambda: "name", ""),
            (self.tr("S&hape:"), self.shape, lambda: "", self.tr("What the exercise runs")),
            (self.tr("A&mount:"), self.amount, lambda: self.shape_key(),
             self.tr("A time (45s, 1m30s) for work and holds, a count for reps; or a $parameter")),
            (self.tr("&Tempo:"), self.tempo, lambda: "tempo",
             self.tr("Seconds per rep; empty: each set lasts until you press Enter")),
            (self.tr("&Repeats:"), self.repeat, lambda: self.repeat_key(),
             self.tr("How many intervals, holds or sets")),
            (self.tr("S&ides:"), self.sides, lambda: "sides", ""),
            (self.tr("Switch time:"), self.switch, lambda: "switch",
             self.tr("The pause to switch sides")),
            (self.tr("Rest:"), self.rest, lambda: "rest",
             self.tr("Between repeats, and after the exercise")),
            (self.tr("Rest a&fter:"), self.rest_after, lambda: "rest_after",
             self.tr("After the exercise, when it differs from the rest")),
            (self.tr("Instru&ctions:"), self.instructions, lambda: "instructions", ""),
            (self.tr("Safet&y:"), self.safety, lambda: "safety", self.tr("What to watch out for")),
        ]
        for label, field, key, hint in rows:
            if field is self.shape:
                self.main.add(label, field, self.path, hint)
                continue
            self.main.bind(label, field, self._path(key), edit, hint, _sides_value)
        self.shape.edited.connect(self._on_shape_edited)

    def path(self) -> FieldPath:
        return ("exercises", self.index)

    def _path(self, key: Callable[[], str]) -> Callable[[], FieldPath]:
        return lambda: (*self.path(), key())

    def exercise(self) -> Any:
        return self._draft().get(self.path())

    def shape_key(self) -> str:
        return shape_of(self.exercise())

    def repeat_key(self) -> str:
        return "sets" if self.shape_key() in ("reps", "total_reps") else "repeat"

    def _on_shape_edited(self, shape: object) -> None:
        ops = shape_change(self.exercise(), self.path(), str(shape))
        if ops:
            self._push(ops, self.tr("Change shape"))

    def refresh(self) -> None:
        draft = self._draft()
        exercise = self.exercise()
        self.setEnabled(isinstance(exercise, dict))
        if not isinstance(exercise, dict):
            return
        shape = shape_of(exercise)
        self.shape.show_value(shape)
        self.main.refresh(lambda path: draft.get(path) if path != self.path() else shape)
        self.cues.refresh(draft.get)
        self.tempo.setEnabled(shape in ("reps", "total_reps"))
        self.amount.setPlaceholderText(self.tr("e.g. 45s") if shape in _TIMES
                                       else self.tr("e.g. 10"))
        self.main.setTitle(self.tr("Exercise {number}").format(number=self.index + 1))


def _sides_value(path: FieldPath, value: object) -> object:
    if path[-1] == "sides" and isinstance(value, list):
        return flow_list(value)
    return value
