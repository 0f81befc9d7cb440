"""Small widgets the views share: a label that fits its text, a label held at its text's
size, and the big clock face.

Signals:
    ClockFace.double_clicked(): the user double-clicked the digits (focus mode).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from leg_timer.core.translation import translate
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind


class FitLabel(QLabel):
    """A one-line label whose font shrinks (down to a floor, then the text is elided) to fit.

    The height stays that of the largest font, so the layout does not jump as the text changes.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, bold: bool = False
                 ) -> None:
        super().__init__(parent)
        self._full = text
        self._max_px = 20
        self._min_px = 11
        self._bold = bold
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        if text != self._full:
            self._full = text
            self._fit()

    def set_pixel_range(self, max_px: int, min_px: int) -> None:
        self._max_px, self._min_px = max(1, max_px), max(1, min(min_px, max_px))
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _font(self, pixels: int) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(self._bold)
        return font

    def _fit(self) -> None:
        largest = self._font(self._max_px)
        margins = self.contentsMargins()
        extra_h = margins.top() + margins.bottom()
        self.setFixedHeight(round(QFontMetricsF(largest).height() * 1.15) + extra_h)
        available = self.contentsRect().width() - 2
        width = QFontMetricsF(largest).horizontalAdvance(self._full)
        pixels = self._max_px
        if available > 0 and width > available:
            pixels = max(self._min_px, int(self._max_px * available / width))
        font = self._font(pixels)
        if font != self.font():
            self.setFont(font)
        shown = self._full
        if available > 0:
            shown = QFontMetricsF(font).elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   available)
        super().setText(shown)


class SteadyLabel(QLabel):
    """A one-line label held at its text's size and a given height.

    A label of fixed size does not ask the layout to run again when its text changes
    (``QWidget::updateGeometry`` skips it), so a time ticking in digits of one width repaints
    this label alone, not the window's layout. The size is the one the layout would give it
    (a label's minimum width is its text's), and it follows the text when the width changes.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._line_px: int | None = None  # no height given yet: an ordinary label

    def setText(self, text: str) -> None:
        if text != self.text():
            super().setText(text)
            self._hold_size()

    def set_line_height(self, pixels: int) -> None:
        """The height of the row the label sits in (the height the layout gives it)."""
        self._line_px = pixels
        self._hold_size()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._hold_size()

    def _hold_size(self) -> None:
        if self._line_px is None:
            return
        size = QSize(self.sizeHint().width(), self._line_px)
        if self.minimumSize() != size or self.maximumSize() != size:
            self.setFixedSize(size)


class ClockFace(QWidget):
    """The segment's time in digits as large as the widget allows, over a progress bar.

    The font size is worked out from the widget's size on each resize (for ``m:ss`` and for
    ``h:mm:ss``), not from the text, so the digits do not jump as they change.
    """

    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "0:00"
        self._fraction = 1.0
        self._fill = QColor(theme.KIND_FILLS[next(iter(theme.KIND_FILLS))])
        self._dim = False
        self._pixels: dict[int, int] = {}  # text length -> font pixel size
        bind(self, self.setAccessibleName,
             lambda: translate("Accessible", "Time left in this segment"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 70)

    def text(self) -> str:
        return self._text

    def fraction(self) -> float:
        return self._fraction

    def show_time(self, text: str, fraction: float, fill: str, dim: bool) -> None:
        color = QColor(fill)
        if (text, fraction, color, dim) == (self._text, self._fraction, self._fill, self._dim):
            return
        # Where the ink was, unless the colour or the pause changes: then the whole face.
        before = self._drawn_rects() if (color, dim) == (self._fill, self._dim) else None
        self._text, self._fraction, self._fill, self._dim = text, fraction, color, dim
        # No setAccessibleDescription: that is an event every second. A screen reader reads
        # the time when it asks (leg_timer/ui/access/interfaces.py).
        if before is None:
            self.update()
            return
        # A tick repaints only the ink of the old and new digits and the bar, not the face.
        for old, new in zip(before, self._drawn_rects(), strict=True):
            self.update(old.united(new).toAlignedRect().adjusted(-2, -2, 2, 2))

    def bar_height(self) -> float:
        return max(8.0, self.height() * 0.07)

    def digits_rect(self) -> QRectF:
        gap = self.bar_height() * 1.2
        return QRectF(0, 0, self.width(), max(1.0, self.height() - self.bar_height() - gap))

    def digits_font(self) -> QFont:
        length = 5 if len(self._text) <= 5 else 7
        if length not in self._pixels:
            self._pixels[length] = self._fit_pixels("88:88" if length == 5 else "8:88:88")
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(self._pixels[length])
        return font

    def _fit_pixels(self, sample: str) -> int:
        probe = QFont(self.font())
        probe.setBold(True)
        probe.setPixelSize(100)
        bounds = QFontMetricsF(probe).tightBoundingRect(sample)
        area = self.digits_rect()
        scale = min(area.width() * 0.94 / max(1.0, bounds.width()),
                    area.height() * 0.92 / max(1.0, bounds.height()))
        return max(8, int(100 * scale))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pixels.clear()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit()
        event.accept()

    def _layout(self) -> tuple[QFont, QPointF, QRectF, QRectF]:
        """The digits' font, where their text starts, their ink, and the bar's track."""
        font = self.digits_font()
        area = self.digits_rect()
        bounds = QFontMetricsF(font).tightBoundingRect(self._text)
        x = area.center().x() - bounds.width() / 2 - bounds.left()
        y = area.center().y() - bounds.height() / 2 - bounds.top()
        bar_h = self.bar_height()
        width = min(self.width() * 0.9, max(bounds.width() * 1.05, self.width() * 0.6))
        track = QRectF((self.width() - width) / 2, self.height() - bar_h, width, bar_h)
        return font, QPointF(x, y), bounds.translated(x, y), track

    def _drawn_rects(self) -> tuple[QRectF, QRectF]:
        """Where the paint puts ink: the digits and the bar."""
        _font, _origin, ink, track = self._layout()
        return ink, track

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = (theme.secondary_text(palette) if self._dim
                      else palette.color(QPalette.ColorRole.WindowText))
        font, origin, _ink, track = self._layout()
        painter.setFont(font)
        painter.setPen(text_color)
        painter.drawText(origin, self._text)
        # The bar: a track in a quiet palette colour, the time left in the kind's colour.
        bar_h = track.height()
        quiet = QColor(theme.secondary_text(palette))
        quiet.setAlphaF(0.25)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(quiet)
        painter.drawRoundedRect(track, bar_h / 2, bar_h / 2)
        if self._fraction > 0:
            filled = QRectF(track)
            filled.setWidth(max(bar_h, track.width() * self._fraction))
            fill = QColor(theme.PAUSED_FILL) if self._dim else self._fill
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, bar_h / 2, bar_h / 2)
        painter.end()
