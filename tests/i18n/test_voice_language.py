"""The voice speaks the chosen language when its engine has a voice for it, and otherwise
steps aside (unavailable, with the reason) so the cues stay sounds and text on the screen.
Qt's "mock" engine has English, Finnish and Norwegian voices and no German one."""

from __future__ import annotations

import json
import os
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed for a voice

from pytestqt.qtbot import QtBot

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.voice import QtVoice, VoiceStatus
from leg_timer.core import translation


def test_a_language_the_engine_has_sets_its_locale(qtbot: QtBot) -> None:
    voice = QtVoice("mock")
    voice.load()
    assert voice.available
    voice.set_language("fi")  # Finnish: the mock engine has a voice for it
    assert voice.available and voice.reason == ""
    assert voice._speech is not None and voice._speech.locale().name() == "fi_FI"


def test_a_language_without_a_voice_falls_back_to_sounds_and_text(qtbot: QtBot) -> None:
    voice = QtVoice("mock")
    changes: list[tuple[bool, str]] = []
    voice.availability_changed.connect(lambda available, reason: changes.append(
        (available, reason)))
    voice.load()
    voice.set_language("de")
    assert not voice.available
    assert "Deutsch" in voice.reason and "sounds and text" in voice.reason
    assert changes[-1] == (False, voice.reason)
    voice.say("Pause")  # not spoken in an English voice, and no error
    voice.set_language("en")
    assert voice.available


class RecordingVoice:
    """A voice double that records what the cue output tells it."""

    def __init__(self) -> None:
        self.languages: list[str] = []
        self.available, self.reason = True, ""

    def load(self) -> None: ...
    def say(self, text: str) -> None: ...
    def stop(self) -> None: ...
    def set_rate(self, rate: float) -> None: ...
    def set_volume(self, volume: float) -> None: ...
    def set_voice(self, name: str) -> None: ...
    def voice_names(self) -> list[str]:
        return []

    def set_language(self, language: str) -> None:
        self.languages.append(language)


def test_the_cue_output_passes_the_language_to_its_voice(qtbot: QtBot) -> None:
    voice = RecordingVoice()
    output = CueOutput(voice=voice)  # type: ignore[arg-type]
    output.set_language("zh_CN")
    assert voice.languages[-1] == "zh_CN"


def test_the_voice_host_takes_the_language_before_the_voice(compiled: None) -> None:
    from leg_timer.audio.host import Host

    calls: list[tuple[str, Any]] = []

    class Target:
        def set_voice(self, name: str) -> None:
            calls.append(("voice", name))

        def set_language(self, language: str) -> None:
            calls.append(("language", language))

    host = Host.__new__(Host)
    host._role, host._voice, host._player = "voice", Target(), None
    host._settings, host._translators = {}, []
    try:
        for line in ('{"op": "voice", "value": "German"}',
                     '{"op": "language", "value": "de"}'):
            calls.clear()
            host._handle(json.loads(line))
        assert calls == [("language", "de"), ("voice", "German")]
        # The host's own words (the reasons it reports) are German now too.
        assert VoiceStatus.tr("The voice is not ready yet.") == "The voice is not ready yet." or \
            VoiceStatus.tr("No speech engine is installed (on Linux: speech-dispatcher).") != (
                "No speech engine is installed (on Linux: speech-dispatcher).")
    finally:
        translation.install(None)
