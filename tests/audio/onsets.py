"""Finds and names the cue sounds in a recording of the sink, and compares them with the plan.

An onset is where the signal rises above ``THRESHOLD`` after at least ``REARM_S`` below it.
Each onset is then named by matching the recording just after it against the first
``TEMPLATE_S`` of every cue WAV (normalised cross-correlation over a few milliseconds of lag):
the beeps reach the sink sample for sample, so a cue scores close to 1.0 at the WAV's own
level (the tests play at volume 1.0), and speech or noise scores far lower. The best lag also
gives the onset to the sample, whatever the sound's attack.
Used by tests/audio/test_real_audio.py and bench/cue_onsets.py.
"""

from __future__ import annotations

import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from leg_timer.audio.sound import sound_file
from leg_timer.core.announcements import sound_names

RATE_HZ = 48_000
THRESHOLD = 10 ** (-50 / 20)  # -50 dBFS: the quietest cue start (the bell) is far above
REARM_S = 0.040
TEMPLATE_S = 0.010
SEARCH_S = 0.004  # how far around the threshold crossing the true start is looked for
GAIN_RANGE = (0.8, 1.25)  # the recording's level over the WAV's: the cues play at volume 1.0
MATCH_SCORE = 0.7  # different cues score under 0.35 against each other, speech lower

Samples = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Onset:
    """An onset ``at_s`` seconds into the recording; ``sound`` None if no cue matched."""

    at_s: float
    sound: str | None
    score: float


def from_raw(data: bytes) -> Samples:
    """Signed 16-bit little-endian mono samples as floats in -1..1."""
    usable = len(data) - len(data) % 2
    return np.frombuffer(data[:usable], dtype="<i2").astype(np.float64) / 32768.0


def read_wav(path: Path) -> Samples:
    with wave.open(str(path), "rb") as source:
        if (source.getnchannels(), source.getsampwidth(), source.getframerate()) != (1, 2,
                                                                                     RATE_HZ):
            raise ValueError(f"{path}: expected 16-bit mono {RATE_HZ} Hz")
        return from_raw(source.readframes(source.getnframes()))


def templates(names: Sequence[str] | None = None) -> dict[str, Samples]:
    """The opening ``TEMPLATE_S`` of every cue sound."""
    length = round(TEMPLATE_S * RATE_HZ)
    return {name: read_wav(sound_file(name))[:length] for name in (names or sound_names())}


def crossings(samples: Samples, threshold: float = THRESHOLD,
              rearm_s: float = REARM_S) -> list[int]:
    """Sample indexes where the signal rises above ``threshold`` after ``rearm_s`` below."""
    loud = np.flatnonzero(np.abs(samples) >= threshold)
    if loud.size == 0:
        return []
    starts = [int(loud[0])]
    gaps = np.flatnonzero(np.diff(loud) > rearm_s * RATE_HZ)
    starts.extend(int(loud[gap + 1]) for gap in gaps)
    return starts


def name_onset(samples: Samples, crossing: int,
               known: dict[str, Samples]) -> tuple[int, str | None, float]:
    """The true start near ``crossing``, the cue that starts there (or None), and its score."""
    search = round(SEARCH_S * RATE_HZ)
    best: tuple[int, str | None, float] = (crossing, None, 0.0)
    for name, template in known.items():
        begin = max(crossing - search, 0)
        window = samples[begin:crossing + search + template.size]
        if window.size < template.size:
            continue
        dots = np.correlate(window, template, mode="valid")
        energies = np.convolve(window * window, np.ones(template.size), mode="valid")
        power = float(template @ template)
        scores = dots / np.sqrt(np.maximum(energies, 1e-12) * power)
        # Played at full volume, a cue arrives at its own level; speech that happens to look
        # like a cue for a moment does not.
        gains = dots / power
        scores[(gains < GAIN_RANGE[0]) | (gains > GAIN_RANGE[1])] = 0.0
        lag = int(np.argmax(scores))
        if scores[lag] > best[2]:
            best = (begin + lag, name, float(scores[lag]))
    start, name, score = best
    return (start, name, score) if score >= MATCH_SCORE else (crossing, None, score)


def find_onsets(samples: Samples, known: dict[str, Samples] | None = None) -> list[Onset]:
    """Every onset in ``samples``, named where it is a cue sound."""
    known = known if known is not None else templates()
    found = []
    for crossing in crossings(samples):
        start, name, score = name_onset(samples, crossing, known)
        found.append(Onset(start / RATE_HZ, name, score))
    return found


@dataclass(frozen=True)
class Comparison:
    """Heard cues against planned ones, aligned on the first cue.

    ``errors_ms[i]`` is how far cue i was heard from its planned instant, counting from the
    first cue (so the constant output latency cancels out); ``gap_errors_ms`` compares each
    gap between consecutive cues with the planned gap.
    """

    expected: list[str]
    heard: list[str]
    errors_ms: list[float]
    gap_errors_ms: list[float]

    @property
    def complete(self) -> bool:
        return self.expected == self.heard


def compare(planned: Sequence[tuple[float, str]], onsets: Sequence[Onset],
            clock: Callable[[float], float] | None = None) -> Comparison:
    """``planned``: (seconds from the session start, sound) for every cue that should sound.

    ``clock`` turns a time in the recording into the plan's clock (see
    :meth:`tests.audio.pulse.TimedRecorder.to_monotonic`); without it, the recording's own
    48 kHz timeline is taken as exact.
    """
    cues = [onset for onset in onsets if onset.sound is not None]
    expected = [sound for _, sound in planned]
    heard = [str(onset.sound) for onset in cues]
    if not cues or not planned or heard != expected:
        return Comparison(expected, heard, [], [])
    times = [clock(onset.at_s) if clock else onset.at_s for onset in cues]
    errors = [((t - times[0]) - (at - planned[0][0])) * 1000
              for t, (at, _) in zip(times, planned, strict=True)]
    gaps = [((tb - ta) - (pb - pa)) * 1000 for ta, tb, (pa, _), (pb, _)
            in zip(times, times[1:], planned, planned[1:], strict=False)]
    return Comparison(expected, heard, errors, gaps)


def without_cues(samples: Samples, found: Sequence[Onset]) -> Samples:
    """``samples`` with every recognised cue subtracted at its onset: what else was heard
    (speech). The cues arrive sample for sample, so little of them is left."""
    rest = samples.copy()
    for onset in found:
        if onset.sound is None:
            continue
        sound = read_wav(sound_file(onset.sound))
        start = round(onset.at_s * RATE_HZ)
        part = rest[start:start + sound.size]
        span = min(part.size, sound.size)
        gain = float(part[:span] @ sound[:span]) / float(sound[:span] @ sound[:span])
        rest[start:start + span] -= gain * sound[:span]
    return rest


def loudest_dbfs(samples: Samples, begin_s: float, end_s: float) -> float:
    """The peak level between two instants of a recording, in dBFS (-inf if silent)."""
    part = samples[max(round(begin_s * RATE_HZ), 0):max(round(end_s * RATE_HZ), 0)]
    peak = float(np.max(np.abs(part))) if part.size else 0.0
    return 20 * float(np.log10(peak)) if peak > 0 else float("-inf")
