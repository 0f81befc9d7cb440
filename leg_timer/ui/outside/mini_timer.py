"""The always-on-top mini timer: a small frameless window with the time, the phase and exercise.

For a workout done beside other work (a 15-minute knee clamp at the desk), the full window is
too much and hides behind the next application. The mini timer is a ``Qt.Tool`` window without
a frame, kept above the others (``WindowStaysOnTopHint``), showing what the countdown page
shows in three lines: the kind of segment and the side on a banner in the kind's colour, the
digits over the segment's bar (the countdown's own :class:`~leg_timer.ui.widgets.ClockFace`),
and the exercise. Its words come from :mod:`leg_timer.present.mini_timer`.

It has no parent: a window manager minimises a window's transients with it, and the full
window is minimised while the mini timer shows. A Tool window takes the keyboard focus on X11
like any other (xcb sets the WM_HINTS input field unless told not to); a key pressed in it is
looked up in the one shortcut table (:data:`~leg_timer.present.shortcuts.SHORTCUTS`) and handed
to the main window as ``key_pressed``, which carries it out as its own shortcut would, through
:mod:`leg_timer.present.keymap`. So there is no second key table here.

It is dragged with the mouse (the window manager's own move where it offers one, as Wayland
requires: ``QWindow.startSystemMove``), remembers where it was left (the
``mini_timer/position`` setting) and is put back wholly on a screen when shown or dropped
(:func:`clamped`): a monitor unplugged since never strands it out of sight. Where the window
system cannot keep a window on top or let it place itself (Wayland), it is an ordinary small
window, and the settings dialog says why (:func:`leg_timer.present.mini_timer.about`).

Signals:
    key_pressed(object, bool): the rows of the shortcut table for a key pressed in it (a tuple
        of :class:`~leg_timer.present.shortcuts.Shortcut`), and whether it is an auto-repeat.
    open_requested(): it was double-clicked: the full window, please.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QKeyCombination, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QMoveEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from leg_timer.core.translation import translate
from leg_timer.present import mini_timer as words
from leg_timer.present.shortcuts import SHORTCUTS, Shortcut
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind
from leg_timer.ui.pages.countdown_view import FLASH_MS
from leg_timer.ui.settings import MINI_TIMER_POSITION, AppSettings
from leg_timer.ui.widgets import ClockFace, FitLabel

DEFAULT_SIZE = (240, 120)  # logical pixels: the digits about 50 px tall, readable at 3 m
EDGE_MARGIN_PX = 16  # the default place: this far in from the primary screen's top-right
BORDER_PX = 3  # the frame in the kind's colour, so the window stands out on any desktop
_POSITION = re.compile(r"^\s*(-?\d+)\s*,\s*(-?\d+)\s*$")

ScreenAreas = Callable[[], Sequence[QRect]]


def available_areas() -> list[QRect]:
    """Each screen's available geometry (panels left out), the primary screen first."""
    return [screen.availableGeometry() for screen in QGuiApplication.screens()]


def parse_position(text: str) -> QPoint | None:
    """The stored "X,Y"; None for "" (never moved) or anything else (a hand edit)."""
    match = _POSITION.match(text)
    return QPoint(int(match[1]), int(match[2])) if match else None


def format_position(point: QPoint) -> str:
    return f"{point.x()},{point.y()}"


def default_position(size: QSize, areas: Sequence[QRect]) -> QPoint:
    """The top-right corner of the primary screen (the first area), a little way in."""
    if not areas:
        return QPoint(EDGE_MARGIN_PX, EDGE_MARGIN_PX)
    area = areas[0]
    return QPoint(area.x() + area.width() - size.width() - EDGE_MARGIN_PX,
                  area.y() + EDGE_MARGIN_PX)


