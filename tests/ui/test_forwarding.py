"""A second start hands its launch request to the running window, which carries it out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.desktop.forwarding import ForwardedRequests, instance_key
from leg_timer.desktop.single_instance import SingleInstance
from leg_timer.launch import LaunchRequest
from leg_timer.metadata import metadata
from leg_timer.paths import default_paths, platform_paths
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow

# Offscreen Qt cannot raise windows and says so; on a real desktop raise() just works.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SHORT = Path(__file__).parent.parent / "data" / "good" / "short-e2e.yaml"


def test_run_is_started_in_the_running_window(window: MainWindow) -> None:
    window.launch_forwarded(LaunchRequest(routine=str(SHORT)))
    assert window.page() is Page.WORKOUT
    session = window.session
    assert session is not None and session.state is State.RUNNING
    assert session.plan.routine.name == "Short check"


def test_run_with_values_and_fullscreen(window: MainWindow) -> None:
    window.launch(LaunchRequest(routine="legs-up-the-wall", values={"minutes": 7},
                                fullscreen=True))
    session = window.session
    assert session is not None and session.plan.values["minutes"] == 7
    assert window.focus_mode
    window.set_focus_mode(False)


def test_a_running_workout_is_never_replaced(window: MainWindow) -> None:
    window.launch(LaunchRequest(routine=str(SHORT)))
    first = window.session
    window.launch(LaunchRequest(routine="squat-100"))
    assert window.session is first
    assert "A workout is under way: stop it (Esc)" in window.countdown.notice_label.text()


@pytest.mark.parametrize(("request_", "shown"), [
    (LaunchRequest(routine="no-such-routine"), "Could not start no-such-routine: no routine"),
    (LaunchRequest(routine="squat-100", values={"sets": 9}), "within 5-6"),
    (LaunchRequest(routine="/no/such/file.yaml"), "no routine file"),
])
def test_bad_requests_are_shown_not_raised(window: MainWindow, request_: LaunchRequest,
                                           shown: str) -> None:
    window.launch(request_)
    assert window.page() is Page.PICKER
    assert shown in window.picker.notice_label.text()


def test_a_request_without_a_routine_only_raises_the_window(window: MainWindow) -> None:
    window.launch_forwarded(LaunchRequest())
    assert window.page() is Page.PICKER
    assert window.session is None


def test_messages_become_checked_requests(qtbot: QtBot, app_id_instance: SingleInstance) -> None:
    forwarded = ForwardedRequests(app_id_instance)
    received: list[LaunchRequest] = []
    forwarded.received.connect(received.append)
    app_id_instance.message_received.emit({"routine": "squat-100", "values": {"sets": 6}})
    with qtbot.captureExceptions() as exceptions:
        app_id_instance.message_received.emit({"routine": 5})  # not a request: logged, dropped
    assert not exceptions
    assert received == [LaunchRequest(routine="squat-100", values={"sets": 6.0})]


@pytest.fixture
def app_id_instance() -> SingleInstance:
    return SingleInstance("io.github.legtimer.TestForwarding")  # never listens


def test_instance_key_depends_on_the_base_folder(tmp_path: Path) -> None:
    assert instance_key(platform_paths()) == metadata().app_id
    one = instance_key(default_paths(tmp_path / "a"))
    two = instance_key(default_paths(tmp_path / "b"))
    assert one != two and one.startswith(metadata().app_id + ".")
    assert instance_key(default_paths(tmp_path / "a")) == one
