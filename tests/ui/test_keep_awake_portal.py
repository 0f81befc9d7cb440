"""Keep-awake through the XDG desktop portal where no org.freedesktop.ScreenSaver is (GNOME,
sandboxes): tests/ui/fake_portal.py on a private bus, as strict about the uint32 flags as
xdg-desktop-portal; and the choice between the two services."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from leg_timer.desktop.dbus.inhibit_portal import (
    INHIBIT_IDLE,
    PORTAL_SERVICE,
    FreedesktopInhibitor,
    PortalInhibitor,
)
from leg_timer.desktop.keep_awake import KeepAwake
from leg_timer.desktop.screensaver_dbus import SCREENSAVER_SERVICE, ScreenSaverInhibitor
from tests.bus_services import CallLog
from tests.bus_services import start_service as start_fake
from tests.processes import stop_process

HERE = Path(__file__).parent

pytestmark = pytest.mark.slow


def _calls(log: Path) -> list[dict[str, Any]]:
    return CallLog(log).calls()


@pytest.fixture
def start_service(bus_address: str, bus: QDBusConnection, qtbot: QtBot,
                  tmp_path: Path) -> Iterator[Callable[[str, str], Path]]:
    """Starts fake_portal.py or fake_screensaver.py; returns its log once it owns its name."""
    processes: list[subprocess.Popen[Any]] = []

    def start(script: str, service: str) -> Path:
        log = tmp_path / f"{script}.jsonl"
        processes.append(start_fake(HERE / script, bus_address, log, bus, service, qtbot))
        return log

    yield start
    for process in processes:
        stop_process(process, timeout_s=5)


def test_the_portal_inhibits_idle_and_close_ends_it(
        bus: QDBusConnection, start_service: Callable[[str, str], Path]) -> None:
    log = start_service("fake_portal.py", PORTAL_SERVICE)
    keep_awake = KeepAwake(PortalInhibitor(bus))
    keep_awake.inhibit("A workout is running")
    keep_awake.inhibit("again")  # held already: nothing sent
    [inhibit] = _calls(log)
    assert inhibit == {"call": "Inhibit", "window": "", "flags": INHIBIT_IDLE,
                       "reason": "A workout is running", "handle": inhibit["handle"]}
    keep_awake.release()
    keep_awake.inhibit("second session")
    keep_awake.release()
    calls = _calls(log)
    assert [call["call"] for call in calls] == ["Inhibit", "Close", "Inhibit", "Close"]
    # Each Close went to the request its own Inhibit returned.
    assert calls[1]["handle"] == calls[0]["handle"] != calls[2]["handle"] == calls[3]["handle"]


def test_the_portal_is_chosen_only_without_a_screensaver(
        bus: QDBusConnection, start_service: Callable[[str, str], Path]) -> None:
    portal_log = start_service("fake_portal.py", PORTAL_SERVICE)
    inhibitor = FreedesktopInhibitor(bus)
    inhibitor.inhibit("workout")
    inhibitor.release()
    assert isinstance(inhibitor.backend, PortalInhibitor)
    assert [call["call"] for call in _calls(portal_log)] == ["Inhibit", "Close"]

    screensaver_log = start_service("fake_screensaver.py", SCREENSAVER_SERVICE)
    both = FreedesktopInhibitor(bus)
    both.inhibit("workout")
    both.release()
    assert isinstance(both.backend, ScreenSaverInhibitor)
    assert [call["call"] for call in _calls(screensaver_log)] == ["Inhibit", "UnInhibit"]
    assert len(_calls(portal_log)) == 2  # untouched


def test_neither_service_falls_back_to_the_screensaver_which_says_why(
        bus: QDBusConnection, caplog: pytest.LogCaptureFixture) -> None:
    inhibitor = FreedesktopInhibitor(bus)
    inhibitor.inhibit("workout")
    inhibitor.release()
    assert isinstance(inhibitor.backend, ScreenSaverInhibitor)
    assert any(SCREENSAVER_SERVICE in record.getMessage() for record in caplog.records)
