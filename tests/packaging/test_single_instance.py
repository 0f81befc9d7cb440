"""The single-instance channel: the OS lock, forwarding a message and its answer, races, dead
sockets, long folders, hung holders, bad messages.

The whole app, started twice as real processes, is tested in test_never_two.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from leg_timer.desktop.instance_lock import InstanceLock, LockUnavailable
from leg_timer.desktop.single_instance import SingleInstance
from leg_timer.paths import default_paths, runtime_folders
from tests.processes import brief

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture
def key() -> str:
    """A unique key per test, so tests never talk to each other or to a real Leg Timer."""
    return f"io.github.legtimer.Test{uuid.uuid4().hex[:10]}"


@pytest.fixture
def folder() -> Iterator[Path]:
    """A short private runtime folder (socket paths must fit in 100 bytes)."""
    with tempfile.TemporaryDirectory(prefix="lt-") as name:
        yield Path(name)


SENDER = """\
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from leg_timer.desktop.single_instance import NoAnswer, SingleInstance
app = QCoreApplication(sys.argv[:1])
instance = SingleInstance(sys.argv[1], [Path(sys.argv[2])])
began = time.monotonic()
try:
    answer = instance.claim_or_forward(json.loads(sys.argv[3]), float(sys.argv[4]))
except NoAnswer as error:
    print(error, file=sys.stderr)
    sys.exit(4)
if answer is None:
    sys.exit(3)  # became the instance: nobody held the lock
