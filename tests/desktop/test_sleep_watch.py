"""SleepWatch on private buses: logind's PrepareForSleep on a stand-in system bus, the screen
lockers' ActiveChanged on a session bus, sent by connections that own the services' names
(as logind and the lockers do) and by one that does not (ignored, as on a real bus)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from itertools import count
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from leg_timer.desktop import sleep_watch
from leg_timer.desktop.sleep_watch import (
    LOGIN1_MANAGER,
    LOGIN1_PATH,
    LOGIN1_SERVICE,
    SleepWatch,
    system_bus_announced,
)
from tests.private_bus import close_connection, open_connection

_names = count()


@pytest.fixture
def connect() -> Iterator[Callable[[str], QDBusConnection]]:
    """Extra connections of the test's own (one per service it pretends to be)."""
    made: list[str] = []

    def make(address: str) -> QDBusConnection:
        name = f"sleep-watch-test-{next(_names)}"
        made.append(name)
        connection = open_connection(address, name)
        assert connection.isConnected(), connection.lastError().message()
        return connection

    yield make
    for name in made:
        close_connection(name)


def emit(connection: QDBusConnection, path: str, interface: str, member: str,
         value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, member)
    message.setArguments([value])
    assert connection.send(message)


def owner_of(connection: QDBusConnection, service: str) -> QDBusConnection:
    assert connection.registerService(service), connection.lastError().message()
    return connection


def test_prepare_for_sleep_from_logind_says_sleep_and_wake(
        qtbot: QtBot, system_bus: QDBusConnection, system_bus_address: str,
        connect: Callable[[str], QDBusConnection]) -> None:
    logind = owner_of(connect(system_bus_address), LOGIN1_SERVICE)
    watch = SleepWatch(system_bus=system_bus)
    assert watch.listening_for_sleep
    with qtbot.waitSignal(watch.about_to_sleep, timeout=5000):
        emit(logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    with qtbot.waitSignal(watch.woke, timeout=5000):
        emit(logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)


def test_the_same_signal_from_anyone_else_is_ignored(
        qtbot: QtBot, system_bus: QDBusConnection, system_bus_address: str,
        connect: Callable[[str], QDBusConnection]) -> None:
    logind = owner_of(connect(system_bus_address), LOGIN1_SERVICE)
    impostor = connect(system_bus_address)
    watch = SleepWatch(system_bus=system_bus)
    heard: list[str] = []
    watch.about_to_sleep.connect(lambda: heard.append("sleep"))
    watch.woke.connect(lambda: heard.append("woke"))
    emit(impostor, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", True)
    # logind's own signal, sent after the impostor's, arrives after it: when it is heard, the
    # impostor's would have been too.
    with qtbot.waitSignal(watch.woke, timeout=5000):
        emit(logind, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", False)
    assert heard == ["woke"]


@pytest.mark.parametrize(("service", "path"), [
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver"),
])
def test_screen_lockers_say_locked_and_unlocked_once_per_change(
        qtbot: QtBot, bus: QDBusConnection, bus_address: str,
        connect: Callable[[str], QDBusConnection], service: str, path: str) -> None:
    locker = owner_of(connect(bus_address), service)
    watch = SleepWatch(session_bus=bus)
    assert watch.listening_for_lock
    heard: list[str] = []
    watch.locked.connect(lambda: heard.append("locked"))
    watch.unlocked.connect(lambda: heard.append("unlocked"))
    with qtbot.waitSignal(watch.locked, timeout=5000):
        emit(locker, path, service, "ActiveChanged", True)
    assert watch.screen_locked
    emit(locker, path, service, "ActiveChanged", True)  # KDE says it on two paths
    with qtbot.waitSignal(watch.unlocked, timeout=5000):
        emit(locker, path, service, "ActiveChanged", False)
    assert heard == ["locked", "unlocked"]
    assert not watch.screen_locked


def test_quiet_without_any_bus(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                               tmp_path: Path) -> None:
    """No system bus address or socket, no session bus: nothing is joined or autolaunched."""
    monkeypatch.delenv("DBUS_SYSTEM_BUS_ADDRESS", raising=False)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setattr(sleep_watch, "SYSTEM_BUS_SOCKET", tmp_path / "no-such-socket")
    assert not system_bus_announced()
    watch = SleepWatch()
    assert not watch.listening_for_sleep and not watch.listening_for_lock
