"""What the tests' stand-in D-Bus services share, on both sides of the bus.

Each stand-in (tests/desktop/fake_notifications.py, fake_watcher.py, tests/ui/fake_portal.py,
fake_screensaver.py) runs as its own process on a private dbus-daemon (tests/private_bus.py)
and appends every call it is asked to a JSON-lines :class:`CallLog` before it replies, so a
caller that has its answer can already read the line. In the stand-in's process,
:func:`serve` joins the bus, exports its objects and claims its name; in the test's,
:func:`start_service` starts a stand-in and waits until it owns that name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtDBus import QDBusConnection

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

START_TIMEOUT_MS = 10_000  # a cold start of PySide in a busy CI runner
EXPORT_SLOTS = QDBusConnection.RegisterOption.ExportAllSlots


class CallLog:
    """The calls a stand-in service was asked, one JSON object a line."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def record(self, **entry: Any) -> None:
        with self.path.open("a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def calls(self) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()]

    def of(self, call: str) -> list[dict[str, Any]]:
        """The calls of method ``call``."""
        return [entry for entry in self.calls() if entry["call"] == call]


# -- in the stand-in's process ---------------------------------------------------------------

Exported = Mapping[str, tuple[QObject, QDBusConnection.RegisterOption]]


def serve(address: str, name: str, service: str,
          export: Callable[[QDBusConnection], Exported]) -> int:
    """Joins the bus at ``address`` as connection ``name``, exports the objects ``export``
    makes (path -> (object, what to export)), claims ``service`` and runs until stopped; 1
    with a message on stderr when any step fails."""
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(address, name)
    if not bus.isConnected():
        print(f"{name}: cannot connect: {bus.lastError().message()}", file=sys.stderr)
        return 1
    objects = export(bus)  # kept referenced while the loop runs
    for path, (exported, options) in objects.items():
        if not bus.registerObject(path, exported, options):
            print(f"{name}: cannot export {path}", file=sys.stderr)
            return 1
    # Claim the name last: once a client sees it on the bus, the objects are already there.
    if not bus.registerService(service):
        print(f"{name}: cannot own {service}", file=sys.stderr)
        return 1
    return app.exec()


# -- in the test's process ------------------------------------------------------------------

def owns(bus: QDBusConnection, service: str) -> bool:
    """Whether some connection on ``bus`` owns ``service``."""
    reply = bus.interface().isServiceRegistered(service)
    return bool(reply.isValid() and reply.value())


def start_service(script: Path, address: str, log: Path, bus: QDBusConnection, service: str,
                  qtbot: QtBot, *options: str) -> subprocess.Popen[Any]:
    """Starts stand-in ``script`` on the bus at ``address``, logging to ``log``; returns it
    once it owns ``service`` (the caller stops it: tests.processes.stop_process)."""
    process = subprocess.Popen([sys.executable, str(script), address, str(log), *options])
    qtbot.waitUntil(lambda: process.poll() is not None or owns(bus, service),
                    timeout=START_TIMEOUT_MS)
    assert process.poll() is None, f"{script.name} exited with {process.returncode}"
    return process
