"""Keep the screen from blanking or locking while a workout session runs.

A timer nobody can see is no use mid-set, and the desktop's idle timeout knows nothing about
someone doing squats in front of the screen. The window calls ``KeepAwake.inhibit`` when a
session starts or resumes and ``KeepAwake.release`` when it pauses, stops or finishes.

Each platform has its own mechanism, behind the small ``Inhibitor`` interface:

- Linux and other freedesktop systems: the org.freedesktop.ScreenSaver D-Bus service
  (KDE, GNOME, Xfce and others provide it), ``Inhibit`` / ``UnInhibit`` with a cookie;
- Windows: ``SetThreadExecutionState``;
- macOS: an IOKit power assertion, plus an ``NSProcessInfo`` activity so App Nap does not
  slow the session's timers while the window is covered.

Keeping the screen on is a courtesy, never worth interrupting a workout for: every failure
(no session bus, no screen saver service, a refused call) is logged, never raised.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import Q_ARG, QMetaObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from leg_timer.metadata import metadata

_log = logging.getLogger("leg_timer.keep_awake")


class Inhibitor(Protocol):
    """One platform's way to hold off screen blanking.

    ``KeepAwake`` calls ``inhibit`` and ``release`` alternately, starting with ``inhibit``.
    Implementations report their own failures (through ``_Complaints``) instead of raising.
    """

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class _Complaints:
    """Logs the first failure as a warning and any later ones at debug level.

    A desktop without a screen saver service fails the same way at every session start; one
    warning tells the user why the screen blanked, repeating it each time would be noise.
    """

    def __init__(self) -> None:
        self._warned = False

    def __call__(self, message: str, *args: object, exc_info: bool = False) -> None:
        level = logging.DEBUG if self._warned else logging.WARNING
        self._warned = True
        _log.log(level, message, *args, exc_info=exc_info)


class KeepAwake:
    """Holds at most one keep-awake request for the application.

    ``inhibit`` while already active and ``release`` while inactive do nothing, so the window
    can call them from every state change without counting. ``active`` tells whether a
    request is held, whether or not the platform managed to honour it (failures are logged).

    By default the backend for the running platform is chosen on the first ``inhibit``, so
    constructing one is free and touches neither D-Bus nor any system library. Tests pass a
    backend, for instance ``KeepAwake(ScreenSaverInhibitor(connection))`` on a private bus.
    """

    def __init__(self, backend: Inhibitor | None = None) -> None:
        self._backend = backend
        self._active = False
        self._complain = _Complaints()

    @property
    def active(self) -> bool:
        return self._active

    def inhibit(self, reason: str) -> None:
        """Keep the screen on until ``release``; ``reason`` may be shown by the desktop."""
        if self._active:
            return
        self._active = True
        try:
            if self._backend is None:
                self._backend = platform_inhibitor()
            self._backend.inhibit(reason)
        except Exception:
            # Backends report expected failures themselves; this catches the unexpected (a
            # ctypes signature a new OS release changed, say) so a session still starts.
            self._complain("Could not keep the screen awake", exc_info=True)

    def release(self) -> None:
        """Let the screen blank again on the desktop's usual schedule."""
        if not self._active:
            return
        self._active = False
        if self._backend is None:
            return
        try:
            self._backend.release()
        except Exception:
            # Same reasoning as in inhibit: a pause or stop must go through regardless.
            self._complain("Could not let the screen blank again", exc_info=True)


def platform_inhibitor() -> Inhibitor:
    """The backend for the platform this process runs on."""
    # if/elif/else rather than early returns: mypy checks each branch only for its platform.
    if sys.platform == "win32":
        return WindowsInhibitor()
    elif sys.platform == "darwin":
        return MacInhibitor()
    else:
        return ScreenSaverInhibitor()


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
        self._complain = _Complaints()
        # The interface the Inhibit went through (its path is the one that worked) and the
        # cookie it returned; None while nothing is held.
        self._held: tuple[QDBusInterface, int] | None = None

    def inhibit(self, reason: str) -> None:
        if self._held is not None:
            return
        connection = self._connection
        if connection is None:
            if not _session_bus_announced():
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


