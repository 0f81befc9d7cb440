"""Desktop notifications through org.freedesktop.Notifications on the D-Bus session bus.

Each notification has a ``key`` the caller chooses ("workout", "reminder:legs-up-the-wall"):
showing the same key again replaces the notification on screen (the server's
``replaces_id``), so a workout updates one notification at each new exercise instead of
stacking a new one every minute. A server that is missing, or fails, is reported once in the
log at info level and otherwise ignored: notifications are a courtesy, never a reason to stop.

Two things shape the code:

- The calls go through a worker thread. A notification server that hangs (or one being
  started by D-Bus activation) would otherwise stall the countdown for the call's timeout.
- ``Notify`` takes its ``replaces_id`` as a uint32, and GNOME's and KDE's servers refuse a
  call whose argument types differ from the method's ("UnknownMethod"). PySide6 turns every
  Python int into an int32 when it builds a message by hand, so the call is made through the
  interface Qt builds from the server's introspection data, which converts the arguments to
  the types the server declared. tests/desktop/test_notifications.py runs against a server
  that is just as strict.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import (
    Q_ARG,
    Q_RETURN_ARG,
    SLOT,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from leg_timer.desktop.dbus.session_bus import session_bus_announced

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = SERVICE
NOTIFY_SIGNATURE = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"
# A server normally answers in milliseconds; one that hangs holds the worker thread this long.
CALL_TIMEOUT_MS = 2000

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notification:
    """What one notification says. ``actions`` are (key, label) pairs shown as buttons; the
    key "default" is what a click on the notification itself does."""

    summary: str
    body: str = ""
    actions: tuple[tuple[str, str], ...] = ()
    urgency: int = 1  # 0 low, 1 normal, 2 critical (the spec's byte)
    timeout_ms: int = -1  # -1: the server's default
    category: str = ""


@dataclass
class _Shown:
    """The server's id for a key, once it has answered."""

    server_id: int = 0
    pending: list[Notification | None] = field(default_factory=list)


class _Worker(QObject):
    """Lives in the worker thread and makes the (blocking) calls there."""

    shown = Signal(str, int)  # key, the server's id (0: not shown)

    def __init__(self, connection: QDBusConnection | None, app_name: str, icon: str) -> None:
        super().__init__()
        self._connection = connection
        self._app_name = app_name
        self._icon = icon
        self._interface: QDBusInterface | None = None
        self._told = False

    def _complain(self, reason: str) -> None:
        # Info, not a warning: many desktops (a bare window manager) have no server at all.
        log.log(logging.DEBUG if self._told else logging.INFO,
                "Desktop notifications are not shown: %s", reason)
        self._told = True

    def _notifications(self) -> QDBusInterface | None:
        if self._interface is not None and self._interface.isValid():
            return self._interface
        connection = self._connection
        if connection is None:
            if not session_bus_announced():
                self._complain("no D-Bus session bus")
                return None
            connection = QDBusConnection.sessionBus()
        interface = QDBusInterface(SERVICE, PATH, INTERFACE, connection)
        interface.setTimeout(CALL_TIMEOUT_MS)
        if not interface.isValid() or interface.metaObject().indexOfMethod(NOTIFY_SIGNATURE) < 0:
            self._complain(f"no {SERVICE} service ({interface.lastError().message()})")
            return None
        self._interface = interface
        return interface

    @Slot(str, int, object)
    def notify(self, key: str, replaces: int, notification: Notification) -> None:
        interface = self._notifications()
        if interface is None:
            self.shown.emit(key, 0)
            return
        actions = [part for pair in notification.actions for part in pair]
        hints: dict[str, object] = {"urgency": notification.urgency}
        if notification.category:
            hints["category"] = notification.category
        server_id = QMetaObject.invokeMethod(
            interface, "Notify", Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"),
            Q_ARG("QString", self._app_name), Q_ARG("uint", replaces),
            Q_ARG("QString", self._icon), Q_ARG("QString", notification.summary),
            Q_ARG("QString", notification.body), Q_ARG("QStringList", actions),
            Q_ARG("QVariantMap", hints), Q_ARG("int", notification.timeout_ms))
        error = interface.lastError()
        if error.isValid() or not isinstance(server_id, int):
            self._complain(f"{error.name()}: {error.message()}")
            self._interface = None  # look again next time: the server may have restarted
            self.shown.emit(key, 0)
            return
        self.shown.emit(key, server_id)

    @Slot(int)
    def close(self, server_id: int) -> None:
        interface = self._notifications()
        if interface is not None:
            QMetaObject.invokeMethod(interface, "CloseNotification",
                                     Qt.ConnectionType.DirectConnection, Q_ARG("uint", server_id))


