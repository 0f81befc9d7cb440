"""The window's language: Qt's translators, the locale for numbers and dates, the direction.

:class:`LanguageSwitch` owns the installed ``QTranslator`` objects. :meth:`LanguageSwitch.apply`
swaps them for another language's at any time: our catalogues (``window_<lang>.qm`` and
``text_<lang>.qm``, found by :func:`leg_timer.resources.translation_files`) and Qt's own
``qtbase_<lang>.qm`` (the standard buttons and dialogs). Installing or removing a translator
makes Qt send ``QEvent.LanguageChange`` to every widget, which re-words its texts (see
:mod:`leg_timer.ui.i18n`), so a switch needs no restart. The Qt-free layers translate through
:func:`leg_timer.core.translation.translate`, which is pointed at Qt's translators here.

English is the source language: for it no file is loaded; :class:`EnglishPlurals` words its
plural forms ("%n problem(s)").
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QGuiApplication

from leg_timer import resources
from leg_timer.core import translation
from leg_timer.languages import ENGLISH, current_language

log = logging.getLogger(__name__)


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def qt_catalogue(language: str) -> Path | None:
    """Qt's own catalogue (qtbase_<lang>.qm) for ``language``, or None when Qt has none."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in (language, language.split("_", 1)[0]):
        candidate = folder / f"qtbase_{name}.qm"
        if candidate.is_file():
            return candidate
    return None


def direction_for(locale: QLocale) -> Qt.LayoutDirection:
    """The layout direction the language is written in."""
    return locale.textDirection()


class EnglishPlurals(QTranslator):
    """English plural forms without a catalogue: "%n problem(s)" reads "1 problem", "2 problems".

    The sources are English with "(s)" where the plural adds an s; Qt looks here last (it was
    installed first), so a language's own catalogue always wins. Nothing is loaded from disk.
    """

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if n >= 0 and "(s)" in source:
            return source.replace("(s)", "" if n == 1 else "s")
        return None  # no translation here: Qt goes on to the source text

    def isEmpty(self) -> bool:
        return False  # so that installing it counts (Qt skips empty translators' events)


class LanguageSwitch(QObject):
    """Installs the translators of one language in the application, and swaps them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self._plurals: EnglishPlurals | None = None
        self.language = ENGLISH

    def apply(self, setting: str) -> str:
        """Show the language ``setting`` names ("" follows the system); returns the language
        chosen (one of ``languages.AVAILABLE``). English loads no file."""
        language = current_language(setting)
        app = QCoreApplication.instance()
        if self._plurals is None:
            self._plurals = EnglishPlurals(app)
            QCoreApplication.installTranslator(self._plurals)
            translation.install(_qt_translate)
        elif language == self.language:
            return language
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        if language != ENGLISH:
            files = [*resources.translation_files(language)]
            qt_file = qt_catalogue(language)
            if qt_file is not None:
                files.append(qt_file)
            for path in files:
                translator = QTranslator(app)
                if translator.load(str(path)):
                    QCoreApplication.installTranslator(translator)
                    self._installed.append(translator)
                else:
                    log.warning("could not load the catalogue %s", path)
            if not self._installed:
                log.warning("no catalogue found for %s: showing English", language)
        if language != ENGLISH or self.language != ENGLISH:
            # At start in English the system's locale stays (its dates and numbers).
            locale = QLocale(language)
            QLocale.setDefault(locale)
            if isinstance(app, QGuiApplication):
                QGuiApplication.setLayoutDirection(direction_for(locale))
        self.language = language
        log.info("language: %s", language)
        return language
