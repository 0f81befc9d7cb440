"""Makes Leg Timer's cue sounds: ``python resources/sounds/synthesize.py [OUT_DIR]``.

Every sound is synthesised here from sine partials (no downloaded or third-party audio), with
the standard library only, deterministically: running it again writes the same files, and
``tests/audio/test_sounds.py`` fails if the committed WAVs differ from what this script makes.

Format: 16-bit PCM, mono, 48 kHz (what PulseAudio and most sound cards run at, so nothing is
resampled on the way out).

Shape: every note starts with a short raised-cosine attack (1.5 ms for the beeps, so the onset
is sharp enough to time to a millisecond, 6 ms for the bell, which must not jolt) and ends with
a raised-cosine release; notes of one sound overlap so its envelope never drops to silence
inside it (one sound is one onset); the file starts and ends on an exact zero. No clicks.

Level matching: each sound is scaled so that its loudest 50 ms window has an RMS of
``CUE_RMS_DBFS`` (-20 dBFS); the bell, which must not startle someone lying still, gets
``BELL_RMS_DBFS`` (-26 dBFS, 6 dB softer). No sample may exceed ``PEAK_LIMIT_DBFS`` (-6 dBFS),
which leaves headroom for speech mixed on top; the script refuses to write a sound that would.

Silent tail: every cue file ends in ``SILENT_TAIL_S`` of exact silence after the sound. The
player loops each cue and stops it from the GUI thread inside that tail, because on Qt 6.11
a sound that ends by itself can hang the window (leg_timer/audio/sound.py, docs/gotchas.md).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

RATE_HZ = 48_000
CUE_RMS_DBFS = -20.0
BELL_RMS_DBFS = -26.0
PEAK_LIMIT_DBFS = -6.0
LOUDNESS_WINDOW_S = 0.050
SILENCE_S = 0.5  # silence.wav: looped by the player to keep the audio output awake
SILENT_TAIL_S = 1.0  # after each cue's sound; the player stops the loop 0.25 s into it
FULL_SCALE = 32767


@dataclass(frozen=True)
class Note:
    """One tone: ``partials`` are (frequency ratio, amplitude, decay time constant in s)."""

    start_s: float
    length_s: float
    freq_hz: float
    partials: Sequence[tuple[float, float, float]] = ((1.0, 1.0, 1.0),)
    attack_s: float = 0.0015
    release_s: float = 0.020


def _beep(start_s: float, length_s: float, freq_hz: float, decay_s: float = 0.25) -> Note:
    """A bright tone: fundamental with a little second and third harmonic."""
    partials = ((1.0, 1.0, decay_s), (2.0, 0.25, decay_s / 2), (3.0, 0.08, decay_s / 3))
    return Note(start_s, length_s, freq_hz, partials)


def _arpeggio(freqs: Sequence[float], step_s: float, last_s: float,
              decay_s: float = 0.3) -> list[Note]:
    """Notes one after another; each rings 15 ms into the next so the sound stays one onset."""
    overlap_s = 0.015
    notes = [_beep(number * step_s, step_s + overlap_s, freq, decay_s)
             for number, freq in enumerate(freqs[:-1])]
    notes.append(_beep((len(freqs) - 1) * step_s, last_s, freqs[-1], decay_s))
    return notes


# Pitches (equal temperament, A4 = 440 Hz). Each sound opens on its own pitch, at least 120 Hz
# from every other opening, so the ear (and tests/audio/onsets.py) tells them apart at once.
E4, C5, E5, G5, A5, B5, C6, D6, FS6, A6 = (
    329.63, 523.25, 659.26, 783.99, 880.0, 987.77, 1046.5, 1174.66, 1479.98, 1760.0)

SOUNDS: dict[str, tuple[list[Note], float]] = {
    # name: (notes, loudest-window RMS target in dBFS)
    # 3-2-1 countdown and the pace of a paced rep set: short, neutral.
    "tick": ([_beep(0.0, 0.070, 1000.0, decay_s=0.04)], CUE_RMS_DBFS),
    # Start of work, a hold or a rep set: rising, bright.
    "go": (_arpeggio([D6, A6], 0.090, 0.200), CUE_RMS_DBFS),
    # Start of a rest: falling, softer decay.
    "rest": (_arpeggio([A5, E5], 0.150, 0.300, decay_s=0.5), CUE_RMS_DBFS),
    # Halfway through a segment: a quick turn around one note.
    "halfway": (_arpeggio([FS6, B5, FS6], 0.080, 0.160), CUE_RMS_DBFS),
    # Switch sides: up and back down.
    "switch": (_arpeggio([G5, C6, G5, C6], 0.090, 0.160), CUE_RMS_DBFS),
    # Round complete: a rising major arpeggio.
    "round": (_arpeggio([E5, G5, C6], 0.120, 0.300, decay_s=0.5), CUE_RMS_DBFS),
    # Session complete: the arpeggio up to the octave, held.
    "complete": (_arpeggio([C5, E5, G5, C6], 0.120, 0.700, decay_s=0.8), CUE_RMS_DBFS),
    # Relaxation poses: a soft bell, gentle attack and a long decay (inharmonic partials of a
    # small bowl bell, the upper ones dying away first).
    "bell": ([Note(0.0, 4.0, E4,
                   ((1.0, 1.0, 1.6), (2.76, 0.45, 0.7), (5.40, 0.20, 0.35), (8.93, 0.08, 0.2)),
                   attack_s=0.006, release_s=0.300)], BELL_RMS_DBFS),
}


def _raised_cosine(position: float) -> float:
    """0 at position 0, 1 at position 1, smooth at both ends."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(position, 0.0), 1.0))


