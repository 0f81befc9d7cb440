"""Texts that follow a language switch: :func:`bind` and :func:`on_language_change`.

Qt sends ``QEvent.LanguageChange`` to every widget when a translator is installed or removed
(``ui/language.py`` does that when the person picks another language). Rather than each widget
class keeping a ``retranslate`` method that repeats its constructor, a text is set once through
:func:`bind` with a function that words it::

    bind(self.test_sound, self.test_sound.setText, words)  # words: the tr call

which sets the text now and again at every language change of ``self.test_sound``. The words
stay literal ``self.tr``/``translate`` calls, so ``pyside6-lupdate`` finds them. A page whose
texts are worked out in a ``refresh`` method passes that method to :func:`on_language_change`.
The watcher is a child of the widget, so it goes when the widget goes: no registry to clean.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from leg_timer.core.translation import translate

T = TypeVar("T")  # the text, or a list of texts (header labels)


def tr(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Qt's translation of ``source`` (named ``tr`` so lupdate sees calls with a context)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


class _LanguageWatch(QObject):
    """Runs its callbacks when its parent hears of a language change."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.callbacks: list[Callable[[], None]] = []
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            for callback in list(self.callbacks):
                callback()
        return False


_WATCH_PROPERTY = "legTimerLanguageWatch"


def _watch(widget: QObject) -> _LanguageWatch:
    # Found through a property, not by looking through children(): wrapping a widget's
    # children makes PySide6 build the Python types (and enums) of Qt's internal ones, about
    # 25 ms of the window's start-up for some 80 texts (docs/performance.md).
    watch = widget.property(_WATCH_PROPERTY)
    if isinstance(watch, _LanguageWatch):
        return watch
    watch = _LanguageWatch(widget)
    widget.setProperty(_WATCH_PROPERTY, watch)
    return watch


def on_language_change(widget: QObject, callback: Callable[[], None]) -> None:
    """Call ``callback`` whenever ``widget`` hears that the language changed."""
    _watch(widget).callbacks.append(callback)


def bind(widget: QObject, setter: Callable[[T], object], words: Callable[[], T]) -> None:
    """``setter(words())`` now and after every language change ``widget`` hears."""
    def word() -> None:
        setter(words())

    word()
    on_language_change(widget, word)


def tag_name(tag: str) -> str:
    """A routine tag as the window shows it (picker, details, editor), in the chosen language;
    a tag the format does not know stays as written."""
    names = {"strength": translate("Tags", "Strength"), "mobility": translate("Tags", "Mobility"),
             "stretch": translate("Tags", "Stretch"),
             "relaxation": translate("Tags", "Relaxation"),
             "posture": translate("Tags", "Posture")}
    return names.get(tag, tag.capitalize())


def plural(text: str, n: int) -> str:
    """English plural forms where no catalogue worded ``text`` (English, the source language):
    with the text "%n problem(s)" worded for n, it reads "1 problem", "2 problems". A
    translation never keeps "(s)", so translated text passes unchanged."""
    return text.replace("(s)", "" if n == 1 else "s")