if sys.platform == "win32":

    class WindowsInhibitor:
        """Asks Windows to keep the display and the system on, via SetThreadExecutionState.

        The execution state belongs to the calling thread, so inhibit and release must come
        from the same thread; KeepAwake lives on the GUI thread, which outlives any session.
        """

        _ES_CONTINUOUS = 0x80000000
        _ES_SYSTEM_REQUIRED = 0x00000001
        _ES_DISPLAY_REQUIRED = 0x00000002

        def __init__(self) -> None:
            kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
            self._set_state = kernel32.SetThreadExecutionState
            self._set_state.argtypes = [ctypes.c_uint32]
            self._set_state.restype = ctypes.c_uint32
            self._complain = _Complaints()

        def inhibit(self, reason: str) -> None:
            # ES_CONTINUOUS makes the state stick until changed, instead of resetting the idle
            # timers once.
            self._set(self._ES_CONTINUOUS | self._ES_DISPLAY_REQUIRED | self._ES_SYSTEM_REQUIRED)

        def release(self) -> None:
            self._set(self._ES_CONTINUOUS)

        def _set(self, flags: int) -> None:
            # The previous state comes back on success, 0 on failure.
            if self._set_state(flags) == 0:
                self._complain(
                    "SetThreadExecutionState(%#x) failed (Windows error %d)",
                    flags,
                    ctypes.get_last_error(),
                )


