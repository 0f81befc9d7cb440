"""The bundle and the desktop: it carries no library the user's system provides (whatever the
build machine had installed), and it runs natively on Wayland.

Marked ``bundle`` (and ``slow``): the session builds the bundle once, see conftest.py. Built
on a machine with GTK 3 installed, the first test is the proof that the GTK stack stays out
(PyInstaller would otherwise follow Qt's GTK theme plugin into libgtk-3, libgdk-3, libatspi).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.tools import ROOT
from tests.weston import weston_compositor

pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(600)]

ROUTINE = """\
version: 1
name: Wayland bundle check
prepare: 0s
exercises:
  - name: Wall sit
    work: 2s
"""


def _system_libraries() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "system_libraries", ROOT / "packaging" / "system_libraries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _gtk_on_this_machine() -> bool:
    found = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, timeout=60,
                           check=False).stdout
    return "libgtk-3.so.0" in found or any(
        (Path(folder) / "libgtk-3.so.0").exists()
        for folder in os.environ.get("LD_LIBRARY_PATH", "").split(":") if folder)


def test_holds_no_library_of_the_users_system(bundle: Path) -> None:
    system = _system_libraries()
    internal = bundle / "_internal"
    top = sorted(path.name for path in internal.iterdir() if path.is_file())
    built_with = "with" if _gtk_on_this_machine() else "without"
    assert [name for name in top if system.is_system_library(name)] == [], (
        f"built on a machine {built_with} GTK 3")
    everywhere = [path.name.lower() for path in internal.rglob("*")]
    for gtk in ("libgtk-3", "libgdk-3", "libatspi", "libatk-", "libcairo", "libpango"):
        assert not [name for name in everywhere if name.startswith(gtk)], gtk
    # The theme plugin stays: it loads the system's GTK where there is one.
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platformthemes" / "libqgtk3.so").is_file()


def test_carries_what_wayland_needs(bundle: Path) -> None:
    plugins = bundle / "_internal" / "PySide6" / "Qt" / "plugins"
    for part in ("platforms/libqwayland.so", "wayland-shell-integration/libxdg-shell.so",
                 "wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
                 "wayland-decoration-client/libbradient.so"):
        assert (plugins / part).is_file(), part
    assert (bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6WaylandClient.so.6").is_file()


def test_runs_a_routine_to_its_end_on_wayland(bundle: Path, tmp_path: Path) -> None:
    routine = tmp_path / "wayland-bundle-check.yaml"
    routine.write_text(ROUTINE, encoding="utf-8")
    base = tmp_path / "home"
    with weston_compositor() as weston:
        env = {**weston.env, "QT_QPA_PLATFORM": "wayland"}
        result = subprocess.run(
            [str(bundle / "leg-timer"), "--basedir", str(base), "run", str(routine),
             "--fullscreen", "--quit-when-done"],
            env=env, capture_output=True, text=True, timeout=120, check=False,
            stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "qt.qpa" not in result.stderr, result.stderr
    history = subprocess.run([str(bundle / "leg-timer"), "--basedir", str(base), "history",
                              "--json"], capture_output=True, text=True, timeout=120,
                             check=True, env=env)
    [session] = json.loads(history.stdout)
    assert session["outcome"] == "completed" and session["routine"] == "wayland-bundle-check"
