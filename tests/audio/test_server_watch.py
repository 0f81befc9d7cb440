"""The sound host's server check runs every CHECK_INTERVAL_S while a session runs, never back
to back: an answer that keeps it active must not wake it again at once (that was a busy loop
of the host, its check thread and the sound server, about one core in all)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from leg_timer.audio import host


def test_checks_while_active_keep_their_interval(qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def answers(_socket: Path, _timeout_s: float) -> bool:
        calls.append(1)
        return True

    monkeypatch.setattr(host, "pulse_socket", lambda: Path("/nonexistent/native"))
    monkeypatch.setattr(host, "server_answers", answers)
    watch = host.ServerWatch()
    # As the host does during a session: every answer keeps it active.
    watch.answered.connect(lambda _ok: watch.set_active(True))
    watch.start()
    try:
        qtbot.wait(round(host.CHECK_INTERVAL_S * 1000 * 4.2))
    finally:
        watch.close()
    assert 3 <= len(calls) <= 6  # about one per interval (5 in 4.2 intervals), not thousands


def test_a_resting_watch_is_woken_at_once(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    monkeypatch.setattr(host, "pulse_socket", lambda: Path("/nonexistent/native"))
    monkeypatch.setattr(host, "server_answers", lambda *_args: calls.append(1) or True)
    watch = host.ServerWatch()
    watch.set_active(False)
    watch.start()
    try:
        qtbot.wait(100)
        assert calls == []
        watch.set_active(True)  # a session starts: checked now, not after the interval
        qtbot.waitUntil(lambda: len(calls) == 1, timeout=300)
    finally:
        watch.close()


def test_a_check_under_way_when_the_host_quits_emits_nothing(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check that ends after close() must not emit: the host deletes the watch next, and
    emitting from a deleted QObject raised "Signal source has been deleted" in the thread
    (it reached stderr at the host's exit, which the media back-end test caught)."""
    asking = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []
    monkeypatch.setattr(threading, "excepthook", lambda args: errors.append(args.exc_value))

    def answers(_socket: Path, _timeout_s: float) -> bool:
        asking.set()
        release.wait(5)  # a stalled server, until the test lets go
        return True

    monkeypatch.setattr(host, "pulse_socket", lambda: Path("/nonexistent/native"))
    monkeypatch.setattr(host, "server_answers", answers)
    watch = host.ServerWatch()
    heard: list[bool] = []
    watch.answered.connect(heard.append)
    watch.start()
    assert asking.wait(5)
    thread = next(each for each in threading.enumerate() if each.name == "server-check")
    watch.close()
    shiboken6.delete(watch)  # as at the host's exit, while the check still waits
    release.set()
    thread.join(5)
    qtbot.wait(50)  # anything queued would arrive now
    assert not thread.is_alive()
    assert errors == [] and heard == []
