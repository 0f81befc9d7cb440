"""Helpers for the window's language tests: a pseudo-locale translator, a walk over the texts a
person sees, the pages brought up one after the other, and a check of sibling overlaps.

The pseudo-locale wraps every translated string in brackets and lengthens it by about 40%
("[Start  ({key})~~~~~~]"), so a text shown without brackets never went through a translator,
and a text that no longer fits is cut where a longer language would be cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from leg_timer.ui.widgets import FitLabel

PSEUDO_GROWTH = 0.4


def pseudo(source: str) -> str:
    """``source`` as the pseudo-locale shows it: bracketed and about 40% longer."""
    return f"[{source}{'~' * max(1, round(len(source) * PSEUDO_GROWTH))}]"


# Imported here so the tests can install it; QTranslator is subclassed at import.
from PySide6.QtCore import QTranslator  # noqa: E402


class PseudoTranslator(QTranslator):
    """Translates every string (ours, Qt's own) into the pseudo-locale."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not source.strip():
            return None
        return pseudo(source)

    def isEmpty(self) -> bool:
        return False


@dataclass(frozen=True)
class Shown:
    """One text a person sees: the widget, which of its texts, the text."""

    widget: QWidget
    what: str
    text: str

    def __str__(self) -> str:
        name = self.widget.objectName() or self.widget.accessibleName() or ""
        return f"{type(self.widget).__name__}({name!r}).{self.what} = {self.text!r}"


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def shown_texts(root: QWidget) -> Iterator[Shown]:
    """Every non-empty text of every widget of ``root`` that is visible now."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if isinstance(widget, FitLabel):
            yield Shown(widget, "full text", widget.full_text())
        elif isinstance(widget, QLabel):
            yield Shown(widget, "text", _plain(widget))
        elif isinstance(widget, QAbstractButton):
            yield Shown(widget, "text", widget.text())
        elif isinstance(widget, QGroupBox):
            yield Shown(widget, "title", widget.title())
        elif isinstance(widget, QLineEdit) and not widget.text():
            yield Shown(widget, "placeholder", widget.placeholderText())
        elif isinstance(widget, QComboBox):
            yield Shown(widget, "current text", widget.currentText())
    # Empty texts say nothing; texts without letters (digits, times, arrows) need no words.


def needs_words(text: str) -> bool:
    return any(character.isalpha() for character in text)


def untranslated(root: QWidget, data: set[QWidget]) -> list[Shown]:
    """Texts with words that did not go through the translator (``data``: widgets that show
    the routine's own text or numbers, not ours)."""
    return [shown for shown in shown_texts(root)
            if needs_words(shown.text) and "[" not in shown.text
            and not any(shown.widget is each or each.isAncestorOf(shown.widget)
                        for each in data)]


def clipped(root: QWidget) -> list[Shown]:
    """Texts wider than their widget, where the widget neither wraps nor elides them."""
    found = []
    for shown in shown_texts(root):
        widget = shown.widget
        if isinstance(widget, FitLabel) or not shown.text:
            continue  # shrinks, then elides on purpose
        if isinstance(widget, QLabel):
            if widget.wordWrap() or shown.text != widget.text():
                continue  # wraps on purpose; rich text lays out by itself
            text = shown.text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            needed = max(widget.fontMetrics().horizontalAdvance(line)
                         for line in text.splitlines() or [""])  # "&" marks a shortcut
            room = widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if needed > room + 1:
                found.append(shown)
        elif (isinstance(widget, QPushButton | QCheckBox)
              and widget.width() + 1 < widget.sizeHint().width()):
            found.append(shown)
    return found


def overlapping_siblings(root: QWidget) -> list[tuple[QWidget, QWidget]]:
    """Pairs of visible widgets in the same layout whose rectangles overlap."""
    pairs = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or not parent.isVisible():
            continue
        laid = [child for child in _laid_out(layout) if child.isVisible()]
        for index, first in enumerate(laid):
            for second in laid[index + 1:]:
                overlap: QRect = first.geometry().intersected(second.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    pairs.append((first, second))
    return pairs


def _laid_out(layout: QLayout) -> list[QWidget]:
    """The widgets of ``layout`` and of the layouts nested in it (one parent's children)."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _laid_out(item.layout())
    return found


def close_dialogs() -> None:
    """Close the dialogs a test opened (the settings): shown ones would go on talking to the
    platform in the next test."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog):
            widget.close()
            widget.deleteLater()
    process_events()


def process_events() -> None:
    """Until layouts settle (a new text asks for a layout, which may change fonts, ...)."""
    for _ in range(5):
        QCoreApplication.processEvents()
