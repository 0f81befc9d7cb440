"""The single-instance channel: forwarding a message, races, stale sockets, bad messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from leg_timer.desktop.single_instance import SingleInstance, server_name

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def app_id() -> str:
    """A unique app id per test, so tests never talk to each other or to a real Leg Timer."""
    return f"io.github.legtimer.Test{uuid.uuid4().hex[:10]}"


@pytest.fixture(autouse=True)
def runtime_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A short private $XDG_RUNTIME_DIR (socket paths must fit in 100 bytes)."""
    with tempfile.TemporaryDirectory(prefix="lt-") as folder:
        monkeypatch.setenv("XDG_RUNTIME_DIR", folder)
        yield Path(folder)


SENDER = """\
import json, sys
from PySide6.QtCore import QCoreApplication
from leg_timer.desktop.single_instance import SingleInstance
app = QCoreApplication(sys.argv[:1])
sys.exit(0 if SingleInstance(sys.argv[1]).try_forward(json.loads(sys.argv[2])) else 3)
"""


def forward_from_process(app_id: str, message: dict[str, object]) -> subprocess.Popen[bytes]:
    """A second start in its own process, as in real life. (A thread would not do: PySide6
    keeps the GIL in QLocalSocket's blocking waits, so our receiving slot could not run.)"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SENDER, app_id, json.dumps(message)],
                            cwd=ROOT, env=env)


def finished(qtbot: QtBot, process: subprocess.Popen[bytes]) -> int:
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=15000)
    return process.returncode


def disconnected(client: QLocalSocket) -> bool:
    return client.state() == QLocalSocket.LocalSocketState.UnconnectedState


def test_nothing_to_forward_to(app_id: str) -> None:
    assert SingleInstance(app_id).try_forward({"routine": None}) is False


def test_a_second_process_forwards_its_message_and_exits(qtbot: QtBot, app_id: str) -> None:
    first = SingleInstance(app_id)
    assert first.listen()
    message = {"routine": "/somewhere/mine.yaml", "values": {"minutes": 7.5},
               "fullscreen": True, "quit_when_done": False}
    with qtbot.waitSignal(first.message_received, timeout=15000) as signal:
        sender = forward_from_process(app_id, message)
    assert finished(qtbot, sender) == 0
    assert signal.args == [message]
    first.close()


def test_a_second_listener_is_refused_while_the_first_runs(app_id: str) -> None:
    first, second = SingleInstance(app_id), SingleInstance(app_id)
    assert first.listen()
    assert second.listen() is False
    assert not second.is_listening
    first.close()
    assert second.listen()
    second.close()


CRASHER = """\
import os, sys
from PySide6.QtCore import QCoreApplication
from leg_timer.desktop.single_instance import SingleInstance
app = QCoreApplication(sys.argv[:1])
instance = SingleInstance(sys.argv[1])
if not instance.listen():
    sys.exit(3)
os._exit(9)  # no clean-up at all: what a crash leaves behind
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files only")
def test_the_socket_and_lock_of_a_crashed_instance_are_replaced(qtbot: QtBot,
                                                                app_id: str) -> None:
    name = server_name(app_id)
    assert name.startswith(os.environ["XDG_RUNTIME_DIR"])
    crashed = subprocess.run([sys.executable, "-c", CRASHER, app_id], cwd=ROOT, timeout=30,
                             env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)
    assert crashed.returncode == 9
    assert Path(name).exists() and Path(f"{name}.lock").exists()
    assert SingleInstance(app_id).try_forward({}) is False
    instance = SingleInstance(app_id)
    assert instance.listen()
    with qtbot.waitSignal(instance.message_received, timeout=15000) as signal:
        sender = forward_from_process(app_id, {})
    assert finished(qtbot, sender) == 0
    assert signal.args == [{}]
    instance.close()
    assert not Path(name).exists()
    assert not Path(f"{name}.lock").exists()


def test_garbage_is_ignored_and_the_server_keeps_serving(qtbot: QtBot, app_id: str) -> None:
    instance = SingleInstance(app_id)
    assert instance.listen()
    received: list[dict[str, object]] = []
    instance.message_received.connect(received.append)
    for garbage in (b"not json\n", b'"run"\n', b'[1, 2]\n', b"\xff\xfe\n",
                    b"[" * 60_000 + b"\n"):
        client = QLocalSocket()
        client.connectToServer(instance.name)
        assert client.waitForConnected(1000)
        client.write(garbage)
        client.flush()
        qtbot.waitUntil(lambda c=client: disconnected(c), timeout=5000)
    assert received == []
    with qtbot.waitSignal(instance.message_received, timeout=15000):
        sender = forward_from_process(app_id, {"routine": "squat-100"})
    assert finished(qtbot, sender) == 0
    instance.close()


def test_socket_name_without_a_runtime_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    name = server_name("io.github.legtimer.LegTimer")
    assert name.startswith("io.github.legtimer.LegTimer-")
    assert "/" not in name  # a plain name: Qt places it in the temporary folder
