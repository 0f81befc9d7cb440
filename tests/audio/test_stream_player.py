"""StreamCuePlayer on a real (private, null-sink) PulseAudio server: one stream that runs
while a session runs, cues placed on it, volume and mute, a device change, and the regression
test of Qt 6.11's finished-sound hang for this path."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
from PySide6.QtMultimedia import QtAudio
from pytestqt.qtbot import QtBot

from leg_timer.audio.mixer import LEARN_READ_MS, LEARN_S, LEARN_SPREAD_MS
from leg_timer.audio.sound import CuePlayer
from leg_timer.audio.stream_player import (
    DITHER_MS,
    PERIOD_MS,
    PULSE_LATENCY_VARIABLE,
    SERVER_BUFFER_MS,
    StreamCuePlayer,
)
from leg_timer.core.announcements import SOUND_NAMES
from tests.audio.pulse import SINK, PulseServer

LINGER_MS = 1000  # shorter than the app's, so the tests that wait for the stream to end are quick


@pytest.fixture
def player(qt_audio: PulseServer, qtbot: QtBot) -> Iterator[StreamCuePlayer]:
    made = StreamCuePlayer(linger_ms=LINGER_MS)
    with qtbot.waitSignal(made.ready, timeout=10_000):
        made.preload()
    yield made
    made.keep_awake(False)
    qtbot.waitUntil(lambda: not made.keeping_awake, timeout=LINGER_MS + 5_000)
    made.deleteLater()


def streams(server: PulseServer) -> tuple[list[str], str]:
    """Whether each stream into the sink is corked ("yes"/"no"), and the sink's state."""
    inputs = server.pactl("list", "sink-inputs")
    corked = [line.split(":", 1)[1].strip() for line in inputs.splitlines()
              if line.strip().startswith("Corked:")]
    (sink,) = [line.split("\t") for line in server.pactl("list", "short", "sinks").splitlines()
               if line.split("\t")[1] == SINK]
    return corked, sink[-1]


def test_plays_every_sound_and_refuses_when_muted(player: StreamCuePlayer, qtbot: QtBot) -> None:
    assert isinstance(player, CuePlayer)
    assert player.available and player.reason == "" and player.is_ready
    assert player.device_name == "Cues"
    for name in sorted(SOUND_NAMES):
        assert player.play(name)
    assert player.keeping_awake  # a cue outside a session starts the stream
    with pytest.raises(KeyError, match="no sound 'beep'"):
        player.play("beep")
    player.set_volume(0.5)
    sink = player._sink
    assert sink is not None
    linear = QtAudio.convertVolume(0.5, QtAudio.VolumeScale.LogarithmicVolumeScale,
                                   QtAudio.VolumeScale.LinearVolumeScale)
    assert sink.volume() == pytest.approx(linear, abs=0.01)
    player.set_muted(True)
    assert sink.volume() == 0.0 and not player.play("tick")
    assert not any(player.is_playing(name) for name in SOUND_NAMES)  # dropped, not heard
    player.set_muted(False)
    assert sink.volume() == pytest.approx(linear, abs=0.01) and player.play("tick")


def test_one_stream_runs_while_a_session_runs(player: StreamCuePlayer, qt_audio: PulseServer,
                                              qtbot: QtBot) -> None:
    """The stream keeps the sink running (no separate keep-alive stream), and goes when the
    session ends."""
    assert streams(qt_audio)[0] == []
    player.keep_awake(True)
    qtbot.waitUntil(lambda: streams(qt_audio) == (["no"], "RUNNING"), timeout=5_000)
    # An idle null sink takes its time (2 s blocks) before it consumes the first frames.
    qtbot.waitUntil(lambda: player.latency_s is not None, timeout=10_000)
    assert player.keeping_awake and streams(qt_audio) == (["no"], "RUNNING")
    latency = player.latency_s
    assert latency is not None and 0.0 < latency < 0.5
    player.keep_awake(False)
    qtbot.waitUntil(lambda: streams(qt_audio)[0] == [], timeout=LINGER_MS + 5_000)
    assert not player.keeping_awake


