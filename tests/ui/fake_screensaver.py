"""A stand-in for the desktop's org.freedesktop.ScreenSaver service, run as its own process.

tests/ui/test_keep_awake.py starts it on a private dbus-daemon and reads back what it was asked:
every call is appended to a JSON-lines log, one object per line, written before the reply is
sent, so a caller that got its answer can already read the line.

It is exported with Qt's own adaptor machinery, which checks argument types the way KDE's and
GNOME's services do: an UnInhibit sent with a signed int instead of a uint32 is refused with
UnknownMethod, just as on a real desktop.

    python fake_screensaver.py BUS_ADDRESS LOG_FILE [--path /ScreenSaver] [--first-cookie N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import ClassInfo, QObject, Slot

# Run as a script: the checkout is not on the path by itself (tests.bus_services).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bus_services import EXPORT_SLOTS, CallLog, serve

SERVICE = "org.freedesktop.ScreenSaver"


# The ignores are for PySide6's ClassInfo stub, which lacks __call__ and mistypes the mapping.
@ClassInfo({"D-Bus Interface": SERVICE})  # type: ignore[call-arg]
class FakeScreenSaver(QObject):  # type: ignore[operator]
    def __init__(self, log: CallLog, first_cookie: int) -> None:
        super().__init__()
        self._log = log
        self._next_cookie = first_cookie

    # The slot signatures make the exported D-Bus signatures: Inhibit(ss) -> u, UnInhibit(u).
    @Slot(str, str, result="uint")
    def Inhibit(self, application_name: str, reason: str) -> int:
        cookie = self._next_cookie
        self._next_cookie = (self._next_cookie + 1) % 2**32
        self._log.record(call="Inhibit", app=application_name, reason=reason, cookie=cookie)
        return cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self._log.record(call="UnInhibit", cookie=cookie)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("address", help="D-Bus address of the bus to join")
    parser.add_argument("log", type=Path, help="JSON-lines file each call is appended to")
    parser.add_argument("--path", default="/org/freedesktop/ScreenSaver")
    # Real services hand out cookies above 2**31 (GNOME's are random); start there by default
    # so a cookie passed back as a signed int would show up.
    parser.add_argument("--first-cookie", type=int, default=4_000_000_000)
    args = parser.parse_args(argv)

    return serve(args.address, "fake-screensaver", SERVICE, lambda _bus: {
        args.path: (FakeScreenSaver(CallLog(args.log), args.first_cookie), EXPORT_SLOTS)})


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
