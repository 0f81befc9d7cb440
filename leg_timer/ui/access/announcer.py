"""Tells the screen reader the moments that matter in a workout, in its own voice.

:class:`Announcer` follows each new driver (``MainWindow.driver_started``), gathers the
session's events of one instant (a segment that ends and the next that starts arrive together)
and posts one sentence for them, worded by :func:`leg_timer.present.spoken.for_events`, as a
``QAccessibleAnnouncementEvent`` (Qt 6.8 and later): each new segment, halfway, the last three
seconds only if the person asked for it, pause, resume, skip, time added or taken off, the end.
Nothing else about the workout is pushed to the screen reader; the countdown's status is read
when asked (:func:`leg_timer.ui.access.interfaces.set_status`).

Screen readers that do not yet speak announcement events (Orca 45 and older) can be given the
same sentences as a notification object that appears (AT-SPI ``object:state-changed:showing``
on a ``notification``), with the setting ``accessibility/status_notices``: not both by
default, as a newer screen reader would say each sentence twice.

Signals:
    announced(str): a sentence was posted (what the tests read without a screen reader).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from leg_timer.core.session import Event, Session
from leg_timer.present import display, spoken
from leg_timer.ui.access import interfaces
from leg_timer.ui.driver import SessionDriver

_POLITENESS = {
    spoken.ASSERTIVE: QAccessible.AnnouncementPoliteness.Assertive,
    spoken.POLITE: QAccessible.AnnouncementPoliteness.Polite,
}


class SpokenNotice(QWidget):
    """The sentence as a notification that appears, for screen readers without announcements.

    One pixel, drawn as nothing, in the window's corner: shown (again) for each sentence.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.setGeometry(0, 0, 1, 1)
        self.hide()

    def say(self, text: str) -> None:
        self.hide()
        self.text = text
        self.show()


class _NoticeInterface(QAccessibleWidget):
    def __init__(self, notice: SpokenNotice) -> None:
        super().__init__(notice, QAccessible.Role.Notification)
        self._notice = notice

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._notice.text
        return super().text(kind)


class Announcer(QObject):
    announced = Signal(str)

    def __init__(self, window: QWidget, *,
                 last_seconds: Callable[[], bool], notices: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._last_seconds = last_seconds
        self._notices = notices
        self._session: Session | None = None
        self._pending: list[Event] = []
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._flush)
        self.notice = SpokenNotice(window)
        interfaces.register(SpokenNotice, _NoticeInterface)

    def read_status_of(self, countdown: QWidget) -> None:
        """A screen reader asking ``countdown`` (the workout page, made on first use) for its
        text hears :meth:`status`."""
        interfaces.set_status(countdown, self.status)

    def follow(self, driver: SessionDriver) -> None:
        """Announce what ``driver``'s session does from now on (the previous one is over)."""
        self._flush()
        self._session = driver.session
        driver.session_event.connect(self._on_session_event)

    def close(self) -> None:
        """Stop waiting to announce (the window is going): nothing is said any more."""
        self._flush_timer.stop()
        self._pending.clear()

    def status(self) -> str:
        """The countdown as the screen reader reads it when asked; "" with no workout."""
        session = self._session
        if session is None or not session.is_active:
            return ""
        return spoken.countdown_status(session)

    def _on_session_event(self, event: Event) -> None:
        self._pending.append(event)
        self._flush_timer.start()  # once this instant's events are all in

    def _flush(self) -> None:
        events, self._pending = self._pending, []
        session = self._session
        if not events or session is None:
            return
        ending = ""
        if not session.is_active:
            ending = display.summary(session, "").heading
        said = spoken.for_events(events, session, last_seconds=self._last_seconds(),
                                 ending=ending)
        if said is not None:
            self.say(said.text, said.politeness)

    def say(self, text: str, politeness: str = spoken.POLITE) -> None:
        """Post ``text`` to the screen reader (if one listens)."""
        self.announced.emit(text)
        if not QAccessible.isActive():
            return
        event = QAccessibleAnnouncementEvent(self._window, text)
        event.setPoliteness(_POLITENESS[politeness])
        QAccessible.updateAccessibility(event)
        if self._notices():
            self.notice.say(text)
