"""Without a session bus address the screen-saver backend never autolaunches one: on a
machine with no desktop session that left Qt's D-Bus thread spinning and froze the window."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from leg_timer.desktop.keep_awake import ScreenSaverInhibitor


def test_no_address_no_autolaunch(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                  caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no "bus" socket in it
    inhibitor = ScreenSaverInhibitor(app_name="Leg Timer")
    with caplog.at_level(logging.DEBUG, logger="leg_timer.keep_awake"):
        inhibitor.inhibit("workout")
        inhibitor.inhibit("workout")
        inhibitor.release()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "DBUS_SESSION_BUS_ADDRESS is not set" in warnings[0].getMessage()