class DesktopNotifier(QObject):
    """Shows, replaces and closes notifications by key, without ever blocking the caller.

    ``activated`` says which action of which key the person chose (the key "default" for a
    click on the notification); ``dismissed`` that a notification was closed by them or timed
    out. ``connection`` defaults to the session bus; tests pass a private one.
    """

    activated = Signal(str, str)  # key, action key
    dismissed = Signal(str)  # key
    _notify = Signal(str, int, object)
    _close = Signal(int)

    def __init__(self, connection: QDBusConnection | None = None, *, app_name: str = "",
                 icon: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shown: dict[str, _Shown] = {}
        self._thread = QThread()
        self._thread.setObjectName("notifications")
        self._worker = _Worker(connection, app_name, icon)
        self._worker.moveToThread(self._thread)
        self._notify.connect(self._worker.notify, Qt.ConnectionType.QueuedConnection)
        self._close.connect(self._worker.close, Qt.ConnectionType.QueuedConnection)
        self._worker.shown.connect(self._on_shown, Qt.ConnectionType.QueuedConnection)
        self._listen(connection)
        self._thread.start()

    def _listen(self, connection: QDBusConnection | None) -> None:
        if connection is None:
            if not session_bus_announced():
                return
            connection = QDBusConnection.sessionBus()
        for member, slot in (("ActionInvoked", "_on_action(QDBusMessage)"),
                             ("NotificationClosed", "_on_closed(QDBusMessage)")):
            # PySide6's stub types the slot as bytes, but the call wants SLOT()'s string.
            connection.connect(SERVICE, PATH, INTERFACE, member, self,
                               SLOT(slot))  # type: ignore[call-overload]

    def show(self, key: str, notification: Notification) -> None:
        """Show ``notification`` under ``key``, replacing the one shown under it before."""
        shown = self._shown.setdefault(key, _Shown())
        if shown.pending:  # the server has not answered the last call yet: send after it
            shown.pending[1:] = [notification]
            return
        shown.pending.append(notification)
        self._notify.emit(key, shown.server_id, notification)

    def close(self, key: str) -> None:
        """Take the notification of ``key`` off the screen, if there is one."""
        shown = self._shown.get(key)
        if shown is None:
            return
        if shown.pending:
            shown.pending[1:] = [None]  # close once the pending one is known
            return
        del self._shown[key]
        if shown.server_id:
            self._close.emit(shown.server_id)

    def shutdown(self) -> None:
        """Stop the worker thread (the notifications stay on screen, as the server keeps them)."""
        self._thread.quit()
        self._thread.wait(CALL_TIMEOUT_MS + 1000)

    def busy(self) -> bool:
        """Whether a call is still on its way (for tests)."""
        return any(shown.pending for shown in self._shown.values())

    @Slot(str, int)
    def _on_shown(self, key: str, server_id: int) -> None:
        shown = self._shown.get(key)
        if shown is None:
            return
        shown.server_id = server_id
        shown.pending.pop(0)
        if not shown.pending:
            return
        following = shown.pending.pop(0)
        if following is None:
            self.close(key)
        else:
            self.show(key, following)

    def _key_of(self, server_id: int) -> str | None:
        return next((key for key, shown in self._shown.items() if shown.server_id == server_id
                     and server_id), None)

    @Slot(QDBusMessage)
    def _on_action(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) == 2 and isinstance(arguments[0], int):
            key = self._key_of(arguments[0])
            if key is not None:
                self.activated.emit(key, str(arguments[1]))

    @Slot(QDBusMessage)
    def _on_closed(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if arguments and isinstance(arguments[0], int):
            key = self._key_of(arguments[0])
            if key is not None:
                del self._shown[key]
                self.dismissed.emit(key)
