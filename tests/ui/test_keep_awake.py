"""KeepAwake: one inhibition per session state, reaching a real D-Bus ScreenSaver service.

The D-Bus tests run a private dbus-daemon per test and, where a service is wanted,
tests/ui/fake_screensaver.py in its own process, which logs every call it receives. Each test
connects with QDBusConnection.connectToBus: QDBusConnection.sessionBus() is a process-wide
singleton that other tests in the same run may already have bound to another bus.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from leg_timer.desktop.inhibitor import LOGGER_NAME
from leg_timer.desktop.keep_awake import KeepAwake
from leg_timer.desktop.screensaver_dbus import SCREENSAVER_SERVICE, ScreenSaverInhibitor
from leg_timer.metadata import metadata
from tests.bus_services import START_TIMEOUT_MS, CallLog, owns, start_service
from tests.private_bus import close_connection, open_connection
from tests.processes import stop_process

FAKE_SCREENSAVER = Path(__file__).with_name("fake_screensaver.py")
LOGGER = LOGGER_NAME

class RecordingInhibitor:
    """A backend that only remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append(f"inhibit {reason}")

    def release(self) -> None:
        self.calls.append("release")


class BrokenInhibitor:
    """A backend that fails the way unforeseen platform code might."""

    def inhibit(self, reason: str) -> None:
        raise OSError("no such library")

    def release(self) -> None:
        raise OSError("no such library")


class ScreenSaverLog(CallLog):
    """What the fake service was asked, read back from its JSON-lines log."""

    def summary(self) -> list[tuple[str, int]]:
        return [(call["call"], call["cookie"]) for call in self.calls()]


def _warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno >= logging.WARNING]


@pytest.fixture
def start_screensaver(
    bus_address: str, bus: QDBusConnection, qtbot: QtBot, tmp_path: Path
) -> Iterator[Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]]]:
    """Starts fake_screensaver.py on the private bus; returns its log once it owns the name."""
    processes: list[subprocess.Popen[Any]] = []

    def start(*options: str) -> tuple[ScreenSaverLog, subprocess.Popen[Any]]:
        log = ScreenSaverLog(tmp_path / f"screensaver-{len(processes)}.jsonl")
        process = start_service(FAKE_SCREENSAVER, bus_address, log.path, bus,
                                SCREENSAVER_SERVICE, qtbot, *options)
        processes.append(process)
        return log, process

    yield start
    for process in processes:
        stop_process(process, timeout_s=5)


def test_inhibit_twice_holds_one_inhibition() -> None:
    backend = RecordingInhibitor()
    keep_awake = KeepAwake(backend)
    assert not keep_awake.active

    keep_awake.release()  # nothing held yet: nothing to do
    keep_awake.inhibit("workout")
    keep_awake.inhibit("workout again")
    assert keep_awake.active
    keep_awake.release()
    keep_awake.release()

    assert not keep_awake.active
    assert backend.calls == ["inhibit workout", "release"]


def test_backend_failures_are_logged_once_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    keep_awake = KeepAwake(BrokenInhibitor())

    for _ in range(2):
        keep_awake.inhibit("workout")
        keep_awake.release()

    assert len(_warnings(caplog)) == 1
    assert not keep_awake.active


@pytest.mark.slow
def test_inhibit_and_release_reach_the_screensaver(
    bus: QDBusConnection,
    start_screensaver: Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]],
) -> None:
    log, _ = start_screensaver()
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))

    keep_awake.inhibit("Workout in progress")
    keep_awake.inhibit("Workout in progress")
    [inhibit] = log.calls()
    assert inhibit["app"] == metadata().display_name
    assert inhibit["reason"] == "Workout in progress"
    # Above 2**31: the cookie must go back as the uint32 the service handed out.
    cookie = inhibit["cookie"]
    assert cookie >= 2**31

    keep_awake.release()
    assert log.summary() == [("Inhibit", cookie), ("UnInhibit", cookie)]
    keep_awake.release()
    assert len(log.calls()) == 2

    keep_awake.inhibit("Workout in progress")
    third = log.calls()[2]
    assert third["call"] == "Inhibit"
    assert third["cookie"] != cookie
    keep_awake.release()


@pytest.mark.slow
def test_workout_start_pause_resume_stop(
    bus: QDBusConnection,
    start_screensaver: Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    log, _ = start_screensaver()
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))

    keep_awake.inhibit("Workout in progress")  # start
    keep_awake.release()  # pause
    keep_awake.inhibit("Workout in progress")  # resume
    keep_awake.release()  # stop

    calls = log.summary()
    assert [call for call, _ in calls] == ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"]
    cookies = [cookie for _, cookie in calls]
    assert cookies[0] == cookies[1] != cookies[2] == cookies[3]
    assert _warnings(caplog) == []


@pytest.mark.slow
def test_falls_back_to_the_old_object_path(
    bus: QDBusConnection,
    start_screensaver: Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    log, _ = start_screensaver("--path", "/ScreenSaver")
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))

    keep_awake.inhibit("Workout in progress")
    keep_awake.release()

    calls = log.summary()
    assert [call for call, _ in calls] == ["Inhibit", "UnInhibit"]
    assert calls[0][1] == calls[1][1]
    assert _warnings(caplog) == []


@pytest.mark.slow
def test_service_gone_before_release_is_logged(
    bus: QDBusConnection,
    start_screensaver: Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]],
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    log, process = start_screensaver()
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))
    keep_awake.inhibit("Workout in progress")
    stop_process(process, timeout_s=5)
    qtbot.waitUntil(lambda: not owns(bus, SCREENSAVER_SERVICE), timeout=START_TIMEOUT_MS)

    keep_awake.release()

    [warning] = _warnings(caplog)
    assert "ServiceUnknown" in warning.getMessage()
    assert [call["call"] for call in log.calls()] == ["Inhibit"]


@pytest.mark.slow
def test_service_at_neither_path_is_logged(
    bus: QDBusConnection,
    start_screensaver: Callable[..., tuple[ScreenSaverLog, subprocess.Popen[Any]]],
    caplog: pytest.LogCaptureFixture,
) -> None:
    log, _ = start_screensaver("--path", "/elsewhere")
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))

    keep_awake.inhibit("Workout in progress")
    keep_awake.release()

    [warning] = _warnings(caplog)
    assert "UnknownObject" in warning.getMessage()
    assert log.calls() == []


def test_no_service_on_the_bus_warns_once(
    bus: QDBusConnection, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    keep_awake = KeepAwake(ScreenSaverInhibitor(bus))

    keep_awake.inhibit("Workout in progress")
    keep_awake.release()
    keep_awake.inhibit("Workout in progress")
    keep_awake.release()

    [warning] = _warnings(caplog)
    assert "ServiceUnknown" in warning.getMessage()
    later = [r for r in caplog.records if r.name == LOGGER and r.levelno == logging.DEBUG]
    assert len(later) == 1  # the second session's failure, quietly
    assert not keep_awake.active


def test_no_bus_at_all_does_not_raise(
    qapp: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    name = "keep-awake-test-bogus-bus"
    bogus = open_connection(f"unix:path={tmp_path / 'no-bus-here'}", name)
    try:
        assert not bogus.isConnected()
        keep_awake = KeepAwake(ScreenSaverInhibitor(bogus))

        keep_awake.inhibit("Workout in progress")
        keep_awake.release()
        keep_awake.inhibit("Workout in progress")
        keep_awake.release()
    finally:
        close_connection(name)

    assert len(_warnings(caplog)) == 1
