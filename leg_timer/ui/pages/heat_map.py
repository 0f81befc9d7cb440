"""The history page's two painted charts: a calendar heat map and a weekly-minutes bar chart.

Both are drawn with QPainter from the current palette (light, dark or the desktop's own), so
they read in either theme and cost nothing at start-up (QtCharts would load another library
and a QGraphicsView for two simple pictures). They show the same weeks, oldest on the left:
at least :data:`MIN_WEEKS` and as many more as the width allows (a year at most), so the
columns of one line up with the bars of the other. Each keeps a text equivalent in its
accessible description, for screen readers and for tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from leg_timer.core.translation import translate
from leg_timer.history.practice import week_start, weekly_totals
from leg_timer.present.wording import count
from leg_timer.ui import theme
from leg_timer.ui.i18n import on_language_change
from leg_timer.ui.pages import dates

MIN_WEEKS = 12
MAX_WEEKS = 53
MIN_PITCH_PX = 14  # the narrowest a week's column gets before fewer weeks are shown
MAX_CELL_PX = 26  # a day's square at most: a full screen gives the room to the list
LABEL_W_PX = 34  # weekday names on the heat map's left; the bars' scale uses the same room
_LEVELS = (0.3, 0.5, 0.75, 1.0)  # how much of the highlight colour each level of minutes gets


def weeks_fitting(width_px: int) -> int:
    """How many weeks a chart ``width_px`` wide shows: 12 at least, a year at most."""
    return max(MIN_WEEKS, min(MAX_WEEKS, (width_px - LABEL_W_PX) // MIN_PITCH_PX))


def _mix(base: QColor, top: QColor, amount: float) -> QColor:
    mixed = QColor()
    mixed.setRgbF(base.redF() + (top.redF() - base.redF()) * amount,
                  base.greenF() + (top.greenF() - base.greenF()) * amount,
                  base.blueF() + (top.blueF() - base.blueF()) * amount)
    return mixed


def level_colors(palette: QPalette) -> tuple[QColor, ...]:
    """The empty day's colour, then one per level of minutes, from ``palette``."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    return (_mix(window, text, 0.1), *(_mix(window, highlight, level) for level in _LEVELS))


def level(minutes: float, most: float) -> int:
    """0 for a day without activity, else 1 to 4 by its share of the busiest day."""
    if minutes <= 0 or most <= 0:
        return 0
    return min(len(_LEVELS), 1 + int(minutes / most * len(_LEVELS) - 1e-9))


def _minutes_text(minutes: float) -> str:
    if minutes >= 1 or minutes == 0:
        return translate("HeatMap", "{minutes} min").format(minutes=dates.number_text(minutes))
    return translate("HeatMap", "under 1 min")


