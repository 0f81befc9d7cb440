"""Keeps the screen awake through the freedesktop ScreenSaver service on the D-Bus session bus.

KDE, GNOME, Xfce and others provide org.freedesktop.ScreenSaver: ``Inhibit`` returns a cookie
that ``UnInhibit`` hands back. Used on Linux and every other non-Windows, non-macOS system
(see :func:`leg_timer.desktop.keep_awake.platform_inhibitor`).
"""

from __future__ import annotations

from PySide6.QtCore import Q_ARG, QMetaObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from leg_timer.desktop.dbus.session_bus import session_bus_announced
from leg_timer.desktop.inhibitor import Complaints
from leg_timer.metadata import metadata

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"
# The specified path first; some older services (KDE 4, early Xfce) only answer on /ScreenSaver.
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
# Errors meaning "nothing like that at this path", after which the next path is worth a try.
# Anything else (no such service, no bus, a timeout) would fail the same way there.
_WRONG_PATH_ERRORS = frozenset(
    {
        "org.freedesktop.DBus.Error.UnknownObject",
        "org.freedesktop.DBus.Error.UnknownInterface",
        "org.freedesktop.DBus.Error.UnknownMethod",
    }
)
# A healthy service answers within milliseconds; if it hangs, a session start or pause should
# stall for about a second at most, not for D-Bus's default 25 seconds.
CALL_TIMEOUT_MS = 1000


class ScreenSaverInhibitor:
    """Inhibits through the org.freedesktop.ScreenSaver service on a D-Bus bus.

    ``connection`` defaults to the session bus, looked up at the first ``inhibit``. Tests pass
    a connection to a private bus instead: ``QDBusConnection.sessionBus()`` is a process-wide
    singleton bound to the first address it saw, so it cannot be pointed elsewhere later.

    The calls are synchronous, bounded by ``call_timeout_ms``. They could not all be
    asynchronous anyway (see ``release``). The first call on a connection also introspects
    the service, which Qt does with its default timeout; a service that hangs then could stall
    the window once for up to 25 s, a risk accepted for a service that normally answers at once.
    """

    def __init__(
        self,
        connection: QDBusConnection | None = None,
        *,
        app_name: str | None = None,
        call_timeout_ms: int = CALL_TIMEOUT_MS,
    ) -> None:
        self._connection = connection
        self._app_name = app_name
        self._call_timeout_ms = call_timeout_ms
        self._complain = Complaints()
        # The interface the Inhibit went through (its path is the one that worked) and the
        # cookie it returned; None while nothing is held.
        self._held: tuple[QDBusInterface, int] | None = None

    def inhibit(self, reason: str) -> None:
        if self._held is not None:
            return
        connection = self._connection
        if connection is None:
            if not session_bus_announced():
                self._complain("No D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set); "
                               "the screen may blank during workouts")
                return
            connection = QDBusConnection.sessionBus()
        if not connection.isConnected():
            self._complain(
                "No D-Bus session bus (%s); the screen may blank during workouts",
                connection.lastError().message(),
            )
            return
        app_name = self._app_name if self._app_name is not None else metadata().display_name
        failure = ""
        for path in SCREENSAVER_PATHS:
            screensaver = QDBusInterface(
                SCREENSAVER_SERVICE, path, SCREENSAVER_INTERFACE, connection
            )
            screensaver.setTimeout(self._call_timeout_ms)
            reply = screensaver.call("Inhibit", app_name, reason)
            if reply.type() == QDBusMessage.MessageType.ReplyMessage:
                cookie = _single_int(reply)
                if cookie is None:
                    failure = f"unexpected reply {reply.arguments()!r} from {path}"
                    break
                self._held = (screensaver, cookie)
                return
            failure = f"{reply.errorName()}: {reply.errorMessage()}"
            if reply.errorName() not in _WRONG_PATH_ERRORS:
                break
        self._complain(
            "Cannot inhibit the screen saver through %s (%s); the screen may blank during workouts",
            SCREENSAVER_SERVICE,
            failure,
        )

    def release(self) -> None:
        if self._held is None:
            return
        screensaver, cookie = self._held
        self._held = None
        # WORKAROUND for PySide6 (6.12; no upstream report found) marshalling every Python int
        # as a D-Bus int32 ("i") or int64: services declare UnInhibit(u), and KDE and GNOME
        # answer UnknownMethod to a plain call. Invoking the slot Qt built from the service's
        # introspection sends a real uint32; Qt makes that call synchronously, with the
        # interface's timeout. tests/ui/test_keep_awake.py checks it against a service that is
        # just as strict.
        if screensaver.metaObject().indexOfMethod("UnInhibit(uint)") < 0:
            self._complain(
                "%s at %s has no UnInhibit(uint32) method; the screen may stay on",
                SCREENSAVER_SERVICE,
                screensaver.path(),
            )
            return
        invoked = QMetaObject.invokeMethod(screensaver, "UnInhibit", Q_ARG("uint", cookie))
        error = screensaver.lastError()
        if not invoked or error.isValid():
            self._complain(
                "Cannot release the screen saver inhibition (%s: %s)",
                error.name(),
                error.message(),
            )


def _single_int(reply: QDBusMessage) -> int | None:
    arguments = reply.arguments()
    if len(arguments) == 1 and isinstance(arguments[0], int) and 0 <= arguments[0] < 2**32:
        return arguments[0]
    return None
