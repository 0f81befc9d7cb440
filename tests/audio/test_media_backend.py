"""The audio hosts run without QtMultimedia's FFmpeg back-end, from source as in the bundle
(leg_timer/audio/media_backend.py): real hosts on the private PulseAudio null sink map no
libav*/libsw*/FFmpeg plugin, still play their cues into the sink, and keep Qt's notice of the
missing back-end out of the terminal while other warnings still show."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo

from leg_timer.audio import media_backend
from leg_timer.audio.preferences import PLAYER_VARIABLE
from leg_timer.audio.second_process import HOST_VARIABLE
from tests.audio import onsets
from tests.audio.pulse import RATE_HZ, PulseServer
from tests.audio.speechd import SpeechDispatcher
from tests.processes import brief, stop_process

ROOT = Path(__file__).resolve().parents[2]
FFMPEG_PLUGIN = (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
                 / "libffmpegmediaplugin.so")
START_TIMEOUT_S = 30.0


def ffmpeg_libraries(pid: int) -> set[str]:
    """The FFmpeg libraries and Qt's FFmpeg plugin that a process maps."""
    names = {line.split()[-1].rsplit("/", 1)[-1]
             for line in Path(f"/proc/{pid}/maps").read_text().splitlines()
             if len(line.split()) >= 6}
    return {name for name in names if name.startswith(("libav", "libsw")) or "ffmpeg" in name}


def maps_library(pid: int, prefix: str) -> bool:
    return any(line.split()[-1].rsplit("/", 1)[-1].startswith(prefix)
               for line in Path(f"/proc/{pid}/maps").read_text().splitlines()
               if len(line.split()) >= 6)


class RealHost:
    """``python -m leg_timer`` as an audio host (as leg_timer.audio.remote starts it), driven
    by JSON lines on its stdin; its stderr kept in a file."""

    def __init__(self, role: str, env: dict[str, str], folder: Path) -> None:
        self.stderr_path = folder / f"host-{role.replace(':', '-')}.err"
        self._buffer = b""
        self.messages: list[dict[str, Any]] = []
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "leg_timer"],
                env={**env, HOST_VARIABLE: role, "QT_QPA_PLATFORM": "offscreen"},
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr, cwd=ROOT)

    @property
    def pid(self) -> int:
        return self.process.pid

    def send(self, message: dict[str, Any]) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(message).encode() + b"\n")
        self.process.stdin.flush()

    def wait_for(self, wanted: Callable[[dict[str, Any]], bool],
                 timeout_s: float = START_TIMEOUT_S) -> dict[str, Any]:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout_s
        while True:
            for message in self.messages:
                if wanted(message):
                    return message
            left = deadline - time.monotonic()
            if left <= 0 or self.process.poll() is not None:
                raise AssertionError(f"no such message from the host; it sent {self.messages}"
                                     f"\nits stderr:\n{brief(self.stderr())}")
            readable, _, _ = select.select([self.process.stdout], [], [], left)
            if readable:
                data = os.read(self.process.stdout.fileno(), 1 << 16)
                *lines, self._buffer = (self._buffer + data).split(b"\n")
                self.messages += [json.loads(line) for line in lines if line.strip()]

    def available(self) -> dict[str, Any]:
        return self.wait_for(lambda m: m.get("op") == "state" and m.get("available") is True)

    def stderr(self) -> str:
        return self.stderr_path.read_text(errors="replace")

    def close(self) -> str:
        """Ends the host as the window does (its stdin closes); returns its stderr."""
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            stop_process(self.process)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return self.stderr()


@pytest.fixture
def hosts(tmp_path: Path) -> Iterator[Callable[[str, dict[str, str]], RealHost]]:
    started: list[RealHost] = []

    def start(role: str, env: dict[str, str]) -> RealHost:
        host = RealHost(role, env, tmp_path)
        started.append(host)
        return host

    yield start
    for host in started:
        host.close()


def heard(server: PulseServer, folder: Path, play: Callable[[], None],
          seconds: float = 2.0) -> list[onsets.Onset]:
    """The cues found in a recording of the sink while ``play`` runs."""
    recording = folder / "sink.raw"
    recorder = server.record(recording)
    try:
        # The null sink runs in long blocks until the recorder asks for short ones.
        deadline = time.monotonic() + 10
        while not recording.exists() or recording.stat().st_size < RATE_HZ * 2 // 5:
            assert time.monotonic() < deadline, "the sink's monitor never started"
            time.sleep(0.02)
        play()
        time.sleep(seconds)
    finally:
        raw = recorder.stop()
    return onsets.find_onsets(onsets.from_raw(raw))


