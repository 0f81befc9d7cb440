"""Whether there is a D-Bus session bus to talk to, found without starting one."""

from __future__ import annotations

import os

from leg_timer.paths import user_runtime_dir


def session_bus_announced() -> bool:
    """Whether a session bus is known without starting one.

    With no address, libdbus "autolaunches" a bus through dbus-launch, which on a machine
    without a desktop session fails, and Qt's D-Bus thread then spins on the dead socket
    ("QSocketNotifier: Invalid socket"), freezing the window. Desktop sessions always export
    DBUS_SESSION_BUS_ADDRESS (or provide $XDG_RUNTIME_DIR/bus, which libdbus uses by itself).
    """
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime_dir = user_runtime_dir()
    return runtime_dir is not None and (runtime_dir / "bus").exists()
