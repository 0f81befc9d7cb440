"""Desktop notifications at each new exercise while the window is not in front.

:class:`WorkoutNotices` follows the session's events: when an exercise, side or set starts
and the window is minimised, hidden or not the active window, it shows one notification
under the key "workout", replacing the one before (the server's ``replaces_id``), so the
person working in other windows sees one current card, never a growing stack. Nothing is
shown while the window is in front (its own screen says it all), and the card is taken away
when the window comes back to the front or the workout is stopped. When the workout ends,
the card says so.

The buttons: Pause, Next (Done on a rep set at one's own pace), and a click on the card
shows the window. The notifier (:class:`~leg_timer.desktop.dbus.notifications.DesktopNotifier`)
makes the D-Bus calls off the GUI thread and stays quiet when there is no server.

Signals:
    pause_requested(): the card's Pause button.
    next_requested(): its Next button.
    done_requested(): its Done button (a rep set at one's own pace).
    show_window_requested(): a click on the card.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from leg_timer.core.session import Event, EventKind, Session
from leg_timer.core.translation import translate
from leg_timer.desktop.dbus.notifications import Notification
from leg_timer.present.outside_text import Notice, ended_notice, is_new_exercise, segment_notice

KEY = "workout"
CATEGORY = "x-leg-timer.workout"


class Notifier(Protocol):
    """What is needed of :class:`~leg_timer.desktop.dbus.notifications.DesktopNotifier`."""

    activated: SignalInstance

    def show(self, key: str, notification: Notification) -> None: ...

    def close(self, key: str) -> None: ...


def notification_for(notice: Notice, *, with_buttons: bool) -> Notification:
    actions: tuple[tuple[str, str], ...] = (("default", translate("WorkoutNotices", "Show")),)
    if with_buttons:
        actions += (("pause", translate("WorkoutNotices", "Pause")),
                    ("done" if notice.done_instead_of_next else "next",
                                         notice.next_label))
    return Notification(notice.summary, notice.body, actions, category=CATEGORY)


class WorkoutNotices(QObject):
    pause_requested = Signal()
    next_requested = Signal()
    done_requested = Signal()
    show_window_requested = Signal()

    def __init__(self, notifier: Notifier, *, in_front: Callable[[], bool],
                 enabled: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._in_front = in_front
        self._enabled = enabled
        self._showing = False
        notifier.activated.connect(self._on_activated)

    def on_event(self, session: Session, event: Event) -> None:
        """Follow one event of ``session`` (the driver's ``session_event``)."""
        kind = event.kind
        if kind is EventKind.SEGMENT_STARTED and is_new_exercise(session.segment):
            self._show(segment_notice(session), with_buttons=True)
        elif kind is EventKind.SESSION_FINISHED:
            if self._showing or not self._in_front():
                self._show(ended_notice(session), with_buttons=False)
        elif kind is EventKind.SESSION_STOPPED:
            self.withdraw()

    def _show(self, notice: Notice, *, with_buttons: bool) -> None:
        if self._in_front() or not self._enabled():
            return
        self._notifier.show(KEY, notification_for(notice, with_buttons=with_buttons))
        self._showing = True

    def withdraw(self) -> None:
        """Take the card away (the window came to the front, the workout stopped)."""
        if self._showing:
            self._notifier.close(KEY)
            self._showing = False

    def _on_activated(self, key: str, action: str) -> None:
        if key != KEY:
            return
        signal = {"pause": self.pause_requested, "next": self.next_requested,
                  "done": self.done_requested,
                  "default": self.show_window_requested}.get(action)
        if signal is not None:
            signal.emit()