@pytest.mark.parametrize("player", ["stream", "effects"])
def test_the_sound_host_plays_without_ffmpeg(player: str, pulse_server: PulseServer,
                                             hosts: Callable[[str, dict[str, str]], RealHost],
                                             tmp_path: Path) -> None:
    env = {**pulse_server.env, PLAYER_VARIABLE: player}
    env.pop(media_backend.BACKEND_VARIABLE, None)
    host = hosts("sound", env)
    host.send({"op": "volume", "value": 1.0})
    host.available()  # every sound loaded (QSoundEffect: Ready) on the null sink
    assert maps_library(host.pid, "libQt6Multimedia"), "it does use QtMultimedia"
    assert ffmpeg_libraries(host.pid) == set()

    def play() -> None:
        host.send({"op": "keep_awake", "value": True})
        host.send({"op": "play", "name": "bell"})

    found = heard(pulse_server, tmp_path, play)
    assert [onset.sound for onset in found if onset.sound] == ["bell"], found
    assert ffmpeg_libraries(host.pid) == set()
    stderr = host.close()
    assert host.process.returncode == 0
    # Nothing in the terminal: not Qt's notice of the missing back-end, nor FFmpeg's banner.
    assert media_backend.NO_BACKEND_NOTICE not in stderr
    assert stderr.strip() == "", stderr


@pytest.mark.skipif(not FFMPEG_PLUGIN.exists(), reason="no FFmpeg plugin here (a bundle?)")
def test_a_backend_someone_chose_is_loaded(pulse_server: PulseServer,
                                           hosts: Callable[[str, dict[str, str]], RealHost]
                                           ) -> None:
    host = hosts("sound", {**pulse_server.env, media_backend.BACKEND_VARIABLE: "ffmpeg"})
    host.available()
    assert "libffmpegmediaplugin.so" in ffmpeg_libraries(host.pid)
    assert host.close().strip() == ""  # the host's own rule keeps FFmpeg's banner out


def test_the_voice_host_speaks_without_ffmpeg(speech_dispatcher: SpeechDispatcher,
                                              hosts: Callable[[str, dict[str, str]], RealHost]
                                              ) -> None:
    host = hosts("voice:speechd", speech_dispatcher.env)
    host.available()
    host.send({"op": "say", "text": "Get ready"})
    time.sleep(1.0)
    assert host.process.poll() is None
    assert ffmpeg_libraries(host.pid) == set()


CHECK_MESSAGES = """
import os, sys, time
from PySide6.QtCore import QCoreApplication, QUrl, qWarning
from leg_timer.audio import media_backend
assert media_backend.choose("sound")
app = QCoreApplication(sys.argv[:1])
qWarning("a warning before QtMultimedia")
from PySide6.QtMultimedia import QSoundEffect
effect = QSoundEffect()
effect.setSource(QUrl.fromLocalFile(sys.argv[1]))
deadline = time.monotonic() + 10
while effect.status() not in (QSoundEffect.Status.Ready, QSoundEffect.Status.Error):
    assert time.monotonic() < deadline
    app.processEvents()
    time.sleep(0.01)
qWarning("a warning after QtMultimedia")
print(effect.status().name, QCoreApplication.libraryPaths())
"""


@pytest.mark.parametrize("pattern", [None, "[%{type}] %{message}"])
def test_only_the_notice_of_no_backend_is_dropped(pattern: str | None,
                                                  pulse_server: PulseServer) -> None:
    env = {**pulse_server.env, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_MESSAGE_PATTERN", None)
    if pattern:
        env["QT_MESSAGE_PATTERN"] = pattern
    result = subprocess.run(
        [sys.executable, "-c", CHECK_MESSAGES, str(ROOT / "resources" / "sounds" / "tick.wav")],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Ready"), result.stdout
    lines = result.stderr.splitlines()
    prefix = "[warning] " if pattern else ""
    assert lines == [f"{prefix}a warning before QtMultimedia",
                     f"{prefix}a warning after QtMultimedia"]


def test_nothing_is_changed_for_the_voice_or_a_chosen_backend() -> None:
    before = QCoreApplication.libraryPaths()
    assert not media_backend.choose("voice", {})
    assert not media_backend.choose("sound", {media_backend.BACKEND_VARIABLE: "ffmpeg"})
    assert QCoreApplication.libraryPaths() == before
