"""The language chosen from the system's variables, in gettext's order, with fallbacks; and
the one door for translated text working without any translator installed."""

from __future__ import annotations

import pytest

from leg_timer.core import translation
from leg_timer.languages import candidates, choose, current_language, preferences


@pytest.mark.parametrize(("environ", "expected"), [
    ({}, "en"),
    ({"LANG": "de_DE.UTF-8"}, "de"),
    ({"LANG": "fr_CA.UTF-8"}, "fr"),
    ({"LANG": "es_MX"}, "es"),
    ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_SG.UTF-8"}, "zh_CN"),
    ({"LANG": "zh_TW.UTF-8"}, "en"),  # Traditional Chinese is not shipped
    ({"LANG": "zh_TW.UTF-8", "LANGUAGE": "zh_TW:de"}, "de"),  # the next preference wins
    ({"LANG": "it_IT.UTF-8"}, "en"),
    # LANGUAGE first, then LC_ALL, LC_MESSAGES, LANG.
    ({"LANGUAGE": "fr:de", "LANG": "de_DE.UTF-8"}, "fr"),
    ({"LANGUAGE": "it:es", "LANG": "de_DE.UTF-8"}, "es"),
    ({"LC_ALL": "es_ES.UTF-8", "LC_MESSAGES": "fr_FR", "LANG": "de_DE"}, "es"),
    ({"LC_MESSAGES": "fr_FR", "LANG": "de_DE"}, "fr"),
    ({"LANG": "de_AT.UTF-8@euro"}, "de"),
    # C and POSIX mean English; LANGUAGE still counts then (unlike gettext).
    ({"LANG": "C"}, "en"),
    ({"LANG": "C", "LANGUAGE": "de"}, "de"),
    ({"LC_ALL": "C.UTF-8", "LANGUAGE": "de"}, "de"),
    ({"LANGUAGE": "", "LANG": "de_DE.UTF-8"}, "de"),
])
def test_the_system_language(environ: dict[str, str], expected: str) -> None:
    assert choose(preferences(environ)) == expected
    assert current_language("", environ) == expected


def test_the_setting_wins_when_it_names_a_language_we_have() -> None:
    assert current_language("zh_CN", {"LANG": "de_DE.UTF-8"}) == "zh_CN"
    assert current_language("xx", {"LANG": "de_DE.UTF-8"}) == "de"


def test_candidates_fall_back_from_specific_to_general() -> None:
    assert candidates("pt_BR.UTF-8") == ["pt_BR", "pt"]
    assert candidates("zh-Hans") == ["zh_CN"]
    assert candidates("POSIX") == ["en"]


def test_without_a_translator_the_source_text_with_the_number() -> None:
    translation.install(None)
    assert translation.translate("Ctx", "Rest") == "Rest"
    # "(s)" is the English plural of an untranslated count (not "3 second(s)" on screen).
    assert translation.translate("Ctx", "%n second(s)", None, 3) == "3 seconds"
    assert translation.translate("Ctx", "%n second(s)", None, 1) == "1 second"
    translation.install(lambda context, source, _d, n: "" if source == "none" else
                        f"[{context}:{source}:{n}]")
    try:
        assert translation.translate("Ctx", "Rest") == "[Ctx:Rest:-1]"
        assert translation.translate("Ctx", "none") == "none"  # missing: the source text
    finally:
        translation.install(None)
