"""The spoken cues in every language, through real QTranslators loading the compiled .qm
(what the window and the command line install), for sample plans; and the plural forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from leg_timer.core.announcements import Announcement, Phrase, Say, announce
from leg_timer.core.plan import build_plan
from leg_timer.core.routine import Side
from leg_timer.library import load_library
from leg_timer.present import display, wording
from leg_timer.present.cue_words import spoken_text
from tests.audio.simulate import run_session

LIBRARY = load_library(None)
Install = Callable[[str], None]


def spoken(routine_id: str) -> list[str]:
    plan = build_plan(LIBRARY.routines[routine_id], None)
    return [text for text in (spoken_text(a) for a in announce(run_session(plan), plan))
            if text]


EXPECTED = {  # language: (get ready, rest, switch sides, round 2 of 3, next, side, complete)
    "de": ("Bereit machen", "Pause", "Seite wechseln", "Runde 2 von 3", "Als Nächstes: ",
           "rechte Seite", "Training beendet"),
    "fr": ("Préparez-vous", "Repos", "Changez de côté", "Tour 2 sur 3", "Ensuite : ",
           "côté droit", "Séance terminée"),
    "es": ("Prepárate", "Descanso", "Cambia de lado", "Ronda 2 de 3", "Siguiente: ",
           "lado derecho", "Entrenamiento completado"),
    "zh_CN": ("准备", "休息", "换边", "第2轮，共3轮", "下一个：", "右侧", "训练完成"),
}


def test_english_is_unchanged_without_a_translator() -> None:
    plan = build_plan(LIBRARY.routines["squat-100"], None)
    for announcement in announce(run_session(plan), plan):
        assert spoken_text(announcement) == announcement.speech


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_circuit_is_spoken_in_the_language(use_language: Install, language: str) -> None:
    english = spoken("mini-band-circuit")
    use_language(language)
    said = spoken("mini-band-circuit")
    assert len(said) == len(english)  # the same moments, other words
    ready, rest, switch, round_2, next_, right, complete = EXPECTED[language]
    assert said[0] == ready
    assert switch in said and round_2 in said and said[-1] == complete
    assert any(text.startswith(next_) and right in text for text in said)
    assert not any("Next" in text or "Round" in text or "Get ready" in text for text in said)
    squats = spoken("squat-100")
    assert rest in squats


@pytest.mark.parametrize(("language", "one", "twenty"), [
    ("de", "1 Wiederholung", "20 Wiederholungen"), ("fr", "1 répétition", "20 répétitions"),
    ("es", "1 repetición", "20 repeticiones"), ("zh_CN", "1次", "20次")])
def test_rep_counts_are_spoken_with_the_right_plural(use_language: Install, language: str,
                                                      one: str, twenty: str) -> None:
    use_language(language)
    for reps, words in ((1, one), (20, twenty)):
        announcement = Announcement(0.0, None, f"{reps} reps", (Phrase(Say.REPS, number=reps),))
        assert spoken_text(announcement) == words


@pytest.mark.parametrize(("language", "one", "two"), [
    ("de", "1 Satz", "2 Sätze"), ("fr", "1 série", "2 séries"), ("es", "1 serie", "2 series"),
    ("zh_CN", "1组", "2组"), ("en", "1 set", "2 sets")])
def test_plural_forms_follow_the_number(use_language: Install, language: str, one: str,
                                        two: str) -> None:
    use_language(language)
    assert wording.count(1, "set") == one
    assert wording.count(2, "set") == two


def test_french_counts_zero_as_singular(use_language: Install) -> None:
    use_language("fr")
    assert wording.count(0, "day") == "0 jour"  # French: 0 and 1 take the singular
    assert wording.count(5, "day") == "5 jours"


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_the_screen_words_follow_the_language(use_language: Install, language: str) -> None:
    use_language(language)
    assert display.side_text(Side.RIGHT) != "Right side"
    assert display.banner(build_plan(LIBRARY.routines["squat-100"], None).segments[0].kind) \
        != "GET READY"
    assert wording.round_counter(2, 3).endswith("2 / 3")
