"""A private D-Bus session bus for one test, and a connection of the test's own to it.

Tests that talk to D-Bus services (the screen saver, notifications, media controls) run a
dbus-daemon of their own per test: no real desktop service is ever reached or started, and
anyone may own any name on it. Each test connects with ``QDBusConnection.connectToBus``:
``QDBusConnection.sessionBus()`` is a process-wide singleton that other tests in the same run
may already have bound to another bus. tests/conftest.py makes these fixtures
available to every test.
"""

from __future__ import annotations

import gc
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtDBus import QDBusConnection

from tests.processes import stop_process

# A session bus of our own: no service activation (so no real screen saver is ever started),
# anyone may own any name.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={socket_dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

_connection_names = count()


@contextmanager
def private_daemon(folder: Path, kind: str) -> Iterator[str]:
    """A dbus-daemon of ``kind`` ("session" or "system") with its socket and log in
    ``folder``; yields its address once it listens, stops it after."""
    dbus_daemon = shutil.which("dbus-daemon")
    if dbus_daemon is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    socket_dir = folder / f"{kind}-bus"
    socket_dir.mkdir()
    config = folder / f"{kind}-bus.conf"
    config.write_text(BUS_CONFIG.format(socket_dir=socket_dir).replace(
        "<type>session</type>", f"<type>{kind}</type>"), encoding="utf-8")
    stderr_path = folder / f"{kind}-dbus-daemon.stderr"
    with stderr_path.open("w") as stderr:
        daemon = subprocess.Popen(
            [dbus_daemon, f"--config-file={config}", "--nofork", "--print-address"],
            stdout=subprocess.PIPE, stderr=stderr, text=True)
    try:
        assert daemon.stdout is not None
        # The daemon prints its address once it listens, or exits with the reason on stderr.
        address = daemon.stdout.readline().strip()
        assert address, f"dbus-daemon did not start: {stderr_path.read_text()}"
        yield address
    finally:
        stop_process(daemon, timeout_s=5)
        if daemon.stdout is not None:
            daemon.stdout.close()


# How long the GIL is let go after a connection is closed (see connection_to).
SETTLE_S = 0.2


@contextmanager
def connection_to(address: str, name: str) -> Iterator[QDBusConnection]:
    """Our own named connection to the bus at ``address`` (QtDBus needs the application
    object first), opened by :func:`open_connection` and closed by :func:`close_connection`."""
    connection = open_connection(address, f"{name}-{next(_connection_names)}")
    assert connection.isConnected(), connection.lastError().message()
    try:
        yield connection
    finally:
        close_connection(connection.name())


def settle_dbus_thread() -> None:
    """WORKAROUND (PySide6 6.11): let Qt's D-Bus thread finish destroying closed connections.

    A closed connection's private object is destroyed in Qt's D-Bus thread once the last
    QDBusConnection holding it is freed (whenever Python frees the wrapper: after the fixture
    that yielded it is finished, or at a garbage collection). That destructor disconnects from
    the test's Python receivers and so asks PySide for the GIL. PySide keeps the GIL through
    blocking QtDBus calls such as ``connectToBus``, which waits for that same thread: a
    deadlock that hung two fresh-machine runs. So before each new connection every dead
    wrapper is freed now (gc.collect) and the GIL is let go (time.sleep) while the D-Bus thread
    works through what that queued."""
    time.sleep(SETTLE_S)  # first what is queued already (objects just unregistered, too)
    gc.collect()
    time.sleep(SETTLE_S)


def open_connection(address: str, name: str) -> QDBusConnection:
    """``QDBusConnection.connectToBus`` once the D-Bus thread has settled: every test
    connection is opened through here."""
    settle_dbus_thread()
    return QDBusConnection.connectToBus(address, name)


def close_connection(name: str) -> None:
    """Close the named connection and let the D-Bus thread settle: every test connection is
    closed through here."""
    QDBusConnection.disconnectFromBus(name)
    settle_dbus_thread()


@pytest.fixture
def bus_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A private dbus-daemon for one test; also the session bus address for anything it runs."""
    with private_daemon(tmp_path, "session") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def bus(qapp: Any, bus_address: str) -> Iterator[QDBusConnection]:
    """Our own connection to the private bus."""
    with connection_to(bus_address, "private-bus-test") as connection:
        yield connection


@pytest.fixture
def system_bus_address(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A second private dbus-daemon standing in for the system bus (logind's), for one test;
    DBUS_SYSTEM_BUS_ADDRESS points at it. Same policy as the session one: anyone may own
    org.freedesktop.login1 here, which the real system bus allows only to systemd-logind."""
    with private_daemon(tmp_path, "system") as address:
        monkeypatch.setenv("DBUS_SYSTEM_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def system_bus(qapp: Any, system_bus_address: str) -> Iterator[QDBusConnection]:
    """Our own connection to the private system bus."""
    with connection_to(system_bus_address, "private-system-bus-test") as connection:
        yield connection
