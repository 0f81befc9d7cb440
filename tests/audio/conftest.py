"""Fixtures for the audio tests: a private PulseAudio server (null sink) and its recorder.

Qt's audio objects are only ever created against that private server (in this process through
:func:`qt_audio`, in child processes through :attr:`PulseServer.env`): with no server answering,
QtMultimedia logs warnings, and warnings fail the tests. Everything else uses the recording
player and voice. A missing tool skips a test with the reason, except under CI=true, where it
fails: CI must run them.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest

from tests.audio.pulse import PulseServer
from tests.audio.speechd import SpeechDispatcher
from tests.conftest import require


@pytest.fixture(scope="session")
def pulse_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PulseServer]:
    require("pulseaudio", "pactl", "parec")
    server = PulseServer(tmp_path_factory.mktemp("pulse"))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def speech_dispatcher(pulse_server: PulseServer) -> Iterator[SpeechDispatcher]:
    """A private speech-dispatcher (espeak-ng) speaking into the private server."""
    require("speech-dispatcher", "espeak-ng")
    dispatcher = SpeechDispatcher(pulse_server)
    dispatcher.start()
    try:
        yield dispatcher
    finally:
        dispatcher.stop()


QT_AUDIO_VARIABLES = ("PULSE_SERVER", "PULSE_SINK", "PULSE_RUNTIME_PATH", "QT_AUDIO_BACKEND")


@pytest.fixture(scope="session")
def qt_audio(pulse_server: PulseServer) -> Iterator[PulseServer]:
    """Points this process's QtMultimedia at the private server (before it first connects)."""
    saved = {name: os.environ.get(name) for name in QT_AUDIO_VARIABLES}
    os.environ.update({name: pulse_server.env[name] for name in QT_AUDIO_VARIABLES})
    try:
        yield pulse_server
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
