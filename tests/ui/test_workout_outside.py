"""The workout outside its window, in one process on a private bus: notifications at each new
exercise while the window is not in front (one card, replaced in place; none while it is in
front; its buttons work), and the media keys driving the workout through MPRIS (PlayPause
pauses, Next skips, Metadata follows), driven from outside by dbus-send as a desktop would.
The tray itself needs a real tray host: tests/desktop/test_tray.py."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.desktop.dbus.notifications import SERVICE
from leg_timer.launch import LaunchRequest
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.outside.workout_outside import WorkoutOutside, start_outside
from leg_timer.ui.questions import QUIT_QUESTION
from leg_timer.ui.settings import DESKTOP_NOTIFICATIONS
from tests.bus_services import start_service
from tests.conftest import FakeClock
from tests.desktop.test_media_controls import dbus_send
from tests.desktop.test_notifications import FAKE_SERVER, ServerLog, control
from tests.processes import stop_process
from tests.ui.conftest import Answers, WindowFactory

SHORT = str(Path(__file__).parents[1] / "data" / "good" / "short-e2e.yaml")
PLAYER = "org.mpris.MediaPlayer2.Player"


@pytest.fixture
def notifications(bus_address: str, bus: QDBusConnection, qtbot: QtBot,
                  tmp_path: Path) -> Iterator[ServerLog]:
    log = ServerLog(tmp_path / "notifications.jsonl")
    process = start_service(FAKE_SERVER, bus_address, log.path, bus, SERVICE, qtbot)
    yield log
    stop_process(process, timeout_s=5)


@pytest.fixture
def outside_of(bus: QDBusConnection, qtbot: QtBot) -> Iterator[Callable[..., WorkoutOutside]]:
    made: list[WorkoutOutside] = []

    def make(window: MainWindow, **options: Any) -> WorkoutOutside:
        gc.collect()  # here, not in the notifier's worker thread (see test_notifications)
        made.append(start_outside(window, connection=bus, has_tray=lambda: False, **options))
        return made[-1]

    yield make
    for outside in made:
        outside.shutdown()
    qtbot.wait(100)  # Qt's D-Bus thread finishes with them first (test_media_controls.py)


def running(make_window: WindowFactory, clock: FakeClock) -> MainWindow:
    window = make_window()
    window.launch(LaunchRequest(routine=SHORT))
    assert window.session is not None and window.session.state is State.RUNNING
    return window


def advance(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass on the fake clock, in half-second wake-ups as the driver does."""
    for _ in range(round(seconds * 2)):
        clock.advance(0.5)
        assert window.driver is not None
        window.driver.poke()


def settled(outside: WorkoutOutside) -> Callable[[], bool]:
    return lambda: outside.notifier is not None and not outside.notifier.busy()


def test_one_card_replaced_in_place_while_the_window_is_in_the_background(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        notifications: ServerLog, qtbot: QtBot) -> None:
    window = running(make_window, clock)
    outside = outside_of(window)
    advance(window, clock, 2)  # get ready is over: Squat, with the window in front
    qtbot.wait(100)
    assert notifications.notifies() == []
    window.showMinimized()
    advance(window, clock, 6)  # rest, then Lunge (right)
    advance(window, clock, 4)  # switch, then Lunge (left)
    qtbot.waitUntil(lambda: len(notifications.notifies()) == 2)
    qtbot.waitUntil(settled(outside))
    calls = notifications.notifies()
    assert [(c["summary"], c["replaces_id"], c["id"]) for c in calls] == [
        ("Lunge (right)", 0, 1), ("Lunge (left)", 1, 1)]
    assert calls[0]["body"] == "3 s\nNext: Lunge (left) · after 1 s"
    assert calls[0]["actions"] == ["default", "Show", "pause", "Pause", "next", "Next"]
    with qtbot.waitActive(window):  # back in front: the card goes
        window.showNormal()
        window.activateWindow()
    advance(window, clock, 1)
    qtbot.waitUntil(lambda: any(c["call"] == "CloseNotification"
                                for c in notifications.calls()))


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen
def test_the_cards_buttons_pause_skip_and_show_the_window(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        notifications: ServerLog, bus: QDBusConnection, qtbot: QtBot) -> None:
    window = running(make_window, clock)
    outside = outside_of(window)
    window.showMinimized()
    advance(window, clock, 2)
    qtbot.waitUntil(lambda: len(notifications.notifies()) == 1)
    qtbot.waitUntil(settled(outside))
    session = window.session
    assert session is not None and session.segment.exercise == "Squat"
    control(bus, "Click", 1, "pause")
    qtbot.waitUntil(lambda: session.state is State.PAUSED)
    control(bus, "Click", 1, "pause")  # already paused: stays paused
    control(bus, "Click", 1, "next")
    qtbot.waitUntil(lambda: session.segment.label == "Rest")
    assert session.state is State.PAUSED
    control(bus, "Click", 1, "default")
    qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized())


