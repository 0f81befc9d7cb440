"""Plays the cue sounds: the small :class:`CuePlayer` interface and :class:`QtCuePlayer`, the
real one on QtMultimedia. Where no sound server runs, ``leg_timer.audio.silent.SilentPlayer``
stands in; tests use the recorder in tests/doubles.py.

:class:`QtCuePlayer` keeps one ``QSoundEffect`` per WAV in ``resources/sounds`` (decoded once,
by :meth:`~QtCuePlayer.preload`, which the window calls after its first paint so start-up is not
slowed). During a session it keeps the audio output awake with a looping silent effect: an idle
PulseAudio sink is suspended after a few seconds and the first cue after that arrives 50-300 ms
late, or is cut. It follows the system's default output when that changes (a headset plugged
in), recreates an effect that falls into the Error state, and with no output device at all it
reports ``available = False`` and a one-line ``reason`` instead of failing: the window then
shows cues as a flash.

WORKAROUND (Qt 6.11 on Linux, seen with PySide6 6.11.3; docs/gotchas.md): a QSoundEffect sound
that ends by itself can be freed in the audio thread, which takes down a socket notifier of the
GUI thread and leaves the window spinning forever on "QSocketNotifier: Invalid socket". So no
cue ever ends by itself here: each cue file ends in a second of silence
(resources/sounds/synthesize.py), its effect loops, and the player stops it from the GUI thread
a moment after the audible part (:data:`STOP_AFTER_SOUND_MS`). A stopped sound is always freed
in the GUI thread.

Signals (QtCuePlayer):
    availability_changed(bool, str): an output device appeared or went away; the reason.
    ready(): every sound is loaded and can play at once.
"""

from __future__ import annotations

import wave
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioDevice, QMediaDevices, QSoundEffect, QtAudio

from leg_timer.core.announcements import sound_names
from leg_timer.core.translation import QT_TRANSLATE_NOOP
from leg_timer.resources import ResourceNotFound, resource

KEEP_AWAKE_SOUND = "silence"  # resources/sounds/silence.wav, looped while a session runs
MAX_RECOVERIES = 3  # an effect that keeps failing is left alone after this many re-creations
RECOVERY_DELAY_MS = 500
# Marked for the catalogue (context "Audio"): the window translates the reasons it is sent.
NO_DEVICE = QT_TRANSLATE_NOOP("Audio", "No audio output device: cues are shown as a flash "
                                       "instead.")
# A looping cue is stopped this long after its audible end, inside its silent tail (1 s): the
# GUI thread may be this late, and up to 750 ms more, before a cue would be heard twice.
STOP_AFTER_SOUND_MS = 250

AvailabilityListener = Callable[[bool, str], None]


@runtime_checkable
class CuePlayer(Protocol):
    """What :class:`~leg_timer.audio.cue_output.CueOutput` needs from a player.

    ``volume`` is the perceived loudness from 0.0 to 1.0 (as a slider shows it). ``play``
    takes the cue's planned monotonic instant ``at``: a player with ``ahead_s`` above 0 plays
    a cue asked for that long before ``at`` on that instant (and ``cancel(at)`` takes it back
    until it begins); one with ``ahead_s == 0`` plays when asked, so ask at the instant.
    """

    @property
    def available(self) -> bool: ...

    @property
    def ahead_s(self) -> float: ...

    @property
    def reason(self) -> str: ...

    def preload(self) -> None: ...

    def play(self, name: str, at: float | None = None) -> bool: ...

    def cancel(self, at: float) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def set_muted(self, muted: bool) -> None: ...

    def keep_awake(self, awake: bool) -> None: ...

    def subscribe(self, listener: AvailabilityListener) -> None: ...


def sound_file(name: str) -> Path:
    """The WAV file of sound ``name`` (a real file in a checkout, a wheel and a bundle)."""
    found = resource("sounds", f"{name}.wav")
    path = Path(str(found))
    if not path.is_file():
        raise ResourceNotFound(f"sound {name!r} is not a plain file: {found}")
    return path


