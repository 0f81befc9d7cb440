"""Tells the window when the machine is about to sleep, has woken, or its screen (un)locks.

Two D-Bus buses carry the news:

- the **system bus**: systemd-logind's ``org.freedesktop.login1.Manager.PrepareForSleep(b)``,
  true just before a suspend or hibernation, false once the machine is back;
- the **session bus**: the screen locker's ``ActiveChanged(b)``, on
  ``org.freedesktop.ScreenSaver`` (KDE, Xfce, Cinnamon, MATE, ...) and on
  ``org.gnome.ScreenSaver`` (GNOME Shell).

Either bus may be missing (a container, a bare window manager, a system without logind): the
watch then stays quiet, and the driver's after-the-fact check (the monotonic and boot-time
clocks disagree after a wake-up, :mod:`leg_timer.ui.driver`) still pauses a workout the
machine slept through. Nothing here ever starts a bus: an unannounced session bus would be
autolaunched by libdbus (see :func:`~leg_timer.desktop.dbus.session_bus.session_bus_announced`),
and the system bus is only joined when its address or socket is there.

No delay lock is taken from logind (``Inhibit("sleep", ..., "delay")``): the signal may reach
the window only after the wake-up when the machine freezes first, and then the pause lands at
the same instant anyway, because the monotonic clock stood still during the sleep.

Signals:
    about_to_sleep(): the machine is going to sleep.
    woke(): the machine is back from sleep.
    locked(): the screen locked (emitted once per change, whichever service said it).
    unlocked(): the screen unlocked.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from leg_timer.desktop.dbus.session_bus import session_bus_announced

LOGIN1_SERVICE = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
# (service, path, interface) of the screen lockers that announce ActiveChanged(b). KDE's
# ksmserver answers on both freedesktop paths and sends the signal on each: the watch only
# reports changes, so a double signal is one event.
SCREEN_LOCKERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
# Where libdbus looks for the system bus when DBUS_SYSTEM_BUS_ADDRESS is not set.
SYSTEM_BUS_SOCKET = Path("/run/dbus/system_bus_socket")

log = logging.getLogger(__name__)


def system_bus_announced() -> bool:
    """Whether a system bus is there to join (its address is set, or its socket exists)."""
    return bool(os.environ.get("DBUS_SYSTEM_BUS_ADDRESS")) or SYSTEM_BUS_SOCKET.exists()


class SleepWatch(QObject):
    """Listens for sleep (logind) and screen lock (the desktop's screen locker).

    ``system_bus`` and ``session_bus`` default to the process's system and session buses when
    they are announced; tests pass connections to private buses (``QDBusConnection
    .systemBus()`` and ``.sessionBus()`` are process-wide singletons bound to the first
    address they saw). ``listening_for_sleep`` and ``listening_for_lock`` say what was set up.
    """

    about_to_sleep = Signal()
    woke = Signal()
    locked = Signal()
    unlocked = Signal()

    def __init__(self, system_bus: QDBusConnection | None = None,
                 session_bus: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._screen_locked = False
        self.listening_for_sleep = self._listen_for_sleep(system_bus)
        self.listening_for_lock = self._listen_for_lock(session_bus)

    @property
    def screen_locked(self) -> bool:
        """Whether the screen is locked, as far as a locker has said since the watch began."""
        return self._screen_locked

    def _listen_for_sleep(self, bus: QDBusConnection | None) -> bool:
        if bus is None:
            if not system_bus_announced():
                log.info("No D-Bus system bus: sleep is noticed only after the wake-up")
                return False
            bus = QDBusConnection.systemBus()
        if not bus.isConnected():
            log.info("Cannot join the D-Bus system bus (%s): sleep is noticed only after the "
                     "wake-up", bus.lastError().message())
            return False
        # PySide6's stub types the slot as bytes, but the call wants SLOT()'s string.
        return bool(bus.connect(LOGIN1_SERVICE, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep",
                                self, SLOT("_on_prepare_for_sleep(QDBusMessage)")))  # type: ignore[call-overload]

    def _listen_for_lock(self, bus: QDBusConnection | None) -> bool:
        if bus is None:
            if not session_bus_announced():
                return False
            bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        connected = False
        for service, path, interface in SCREEN_LOCKERS:
            connected |= bool(bus.connect(
                service, path, interface, "ActiveChanged", self,
                SLOT("_on_active_changed(QDBusMessage)")))  # type: ignore[call-overload]
        return connected

    @Slot(QDBusMessage)
    def _on_prepare_for_sleep(self, message: QDBusMessage) -> None:
        going = _single_bool(message)
        if going is None:
            return
        log.info("The machine is %s", "going to sleep" if going else "back from sleep")
        (self.about_to_sleep if going else self.woke).emit()

    @Slot(QDBusMessage)
    def _on_active_changed(self, message: QDBusMessage) -> None:
        active = _single_bool(message)
        if active is None or active == self._screen_locked:
            return
        self._screen_locked = active
        log.info("The screen %s", "locked" if active else "unlocked")
        (self.locked if active else self.unlocked).emit()


def _single_bool(message: QDBusMessage) -> bool | None:
    """The one boolean argument of a signal; None (ignored) for anything else."""
    arguments = message.arguments()
    if len(arguments) == 1 and isinstance(arguments[0], bool):
        return arguments[0]
    return None
