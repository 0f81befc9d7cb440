"""Reads a StatusNotifierItem as a panel does, and clicks its menu: run with the system's
Python (/usr/bin/python3), which has Debian's python3-dbus.

    /usr/bin/python3 tray_item.py BUS_ADDRESS SERVICE OUT_DIR
        prints one JSON object: Title, ToolTip (title and text), Status, the menu's labels
        (enabled or not), and the IconPixmap sizes; each pixmap is written as
        OUT_DIR/icon-SIZE.argb (the raw big-endian ARGB32 pixels, as the panel gets them).
    /usr/bin/python3 tray_item.py BUS_ADDRESS SERVICE --click LABEL
        clicks the menu item LABEL (com.canonical.dbusmenu's Event "clicked"), as a panel
        does when the person chooses it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import dbus  # type: ignore[import-not-found]

ITEM_PATH = "/StatusNotifierItem"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


def menu_items(bus: Any, service: str, menu_path: str) -> list[tuple[int, str, bool]]:
    menu = bus.get_object(service, menu_path)
    _revision, layout = menu.GetLayout(0, -1, dbus.Array([], signature="s"), dbus_interface=MENU)
    items = []
    for child in layout[2]:
        number, properties = int(child[0]), child[1]
        if properties.get("type") == "separator":
            continue
        label = str(properties.get("label", "")).replace("_", "")
        items.append((number, label, bool(properties.get("enabled", True))))
    return items


def main(argv: list[str]) -> int:
    address, service, *rest = argv
    bus = dbus.bus.BusConnection(address)
    item = bus.get_object(service, ITEM_PATH)
    properties = item.GetAll(ITEM, dbus_interface="org.freedesktop.DBus.Properties")
    menu_path = str(properties["Menu"])
    if rest[0] == "--click":
        label = rest[1]
        number = next(n for n, text, _enabled in menu_items(bus, service, menu_path)
                      if text == label)
        bus.get_object(service, menu_path).Event(
            dbus.Int32(number), "clicked", dbus.Int32(0, variant_level=1),
            dbus.UInt32(int(time.time())), dbus_interface=MENU)
        return 0
    out = Path(rest[0])
    sizes = []
    for width, height, pixels in properties["IconPixmap"]:
        (out / f"icon-{int(width)}.argb").write_bytes(bytes(pixels))
        sizes.append([int(width), int(height)])
    tooltip = properties["ToolTip"]
    print(json.dumps({
        "Title": str(properties["Title"]),
        "Status": str(properties["Status"]),
        "ToolTip": [str(tooltip[2]), str(tooltip[3])],
        "sizes": sizes,
        "menu": [[label, enabled] for _n, label, enabled in menu_items(bus, service, menu_path)],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
