"""Without a session bus address the screen-saver backend never autolaunches one: on a
machine with no desktop session that left Qt's D-Bus thread spinning and froze the window.
Also which backend the platform gets, and that making it touches no bus."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest

from leg_timer.desktop.dbus.inhibit_portal import FreedesktopInhibitor
from leg_timer.desktop.dbus.session_bus import session_bus_announced
from leg_timer.desktop.inhibitor import LOGGER_NAME
from leg_timer.desktop.keep_awake import KeepAwake, platform_inhibitor
from leg_timer.desktop.screensaver_dbus import ScreenSaverInhibitor

freedesktop_only = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                      reason="the D-Bus backend is for freedesktop systems")


def test_no_address_no_autolaunch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no "bus" socket in it
    inhibitor = ScreenSaverInhibitor(app_name="Leg Timer")
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        inhibitor.inhibit("workout")
        inhibitor.inhibit("workout")
        inhibitor.release()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in warnings[0].getMessage()


def test_a_bus_socket_in_the_runtime_folder_counts(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    """libdbus finds $XDG_RUNTIME_DIR/bus by itself; the folder comes from leg_timer.paths."""
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not session_bus_announced()
    (tmp_path / "bus").touch()
    assert session_bus_announced()
    monkeypatch.setenv("XDG_RUNTIME_DIR", "relative/folder")  # not a runtime folder: ignored
    assert not session_bus_announced()
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert not session_bus_announced()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")
    assert session_bus_announced()


@freedesktop_only
def test_the_platform_backend_is_made_without_touching_a_bus(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert isinstance(platform_inhibitor(), FreedesktopInhibitor)
    keep_awake = KeepAwake()  # the app's way: picks the platform's backend
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME):
        keep_awake.inhibit("workout")  # no bus announced: logged, not autolaunched
        keep_awake.release()
    assert not keep_awake.active
    assert ["DBUS_SESSION_BUS_ADDRESS is not set" in r.getMessage() for r in caplog.records] == [
        True]
