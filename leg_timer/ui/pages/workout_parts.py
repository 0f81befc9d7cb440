"""Parts of the workout page: digits capped to the page's text size, and the exercise guide.

:class:`SizedClock` is the shared :class:`~leg_timer.ui.widgets.ClockFace` with a ceiling on
the digits' size, so the lines read from the mat (next exercise, time left, rep counter) are
never smaller than a sixth of the digits' height. :class:`GuideText` shows an exercise's
instructions and safety note at the largest size that fits its box, never below a floor.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSizeF, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from leg_timer.core.translation import translate
from leg_timer.ui.i18n import bind
from leg_timer.ui.widgets import ClockFace

DIGITS_SAMPLE = "0:00"
# The lines read from the mat are at least this share of the digits' height (issue 9).
SECONDARY_SHARE = 1 / 6


def ink_height(font: QFont, text: str = DIGITS_SAMPLE) -> float:
    """How tall ``text`` is drawn in ``font``: the digits' height on screen."""
    return QFontMetricsF(font).tightBoundingRect(text).height()


def digits_cap_px(secondary: QFont) -> int:
    """The largest digits' pixel size whose height is at most six times the cap height of
    ``secondary`` (the font of the lines that must stay at least a sixth as tall)."""
    probe = QFont(secondary)
    probe.setBold(True)
    probe.setPixelSize(100)
    limit = QFontMetricsF(secondary).capHeight() / SECONDARY_SHARE
    return max(8, int(100 * limit / max(1.0, ink_height(probe))))


class SizedClock(ClockFace):
    """The big clock, never larger than :meth:`set_max_pixels` allows.

    The size depends only on the widget's size and the ceiling, never on the text or on
    pause, so the digits do not jump as they change or when the workout pauses.

    Signals:
        resized(): the clock changed size (the view places the PAUSED badge over it).
    """

    resized = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_px = 10_000
        self._foot_px = 0

    def set_foot_px(self, pixels: int) -> None:
        """Keep this much room under the digits, always (the PAUSED badge goes there), so
        showing the badge never covers or moves them."""
        if pixels != self._foot_px:
            self._foot_px = pixels
            self._pixels.clear()
            self.update()

    def foot_rect(self) -> QRectF:
        """The room under the digits: the bar, and the PAUSED badge when paused."""
        top = self.digits_rect().bottom()
        return QRectF(0, top, self.width(), self.height() - top)

    def digits_rect(self) -> QRectF:
        foot = max(self.bar_height() * 2.2, float(self._foot_px))
        return QRectF(0, 0, self.width(), max(1.0, self.height() - foot))

    def set_max_pixels(self, pixels: int) -> None:
        if pixels != self._max_px:
            self._max_px = max(8, pixels)
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def digits_font(self) -> QFont:
        font = super().digits_font()
        if font.pixelSize() > self._max_px:
            font.setPixelSize(self._max_px)
        return font


class GuideText(QWidget):
    """An exercise's instructions and safety note, wrapped, as large as fits (within a range).

    It paints a small rich-text document (every routine-written string escaped) in the
    palette's text colour, so the theme applies.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Exercise instructions"))
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._title = ""
        self._instructions = ""
        self._safety = ""
        self._max_px = 24
        self._min_px = 12
        self._doc = QTextDocument()
        self._doc.setDocumentMargin(0)
        self._fitted_px = self._min_px

    # -- what the view sets ------------------------------------------------------------

    def set_guide(self, title: str, instructions: str, safety: str) -> None:
        if (title, instructions, safety) == (self._title, self._instructions, self._safety):
            return
        self._title, self._instructions, self._safety = title, instructions, safety
        self.setAccessibleDescription(self.text())
        self._fit()

    def set_pixel_range(self, max_px: int, min_px: int) -> None:
        self._max_px, self._min_px = max(1, max_px), max(1, min(min_px, max_px))
        self._fit()

    def text(self) -> str:
        """The guide as plain text (tests, screen readers)."""
        parts = [self._title, self._instructions]
        if self._safety:
            parts.append(translate("GuideText", "Safety: {note}").format(note=self._safety))
        return "\n".join(part for part in parts if part)

    def has_text(self) -> bool:
        return bool(self._instructions or self._safety)

    def pixel_size(self) -> int:
        """The font size the text is drawn at now."""
        return self._fitted_px

    def fits(self) -> bool:
        """Whether the whole text fits the box at the size drawn."""
        return self._height_at(self._fitted_px) <= self.height() + 0.5

    # -- fitting and drawing -----------------------------------------------------------

    def _html(self) -> str:
        blocks = []
        if self._title:
            blocks.append(f"<p><b>{html.escape(self._title)}</b></p>")
        if self._instructions:
            blocks.append(f"<p>{html.escape(self._instructions)}</p>")
        if self._safety:
            blocks.append("<p><b>{caption}</b> {note}</p>".format(
                caption=html.escape(translate("GuideText", "Safety:")),
                note=html.escape(self._safety)))
        return "".join(blocks)

    def _set_doc(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self._doc.setDefaultFont(font)
        self._doc.setDefaultStyleSheet(f"p {{ margin-bottom: {round(pixels * 0.45)}px; }}")
        self._doc.setHtml(self._html())
        self._doc.setTextWidth(max(1, self.width()))

    def _height_at(self, pixels: int) -> float:
        self._set_doc(pixels)
        return self._doc.size().height()

    def _fit(self) -> None:
        # The largest size in the range whose text fits the box (binary search), else the floor.
        low, high = self._min_px, self._max_px
        best = low
        while low <= high:
            middle = (low + high) // 2
            if self._height_at(middle) <= self.height():
                best, low = middle, middle + 1
            else:
                high = middle - 1
        self._fitted_px = best
        self._set_doc(best)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(QRectF(QPointF(0, 0), QSizeF(self.size())))
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = self.palette()
        context.palette.setColor(QPalette.ColorRole.Text,
                                 self.palette().color(QPalette.ColorRole.WindowText))
        self._doc.documentLayout().draw(painter, context)
        painter.end()
