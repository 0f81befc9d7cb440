"""QtCuePlayer on a real (private, null-sink) PulseAudio server, and with no server at all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtMultimedia import QSoundEffect
from pytestqt.qtbot import QtBot

from leg_timer.audio.server_check import NOT_ANSWERING
from leg_timer.audio.sound import (
    STOP_AFTER_SOUND_MS,
    CuePlayer,
    QtCuePlayer,
    audible_ms,
    sound_file,
)
from leg_timer.core.announcements import SOUND_NAMES
from tests.audio.pulse import SINK, PulseServer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def player(qt_audio: PulseServer, qtbot: QtBot) -> Iterator[QtCuePlayer]:
    made = QtCuePlayer()
    with qtbot.waitSignal(made.ready, timeout=10_000):
        made.preload()
    yield made
    made.keep_awake(False)
    made.deleteLater()


def stream_states(server: PulseServer) -> tuple[list[str], str]:
    """Whether each stream into the sink is corked ("yes"/"no"), and the sink's state."""
    inputs = server.pactl("list", "sink-inputs")
    corked = [line.split(":", 1)[1].strip() for line in inputs.splitlines()
              if line.strip().startswith("Corked:")]
    (sink,) = [line.split("\t") for line in server.pactl("list", "short", "sinks").splitlines()
               if line.split("\t")[1] == SINK]
    return corked, sink[-1]


def test_preloads_every_sound_and_plays(player: QtCuePlayer, qt_audio: PulseServer) -> None:
    assert isinstance(player, CuePlayer)
    assert player.available and player.reason == "" and player.is_ready
    assert player.device_name == "Cues"
    for name in sorted(SOUND_NAMES):
        assert player.play(name)
    with pytest.raises(KeyError, match="no sound 'beep'"):
        player.play("beep")
    player.set_muted(True)
    assert not player.play("tick")
    player.set_muted(False)
    player.set_volume(0.5)
    assert player.play("tick")


def test_keeps_the_output_awake_during_a_session(player: QtCuePlayer, qt_audio: PulseServer,
                                                 qtbot: QtBot) -> None:
    """Qt 6.12 mixes every QSoundEffect into one stream and corks it when nothing plays; an
    uncorked stream keeps the sink running, so the next cue does not wait for it to wake."""
    qtbot.waitUntil(lambda: stream_states(qt_audio) == (["yes"], "IDLE"), timeout=5_000)
    player.keep_awake(True)
    qtbot.waitUntil(lambda: stream_states(qt_audio) == (["no"], "RUNNING"), timeout=5_000)
    qtbot.wait(1_500)  # longer than the silent loop: it really loops
    assert player.keeping_awake and stream_states(qt_audio) == (["no"], "RUNNING")
    player.keep_awake(False)
    qtbot.waitUntil(lambda: stream_states(qt_audio) == (["yes"], "IDLE"), timeout=5_000)
    assert not player.keeping_awake


def test_no_cue_ends_by_itself(player: QtCuePlayer, qtbot: QtBot) -> None:
    """Qt 6.11 can free a sound that ends by itself in the audio thread and hang the window
    (docs/gotchas.md): every cue loops and the GUI thread stops it inside its silent tail."""
    effect = player._effects["tick"]
    assert effect.loopCount() == QSoundEffect.Loop.Infinite.value
    sound_ms = audible_ms(sound_file("tick"))
    assert 30 < sound_ms < 200  # the tick is short; its file is a second longer
    started = time.monotonic()
    assert player.play("tick")
    assert player.is_playing("tick") and effect.isPlaying()
    qtbot.waitUntil(lambda: not player.is_playing("tick"), timeout=3_000)
    stopped_after_ms = (time.monotonic() - started) * 1000
    # Stopped by the player's precise timer, never early, long before the 1 s tail ends.
    assert sound_ms + STOP_AFTER_SOUND_MS <= stopped_after_ms + 2 < sound_ms + 900
    # Played again while still in its tail: the old loop is stopped, one new one plays.
    assert player.play("tick")
    qtbot.wait(sound_ms + 50)
    assert player.play("tick") and player.is_playing("tick")
    qtbot.waitUntil(lambda: not player.is_playing("tick"), timeout=3_000)
    assert not player.is_playing("no-such-sound")


@pytest.mark.qt_log_ignore("Error decoding source")
def test_a_sound_in_error_is_recreated(player: QtCuePlayer, qtbot: QtBot) -> None:
    broken = player.findChildren(QSoundEffect)[0]
    name = next(n for n, e in player._effects.items() if e is broken)
    broken.setSource(QUrl.fromLocalFile(str(ROOT / "no-such-sound.wav")))
    qtbot.waitUntil(lambda: broken.status() is QSoundEffect.Status.Error, timeout=5_000)
    qtbot.waitUntil(lambda: player._effects[name] is not broken and player.is_ready,
                    timeout=5_000)
    assert player.play(name)


def test_follows_the_default_output_when_it_changes(player: QtCuePlayer, qt_audio: PulseServer,
                                                    qtbot: QtBot) -> None:
    changes: list[tuple[bool, str]] = []
    player.subscribe(lambda available, reason: changes.append((available, reason)))
    module = qt_audio.pactl("load-module", "module-null-sink", "sink_name=headset",
                            "sink_properties=device.description=Headset").strip()
    try:
        qt_audio.pactl("set-default-sink", "headset")
        qtbot.waitUntil(lambda: player.device_name == "Headset" and player.is_ready,
                        timeout=10_000)
        assert player.play("go")
    finally:
        qt_audio.pactl("set-default-sink", SINK)
        qt_audio.pactl("unload-module", module)
    qtbot.waitUntil(lambda: player.device_name == "Cues" and player.is_ready, timeout=10_000)
    assert changes == []  # a device was there all along: nothing to tell the user


NO_DEVICE_SCRIPT = """
import json, os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QTimer
from leg_timer.audio.cue_output import CueOutput
from tests.doubles import RecordingVoice
app = QCoreApplication([])
output = CueOutput(voice=RecordingVoice())
notices = []
output.notice.connect(notices.append)
output.changed.connect(lambda: output.audio_reason and app.quit())
QTimer.singleShot(30_000, app.quit)
output.load()  # returns at once: the sound host reports later
app.exec()
print(json.dumps({"available": output.audio_available, "reason": output.audio_reason,
                  "notices": notices, "plays": output._player.play("go")}))
output.close()
"""


def test_no_audio_device_is_reported_not_fatal(tmp_path: Path) -> None:
    # A socket nobody listens on: the sound host finds no server answering there, and the
    # window's process hears of it without ever touching QtMultimedia itself.
    env = {**os.environ, "PULSE_SERVER": f"unix:{tmp_path / 'nobody-listens'}",
           "QT_AUDIO_BACKEND": "pulseaudio", "XDG_RUNTIME_DIR": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", NO_DEVICE_SCRIPT], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60,
                            stdin=subprocess.DEVNULL, check=False)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report == {"available": False, "reason": NOT_ANSWERING,
                      "notices": [NOT_ANSWERING], "plays": False}
