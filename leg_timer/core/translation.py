"""The one door every user-visible string goes through: :func:`translate`.

Qt-free, so the core, the presentation layer and the command line can word things without
Qt; the window installs Qt's translators behind it (:func:`install`), the command line a
``QTranslator`` it loads itself. Without one installed (tests of the core, a language without a
catalogue) the English source text is returned, with ``%n`` replaced by the number.

Call it exactly as Qt's ``QCoreApplication.translate`` is called, with literal strings::

    translate("Cues", "Rest")
    translate("Wording", "%n second(s)", None, seconds)

so that ``pyside6-lupdate`` finds every string (it reads calls named ``translate`` and
``QT_TRANSLATE_NOOP``) and the catalogues (resources/translations/*.ts) list them by context.
Untranslated, "(s)" in a plural source is the English plural ("%n rep(s)": "1 rep", "3 reps";
:func:`english`). Prefer :class:`Context` for plurals (see its WORKAROUND note).
:func:`QT_TRANSLATE_NOOP` marks a string for the catalogues where it is translated later (a
table of labels made at import time, before any language is chosen).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

# (context, source text, disambiguation or None, n or -1) -> the translation, or "" if none.
Translator = Callable[[str, str, str | None, int], str]

_translator: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use ``translator`` from now on (None: English source texts)."""
    global _translator
    _translator = translator


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the chosen language (Qt's rules: ``%n`` is ``n``, with plural forms)."""
    if _translator is not None:
        translated = _translator(context, source, disambiguation, n)
        if translated:
            return translated
    return english(source, n)


def english(source: str, n: int = -1) -> str:
    """The English source as said with ``n``: "%n" is the number, and "(s)" the English
    plural ("%n rep(s)": "1 rep", "3 reps"), as the catalogues' English would have it."""
    if n < 0:
        return source
    return source.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # Qt's name: lupdate reads it
    """Marks ``source`` for the catalogues; returns it untranslated (translate it later)."""
    del context
    return source


class Catalogue(Protocol):
    """What :func:`chained` asks of a catalogue: ``QTranslator.translate``'s shape."""

    def translate(self, context: str, source: str, /, disambiguation: str | None = ...,
                  n: int = ...) -> str | None: ...


def chained(catalogues: Sequence[Catalogue]) -> Translator:
    """A :data:`Translator` asking each catalogue in turn (loaded QTranslators, where Qt's
    application-wide translate is not at hand: the command line, the audio hosts); ``%n`` is
    filled in as ``QCoreApplication.translate`` does."""

    def translate_with(context: str, source: str, disambiguation: str | None, n: int) -> str:
        for catalogue in catalogues:
            found = catalogue.translate(context, source, disambiguation=disambiguation, n=n)
            if found:
                return found.replace("%n", str(n)) if n >= 0 else found
        return ""

    return translate_with


class Context:
    """:func:`translate` bound to one context: ``Cues = Context("Cues")``, then
    ``Cues.tr("Rest")`` and ``Cues.tr("%n reps", None, reps)``.

    Name the variable as the context: ``pyside6-lupdate`` takes ``Cues.tr(...)`` as context
    ``Cues``, as it takes ``self.tr`` in a class. WORKAROUND: its Python parser keeps the plural
    forms of ``translate(context, source, None, n)`` only when ``n`` is a literal number (a
    variable loses them, an attribute or a call loses the whole string), while ``X.tr(source,
    disambiguation, n)`` keeps them for any ``n`` (PySide6 6.11, found here).
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``source`` in the chosen language (see :func:`translate`)."""
        return translate(self.name, source, disambiguation, n)