print(json.dumps({"refusal": answer.refusal, "took_s": time.monotonic() - began}))
sys.exit(0 if answer.accepted else 1)
"""


def forward_from_process(key: str, folder: Path, message: dict[str, object],
                         timeout_s: float = 10) -> subprocess.Popen[str]:
    """A second start in its own process, as in real life. (A thread would not do: PySide6
    keeps the GIL in QLocalSocket's blocking waits, so our receiving slot could not run.)"""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", SENDER, key, str(folder), json.dumps(message),
                             str(timeout_s)], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def finished(qtbot: QtBot, process: subprocess.Popen[str]) -> tuple[int, dict[str, object]]:
    """Run the event loop until ``process`` ends; its exit code and what it printed."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=20000)
    out, err = process.communicate()
    printed = json.loads(out) if out.strip() else {}
    assert isinstance(printed, dict), brief(err)
    return process.returncode, printed


def disconnected(client: QLocalSocket) -> bool:
    return client.state() == QLocalSocket.LocalSocketState.UnconnectedState


def test_nothing_to_forward_to(key: str, folder: Path) -> None:
    assert SingleInstance(key, [folder]).try_forward({"routine": None}) is None


def test_a_second_process_forwards_and_is_answered_before_the_work(qtbot: QtBot, key: str,
                                                                   folder: Path) -> None:
    first = SingleInstance(key, [folder])
    assert first.claim() and first.is_listening
    done: list[dict[str, object]] = []
    done_when_asked: list[int] = []

    def answer(message: dict[str, object]) -> str:
        done_when_asked.append(len(done))
        return ""

    first.serve(answer)
    first.message_received.connect(lambda message, refusal: done.append(message))
    message = {"routine": "/somewhere/mine.yaml", "values": {"minutes": 7.5},
               "fullscreen": True, "quit_when_done": False}
    with qtbot.waitSignal(first.message_received, timeout=20000) as signal:
        sender = forward_from_process(key, folder, message)
    code, printed = finished(qtbot, sender)
    assert code == 0 and printed["refusal"] == ""
    assert signal.args == [message, ""]
    assert done_when_asked == [0] and done == [message]  # answered first, then the work
    first.close()


def test_a_refusal_reaches_the_second_process(qtbot: QtBot, key: str, folder: Path) -> None:
    first = SingleInstance(key, [folder])
    assert first.claim()
    first.serve(lambda message: "a workout is under way")
    with qtbot.waitSignal(first.message_received, timeout=20000) as signal:
        sender = forward_from_process(key, folder, {"routine": "squat-100"})
    code, printed = finished(qtbot, sender)
    assert (code, printed["refusal"]) == (1, "a workout is under way")
    assert signal.args == [{"routine": "squat-100"}, "a workout is under way"]
    first.close()


def test_messages_wait_until_the_instance_serves(qtbot: QtBot, key: str, folder: Path) -> None:
    """Between claiming and serving (the window is being built) nothing is answered, and
    nothing is lost: the sender waits."""
    first = SingleInstance(key, [folder])
    assert first.claim()
    sender = forward_from_process(key, folder, {"routine": None})
    qtbot.wait(1500)  # the event loop runs, the message arrives, no answer yet
    assert sender.poll() is None
    first.serve(lambda message: "")
    assert finished(qtbot, sender)[0] == 0
    first.close()


def test_a_claim_that_does_not_listen_yet_keeps_later_starts_waiting(qtbot: QtBot, key: str,
                                                                     folder: Path) -> None:
    """The window takes the lock before it is built and opens the socket after its first
    paint (ui/app.py): a start in between finds no socket, keeps trying, and is answered
    once the holder serves."""
    first = SingleInstance(key, [folder])
    assert first.claim(listen=False) and not first.is_listening
    assert not Path(first.name).exists()
    sender = forward_from_process(key, folder, {"routine": None})
    qtbot.wait(1500)  # the start has found the lock taken and no socket, and waits
    assert sender.poll() is None
    first.serve(lambda message: "")
    assert first.is_listening
    assert finished(qtbot, sender)[0] == 0
    first.close()


def test_only_the_holder_of_the_lock_listens(key: str, folder: Path) -> None:
    first, second = SingleInstance(key, [folder]), SingleInstance(key, [folder])
    assert first.claim(listen=False)
    assert second.claim(listen=False) is False
    second.serve(lambda message: "")
    assert not second.is_listening
    first.listen()
    first.listen()  # once only
    assert first.is_listening
    first.close()


def test_a_holder_that_never_answers_is_named_and_no_second_instance_starts(
        key: str, folder: Path) -> None:
    """The holder is frozen (its event loop never runs while we wait, as in a hung window):
    the later start gives up after its time, naming the holder, and does not take over."""
    first = SingleInstance(key, [folder])
    assert first.claim()
    began = time.monotonic()
    sender = forward_from_process(key, folder, {"routine": None}, timeout_s=1)
    out, err = sender.communicate(timeout=30)
    assert sender.returncode == 4, brief(out + err)
    assert time.monotonic() - began >= 1
    assert f"(process {os.getpid()}) is already running" in err
    assert f"did not answer within 1 s; if it is hung, end it (kill {os.getpid()})" in err
    assert first.claim()  # still ours
    first.close()


def test_a_second_claim_is_refused_while_the_first_holds(key: str, folder: Path) -> None:
    first, second = SingleInstance(key, [folder]), SingleInstance(key, [folder])
    assert first.claim()
    assert second.claim() is False
    assert not second.is_listening
    first.close()
    assert second.claim()
    second.close()


def test_a_quitting_holder_hands_over_to_the_waiting_start(qtbot: QtBot, key: str,
                                                           folder: Path) -> None:
    """The holder quits while a start waits for its answer: the start takes the lock."""
    first = SingleInstance(key, [folder])
    assert first.claim()
    sender = forward_from_process(key, folder, {"routine": None})
    qtbot.wait(1000)
    first.close()
    assert finished(qtbot, sender)[0] == 3  # became the instance itself


CRASHER = """\
import os, sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from leg_timer.desktop.single_instance import SingleInstance
app = QCoreApplication(sys.argv[:1])
instance = SingleInstance(sys.argv[1], [Path(sys.argv[2])])
if not instance.claim():
    sys.exit(3)
os._exit(9)  # no clean-up at all: what a crash (or kill -9) leaves behind
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Unix socket files only")
def test_the_socket_of_a_crashed_instance_is_replaced(qtbot: QtBot, key: str,
                                                      folder: Path) -> None:
    name = SingleInstance(key, [folder]).name
    assert name == str(folder / f"{key}.socket")
    crashed = subprocess.run([sys.executable, "-c", CRASHER, key, str(folder)], cwd=ROOT,
                             timeout=30, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             check=False)
    assert crashed.returncode == 9
    assert Path(name).exists() and (folder / f"{key}.lock").exists()
    assert SingleInstance(key, [folder]).try_forward({}) is None
    instance = SingleInstance(key, [folder])
    assert instance.claim()
    instance.serve(lambda message: "")
    with qtbot.waitSignal(instance.message_received, timeout=20000) as signal:
        sender = forward_from_process(key, folder, {})
    assert finished(qtbot, sender)[0] == 0
    assert signal.args == [{}, ""]
    instance.close()
    assert not Path(name).exists()
    assert (folder / f"{key}.lock").exists()  # never removed: see instance_lock's docstring