class _WeekChart(QWidget):
    """What both charts share: the data, the weeks shown and the text equivalent."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a reader can say it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.day_minutes: dict[date, float] = {}
        self.today = date.today()
        on_language_change(self, self._describe)

    def set_days(self, day_minutes: Mapping[date, float], today: date) -> None:
        self.day_minutes = dict(day_minutes)
        self.today = today
        self._describe()
        self.update()

    def weeks(self) -> int:
        return weeks_fitting(self.width())

    def first_day(self) -> date:
        return week_start(self.today) - timedelta(weeks=self.weeks() - 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._describe()  # a new width can show more weeks

    def _describe(self) -> None:
        raise NotImplementedError

    def _pitch(self) -> float:
        return max(1.0, (self.width() - LABEL_W_PX) / self.weeks())


class DayHeatMap(_WeekChart):
    """Active minutes per day as a calendar: a column per week, Monday at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Active minutes per day", parent)
        self.setMinimumHeight(7 * 8 + self.fontMetrics().height())
        self.setMaximumHeight(7 * MAX_CELL_PX + 24)

    def sizeHint(self) -> QSize:
        return QSize(640, 7 * 18 + self.fontMetrics().height())

    def _cell(self) -> float:
        top = self.fontMetrics().height()
        return max(4.0, min(self._pitch(), (self.height() - top) / 7, MAX_CELL_PX))

    def _describe(self) -> None:
        first = self.first_day()
        shown = {day: m for day, m in self.day_minutes.items() if first <= day <= self.today}
        active = [day for day, minutes in shown.items() if minutes > 0]
        text = self.tr("Last {weeks} weeks, from {first}: {minutes} on {days}").format(
            weeks=self.weeks(), first=dates.day_text(first),
            minutes=_minutes_text(sum(shown.values())), days=count(len(active), "day"))
        if active:
            busiest = max(active, key=lambda day: (shown[day], day))
            text += self.tr("; most on {day} ({minutes})").format(
                day=dates.day_text(busiest), minutes=_minutes_text(shown[busiest]))
        self.setAccessibleDescription(text + ".")
        self.setToolTip(text + ".")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        colors = level_colors(palette)
        quiet = theme.secondary_text(palette)
        metrics = self.fontMetrics()
        top = metrics.height()
        pitch, cell = self._pitch(), self._cell()
        gap = max(1.0, cell * 0.15)
        first = self.first_day()
        most = max(self.day_minutes.values(), default=0.0)
        painter.setPen(quiet)
        for row in (0, 2, 4):  # Monday, Wednesday, Friday
            name = dates.weekday_text(row)
            # Centred on the row, a line high: rows narrower than the text do not clip it.
            middle = top + (row + 0.5) * cell
            painter.drawText(QRectF(0, middle - top / 2, LABEL_W_PX - 4, top),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
        last_month_x = -1e9
        for column in range(self.weeks()):
            monday = first + timedelta(weeks=column)
            x = LABEL_W_PX + column * pitch
            month_starts = column == 0 or (monday - timedelta(days=7)).month != monday.month
            label = dates.month_text(monday)
            if month_starts and x - last_month_x > metrics.horizontalAdvance(label) + 6:
                painter.setPen(quiet)
                painter.drawText(QRectF(x, 0, 60, top), Qt.AlignmentFlag.AlignLeft, label)
                last_month_x = x
            for row in range(7):
                day = monday + timedelta(days=row)
                if day > self.today:
                    break
                rect = QRectF(x + gap / 2, top + row * cell + gap / 2, cell - gap, cell - gap)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colors[level(self.day_minutes.get(day, 0.0), most)])
                painter.drawRoundedRect(rect, 2, 2)
                if day == self.today:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1.5))
                    painter.drawRoundedRect(rect, 2, 2)
        painter.end()


class WeekBars(_WeekChart):
    """Active minutes per week as bars, under the heat map's columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Active minutes per week", parent)
        self.setMinimumHeight(2 * self.fontMetrics().height() + 8)
        self.setMaximumHeight(180)

    def sizeHint(self) -> QSize:
        return QSize(640, 100)

    def totals(self) -> list[float]:
        return weekly_totals(self.day_minutes, self.weeks(), self.today)

    def _describe(self) -> None:
        totals = self.totals()
        first = self.first_day()
        recent = ", ".join(
            self.tr("week of {day}: {minutes}").format(
                day=dates.day_month_text(first + timedelta(weeks=index)),
                minutes=_minutes_text(minutes))
            for index, minutes in list(enumerate(totals))[-4:])
        text = self.tr("Last {weeks} weeks: most in one week {minutes}; {recent}.").format(
            weeks=len(totals), minutes=_minutes_text(max(totals)), recent=recent)
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        quiet = theme.secondary_text(palette)
        metrics = self.fontMetrics()
        totals = self.totals()
        most = max(totals, default=0.0)
        pitch = self._pitch()
        top, bottom = metrics.height(), self.height() - 2
        painter.setPen(quiet)
        painter.drawText(QRectF(0, 0, self.width(), top), Qt.AlignmentFlag.AlignLeft,
                         self.tr("Minutes per week (most {minutes})").format(
                             minutes=dates.number_text(most)))
        painter.drawLine(LABEL_W_PX, bottom, self.width(), bottom)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        for index, minutes in enumerate(totals):
            if minutes <= 0 or most <= 0:
                continue
            height = max(2.0, (bottom - top - 4) * minutes / most)
            x = LABEL_W_PX + index * pitch
            painter.drawRect(QRectF(x + pitch * 0.15, bottom - height, pitch * 0.7, height))
        painter.end()