class QtCuePlayer(QObject):
    availability_changed = Signal(bool, str)
    ready = Signal()

    def __init__(self, names: Iterable[str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names = list(names if names is not None else sound_names())
        self._effects: dict[str, QSoundEffect] = {}
        self._stoppers: dict[str, QTimer] = {}  # per sound: stops its loop after the sound
        self._audible_ms: dict[str, int] = {}
        self._keep_alive: QSoundEffect | None = None
        self._devices: QMediaDevices | None = None
        self._device = QAudioDevice()
        self._available = False
        self._reason = QT_TRANSLATE_NOOP("Audio", "Sounds are not loaded yet.")
        self._volume = 1.0
        self._muted = False
        self._awake = False
        self._failures: dict[str, int] = {}
        self._told_ready = False
        self._listeners: list[AvailabilityListener] = []

    # -- what the window and CueOutput use ---------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def reason(self) -> str:
        """Why sounds cannot play ("" when they can)."""
        return self._reason

    @property
    def device_name(self) -> str:
        return self._device.description() if not self._device.isNull() else ""

    @property
    def is_ready(self) -> bool:
        """Every sound is decoded and can start at once."""
        return len(self._effects) == len(self._names) and all(
            effect.status() is QSoundEffect.Status.Ready for effect in self._effects.values())

    def subscribe(self, listener: AvailabilityListener) -> None:
        self._listeners.append(listener)

    def preload(self) -> None:
        """Open the default output and decode every sound (once; later calls do nothing)."""
        if self._devices is not None:
            return
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._build(QMediaDevices.defaultAudioOutput())

    @property
    def ahead_s(self) -> float:
        """0: a sound starts when asked (this player cannot place one on a frame)."""
        return 0.0

    def cancel(self, at: float) -> None:
        pass  # nothing is ever waiting to start

    def play(self, name: str, at: float | None = None) -> bool:
        """Start sound ``name`` now (``at``, the planned instant, is not used: this player
        cannot place a sound on a frame); False if it cannot be heard (no device, muted, not
        ready)."""
        effect = self._effects.get(name)
        if effect is None:
            if name not in self._names:
                raise KeyError(f"no sound {name!r}; known: {', '.join(self._names)}")
            return False
        if self._muted or effect.status() is not QSoundEffect.Status.Ready:
            return False
        if effect.isPlaying():
            effect.stop()  # the last play of this sound is still looping in its silent tail
        effect.play()
        self._stopper(name).start(self._audible_ms[name] + STOP_AFTER_SOUND_MS)
        return True

    def is_playing(self, name: str) -> bool:
        """Sound ``name`` is playing (or in the silent tail before the player stops it)."""
        effect = self._effects.get(name)
        return effect is not None and effect.isPlaying()

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        for effect in self._effects.values():
            effect.setVolume(self._linear_volume())

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        for effect in self._effects.values():
            effect.setMuted(muted)

    def keep_awake(self, awake: bool) -> None:
        """Hold the output open (a looping silent stream) while ``awake``; a session is on."""
        self._awake = awake
        if self._keep_alive is None:
            return
        if awake and not self._keep_alive.isPlaying():
            self._keep_alive.play()
        elif not awake:
            self._keep_alive.stop()

    @property
    def keeping_awake(self) -> bool:
        return self._keep_alive is not None and self._keep_alive.isPlaying()

    # -- effects -------------------------------------------------------------------------

    def _linear_volume(self) -> float:
        # A slider's middle should sound like half as loud, not like a quarter.
        return float(QtAudio.convertVolume(self._volume, QtAudio.VolumeScale.LogarithmicVolumeScale,
                                           QtAudio.VolumeScale.LinearVolumeScale))

    def _build(self, device: QAudioDevice) -> None:
        """(Re)create every effect on ``device``; with no device, report why."""
        self._clear()
        self._device = device
        if device.isNull():
            self._set_available(False, NO_DEVICE)
            return
        self._told_ready = False
        for name in self._names:
            self._make_effect(name)
        self._tell_if_ready()  # every sample may have been cached: no status change to come
        keep_alive = QSoundEffect(device, self)
        keep_alive.setSource(QUrl.fromLocalFile(str(sound_file(KEEP_AWAKE_SOUND))))
        keep_alive.setLoopCount(QSoundEffect.Loop.Infinite.value)
        self._keep_alive = keep_alive
        self._set_available(True, "")
        if self._awake:
            keep_alive.play()  # plays as soon as it is loaded

    def _make_effect(self, name: str) -> None:
        effect = QSoundEffect(self._device, self)
        effect.setVolume(self._linear_volume())
        effect.setMuted(self._muted)
        effect.setLoopCount(QSoundEffect.Loop.Infinite.value)  # see the module's WORKAROUND
        if name not in self._audible_ms:
            self._audible_ms[name] = audible_ms(sound_file(name))
        effect.statusChanged.connect(lambda: self._on_status_changed(name))
        # Registered before its source is set: a sound Qt has cached is Ready at once, inside
        # setSource, and its status signal must find it.
        self._effects[name] = effect
        effect.setSource(QUrl.fromLocalFile(str(sound_file(name))))

    def _stopper(self, name: str) -> QTimer:
        timer = self._stoppers.get(name)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            # A coarse timer may fire 5 % early: on the 4 s bell that would stop it barely
            # past its fade-out. A precise one keeps the full STOP_AFTER_SOUND_MS margin.
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda: self._stop(name))
            self._stoppers[name] = timer
        return timer

    def _stop(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.stop()

    def _clear(self) -> None:
        for timer in self._stoppers.values():
            timer.stop()
        for effect in [*self._effects.values(), self._keep_alive]:
            if effect is not None:
                effect.stop()
                effect.deleteLater()
        self._effects.clear()
        self._keep_alive = None

    def _on_status_changed(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None:
            return
        status = effect.status()
        if status is QSoundEffect.Status.Ready:
            self._failures[name] = 0
            self._tell_if_ready()
        elif status is QSoundEffect.Status.Error:
            failures = self._failures.get(name, 0) + 1
            self._failures[name] = failures
            if failures <= MAX_RECOVERIES:
                # Not from inside the effect's own signal: replace it on the next turn.
                QTimer.singleShot(RECOVERY_DELAY_MS * failures, self,
                                  lambda: self._recreate(name))

    def _tell_if_ready(self) -> None:
        """Emit ``ready`` once per set of effects, when the last of them is Ready (is_ready
        waits until every effect exists: an early one may be Ready before the rest are made)."""
        if self.is_ready and not self._told_ready:
            self._told_ready = True
            self.ready.emit()

    def _recreate(self, name: str) -> None:
        old = self._effects.pop(name, None)
        if old is None or self._device.isNull():
            return
        if name in self._stoppers:
            self._stoppers[name].stop()
        old.stop()
        old.deleteLater()
        self._make_effect(name)

    def _on_outputs_changed(self) -> None:
        default = QMediaDevices.defaultAudioOutput()
        if default.isNull() and self._device.isNull():
            return
        if not default.isNull() and default.id() == self._device.id() and self._effects:
            return
        self._build(default)

    def _set_available(self, available: bool, reason: str) -> None:
        changed = (available, reason) != (self._available, self._reason)
        self._available, self._reason = available, reason
        if changed:
            self.availability_changed.emit(available, reason)
            for listener in list(self._listeners):
                listener(available, reason)


@dataclass(frozen=True)
class AudibleSamples:
    """A WAV file's samples up to the end of its sound (its trailing silence left out, whole
    frames kept), and their format."""

    data: bytes
    rate_hz: int
    channels: int
    sample_bytes: int

    @property
    def frames(self) -> int:
        return len(self.data) // (self.channels * self.sample_bytes)


def audible_samples(path: Path) -> AudibleSamples:
    """Read WAV file ``path`` (the one reader of the cue files, for both players)."""
    with wave.open(str(path), "rb") as wav:
        frame_bytes = wav.getsampwidth() * wav.getnchannels()
        data = wav.readframes(wav.getnframes())
        found = AudibleSamples(b"", wav.getframerate(), wav.getnchannels(), wav.getsampwidth())
    audible = -(-len(data.rstrip(b"\0")) // frame_bytes) * frame_bytes
    return replace(found, data=data[:audible])


def audible_ms(path: Path) -> int:
    """How long the sound in WAV file ``path`` lasts before its trailing silence, in ms."""
    samples = audible_samples(path)
    return -(-samples.frames * 1000 // samples.rate_hz)
