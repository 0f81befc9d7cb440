"""DesktopNotifier against a notification server on a private bus that checks types as
GNOME's and KDE's do (tests/desktop/fake_notifications.py): one notification per key,
replaced in place, actions and dismissals reported back, and nothing ever blocking."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc
import logging
import signal
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from leg_timer.desktop.dbus.notifications import SERVICE, DesktopNotifier, Notification
from tests.bus_services import CallLog, start_service
from tests.processes import stop_process

FAKE_SERVER = Path(__file__).with_name("fake_notifications.py")
START_TIMEOUT_MS = 10_000


class ServerLog(CallLog):
    def notifies(self) -> list[dict[str, Any]]:
        return self.of("Notify")


@pytest.fixture
def server(bus_address: str, bus: QDBusConnection, qtbot: QtBot,
           tmp_path: Path) -> Iterator[tuple[ServerLog, subprocess.Popen[Any]]]:
    log = ServerLog(tmp_path / "notifications.jsonl")
    process = start_service(FAKE_SERVER, bus_address, log.path, bus, SERVICE, qtbot)
    yield log, process
    if process.poll() is None:
        os.kill(process.pid, signal.SIGCONT)  # in case a test left it stopped
    stop_process(process, timeout_s=5)


@pytest.fixture
def notifier(bus: QDBusConnection) -> Iterator[DesktopNotifier]:
    # Earlier tests' garbage (Qt objects in reference cycles) is collected here, in this
    # thread: left, Python's collector may run in the notifier's worker thread and free a
    # Qt object there, which crashed the run now and then.
    gc.collect()
    notifier = DesktopNotifier(bus, app_name="Leg Timer", icon="io.github.legtimer.LegTimer")
    yield notifier
    notifier.shutdown()


def control(bus: QDBusConnection, member: str, *arguments: Any) -> None:
    """Ask the fake server to send the signal a person's click would."""
    message = QDBusMessage.createMethodCall(SERVICE, "/control", "test.Control", member)
    message.setArguments(list(arguments))
    bus.call(message)


def settled(notifier: DesktopNotifier) -> Callable[[], bool]:
    return lambda: not notifier.busy()


def test_one_notification_per_key_replaced_in_place(
        server: tuple[ServerLog, Any], notifier: DesktopNotifier, qtbot: QtBot) -> None:
    log, _process = server
    notifier.show("workout", Notification("Work: Squat", "45 s, round 1 of 3",
                                          category="x-leg-timer.segment"))
    qtbot.waitUntil(settled(notifier))
    notifier.show("workout", Notification("Rest", "15 s, next: Lunge"))
    qtbot.waitUntil(settled(notifier))
    notifier.show("reminder:legs", Notification("Time for Legs up the wall",
                                                actions=(("start", "Start now"),)))
    qtbot.waitUntil(settled(notifier))
    calls = log.notifies()
    assert [(c["summary"], c["replaces_id"], c["id"]) for c in calls] == [
        ("Work: Squat", 0, 1), ("Rest", 1, 1), ("Time for Legs up the wall", 0, 2)]
    assert calls[0]["app"] == "Leg Timer"
    assert calls[0]["icon"] == "io.github.legtimer.LegTimer"
    assert calls[0]["hints"] == {"urgency": "1", "category": "x-leg-timer.segment"}
    assert calls[2]["actions"] == ["start", "Start now"]


def test_shows_faster_than_the_server_answers_end_in_one_notification(
        server: tuple[ServerLog, Any], notifier: DesktopNotifier, qtbot: QtBot) -> None:
    log, _process = server
    for number in range(10):
        notifier.show("workout", Notification(f"Step {number}"))
    qtbot.waitUntil(settled(notifier))
    calls = log.notifies()
    assert {call["id"] for call in calls} == {1}
    assert calls[-1]["summary"] == "Step 9"
    assert len(calls) <= 2  # the first, then only the latest of those that came meanwhile


def test_close_takes_the_notification_away(
        server: tuple[ServerLog, Any], notifier: DesktopNotifier, qtbot: QtBot) -> None:
    log, _process = server
    notifier.show("workout", Notification("Work"))
    notifier.close("workout")  # before the server has answered: closed once it has
    qtbot.waitUntil(lambda: any(c["call"] == "CloseNotification" for c in log.calls()))
    assert [c["call"] for c in log.calls()] == ["Notify", "CloseNotification"]
    notifier.show("workout", Notification("Work again"))
    qtbot.waitUntil(settled(notifier))
    assert log.notifies()[-1]["replaces_id"] == 0  # a new one, not the closed one


def test_actions_and_dismissals_come_back_by_key(
        server: tuple[ServerLog, Any], notifier: DesktopNotifier, bus: QDBusConnection,
        qtbot: QtBot) -> None:
    notifier.show("reminder:legs", Notification("Time for Legs up the wall",
                                                actions=(("start", "Start now"),
                                                         ("later", "Later (10 min)"))))
    qtbot.waitUntil(settled(notifier))
    with qtbot.waitSignal(notifier.activated, timeout=5000) as clicked:
        control(bus, "Click", 1, "start")
    assert clicked.args == ["reminder:legs", "start"]
    with qtbot.waitSignal(notifier.dismissed, timeout=5000) as dismissed:
        control(bus, "Dismiss", 1)
    assert dismissed.args == ["reminder:legs"]
    with qtbot.assertNotEmitted(notifier.activated, wait=300):
        control(bus, "Click", 99, "start")  # someone else's notification


def test_without_a_server_nothing_fails_and_the_log_says_so_once(
        bus: QDBusConnection, notifier: DesktopNotifier, qtbot: QtBot,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="leg_timer.desktop.dbus.notifications")
    for number in range(3):
        notifier.show("workout", Notification(f"Step {number}"))
        qtbot.waitUntil(settled(notifier))
    records = [r for r in caplog.records if r.name == "leg_timer.desktop.dbus.notifications"]
    assert [r.levelno for r in records] == [logging.INFO, logging.DEBUG, logging.DEBUG]
    assert "not shown" in records[0].getMessage()


@pytest.mark.slow
def test_a_hung_server_never_blocks_the_caller(
        server: tuple[ServerLog, subprocess.Popen[Any]], notifier: DesktopNotifier,
        qtbot: QtBot) -> None:
    log, process = server
    notifier.show("workout", Notification("Before"))
    qtbot.waitUntil(settled(notifier))
    os.kill(process.pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        for number in range(5):
            notifier.show("workout", Notification(f"While stopped {number}"))
        notifier.close("reminder:none")
        assert time.monotonic() - started < 0.5  # the calls wait in the worker thread
    finally:
        os.kill(process.pid, signal.SIGCONT)
    qtbot.waitUntil(settled(notifier), timeout=10_000)
    summaries = [c["summary"] for c in log.notifies()]
    assert summaries[0] == "Before"
    # Whatever got through after the stall, the last word is the latest step.
    assert summaries[-1] in ("While stopped 4", "While stopped 0")
