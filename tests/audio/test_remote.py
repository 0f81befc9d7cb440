"""The window's side of the audio hosts: the watchdog on a fake clock, a stand-in host process
that is stopped with SIGSTOP, and CueOutput loading no voice while the voice is off."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any, ClassVar

import pytest
from pytestqt.qtbot import QtBot

from leg_timer.audio import remote
from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.audio.remote import HostProcess, RemoteCuePlayer, Watchdog
from leg_timer.audio.server_check import NOT_ANSWERING
from tests.conftest import FakeClock
from tests.doubles import RecordingPlayer, RecordingVoice

# A host that says hello, reports sound available and answers every ping, as the real one does
# (without touching any audio).
FAKE_HOST = """
import json, sys
def send(message):
    sys.stdout.write(json.dumps(message) + "\\n"); sys.stdout.flush()
send({"op": "hello"})
send({"op": "state", "available": True, "reason": "", "voices": []})
for line in sys.stdin:
    command = json.loads(line)
    if command["op"] == "ping":
        send({"op": "pong", "n": command["n"]})
"""


def test_watchdog_calls_a_stall_once_after_stall_s() -> None:
    clock = FakeClock(100.0)
    watchdog = Watchdog(clock, stall_s=1.5)
    assert not watchdog.check()  # nothing asked, nothing missing
    first = watchdog.ping()
    clock.advance(1.0)
    watchdog.ping()
    clock.advance(0.49)
    assert not watchdog.check() and watchdog.answering
    clock.advance(0.01)
    assert watchdog.check() and not watchdog.answering
    assert not watchdog.check()  # once per stall
    assert watchdog.pong(first)  # came back
    assert watchdog.waiting  # the second ping is still out
    assert not watchdog.pong(first + 1)
    assert not watchdog.waiting


def test_watchdog_answered_in_time_is_never_a_stall() -> None:
    clock = FakeClock(0.0)
    watchdog = Watchdog(clock, stall_s=1.5)
    for _ in range(20):
        number = watchdog.ping()
        clock.advance(1.0)
        assert not watchdog.check()
        watchdog.pong(number)
    assert watchdog.answering


def test_stopped_host_means_no_sound_and_back(qtbot: QtBot) -> None:
    host = HostProcess((sys.executable, ["-c", FAKE_HOST], {}), stall_s=0.3, heartbeat_ms=50)
    player = RemoteCuePlayer(host)
    heard: list[tuple[bool, str]] = []
    player.subscribe(lambda available, reason: heard.append((available, reason)))
    try:
        player.preload()
        qtbot.waitUntil(lambda: player.available, timeout=20_000)
        player.keep_awake(True)  # heartbeats from now on
        assert player.play("tick")
        os.kill(host.pid, signal.SIGSTOP)
        try:
            qtbot.waitUntil(lambda: not player.available, timeout=5000)
            assert player.reason == NOT_ANSWERING
            assert not player.play("tick")  # the flash is the cue now
        finally:
            os.kill(host.pid, signal.SIGCONT)
        qtbot.waitUntil(lambda: player.available, timeout=5000)
        assert heard == [(True, ""), (False, NOT_ANSWERING), (True, "")]
    finally:
        player.keep_awake(False)
        host.close()


def test_close_never_waits_for_a_stopped_host(qtbot: QtBot) -> None:
    host = HostProcess((sys.executable, ["-c", FAKE_HOST], {}))
    messages: list[Any] = []
    host.message.connect(messages.append)
    host.start()
    qtbot.waitUntil(lambda: len(messages) >= 2, timeout=20_000)
    os.kill(host.pid, signal.SIGSTOP)  # SIGKILL still ends it
    host.close()
    assert host.pid == 0


class FakeRemoteVoice(RecordingVoice):
    made: ClassVar[list[FakeRemoteVoice]] = []

    def __init__(self, engine: str = "", parent: object = None) -> None:
        super().__init__()
        self.engine = engine
        self.closed = False
        FakeRemoteVoice.made.append(self)

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def fake_voice(monkeypatch: pytest.MonkeyPatch) -> list[FakeRemoteVoice]:
    FakeRemoteVoice.made = []
    monkeypatch.setattr(remote, "RemoteVoice", FakeRemoteVoice)
    return FakeRemoteVoice.made


def test_voice_off_is_never_loaded_until_turned_on(fake_voice: list[FakeRemoteVoice]) -> None:
    output = CueOutput(RecordingPlayer(), preferences=CuePreferences(voice_enabled=False))
    output.load()
    assert fake_voice == [] and not output.voice_available and output.voice_reason == ""
    assert output.voice_names() == []
    output.set_voice_enabled(True)  # set up now, in its own host
    assert len(fake_voice) == 1 and fake_voice[0].loaded
    output.set_voice_enabled(False)  # its host ends rather than sit idle
    assert fake_voice[0].closed and not output.voice_available and output.voice_names() == []
    output.set_voice_enabled(True)
    assert len(fake_voice) == 2 and fake_voice[1].loaded and not fake_voice[1].closed


def test_voice_on_is_set_up_at_load(fake_voice: list[FakeRemoteVoice]) -> None:
    output = CueOutput(RecordingPlayer(), preferences=CuePreferences(voice_enabled=True,
                                                                     voice_engine="x"))
    assert fake_voice == []  # nothing before load
    output.load()
    assert [voice.engine for voice in fake_voice] == ["x"]


def test_window_process_loads_no_multimedia_or_speech() -> None:
    # remote.py, host.py's parent side, must stay free of QtMultimedia and QtTextToSpeech.
    source = Path(remote.__file__).read_text()
    assert "QtMultimedia" not in source.replace("never imports QtMultimedia", "")
    assert "QtTextToSpeech" not in source


def test_sound_back_only_after_it_was_gone() -> None:
    player = RecordingPlayer(available=False, reason="")  # a host still loading
    output = CueOutput(player, RecordingVoice())
    notices: list[str] = []
    output.notice.connect(notices.append)
    output.load()
    player.set_available(True)  # loaded: nothing to say
    player.set_available(False, NOT_ANSWERING)
    player.set_available(True)
    assert notices == [NOT_ANSWERING, "Sound is back."]
