"""Routine files carry their own translations (docs/routine-format.md, "Translations").

Every built-in routine reads fully in every language Leg Timer speaks (no English left in a
text a person reads), a user's partial translation falls back per text, the plan is the same in
every language but for its words, the library switches language without reading a file, the
cached index keeps every language, and the editor keeps (and renames) the block. Qt-free; the
broken-block messages are checked by tests/data/broken/bad-translations.yaml.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leg_timer import languages
from leg_timer.authoring.checks import check_text
from leg_timer.authoring.draft import RoutineDraft, SetValue
from leg_timer.core.loader import load_routine, load_routine_bytes
from leg_timer.core.plan import build_plan
from leg_timer.core.routine import TEXT_LANGUAGES, Routine
from leg_timer.core.routine_translations import language_code
from leg_timer.library import load_library, open_library
from leg_timer.routine_index import FolderScan

ROOT = Path(__file__).parent.parent.parent
BUILTINS = sorted((ROOT / "routines").glob("*.yaml"))
TRANSLATED = [code for code in languages.AVAILABLE if code != languages.ENGLISH]

PARTIAL = """\
version: 1
name: Morning legs
description: A short wake-up.
parameters:
  rest: {label: Rest between, unit: s, default: 15, min: 0, max: 30, step: 5}
exercises:
  - name: Squat
    work: 40s
    rest: $rest
    instructions: Sit back and down.
    safety: Heels down.
  - name: Lunge
    work: 30s
    sides: both
    instructions: Step forward.
cooldown: {label: Shake out, duration: 1min, instructions: Loosen the legs.}
notes: [Drink water., Warm up first.]
translations:
  de:
    name: Morgenbeine
    exercises:
      Squat:
        name: Kniebeuge
        instructions: Setz dich nach hinten und unten.
    parameters:
      rest: {label: Pause dazwischen}
    cooldown: {label: Ausschütteln}
    notes: [Trink Wasser., ""]
