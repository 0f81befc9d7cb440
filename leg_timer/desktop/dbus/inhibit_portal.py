"""Keeps the screen awake through the XDG desktop portal, where no ScreenSaver service is.

org.freedesktop.ScreenSaver (:mod:`leg_timer.desktop.screensaver_dbus`) is the older way, and
KDE, Xfce and others answer it. Where nobody owns that name (a sandbox, some Wayland
desktops), the portal's ``org.freedesktop.portal.Inhibit.Inhibit(window, flags, options)``,
which GNOME and every xdg-desktop-portal back-end answer, does the same: it returns the path
of a request object, and calling ``org.freedesktop.portal.Request.Close`` on it ends the
inhibition. :class:`FreedesktopInhibitor` picks between the two at the first ``inhibit``.

``flags`` is a uint32, and xdg-desktop-portal (GDBus) refuses a call whose signature differs:
PySide6 sends a Python int as an int32, so the call goes through the slot Qt builds from the
portal's introspection, as in screensaver_dbus.py. tests/ui/test_keep_awake_portal.py checks
it against a portal stand-in that is just as strict.
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, Qt
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage, QDBusObjectPath

from leg_timer.desktop.dbus.session_bus import session_bus_announced
from leg_timer.desktop.inhibitor import Complaints, Inhibitor
from leg_timer.desktop.screensaver_dbus import (
    CALL_TIMEOUT_MS,
    SCREENSAVER_SERVICE,
    ScreenSaverInhibitor,
)

PORTAL_SERVICE = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
INHIBIT_INTERFACE = "org.freedesktop.portal.Inhibit"
REQUEST_INTERFACE = "org.freedesktop.portal.Request"
INHIBIT_SIGNATURE = "Inhibit(QString,uint,QVariantMap)"
# The portal's flags: 1 logout, 2 user switch, 4 suspend, 8 idle. Idle is what the screen
# saver's Inhibit holds off too: the screen blanking, locking, and the idle suspend after it.
INHIBIT_IDLE = 8


class PortalInhibitor:
    """Inhibits idle through the XDG desktop portal on a D-Bus bus.

    ``connection`` defaults to the session bus, looked up at the first ``inhibit``; tests pass
    a connection to a private bus. Calls are synchronous, bounded by ``call_timeout_ms``.
    """

    def __init__(self, connection: QDBusConnection | None = None, *,
                 call_timeout_ms: int = CALL_TIMEOUT_MS) -> None:
        self._connection = connection
        self._call_timeout_ms = call_timeout_ms
        self._complain = Complaints()
        self._held: tuple[QDBusConnection, str] | None = None  # the bus and request path

    def inhibit(self, reason: str) -> None:
        if self._held is not None:
            return
        connection = _connection_or_none(self._connection, self._complain)
        if connection is None:
            return
        portal = QDBusInterface(PORTAL_SERVICE, PORTAL_PATH, INHIBIT_INTERFACE, connection)
        portal.setTimeout(self._call_timeout_ms)
        if not portal.isValid() or portal.metaObject().indexOfMethod(INHIBIT_SIGNATURE) < 0:
            self._complain("No %s Inhibit interface (%s); the screen may blank during workouts",
                           PORTAL_SERVICE, portal.lastError().message())
            return
        handle = QMetaObject.invokeMethod(
            portal, "Inhibit", Qt.ConnectionType.DirectConnection,
            Q_RETURN_ARG("QDBusObjectPath"), Q_ARG("QString", ""),  # no parent window
            Q_ARG("uint", INHIBIT_IDLE), Q_ARG("QVariantMap", {"reason": reason}))
        error = portal.lastError()
        path = handle.path() if isinstance(handle, QDBusObjectPath) else ""
        if error.isValid() or not path:
            self._complain("The portal refused to keep the screen awake (%s: %s)",
                           error.name(), error.message())
            return
        self._held = (connection, path)

    def release(self) -> None:
        if self._held is None:
            return
        connection, path = self._held
        self._held = None
        close = QDBusMessage.createMethodCall(PORTAL_SERVICE, path, REQUEST_INTERFACE, "Close")
        reply = connection.call(close, QDBus.CallMode.Block, self._call_timeout_ms)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self._complain("Cannot end the portal's inhibition %s (%s: %s)", path,
                           reply.errorName(), reply.errorMessage())


class FreedesktopInhibitor:
    """org.freedesktop.ScreenSaver where that name is on the bus (or can be started), else
    the desktop portal where it is, chosen at the first ``inhibit`` and kept."""

    def __init__(self, connection: QDBusConnection | None = None) -> None:
        self._connection = connection
        self._backend: Inhibitor | None = None

    @property
    def backend(self) -> Inhibitor | None:
        """The chosen backend (None before the first ``inhibit``)."""
        return self._backend

    def inhibit(self, reason: str) -> None:
        if self._backend is None:
            self._backend = self._choose()
        self._backend.inhibit(reason)

    def release(self) -> None:
        if self._backend is not None:
            self._backend.release()

    def _choose(self) -> Inhibitor:
        connection = self._connection
        if connection is None and session_bus_announced():
            connection = QDBusConnection.sessionBus()
        if connection is not None and connection.isConnected() \
                and not _on_bus(connection, SCREENSAVER_SERVICE) \
                and _on_bus(connection, PORTAL_SERVICE):
            return PortalInhibitor(self._connection)
        # Also where neither is there: the screen saver backend says why it could not.
        return ScreenSaverInhibitor(self._connection)


def _on_bus(connection: QDBusConnection, service: str) -> bool:
    """Whether ``service`` has an owner or is D-Bus-activatable on ``connection``'s bus."""
    bus = connection.interface()
    owned = bus.isServiceRegistered(service)
    if owned.isValid() and owned.value():
        return True
    activatable = bus.activatableServiceNames()
    return activatable.isValid() and service in (activatable.value() or [])


def _connection_or_none(connection: QDBusConnection | None,
                        complain: Complaints) -> QDBusConnection | None:
    if connection is None:
        if not session_bus_announced():
            complain("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set); the screen "
                     "may blank during workouts")
            return None
        connection = QDBusConnection.sessionBus()
    if not connection.isConnected():
        complain("No D-Bus session bus (%s); the screen may blank during workouts",
                 connection.lastError().message())
        return None
    return connection
