"""Test doubles for the cue outputs: a player and a voice that only remember what they were
asked, so tests can run sessions without an audio device or a speech engine.

They satisfy :class:`leg_timer.audio.sound.CuePlayer` and :class:`leg_timer.audio.voice.Voice`
(both runtime-checkable protocols). Qt-free: importing them loads no QtMultimedia.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leg_timer.core.announcements import sound_names

if TYPE_CHECKING:
    from leg_timer.audio.sound import AvailabilityListener


class RecordingPlayer:
    """A :class:`~leg_timer.audio.sound.CuePlayer` that remembers what it was asked to play."""

    def __init__(self, available: bool = True, reason: str = "", ahead_s: float = 0.0) -> None:
        self._available = available
        self._reason = reason
        self._ahead_s = ahead_s  # above 0: it wants cues this long ahead (as the stream player)
        self.played: list[str] = []
        self.planned: list[float | None] = []  # the planned instant of each play ("at")
        self.cancelled: list[float] = []  # instants passed to cancel()
        # Every play and cancel in order: ("play", (name, at)) and ("cancel", at).
        self.ops: list[tuple[str, object]] = []
        self.volume = 1.0
        self.muted = False
        self.awake = False
        self.preloaded = False
        self._listeners: list[AvailabilityListener] = []

    @property
    def available(self) -> bool:
        return self._available

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def ahead_s(self) -> float:
        return self._ahead_s

    def cancel(self, at: float) -> None:
        self.cancelled.append(at)
        self.ops.append(("cancel", at))

    def held(self) -> list[tuple[str, float | None]]:
        """(name, at) of every play not cancelled afterwards: what would be heard."""
        kept: list[tuple[str, float | None]] = []
        for op, value in self.ops:
            if op == "play":
                kept.append(value)  # type: ignore[arg-type]
            else:
                kept = [cue for cue in kept if cue[1] != value]
        return kept

    def set_available(self, available: bool, reason: str = "") -> None:
        """Pretend a device appeared or went away."""
        self._available, self._reason = available, reason
        for listener in list(self._listeners):
            listener(available, reason)

    def preload(self) -> None:
        self.preloaded = True

    def play(self, name: str, at: float | None = None) -> bool:
        if name not in sound_names():
            raise KeyError(f"no sound {name!r}")
        self.played.append(name)
        self.planned.append(at)
        self.ops.append(("play", (name, at)))
        return self._available and not self.muted

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_muted(self, muted: bool) -> None:
        self.muted = muted

    def keep_awake(self, awake: bool) -> None:
        self.awake = awake

    def subscribe(self, listener: AvailabilityListener) -> None:
        self._listeners.append(listener)


class RecordingVoice:
    """A :class:`~leg_timer.audio.voice.Voice` that remembers what it was asked to say."""

    def __init__(self, available: bool = True, reason: str = "") -> None:
        self.available = available
        self.reason = reason
        self.said: list[str] = []
        self.rate = 0.0
        self.volume = 1.0
        self.voice = ""
        self.loaded = False
        self.stopped = 0

    def load(self) -> None:
        self.loaded = True

    def say(self, text: str) -> None:
        self.said.append(text)

    def stop(self) -> None:
        self.stopped += 1

    def set_rate(self, rate: float) -> None:
        self.rate = rate

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def set_voice(self, name: str) -> None:
        self.voice = name

    def voice_names(self) -> list[str]:
        return ["Recorder"]
