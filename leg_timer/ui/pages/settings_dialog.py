"""Preferences in one dialog (Ctrl+,): sound, voice, countdown ticks, get-ready time, what
sleep and a screen lock do to a workout, theme.

"Test sound" and "Test voice" play a cue and speak a line at once, with the values shown, so a
person hears the volume and the voice before a workout; when nothing can be heard the dialog
says why (muted, no sound device, the voice off or not available).

Every change applies at once and is stored at once, so there is no OK/Cancel to get wrong:
the dialog edits the live :class:`~leg_timer.audio.cue_output.CueOutput` preferences and the
window's :class:`~leg_timer.ui.settings.AppSettings`. Voice controls are disabled, with the
reason shown, where no speech engine is (yet) available; without an audio device the reason is
shown too, but volume, mute and ticks stay: they still steer the voice and the flash.

The window keeps one dialog for the whole session, and sound and speech come up (or go away)
after it is built: it follows :attr:`CueOutput.changed` and redraws when shown, so the reasons,
the enabled controls, the voice list and the values (M mutes from the window) are current.

Signals:
    prepare_changed(object): the get-ready override (seconds, or None for each routine's own).
    theme_changed(str): ``system``, ``light`` or ``dark``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.plan import MAX_COUNTDOWN_S, MAX_PREPARE_S
from leg_timer.present import mini_timer as mini_words
from leg_timer.present.shortcuts import Action, key_name
from leg_timer.ui.settings import (
    AFTER_SLEEP,
    AFTER_SLEEP_CHOICES,
    DESKTOP_NOTIFICATIONS,
    PAUSE_ON_LOCK,
    THEMES,
    AppSettings,
)

_THEME_NAMES = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
_AFTER_SLEEP_NAMES = {"stay_paused": "Stay paused", "resume": "Resume when I come back"}


class SettingsDialog(QDialog):
    prepare_changed = Signal(object)
    theme_changed = Signal(str)

    def __init__(self, cues: CueOutput, settings: AppSettings, parent: QWidget | None = None,
                 *, log_file: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self._cues = cues
        self._settings = settings
        # True while the controls are set from the preferences: those are not changes to apply.
        self._showing = False

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        self.volume.setAccessibleName("Volume")
        self.muted = QCheckBox(f"Mute sounds and voice ({key_name(Action.MUTE)})")
        self.sound_reason = QLabel()
        self.sound_reason.setWordWrap(True)

        self.voice_enabled = QCheckBox("Speak announcements")
        self.voice_name = QComboBox()
        self.voice_name.setAccessibleName("Voice")
        self.voice_rate = QSlider(Qt.Orientation.Horizontal)
        self.voice_rate.setRange(-10, 10)
        self.voice_rate.setAccessibleName("Voice rate")
        self.count_reps = QCheckBox("Count reps aloud in paced sets")
        self.voice_reason = QLabel()
        self.voice_reason.setWordWrap(True)
        self.test_sound = QPushButton("Test sound")
        self.test_sound.setAccessibleName("Test sound")
        self.test_sound.setToolTip("Play a cue now, at this volume")
        self.test_sound.clicked.connect(self._on_test_sound)
        self.test_voice = QPushButton("Test voice")
        self.test_voice.setAccessibleName("Test voice")
        self.test_voice.setToolTip("Speak a line now, with this voice and rate")
        self.test_voice.clicked.connect(self._on_test_voice)
        self.test_result = QLabel()
        self.test_result.setAccessibleName("Test result")
        self.test_result.setWordWrap(True)
        self.test_result.hide()

        self.ticks = QCheckBox("Tick the last seconds of each segment")
        self.countdown = QSpinBox()
        self.countdown.setRange(1, MAX_COUNTDOWN_S)
        self.countdown.setSuffix(" s")
        self.countdown.setAccessibleName("Countdown length")
        self.own_prepare = QCheckBox("Use my own get-ready time for every routine")
        self.prepare = QSpinBox()
        self.prepare.setRange(0, int(MAX_PREPARE_S))
        self.prepare.setSuffix(" s")
        self.prepare.setAccessibleName("Get-ready seconds")
        # A workout paused by sleep (or a screen lock): stay paused, or resume once the machine
        # is awake and the screen unlocked (ui/main_window.py, "sleep and screen lock").
        self.after_sleep = QComboBox()
        self.after_sleep.setAccessibleName("After sleep")
        for key in AFTER_SLEEP_CHOICES:
            self.after_sleep.addItem(_AFTER_SLEEP_NAMES[key], key)
        self.pause_on_lock = QCheckBox("Pause when the screen locks")
        self.pause_on_lock.setAccessibleName("Pause when the screen locks")
        # Notifications at each new exercise while the window is not in front
        # (ui/outside/workout_notices.py reads the setting each time).
        self.notifications = QCheckBox("Notify at each new exercise while this window is in "
                                       "the background")
        self.notifications.setAccessibleName("Desktop notifications")
        self.theme = QComboBox()
        self.theme.setAccessibleName("Theme")
        for key in THEMES:
            self.theme.addItem(_THEME_NAMES[key], key)

        self.log_file: QLabel | None = None
        if log_file is not None:
            self.log_file = QLabel(f"Log file: {log_file}")
            self.log_file.setTextFormat(Qt.TextFormat.PlainText)  # a path is not markup
            self.log_file.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            self.log_file.setAccessibleName("Log file")

        for widget, name in ((self.muted, "Mute"), (self.voice_enabled, "Speak announcements"),
                             (self.count_reps, "Count reps aloud"), (self.ticks, "Countdown ticks"),
                             (self.own_prepare, "Own get-ready time")):
            widget.setAccessibleName(name)
        self._lay_out()
        self.refresh()
        for signal in (self.volume.valueChanged, self.voice_rate.valueChanged,
                       self.countdown.valueChanged, self.voice_name.currentIndexChanged):
            signal.connect(self._apply_cues)
        for box in (self.muted, self.voice_enabled, self.count_reps, self.ticks):
            box.toggled.connect(self._apply_cues)
        self.own_prepare.toggled.connect(self._apply_prepare)
        self.prepare.valueChanged.connect(self._apply_prepare)
        self.theme.currentIndexChanged.connect(self._apply_theme)
        self.after_sleep.currentIndexChanged.connect(self._apply_away)
        self.pause_on_lock.toggled.connect(self._apply_away)
        self.notifications.toggled.connect(self._apply_notifications)
        # Sound and speech availability change after load(), and M mutes from the window.
        cues.changed.connect(self._show_cues)

    def _lay_out(self) -> None:
        sound = QGroupBox("Sound")
        form = QFormLayout(sound)
        form.addRow("Volume", self.volume)
        tests = QHBoxLayout()
        tests.addWidget(self.test_sound)
        tests.addWidget(self.test_voice)
        tests.addStretch(1)
        form.addRow(tests)
        form.addRow(self.test_result)
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
        form.addRow("After sleep", self.after_sleep)
        form.addRow(self.pause_on_lock)
        form.addRow(self.notifications)
        form.addRow("Theme", self.theme)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for part in (sound, voice, workout):
            layout.addWidget(part)
        # The mini timer has nothing to set; the section says what it does and, on Wayland,
        # why it is not kept above other windows there.
        mini = QGroupBox("Mini timer")
        self.mini_timer_note = QLabel(mini_words.about(QGuiApplication.platformName()))
        self.mini_timer_note.setWordWrap(True)
        self.mini_timer_note.setAccessibleName("Mini timer")
        QVBoxLayout(mini).addWidget(self.mini_timer_note)
        layout.addWidget(mini)
        layout.addWidget(QLabel("Changes apply at once."))
        if self.log_file is not None:
            layout.addWidget(self.log_file)
        layout.addWidget(buttons)

    # -- showing what is -----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # reopened: things may have changed while it was hidden
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the current preferences, settings and sound and voice availability."""
        self._show_cues()
        self._showing = True
        try:
            override = self._settings.prepare_override_s
            self.own_prepare.setChecked(override is not None)
            self.prepare.setValue(self._settings.prepare_s)
            self.theme.setCurrentIndex(THEMES.index(self._settings.theme))
            self.after_sleep.setCurrentIndex(
                AFTER_SLEEP_CHOICES.index(self._settings.get(AFTER_SLEEP)))
            self.pause_on_lock.setChecked(self._settings.get(PAUSE_ON_LOCK))
            self.notifications.setChecked(self._settings.get(DESKTOP_NOTIFICATIONS))
        finally:
            self._showing = False
        self._update_enabled()

    def _show_cues(self) -> None:
        """The cue controls, reasons and voice list as the CueOutput has them now."""
        cues = self._cues
        prefs = cues.preferences
        self._showing = True
        try:
            self.volume.setValue(round(prefs.volume * 100))
            self.muted.setChecked(prefs.muted)
            self.voice_enabled.setChecked(prefs.voice_enabled)
            self._fill_voices(prefs.voice_name)
            self.voice_rate.setValue(round(prefs.voice_rate * 10))
            self.count_reps.setChecked(prefs.count_reps)
            self.ticks.setChecked(prefs.ticks_enabled)
            self.countdown.setValue(max(1, prefs.countdown_s))
        finally:
            self._showing = False
        for label, reason in ((self.sound_reason, cues.audio_reason),
                              (self.voice_reason, cues.voice_reason)):
            label.setText(reason)
            label.setVisible(bool(reason))
        self._update_enabled()

    def _fill_voices(self, chosen: str) -> None:
        names = self._cues.voice_names()
        items = [("System default", ""), *((name, name) for name in names)]
        if chosen and chosen not in names:
            # Listed even while the engine is starting (or gone), so that touching another
            # control does not store "System default" in place of the person's voice.
            items.append((f"{chosen} (not available now)", chosen))
        shown = [(self.voice_name.itemText(i), self.voice_name.itemData(i))
                 for i in range(self.voice_name.count())]
        if shown != items:  # rebuilt only when it differs: a rebuild loses the open popup
            self.voice_name.clear()
            for text, data in items:
                self.voice_name.addItem(text, data)
        self.voice_name.setCurrentIndex(max(self.voice_name.findData(chosen), 0))

    def _update_enabled(self) -> None:
        voice_ok = self._cues.voice_available or not self._cues.voice_reason
        for widget in (self.voice_enabled, self.voice_name, self.voice_rate, self.count_reps):
            widget.setEnabled(voice_ok)
        self.test_voice.setEnabled(voice_ok and self.voice_enabled.isChecked())
        self.countdown.setEnabled(self.ticks.isChecked())
        self.prepare.setEnabled(self.own_prepare.isChecked())

    # -- applying changes ----------------------------------------------------------------

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
        if self._showing:
            return
        self._update_enabled()
        self._cues.apply(self.preferences())
        self._settings.cue_preferences = self._cues.preferences

    def _on_test_sound(self) -> None:
        self._show_test(self._cues.test_sound(), "Playing the start cue.")

    def _on_test_voice(self) -> None:
        self._show_test(self._cues.test_voice(), "Speaking a test line.")

    def _show_test(self, problem: str, done: str) -> None:
        self.test_result.setText(problem or done)
        self.test_result.show()

    def _apply_prepare(self) -> None:
        if self._showing:
            return
        self._update_enabled()
        # The number is kept when the box is unticked, for the next time it is ticked.
        self._settings.prepare_s = self.prepare.value()
        value = float(self.prepare.value()) if self.own_prepare.isChecked() else None
        self._settings.prepare_override_s = value
        self.prepare_changed.emit(value)

    def _apply_away(self) -> None:
        """Sleep and lock choices: read by the window when it happens, so only stored."""
        if self._showing:
            return
        self._settings.set(AFTER_SLEEP, str(self.after_sleep.currentData()))
        self._settings.set(PAUSE_ON_LOCK, self.pause_on_lock.isChecked())

    def _apply_notifications(self) -> None:
        if not self._showing:
            self._settings.set(DESKTOP_NOTIFICATIONS, self.notifications.isChecked())

    def _apply_theme(self) -> None:
        if self._showing:
            return
        key = str(self.theme.currentData())
        self._settings.theme = key
        self.theme_changed.emit(key)
