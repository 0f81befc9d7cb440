"""Reads Leg Timer through AT-SPI, as a screen reader does (run with /usr/bin/python3, which
has Debian's python3-pyatspi; the venv has no pyatspi).

    atspi_reader.py tree PID             the app's accessible tree, one JSON object a line
    atspi_reader.py events PID SECONDS   its events for SECONDS, one JSON object a line

The environment gives the session bus (DBUS_SESSION_BUS_ADDRESS), where the AT-SPI bus
launcher the test started answers.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi
from gi.repository import GLib

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TABLE_CELL,
}


def find_app(pid: int, timeout_s: float = 20.0) -> object:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                continue
        time.sleep(0.2)
    raise SystemExit(f"no accessible application with pid {pid}")


def describe(obj: object, depth: int) -> dict[str, object]:
    states = obj.getState()
    role = obj.getRole()
    return {
        "depth": depth,
        "role": obj.getRoleName(),
        "name": obj.name or "",
        "description": obj.description or "",
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "interactive": role in INTERACTIVE,
        "interfaces": list(pyatspi.listInterfaces(obj)),
        "labelled_by": [relation.getTarget(index).name or ""
                        for relation in obj.getRelationSet()
                        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                        for index in range(relation.getNTargets())],
    }


def tree(pid: int) -> None:
    app = find_app(pid)

    def walk(obj: object, depth: int) -> None:
        if obj is None or depth > 40:
            return
        print(json.dumps(describe(obj, depth)), flush=True)
        # Big lists (the picker's rows) are read in full; their children are cheap here.
        for index in range(min(obj.childCount, 400)):
            try:
                walk(obj.getChildAtIndex(index), depth + 1)
            except Exception as error:
                print(json.dumps({"depth": depth + 1, "error": str(error)}), flush=True)

    walk(app, 0)


def events(pid: int, seconds: float) -> None:
    find_app(pid)
    start = time.monotonic()

    def on_event(event: object) -> None:
        source = event.source
        try:
            if source.get_process_id() != pid:
                return
            role, name = source.getRoleName(), source.name or ""
        except Exception:
            role, name = "", ""
        data = event.any_data
        print(json.dumps({
            "t": round(time.monotonic() - start, 3), "type": event.type, "role": role,
            "name": name, "detail1": event.detail1,
            "data": data if isinstance(data, str | int | float | bool) else str(data),
        }), flush=True)

    for kind in ("object:announcement", "object:property-change", "object:state-changed",
                 "object:text-changed", "object:value-changed", "object:children-changed",
                 "focus:", "window:"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    print(json.dumps({"t": 0, "type": "listening"}), flush=True)

    def stop() -> bool:
        pyatspi.Registry.stop()
        return False

    GLib.timeout_add(int(seconds * 1000), stop)
    pyatspi.Registry.start()


if __name__ == "__main__":
    if sys.argv[1] == "tree":
        tree(int(sys.argv[2]))
    else:
        events(int(sys.argv[2]), float(sys.argv[3]))
