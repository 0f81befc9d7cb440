"""The command line's language: the same choice the window makes, installed without a window.

:func:`install_language` works out the language (the settings file's choice when it names one,
else the system's: ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``; see
:mod:`leg_timer.languages`) and, when it is not English, loads the compiled catalogues
(:func:`leg_timer.resources.translation_files`) into ``QTranslator`` objects installed behind
:func:`leg_timer.core.translation.install`. English, the common case, never imports Qt, so
``leg-timer list`` stays fast.

The settings file is read here as plain text (:func:`stored_language`), not through
``ui/settings_file.py``: that module imports QtCore's QSettings, which would cost every English
start the Qt import. Only the one line naming the language is looked for.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from leg_timer import languages, resources
from leg_timer.core import translation
from leg_timer.core.translation import QT_TRANSLATE_NOOP
from leg_timer.paths import default_paths

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

# The settings key's last part (whatever its group, e.g. "window/language" is written as
# "language=" under "[window]"); at most this many bytes of the file are read.
SETTING_NAME = "language"
_MAX_BYTES = 1024 * 1024


def stored_language(settings_file: Path) -> str:
    """The language the settings file names ("" for none, or an unreadable file)."""
    try:
        with settings_file.open("rb") as stream:
            text = stream.read(_MAX_BYTES).decode("utf-8", errors="replace")
    except OSError:
        return ""
    for line in text.splitlines():
        key, equals, value = line.partition("=")
        if equals and key.strip().rsplit("\\", 1)[-1] == SETTING_NAME:
            value = value.strip().strip('"')
            if value in languages.AVAILABLE:
                return value
    return ""


def basedir_from(argv: Sequence[str]) -> str | None:
    """``--basedir DIR`` (or ``--basedir=DIR``) from raw arguments: the language is chosen
    before argparse runs, so that its help texts are translated too."""
    for index, argument in enumerate(argv):
        if argument == "--":
            break
        if argument == "--basedir" and index + 1 < len(argv):
            return argv[index + 1]
        if argument.startswith("--basedir="):
            return argument.partition("=")[2]
    return None


def chosen_language(argv: Sequence[str] = (),
                    environ: Mapping[str, str] | None = None) -> str:
    """The language to print in: the settings file's choice, else the system's."""
    env = os.environ if environ is None else environ
    try:
        setting = stored_language(default_paths(basedir_from(argv)).settings_file)
    except (RuntimeError, OSError):  # no home folder: the system's choice only
        setting = ""
    return languages.current_language(setting, env)


def load_translators(language: str) -> list[QTranslator]:
    """QTranslators loaded with ``language``'s catalogues (none for English or none built)."""
    files = resources.translation_files(language)
    if not files:
        return []
    from PySide6.QtCore import QTranslator  # only now: English never pays for Qt

    loaded = []
    for path in files:
        translator = QTranslator()
        if translator.load(str(path)):
            loaded.append(translator)
    return loaded


def translator_for(loaded: Sequence[QTranslator]) -> translation.Translator:
    """One :data:`translation.Translator` asking each QTranslator in turn."""
    return translation.chained(loaded)


def install_language(argv: Sequence[str] = (),
                     environ: Mapping[str, str] | None = None) -> str:
    """Choose the language and install its catalogues for :func:`translation.translate`;
    returns the language chosen."""
    language = chosen_language(argv, environ)
    loaded = load_translators(language) if language != languages.ENGLISH else []
    # Always installed (None for English): a second run in one process (tests) starts afresh.
    translation.install(translator_for(loaded) if loaded else None)
    return language


def translate_argparse() -> None:
    """argparse's own words ("usage:", "options", its error messages) through the same door
    as ours, in the language :func:`install_language` chose (called as the parser is built)."""
    import argparse  # here: a start with no arguments builds no parser (docs/performance.md)

    argparse._ = _argparse_words  # type: ignore[attr-defined]


Argparse = translation.Context("Argparse")
# The argparse messages a person meets (Python 3.11's wording), marked for the catalogues.
ARGPARSE_WORDS = frozenset({
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
})


def _argparse_words(text: str) -> str:
    """argparse's ``_()``: its marked words in the chosen language, anything else as it is."""
    return Argparse.tr(text) if text in ARGPARSE_WORDS else text
