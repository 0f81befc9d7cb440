"""A stand-in for a panel's tray host (org.kde.StatusNotifierWatcher), run as its own process
on a private bus.

With it on the bus, Qt's QSystemTrayIcon offers its icon over D-Bus as a StatusNotifierItem,
as on KDE or GNOME with the AppIndicator extension. Each registration is appended to a
JSON-lines log (the item's service and the caller's unique name) before the reply is sent;
tests/desktop/tray_item.py reads the registered item's properties back.

    python fake_watcher.py BUS_ADDRESS LOG_FILE
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, Property, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

# Run as a script: the checkout is not on the path by itself (tests.bus_services).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bus_services import CallLog, serve

SERVICE = "org.kde.StatusNotifierWatcher"
PATH = "/StatusNotifierWatcher"


# The ignores are for PySide6's ClassInfo stub, which lacks __call__ and mistypes the mapping.
@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class Watcher(QObject):  # type: ignore[operator]
    StatusNotifierItemRegistered = Signal(str)
    StatusNotifierItemUnregistered = Signal(str)
    StatusNotifierHostRegistered = Signal()

    def __init__(self, log: CallLog) -> None:
        super().__init__()
        self._log = log
        self._items: list[str] = []

    # The trailing QDBusMessage is Qt's way of handing a slot the call itself (not exported).
    @Slot(str, QDBusMessage)
    def RegisterStatusNotifierItem(self, service: str, message: QDBusMessage) -> None:
        sender = message.service()
        # Qt passes its unique name, or a path: either way the item is the sender's.
        item = service if service.startswith((":", "org.")) else sender
        self._items.append(item)
        self._log.record(call="RegisterStatusNotifierItem", service=service, sender=sender)
        self.StatusNotifierItemRegistered.emit(item)

    @Slot(str)
    def RegisterStatusNotifierHost(self, _service: str) -> None:
        pass

    def _registered(self) -> list[str]:
        return list(self._items)

    RegisteredStatusNotifierItems = Property("QStringList", _registered)  # type: ignore[arg-type]
    IsStatusNotifierHostRegistered = Property(bool, lambda self: True)
    ProtocolVersion = Property(int, lambda self: 0)


def main(argv: list[str]) -> int:
    address, log_path = argv
    options = (QDBusConnection.RegisterOption.ExportAllSlots
               | QDBusConnection.RegisterOption.ExportAllSignals
               | QDBusConnection.RegisterOption.ExportAllProperties)
    return serve(address, "fake-watcher", SERVICE,
                 lambda _bus: {PATH: (Watcher(CallLog(Path(log_path))), options)})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
