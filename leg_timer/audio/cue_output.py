"""Turns a running session into sound, speech and a visual flash.

:class:`CueOutput` follows a :class:`SessionFeed` (in the app, the window's
``leg_timer.ui.driver.SessionDriver``), collects the events of each wake-up, asks
:func:`leg_timer.core.announcements.announce` what they mean, and plays the sound first, then
queues the words a moment later (so speech never delays a beep and never covers its attack).
A player that places cues on its stream's frames (``ahead_s`` above 0: the stream player) is
sent each sound about a second before its instant, from the session's own look-ahead
(:meth:`~leg_timer.core.session.Session.events_until`), and told to cancel those that a pause,
a skip or a change of the plan's timing took away: so the beep is heard on its instant, not
when the window gets round to it.
It keeps the audio output awake while a session runs and lets it sleep when paused or over.

Nothing here waits on another process. :meth:`CueOutput.load` (which the window calls after its
first paint) starts the sound host, a process of the app's own that owns the real
:class:`~leg_timer.audio.sound.QtCuePlayer` (:mod:`leg_timer.audio.host`, seen from here through
:class:`~leg_timer.audio.remote.RemoteCuePlayer`), and, only while the voice is on, the voice
host with the real :class:`~leg_timer.audio.voice.QtVoice`. This process never imports
QtMultimedia or QtTextToSpeech: a hung sound server or a speech engine that takes seconds to set
up stalls a host, never the countdown. A host that stops answering for 1.5 s makes the output
unavailable ("NO SOUND"), and "Sound is back." follows when it answers again.

Signals:
    flash(str): a cue's sound name, every time one is due (muted or not, device or not): the
        view blinks; with no audio it is the only cue.
    announced(object): each :class:`~leg_timer.core.announcements.Announcement`, e.g. to show
        the spoken words as a caption.
    notice(str): a one-line message for the user (no audio device, device back, no speech).
    changed(): a preference or the availability of sound or voice changed; redraw indicators.
"""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.announcements import Announcement, announce
from leg_timer.core.session import Event, EventKind, Session, State
from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.present.cue_words import spoken_text

Audio = Context("Audio")

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from leg_timer.audio.sound import CuePlayer
    from leg_timer.audio.voice import Voice


class SessionFeed(Protocol):
    """What :meth:`CueOutput.attach` follows: a session and the signals that tell of it.

    ``session_event(object)`` carries each :class:`~leg_timer.core.session.Event` of a wake-up,
    in order, and ``changed()`` follows the last of them. Defined here rather than naming the
    window's ``SessionDriver``: the audio layer sits below the UI and may not import it.
    Read-only properties, so a ``Signal`` class attribute (an instance sees a
    ``SignalInstance``) and a plain ``session`` attribute both satisfy it.
    """

    @property
    def session(self) -> Session: ...

    @property
    def session_event(self) -> SignalInstance: ...

    @property
    def changed(self) -> SignalInstance: ...


# A cue noticed later than this (the machine was busy or asleep) is not played: a late tick
# misleads more than a missing one. Its flash still shows.
STALE_S = 0.75
# Words that go with a sound start this long after it, so the beep's attack is heard clean
# (and a speech engine quicker than the audio stream never gets in first); words alone start
# at once.
SPEECH_AFTER_SOUND_MS = 150
# Sounds due within this long after a wake-up are sent ahead (to a player that wants them
# ahead), on top of the player's own ahead_s: a running session wakes the window at least once
# a second (the shown second changes), so every cue is sent at least ahead_s before it.
LOOK_AHEAD_S = 1.1
VOLUME_STEP = 0.1
# Speech engines speak near full scale (speech-dispatcher's default volume is its maximum) while
# the cues are mixed 12-20 dB below it: half the engine's range puts words a little above the
# beeps, as loud as they need to be understood.
VOICE_GAIN = 0.5
NO_SOUND_SERVER = QT_TRANSLATE_NOOP(
    "Audio", "No sound server (PulseAudio or PipeWire) is running: cues flash instead.")
TEST_SOUND = "go"  # what "Test sound" plays: the cue heard most, at the start of each interval
TEST_WORDS = QT_TRANSLATE_NOOP("Audio",
                               "Three, two, one. Go! This is how the announcements sound.")


