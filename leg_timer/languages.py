"""Which language the person reads: from the settings, else from the system.

The system's choice is read nearly as gettext reads it: ``LANGUAGE`` (a colon-separated list
of preferences), then the first of ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set.
``C`` and ``POSIX`` mean English, but unlike gettext ``LANGUAGE`` still counts then: a bare
terminal or container often has ``LANG=C``, and ``LANGUAGE=de leg-timer list`` must mean
German. Each preference falls back from the specific to the general
(``de_AT.UTF-8@euro`` -> ``de_AT`` -> ``de``), and Chinese names its script (``zh``,
``zh_SG`` and ``zh_Hans`` read Simplified Chinese, ``zh_CN``). The first language Leg Timer has
a catalogue for wins; English when none matches. Plain Python: the window, the command line
and the routine loader share it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

ENGLISH = "en"
# Every language with a complete translation, English first (the source language).
AVAILABLE = (ENGLISH, "de", "fr", "es", "zh_CN")
# Each language's own name, for the settings' list.
NATIVE_NAMES = {ENGLISH: "English", "de": "Deutsch", "fr": "Français", "es": "Español",
                "zh_CN": "简体中文"}
SYSTEM = ""  # the setting's value for "follow the system"

_SIMPLIFIED = {"zh", "zh_cn", "zh_sg", "zh_hans", "zh_hans_cn"}
_TRADITIONAL = {"zh_tw", "zh_hk", "zh_mo", "zh_hant"}


def preferences(environ: Mapping[str, str] | None = None) -> list[str]:
    """The system's language preferences, most wanted first, as written there."""
    env = os.environ if environ is None else environ
    found: list[str] = []
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            main = value
            break
    else:
        main = ""
    # gettext ignores LANGUAGE when the locale is C; we do not: `LANGUAGE=de leg-timer list`
    # in a bare terminal or container (where LANG is C or unset) means German.
    found += [part for part in env.get("LANGUAGE", "").split(":") if part]
    if main:
        found.append(main)
    return found


def candidates(preference: str) -> list[str]:
    """``preference`` from the specific to the general, in the names used here."""
    base = preference.split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    if base in ("C", "POSIX", ""):
        return [ENGLISH]
    language, _, region = base.partition("_")
    language = language.lower()
    lowered = f"{language}_{region.lower()}" if region else language
    if lowered in _SIMPLIFIED or lowered.startswith("zh_hans"):
        return ["zh_CN"]
    if lowered in _TRADITIONAL or lowered.startswith("zh_hant"):
        return ["zh_TW"]  # none shipped: falls through to the next preference
    if region:
        return [f"{language}_{region.upper()}", language]
    return [language]


def choose(wanted: Iterable[str], available: Iterable[str] = AVAILABLE) -> str:
    """The first of ``wanted`` (with its fallbacks) that is available; English otherwise."""
    have = list(available)
    for preference in wanted:
        for candidate in candidates(preference):
            if candidate in have:
                return candidate
    return ENGLISH


def current_language(setting: str = SYSTEM, environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the setting's when it names one we have, else the system's."""
    if setting and setting in AVAILABLE:
        return setting
    return choose(preferences(environ))
