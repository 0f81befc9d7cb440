"""Speaks the announcements: the small :class:`Voice` interface and :class:`QtVoice` on
QTextToSpeech. Tests use the recorder in tests/doubles.py.

Speech never delays a beep: :class:`~leg_timer.audio.cue_output.CueOutput` starts the sound first
and only then hands the words over, and :meth:`QtVoice.say` only queues them (``enqueue``) and
returns; the engine speaks them in order, mixed over any beep that falls meanwhile.

Engine choice: the one named in the preferences when it is installed, else the platform's own
(speech-dispatcher on Linux, SAPI/WinRT on Windows, AVSpeech on macOS). Qt's ``mock`` engine is
used only when asked for by name (tests). With no engine, or an engine in the Error state (e.g.
speech-dispatcher missing), ``available`` is False and ``reason`` says why, in one line, for the
settings dialog to show next to the disabled voice settings.

Language: :meth:`QtVoice.set_language` ("de", "zh_CN", ...) sets the engine's locale to one
of that language and picks a voice of it. The words arrive already translated (the window's
process translates them). When the engine has no voice for the language, ``available`` turns
False with a reason saying so (logged once): the cues go on as sounds and on the screen, never
in a voice reading another language's words.

Signals (QtVoice):
    spoken(str): a text was handed to the engine.
    availability_changed(bool, str): the engine went into (or out of) an error; the reason.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech, QVoice

from leg_timer.audio.second_process import SpeechProbe
from leg_timer.core.translation import Context

# The reasons shown in the settings (the voice host installs the person's language, see
# leg_timer/audio/host.py).
VoiceStatus = Context("VoiceStatus")

log = logging.getLogger(__name__)

TEST_ENGINE = "mock"
ENGLISH = "en"
# WORKAROUND: Qt's speechd engine files voices whose language code it cannot map under the
# "C" locale; espeak-ng's Mandarin ("cmn") is one, listed as "Chinese (Mandarin, latin as
# English)". A language here is also looked for by these words in the names of "C" voices.
UNMAPPED_VOICE_NAMES = {"zh_CN": ("Mandarin",)}
# Engines that talk to a separate server process, and so may hang when it cannot start.
SERVER_ENGINES = frozenset({"speechd"})
PROBE_TIMEOUT_S = 10.0
# Best first among the engines Qt ships; whichever is installed here wins.
PREFERRED_ENGINES = ("speechd", "flite", "winrt", "sapi", "darwin", "macos", "android")


@runtime_checkable
class Voice(Protocol):
    """What :class:`~leg_timer.audio.cue_output.CueOutput` needs from a speech engine.

    ``rate`` runs from -1.0 (slow) through 0.0 (normal) to 1.0 (fast).
    """

    @property
    def available(self) -> bool: ...

    @property
    def reason(self) -> str: ...

    def load(self) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def set_rate(self, rate: float) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_voice(self, name: str) -> None: ...

    def voice_names(self) -> list[str]: ...


def locale_for(language: str, available: Sequence[QLocale]) -> QLocale | None:
    """The engine's locale to speak ``language`` ("de", "zh_CN") in: the exact one (de_DE for
    "de", zh_CN), else any of the same language (Chinese: of the same script); None if
    the engine has none."""
    wanted = QLocale(language)
    same = [locale for locale in available if locale.language() == wanted.language()]
    if wanted.language() == QLocale.Language.Chinese:
        same = [locale for locale in same if locale.script() == wanted.script()]
    for locale in same:
        if locale.name() == wanted.name():
            return locale
    return same[0] if same else None


def choose_engine(installed: Sequence[str], wanted: str = "") -> str | None:
    """The engine to use among ``installed``: ``wanted`` if there, else the best real one."""
    if wanted and wanted in installed:
        return wanted
    for engine in PREFERRED_ENGINES:
        if engine in installed:
            return engine
    real = [engine for engine in installed if engine != TEST_ENGINE]
    return real[0] if real else None


class QtVoice(QObject):
    spoken = Signal(str)
    availability_changed = Signal(bool, str)

    def __init__(self, engine: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = engine
        self._speech: QTextToSpeech | None = None
        self._available = False
        self._reason = "The speech engine is not loaded yet."
        self._rate = 0.0
        self._volume = 1.0
        self._voice = ""
        self._language = ENGLISH
        self._speaks_language = True
        self._probe: SpeechProbe | None = None
        self._probe_timer: QTimer | None = None

    @property
    def available(self) -> bool:
        return self._available

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def engine(self) -> str:
        return self._speech.engine() if self._speech is not None else ""

    @staticmethod
    def engines() -> list[str]:
        """Every engine installed, for the settings dialog (the test engine left out)."""
        return [name for name in QTextToSpeech.availableEngines() if name != TEST_ENGINE]

    def load(self) -> None:
        """Start the engine without ever blocking the window; once, later calls do nothing.

        Engines that talk to a server (speech-dispatcher) are first tried in a separate process
        (:mod:`leg_timer.audio.speech_probe`): with no audio server, speech-dispatcher's client
        can wait forever, and that must not freeze the window. The engine is created here only
        once the trial has answered.
        """
        if self._speech is not None or self._probe is not None:
            return
        engine = choose_engine(QTextToSpeech.availableEngines(), self._wanted)
        if engine is None:
            self._set_available(False, VoiceStatus.tr("No speech engine is installed (on Linux: "
                                                 "speech-dispatcher)."))
            return
        if engine not in SERVER_ENGINES:
            self._create(engine)
            return
        self._set_available(False, VoiceStatus.tr("The {engine} speech engine is starting.").format(
            engine=engine))
        probe = SpeechProbe(engine, self)
        probe.finished.connect(self._on_probe_finished)
        self._probe = probe
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(round(PROBE_TIMEOUT_S * 1000))
        timer.timeout.connect(self._on_probe_timeout)
        self._probe_timer = timer
        timer.start()

    def _on_probe_finished(self, works: bool) -> None:
        assert self._probe is not None and self._probe_timer is not None
        self._probe_timer.stop()
        if works:
            self._create(self._probe.engine)
        else:
            self._set_available(False, VoiceStatus.tr("The {engine} speech engine failed to start.")
                                .format(engine=self._probe.engine))

    def _on_probe_timeout(self) -> None:
        assert self._probe is not None
        self._probe.kill()
        self._set_available(False, VoiceStatus.tr(
            "The {engine} speech engine did not answer within {seconds} s (is an audio server "
            "running?); voice is off.").format(engine=self._probe.engine,
                                               seconds=f"{PROBE_TIMEOUT_S:g}"))

    def stop_loading(self) -> None:
        """Stop waiting for an engine (the window is closing)."""
        if self._probe_timer is not None and self._probe_timer.isActive():
            self._on_probe_timeout()

    def _create(self, engine: str) -> None:
        speech = QTextToSpeech(engine, self)
        self._speech = speech
        speech.errorOccurred.connect(self._on_error)
        speech.stateChanged.connect(self._on_state_changed)
        if speech.state() is QTextToSpeech.State.Error:
            self._on_error()
            return
        self._apply()
        self._set_available(*self._language_state())

    def say(self, text: str) -> None:
        """Queue ``text`` after anything still being spoken; never waits for it."""
        if self._speech is None or not self._available or not text:
            return
        self._speech.enqueue(text)
        self.spoken.emit(text)

    def stop(self) -> None:
        if self._speech is not None:
            self._speech.stop(QTextToSpeech.BoundaryHint.Immediate)

    def set_rate(self, rate: float) -> None:
        self._rate = min(max(rate, -1.0), 1.0)
        if self._speech is not None:
            self._speech.setRate(self._rate)

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        if self._speech is not None:
            self._speech.setVolume(self._volume)

    def set_voice(self, name: str) -> None:
        """Use the installed voice called ``name`` ("" or unknown: the engine's default; a
        voice of another language than the one chosen: the language's default voice)."""
        self._voice = name
        if self._speech is not None:
            voice = self._find_voice(name)
            if voice is not None and (self._language == ENGLISH or voice.locale().language()
                                      == QLocale(self._language).language()
                                      or any(word in voice.name() for word in
                                             UNMAPPED_VOICE_NAMES.get(self._language, ()))):
                self._speech.setVoice(voice)

    def set_language(self, language: str) -> None:
        """Speak ``language`` ("en", "de", "fr", "es", "zh_CN"): the engine's locale and
        voice for it; without one, the voice is unavailable (sounds and screen go on)."""
        self._language = language or ENGLISH
        if self._speech is None:
            return
        locale = locale_for(self._language, self._speech.availableLocales())
        self._speaks_language = locale is not None or self._language == ENGLISH
        current = self._speech.locale()
        if locale is not None and (current.language() != locale.language()
                                   or current.script() != locale.script()):
            self._speech.setLocale(locale)  # a language's default voice (set_voice may change it)
        elif self._unmapped_voice() is not None:
            self._speaks_language = True
        else:
            log.warning("Voice: the %s engine has no voice for %r; cues are sounds and text "
                        "on screen only", self.engine or "speech", self._language)
        if self._speech.state() is not QTextToSpeech.State.Error:
            self._set_available(*self._language_state())

    def _unmapped_voice(self) -> QVoice | None:
        """A voice of the language among those the engine files under the "C" locale (set
        as the voice when found); None when there is none."""
        words = UNMAPPED_VOICE_NAMES.get(self._language, ())
        if self._speech is None or not words:
            return None
        for locale in self._speech.availableLocales():
            if locale.language() != QLocale.Language.C:
                continue
            self._speech.setLocale(locale)
            for voice in self._speech.availableVoices():
                if any(word in voice.name() for word in words):
                    self._speech.setVoice(voice)
                    return voice
        return None

    def _language_state(self) -> tuple[bool, str]:
        if self._speaks_language:
            return True, ""
        name = QLocale(self._language).nativeLanguageName() or self._language
        reason = VoiceStatus.tr("The {engine} engine has no voice for {language}; the cues are "
                                "sounds and text on the screen.")
        return False, reason.format(engine=self.engine or "speech", language=name)

    def voice_names(self) -> list[str]:
        if self._speech is None or not self._available:
            return []
        return [voice.name() for voice in self._speech.availableVoices()]

    def _find_voice(self, name: str) -> QVoice | None:
        if not name or self._speech is None:
            return None
        for voice in self._speech.availableVoices():
            if voice.name() == name:
                return voice
        return None

    def _apply(self) -> None:
        self.set_rate(self._rate)
        self.set_volume(self._volume)
        self.set_language(self._language)
        self.set_voice(self._voice)

    def _on_state_changed(self, state: QTextToSpeech.State) -> None:
        if state is QTextToSpeech.State.Error:
            self._on_error()
        elif not self._available and self._speech is not None:
            self._set_available(*self._language_state())

    def _on_error(self) -> None:
        message = self._speech.errorString() if self._speech is not None else ""
        engine = self.engine or "speech"
        self._set_available(False, VoiceStatus.tr("The {engine} engine failed: {message}").format(
            engine=engine, message=message or VoiceStatus.tr("unknown error")))

    def _set_available(self, available: bool, reason: str) -> None:
        changed = (available, reason) != (self._available, self._reason)
        self._available, self._reason = available, reason
        if changed:
            self.availability_changed.emit(available, reason)

