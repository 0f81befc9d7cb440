"""A stand-in for the XDG desktop portal's Inhibit interface, run as its own process.

tests/ui/test_keep_awake_portal.py starts it on a private dbus-daemon, with no
org.freedesktop.ScreenSaver there (as on GNOME or in a Flatpak sandbox), and reads back what
it was asked: every call is appended to a JSON-lines log before the reply is sent.

Like xdg-desktop-portal (GDBus checks the signature), it is exported with Qt's adaptor
machinery, which refuses an ``Inhibit`` whose flags come as a signed int instead of a uint32.
Each ``Inhibit`` returns a new request object whose ``org.freedesktop.portal.Request.Close``
ends the inhibition, as the portal's does.

    python fake_portal.py BUS_ADDRESS LOG_FILE
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusObjectPath

# Run as a script: the checkout is not on the path by itself (tests.bus_services).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bus_services import EXPORT_SLOTS, CallLog, serve

SERVICE = "org.freedesktop.portal.Desktop"
PATH = "/org/freedesktop/portal/desktop"
REQUESTS = f"{PATH}/request/fake"


# The ignores are for PySide6's ClassInfo stub, which lacks __call__ and mistypes the mapping.
@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Request"})  # type: ignore[call-arg]
class FakeRequest(QObject):  # type: ignore[operator]
    def __init__(self, bus: QDBusConnection, path: str, log: CallLog) -> None:
        super().__init__()
        self._bus = bus
        self._path = path
        self._log = log

    @Slot()
    def Close(self) -> None:
        self._log.record(call="Close", handle=self._path)
        self._bus.unregisterObject(self._path)


@ClassInfo({"D-Bus Interface": "org.freedesktop.portal.Inhibit"})  # type: ignore[call-arg]
class FakeInhibit(QObject):  # type: ignore[operator]
    def __init__(self, bus: QDBusConnection, log: CallLog) -> None:
        super().__init__()
        self._bus = bus
        self._log = log
        self._requests: list[FakeRequest] = []

    # The slot signature makes the exported D-Bus signature: Inhibit(sua{sv}) -> o.
    @Slot(str, "uint", "QVariantMap", result=QDBusObjectPath)
    def Inhibit(self, window: str, flags: int, options: dict[str, Any]) -> QDBusObjectPath:
        path = f"{REQUESTS}/{len(self._requests)}"
        request = FakeRequest(self._bus, path, self._log)
        self._requests.append(request)
        self._bus.registerObject(path, request, EXPORT_SLOTS)
        self._log.record(call="Inhibit", window=window, flags=flags,
                         reason=str(options.get("reason", "")), handle=path)
        return QDBusObjectPath(path)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("address", help="D-Bus address of the bus to join")
    parser.add_argument("log", type=Path, help="JSON-lines file each call is appended to")
    args = parser.parse_args(argv)

    return serve(args.address, "fake-portal", SERVICE,
                 lambda bus: {PATH: (FakeInhibit(bus, CallLog(args.log)), EXPORT_SLOTS)})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
