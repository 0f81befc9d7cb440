"""The routine-wide parts of the form: what it is, its timing, cool-down, cues, notes and
practice advice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from leg_timer.authoring.draft import FieldPath, flow_list
from leg_timer.authoring.values import MISSING, shown, text_value
from leg_timer.core.translation import translate
from leg_timer.ui.editor.cue_section import CueSection
from leg_timer.ui.editor.fields import AreaField, ChoiceField, LineField, TagsField
from leg_timer.ui.editor.section import FormSection

Edit = Callable[[FieldPath, object], None]


class NotesField(AreaField):
    """The routine's notes: one note per paragraph (a blank line between notes)."""

    def _on_text_changed(self) -> None:
        if self._showing:
            return
        paragraphs = [" ".join(part.split()) for part in self.toPlainText().split("\n\n")]
        notes = [text_value(part) for part in paragraphs if part]
        if not notes:
            self.edited.emit(MISSING)
            return
        seq = flow_list(notes)
        seq.fa.set_block_style()
        self.edited.emit(seq)

    def show_value(self, value: Any) -> None:
        items = value if isinstance(value, list) else [] if value is MISSING else [value]
        text = "\n\n".join(" ".join(shown(item).split()) for item in items)
        current = [" ".join(p.split()) for p in self.toPlainText().split("\n\n") if p.strip()]
        if current == [" ".join(shown(item).split()) for item in items]:
            return
        self._showing = True
        try:
            self.setPlainText(text)
        finally:
            self._showing = False


def _top(*path: str | int) -> Callable[[], FieldPath]:
    return lambda: path


def build_routine_sections(edit: Edit) -> list[FormSection]:
    """The sections above and below the exercises, wired to ``edit(path, value)``."""
    about = FormSection(translate("RoutineForm", "Routine"))
    timing = FormSection(translate("RoutineForm", "Timing"))
    cooldown = FormSection(translate("RoutineForm", "Cool-down"))
    notes = FormSection(translate("RoutineForm", "Notes and practice"))
    rows: list[tuple[FormSection, str, QWidget, tuple[str, ...], str]] = [
        (about, translate("RoutineForm", "&Name:"), LineField("Routine name", required=True),
         ("name",), translate("RoutineForm", "Shown in the picker")),
        (about, translate("RoutineForm", "&Description:"), AreaField("Description"),
         ("description",), translate("RoutineForm", "One or two sentences for the picker")),
        (about, translate("RoutineForm", "Tags:"), TagsField("Tags"), ("tags",), ""),
        (about, translate("RoutineForm", "Source:"), LineField("Source"), ("source",),
         translate("RoutineForm", "Where the routine comes from")),
        (timing, translate("RoutineForm", "&Get ready:"),
         LineField("Get ready", placeholder="10s", number=True), ("prepare",),
         translate("RoutineForm", "The countdown before the first exercise; 0 for none")),
        (timing, translate("RoutineForm", "Switch sides:"),
         LineField("Switch sides", placeholder="5s", number=True), ("switch",),
         translate("RoutineForm", "Default pause to switch sides")),
        (timing, translate("RoutineForm", "R&ounds:"),
         LineField("Rounds", placeholder="1", number=True), ("rounds",),
         translate("RoutineForm", "How many times to go through the exercises")),
        (timing, translate("RoutineForm", "Rest between rounds:"),
         LineField("Rest between rounds", placeholder="0", number=True), ("round_rest",),
         translate("RoutineForm", "Replaces the last exercise's rest between rounds")),
        (timing, translate("RoutineForm", "Skip the last rest:"),
         ChoiceField("Skip the last rest",
                     [(translate("RoutineForm", "Yes (default)"), MISSING),
                      (translate("RoutineForm", "Yes"), True),
                      (translate("RoutineForm", "No"), False)]),
         ("skip_final_rest",),
         translate("RoutineForm", "Leave out the rest after the very last exercise")),
        (cooldown, translate("RoutineForm", "Label:"),
         LineField("Cool-down label", placeholder=translate("RoutineForm", "Cool-down")),
         ("cooldown", "label"), ""),
        (cooldown, translate("RoutineForm", "Duration:"),
         LineField("Cool-down duration", placeholder=translate("RoutineForm", "none"),
                   number=True),
         ("cooldown", "duration"), translate("RoutineForm", "e.g. 2min; empty for no cool-down")),
        (cooldown, translate("RoutineForm", "Instructions:"), AreaField("Cool-down instructions"),
         ("cooldown", "instructions"), ""),
        (notes, translate("RoutineForm", "Notes:"),
         NotesField("Notes", placeholder=translate("RoutineForm", "One note per paragraph")),
         ("notes",),
         translate("RoutineForm", "Tips that are not timed; a blank line between notes")),
        (notes, translate("RoutineForm", "Sessions a day:"),
         LineField("Sessions a day", placeholder=translate("RoutineForm", "e.g. 3-5"),
                   number=True),
         ("practice", "sessions_per_day"),
         translate("RoutineForm", "A number or a range such as 3-5")),
        (notes, translate("RoutineForm", "Sessions a week:"),
         LineField("Sessions a week", placeholder=translate("RoutineForm", "e.g. 1-2"),
                   number=True),
         ("practice", "sessions_per_week"),
         translate("RoutineForm", "A number or a range such as 1-2")),
        (notes, translate("RoutineForm", "Rest days after:"),
         LineField("Rest days after", number=True), ("practice", "rest_days_after"), ""),
        (notes, translate("RoutineForm", "Practice note:"), LineField("Practice note"),
         ("practice", "note"), ""),
    ]
    for section, label, field, path, hint in rows:
        section.bind(label, field, _top(*path), edit, hint)
    cues = CueSection(translate("RoutineForm", "Cues (every exercise)"), lambda: (), edit,
                      inherited=translate("RoutineForm", "the app"))
    return [about, timing, cooldown, cues, notes]
