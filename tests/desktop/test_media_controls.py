"""MediaControls (MPRIS) on a private bus, driven from outside by dbus-send as a desktop's
media keys and widgets would: the method calls arrive as signals, the properties say what is
playing, and every change is announced with PropertiesChanged."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SLOT, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from leg_timer.desktop.dbus.mpris import (
    OBJECT_PATH,
    PLAYER_INTERFACE,
    MediaControls,
    NowPlaying,
)
from tests.private_bus import close_connection, open_connection, settle_dbus_thread

SERVICE = "org.mpris.MediaPlayer2.LegTimer"
SQUAT = NowPlaying(status="Playing", title="Squat (right)", album="Mini-band circuit",
                   length_s=45, track=3)


@pytest.fixture
def made(qtbot: QtBot) -> Iterator[list[MediaControls]]:
    """Every MediaControls a test makes, unregistered and freed at its end in this thread:
    left to Python's garbage collector, one could be freed in another test's worker thread,
    where Qt warns that its D-Bus adaptors see a signal from the wrong thread."""
    controls: list[MediaControls] = []
    yield controls
    for item in controls:
        item.unregister()
    controls.clear()
    # Let Qt's D-Bus thread finish with them first (the name's release, the object's
    # removal): collected while it still worked on them, the run crashed in that thread
    # about one time in two. No signal says when it is done. Then free them with the GIL let
    # go around it (settle_dbus_thread): freed by a bare gc.collect(), the D-Bus thread was
    # still destroying them, and wanting the GIL, when the next test made its adaptors, and
    # a fresh-machine run hung in _PlayerAdaptor.__init__ (December 3, fourth session).
    qtbot.wait(100)
    settle_dbus_thread()


@pytest.fixture
def controls(bus: QDBusConnection, made: list[MediaControls]) -> MediaControls:
    made.append(MediaControls(identity="Leg Timer",
                              desktop_entry="io.github.legtimer.LegTimer", connection=bus))
    return made[-1]


def dbus_send(qtbot: QtBot, bus_address: str, *arguments: str) -> str:
    """Run dbus-send as another program would, serving our side of the call meanwhile."""
    tool = shutil.which("dbus-send")
    if tool is None:
        pytest.skip("dbus-send is not installed (apt-get install dbus)")
    process = subprocess.Popen(
        [tool, "--session", "--print-reply", f"--dest={SERVICE}", OBJECT_PATH, *arguments],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address})
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10_000)
    output = process.communicate()[0]
    assert process.returncode == 0, output
    return output


@pytest.mark.parametrize(("method", "signal_name"), [
    ("PlayPause", "play_pause_requested"), ("Next", "next_requested"),
    ("Previous", "previous_requested"), ("Stop", "stop_requested"),
    ("Pause", "play_pause_requested"),
])
def test_media_keys_arrive_as_signals(controls: MediaControls, qtbot: QtBot, bus_address: str,
                                      method: str, signal_name: str) -> None:
    controls.show(SQUAT)
    with qtbot.waitSignal(getattr(controls, signal_name), timeout=10_000):
        dbus_send(qtbot, bus_address, f"{PLAYER_INTERFACE}.{method}")


def test_play_while_playing_and_pause_while_paused_do_nothing(
        controls: MediaControls, qtbot: QtBot, bus_address: str) -> None:
    controls.show(SQUAT)
    with qtbot.assertNotEmitted(controls.play_pause_requested, wait=100):
        dbus_send(qtbot, bus_address, f"{PLAYER_INTERFACE}.Play")
    controls.show(NowPlaying(**{**SQUAT.__dict__, "status": "Paused"}))
    with qtbot.assertNotEmitted(controls.play_pause_requested, wait=100):
        dbus_send(qtbot, bus_address, f"{PLAYER_INTERFACE}.Pause")


def test_raise_and_quit(controls: MediaControls, qtbot: QtBot, bus_address: str) -> None:
    with qtbot.waitSignal(controls.raise_requested, timeout=10_000):
        dbus_send(qtbot, bus_address, "org.mpris.MediaPlayer2.Raise")
    with qtbot.waitSignal(controls.quit_requested, timeout=10_000):
        dbus_send(qtbot, bus_address, "org.mpris.MediaPlayer2.Quit")


def test_properties_say_what_is_playing(controls: MediaControls, qtbot: QtBot,
                                        bus_address: str) -> None:
    stopped = dbus_send(qtbot, bus_address, "org.freedesktop.DBus.Properties.GetAll",
                        f"string:{PLAYER_INTERFACE}")
    assert 'string "Stopped"' in stopped
    assert "/org/mpris/MediaPlayer2/TrackList/NoTrack" in stopped
    controls.show(SQUAT)
    playing = dbus_send(qtbot, bus_address, "org.freedesktop.DBus.Properties.GetAll",
                        f"string:{PLAYER_INTERFACE}")
    for expected in ('string "Playing"', 'string "Squat (right)"', 'string "Mini-band circuit"',
                     'object path "/io/github/legtimer/segment/3"', "45000000"):
        assert expected in playing
    root = dbus_send(qtbot, bus_address, "org.freedesktop.DBus.Properties.GetAll",
                     "string:org.mpris.MediaPlayer2")
    assert 'string "Leg Timer"' in root and 'string "io.github.legtimer.LegTimer"' in root


class Listener(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.signatures: list[str] = []

    @Slot(QDBusMessage)
    def changed(self, message: QDBusMessage) -> None:
        self.signatures.append(message.signature())


def test_changes_are_announced_with_the_right_signature(
        controls: MediaControls, bus: QDBusConnection, bus_address: str, qtbot: QtBot,
        tmp_path: Path) -> None:
    """What a media widget hears, read by dbus-monitor (QtDBus cannot unpack a{sv} here)."""
    monitor_tool = shutil.which("dbus-monitor")
    if monitor_tool is None:
        pytest.skip("dbus-monitor is not installed (apt-get install dbus)")
    listener = Listener()
    assert bus.connect(SERVICE, OBJECT_PATH, "org.freedesktop.DBus.Properties",
                       "PropertiesChanged", listener, SLOT("changed(QDBusMessage)"))
    heard = tmp_path / "monitor.txt"
    with heard.open("w") as output:
        monitor = subprocess.Popen(
            [monitor_tool, "--address", bus_address, "member='PropertiesChanged'"],
            stdout=output, stderr=subprocess.STDOUT)
    try:
        qtbot.waitUntil(lambda: "NameAcquired" in heard.read_text() or "NameLost" in
                        heard.read_text(), timeout=10_000)
        controls.show(SQUAT)
        controls.show(SQUAT)  # nothing new: nothing sent
        controls.show(NowPlaying(**{**SQUAT.__dict__, "status": "Paused"}))
        qtbot.waitUntil(lambda: heard.read_text().count('string "Paused"') == 1
                        and len(listener.signatures) == 2, timeout=10_000)
    finally:
        monitor.terminate()
        monitor.wait(5)
        # Disconnected before the listener goes away, so no signal can reach a freed object.
        bus.disconnect(SERVICE, OBJECT_PATH, "org.freedesktop.DBus.Properties",
                       "PropertiesChanged", listener, SLOT("changed(QDBusMessage)"))
    signals = heard.read_text().split("member=PropertiesChanged")[1:]
    assert len(signals) == 2
    first, second = signals
    for expected in (f'string "{PLAYER_INTERFACE}"', 'string "Playing"', 'string "CanGoNext"',
                     'string "Squat (right)"', '/io/github/legtimer/segment/3'):
        assert expected in first
    assert 'string "Paused"' in second and "CanGoNext" not in second
    assert "array [\n   ]\n" in first  # nothing invalidated
    # ...and that empty list is typed as strings: a widget drops an "sa{sv}av" signal.
    assert listener.signatures == ["sa{sv}as", "sa{sv}as"]


def test_a_second_instance_takes_an_instance_name(controls: MediaControls, bus_address: str,
                                                  made: list[MediaControls]) -> None:
    other = open_connection(bus_address, "second-instance")
    try:
        made.append(MediaControls(identity="Leg Timer", desktop_entry="x", connection=other))
        assert controls.service == SERVICE
        assert made[-1].service == f"{SERVICE}.instance{os.getpid()}"
    finally:
        close_connection("second-instance")


def test_without_a_bus_nothing_is_offered(monkeypatch: pytest.MonkeyPatch, qapp: Any,
                                          tmp_path: Any, made: list[MediaControls]) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    made.append(MediaControls(identity="Leg Timer", desktop_entry="x"))
    controls = made[-1]
    assert controls.service == ""
    controls.show(SQUAT)  # no bus: still fine
    assert controls.now_playing == SQUAT
