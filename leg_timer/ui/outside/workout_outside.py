"""The workout outside its window: the tray icon, the notifications and the media keys together.

:func:`start_outside` makes them for a window once it has painted (app.py; ``--tray`` makes
them at once): the tray only where the desktop has one, the notifications and the media
player only where there is a session bus (each stays quiet without). :class:`WorkoutOutside`
follows the window's workout (every new :class:`~leg_timer.ui.driver.SessionDriver` through
``MainWindow.driver_started``) and carries out what the tray menu, a notification's buttons
and the media keys ask through the window, so a workout paused from the panel is paused
exactly as Space pauses it. :meth:`WorkoutOutside.shutdown` stops the notification thread and
leaves the bus; app.py calls it before the app ends.

Other parts put their own entries in the tray's menu (the mini timer, start at login) with
``outside.tray.add_action(action)`` once app.py has made it; ``outside.tray`` is None where
the desktop has no tray, and their entries must then be reachable some other way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtDBus import QDBusConnection

from leg_timer.core.session import Event, State
from leg_timer.desktop.dbus.mpris import MediaControls
from leg_timer.desktop.dbus.notifications import DesktopNotifier
from leg_timer.metadata import metadata
from leg_timer.ui.driver import SessionDriver
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.outside.media_keys import MediaKeys
from leg_timer.ui.outside.tray import WorkoutTray, tray_available
from leg_timer.ui.outside.workout_notices import WorkoutNotices
from leg_timer.ui.settings import DESKTOP_NOTIFICATIONS

log = logging.getLogger(__name__)


class WorkoutOutside(QObject):
    """The tray (None without one), notices and media keys of ``window``.

    ``tray_mode`` (``--tray``) shows notifications whatever the setting says, and closing
    the window from its title bar hides it back into the tray (the workout runs on); Ctrl+Q
    and the tray's Quit quit, asking first as ever.
    """

    def __init__(self, window: MainWindow, *, tray: WorkoutTray | None,
                 notifier: DesktopNotifier | None, media: MediaKeys | None,
                 tray_mode: bool = False) -> None:
        super().__init__(window)
        self.window = window
        self.tray_mode = tray_mode and tray is not None
        self.tray = tray
        self.notifier = notifier
        self.media = media
        self.notices: WorkoutNotices | None = None
        if notifier is not None:
            self.notices = WorkoutNotices(
                notifier, in_front=self.window_in_front,
                enabled=lambda: tray_mode or window.settings.get(DESKTOP_NOTIFICATIONS),
                parent=self)
            self.notices.pause_requested.connect(lambda: self.carry("pause"))
            self.notices.next_requested.connect(lambda: self.carry("next"))
            self.notices.done_requested.connect(lambda: self.carry("done"))
            self.notices.show_window_requested.connect(lambda: self.carry("raise"))
        if media is not None:
            media.requested.connect(self.carry)
        if tray is not None:
            tray.toggle_requested.connect(lambda: self.carry("toggle"))
            tray.next_requested.connect(lambda: self.carry("next_or_done"))
            tray.show_window_requested.connect(lambda: self.carry("raise"))
            tray.quit_requested.connect(lambda: self.carry("quit"))
        window.installEventFilter(self)
        window.driver_started.connect(self._attach)
        if window.driver is not None:  # the workout a start asked for began before us
            self._attach(window.driver)
        else:
            self._refresh()

    # -- following the workout -------------------------------------------------------------

    def _attach(self, driver: SessionDriver) -> None:
        driver.changed.connect(self._refresh)
        driver.session_event.connect(self._on_event)
        self._refresh()

    def _on_event(self, event: Event) -> None:
        session = self.window.session
        if self.notices is not None and session is not None:
            self.notices.on_event(session, event)
        self._refresh()

    def _refresh(self) -> None:
        session = self.window.session
        if self.notices is not None and self.window_in_front():
            # Back in front (some platforms send no WindowActivate to a window that was
            # minimised while active): the window says it all now.
            self.notices.withdraw()
        if self.tray is not None:
            self.tray.show_session(session)
        if self.media is not None:
            self.media.show(session)

    def window_in_front(self) -> bool:
        """The window is on screen and the one the person is using."""
        window = self.window
        return window.isVisible() and not window.isMinimized() and window.isActiveWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.window:
            return False
        if event.type() == QEvent.Type.WindowActivate and self.notices is not None:
            self.notices.withdraw()  # the window says it all now
        elif event.type() == QEvent.Type.Close and self.tray_mode:
            if event.spontaneous():  # the title bar's close: back into the tray
                self.window.hide()
                return True
            # Ctrl+Q or the tray's Quit: once the window has taken it (asking first while a
            # workout runs), the app ends; nothing else ends it, as the window is the tray's.
            QTimer.singleShot(0, self._quit_if_closed)
        return False

    def _quit_if_closed(self) -> None:
        if not self.window.isVisible():
            QCoreApplication.quit()

    # -- what the outside asks for ----------------------------------------------------------

    def carry(self, request: str) -> None:
        """Do ``request``: a session command, or "raise", "quit", "next_or_done"."""
        window = self.window
        session = window.session
        if request == "raise":
            window.bring_to_front()
        elif request == "quit":
            if window.close():  # asks first while a workout runs, as Ctrl+Q does
                QCoreApplication.quit()  # a hidden window (--tray) ends nothing by closing
        elif request == "pause":
            if session is not None and session.state is State.RUNNING:
                window.command("pause")
        elif request == "next_or_done":
            manual = session is not None and session.is_active and session.segment.is_manual
            window.command("done" if manual else "next")
        else:
            window.command(request)

    def shutdown(self) -> None:
        """Stop the notification thread, leave the media widget and the panel."""
        self.window.removeEventFilter(self)
        if self.notifier is not None:
            self.notifier.shutdown()
        if self.media is not None:
            self.media.close()
        if self.tray is not None:
            self.tray.close()


def start_outside(window: MainWindow, *, tray_mode: bool = False,
                  connection: QDBusConnection | None = None,
                  has_tray: Callable[[], bool] = tray_available,
                  notifier: DesktopNotifier | None = None) -> WorkoutOutside:
    """The tray (where the desktop has one), notifications and media keys for ``window``.

    ``connection`` is the session bus unless given (tests pass a private one). ``notifier``
    is the app's one notifier where it has one already (the reminders'): one worker thread and
    one listener for the server's signals, each part acting only on its own keys.
    """
    meta = metadata()
    tray = None
    if has_tray():
        tray = WorkoutTray(window.windowIcon(), meta.display_name, parent=window)
    else:
        log.info("No system tray on this desktop: the workout shows in the window only")
    if notifier is None:
        notifier = DesktopNotifier(connection, app_name=meta.display_name, icon=meta.app_id,
                                   parent=window)
    media = MediaKeys(MediaControls(identity=meta.display_name, desktop_entry=meta.app_id,
                                    connection=connection, parent=window), parent=window)
    return WorkoutOutside(window, tray=tray, notifier=notifier, media=media,
                          tray_mode=tray_mode)
