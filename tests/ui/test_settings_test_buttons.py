"""Issue 9: "Test sound" and "Test voice" in the settings play and speak at once, or say why
nothing can be heard."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from leg_timer.audio.cue_output import TEST_SOUND, TEST_WORDS, CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.ui.pages.settings_dialog import SettingsDialog
from leg_timer.ui.settings import AppSettings
from tests.doubles import RecordingPlayer, RecordingVoice

pytestmark = [
    # Offscreen Qt says it cannot size or raise dialogs; on a desktop both just work.
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


_SETTINGS: list[AppSettings] = []


@pytest.fixture(autouse=True)
def _settings_saved() -> Iterator[None]:
    """Each test's settings saved at its end: a save still scheduled would fire in a later
    test (and leave its report timer running there)."""
    yield
    while _SETTINGS:
        _SETTINGS.pop().sync()


def make(qtbot: QtBot, tmp_path: Path, preferences: CuePreferences, *,
         sound: bool = True) -> tuple[SettingsDialog, RecordingPlayer, RecordingVoice]:
    player = RecordingPlayer(available=sound, reason="" if sound else "No audio device.")
    voice = RecordingVoice()
    cues = CueOutput(player, voice, preferences, speech_after_sound_ms=0)
    cues.load()
    settings = AppSettings(tmp_path / "settings.ini")
    _SETTINGS.append(settings)
    dialog = SettingsDialog(cues, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, player, voice


def test_test_sound_and_voice_play_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, player, voice = make(qtbot, tmp_path, CuePreferences(voice_enabled=True))
    qtbot.mouseClick(dialog.test_sound, Qt.MouseButton.LeftButton)
    assert player.played == [TEST_SOUND]
    assert dialog.test_result.text() == "Playing the start cue."
    assert dialog.test_voice.isEnabled()
    qtbot.mouseClick(dialog.test_voice, Qt.MouseButton.LeftButton)
    assert voice.said == [TEST_WORDS]
    assert dialog.test_result.text() == "Speaking a test line."

    dialog.voice_enabled.setChecked(False)  # the voice off: nothing to test
    assert not dialog.test_voice.isEnabled()
    dialog.close()


def test_the_tests_say_why_nothing_is_heard(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, player, voice = make(qtbot, tmp_path, replace(CuePreferences(), muted=True))
    qtbot.mouseClick(dialog.test_sound, Qt.MouseButton.LeftButton)
    assert player.played == []
    assert dialog.test_result.text() == "Sounds are muted: unmute to hear them."
    dialog.close()

    dialog, player, voice = make(qtbot, tmp_path, CuePreferences(voice_enabled=False),
                                 sound=False)
    qtbot.mouseClick(dialog.test_sound, Qt.MouseButton.LeftButton)
    assert dialog.test_result.text() == "No audio device."
    assert not dialog.test_voice.isEnabled()
    assert dialog._cues.test_voice() == "Turn on “Speak announcements” to hear the voice."
    assert voice.said == []
    dialog.close()