def test_garbage_is_ignored_and_the_server_keeps_serving(qtbot: QtBot, key: str,
                                                         folder: Path) -> None:
    instance = SingleInstance(key, [folder])
    assert instance.claim()
    instance.serve(lambda message: "")
    received: list[dict[str, object]] = []
    instance.message_received.connect(lambda message, refusal: received.append(message))
    for garbage in (b"not json\n", b'"run"\n', b'[1, 2]\n', b"\xff\xfe\n",
                    b"[" * 60_000 + b"\n"):
        client = QLocalSocket()
        client.connectToServer(instance.name)
        assert client.waitForConnected(1000)
        client.write(garbage)
        client.flush()
        qtbot.waitUntil(lambda c=client: disconnected(c), timeout=5000)
    assert received == []
    with qtbot.waitSignal(instance.message_received, timeout=20000):
        sender = forward_from_process(key, folder, {"routine": "squat-100"})
    assert finished(qtbot, sender)[0] == 0
    instance.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/fd is Linux's")
def test_a_folder_too_deep_for_a_socket_path(qtbot: QtBot, key: str, folder: Path) -> None:
    """The socket stays in the private folder, reached through a descriptor of it."""
    deep = folder / ("d" * 60) / ("e" * 60)
    instance = SingleInstance(key, [deep])
    assert instance.name.startswith("/proc/self/fd/")
    assert len(instance.name.encode()) <= 100
    assert instance.claim()
    assert (deep / f"{key}.socket").exists()
    assert oct(deep.stat().st_mode & 0o777) == "0o700"
    instance.serve(lambda message: "")
    with qtbot.waitSignal(instance.message_received, timeout=20000):
        sender = forward_from_process(key, deep, {"routine": None})
    assert finished(qtbot, sender)[0] == 0
    instance.close()
    assert not (deep / f"{key}.socket").exists()


# --- the lock and its folder ------------------------------------------------------------------


def test_the_lock_ignores_what_the_file_says(folder: Path) -> None:
    """A lock file naming a live process (here: this one, or pid 1) decides nothing."""
    (folder / "x.lock").write_text(f"{os.getpid()}\nleg-timer\nsomehost\n")
    lock = InstanceLock([folder], "x.lock")
    assert lock.acquire()
    assert lock.holder() == os.getpid()
    other = InstanceLock([folder], "x.lock")
    assert other.acquire() is False
    lock.release()
    assert other.acquire()
    other.release()


def test_an_unusable_folder_is_skipped(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocked = folder / "file"
    blocked.write_text("a file, not a folder")
    lock = InstanceLock([blocked / "run", folder / "second"], "x.lock")
    assert lock.acquire()
    assert lock.folder == folder / "second"
    assert oct((folder / "second").stat().st_mode & 0o777) == "0o700"
    assert "instead" in caplog.text
    lock.release()
    with pytest.raises(LockUnavailable, match="no folder can hold"):
        InstanceLock([blocked / "run"], "x.lock").acquire()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="needs root to make a folder belong to another user")
def test_a_folder_of_another_user_is_never_used(folder: Path) -> None:
    """In a shared temporary folder someone else may make our folder first: skip it."""
    theirs = folder / "leg-timer-0"
    theirs.mkdir(mode=0o777)
    os.chown(theirs, 65534, 65534)
    lock = InstanceLock([theirs, folder / "ours"], "x.lock")
    assert lock.acquire()
    assert lock.folder == folder / "ours"
    lock.release()


def test_an_open_folder_of_ours_is_closed_to_others(folder: Path) -> None:
    ours = folder / "run"
    ours.mkdir(mode=0o755)
    ours.chmod(0o777)
    lock = InstanceLock([ours], "x.lock")
    assert lock.acquire()
    assert oct(ours.stat().st_mode & 0o777) == "0o700"
    lock.release()


def test_runtime_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    session = tmp_path / "session"
    session.mkdir()
    paths = default_paths(tmp_path / "base")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(session))
    folders = runtime_folders(paths)
    assert folders[:2] == [session / "leg-timer", tmp_path / "base" / "data" / "run"]
    assert paths.runtime_dir == session / "leg-timer"
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert runtime_folders(paths)[0] == paths.runtime_dir == tmp_path / "base" / "data" / "run"
    assert len(runtime_folders(paths)) == 2  # and the temporary folder, last
    (tmp_path / "file").write_text("")
    unusable = default_paths(tmp_path / "file")  # the base folder is a file
    assert runtime_folders(unusable) == [Path(tempfile.gettempdir()) / f"leg-timer-{os.getuid()}"]
