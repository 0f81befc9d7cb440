"""A second start hands its launch request to the running window, which carries it out."""

from __future__ import annotations

import hashlib
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.desktop.forwarding import ForwardedRequests, instance_key
from leg_timer.desktop.single_instance import SingleInstance, sha256_hex
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


def test_refusal_says_at_once_why_a_request_cannot_be_carried_out(window: MainWindow) -> None:
    assert window.refusal(LaunchRequest()) == ""
    assert window.refusal(LaunchRequest(routine="squat-100")) == ""
    assert window.refusal(LaunchRequest(routine="no-such-routine")).startswith(
        "Could not start no-such-routine: no routine")
    assert window.page() is Page.PICKER and window.session is None  # only looked
    window.launch(LaunchRequest(routine=str(SHORT)))
    assert window.refusal(LaunchRequest(routine="squat-100")) == (
        "A workout is under way: stop it (Esc) before starting 100 squats.")
    assert window.refusal(LaunchRequest()) == ""  # to the front is always fine


def test_a_refused_forwarded_request_is_shown_not_started(window: MainWindow) -> None:
    window.launch_forwarded(LaunchRequest(routine="squat-100"), "Not now.")
    assert window.session is None
    assert window.picker.notice_label.text() == "Not now."


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


def test_messages_are_answered_and_become_checked_requests(qtbot: QtBot, key: str,
                                                           folder: Path) -> None:
    instance = SingleInstance(key, [folder])
    forwarded = ForwardedRequests(instance)
    received: list[tuple[LaunchRequest, str]] = []
    forwarded.received.connect(lambda request, refusal: received.append((request, refusal)))
    asked: list[LaunchRequest] = []

    def refusal(request: LaunchRequest) -> str:
        asked.append(request)
        return "busy" if request.routine else ""

    forwarded.serve(refusal)
    answer = instance._answerer
    assert answer is not None
    assert answer({"routine": "squat-100", "values": {"sets": 6}}) == "busy"
    assert answer({"routine": 5}).startswith("not a launch request")  # logged, refused
    assert asked == [LaunchRequest(routine="squat-100", values={"sets": 6.0})]
    with qtbot.captureExceptions() as exceptions:
        instance.message_received.emit({"routine": 5}, "not a launch request")  # dropped
    assert not exceptions
    instance.message_received.emit({"routine": "squat-100", "values": {"sets": 6}}, "busy")
    assert received == [(LaunchRequest(routine="squat-100", values={"sets": 6.0}), "busy")]
    forwarded.close()


@pytest.fixture
def key() -> str:
    return f"io.github.legtimer.TestForwarding{uuid.uuid4().hex[:10]}"


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="lt-") as name:
        yield Path(name)


def test_instance_key_depends_on_the_base_folder(tmp_path: Path) -> None:
    assert instance_key(platform_paths()) == metadata().app_id
    one = instance_key(default_paths(tmp_path / "a"))
    two = instance_key(default_paths(tmp_path / "b"))
    assert one != two and one.startswith(metadata().app_id + ".")
    assert instance_key(default_paths(tmp_path / "a")) == one


def test_instance_names_hash_as_hashlib_did(tmp_path: Path) -> None:
    """Qt works out the sha256 now (no OpenSSL before the first paint): the same digest, so
    a window started by an earlier version still answers a later start, and the reverse."""
    for data in (b"", b"someone", "/home/\u00e9l\u00e8ve/data".encode(), bytes(range(256))):
        assert sha256_hex(data) == hashlib.sha256(data).hexdigest()
    folder = str(default_paths(tmp_path / "a").data_dir)
    assert instance_key(default_paths(tmp_path / "a")) == (
        f"{metadata().app_id}.{hashlib.sha256(folder.encode()).hexdigest()[:10]}")