def test_the_stream_is_read_at_random_intervals(player: StreamCuePlayer, qtbot: QtBot) -> None:
    """Readings at a fixed period would keep one phase of the server's own cycle for tens of
    seconds, and the sample clock's lower envelope would be off by part of a chunk. While a
    new stream's clock learns (its first LEARN_S), they come five times as often."""
    player.keep_awake(True)
    qtbot.waitUntil(lambda: player._scheduler is not None
                    and player._scheduler.sample_clock.frame_at(time.monotonic()) is not None,
                    timeout=10_000)
    clock = player._scheduler.sample_clock  # type: ignore[union-attr]
    learning_waits: set[int] = set()

    def note_learning_wait() -> bool:
        learning_waits.add(player._pump.interval())
        return len(learning_waits) >= 4

    qtbot.waitUntil(note_learning_wait, timeout=2_000)  # the line is known a second in
    assert all(LEARN_READ_MS - LEARN_SPREAD_MS <= wait <= LEARN_READ_MS + LEARN_SPREAD_MS
               for wait in learning_waits)
    qtbot.waitUntil(lambda: not clock.learning, timeout=int(LEARN_S * 1000) + 5_000)
    qtbot.wait(3 * LEARN_READ_MS)  # the wait set at the last learning read has passed
    waits: set[int] = set()

    def note_wait() -> bool:
        waits.add(player._pump.interval())
        return len(waits) >= 6

    qtbot.waitUntil(note_wait, timeout=5_000)
    assert all(PERIOD_MS - DITHER_MS <= wait <= PERIOD_MS + DITHER_MS for wait in waits)


