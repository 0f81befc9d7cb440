"""Sound, voice and the settings dialog as the window uses them (recording player and voice,
fake clock): what is played when, M, the flash, the badge, and preferences that stick."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.ui.main_window import MainWindow, Page
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.theme import apply_theme
from tests.conftest import FakeClock
from tests.doubles import RecordingPlayer, RecordingVoice
from tests.ui.conftest import WindowFactory

pytestmark = [
    pytest.mark.usefixtures("no_running_timers"),
    # Offscreen Qt says it cannot size or raise dialogs; on a desktop both just work.
    pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)"),
]


def with_cues(make_window: WindowFactory, settings_file: Path, *, available: bool = True,
              voice_available: bool = True) -> tuple[MainWindow, RecordingPlayer, object]:
    player = RecordingPlayer(available=available, reason="" if available else "No audio device")
    voice = RecordingVoice(available=voice_available,
                           reason="" if voice_available else "No speech engine is installed")
    cues = CueOutput(player, voice, AppSettings(settings_file).cue_preferences,
                     speech_after_sound_ms=0)
    cues.load()
    window = make_window(cues=cues)
    return window, player, voice


def start(window: MainWindow, qtbot: QtBot, routine_id: str) -> None:
    window.picker.select(routine_id)
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.page() is Page.WORKOUT


def run_for(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    driver = window.driver
    assert driver is not None
    end = clock.now + seconds
    while clock.now < end:
        wake = driver.session.next_wakeup_at()
        if wake is None:
            break
        clock.advance(max(0.0, min(wake, end) - clock.now))
        driver.poke()


def test_a_circuit_is_heard_in_order(make_window: WindowFactory, settings_file: Path,
                                     qtbot: QtBot, clock: FakeClock) -> None:
    window, player, voice = with_cues(make_window, settings_file)
    start(window, qtbot, "mini-band-circuit")
    run_for(window, clock, 10 + 45 + 1)  # get ready, the first station, into the switch
    assert player.played[:4] == ["tick", "tick", "tick", "go"]  # 3-2-1, go
    assert "switch" in player.played
    assert any("Switch sides" in text for text in voice.said)  # type: ignore[attr-defined]
    assert player.awake  # the output is kept awake while the session runs


def test_m_mutes_through_the_cues_shows_a_badge_and_flashes(
        make_window: WindowFactory, settings_file: Path, qtbot: QtBot,
        clock: FakeClock) -> None:
    window, player, _voice = with_cues(make_window, settings_file)
    start(window, qtbot, "mini-band-circuit")
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert window.muted and player.muted
    assert window.countdown.muted_label.isVisible()
    assert window.countdown.muted_label.text() == "MUTED"
    qtbot.waitUntil(lambda: AppSettings(settings_file).cue_preferences.muted)  # saved soon
    played = len(player.played)
    run_for(window, clock, 9.5)  # the 3-2-1 before the first station
    assert len(player.played) == played  # nothing audible while muted
    assert window.countdown.flashing  # seen instead
    qtbot.keyClick(window, Qt.Key.Key_M)
    assert not window.muted and not window.countdown.muted_label.isVisible()


def test_no_audio_device_shows_no_sound_and_flashes(make_window: WindowFactory,
                                                    settings_file: Path, qtbot: QtBot,
                                                    clock: FakeClock) -> None:
    window, _player, _voice = with_cues(make_window, settings_file, available=False)
    start(window, qtbot, "calf-cramp-relief")
    assert window.countdown.muted_label.text() == "NO SOUND"
    run_for(window, clock, 9.5)
    assert window.countdown.flashing
    assert window.session is not None and window.session.is_active


def test_settings_dialog_applies_and_remembers(make_window: WindowFactory, settings_file: Path,
                                               qtbot: QtBot) -> None:
    window, player, _voice = with_cues(make_window, settings_file)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.volume.setValue(40)
    assert player.volume == pytest.approx(0.4)
    dialog.ticks.setChecked(False)
    assert not dialog.countdown.isEnabled()
    window.picker.select("mini-band-circuit")
    before = window.picker.current_plan()
    assert before is not None and before.segments[0].duration_s == 10
    dialog.own_prepare.setChecked(True)
    dialog.prepare.setValue(25)
    after = window.picker.current_plan()
    assert after is not None and after.segments[0].duration_s == 25
    window.settings.sync()
    stored = AppSettings(settings_file)
    assert stored.cue_preferences.volume == pytest.approx(0.4)
    assert stored.cue_preferences.ticks_enabled is False
    assert stored.prepare_override_s == 25
    dialog.close()


def test_voice_settings_disabled_with_the_reason(make_window: WindowFactory,
                                                 settings_file: Path) -> None:
    window, _player, _voice = with_cues(make_window, settings_file, voice_available=False)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    assert not dialog.voice_enabled.isEnabled() and not dialog.voice_rate.isEnabled()
    assert "No speech engine" in dialog.voice_reason.text()
    assert dialog.voice_reason.isVisibleTo(dialog)
    dialog.close()


def test_theme_dark_light_and_back_to_system(qtbot: QtBot, settings_file: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    system = QPalette(app.palette())
    try:
        apply_theme("dark")
        assert app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
        apply_theme("light")
        assert app.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    finally:
        apply_theme("system")
    assert app.palette().color(QPalette.ColorRole.Window) == system.color(
        QPalette.ColorRole.Window)
    settings = AppSettings(settings_file)
    settings.theme = "purple"
    assert settings.theme == "system"
    settings.sync()


def test_unreadable_cue_preferences_fall_back_to_defaults(settings_file: Path) -> None:
    settings = AppSettings(settings_file)
    settings.cue_preferences = CuePreferences(volume=0.3, countdown_s=5)
    settings._values.__setitem__("cues/volume", "loud")  # hand-edited nonsense
    settings._values.__setitem__("workout/prepare_s", "-4")
    assert settings.cue_preferences.volume == CuePreferences().volume
    assert settings.cue_preferences.countdown_s == 5
    assert settings.prepare_override_s is None
    settings.sync()


def test_a_longer_countdown_from_the_settings_is_heard(make_window: WindowFactory,
                                                       settings_file: Path, qtbot: QtBot,
                                                       clock: FakeClock) -> None:
    stored = AppSettings(settings_file)
    stored.cue_preferences = CuePreferences(countdown_s=5)
    stored.sync()
    window, player, _voice = with_cues(make_window, settings_file)
    start(window, qtbot, "mini-band-circuit")
    run_for(window, clock, 10.5)
    assert player.played[:6] == ["tick"] * 5 + ["go"]


def test_a_stored_volume_out_of_range_is_the_default_in_the_player_and_the_dialog(
        make_window: WindowFactory, settings_file: Path) -> None:
    """volume=-5 (a hand edit): the default, not a silent 0, and the slider says the same."""
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("[General]\nversion=2\n\n[cues]\nvolume=-5\n", encoding="utf-8")
    window, player, _voice = with_cues(make_window, settings_file)
    default = CuePreferences().volume
    assert default > 0
    assert window.cues.preferences.volume == pytest.approx(default)
    assert player.volume == pytest.approx(default)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    assert dialog.volume.value() == round(default * 100)
    dialog.close()
