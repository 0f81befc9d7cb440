"""The plan as a painted timeline: one coloured bar per segment, in lanes read left to right
and top to bottom, with small ticks where cues fall (halfway, countdown, interval bells).

A manual rep set (no duration) is drawn 15 s wide under a pale veil. Hovering a bar shows its label
and length. Colours are the kind fills of :mod:`leg_timer.ui.theme`; the kind is also in the
tooltip and in the accessible description, so colour is never the only signal.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from leg_timer.core.durations import format_clock, format_seconds
from leg_timer.core.plan import CueKind, Plan, Segment
from leg_timer.core.translation import translate
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind

MANUAL_S = 15.0  # how wide a manual set is drawn, in seconds of the timeline
LANE_PX = 22
GAP_PX = 6
MAX_LANES = 8
_TICKS = {CueKind.HALFWAY: 0.6, CueKind.INTERVAL: 0.6, CueKind.COUNTDOWN: 0.3}


@dataclass(frozen=True)
class Span:
    segment: Segment
    start: float  # seconds along the drawn timeline
    length: float


class TimelineView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.spans: list[Span] = []
        self.total = 0.0
        self.lanes = 1
        self.setFixedHeight(LANE_PX + 2 * GAP_PX)

    def sizeHint(self) -> QSize:
        return QSize(300, self.height())

    def show_plan(self, plan: Plan | None) -> None:
        self.spans = []
        position = 0.0
        for segment in plan.segments if plan is not None else ():
            length = MANUAL_S if segment.duration_s is None else segment.duration_s
            self.spans.append(Span(segment, position, length))
            position += length
        self.total = position
        self.lanes = max(1, min(MAX_LANES, math.ceil(position / 300))) if position else 1
        self.setFixedHeight(self.lanes * (LANE_PX + GAP_PX) + GAP_PX)
        self.update()

    def _lane_s(self) -> float:
        return self.total / self.lanes if self.total else 1.0

    def _rects(self, span: Span) -> list[QRectF]:
        """The pieces of ``span`` (one per lane it crosses)."""
        width = max(1.0, self.width() - 2.0)
        lane_s = self._lane_s()
        pieces = []
        start, end = span.start, span.start + span.length
        while start < end - 1e-9:
            lane = min(self.lanes - 1, int(start / lane_s))
            lane_end = min(end, (lane + 1) * lane_s)
            if lane_end <= start:  # rounding at the last lane
                lane_end = end
            x0 = 1 + (start - lane * lane_s) / lane_s * width
            x1 = 1 + (lane_end - lane * lane_s) / lane_s * width
            y = GAP_PX + lane * (LANE_PX + GAP_PX)
            pieces.append(QRectF(x0, y, max(1.0, x1 - x0), LANE_PX))
            start = lane_end
        return pieces

    def _point(self, at: float) -> QPointF:
        lane_s = self._lane_s()
        lane = min(self.lanes - 1, int(at / lane_s))
        x = 1 + (at - lane * lane_s) / lane_s * max(1.0, self.width() - 2.0)
        return QPointF(x, GAP_PX + lane * (LANE_PX + GAP_PX))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        if not self.spans:
            painter.setPen(theme.secondary_text(palette))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             translate("Timeline", "No plan yet"))
            return
        separator = palette.color(QPalette.ColorRole.Window)
        for span in self.spans:
            fill = QColor(theme.KIND_FILLS[span.segment.kind])
            for rect in self._rects(span):
                painter.fillRect(rect, fill)
                if span.segment.duration_s is None:
                    painter.fillRect(rect, QColor(text_on_alpha(fill)))
                if rect.width() > 3:
                    painter.fillRect(QRectF(rect.right() - 0.5, rect.top(), 1, rect.height()),
                                     separator)
            if span.segment.duration_s is None:
                continue
            tick = theme.text_on(fill)
            for cue in span.segment.cues:
                share = _TICKS.get(cue.kind)
                if share is None:
                    continue
                top = self._point(span.start + cue.at_s)
                painter.fillRect(QRectF(top.x(), top.y(), 1, LANE_PX * share), tick)

    def span_at(self, x: float, y: float) -> Span | None:
        lane = int((y - GAP_PX) // (LANE_PX + GAP_PX))
        if not 0 <= lane < self.lanes or not self.spans:
            return None
        at = lane * self._lane_s() + (x - 1) / max(1.0, self.width() - 2.0) * self._lane_s()
        for span in self.spans:
            if span.start <= at < span.start + span.length:
                return span
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            span = self.span_at(event.pos().x(), event.pos().y())
            if span is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), describe(span.segment), self)
            return True
        return super().event(event)


def describe(segment: Segment) -> str:
    """``0:40 Squat (work, 40s)``: when it starts, what it is, how long."""
    length = (translate("Timeline", "until you press Enter") if segment.duration_s is None
              else format_seconds(segment.duration_s))
    return translate("Timeline", "{start} {label} ({kind}, {length})").format(
        start=format_clock(segment.start_s), label=segment.label, kind=segment.kind.value,
        length=length)


def text_on_alpha(fill: QColor) -> QColor:
    """A see-through veil over a manual set's bar, so it reads as not timed."""
    veil = QColor(theme.text_on(fill))
    veil.setAlpha(90)
    return veil
