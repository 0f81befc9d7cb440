"""The tray icon: the time left drawn live in the phase colour, a tooltip, and a small menu.

:class:`WorkoutTray` wraps a ``QSystemTrayIcon``. Qt offers it as a StatusNotifierItem over
D-Bus where the desktop runs a StatusNotifierWatcher (KDE, GNOME with the AppIndicator
extension, most panels) and falls back to the X11 tray (XEmbed); where there is neither
(GNOME without the extension, a bare window manager) :func:`tray_available` is false and the
app makes no tray at all, so nothing warns.

The icon is a pixmap per size painted here (:func:`face_pixmap`): a rounded square in the
colour of the segment's kind (grey while paused) holding the minutes left, or the seconds in
the last minute (:func:`leg_timer.present.outside_text.tray_face`). It is redrawn only when
that face changes (once a minute, then once a second in the last minute), never per frame:
every new icon travels over D-Bus to the panel.

The menu: pause or resume, next, show the window, then whatever other parts add with
:meth:`WorkoutTray.add_action` (the mini timer, start at login), then quit.

Signals:
    toggle_requested(): pause or resume.
    next_requested(): the next step.
    show_window_requested(): the window to the front (also a click on the icon).
    quit_requested(): quit, as Ctrl+Q does.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from leg_timer.core.session import Session, State
from leg_timer.present.outside_text import IDLE_FACE, TrayFace, tooltip, tray_face
from leg_timer.ui.i18n import bind, on_language_change
from leg_timer.ui.theme import KIND_FILLS, PAUSED_FILL, text_on

log = logging.getLogger(__name__)

# The sizes panels ask for: 16 (small panels), 22 (KDE, GNOME's extension), 24, 32, and the
# doubles for 2x screens. Each is painted for its size: a scaled 22 px image blurs its digits.
ICON_SIZES = (16, 22, 24, 32, 44, 48, 64)


def tray_available() -> bool:
    """Whether the desktop shows tray icons (a StatusNotifierWatcher, or an X11 tray)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def face_pixmap(face: TrayFace, size: int) -> QPixmap:
    """``face`` painted at ``size`` x ``size`` pixels on a transparent background."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    paused = face.paused or face.kind is None
    fill = QColor(PAUSED_FILL if paused or face.kind is None else KIND_FILLS[face.kind])
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = size * 0.22
        painter.drawRoundedRect(QRectF(0, 0, size, size), radius, radius)
        if face.text:
            painter.setPen(text_on(fill))
            painter.setFont(_fitting_font(face.text, size))
            painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, face.text)
    finally:
        painter.end()
    return pixmap


def _fitting_font(text: str, size: int) -> QFont:
    """The largest bold font whose digits fit the square with a pixel of margin each side:
    at 22 px two digits are about 15 px tall, as large as the panel's own text or larger."""
    font = QFont()
    font.setBold(True)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    pixel = max(6, round(size * 0.8))
    while pixel > 6:
        font.setPixelSize(pixel)
        bounds = QFontMetricsF(font).tightBoundingRect(text)
        if bounds.width() <= size - 2 and bounds.height() <= size * 0.8:
            break
        pixel -= 1
    font.setPixelSize(pixel)
    return font


def face_icon(face: TrayFace) -> QIcon:
    """``face`` at every size of :data:`ICON_SIZES`, each painted at its own size."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(face_pixmap(face, size))
    return icon


class WorkoutTray(QObject):
    toggle_requested = Signal()
    next_requested = Signal()
    show_window_requested = Signal()
    quit_requested = Signal()

    def __init__(self, app_icon: QIcon, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_icon = app_icon
        self._app_name = app_name
        self._face: TrayFace | None = None
        self._tooltip = ""
        self.menu = QMenu()
        self.menu.setTitle(app_name)
        self._session: Session | None = None
        self.pause_action = self.menu.addAction(self.tr("Pause"))
        self.pause_action.triggered.connect(self.toggle_requested)
        self.next_action = self.menu.addAction(self.tr("Next"))
        self.next_action.triggered.connect(self.next_requested)
        self.show_action = self.menu.addAction("")
        bind(self.menu, self.show_action.setText,
             lambda: self.tr("Show {app}").format(app=app_name))
        self.show_action.triggered.connect(self.show_window_requested)
        # Other parts' actions go between this separator and the one before Quit.
        self._extras_end = self.menu.addSeparator()
        self.quit_action = self.menu.addAction("")
        bind(self.menu, self.quit_action.setText, lambda: self.tr("Quit"))
        self.quit_action.triggered.connect(self.quit_requested)
        on_language_change(self.menu, self._reword)
        self.icon = QSystemTrayIcon(self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.show_session(None)
        self.icon.show()

    def add_action(self, action: QAction) -> None:
        """Put ``action`` in the menu, after "Show" and before "Quit" (for other parts: the
        mini timer, start at login)."""
        self.menu.insertAction(self._extras_end, action)

    @property
    def face(self) -> TrayFace | None:
        """What the icon shows now (for tests)."""
        return self._face

    def _reword(self) -> None:
        """The language changed: the tooltip and the items again."""
        self._tooltip = ""
        self.show_session(self._session)

    def show_session(self, session: Session | None) -> None:
        """Show ``session`` (None: no workout): repaint only if the face changed."""
        self._session = session
        face = tray_face(session)
        if face != self._face:
            self._face = face
            self.icon.setIcon(self._app_icon if face == IDLE_FACE else face_icon(face))
        text = tooltip(session, self._app_name)
        if text != self._tooltip:
            self._tooltip = text
            self.icon.setToolTip(text)
        active = session is not None and session.is_active
        self.pause_action.setEnabled(active)
        self.next_action.setEnabled(active)
        paused = session is not None and session.state is State.PAUSED
        self.pause_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        manual = active and session is not None and session.segment.is_manual
        self.next_action.setText(self.tr("Done") if manual else self.tr("Next"))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window_requested.emit()

    def close(self) -> None:
        """Take the icon off the panel (at quit)."""
        self.icon.hide()
