"""The rule that keeps the build machine's desktop libraries out of the bundle
(packaging/system_libraries.py), checked without building: against what Qt's GTK theme plugin
links, on Debian 12 as recorded and on this machine when it has GTK, and against the Depends.

The built bundle itself is checked in test_bundle.py (``-m bundle``).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QLibraryInfo

from tests.packaging.tools import ROOT


def _system_libraries() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "system_libraries", ROOT / "packaging" / "system_libraries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYSTEM = _system_libraries()
QT_PLUGINS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
GTK_PLUGIN = QT_PLUGINS / "platformthemes" / "libqgtk3.so"
# What PyInstaller leaves out by itself: the C library and the dynamic loader.
C_LIBRARY = re.compile(r"^(libc|libm|libdl|librt|libpthread|ld-linux[^.]*)\.so")
# The libraries outside Qt that libqgtk3.so links on Debian 12 (ldd, GTK 3.24.38): the ones
# PyInstaller would collect from a build machine with GTK installed.
DEBIAN_12_GTK_PLUGIN_LIBRARIES = (
    "libgtk-3.so.0", "libgdk-3.so.0", "libatspi.so.0", "libatk-1.0.so.0",
    "libatk-bridge-2.0.so.0", "libcairo.so.2", "libcairo-gobject.so.2", "libpango-1.0.so.0",
    "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0", "libgdk_pixbuf-2.0.so.0",
    "libharfbuzz.so.0", "libfribidi.so.0", "libthai.so.0", "libdatrie.so.1",
    "libgraphite2.so.3", "libpixman-1.so.0", "libjpeg.so.62", "libepoxy.so.0",
    "libXcomposite.so.1", "libXcursor.so.1", "libXdamage.so.1", "libXext.so.6",
    "libXfixes.so.3", "libXi.so.6", "libXinerama.so.1", "libXrandr.so.2", "libXrender.so.1",
    "libwayland-client.so.0", "libwayland-cursor.so.0", "libwayland-egl.so.1",
    "libglib-2.0.so.0", "libgio-2.0.so.0", "libgobject-2.0.so.0", "libgmodule-2.0.so.0",
    "libmount.so.1", "libblkid.so.1", "libselinux.so.1", "libfontconfig.so.1",
    "libfreetype.so.6", "libX11.so.6", "libxkbcommon.so.0", "libdbus-1.so.3", "libz.so.1",
    "libffi.so.8", "libpcre2-8.so.0", "libexpat.so.1", "libpng16.so.16",
)


def _linked(path: Path) -> dict[str, str]:
    """What ``ldd`` resolves for ``path``: library name -> file ("" when not found)."""
    output = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=60,
                            check=True).stdout
    linked: dict[str, str] = {}
    for line in output.splitlines():
        match = re.match(r"\s*(\S+) => (not found|\S+)", line)
        if match:
            linked[match[1]] = "" if match[2] == "not found" else match[2]
    return linked


@pytest.mark.parametrize("library", DEBIAN_12_GTK_PLUGIN_LIBRARIES)
def test_the_gtk_stack_of_debian_12_comes_from_the_system(library: str) -> None:
    assert SYSTEM.is_system_library(library)


def test_what_only_the_gtk_plugin_brings_here_comes_from_the_system() -> None:
    """Whatever GTK this machine has, every library outside Qt that the plugin links, and no
    platform plugin the bundle keeps does, is the system's. (The xcb libraries both link stay
    in the bundle, as the X11 plugin needs them.)"""
    if not GTK_PLUGIN.is_file():
        pytest.skip(f"no {GTK_PLUGIN.name} in this PySide6")
    linked = _linked(GTK_PLUGIN)
    if not linked.get("libgtk-3.so.0"):
        pytest.skip("GTK 3 is not installed here: the list above is what Debian 12's links")
    kept = set().union(*(_linked(QT_PLUGINS / "platforms" / plugin) for plugin in
                         ("libqxcb.so", "libqwayland.so", "libqoffscreen.so")))
    only_gtk = [name for name, path in linked.items()
                if not Path(path).resolve().is_relative_to(QT_PLUGINS.parent)
                and not C_LIBRARY.match(name) and name not in kept]
    assert "libgtk-3.so.0" in only_gtk
    assert [name for name in only_gtk if not SYSTEM.is_system_library(name)] == []


def test_qt_and_the_bundled_extras_are_not_system_libraries() -> None:
    """The rule must not reach the libraries the bundle is for."""
    for name in ("libQt6Core.so.6", "libQt6WaylandClient.so.6", "libicuuc.so.73",
                 "libpython3.11.so.1.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4",
                 "libspeechd.so.2", "libkrb5.so.3", "libsqlite3.so.0", "libyaml-0.so.2"):
        assert not SYSTEM.is_system_library(name), name


def test_the_rule_is_kept_by_debian_package_and_covers_the_core_depends() -> None:
    """Each entry is a Debian package; the core desktop Depends of the .deb are in it."""
    packages = set(SYSTEM.SYSTEM_LIBRARIES)
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", name) for name in packages)
    listed = (ROOT / "packaging" / "linux" / "runtime-packages.txt").read_text()
    depends = {word for line in listed.splitlines() for word in line.split("#", 1)[0].split()}
    core = {"libglib2.0-0", "libdbus-1-3", "libfontconfig1", "libfreetype6", "libx11-6",
            "libxkbcommon0", "libpulse0", "libwayland-client0", "libwayland-cursor0",
            "libwayland-egl1"}
    assert core <= depends
    assert core <= packages
