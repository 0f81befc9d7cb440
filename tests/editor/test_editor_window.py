"""The editor window driven by key presses: building and saving a routine, undo and redo,
problems at their fields and refused saves, copies of built-ins, editing in place."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leg_timer.core.loader import load_routine
from leg_timer.core.plan import SegmentKind, build_plan
from leg_timer.ui.editor.exercise_list import drop_target
from tests.editor.conftest import Asked, EditorFactory, builtin

pytestmark = [
    # Offscreen Qt says it cannot size or raise dialogs; on a desktop both just work.
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def retype(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` over it, as a person would."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(field, text)
    else:
        qtbot.keyClick(field, Qt.Key.Key_Delete)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def test_build_and_save_a_routine_by_keys(make_editor: EditorFactory, qtbot: QtBot,
                                          user_dir: Path) -> None:
    window = make_editor()
    saved: list[Path] = []
    window.saved.connect(saved.append)
    retype(qtbot, window.sections[0].rows[0].field, "Evening legs")
    qtbot.keyClick(window.sections[0].rows[0].field, Qt.Key.Key_Return)  # no button's key
    assert window.stack.count() == 1 and window.draft.parameter_names() == []
    form = window.exercise_form
    retype(qtbot, form.name, "Squat")
    retype(qtbot, form.amount, "40s")
    retype(qtbot, form.rest, "20s")
    add = next(b for b in window.findChildren(QWidget) if b.accessibleName() == "Add exercise")
    add.setFocus()
    qtbot.keyClick(add, Qt.Key.Key_Space)
    assert window.draft.exercise_count() == 2 and form.index == 1
    assert focused() is form.name
    qtbot.keyClicks(form.name, "Wall sit")
    form.shape.setFocus()
    qtbot.keyClick(form.shape, Qt.Key.Key_Down)  # Timed work -> Timed hold
    retype(qtbot, form.amount, "30s")
    retype(qtbot, form.repeat, "2")
    retype(qtbot, form.rest, "10s")
    form.sides.setFocus()
    qtbot.keyClick(form.sides, Qt.Key.Key_Down)  # -> both sides
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert saved == [user_dir / "evening-legs.yaml"]
    assert window.stack.isClean()
    text = saved[0].read_text(encoding="utf-8")
    assert text == (
        "version: 1\nname: Evening legs\nexercises:\n"
        "  - name: Squat\n    work: 40s\n    rest: 20s\n"
        "  - name: Wall sit\n    hold: 30s\n    repeat: 2\n    sides: both\n    rest: 10s\n")
    plan = build_plan(load_routine(saved[0]))
    assert [(s.kind, s.label, s.duration_s) for s in plan.segments] == [
        (SegmentKind.PREPARE, "Get ready", 10.0),
        (SegmentKind.WORK, "Squat", 40.0), (SegmentKind.REST, "Rest", 20.0),
        (SegmentKind.HOLD, "Wall sit (right)", 30.0), (SegmentKind.REST, "Rest", 10.0),
        (SegmentKind.HOLD, "Wall sit (right)", 30.0), (SegmentKind.SWITCH, "Switch sides", 5.0),
        (SegmentKind.HOLD, "Wall sit (left)", 30.0), (SegmentKind.REST, "Rest", 10.0),
        (SegmentKind.HOLD, "Wall sit (left)", 30.0)]
    assert window.preview.total_label.text().startswith("Total: 3:35")
    # Saving again replaces the same file.
    retype(qtbot, form.rest, "15s")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert saved == [user_dir / "evening-legs.yaml"] * 2
    assert "rest: 15s" in saved[0].read_text(encoding="utf-8")


def test_typing_is_one_undo_step_and_undo_keys_work_in_fields(make_editor: EditorFactory,
                                                             qtbot: QtBot) -> None:
    window = make_editor()
    name = window.sections[0].rows[0].field
    retype(qtbot, name, "Legs")
    assert window.stack.count() == 1  # four keys after select-all: one step
    for _ in range(4):
        qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClicks(name, "New routine")
    assert window.stack.count() == 0 and window.stack.isClean()  # typed back: no step
    assert not window.isWindowModified()
    retype(qtbot, name, "Legs")
    rounds = window.sections[1].rows[2].field
    retype(qtbot, rounds, "3")
    assert window.draft.get(("rounds",)) == 3
    assert window.stack.count() == 2
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)  # the window's undo, even inside a field
    assert "rounds" not in window.draft.data
    assert rounds.text() == ""
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    assert name.text() == "New routine"
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL | SHIFT)
    assert name.text() == "Legs"
    qtbot.keyClick(name, Qt.Key.Key_Y, CTRL)
    assert rounds.text() == "3" and window.draft.get(("rounds",)) == 3
    window.check_now()
    assert window.preview.total_label.text().startswith("Total: 1:40")  # 10 + 3 x 30


def test_undo_redo_exercise_list_changes(make_editor: EditorFactory, qtbot: QtBot) -> None:
    window = make_editor()
    for _ in range(2):
        window.add_exercise()
    window.exercise_list.setFocus()
    window.exercise_list.setCurrentRow(0)
    qtbot.keyClick(window.exercise_list, Qt.Key.Key_Down, ALT)
    assert window.draft.exercise_names() == ["Exercise 2", "Exercise 1", "Exercise 3"]
    assert window.exercise_list.currentRow() == 1
    qtbot.keyClick(window.exercise_list, Qt.Key.Key_Up, ALT)
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 2", "Exercise 3"]
    window.exercise_list.setCurrentRow(1)
    qtbot.keyClick(window.exercise_list, Qt.Key.Key_D, CTRL)
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 2", "Exercise 2",
                                             "Exercise 3"]
    assert window.exercise_list.currentRow() == 2
    window.stack.undo()
    qtbot.keyClick(window.exercise_list, Qt.Key.Key_Delete)
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 3"]
    window.stack.undo()
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 2", "Exercise 3"]
    assert window.exercise_list.currentRow() == 1
    while window.stack.canUndo():
        window.stack.undo()
    assert window.draft.exercise_names() == ["Exercise 1"]
    while window.stack.canRedo():
        window.stack.redo()
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 3"]
    assert [window.exercise_list.item(n).text() for n in range(2)] == [
        "1. Exercise 1", "2. Exercise 3"]


def test_drop_targets() -> None:
    assert drop_target(0, 3, 3) == 2  # first row dropped at the end
    assert drop_target(2, 0, 3) == 0
    assert drop_target(1, 1, 3) == 1  # dropped on itself


def test_shape_change_is_one_step(make_editor: EditorFactory, qtbot: QtBot) -> None:
    window = make_editor()
    form = window.exercise_form
    retype(qtbot, form.repeat, "3")
    form.shape.setFocus()
    qtbot.keyClick(form.shape, Qt.Key.Key_Down)
    qtbot.keyClick(form.shape, Qt.Key.Key_Down)  # -> reps per set
    exercise = window.draft.get(("exercises", 0))
    assert dict(exercise) == {"name": "Exercise 1", "reps": 10, "sets": 3}
    assert form.amount.text() == "10" and form.tempo.isEnabled()
    retype(qtbot, form.tempo, "2")
    window.stack.undo()
    window.stack.undo()
    assert dict(window.draft.get(("exercises", 0))) == {
        "name": "Exercise 1", "hold": "30s", "repeat": 3}


def test_problems_show_at_the_field_and_saving_is_refused(make_editor: EditorFactory,
                                                          qtbot: QtBot, user_dir: Path) -> None:
    window = make_editor()
    form = window.exercise_form
    retype(qtbot, form.amount, "3x")
    qtbot.waitUntil(lambda: bool(window.problems()))  # the debounced check
    row = window.row_for(("exercises", 0, "work"))
    assert row is not None and row.field is form.amount
    message = "work of 'Exercise 1': unknown unit 'x' in '3x' (use s, min or h)"
    assert row.problem.text() == message and row.problem.isVisibleTo(window)
    assert window.preview.problems.item(0).text() == (
        f"line 5: Exercise 1: {message}")
    retype(qtbot, window.sections[0].rows[0].field, "")
    saved: list[Path] = []
    window.saved.connect(saved.append)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not saved and list(user_dir.iterdir()) == []
    assert window.status.text() == (
        "Not saved: line 2: name of the routine must be non-empty text (and 1 more)")
    assert focused() is window.sections[0].rows[0].field
    retype(qtbot, window.sections[0].rows[0].field, "Fixed")
    retype(qtbot, form.amount, "3s")
    assert window.save() and saved == [user_dir / "fixed.yaml"]
    assert not row.problem.isVisibleTo(window)


def test_duplicate_of_a_builtin_never_writes_it(make_editor: EditorFactory, qtbot: QtBot,
                                                user_dir: Path) -> None:
    source = builtin("knee-clamp")
    before = source.read_bytes()
    window = make_editor(source=source, duplicate=True)
    assert window.sections[0].rows[0].field.text() == "Copy of Seated knee clamp"
    assert window.save()
    assert source.read_bytes() == before
    copy = user_dir / "copy-of-seated-knee-clamp.yaml"
    assert window.path == copy
    text = copy.read_text(encoding="utf-8")
    assert text == before.decode("utf-8").replace("name: Seated knee clamp",
                                                  "name: Copy of Seated knee clamp")
    assert (build_plan(load_routine(copy)).to_json()["segments"]
            == build_plan(load_routine(source)).to_json()["segments"])
    # Opening a built-in "in place" is a copy too: nothing outside the user folder is written.
    other = make_editor(source=source)
    assert other.path is None and other.save()
    assert source.read_bytes() == before
    assert (user_dir / "copy-of-seated-knee-clamp-2.yaml").exists()


def test_edit_in_place_keeps_comments(make_editor: EditorFactory, qtbot: QtBot,
                                      user_dir: Path) -> None:
    path = user_dir / "mine.yaml"
    original = ("# mine\nversion: 1\nname: Mine  # keep\nexercises:\n"
                "  - name: Plank   # core\n    hold: 20s\n")
    path.write_text(original, encoding="utf-8")
    window = make_editor(source=path)
    retype(qtbot, window.exercise_form.amount, "25s")
    assert window.save() and window.path == path
    assert path.read_text(encoding="utf-8") == original.replace("20s", "25s")
    assert sorted(p.name for p in user_dir.iterdir()) == ["mine.yaml"]


def test_closing_asks_when_unsaved(make_editor: EditorFactory, qtbot: QtBot, asked: Asked,
                                   user_dir: Path) -> None:
    window = make_editor()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked.times == 0 and not window.isVisible()  # nothing changed: no question
    window = make_editor()
    retype(qtbot, window.sections[0].rows[0].field, "Kept")
    asked.answer = "cancel"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert asked.times == 1 and window.isVisible()
    asked.answer = "save"
    window.close()
    assert asked.times == 2 and not window.isVisible()
    assert (user_dir / "kept.yaml").exists()


def test_every_field_has_an_accessible_name_and_labels_have_buddies(
        make_editor: EditorFactory) -> None:
    window = make_editor()
    window.parameters.add_button.click()  # a parameter's fields too
    controls = [widget for widget in window.findChildren(QWidget)
                if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QAbstractButton)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert controls and [w for w in controls if not w.accessibleName()] == []
    captions = [label for label in window.findChildren(QLabel) if label.text().endswith(":")]
    assert captions and [label.text() for label in captions if label.buddy() is None] == []


def test_small_window(make_editor: EditorFactory) -> None:
    window = make_editor(size=(480, 360))
    assert window.splitter.orientation() == Qt.Orientation.Vertical
    assert window.width() <= 480 and window.height() <= 360


def test_big_routine_stays_responsive(make_editor: EditorFactory, qtbot: QtBot,
                                      user_dir: Path) -> None:
    lines = ["version: 1", "name: Big", "exercises:"]
    for number in range(300):
        lines += [f"  - name: Exercise {number}", "    work: 40s", "    rest: 20s",
                  "    sides: both"]
    path = user_dir / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window = make_editor(source=path)
    window.exercise_list.setCurrentRow(150)
    field = window.exercise_form.amount
    started = time.perf_counter()
    retype(qtbot, field, "45s")
    typing_s = time.perf_counter() - started
    started = time.perf_counter()
    window.check_now()
    check_s = time.perf_counter() - started
    assert window.preview.total_label.text().startswith("Total: ")
    assert typing_s < 0.5, typing_s  # 4 key presses, each an undo step and a form refresh
    assert check_s < 1.0, check_s  # dump, load, plan, preview (about 0.15 s here)


def test_opening_an_unreadable_file_starts_new(make_editor: EditorFactory, user_dir: Path
                                               ) -> None:
    path = user_dir / "broken.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    window = make_editor(source=path)
    assert window.path is None and "Could not open broken.yaml" in window.status.text()
    huge = user_dir / "huge.yaml"
    huge.write_bytes(b"#" * (1024 * 1024 + 1))
    window = make_editor(source=huge)
    assert window.path is None and "routine files may be at most" in window.status.text()


def test_parameters_by_keys(make_editor: EditorFactory, qtbot: QtBot, user_dir: Path) -> None:
    window = make_editor()
    window.parameters.add_button.setFocus()
    qtbot.keyClick(window.parameters.add_button, Qt.Key.Key_Space)
    group = window.parameters.groups[0]
    assert group.name == "value1"
    retype(qtbot, group.name_field, "minutes")
    qtbot.keyClick(group.name_field, Qt.Key.Key_Return)  # a rename is taken on Enter
    group = window.parameters.groups[0]
    assert group.name == "minutes" and focused() is group.name_field
    fields = {row.path_of()[-1]: row.field for row in group.rows}
    fields["unit"].setFocus()
    qtbot.keyClick(fields["unit"], Qt.Key.Key_Down)  # seconds -> minutes
    for key, text in (("default", "2"), ("min", "1"), ("max", "5"), ("step", "1")):
        retype(qtbot, fields[key], text)
    form = window.exercise_form
    form.shape.setFocus()
    qtbot.keyClick(form.shape, Qt.Key.Key_Down)  # a hold
    retype(qtbot, form.amount, "$minutes")
    assert window.save()
    routine = load_routine(user_dir / "new-routine.yaml")
    assert build_plan(routine).segments[1].duration_s == 120.0
    assert build_plan(routine, {"minutes": 5}).segments[1].duration_s == 300.0
    # Renaming renames its uses too, in one undo step.
    group = window.parameters.groups[0]
    retype(qtbot, group.name_field, "mins")
    qtbot.keyClick(group.name_field, Qt.Key.Key_Tab)
    assert window.draft.get(("exercises", 0, "hold")) == "$mins"
    assert window.draft.parameter_names() == ["mins"]
    window.stack.undo()
    assert window.draft.get(("exercises", 0, "hold")) == "$minutes"
    assert window.parameters.groups[0].name_field.text() == "minutes"
    assert window.check_now().ok
    remove = next(button for button in window.parameters.groups[0].findChildren(QAbstractButton)
                  if button.accessibleName() == "Remove parameter minutes")
    remove.click()
    assert window.draft.parameter_names() == [] and "parameters" not in window.draft.data
    assert [p.path for p in window.check_now().problems] == [("exercises", 0, "hold")]
    window.stack.undo()
    assert window.draft.parameter_names() == ["minutes"] and window.check_now().ok


def test_cues_and_notes(make_editor: EditorFactory, qtbot: QtBot, user_dir: Path) -> None:
    window = make_editor()
    cues = window.sections[3]
    fields = {row.path_of(): row.field for row in cues.rows}
    retype(qtbot, fields[("cues", "countdown")], "5")
    fields[("cues", "halfway")].setFocus()
    qtbot.keyClick(fields[("cues", "halfway")], Qt.Key.Key_Down)
    qtbot.keyClick(fields[("cues", "halfway")], Qt.Key.Key_Down)  # -> No
    own = {row.path_of(): row.field for row in window.exercise_form.cues.rows}
    retype(qtbot, own[("exercises", 0, "cues", "countdown")], "2")
    cooldown = {row.path_of(): row.field for row in window.sections[2].rows}
    retype(qtbot, cooldown[("cooldown", "duration")], "1min")
    retype(qtbot, cooldown[("cooldown", "label")], "Stretch")
    notes = window.sections[4].rows[0].field
    notes.setFocus()
    qtbot.keyClicks(notes, "Breathe out.")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "Stop if it hurts.")
    assert window.save()
    routine = load_routine(user_dir / "new-routine.yaml")
    assert routine.notes == ("Breathe out.", "Stop if it hurts.")
    assert routine.cues.countdown_s == 5 and routine.cues.halfway is False
    work = build_plan(routine).segments[1]
    assert [cue.value for cue in work.cues if cue.kind.value == "countdown"] == [2, 1]
    assert window.preview.timeline.spans[1].segment == work
    last = build_plan(routine).segments[-1]
    assert (last.kind, last.label, last.duration_s) == (SegmentKind.COOLDOWN, "Stretch", 60.0)


class _Drop(QDropEvent):
    """A drop from the list itself (Qt sets the source only for a real drag)."""

    def __init__(self, view: QWidget, point: QPoint) -> None:
        super().__init__(QPointF(point), Qt.DropAction.MoveAction, QMimeData(),
                         Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        self.view = view

    def source(self) -> QWidget:  # type: ignore[override]
        return self.view


def test_drop_moves_through_the_undo_stack(make_editor: EditorFactory) -> None:
    window = make_editor()
    window.add_exercise()
    window.add_exercise()
    listing = window.exercise_list
    listing.setCurrentRow(0)
    below_the_rows = QPoint(10, listing.viewport().height() - 2)
    listing.dropEvent(_Drop(listing, below_the_rows))
    assert window.draft.exercise_names() == ["Exercise 2", "Exercise 3", "Exercise 1"]
    assert listing.currentRow() == 2
    window.stack.undo()
    assert window.draft.exercise_names() == ["Exercise 1", "Exercise 2", "Exercise 3"]


def test_undo_keys_in_a_text_area(make_editor: EditorFactory, qtbot: QtBot) -> None:
    window = make_editor()
    safety = window.exercise_form.safety
    safety.setFocus()
    qtbot.keyClicks(safety, "Knees soft")
    assert window.stack.count() == 1
    assert window.draft.get(("exercises", 0, "safety")) == "Knees soft"
    qtbot.keyClick(safety, Qt.Key.Key_Z, CTRL)
    assert safety.toPlainText() == "" and "safety" not in window.draft.get(("exercises", 0))
    qtbot.keyClick(safety, Qt.Key.Key_Z, CTRL)  # nothing left to undo: the area keeps quiet
    assert safety.toPlainText() == "" and window.stack.count() == 1
    qtbot.keyClick(safety, Qt.Key.Key_Y, CTRL)
    assert safety.toPlainText() == "Knees soft"


def test_problems_are_those_of_leg_timer_validate(make_editor: EditorFactory, qtbot: QtBot,
                                                  tmp_path: Path) -> None:
    window = make_editor()
    retype(qtbot, window.sections[1].rows[2].field, "0")  # rounds
    retype(qtbot, window.exercise_form.amount, "3x")
    window.add_exercise()
    retype(qtbot, window.exercise_form.repeat, "two")
    result = window.check_now()
    draft_file = tmp_path / "draft.yaml"
    draft_file.write_text(window.text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "leg_timer", "validate", str(draft_file)],
                          capture_output=True, text=True)
    assert done.returncode == 1
    said = [line.split(": ", 1)[1] for line in done.stdout.splitlines()]
    assert [problem.message for problem in result.problems] == said
    listed = [window.preview.problems.item(n).text() for n in range(len(said))]
    assert [text.rsplit(": ", 1)[-1] for text in listed] == [m.rsplit(": ", 1)[-1] for m in said]


def test_a_failed_write_is_said(make_editor: EditorFactory, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", encoding="utf-8")
    window = make_editor(user_dir=not_a_folder)
    saved: list[Path] = []
    window.saved.connect(saved.append)
    window.edit(("name",), "Anything")
    assert not window.save() and not saved
    assert window.status.text().startswith("Not saved: ")
    assert not window.stack.isClean()


def test_the_wheel_never_changes_a_choice_it_passes(make_editor: EditorFactory,
                                                    qtbot: QtBot) -> None:
    window = make_editor()
    shape = window.exercise_form.shape
    window.exercise_list.setFocus()
    event = QWheelEvent(QPointF(5, 5), QPointF(shape.mapToGlobal(QPoint(5, 5))), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(shape, event)
    assert shape.currentIndex() == 0 and window.stack.count() == 0