def test_the_stream_asks_the_server_for_a_buffer_longer_than_qts(
        player: StreamCuePlayer, qt_audio: PulseServer, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Qt 6.11 asks for 21 ms, which ran short on a busy machine (every later cue heard
    later): the stream asks for SERVER_BUFFER_MS through libpulse's $PULSE_LATENCY_MSEC, set
    only while it connects."""
    monkeypatch.delenv(PULSE_LATENCY_VARIABLE, raising=False)
    player.keep_awake(True)
    qtbot.waitUntil(lambda: streams(qt_audio)[0] == ["no"], timeout=5_000)
    latencies = [int(line.split(":", 1)[1].split()[0]) for line
                 in qt_audio.pactl("list", "sink-inputs").splitlines()
                 if line.strip().startswith("Buffer Latency:")]
    assert PULSE_LATENCY_VARIABLE not in os.environ  # set only while the stream connected
    # The server's buffer for the stream (less the sink's share), in microseconds: with
    # Qt's own request it was about 10 ms.
    assert latencies and latencies[0] > SERVER_BUFFER_MS * 1000 // 3


def test_a_cue_asked_for_too_late_plays_at_once_and_is_counted(
        player: StreamCuePlayer, qtbot: QtBot) -> None:
    player.keep_awake(True)
    qtbot.waitUntil(lambda: player.latency_s is not None, timeout=10_000)  # clock known
    assert player.play("tick", time.monotonic() + player.ahead_s) and player.late_cues == 0
    # Its frame is written already (the buffer runs ~120 ms ahead): the next frame written.
    assert player.play("tick", time.monotonic() + 0.01) and player.late_cues == 1
    assert player.play("tick", time.monotonic() - 0.5) and player.late_cues == 2
    assert player.is_playing("tick")


def test_a_cue_sent_ahead_can_be_cancelled_before_it_begins(
        player: StreamCuePlayer, qtbot: QtBot) -> None:
    player.keep_awake(True)
    qtbot.waitUntil(lambda: player.latency_s is not None, timeout=10_000)
    at = time.monotonic() + player.ahead_s + 0.5
    assert player.play("go", at) and player.is_playing("go")
    player.cancel(at)  # a pause came before its instant
    assert not player.is_playing("go")
    qtbot.wait(int((at - time.monotonic()) * 1000) + 200)
    assert player.late_cues == 0 and not player.is_playing("go")


def test_no_cue_ends_inside_qt(player: StreamCuePlayer, qtbot: QtBot) -> None:
    """Qt 6.11 could free a QSoundEffect's finished sound in the audio thread and leave the
    GUI thread spinning on "QSocketNotifier: Invalid socket" (docs/gotchas.md). No sound ends
    inside Qt here: cues end as samples of one stream, which this thread stops. After cues
    have ended and the stream has stopped, the process is idle (a spin would be 100 % of a
    core; Qt's warnings would fail the test too)."""
    for _ in range(3):
        for name in ("tick", "go", "tick"):
            assert player.play(name)
            qtbot.wait(120)
        qtbot.waitUntil(lambda: not player.keeping_awake, timeout=LINGER_MS + 5_000)
    cpu_before, wall_before = time.process_time(), time.monotonic()
    qtbot.wait(1_000)
    busy = (time.process_time() - cpu_before) / (time.monotonic() - wall_before)
    assert busy < 0.3, f"the process used {busy:.0%} of a core with nothing to play"


def test_follows_the_default_output_when_it_changes(player: StreamCuePlayer,
                                                    qt_audio: PulseServer,
                                                    qtbot: QtBot) -> None:
    changes: list[tuple[bool, str]] = []
    player.subscribe(lambda available, reason: changes.append((available, reason)))
    player.keep_awake(True)
    module = qt_audio.pactl("load-module", "module-null-sink", "sink_name=headset",
                            "sink_properties=device.description=Headset").strip()
    try:
        qt_audio.pactl("set-default-sink", "headset")
        qtbot.waitUntil(lambda: player.device_name == "Headset" and player.keeping_awake,
                        timeout=10_000)
        assert player.play("go")
    finally:
        qt_audio.pactl("set-default-sink", SINK)
        qt_audio.pactl("unload-module", module)
    qtbot.waitUntil(lambda: player.device_name == "Cues" and player.keeping_awake,
                    timeout=10_000)
    assert player.play("go")
    assert changes == []  # a device was there all along: nothing to tell the user


def test_the_sound_host_uses_the_stream_player_unless_told_otherwise() -> None:
    from leg_timer.audio.preferences import PLAYER_VARIABLE
    from leg_timer.audio.sound import QtCuePlayer
    from leg_timer.audio.stream_player import cue_player

    saved = os.environ.pop(PLAYER_VARIABLE, None)
    try:
        streamed = cue_player()
        assert isinstance(streamed, StreamCuePlayer)  # the default
        os.environ[PLAYER_VARIABLE] = "effects"
        made = cue_player()
        assert isinstance(made, QtCuePlayer)  # the fallback: QSoundEffect
    finally:
        os.environ.pop(PLAYER_VARIABLE, None)
        if saved is not None:
            os.environ[PLAYER_VARIABLE] = saved
        made.deleteLater()
        streamed.deleteLater()


def test_the_sound_host_asks_for_cues_ahead_and_takes_cancels(qt_audio: PulseServer,
                                                              qtbot: QtBot) -> None:
    """The real sound host (a process) runs the stream player, tells the window how far ahead
    it wants its cues, and takes a cancel: what the window's CueOutput relies on."""
    from leg_timer.audio.host import REQUEST_WAY_S
    from leg_timer.audio.remote import RemoteCuePlayer
    from leg_timer.audio.stream_player import AHEAD_S

    remote = RemoteCuePlayer()
    try:
        remote.preload()
        qtbot.waitUntil(lambda: remote.available, timeout=30_000)
        assert remote.ahead_s == pytest.approx(AHEAD_S + REQUEST_WAY_S)
        remote.keep_awake(True)
        at = time.monotonic() + remote.ahead_s + 0.3
        assert remote.play("go", at)
        remote.cancel(at)
        remote.host.ping()
        qtbot.waitUntil(lambda: not remote.host._watchdog.waiting, timeout=5_000)  # answered
        assert remote.available
    finally:
        remote.keep_awake(False)
        remote.close()