def test_no_cards_when_switched_off_unless_in_tray_mode(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        notifications: ServerLog, qtbot: QtBot) -> None:
    window = running(make_window, clock)
    window.settings.set(DESKTOP_NOTIFICATIONS, False)
    outside_of(window)
    window.showMinimized()
    advance(window, clock, 2)
    qtbot.wait(200)
    assert notifications.notifies() == []


def test_media_keys_pause_skip_and_say_what_runs(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        bus_address: str, qtbot: QtBot) -> None:
    window = running(make_window, clock)
    outside = outside_of(window)
    assert outside.media is not None
    assert outside.media.controls.service == "org.mpris.MediaPlayer2.LegTimer"
    advance(window, clock, 2)
    session = window.session
    assert session is not None

    def get(name: str) -> str:
        return dbus_send(qtbot, bus_address, "org.freedesktop.DBus.Properties.Get",
                         f"string:{PLAYER}", f"string:{name}")

    playing = get("Metadata")
    for expected in ('string "Squat"', 'string "Short check"', "4000000",
                     'object path "/io/github/legtimer/segment/1"'):
        assert expected in playing
    assert 'string "Playing"' in get("PlaybackStatus")
    dbus_send(qtbot, bus_address, f"{PLAYER}.PlayPause")
    qtbot.waitUntil(lambda: session.state is State.PAUSED)
    assert 'string "Paused"' in get("PlaybackStatus")
    dbus_send(qtbot, bus_address, f"{PLAYER}.Next")
    qtbot.waitUntil(lambda: session.segment.label == "Rest")
    assert 'string "Rest"' in get("Metadata")
    dbus_send(qtbot, bus_address, f"{PLAYER}.Play")
    qtbot.waitUntil(lambda: session.state is State.RUNNING)
    dbus_send(qtbot, bus_address, f"{PLAYER}.Previous")
    qtbot.waitUntil(lambda: session.segment.exercise == "Squat")
    dbus_send(qtbot, bus_address, f"{PLAYER}.Stop")  # a stray stop only pauses
    qtbot.waitUntil(lambda: session.state is State.PAUSED)
    window.command("stop")
    assert 'string "Stopped"' in get("PlaybackStatus")


def test_no_session_bus_no_server_nothing_said(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        qtbot: QtBot) -> None:
    """Without a notification server the cards are dropped quietly (no Qt warning, which
    would fail this test) and the workout runs on."""
    window = running(make_window, clock)
    outside = outside_of(window)
    window.showMinimized()
    advance(window, clock, 8)
    qtbot.waitUntil(settled(outside))
    assert window.session is not None and window.session.is_active


def test_tray_mode_without_a_tray_shows_the_window_and_says_why(
        qapp: Any, basedir: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    from leg_timer.paths import default_paths
    from leg_timer.ui import app as ui_app
    from tests.ui.conftest import RecordingKeepAwake

    seen: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        seen["visible"] = window.isVisible()
        QTimer.singleShot(0, window.close)  # once the event loop runs: it then ends

    os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
    code = ui_app.run_app(LaunchRequest(), default_paths(basedir), clock=clock,
                          confirm=Answers(True), keep_awake=lambda: RecordingKeepAwake(),
                          on_window=look, tray=True, load_cues=False)
    assert code == 0
    assert seen["visible"] is True
    assert "no system tray on this desktop; showing the window instead" in \
        capsys.readouterr().err


@pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")
def test_the_setting_is_one_tick_in_the_settings_dialog(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.settings.get(DESKTOP_NOTIFICATIONS) is True  # on unless switched off
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.notifications.isChecked()
    dialog.notifications.setChecked(False)
    assert window.settings.get(DESKTOP_NOTIFICATIONS) is False
    dialog.close()


def test_quit_from_outside_asks_first_as_ctrl_q_does(
        make_window: WindowFactory, clock: FakeClock, outside_of: Callable[..., WorkoutOutside],
        answers: Answers) -> None:
    window = running(make_window, clock)
    outside = outside_of(window)
    answers.answer = False
    outside.carry("quit")  # the tray's Quit, or a media widget's
    assert answers.questions == [QUIT_QUESTION]
    assert window.session is not None and window.session.state is State.RUNNING  # kept on
    answers.answer = True
    outside.carry("quit")
    assert window.driver is None and not window.isVisible()