class CueOutput(QObject):
    flash = Signal(str)
    announced = Signal(object)
    notice = Signal(str)
    changed = Signal()

    def __init__(self, player: CuePlayer | None = None, voice: Voice | None = None,
                 preferences: CuePreferences | None = None, parent: QObject | None = None,
                 speech_after_sound_ms: int | None = None) -> None:
        super().__init__(parent)
        self._speech_after_sound_ms = (speech_after_sound_ms if speech_after_sound_ms is not None
                                       else SPEECH_AFTER_SOUND_MS)
        self._player = player
        self._voice = voice
        self._started_voice = False  # whether self._voice is a host this object started
        self._prefs = (preferences or CuePreferences()).clamped()
        self._driver: SessionFeed | None = None
        self._pending: list[Event] = []
        self._sent_ahead: set[tuple[float, str]] = set()  # (instant, sound) the player holds
        self._loaded = False
        self._awake = False
        self._told_unavailable = False  # the person was told sound cannot play
        self._language = "en"  # what the voice speaks (the words come translated)

    # -- set-up --------------------------------------------------------------------------

    def load(self) -> None:
        """Start the sound host (and the voice host, if the voice is on) where no player or
        voice was given, and preload the sounds.

        Call once the window has painted. Returns at once: the hosts report what they find
        later (:attr:`changed`, and :attr:`notice` when sound cannot play). Where no sound
        server runs at all, no host is started and cues flash (:attr:`notice` at once).
        """
        if self._loaded:
            return
        self._loaded = True
        if self._player is None:
            missing = sound_server_missing()
            if missing:
                # Qt's PulseAudio engine without a server can spin on a dead socket and freeze
                # the window (seen on a bare Debian): go straight to flash-only cues.
                from leg_timer.audio.silent import SilentPlayer

                self._player = SilentPlayer(missing)
            else:
                from leg_timer.audio.remote import RemoteCuePlayer

                self._player = RemoteCuePlayer(parent=self)
        self._player.preload()
        self._player.subscribe(self._on_player_availability)  # later changes, not this first one
        if self._voice is None and self._prefs.voice_enabled:
            self._start_voice()  # a voice that is off is not loaded at all
        elif self._voice is not None:
            self._load_voice()
        self._apply_to_outputs()
        if not self._player.available and self._player.reason:
            self.notice.emit(self._player.reason)
            self._told_unavailable = True
        if self._awake:
            self._player.keep_awake(True)
        self.changed.emit()

    def _start_voice(self) -> None:
        from leg_timer.audio.remote import RemoteVoice

        self._voice = RemoteVoice(self._prefs.voice_engine, parent=self)
        self._started_voice = True
        self._load_voice()

    def _end_voice(self) -> None:
        """The voice was turned off: end the host it runs in (a Python and Qt process of its
        own, tens of MB), rather than keep it idle; turning the voice on starts a new one."""
        voice, self._voice, self._started_voice = self._voice, None, False
        voice_changed = getattr(voice, "availability_changed", None)
        if voice_changed is not None:
            voice_changed.disconnect(self._on_voice_availability)
        close = getattr(voice, "close", None)
        if close is not None:
            close()

    def _load_voice(self) -> None:
        assert self._voice is not None
        # A speech engine may come up (or fail) after load() returns: redraw the voice settings.
        voice_changed = getattr(self._voice, "availability_changed", None)
        if voice_changed is not None:
            voice_changed.connect(self._on_voice_availability)
        self._voice.load()

    def close(self) -> None:
        """End the audio hosts (also done when the application quits); never waits long."""
        for output in (self._player, self._voice):
            close = getattr(output, "close", None)
            if close is not None and hasattr(output, "host"):
                close()

    def attach(self, driver: SessionFeed) -> None:
        """Follow ``driver``'s session (and stop following the one before)."""
        self.detach()
        self._driver = driver
        driver.session_event.connect(self._on_session_event)
        driver.changed.connect(self.flush)
        self._set_awake(driver.session.state is State.RUNNING)

    def detach(self) -> None:
        if self._driver is not None:
            self._driver.session_event.disconnect(self._on_session_event)
            self._driver.changed.disconnect(self.flush)
            self._driver = None
        self._pending.clear()
        self._cancel_ahead()
        self._set_awake(False)

    # -- what the window shows and sets --------------------------------------------------

    @property
    def preferences(self) -> CuePreferences:
        return self._prefs

    def apply(self, preferences: CuePreferences) -> None:
        """Use ``preferences`` from now on (the settings dialog applies at once)."""
        old = self._prefs
        self._prefs = preferences.clamped()
        if self._voice is not None and self._prefs.voice_engine != old.voice_engine:
            self.notice.emit(Audio.tr("The new speech engine is used after a restart."))
        if self._loaded and self._voice is None and self._prefs.voice_enabled:
            self._start_voice()  # turned on: set up now, in its host
        elif self._started_voice and old.voice_enabled and not self._prefs.voice_enabled:
            self._end_voice()
        if self._prefs != old:
            self._apply_to_outputs()
            if self._driver is not None:  # muted, or other cues: what was sent ahead follows
                self._send_ahead(self._driver.session)
            self.changed.emit()

    def set_volume(self, volume: float) -> None:
        self.apply(replace(self._prefs, volume=volume))

    def set_language(self, language: str) -> None:
        """The language the voice speaks ("en", "de", ...); the window calls this at start and
        after every language switch. The words it is given are translated already (see
        :func:`leg_timer.present.cue_words.spoken_text`); a voice with no voice of the
        language turns unavailable, and the cues stay sounds and text on the screen."""
        self._language = language or "en"
        for output in (self._player, self._voice):
            set_language = getattr(output, "set_language", None)  # the hosts have it
            if set_language is not None:
                set_language(self._language)
        self.changed.emit()

    @property
    def language(self) -> str:
        """The language the voice was last told to speak."""
        return self._language

    def step_volume(self, steps: int) -> None:
        """Louder (positive) or softer by ``steps`` tenths, e.g. for keys or a wheel."""
        self.set_volume(round(self._prefs.volume + steps * VOLUME_STEP, 2))

    def set_muted(self, muted: bool) -> None:
        self.apply(replace(self._prefs, muted=muted))

    def toggle_muted(self) -> bool:
        """The M key; returns the new state."""
        self.set_muted(not self._prefs.muted)
        return self._prefs.muted

    def set_voice_enabled(self, enabled: bool) -> None:
        self.apply(replace(self._prefs, voice_enabled=enabled))

    @property
    def audio_available(self) -> bool:
        return self._player is not None and self._player.available

    @property
    def audio_reason(self) -> str:
        """Why no sound can play ("" when it can, or before :meth:`load`), translated (the
        sound host's reasons are fixed sentences, marked for the catalogue "Audio")."""
        reason = self._player.reason if self._player is not None and self._loaded else ""
        return Audio.tr(reason) if reason else ""

    @property
    def voice_available(self) -> bool:
        return self._voice is not None and self._voice.available

    @property
    def voice_reason(self) -> str:
        return self._voice.reason if self._voice is not None and self._loaded else ""

    @property
    def audible(self) -> bool:
        """Whether cues are heard at all; when False the flash is the only cue."""
        return self.audio_available and not self._prefs.muted

    def voice_names(self) -> list[str]:
        return self._voice.voice_names() if self._voice is not None else []

    @property
    def keeping_awake(self) -> bool:
        return self._awake

    def test_sound(self) -> str:
        """Play one cue now at the chosen volume (the settings' "Test sound"); "" when it
        played, else why it cannot be heard."""
        if self._prefs.muted:
            return Audio.tr("Sounds are muted: unmute to hear them.")
        if self._player is None or not self._loaded:
            return Audio.tr("Sound is not ready yet.")
        if not self._player.available:
            return self.audio_reason or Audio.tr("Sound is not available.")
        return "" if self._player.play(TEST_SOUND) else Audio.tr(
            "The sound could not be played.")

    def test_voice(self) -> str:
        """Speak a short line now with the chosen voice, rate and volume (the settings' "Test
        voice"); "" when it was spoken, else why it cannot be heard."""
        if self._prefs.muted:
            return Audio.tr("Sounds are muted: unmute to hear the voice.")
        if not self._prefs.voice_enabled:
            return Audio.tr("Turn on “Speak announcements” to hear the voice.")
        if self._voice is None or not self._voice.available:
            return self.voice_reason or Audio.tr("The voice is not ready yet.")
        self._voice.stop()  # a second press starts the line again rather than queueing it
        self._voice.say(Audio.tr(TEST_WORDS))
        return ""

    # -- events --------------------------------------------------------------------------

    def _on_session_event(self, event: Event) -> None:
        # The driver emits every event of one wake-up, then ``changed``: cues at one instant
        # are decided together (see announce), so a boundary plays one sound.
        self._pending.append(event)
        if event.kind in (EventKind.SESSION_STARTED, EventKind.RESUMED):
            self._set_awake(True)

    def flush(self) -> None:
        """Play what the events collected since the last flush announce, then send the
        sounds due soon ahead (on ``changed``: after every wake-up and command)."""
        if self._driver is None:
            return
        session = self._driver.session
        if self._pending:
            events, self._pending = self._pending, []
            now = session.now()
            for announcement in announce(events, session.plan, self._prefs.cue_options()):
                self._perform(announcement, stale=now - announcement.at > STALE_S)
            if any(event.kind in (EventKind.PAUSED, EventKind.SESSION_FINISHED,
                                  EventKind.SESSION_STOPPED) for event in events):
                self._set_awake(session.state is State.RUNNING)
        self._send_ahead(session)

    def _send_ahead(self, session: Session) -> None:
        """Give the player the sounds due before the next wake-up plus its ``ahead_s``, each
        once, and take back those no longer coming (paused, skipped, moved by +/-)."""
        ahead_s = self._player.ahead_s if self._player is not None and self._loaded else 0.0
        if ahead_s <= 0 or not self.audible or session.state is not State.RUNNING:
            self._cancel_ahead()
            return
        now = session.now()
        coming = {(announcement.at, announcement.sound) for announcement in announce(
            session.events_until(now + LOOK_AHEAD_S + ahead_s), session.plan,
            self._prefs.cue_options()) if announcement.sound is not None}
        for key in self._sent_ahead - coming:
            if key[0] > now:
                self._player.cancel(key[0])  # type: ignore[union-attr]  # ahead_s: a player
        self._sent_ahead &= coming
        for at, sound in sorted(coming - self._sent_ahead):
            if self._player.play(sound, at=at):  # type: ignore[union-attr]
                self._sent_ahead.add((at, sound))

    def _cancel_ahead(self) -> None:
        """Take back every sound sent ahead that is still to come."""
        if self._player is not None and self._driver is not None:
            now = self._driver.session.now()
            for at, _sound in self._sent_ahead:
                if at > now:
                    self._player.cancel(at)
        self._sent_ahead.clear()

    def _perform(self, announcement: Announcement, stale: bool) -> None:
        sound, speech = announcement.sound, spoken_text(announcement)  # translated
        played = False
        if sound is not None:
            if (announcement.at, sound) in self._sent_ahead:
                self._sent_ahead.discard((announcement.at, sound))
                played = True  # the player holds it for this instant (heard even if stale)
            elif not stale and self._player is not None and self.audible:
                # First: nothing may come between the cue and its beep.
                played = self._player.play(sound, at=announcement.at)
            self.flash.emit(sound)
        if speech and not stale:
            if played and self._speech_after_sound_ms > 0:
                QTimer.singleShot(self._speech_after_sound_ms, self, lambda: self._say(speech))
            else:
                self._say(speech)
        self.announced.emit(announcement)

    def _say(self, speech: str) -> None:
        # Checked when speaking: muting in between silences words still waiting.
        if (not self._prefs.muted and self._prefs.voice_enabled and self._voice is not None
                and self._voice.available):
            self._voice.say(speech)

    # -- plumbing ------------------------------------------------------------------------

    def _set_awake(self, awake: bool) -> None:
        self._awake = awake
        if self._player is not None and self._loaded:
            self._player.keep_awake(awake)

    def _apply_to_outputs(self) -> None:
        prefs = self._prefs
        if self._player is not None:
            self._player.set_volume(prefs.volume)
            self._player.set_muted(prefs.muted)
        if self._voice is not None:
            self._voice.set_rate(prefs.voice_rate)
            self._voice.set_volume(prefs.volume * VOICE_GAIN)
            set_language = getattr(self._voice, "set_language", None)  # not in Voice: optional
            if set_language is not None:
                set_language(self._language)
            self._voice.set_voice(prefs.voice_name)
            if prefs.muted or not prefs.voice_enabled:
                self._voice.stop()

    def _on_voice_availability(self, available: bool, reason: str) -> None:
        self.changed.emit()

    def _on_player_availability(self, available: bool, reason: str) -> None:
        if not self._loaded:
            return
        if not available and reason:
            self.notice.emit(Audio.tr(reason))  # the hosts' fixed reasons are in the catalogue
        elif available and self._told_unavailable:
            self.notice.emit(Audio.tr("Sound is back."))
        self._told_unavailable = not available and bool(reason)
        self.changed.emit()


def sound_server_missing() -> str:
    """Why no sound can play on this Linux machine ("" when a sound server may be there).

    Looks for a PulseAudio (or PipeWire's PulseAudio) socket where libpulse would; other
    platforms always answer "" (their audio needs no server).
    """
    # if/else rather than an early return, which mypy (checking for Windows or macOS) would
    # report as making the rest unreachable.
    if sys.platform.startswith("linux") and not os.environ.get("PULSE_SERVER"):
        # Imported here, after the first paint: it brings the socket module along.
        from leg_timer.audio.server_check import local_pulse_socket

        return "" if local_pulse_socket() is not None else Audio.tr(NO_SOUND_SERVER)
    else:
        return ""
