"""The settings dialog on its own: it follows sound and voice availability as it changes after
the dialog is built, keeps the get-ready number when unticked, and shows the log file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from pytestqt.qtbot import QtBot

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.ui.pages.settings_dialog import SettingsDialog
from leg_timer.ui.settings import AppSettings
from tests.doubles import RecordingPlayer

pytestmark = [
    # Offscreen Qt says it cannot size or raise dialogs; on a desktop both just work.
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]

STARTING = "The speechd speech engine is starting."


class SlowVoice(QObject):
    """A voice whose engine comes up after load(), as QtVoice's speech-dispatcher does:
    unavailable with a reason and no voices, until :meth:`become` says otherwise."""

    availability_changed = Signal(bool, str)

    def __init__(self, available: bool = False, reason: str = STARTING) -> None:
        super().__init__()
        self.available = available
        self.reason = reason
        self.names: list[str] = []
        self.voice = ""

    def become(self, available: bool, reason: str = "", names: tuple[str, ...] = (),
               *, tell: bool = True) -> None:
        """Change availability; ``tell=False`` changes it without the signal."""
        self.available, self.reason, self.names = available, reason, list(names)
        if tell:
            self.availability_changed.emit(available, reason)

    def load(self) -> None:
        pass

    def say(self, text: str) -> None:
        pass

    def stop(self) -> None:
        pass

    def set_rate(self, rate: float) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def set_voice(self, name: str) -> None:
        self.voice = name

    def voice_names(self) -> list[str]:
        return list(self.names) if self.available else []


class Rig:
    def __init__(self, qtbot: QtBot, settings_path: Path, *,
                 preferences: CuePreferences | None = None, log_file: Path | None = None
                 ) -> None:
        self.player = RecordingPlayer()
        self.voice = SlowVoice()
        self.settings = AppSettings(settings_path)
        self.cues = CueOutput(self.player, self.voice, preferences, speech_after_sound_ms=0)
        self.cues.load()  # as the window does after its first paint, before Ctrl+,
        self.dialog = SettingsDialog(self.cues, self.settings, log_file=log_file)
        qtbot.addWidget(self.dialog)

    def voices_listed(self) -> list[str]:
        combo = self.dialog.voice_name
        return [combo.itemText(index) for index in range(combo.count())]

    def voice_controls_enabled(self) -> list[bool]:
        dialog = self.dialog
        return [widget.isEnabled() for widget in (dialog.voice_enabled, dialog.voice_name,
                                                  dialog.voice_rate, dialog.count_reps)]


@pytest.fixture
def rig(qtbot: QtBot, tmp_path: Path) -> Iterator[Rig]:
    made = Rig(qtbot, tmp_path / "settings.ini")
    yield made
    made.dialog.close()


def test_the_voice_settings_follow_the_engine_as_it_starts(rig: Rig, qtbot: QtBot) -> None:
    dialog = rig.dialog
    dialog.show()
    assert dialog.voice_reason.text() == STARTING and dialog.voice_reason.isVisible()
    assert rig.voice_controls_enabled() == [False] * 4
    assert rig.voices_listed() == ["System default"]

    rig.voice.become(True, names=("Alice", "Bob"))  # while the dialog is open
    assert not dialog.voice_reason.isVisible()
    assert rig.voice_controls_enabled() == [True] * 4
    assert rig.voices_listed() == ["System default", "Alice", "Bob"]

    dialog.close()
    rig.voice.become(False, "The speech engine stopped: speech-dispatcher exited.")
    dialog.show()  # reopened: the window keeps one dialog for the session
    assert dialog.voice_reason.text().startswith("The speech engine stopped")
    assert dialog.voice_reason.isVisible()
    assert rig.voice_controls_enabled() == [False] * 4
    assert rig.voices_listed() == ["System default"]


def test_reopening_shows_what_changed_unannounced(rig: Rig) -> None:
    rig.dialog.show()
    rig.dialog.close()
    rig.voice.become(True, names=("Alice",), tell=False)  # no signal: only showing notices
    assert rig.voice_controls_enabled() == [False] * 4
    rig.dialog.show()
    assert not rig.dialog.voice_reason.isVisible()
    assert rig.voice_controls_enabled() == [True] * 4
    assert rig.voices_listed() == ["System default", "Alice"]


def test_the_sound_reason_follows_the_audio_device(rig: Rig) -> None:
    dialog = rig.dialog
    dialog.show()
    assert not dialog.sound_reason.isVisible()
    rig.player.set_available(False, "No audio device")
    assert dialog.sound_reason.text() == "No audio device" and dialog.sound_reason.isVisible()
    assert dialog.volume.isEnabled() and dialog.muted.isEnabled()  # they still steer the voice
    rig.player.set_available(True)
    assert not dialog.sound_reason.isVisible()


def test_the_chosen_voice_is_kept_while_the_engine_starts(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    rig = Rig(qtbot, tmp_path / "settings.ini", preferences=CuePreferences(voice_name="Bob"))
    assert rig.voices_listed() == ["System default", "Bob (not available now)"]
    assert rig.dialog.voice_name.currentData() == "Bob"
    rig.dialog.volume.setValue(30)  # another change, before the engine is up
    assert rig.cues.preferences.voice_name == "Bob"
    assert rig.settings.cue_preferences.voice_name == "Bob"
    rig.voice.become(True, names=("Alice", "Bob"))
    assert rig.voices_listed() == ["System default", "Alice", "Bob"]
    assert rig.dialog.voice_name.currentText() == "Bob"
    assert rig.voice.voice == "Bob"


def test_muting_from_the_window_shows_in_the_dialog(rig: Rig) -> None:
    rig.cues.set_muted(True)  # M in the window, the dialog built earlier
    assert rig.dialog.muted.isChecked()
    rig.dialog.volume.setValue(55)  # a later change does not unmute
    assert rig.cues.preferences.muted
    assert rig.cues.preferences.volume == pytest.approx(0.55)


def test_the_own_get_ready_time_keeps_its_number_when_unticked(rig: Rig, qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    dialog = rig.dialog
    emitted: list[object] = []
    dialog.prepare_changed.connect(emitted.append)
    assert not dialog.own_prepare.isChecked() and not dialog.prepare.isEnabled()
    assert dialog.prepare.value() == 10
    dialog.own_prepare.setChecked(True)
    dialog.prepare.setValue(25)
    dialog.own_prepare.setChecked(False)
    assert emitted == [10.0, 25.0, None]
    assert rig.settings.prepare_override_s is None
    rig.settings.sync()
    stored = AppSettings(tmp_path / "settings.ini")
    assert stored.prepare_override_s is None and stored.prepare_s == 25
    again = SettingsDialog(rig.cues, stored)
    qtbot.addWidget(again)
    assert not again.own_prepare.isChecked() and again.prepare.value() == 25
    again.own_prepare.setChecked(True)
    assert stored.prepare_override_s == 25.0


def test_the_log_file_is_shown_to_copy(qtbot: QtBot, tmp_path: Path) -> None:
    log_file = tmp_path / "state" / "leg-timer.log"
    rig = Rig(qtbot, tmp_path / "settings.ini", log_file=log_file)
    label = rig.dialog.log_file
    assert label is not None
    assert label.text() == f"Log file: {log_file}"
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    rig.dialog.show()
    assert label.isVisible()
    rig.dialog.close()


def test_no_log_file_no_line(rig: Rig) -> None:
    assert rig.dialog.log_file is None