def clamped(rect: QRect, areas: Sequence[QRect]) -> QPoint:
    """Where a window at ``rect`` goes so that all of it is on the screens' ``areas``.

    Left where it is when the areas cover it, even across two side-by-side screens; the union
    of screens of different sizes is no rectangle, so this is a region test, not a bounding
    box. Otherwise it moves, by as little as it takes, inside the one area it overlaps most
    (the nearest one when it overlaps none: its screen was unplugged); a window larger than
    that area keeps its top-left corner on it.
    """
    if not areas:
        return rect.topLeft()
    union = QRegion()
    for area in areas:
        union = union.united(QRegion(area))
    if QRegion(rect).subtracted(union).isEmpty():
        return rect.topLeft()

    def overlap(area: QRect) -> int:
        common = area.intersected(rect)
        return common.width() * common.height() if common.isValid() else 0

    def distance(area: QRect) -> int:
        gap = area.center() - rect.center()
        return gap.x() ** 2 + gap.y() ** 2

    target = max(areas, key=lambda area: (overlap(area), -distance(area)))
    x = max(target.x(), min(rect.x(), target.x() + target.width() - rect.width()))
    y = max(target.y(), min(rect.y(), target.y() + target.height() - rect.height()))
    return QPoint(x, y)


@functools.cache
def _key_table() -> dict[int, tuple[Shortcut, ...]]:
    """Every key of the shortcut table, as Qt combines it, to its rows (built on first use:
    QKeySequence parses the table's key names)."""
    table: dict[int, tuple[Shortcut, ...]] = {}
    for row in SHORTCUTS:
        for key in row.keys:
            sequence = QKeySequence(key)
            if sequence.count() == 1:
                # PySide6 indexes a QKeySequence; its type stubs do not say so.
                combined = sequence[0].toCombined()  # type: ignore[index]
                table[combined] = (*table.get(combined, ()), row)
    return table


def shortcuts_for(event: QKeyEvent) -> tuple[Shortcut, ...]:
    """The rows of the shortcut table ``event``'s key belongs to; () for none.

    As Qt's shortcut map does: the number pad's keys count as the main keys, and a key typed
    with Shift (``?``, ``+`` on many layouts) also matches its row without Shift.
    """
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = Qt.Key(event.key())
    table = _key_table()
    found = table.get(QKeyCombination(modifiers, key).toCombined(), ())
    if not found and modifiers & Qt.KeyboardModifier.ShiftModifier:
        plain = modifiers & ~Qt.KeyboardModifier.ShiftModifier
        found = table.get(QKeyCombination(plain, key).toCombined(), ())
    return found


