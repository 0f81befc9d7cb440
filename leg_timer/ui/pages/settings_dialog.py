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

from collections.abc import Callable
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
from leg_timer.core.translation import translate
from leg_timer.languages import AVAILABLE, NATIVE_NAMES, SYSTEM, current_language
from leg_timer.present import mini_timer as mini_words
from leg_timer.present.shortcuts import Action, key_name
from leg_timer.ui.i18n import bind, on_language_change
from leg_timer.ui.settings import (
    AFTER_SLEEP,
    AFTER_SLEEP_CHOICES,
    ANNOUNCE_LAST_SECONDS,
    DESKTOP_NOTIFICATIONS,
    PAUSE_ON_LOCK,
    STATUS_NOTICES,
    THEMES,
    AppSettings,
)


def _theme_name(key: str) -> str:
    return {"system": translate("SettingsDialog", "Follow the system"),
            "light": translate("SettingsDialog", "Light"),
            "dark": translate("SettingsDialog", "Dark")}[key]


def _after_sleep_name(key: str) -> str:
    return {"stay_paused": translate("SettingsDialog", "Stay paused"),
            "resume": translate("SettingsDialog", "Resume when I come back")}[key]


class SettingsDialog(QDialog):
    prepare_changed = Signal(object)
    theme_changed = Signal(str)
    language_changed = Signal(str)

    def __init__(self, cues: CueOutput, settings: AppSettings, parent: QWidget | None = None,
                 *, log_file: Path | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setWindowTitle, lambda: self.tr("Settings"))
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Settings"))
        self._cues = cues
        self._settings = settings
        # True while the controls are set from the preferences: those are not changes to apply.
        self._showing = False

        self.volume = QSlider(Qt.Orientation.Horizontal)
        self.volume.setRange(0, 100)
        bind(self.volume, self.volume.setAccessibleName, lambda: translate("Accessible", "Volume"))
        self.muted = QCheckBox()
        bind(self.muted, self.muted.setText, lambda: self.tr("Mute sounds and voice ({key})")
             .format(key=key_name(Action.MUTE)))
        self.sound_reason = QLabel()
        self.sound_reason.setWordWrap(True)

        self.voice_enabled = QCheckBox()
        bind(self.voice_enabled, self.voice_enabled.setText,
             lambda: self.tr("Speak announcements"))
        self.voice_name = QComboBox()
        bind(self.voice_name, self.voice_name.setAccessibleName,
             lambda: translate("Accessible", "Voice"))
        self.voice_rate = QSlider(Qt.Orientation.Horizontal)
        self.voice_rate.setRange(-10, 10)
        bind(self.voice_rate, self.voice_rate.setAccessibleName,
             lambda: translate("Accessible", "Voice rate"))
        self.count_reps = QCheckBox()
        bind(self.count_reps, self.count_reps.setText,
             lambda: self.tr("Count reps aloud in paced sets"))
        self.voice_reason = QLabel()
        self.voice_reason.setWordWrap(True)
        self.test_sound = QPushButton()
        bind(self.test_sound, self.test_sound.setText, lambda: self.tr("Test sound"))
        bind(self.test_sound, self.test_sound.setAccessibleName,
             lambda: translate("Accessible", "Test sound"))
        bind(self.test_sound, self.test_sound.setToolTip,
             lambda: self.tr("Play a cue now, at this volume"))
        self.test_sound.clicked.connect(self._on_test_sound)
        self.test_voice = QPushButton()
        bind(self.test_voice, self.test_voice.setText, lambda: self.tr("Test voice"))
        bind(self.test_voice, self.test_voice.setAccessibleName,
             lambda: translate("Accessible", "Test voice"))
        bind(self.test_voice, self.test_voice.setToolTip,
             lambda: self.tr("Speak a line now, with this voice and rate"))
        self.test_voice.clicked.connect(self._on_test_voice)
        self.test_result = QLabel()
        bind(self.test_result, self.test_result.setAccessibleName,
             lambda: translate("Accessible", "Test result"))
        self.test_result.setWordWrap(True)
        self.test_result.hide()

        self.ticks = QCheckBox()
        bind(self.ticks, self.ticks.setText,
             lambda: self.tr("Tick the last seconds of each segment"))
        self.countdown = QSpinBox()
        self.countdown.setRange(1, MAX_COUNTDOWN_S)
        bind(self.countdown, self.countdown.setSuffix, lambda: self.tr(" s", "seconds"))
        bind(self.countdown, self.countdown.setAccessibleName,
             lambda: translate("Accessible", "Countdown length"))
        self.own_prepare = QCheckBox()
        bind(self.own_prepare, self.own_prepare.setText,
             lambda: self.tr("Use my own get-ready time for every routine"))
        self.prepare = QSpinBox()
        self.prepare.setRange(0, int(MAX_PREPARE_S))
        bind(self.prepare, self.prepare.setSuffix, lambda: self.tr(" s", "seconds"))
        bind(self.prepare, self.prepare.setAccessibleName,
             lambda: translate("Accessible", "Get-ready seconds"))
        # A workout paused by sleep (or a screen lock): stay paused, or resume once the machine
        # is awake and the screen unlocked (ui/main_window.py, "sleep and screen lock").
        self.after_sleep = QComboBox()
        bind(self.after_sleep, self.after_sleep.setAccessibleName,
             lambda: translate("Accessible", "After sleep"))
        for key in AFTER_SLEEP_CHOICES:
            self.after_sleep.addItem(_after_sleep_name(key), key)
        self.pause_on_lock = QCheckBox()
        bind(self.pause_on_lock, self.pause_on_lock.setText,
             lambda: self.tr("Pause when the screen locks"))
        bind(self.pause_on_lock, self.pause_on_lock.setAccessibleName,
             lambda: translate("Accessible", "Pause when the screen locks"))
        # Notifications at each new exercise while the window is not in front
        # (ui/outside/workout_notices.py reads the setting each time).
        self.notifications = QCheckBox()
        bind(self.notifications, self.notifications.setText,
             lambda: self.tr("Notify at each new exercise while this window is in the "
                             "background"))
        bind(self.notifications, self.notifications.setAccessibleName,
             lambda: translate("Accessible", "Desktop notifications"))
        # For screen readers (ui/access/announcer.py reads both each time it speaks).
        self.last_seconds = QCheckBox()
        bind(self.last_seconds, self.last_seconds.setText,
             lambda: self.tr("Screen reader: announce the last 3 seconds of each step"))
        self.status_notices = QCheckBox()
        bind(self.status_notices, self.status_notices.setText,
             lambda: self.tr("Screen reader: also show announcements as notifications "
                             "(Orca 45 and older)"))
        self.theme = QComboBox()
        bind(self.theme, self.theme.setAccessibleName, lambda: translate("Accessible", "Theme"))
        for key in THEMES:
            self.theme.addItem(_theme_name(key), key)
        # "System (Deutsch)", then each language in its own name (never translated: a person
        # who cannot read the current language still finds theirs).
        self.language = QComboBox()
        bind(self.language, self.language.setAccessibleName,
             lambda: translate("Accessible", "Language"))  # not its value: "Deutsch"
        self.language.addItem("", SYSTEM)
        for code in AVAILABLE:
            self.language.addItem(NATIVE_NAMES[code], code)

        self.log_file: QLabel | None = None
        if log_file is not None:
            label = self.log_file = QLabel()
            bind(label, label.setText, lambda: self.tr("Log file: {path}").format(path=log_file))
            self.log_file.setTextFormat(Qt.TextFormat.PlainText)  # a path is not markup
            self.log_file.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
            bind(self.log_file, self.log_file.setAccessibleName,
                 lambda: translate("Accessible", "Log file"))

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
        self.language.currentIndexChanged.connect(self._apply_language)
        on_language_change(self, self._retranslate)
        self._retranslate()
        self.after_sleep.currentIndexChanged.connect(self._apply_away)
        self.pause_on_lock.toggled.connect(self._apply_away)
        self.notifications.toggled.connect(self._apply_notifications)
        self.last_seconds.toggled.connect(self._apply_notifications)
        self.status_notices.toggled.connect(self._apply_notifications)
        # Sound and speech availability change after load(), and M mutes from the window.
        cues.changed.connect(self._show_cues)

    def _lay_out(self) -> None:
        sound = self._group(lambda: self.tr("Sound"))
        form = QFormLayout(sound)
        form.addRow(self._caption(lambda: self.tr("Volume")), self.volume)
        tests = QHBoxLayout()
        tests.addWidget(self.test_sound)
        tests.addWidget(self.test_voice)
        tests.addStretch(1)
        form.addRow(tests)
        form.addRow(self.test_result)
        form.addRow(self.muted)
        form.addRow(self.sound_reason)
        form.addRow(self.ticks)
        form.addRow(self._caption(lambda: self.tr("Countdown")), self.countdown)
        voice = self._group(lambda: self.tr("Voice"))
        form = QFormLayout(voice)
        form.addRow(self.voice_enabled)
        form.addRow(self._caption(lambda: self.tr("Voice")), self.voice_name)
        form.addRow(self._caption(lambda: self.tr("Rate")), self.voice_rate)
        form.addRow(self.count_reps)
        form.addRow(self.voice_reason)
        workout = self._group(lambda: self.tr("Workout and window"))
        form = QFormLayout(workout)
        form.addRow(self.own_prepare)
        form.addRow(self._caption(lambda: self.tr("Get ready")), self.prepare)
        form.addRow(self._caption(lambda: self.tr("After sleep")), self.after_sleep)
        form.addRow(self.pause_on_lock)
        form.addRow(self.notifications)
        form.addRow(self.last_seconds)
        form.addRow(self.status_notices)
        form.addRow(self._caption(lambda: self.tr("Theme")), self.theme)
        form.addRow(self._caption(lambda: self.tr("Language")), self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for part in (sound, voice, workout):
            layout.addWidget(part)
        # The mini timer has nothing to set; the section says what it does and, on Wayland,
        # why it is not kept above other windows there.
        mini = self._group(lambda: self.tr("Mini timer"))
        self.mini_timer_note = QLabel()
        bind(self.mini_timer_note, self.mini_timer_note.setText,
             lambda: mini_words.about(QGuiApplication.platformName()))
        self.mini_timer_note.setWordWrap(True)
        bind(self.mini_timer_note, self.mini_timer_note.setAccessibleName,
             lambda: translate("Accessible", "Mini timer"))
        QVBoxLayout(mini).addWidget(self.mini_timer_note)
        layout.addWidget(mini)
        layout.addWidget(self._caption(lambda: self.tr("Changes apply at once.")))
        if self.log_file is not None:
            layout.addWidget(self.log_file)
        layout.addWidget(buttons)

    def _caption(self, words: Callable[[], str]) -> QLabel:
        """A label whose text follows the language."""
        label = QLabel()
        bind(label, label.setText, words)
        return label

    def _group(self, words: Callable[[], str]) -> QGroupBox:
        """A group box whose title follows the language."""
        box = QGroupBox()
        bind(box, box.setTitle, words)
        return box

    def _retranslate(self) -> None:
        """The words worked out in code: choice names, reasons, the voice list."""
        for combo, name in ((self.theme, _theme_name), (self.after_sleep, _after_sleep_name)):
            for index in range(combo.count()):
                combo.setItemText(index, name(str(combo.itemData(index))))
        self.language.setItemText(0, self.tr("System ({language})").format(
            language=NATIVE_NAMES[current_language(SYSTEM)]))
        self._show_cues()
        self.test_result.hide()  # its words were of the language before

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
            self.language.setCurrentIndex(max(self.language.findData(self._settings.language),
                                              0))
            self.after_sleep.setCurrentIndex(
                AFTER_SLEEP_CHOICES.index(self._settings.get(AFTER_SLEEP)))
            self.pause_on_lock.setChecked(self._settings.get(PAUSE_ON_LOCK))
            self.notifications.setChecked(self._settings.get(DESKTOP_NOTIFICATIONS))
            self.last_seconds.setChecked(self._settings.get(ANNOUNCE_LAST_SECONDS))
            self.status_notices.setChecked(self._settings.get(STATUS_NOTICES))
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
        items = [(self.tr("System default"), ""), *((name, name) for name in names)]
        if chosen and chosen not in names:
            # Listed even while the engine is starting (or gone), so that touching another
            # control does not store "System default" in place of the person's voice.
            items.append((self.tr("{voice} (not available now)").format(voice=chosen), chosen))
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
        self._show_test(self._cues.test_sound(), self.tr("Playing the start cue."))

    def _on_test_voice(self) -> None:
        self._show_test(self._cues.test_voice(), self.tr("Speaking a test line."))

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
            self._settings.set(ANNOUNCE_LAST_SECONDS, self.last_seconds.isChecked())
            self._settings.set(STATUS_NOTICES, self.status_notices.isChecked())

    def _apply_theme(self) -> None:
        if self._showing:
            return
        key = str(self.theme.currentData())
        self._settings.theme = key
        self.theme_changed.emit(key)

    def _apply_language(self) -> None:
        if self._showing:
            return
        key = str(self.language.currentData() or "")
        self._settings.language = key
        self.language_changed.emit(key)