def _render_note(note: Note, buffer: list[float]) -> None:
    first = round(note.start_s * RATE_HZ)
    count = round(note.length_s * RATE_HZ)
    release_from = note.length_s - note.release_s
    for offset in range(count):
        t = offset / RATE_HZ
        gain = _raised_cosine(t / note.attack_s)
        if t > release_from:
            gain *= _raised_cosine((note.length_s - t) / note.release_s)
        value = 0.0
        for ratio, amplitude, decay_s in note.partials:
            value += amplitude * math.exp(-t / decay_s) * math.sin(
                2.0 * math.pi * note.freq_hz * ratio * t)
        buffer[first + offset] += gain * value


def _loudest_rms(samples: Sequence[float]) -> float:
    window = round(LOUDNESS_WINDOW_S * RATE_HZ)
    squares = [value * value for value in samples]
    running = sum(squares[:window])
    best = running
    for end in range(window, len(squares)):
        running += squares[end] - squares[end - window]
        best = max(best, running)
    return math.sqrt(max(best, 0.0) / min(window, len(squares)))


def render(name: str) -> list[int]:
    """The 16-bit samples of sound ``name``."""
    notes, target_dbfs = SOUNDS[name]
    length_s = max(note.start_s + note.length_s for note in notes)
    buffer = [0.0] * (round(length_s * RATE_HZ) + 1)
    for note in notes:
        _render_note(note, buffer)
    scale = 10 ** (target_dbfs / 20) / _loudest_rms(buffer)
    peak = max(abs(value) for value in buffer) * scale
    if peak > 10 ** (PEAK_LIMIT_DBFS / 20):
        raise ValueError(f"{name}: peak {20 * math.log10(peak):.1f} dBFS is over the limit")
    samples = [round(value * scale * FULL_SCALE) for value in buffer]
    samples[0] = samples[-1] = 0
    return samples


def write_wav(path: Path, samples: Sequence[int]) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE_HZ)
        out.writeframes(struct.pack(f"<{len(samples)}h", *samples))


def names() -> list[str]:
    """Every file this script writes, without ``.wav``."""
    return [*SOUNDS, "silence"]


def build(name: str) -> list[int]:
    if name == "silence":
        return [0] * round(SILENCE_S * RATE_HZ)
    return render(name) + [0] * round(SILENT_TAIL_S * RATE_HZ)


def main(argv: Sequence[str]) -> int:
    out_dir = Path(argv[0]) if argv else Path(__file__).resolve().parent
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in names():
        write_wav(out_dir / f"{name}.wav", build(name))
        print(f"wrote {out_dir / name}.wav")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
