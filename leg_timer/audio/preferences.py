"""What the person chooses about cues: volume, mute, voice, ticks. Qt-free data.

The settings file stores these (:mod:`leg_timer.ui.settings`); :class:`~leg_timer.audio.
cue_output.CueOutput` applies them to the players.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from leg_timer.core.announcements import CueOptions
from leg_timer.core.plan import MAX_COUNTDOWN_S


@dataclass(frozen=True)
class CuePreferences:
    """Everything about cues the person chooses; the window stores it with its settings.

    ``volume`` is perceived loudness 0.0-1.0; ``voice_rate`` -1.0 (slow) to 1.0 (fast);
    ``voice_engine`` and ``voice_name`` empty mean the system's default.
    """

    volume: float = 0.8
    muted: bool = False
    voice_enabled: bool = True
    voice_engine: str = ""
    voice_name: str = ""
    voice_rate: float = 0.0
    ticks_enabled: bool = True
    countdown_s: int = 3
    count_reps: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Plain values keyed by field name, for QSettings (e.g. under a ``cues/`` group)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, stored: Mapping[str, object]) -> CuePreferences:
        """Preferences from stored values; a missing, unreadable or out-of-range value gets its
        default (INI files give back strings: "true", "0.5")."""
        defaults = cls()
        values: dict[str, Any] = {}
        for field in fields(cls):
            default = getattr(defaults, field.name)
            raw = stored.get(field.name)
            values[field.name] = default if raw is None else _parse(raw, default)
        return cls(**values).clamped()

    def clamped(self) -> CuePreferences:
        return replace(
            self,
            volume=min(max(self.volume, 0.0), 1.0),
            voice_rate=min(max(self.voice_rate, -1.0), 1.0),
            countdown_s=min(max(self.countdown_s, 0), MAX_COUNTDOWN_S),
        )

    def cue_options(self) -> CueOptions:
        return CueOptions(ticks=self.ticks_enabled, countdown_s=self.countdown_s,
                          count_reps=self.count_reps)


def _parse(raw: object, default: Any) -> Any:
    """``raw`` as the type of ``default``, or ``default`` if it cannot be."""
    try:
        if isinstance(default, bool):
            if isinstance(raw, bool):
                return raw
            text = str(raw).strip().lower()
            return {"true": True, "1": True, "false": False, "0": False}.get(text, default)
        if isinstance(default, int):
            return int(str(raw))
        if isinstance(default, float):
            value = float(str(raw))
            return value if math.isfinite(value) else default
        return str(raw)
    except ValueError:
        return default


# Which cue player the sound host runs: "stream" (the default: one QAudioSink stream with each
# cue mixed in on the frame heard at its instant, leg_timer.audio.stream_player) or "effects"
# (one QSoundEffect per sound, leg_timer.audio.sound: started when the cue is due, so its onset
# moves with the fill of Qt's buffer, 10-12 ms at worst; kept as a fallback for an output
# where the stream misbehaves). Read by the sound host; README, "When something goes wrong".
PLAYER_VARIABLE = "LEG_TIMER_CUE_PLAYER"
EFFECTS_PLAYER = "effects"


def stream_player_chosen(environ: Mapping[str, str]) -> bool:
    """Whether the sound host runs the stream player: unless ``LEG_TIMER_CUE_PLAYER=effects``."""
    return environ.get(PLAYER_VARIABLE, "").strip().lower() != EFFECTS_PLAYER
