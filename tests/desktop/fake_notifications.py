"""A stand-in for the desktop's notification server (org.freedesktop.Notifications), run as
its own process on a private bus.

Every call is appended to a JSON-lines log before the reply is sent. It is exported with Qt's
adaptor machinery, which checks argument types as GNOME's and KDE's servers do (a Notify whose
replaces_id is an int32 instead of a uint32 is refused with UnknownMethod). A second interface,
``test.Control``, makes it send the signals a person's click would: ``Click(id, action)``
sends ActionInvoked, ``Dismiss(id)`` sends NotificationClosed with reason 2 (dismissed).

    python fake_notifications.py BUS_ADDRESS LOG_FILE
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server:
    """What the two exported objects share: the log, the bus and the ids handed out."""

    def __init__(self, bus: QDBusConnection, log_path: Path) -> None:
        self.bus = bus
        self.log_path = log_path
        self.last_id = 0

    def record(self, **entry: Any) -> None:
        with self.log_path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def signal(self, member: str, *arguments: Any) -> None:
        message = QDBusMessage.createSignal(PATH, SERVICE, member)
        message.setArguments(list(arguments))
        self.bus.send(message)


# The ignores are for PySide6's ClassInfo stub, which lacks __call__ and mistypes the mapping.
@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class Notifications(QObject):  # type: ignore[operator]
    def __init__(self, server: Server) -> None:
        super().__init__()
        self.server = server

    # The slot signatures make the exported D-Bus signatures (the specification's).
    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(self, app_name: str, replaces_id: int, icon: str, summary: str, body: str,
               actions: list[str], hints: dict[str, Any], timeout: int) -> int:
        if replaces_id:
            notification_id = replaces_id
        else:
            self.server.last_id += 1
            notification_id = self.server.last_id
        self.server.record(call="Notify", app=app_name, replaces_id=replaces_id, icon=icon,
                           summary=summary, body=body, actions=actions,
                           hints={key: str(value) for key, value in hints.items()},
                           timeout=timeout, id=notification_id)
        return notification_id

    @Slot("uint")
    def CloseNotification(self, notification_id: int) -> None:
        self.server.record(call="CloseNotification", id=notification_id)
        self.server.signal("NotificationClosed", notification_id, 3)

    @Slot(result="QStringList")
    def GetCapabilities(self) -> list[str]:
        return ["actions", "body"]


@ClassInfo({"D-Bus Interface": "test.Control"})  # type: ignore[call-arg]
class Control(QObject):  # type: ignore[operator]
    def __init__(self, server: Server) -> None:
        super().__init__()
        self.server = server

    # Plain ints: the test builds these calls by hand, and PySide6 sends ints as int32.
    @Slot(int, str)
    def Click(self, notification_id: int, action: str) -> None:
        self.server.signal("ActionInvoked", notification_id, action)

    @Slot(int)
    def Dismiss(self, notification_id: int) -> None:
        self.server.signal("NotificationClosed", notification_id, 2)


def main(argv: list[str]) -> int:
    address, log_path = argv
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, "fake-notifications")
    if not bus.isConnected():
        print(f"fake_notifications: cannot connect: {bus.lastError().message()}",
              file=sys.stderr)
        return 1
    server = Server(bus, Path(log_path))
    notifications, control = Notifications(server), Control(server)
    slots = QDBusConnection.RegisterOption.ExportAllSlots
    if not (bus.registerObject(PATH, notifications, slots)
            and bus.registerObject("/control", control, slots)):
        print("fake_notifications: cannot export its objects", file=sys.stderr)
        return 1
    # Claim the name last: once a client sees it on the bus, the objects are already there.
    if not bus.registerService(SERVICE):
        print(f"fake_notifications: cannot own {SERVICE}", file=sys.stderr)
        return 1
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
