"""The editor's Qt-free model: operations and their undo, where added keys go, comments kept
in a hand-written file, problems mapped to fields, and a property test that a routine built
through the model and saved reads back to the same plan."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leg_timer.authoring import files
from leg_timer.authoring.checks import check_text
from leg_timer.authoring.draft import (
    InsertItem,
    MoveItem,
    RemoveItem,
    RenameKey,
    RoutineDraft,
    SetValue,
    flow_list,
    new_exercise,
    new_parameter,
)
from leg_timer.authoring.values import MISSING, number_or_text, text_value
from leg_timer.core.loader import load_routine
from leg_timer.core.plan import build_plan

HAND_WRITTEN = """\
# My evening routine: written by hand.
version: 1
name: Evening legs   # shown in the picker
description: Gentle.

# Timing first.
prepare: 5s
exercises:
  # The warm-up.
  - name: March
    work: 30s   # easy pace
    rest: 10s
  - name: Wall sit
    hold: 20s
    repeat: 2   # two holds
    rest: 15s
# Closing words.
notes:
  - Breathe.   # always
"""


def test_hand_written_comments_and_order_survive_one_change() -> None:
    draft = RoutineDraft.from_text(HAND_WRITTEN)
    draft.apply([SetValue(("exercises", 1, "hold"), "25s")])
    text = draft.text()
    assert text == HAND_WRITTEN.replace("hold: 20s", "hold: 25s")


def test_comments_survive_an_added_key_and_its_undo() -> None:
    draft = RoutineDraft.from_text(HAND_WRITTEN)
    undo = draft.apply([SetValue(("exercises", 0, "sides"), "both"),
                        SetValue(("rounds",), 2)])
    text = draft.text()
    assert "    work: 30s   # easy pace\n    sides: both\n    rest: 10s\n" in text
    assert "prepare: 5s\nrounds: 2\n" in text
    for line in HAND_WRITTEN.splitlines():
        if "#" in line:
            assert line.split("#", 1)[1] in text
    draft.apply(undo)
    assert draft.text() == HAND_WRITTEN


def test_removing_a_commented_key_and_undo_puts_it_back_in_place() -> None:
    draft = RoutineDraft.from_text(HAND_WRITTEN)
    undo = draft.apply([SetValue(("exercises", 1, "repeat"), MISSING)])
    assert "two holds" not in draft.text()
    draft.apply(undo)
    assert draft.text() == HAND_WRITTEN


def test_list_operations_undo() -> None:
    draft = RoutineDraft.from_text(HAND_WRITTEN)
    steps = [
        [InsertItem(("exercises",), 1, new_exercise(3))],
        [MoveItem(("exercises",), 0, 2)],
        [RemoveItem(("exercises",), 0)],
        [RenameKey((), "description", "source")],
    ]
    undos = []
    for ops in steps:
        undos.append(draft.apply(ops))
    assert draft.exercise_names() == ["Wall sit", "March"]
    for undo in reversed(undos):
        draft.apply(undo)
    assert draft.text() == HAND_WRITTEN


def test_new_sections_are_made_and_pruned() -> None:
    draft = RoutineDraft.new()
    before = draft.text()
    undo = draft.apply([SetValue(("cooldown", "duration"), "2min")])
    assert "exercises:" in draft.text().split("cooldown:")[0]  # canonical place: after
    again = draft.apply([SetValue(("cooldown", "duration"), MISSING)])
    assert draft.text() == before
    draft.apply(again)
    draft.apply(undo)
    assert draft.text() == before


def test_field_values() -> None:
    assert number_or_text("45") == 45
    assert number_or_text("2.5") == 2.5
    assert number_or_text(" 45s ") == "45s"
    assert number_or_text("") is MISSING
    draft = RoutineDraft.new()
    draft.apply([SetValue(("name",), text_value("yes")),
                 SetValue(("description",), text_value("one\ntwo"))])
    text = draft.text()
    assert 'name: "yes"' in text and "description: |\n  one\n  two\n" in text
    assert check_text(text).ok


def test_problems_point_at_their_field() -> None:
    draft = RoutineDraft.new()
    draft.apply([SetValue(("exercises", 0, "work"), "3x"),
                 SetValue(("tags",), flow_list(["strength", "bogus"])),
                 SetValue(("rounds",), 0)])
    result = check_text(draft.text())
    paths = {problem.path: problem.message for problem in result.problems}
    assert paths[("exercises", 0, "work")].startswith("work of 'Exercise 1'")
    assert paths[("tags", 1)].startswith("unknown tag 'bogus'")
    assert paths[("rounds",)] == "rounds must be between 1 and 100, not 0"
    assert not result.ok


# -- round trip: random routines built through the model --------------------------------

_names = st.text(alphabet="abcdefghij KLMNO-'1:#", min_size=1, max_size=12).filter(
    lambda name: name.strip() != "")
_times = st.one_of(st.integers(1, 120), st.sampled_from(["45s", "1m30s", "2min", "1:05", "2.5"]))
_rests = st.one_of(st.integers(0, 60), st.sampled_from(["0", "15s", "1m"]))


@st.composite
def exercises(draw: st.DrawFn, parameter: bool) -> list[tuple[tuple[str, ...], Any]]:
    shape = draw(st.sampled_from(["work", "hold", "reps", "total_reps"]))
    fields: list[tuple[tuple[str, ...], Any]] = [(("name",), text_value(draw(_names)))]
    times = st.one_of(_times, st.just("$secs")) if parameter else _times
    if shape in ("work", "hold"):
        fields.append(((shape,), number_or_text(str(draw(times)))))
        fields.append((("repeat",), draw(st.integers(1, 3))))
    else:
        fields.append(((shape,), draw(st.integers(1, 30))))
        fields.append((("sets",), draw(st.integers(1, 3))))
        if shape == "reps" and draw(st.booleans()):
            fields.append((("tempo",), draw(st.sampled_from([1, 2, "1.5s"]))))
    fields.append((("rest",), number_or_text(str(draw(_rests)))))
    if draw(st.booleans()):
        fields.append((("rest_after",), number_or_text(str(draw(_rests)))))
    sides = draw(st.sampled_from([MISSING, "both", "left", "none", ["left", "right"]]))
    if sides is not MISSING:
        fields.append((("sides",), flow_list(sides) if isinstance(sides, list) else sides))
        fields.append((("switch",), draw(st.integers(0, 10))))
    if draw(st.booleans()):
        fields.append((("cues", "countdown"), draw(st.integers(0, 5))))
        fields.append((("cues", "halfway"), draw(st.booleans())))
    return fields


@st.composite
def drafts(draw: st.DrawFn) -> RoutineDraft:
    draft = RoutineDraft.new(draw(_names))
    parameter = draw(st.booleans())
    if parameter:
        secs = new_parameter("Seconds")
        secs["default"] = draw(st.sampled_from([10, 20, 45]))
        draft.apply([SetValue(("parameters", "secs"), secs)])
    count = draw(st.integers(1, 5))
    for number in range(count):
        if number:
            draft.apply([InsertItem(("exercises",), number, new_exercise(number + 1))])
        for key, value in draw(exercises(parameter)):
            draft.apply([SetValue(("exercises", number, *key), value)])
        draft.apply([SetValue(("exercises", number, "work"), MISSING)]
                    if draft.get(("exercises", number, "hold")) is not MISSING
                    or draft.get(("exercises", number, "reps")) is not MISSING
                    or draft.get(("exercises", number, "total_reps")) is not MISSING else [])
    top = {("rounds",): st.integers(1, 3), ("round_rest",): _rests,
           ("skip_final_rest",): st.booleans(), ("prepare",): _rests,
           ("switch",): st.integers(0, 10), ("cooldown", "duration"): _times,
           ("cues", "interval"): st.sampled_from([0, 10, "1min"])}
    for path, strategy in top.items():
        if draw(st.booleans()):
            value = draw(strategy)
            if not isinstance(value, bool):
                value = number_or_text(str(value))
            draft.apply([SetValue(path, value)])
    if draw(st.booleans()):
        draft.apply([MoveItem(("exercises",), 0, count - 1)])
    return draft


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(draft=drafts())
def test_saved_routines_read_back_to_the_same_plan(draft: RoutineDraft, tmp_path: Path
                                                   ) -> None:
    text = draft.text()
    result = check_text(text)
    assert result.ok, [problem.message for problem in result.problems]
    assert result.plan is not None
    folder = tmp_path / "routines"
    path = files.write_new_routine(folder, text, files.routine_id_for("draft"))
    try:
        saved = build_plan(load_routine(path)).to_json()["segments"]
        assert saved == result.plan.to_json()["segments"]
        # Opened again in the editor, the file is written back byte for byte.
        assert RoutineDraft.from_text(path.read_text(encoding="utf-8")).text() == text
    finally:
        path.unlink()
