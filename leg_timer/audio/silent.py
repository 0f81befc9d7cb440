"""The cue player for a machine where no sound can play: every cue is left to the flash.

:meth:`leg_timer.audio.cue_output.CueOutput.load` uses :class:`SilentPlayer` instead of
:class:`~leg_timer.audio.sound.QtCuePlayer` when no sound server is running, since Qt's
PulseAudio engine without a server can freeze the window. Qt-free, so that path loads no
QtMultimedia at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leg_timer.core.announcements import sound_names

if TYPE_CHECKING:
    from leg_timer.audio.sound import AvailabilityListener


class SilentPlayer:
    """A :class:`~leg_timer.audio.sound.CuePlayer` that never plays and says why.

    ``available`` stays False with ``reason`` for good: nothing here ever notices a sound
    server appearing (the app has to be restarted for that), so listeners are never called.
    """

    def __init__(self, reason: str) -> None:
        self._reason = reason

    @property
    def available(self) -> bool:
        return False

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def ahead_s(self) -> float:
        return 0.0

    def preload(self) -> None:
        pass

    def cancel(self, at: float) -> None:
        pass

    def play(self, name: str, at: float | None = None) -> bool:
        # An unknown name is a bug wherever it happens, as in the real player: not hidden here.
        if name not in sound_names():
            raise KeyError(f"no sound {name!r}")
        return False

    def set_volume(self, volume: float) -> None:
        pass

    def set_muted(self, muted: bool) -> None:
        pass

    def keep_awake(self, awake: bool) -> None:
        pass

    def subscribe(self, listener: AvailabilityListener) -> None:
        pass  # the availability never changes: nothing to tell, nothing to hold on to