class MiniTimer(QWidget):
    """The mini timer window; ``show_display`` sets what it shows (signals: see the module)."""

    key_pressed = Signal(object, bool)
    open_requested = Signal()

    def __init__(self, settings: AppSettings, *, platform: str | None = None,
                 screens: ScreenAreas = available_areas) -> None:
        super().__init__(None)
        self._settings = settings
        self._screens = screens
        name = QGuiApplication.platformName() if platform is None else platform
        # Wayland: no staying on top and no placing (a client never learns or sets its
        # position), so an ordinary window, which also gets a task-bar entry there.
        self.on_top = words.stays_on_top(name)
        flags = Qt.WindowType.FramelessWindowHint
        if self.on_top:
            flags |= Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint
        else:
            flags |= Qt.WindowType.Window
        self.setWindowFlags(flags)
        # macOS hides Tool windows while another application is active: the opposite of why
        # this one exists.
        self.setAttribute(Qt.WidgetAttribute.WA_MacAlwaysShowToolWindow)
        self.setWindowTitle(words.TITLE)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Mini timer"))
        bind(self, self.setToolTip, words.tooltip)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFixedSize(*DEFAULT_SIZE)
        self._fill = QColor(theme.PAUSED_FILL)
        self._press_at: QPoint | None = None  # where a left press began (global)
        self._drag_from: QPoint | None = None  # the press's offset into the window
        self._dragging = False  # past the drag distance: the window follows the mouse
        self._placing = False  # moved by place(), not by the person
        # A cue nobody hears (muted, no sound device) fills it with the kind's colour for a
        # moment, as the countdown page's frame flashes: the full window is minimised.
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self.update)

        # "PAUSED · WORK · RIGHT SIDE" is about the window's width: the banner's font shrinks
        # a little rather than cut a word off.
        self.banner = FitLabel(bold=True)
        bind(self.banner, self.banner.setAccessibleName,
             lambda: translate("Accessible", "Segment kind"))
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.set_pixel_range(13, 9)
        self.clock = ClockFace()
        bind(self.clock, self.clock.setAccessibleName,
             lambda: translate("Accessible", "Time left in this segment"))
        self.clock.setMinimumSize(100, 40)
        self.clock.double_clicked.connect(self.open_requested)
        self.name_label = FitLabel(bold=True)
        bind(self.name_label, self.name_label.setAccessibleName,
             lambda: translate("Accessible", "Exercise"))
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label.set_pixel_range(16, 11)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(BORDER_PX + 4, BORDER_PX + 4, BORDER_PX + 4, BORDER_PX + 2)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        layout.addWidget(self.clock, 1)
        layout.addWidget(self.name_label)
        self.show_display(words.idle())

    # -- what the main window calls ---------------------------------------------------------

    def show_display(self, shown: words.MiniDisplay) -> None:
        fill = (theme.KIND_FILLS[shown.kind] if shown.kind is not None and not shown.paused
                else theme.PAUSED_FILL)
        self._fill = QColor(fill)
        self.banner.setText(shown.banner)
        self.banner.setStyleSheet(theme.banner_style(fill))
        self.clock.show_time(shown.digits, shown.fraction, fill, shown.paused)
        self.name_label.setText(shown.name)
        self.setAccessibleDescription(f"{shown.banner}, {shown.digits}, {shown.name}")
        self.update()

    def flash(self) -> None:
        self._flash_timer.start()
        self.update()

    def stop_flash(self) -> None:
        self._flash_timer.stop()
        self.update()

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def show_on_top(self) -> None:
        """Show it where it was left (kept on a screen), above the others, with the focus."""
        self.place()
        self.show()
        self.raise_()
        self.activateWindow()

    def place(self) -> None:
        """Move it to where it was left, or the default corner, wholly onto a screen."""
        if not self.on_top:
            return  # Wayland: the compositor places it
        areas = list(self._screens())
        stored = parse_position(self._settings.get(MINI_TIMER_POSITION))
        start = stored if stored is not None else default_position(self.size(), areas)
        self._placing = True
        try:
            self.move(clamped(QRect(start, self.size()), areas))
        finally:
            self._placing = False

    # -- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rows = shortcuts_for(event)
        if not rows:
            super().keyPressEvent(event)
            return
        event.accept()
        self.key_pressed.emit(rows, event.isAutoRepeat())

    # -- the mouse: drag to move, double-click for the full window --------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._press_at = event.globalPosition().toPoint()
        self._drag_from = self._press_at - self.pos()
        self._dragging = False
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press_at is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        at = event.globalPosition().toPoint()
        if self._drag_from is None:
            return  # the window manager is moving it
        if not self._dragging:
            if (at - self._press_at).manhattanLength() < QApplication.startDragDistance():
                return  # a click, or the first half of a double-click
            self._dragging = True
            handle = self.windowHandle()
            if handle is not None and handle.startSystemMove():
                # The window manager's own move (snapping; the only way on Wayland): it
                # follows the mouse and ends by itself. Without one (a bare X server), by hand.
                self._drag_from = None
                return
        self.move(at - self._drag_from)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton and self._press_at is not None:
            self._press_at = self._drag_from = None
            self.place_on_screen()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()
        self.open_requested.emit()

    def place_on_screen(self) -> None:
        """Dropped partly off the screens: pulled back onto them."""
        if self.on_top:
            self.move(clamped(self.geometry(), list(self._screens())))

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        # Remembered as it moves (the settings save a moment later, off the GUI thread); a
        # window manager's own move sends no mouse release, so this is the one sure place.
        if self.on_top and self.isVisible() and not self._placing:
            self._settings.set(MINI_TIMER_POSITION, format_position(self.pos()))

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), self._fill if self.flashing
                         else palette.color(QPalette.ColorRole.Window))
        pen = QPen(self._fill)
        pen.setWidth(BORDER_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = BORDER_PX // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()
