"""Preferences in one dialog (Ctrl+,): sound, voice, countdown ticks, get-ready time, theme.

Every change applies at once and is stored at once, so there is no OK/Cancel to get wrong:
the dialog edits the live :class:`~leg_timer.audio.cue_output.CueOutput` preferences and the
window's :class:`~leg_timer.ui.settings.AppSettings`. Voice controls are disabled, with the
reason shown, where no speech engine exists; the same for sound without an audio device.

Signals:
    prepare_changed(object): the get-ready override (seconds, or None for each routine's own).
    theme_changed(str): ``system``, ``light`` or ``dark``.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.plan import MAX_COUNTDOWN_S, MAX_PREPARE_S
from leg_timer.ui.settings import THEMES, AppSettings

_THEME_NAMES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}


class SettingsDialog(QDialog):
    prepare_changed = Signal(object)
    theme_changed = Signal(str)

    def __init__(self, cues: CueOutput, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._cues = cues
        self._settings = settings
        prefs = cues.preferences

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(prefs.volume * 100))
        self.volume.setAccessibleName("Volume")
        self.muted = QCheckBox("Mute sounds and voice (M)")
        self.muted.setChecked(prefs.muted)
        self.sound_reason = QLabel(cues.audio_reason)
        self.sound_reason.setWordWrap(True)
        self.sound_reason.setVisible(bool(cues.audio_reason))

        self.voice_enabled = QCheckBox("Speak announcements")
        self.voice_enabled.setChecked(prefs.voice_enabled)
        self.voice_name = QComboBox()
        self.voice_name.setAccessibleName("Voice")
        self.voice_name.addItem("System default", "")
        for name in cues.voice_names():
            self.voice_name.addItem(name, name)
        index = self.voice_name.findData(prefs.voice_name)
        self.voice_name.setCurrentIndex(max(index, 0))
        self.voice_rate = QSlider(Qt.Orientation.Horizontal)
        self.voice_rate.setRange(-10, 10)
        self.voice_rate.setValue(round(prefs.voice_rate * 10))
        self.voice_rate.setAccessibleName("Voice rate")
        self.count_reps = QCheckBox("Count reps aloud in paced sets")
        self.count_reps.setChecked(prefs.count_reps)
        self.voice_reason = QLabel(cues.voice_reason)
        self.voice_reason.setWordWrap(True)
        self.voice_reason.setVisible(bool(cues.voice_reason))

        self.ticks = QCheckBox("Tick the last seconds of each segment")
        self.ticks.setChecked(prefs.ticks_enabled)
        self.countdown = QSpinBox()
        self.countdown.setRange(1, MAX_COUNTDOWN_S)
        self.countdown.setSuffix(" s")
        self.countdown.setValue(max(1, prefs.countdown_s))
        self.countdown.setAccessibleName("Countdown length")
        self.own_prepare = QCheckBox("Use my own get-ready time for every routine")
        override = settings.prepare_override_s
        self.own_prepare.setChecked(override is not None)
        self.prepare = QSpinBox()
        self.prepare.setRange(0, int(MAX_PREPARE_S))
        self.prepare.setSuffix(" s")
        self.prepare.setValue(int(override) if override is not None else 10)
        self.prepare.setAccessibleName("Get-ready seconds")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for key in THEMES:
            self.theme.addItem(_THEME_NAMES[key], key)
        self.theme.setCurrentIndex(THEMES.index(settings.theme))

        for widget, name in ((self.muted, "Mute"), (self.voice_enabled, "Speak announcements"),
                             (self.count_reps, "Count reps aloud"), (self.ticks, "Countdown ticks"),
                             (self.own_prepare, "Own get-ready time")):
            widget.setAccessibleName(name)
        self._lay_out()
        self._update_enabled()
        for signal in (self.volume.valueChanged, self.voice_rate.valueChanged,
                       self.countdown.valueChanged, self.voice_name.currentIndexChanged):
            signal.connect(self._apply_cues)
        for box in (self.muted, self.voice_enabled, self.count_reps, self.ticks):
            box.toggled.connect(self._apply_cues)
        self.own_prepare.toggled.connect(self._apply_prepare)
        self.prepare.valueChanged.connect(self._apply_prepare)
        self.theme.currentIndexChanged.connect(self._apply_theme)

    def _lay_out(self) -> None:
        sound = QGroupBox("Sound")
        form = QFormLayout(sound)
        form.addRow("Volume", self.volume)
        form.addRow(self.muted)
        form.addRow(self.sound_reason)
        form.addRow(self.ticks)
        form.addRow("Countdown", self.countdown)
        voice = QGroupBox("Voice")
        form = QFormLayout(voice)
        form.addRow(self.voice_enabled)
        form.addRow("Voice", self.voice_name)
        form.addRow("Rate", self.voice_rate)
        form.addRow(self.count_reps)
        form.addRow(self.voice_reason)
        workout = QGroupBox("Workout and window")
        form = QFormLayout(workout)
        form.addRow(self.own_prepare)
        form.addRow("Get ready", self.prepare)
        form.addRow("Theme", self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for part in (sound, voice, workout):
            layout.addWidget(part)
        layout.addWidget(QLabel("Changes apply at once."))
        layout.addWidget(buttons)

    def _update_enabled(self) -> None:
        voice_ok = self._cues.voice_available or not self._cues.voice_reason
        for widget in (self.voice_enabled, self.voice_name, self.voice_rate, self.count_reps):
            widget.setEnabled(voice_ok)
        self.countdown.setEnabled(self.ticks.isChecked())
        self.prepare.setEnabled(self.own_prepare.isChecked())

    def preferences(self) -> CuePreferences:
        """The cue preferences the controls show now."""
        return replace(
            self._cues.preferences,
            volume=self.volume.value() / 100,
            muted=self.muted.isChecked(),
            voice_enabled=self.voice_enabled.isChecked(),
            voice_name=str(self.voice_name.currentData() or ""),
            voice_rate=self.voice_rate.value() / 10,
            count_reps=self.count_reps.isChecked(),
            ticks_enabled=self.ticks.isChecked(),
            countdown_s=self.countdown.value(),
        )

    def _apply_cues(self) -> None:
        self._update_enabled()
        self._cues.apply(self.preferences())
        self._settings.cue_preferences = self._cues.preferences

    def _apply_prepare(self) -> None:
        self._update_enabled()
        value = float(self.prepare.value()) if self.own_prepare.isChecked() else None
        self._settings.prepare_override_s = value
        self.prepare_changed.emit(value)

    def _apply_theme(self) -> None:
        key = str(self.theme.currentData())
        self._settings.theme = key
        self.theme_changed.emit(key)