if sys.platform == "darwin":

    class MacInhibitor:
        """An IOKit assertion against display sleep, plus an NSProcessInfo activity.

        The assertion keeps the display on; the activity (begun "user initiated") also stops
        App Nap from throttling the session's timers when the window is hidden or covered.
        objc_msgSend is called through one ctypes prototype per method shape: on arm64 a
        variadic call passes its arguments differently from what the methods expect.
        """

        _IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
        _CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
        _OBJC = "/usr/lib/libobjc.A.dylib"
        _kCFStringEncodingUTF8 = 0x08000100
        _kIOPMAssertionLevelOn = 255
        _kIOReturnSuccess = 0
        # NSActivityOptions from NSProcessInfo.h.
        _NSActivityIdleDisplaySleepDisabled = 1 << 40
        _NSActivityIdleSystemSleepDisabled = 1 << 20
        _NSActivityUserInitiated = 0x00FFFFFF | _NSActivityIdleSystemSleepDisabled

        def __init__(self) -> None:
            self._complain = _Complaints()
            cf = ctypes.CDLL(self._CORE_FOUNDATION)
            self._cf_string_create = cf.CFStringCreateWithCString
            self._cf_string_create.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
            self._cf_string_create.restype = ctypes.c_void_p
            self._cf_release = cf.CFRelease
            self._cf_release.argtypes = [ctypes.c_void_p]
            self._cf_release.restype = None

            iokit = ctypes.CDLL(self._IOKIT)
            self._assertion_create = iokit.IOPMAssertionCreateWithName
            self._assertion_create.argtypes = [
                ctypes.c_void_p,  # CFStringRef assertion type
                ctypes.c_uint32,  # IOPMAssertionLevel
                ctypes.c_void_p,  # CFStringRef name, shown by `pmset -g assertions`
                ctypes.POINTER(ctypes.c_uint32),  # IOPMAssertionID *
            ]
            self._assertion_create.restype = ctypes.c_int32  # IOReturn
            self._assertion_release = iokit.IOPMAssertionRelease
            self._assertion_release.argtypes = [ctypes.c_uint32]
            self._assertion_release.restype = ctypes.c_int32

            objc = ctypes.CDLL(self._OBJC)
            objc.objc_getClass.argtypes = [ctypes.c_char_p]
            objc.objc_getClass.restype = ctypes.c_void_p
            objc.sel_registerName.argtypes = [ctypes.c_char_p]
            objc.sel_registerName.restype = ctypes.c_void_p
            self._objc = objc
            send = ctypes.cast(objc.objc_msgSend, ctypes.c_void_p).value
            if send is None:
                raise OSError("objc_msgSend not found")
            void_p = ctypes.c_void_p
            # id f(id, SEL): processInfo, retain
            self._send = ctypes.CFUNCTYPE(void_p, void_p, void_p)(send)
            # id f(id, SEL, NSActivityOptions, NSString *): beginActivityWithOptions:reason:
            self._send_begin = ctypes.CFUNCTYPE(void_p, void_p, void_p, ctypes.c_uint64, void_p)(
                send
            )
            # void f(id, SEL, id): endActivity:
            self._send_end = ctypes.CFUNCTYPE(None, void_p, void_p, void_p)(send)
            # void f(id, SEL): release
            self._send_void = ctypes.CFUNCTYPE(None, void_p, void_p)(send)

            self._assertion: int | None = None
            self._activity: int | None = None

        def inhibit(self, reason: str) -> None:
            kind = self._cf_string("PreventUserIdleDisplaySleep")
            name = self._cf_string(f"{metadata().display_name}: {reason}")
            try:
                assertion = ctypes.c_uint32(0)
                result = self._assertion_create(
                    kind, self._kIOPMAssertionLevelOn, name, ctypes.byref(assertion)
                )
                if result == self._kIOReturnSuccess:
                    self._assertion = assertion.value
                else:
                    self._complain(
                        "IOPMAssertionCreateWithName failed (IOReturn %#x)", result & 0xFFFFFFFF
                    )
                # A CFString is an NSString (toll-free bridged), so it serves as the reason.
                activity = self._send_begin(
                    self._process_info(),
                    self._selector(b"beginActivityWithOptions:reason:"),
                    self._NSActivityUserInitiated | self._NSActivityIdleDisplaySleepDisabled,
                    name,
                )
                if activity:
                    # Returned autoreleased; hold our own reference until endActivity.
                    self._activity = self._send(activity, self._selector(b"retain"))
                else:
                    self._complain("NSProcessInfo beginActivityWithOptions:reason: failed")
            finally:
                self._cf_release(kind)
                self._cf_release(name)

        def release(self) -> None:
            if self._assertion is not None:
                result = self._assertion_release(self._assertion)
                self._assertion = None
                if result != self._kIOReturnSuccess:
                    self._complain(
                        "IOPMAssertionRelease failed (IOReturn %#x)", result & 0xFFFFFFFF
                    )
            if self._activity is not None:
                activity, self._activity = self._activity, None
                self._send_end(self._process_info(), self._selector(b"endActivity:"), activity)
                self._send_void(activity, self._selector(b"release"))

        def _cf_string(self, text: str) -> int:
            ref: int | None = self._cf_string_create(
                None, text.encode(), self._kCFStringEncodingUTF8
            )
            if not ref:
                raise MemoryError(f"CFStringCreateWithCString failed for {text!r}")
            return ref

        def _selector(self, name: bytes) -> int:
            selector: int = self._objc.sel_registerName(name)
            return selector

        def _process_info(self) -> int:
            process_info: int = self._send(
                self._objc.objc_getClass(b"NSProcessInfo"), self._selector(b"processInfo")
            )
            return process_info


def _session_bus_announced() -> bool:
    """Whether a session bus is known without starting one.

    With no address, libdbus "autolaunches" a bus through dbus-launch, which on a machine
    without a desktop session fails, and Qt's D-Bus thread then spins on the dead socket
    ("QSocketNotifier: Invalid socket"), freezing the window. Desktop sessions always export
    DBUS_SESSION_BUS_ADDRESS (or provide $XDG_RUNTIME_DIR/bus, which libdbus uses by itself).
    """
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime_dir = os.environ.get("XDG_RUNTIME_DIR")
    return bool(runtime_dir) and (Path(str(runtime_dir)) / "bus").exists()