"""


def texts(routine: Routine) -> list[tuple[str, str]]:
    """Every translatable text of a routine, with where it is."""
    found = [("name", routine.name), ("description", routine.description)]
    for exercise in routine.exercises:
        found += [(f"{exercise.name}: name", exercise.name),
                  (f"{exercise.name}: instructions", exercise.instructions),
                  (f"{exercise.name}: safety", exercise.safety)]
    for parameter in routine.parameters:
        found += [(f"{parameter.name}: label", parameter.label),
                  (f"{parameter.name}: description", parameter.description)]
    if routine.cooldown is not None:
        found += [("cooldown label", routine.cooldown.label),
                  ("cooldown instructions", routine.cooldown.instructions)]
    if routine.practice is not None:
        found.append(("practice note", routine.practice.note))
    found += [(f"note {number}", note) for number, note in enumerate(routine.notes, 1)]
    return found


def test_the_loader_knows_every_language_the_app_speaks() -> None:
    assert TEXT_LANGUAGES == languages.AVAILABLE


@pytest.mark.parametrize("written, code", [
    ("de", "de"), ("DE", "de"), ("fr", "fr"), ("es", "es"), ("en", "en"), ("zh_CN", "zh_CN"),
    ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans", "zh_CN"), ("german", None),
    ("de_AT", None), ("pt", None), ("", None),
])
def test_language_codes(written: str, code: str | None) -> None:
    assert language_code(written) == code


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("path", BUILTINS, ids=lambda path: path.stem)
def test_every_builtin_text_is_translated(path: Path, language: str) -> None:
    english = load_routine(path)
    assert language in english.text_languages
    translated = english.in_language(language)
    assert translated.language == language
    pairs = list(zip(texts(english), texts(translated), strict=True))
    assert pairs
    for (where, own), (_, text) in pairs:
        if not own:
            assert not text, (where, text)
            continue
        # Every text is there and is not the English one ("Minutes" and "Squat" are the same
        # word in French, so a label or name may match; a sentence never does).
        assert text.strip(), where
        if len(own.split()) > 2:
            assert text != own, (path.name, language, where)
    if language == "zh_CN":  # no Latin words left in Chinese (units such as "s", "min" aside)
        for where, text in texts(translated):
            words = [w for w in text.replace("(", " ").split() if w.isascii() and w.isalpha()]
            assert set(words) <= {"s", "min", "O", "Esc"}, (path.name, where, words)


@pytest.mark.parametrize("path", BUILTINS, ids=lambda path: path.stem)
def test_a_plan_is_the_same_in_every_language_but_its_words(path: Path) -> None:
    english = load_routine(path)
    plan = build_plan(english).to_json()
    for language in TRANSLATED:
        other = build_plan(english.in_language(language)).to_json()
        assert other["id"] == plan["id"] and other["total_s"] == plan["total_s"]
        assert other["values"] == plan["values"]
        assert other["name"] != plan["name"] or language == "fr"
        for mine, theirs in zip(plan["segments"], other["segments"], strict=True):
            words = ("label", "exercise")
            assert {k: v for k, v in mine.items() if k not in words} == {
                k: v for k, v in theirs.items() if k not in words}


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_timing_is_identical_in_every_language_at_any_values(data: st.DataObject) -> None:
    path = data.draw(st.sampled_from(BUILTINS))
    language = data.draw(st.sampled_from(TRANSLATED))
    routine = load_routine(path)
    values = {}
    for parameter in routine.parameters:
        steps = round((parameter.maximum - parameter.minimum) / parameter.step)
        values[parameter.name] = (parameter.minimum
                                  + data.draw(st.integers(0, steps)) * parameter.step)
    mine = build_plan(routine, values)
    theirs = build_plan(routine.in_language(language), values)
    assert [(s.kind, s.start_s, s.duration_s, s.reps, s.side, s.round, s.set, s.cues)
            for s in mine.segments] == [
        (s.kind, s.start_s, s.duration_s, s.reps, s.side, s.round, s.set, s.cues)
        for s in theirs.segments]


def test_a_partial_translation_falls_back_text_by_text() -> None:
    routine = load_routine_bytes(PARTIAL.encode(), "partial.yaml", "partial")
    german = routine.in_language("de")
    squat, lunge = german.exercises
    assert german.name == "Morgenbeine"
    assert german.description == "A short wake-up."  # not translated: the file's own
    assert (squat.name, squat.instructions, squat.safety) == (
        "Kniebeuge", "Setz dich nach hinten und unten.", "Heels down.")
    assert (lunge.name, lunge.instructions) == ("Lunge", "Step forward.")
    assert german.parameters[0].label == "Pause dazwischen"
    assert german.cooldown is not None and german.cooldown.label == "Ausschütteln"
    assert german.cooldown.instructions == "Loosen the legs."
    assert german.notes == ("Trink Wasser.", "Warm up first.")
    # A language the file does not have, and back again: the file's own words.
    assert routine.in_language("fr") == routine
    assert german.in_language("en") == routine
    assert german.in_language("de") == german
    labels = [segment.label for segment in build_plan(german).segments]
    assert "Kniebeuge" in labels and "Ausschütteln" in labels


def test_a_file_written_in_another_language_can_carry_english() -> None:
    text = ("version: 1\nname: Kniebeugen\nexercises:\n  - {name: Kniebeuge, work: 30s}\n"
            "translations:\n  en:\n    name: Squats\n    exercises:\n"
            "      Kniebeuge: {name: Squat}\n")
    routine = load_routine_bytes(text.encode(), "mine.yaml", "mine")
    assert routine.in_language("en").exercises[0].name == "Squat"
    assert routine.in_language("de").name == "Kniebeugen"


def test_the_library_relocalises_without_reading_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "morning.yaml").write_text(PARTIAL, encoding="utf-8")
    index = tmp_path / "index.json"
    library = load_library(folder, index, language="de")
    assert library.listed["squat-100"].name == "100 Kniebeugen"
    assert library.listed["morning"].name == "Morgenbeine"
    assert library.find("morning").exercises[0].name == "Kniebeuge"
    ids = list(library.listed)
    (folder / "morning.yaml").unlink()  # relocalising must not need it
    library.relocalise("fr")
    assert list(library.listed) == ids
    assert library.listed["squat-100"].name == "100 squats"
    assert library.routines["legs-up-the-wall"].name == "Jambes contre le mur"
    assert library.listed["morning"].name == "Morning legs"  # no French: its own words
    assert library.listed["morning"].exercises == ("Squat", "Lunge")
    library.relocalise("de")
    assert library.listed["morning"].exercises == ("Kniebeuge", "Lunge")
    library.relocalise("en")
    assert library.routines["squat-100"].name == "100 squats"
    assert library.routines["squat-100"].exercises[0].name == "Bodyweight squat"


def test_the_cached_index_keeps_every_language(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "morning.yaml").write_text(PARTIAL, encoding="utf-8")
    index = tmp_path / "index.json"
    FolderScan(folder, index).run()
    stored = json.loads(index.read_text(encoding="utf-8"))
    assert stored["format"] == 2
    # Read from the index alone (no parsing): each language's words come back.
    (found,) = FolderScan(folder, index).run()
    assert found.summary is not None
    assert found.summary.in_language("de").name == "Morgenbeine"
    assert found.summary.in_language("es").name == "Morning legs"
    for language in ("de", "fr", ""):
        library = load_library(folder, index, language=language or "en")
        assert library.listed["morning"].name == ("Morgenbeine" if language == "de"
                                                  else "Morning legs")


def test_an_index_of_the_old_format_is_rebuilt(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "morning.yaml").write_text(PARTIAL, encoding="utf-8")
    index = tmp_path / "index.json"
    FolderScan(folder, index).run()
    stored = json.loads(index.read_text(encoding="utf-8"))
    stored["format"] = 1
    for entry in stored["entries"].values():
        entry[2] = entry[2][:7]  # the format-1 shape: no translations
    index.write_text(json.dumps(stored), encoding="utf-8")
    library = load_library(folder, index, language="de")
    assert library.listed["morning"].name == "Morgenbeine"


def test_the_library_follows_the_system_language_by_default(
        monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.setenv("LANGUAGE", "es")
    assert open_library(None).listed["squat-100"].name == "100 sentadillas"


def test_the_builtins_open_quickly_in_every_language() -> None:
    """Opening the library parses each built-in once, translations included (printed: a
    figure, never a pass/fail on time beyond a generous sanity bound)."""
    for language in languages.AVAILABLE:
        started = time.perf_counter()
        library = open_library(None, language=language)
        elapsed_ms = (time.perf_counter() - started) * 1000
        print(f"open_library({language!r}): {elapsed_ms:.1f} ms")
        assert len(library.builtin_ids) == 8
        assert elapsed_ms < 5000


# -- the editor ------------------------------------------------------------------------------

def test_the_editor_keeps_the_translations_block(tmp_path: Path) -> None:
    source = ROOT / "routines" / "squat-100.yaml"
    draft = RoutineDraft.from_text(source.read_text(encoding="utf-8"))
    draft.apply([SetValue(("description",), "Changed."),
                 SetValue(("exercises", 0, "instructions"), "Changed too.")])
    text = draft.text()
    assert check_text(text).ok
    assert text.split("\ntranslations:\n", 1)[1] == source.read_text(
        encoding="utf-8").split("\ntranslations:\n", 1)[1]
    copy = tmp_path / "squat-copy.yaml"
    copy.write_text(text, encoding="utf-8")
    german = load_routine(copy).in_language("de")
    assert german.exercises[0].name == "Kniebeuge"
    assert german.description.startswith("Hundert Kniebeugen")


def test_renaming_an_exercise_or_parameter_in_the_editor_keeps_its_translation() -> None:
    draft = RoutineDraft.from_text(PARTIAL)
    undo = draft.apply([SetValue(("exercises", 0, "name"), "Deep squat")])
    assert check_text(draft.text()).ok
    routine = load_routine_bytes(draft.text().encode(), "d.yaml", "d")
    assert routine.exercises[0].name == "Deep squat"
    assert routine.in_language("de").exercises[0].name == "Kniebeuge"
    draft.apply(undo)
    assert draft.get(("translations", "de", "exercises", "Squat", "name")) == "Kniebeuge"
    undo = draft.apply(draft.rename_parameter("rest", "pause"))
    assert check_text(draft.text()).ok
    routine = load_routine_bytes(draft.text().encode(), "d.yaml", "d")
    assert routine.in_language("de").parameters[0].label == "Pause dazwischen"
    draft.apply(undo)
    assert check_text(draft.text()).ok
    assert draft.get(("translations", "de", "parameters", "rest", "label")) == (
        "Pause dazwischen")


def test_renaming_one_of_two_exercises_of_a_name_leaves_the_translation_to_the_other() -> None:
    text = PARTIAL.replace("  - name: Lunge", "  - name: Squat")
    draft = RoutineDraft.from_text(text)
    draft.apply([SetValue(("exercises", 1, "name"), "Lunge")])
    assert draft.get(("translations", "de", "exercises", "Squat", "name")) == "Kniebeuge"
    assert check_text(draft.text()).ok


def test_a_user_routine_with_translations_copies_into_the_user_folder(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    shutil.copy(ROOT / "routines" / "knee-clamp.yaml", folder / "clamp.yaml")
    library = load_library(folder, None, language="zh_CN")
    assert library.find("clamp").exercises[0].name == "夹膝"
    assert dataclasses.replace(library.find("clamp"), id="knee-clamp").name == (
        library.find("knee-clamp").name)


def test_the_plan_words_its_breaks_and_sides_in_the_chosen_language() -> None:
    from leg_timer.core import translation

    words = {("Spoken", "Get ready"): "Préparez-vous", ("Spoken", "Rest"): "Repos",
             ("Display", "{name} (right)"): "{name} (droite)",
             ("Display", "{name} (left)"): "{name} (gauche)",
             ("Spoken", "Switch sides"): "Changez de côté"}
    translation.install(lambda context, source, _d, _n: words.get((context, source), ""))
    try:
        plan = build_plan(load_routine(ROOT / "routines" / "mini-band-circuit.yaml")
                          .in_language("fr"))
    finally:
        translation.install(None)
    labels = [segment.label for segment in plan.segments]
    assert labels[:4] == ["Préparez-vous", "Extension de hanche à quatre pattes (droite)",
                          "Changez de côté", "Extension de hanche à quatre pattes (gauche)"]
    assert "Repos" in labels and "Coquillage (gauche)" in labels
    english = build_plan(load_routine(ROOT / "routines" / "mini-band-circuit.yaml"))
    assert [s.label for s in english.segments][:3] == [
        "Get ready", "Quadruped hip extension (right)", "Switch sides"]


def test_a_user_routine_shadowing_a_builtin_keeps_its_id_in_every_language(
        tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    shutil.copy(ROOT / "routines" / "knee-clamp.yaml", folder / "knee-clamp.yaml")
    library = load_library(folder, None, language="de")
    assert library.find("user:knee-clamp").id == "user:knee-clamp"
    library.relocalise("es")
    routine = library.routine("user:knee-clamp")
    assert (routine.id, routine.name) == ("user:knee-clamp", "Rodillas juntas sentado")
    assert routine.in_language("en").id == "user:knee-clamp"
