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

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import ClassInfo, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

# Run as a script: the checkout is not on the path by itself (tests.bus_services).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bus_services import EXPORT_SLOTS, CallLog, Exported, serve

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server:
    """What the two exported objects share: the log, the bus and the ids handed out."""

    def __init__(self, bus: QDBusConnection, log: CallLog) -> None:
        self.bus = bus
        self.record = log.record
        self.last_id = 0

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

    def export(bus: QDBusConnection) -> Exported:
        server = Server(bus, CallLog(Path(log_path)))
        return {PATH: (Notifications(server), EXPORT_SLOTS),
                "/control": (Control(server), EXPORT_SLOTS)}

    return serve(address, "fake-notifications", SERVICE, export)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
