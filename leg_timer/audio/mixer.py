"""Cues on the output stream's own sample clock: the Qt-free arithmetic of the stream player.

The stream player (:mod:`leg_timer.audio.stream_player`) keeps one output stream running while
a session runs and writes every sample of it itself. Here is what decides those samples:

- :class:`SampleClock` learns which frame of the stream the device plays at which monotonic
  instant: a least-squares line through the lower envelope of (``time.monotonic()``, frames
  consumed) readings of the last :data:`WINDOW_S` seconds. Its slope is the device's true rate
  (a null sink ran 120-250 ppm fast here, up to 15 ms a minute), its intercept the stream's
  position; both are tracked, not assumed. The frames a device has consumed are not yet heard
  (the server's buffer lies between), but the bottom of what the readings say stays a
  constant time ahead of the frames heard: a constant that does not make the timing between
  cues uneven.
- :class:`Mixer` holds the decoded sounds and the cues placed on frames, and renders any run of
  frames: silence, one cue's samples, or several summed and clipped.
- :class:`CueScheduler` joins them: a cue planned for monotonic instant ``at`` starts on the
  frame consumed at ``at + lead_s`` (the lead is 0 in the app: the window asks for each cue
  about a second before its instant, leg_timer.audio.cue_output). A request that comes after
  its frame was written (at a pause's end, say) plays on the next frame written and is
  counted in :attr:`late`; a cue asked for ahead can be cancelled until its first frame is
  written (a pause or a skip before its instant).

Frames are mono 16-bit samples (:data:`FRAME_BYTES`); counts are plain ints from the stream's
start.
"""

from __future__ import annotations

import sys
import time
from array import array
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass

RATE_HZ = 48_000
FRAME_BYTES = 2  # mono, signed 16-bit little-endian
WINDOW_S = 60.0  # the line is fitted through the points of this many seconds
SETTLE_S = 0.5  # readings this soon after the first frame is consumed are left out (start-up)
# Readings per point of the lower envelope: about a second of them (the stream player reads
# every 24-56 ms, at random; a fifth of that while a new clock learns, LEARN_S below), enough
# that one usually falls near the bottom of the server's cycle.
BLOCK_READINGS = 25
# A new clock's first line rests on a point or two, and the lowest of BLOCK_READINGS readings
# lands a ms or more above the bottom about one time in four (the server here took 20 ms
# chunks; readings step in 1 ms). A first cue placed on such a line, 1.8 s after the stream
# started, was heard 1-3 ms off from every later one in about one run in twelve (seen in
# bench/cue_onsets.py and in a simulation of it). So for a clock's first LEARN_S the stream
# player reads every LEARN_READ_MS (give or take LEARN_SPREAD_MS, at random): its points come
# five times as fast, and the first line rests on five or six of them.
LEARN_S = 3.0
LEARN_READ_MS = 8
LEARN_SPREAD_MS = 4
JUMP_S = 0.03  # readings this far off the line: the stream stalled or ran dry, start anew
# ... when this many come in a row: one alone is a reading held up between its two halves
# (the host's thread was preempted on a busy machine), and is left out instead.
JUMP_PAIRS = 2
# Readings this far below the line, DROP_READINGS in a row, mean the frames played moved later
# (the server ran short and played silence in between: 24 ms once, in a run with the voice):
# the line moves down by what they say. Readings are never that far below it otherwise (the
# line is their lowest).
DROP_S = 0.003
DROP_READINGS = 3
# How far the device's rate is trusted to be from nominal before the points show it (a null
# sink ran 40-50 ppm fast with the stream player's server buffer, 120-250 ppm with Qt's own),
# against the scatter of one point: the line leans on the nominal rate while it spans a few
# seconds, and on the points once it spans more. At 300 ppm two points a little high in a
# stream's first seconds tilted it 3 ms (replayed readings of 14 runs: max 3.2 ms at 300,
# 1.9 ms at 100; of 10 runs of a device 120-250 ppm fast: 5.3 ms either way).
RATE_PRIOR_PPM = 100.0
POINT_SCATTER_S = 0.0015
# Points further above the line than this many times the points' typical distance from it (the
# median, as a standard deviation), and at least TRIM_FLOOR_S, are left out of the fit, once
# there are MIN_POINTS_TO_TRIM of them.
TRIM_SIGMAS = 2.0
TRIM_FLOOR_S = 0.001
MIN_POINTS_TO_TRIM = 5
MAD_TO_SIGMA = 1.4826
MAX_AHEAD_S = 2.0  # an "at" further ahead than this is not an instant of this clock: now
# A cue asked for further ahead than this waits, and is put on a frame when its instant comes
# this near: the line then is the freshest. More than the stream's buffer (the frames written
# run at most that far ahead of those consumed) and a top-up period.
PLACE_WITHIN_S = 0.2
_LITTLE_ENDIAN = sys.byteorder == "little"

Clock = Callable[[], float]


def read_wait_ms(learning: bool, period_ms: int, spread_ms: int,
                 draw: Callable[[int, int], int]) -> int:
    """How long to wait before the next reading of the stream: ``period_ms`` give or take
    ``spread_ms``, or LEARN_READ_MS give or take LEARN_SPREAD_MS while the clock is
    ``learning``; ``draw(low, high)`` picks an int in [low, high] (random.randint)."""
    if learning:
        return draw(LEARN_READ_MS - LEARN_SPREAD_MS, LEARN_READ_MS + LEARN_SPREAD_MS)
    return draw(period_ms - spread_ms, period_ms + spread_ms)


def _ridge_line(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    """(slope, mean instant, mean residual) of the least-squares line through ``points``, the
    slope leaning on 0 (the nominal rate) while the points span little time."""
    count = len(points)
    mean_t = sum(t for t, _ in points) / count
    mean_r = sum(r for _, r in points) / count
    tr = sum((t - mean_t) * (r - mean_r) for t, r in points)
    tt = sum((t - mean_t) ** 2 for t, _ in points)
    weight = (POINT_SCATTER_S / (RATE_PRIOR_PPM * 1e-6)) ** 2
    return tr / (tt + weight), mean_t, mean_r


class SampleClock:
    """Which frame the device plays at which monotonic instant (see the module).

    A reading says how many frames the server has taken from the stream. The server takes them
    in chunks, a chunk at the start of each period of its own (4-20 ms, and it changes its
    period while a stream runs: when another stream starts or ends, say), and plays a chunk
    over the period that follows. So a reading runs ahead of the frames played by a fixed
    amount (the server's queue after a chunk is played) plus somewhere between nothing and a
    chunk, depending on where in the server's cycle it falls. The mean of the readings
    therefore steps whenever the server's period changes (by 4-6 ms, seen in every run with a
    second sink playing), while their lowest (the readings just before a chunk is taken) stays
    where it was. The clock keeps that lower envelope: each :data:`BLOCK_READINGS` readings
    give one point, their lowest (relative to the nominal rate); a least-squares line through
    the points of the last :data:`WINDOW_S` seconds gives the device's rate (its slope) and
    where the stream is (its value now). Readings taken at a fixed period would keep nearly
    the same phase of the server's cycle for tens of seconds, so the stream player reads at
    random intervals. The line's constant distance from the frames heard is part of the
    latency.
    """

    def __init__(self, rate_hz: int = RATE_HZ, window_s: float = WINDOW_S,
                 settle_s: float = SETTLE_S, jump_s: float = JUMP_S,
                 block_readings: int = BLOCK_READINGS) -> None:
        self._rate_hz = rate_hz
        self._window_s = window_s
        self._settle_s = settle_s
        self._jump_frames = jump_s * rate_hz
        self._block_readings = block_readings
        # Readings and points are kept relative to a reference reading and the nominal rate
        # (precision): (instant - reference instant, frames - the nominal line).
        self._reference: tuple[float, float] | None = None
        self._block: list[tuple[float, float]] = []  # (residual, instant) of this block
        self._points: deque[tuple[float, float]] = deque()  # (instant, lowest residual)
        self._started_at: float | None = None  # when the first frame was seen consumed
        self._slope = float(rate_hz)
        self._line: tuple[float, float] | None = None  # (instant, frame) the line runs through
        self._last: tuple[float, float] | None = None  # the newest reading, settling ones too
        self.resets = 0  # started anew after a jump (a stall, an underrun)
        self.outliers = 0  # single readings left out (see JUMP_PAIRS)
        self._off_in_a_row = 0
        self._drop_frames = DROP_S * rate_hz
        self._below: list[float] = []  # how far the latest readings were below the line
        self.drops = 0  # times the frames played moved later (see DROP_S)

    def reset(self) -> None:
        """Forget everything: the stream was started again, or ran dry."""
        self._reference = None
        self._block.clear()
        self._points.clear()
        self._started_at = None
        self._line = None
        self._last = None
        self._off_in_a_row = 0
        self._below.clear()
        self._slope = float(self._rate_hz)

    def add(self, at_s: float, frames: float) -> None:
        """The device had consumed ``frames`` at monotonic instant ``at_s``."""
        if frames <= 0:
            return  # not started yet
        self._last = (at_s, frames)
        if self._started_at is None:
            self._started_at = at_s
        if at_s - self._started_at < self._settle_s:
            return
        line = self.frame_at(at_s)
        off = 0.0 if line is None else frames - line
        if abs(off) > self._jump_frames:
            self._off_in_a_row += 1
            if self._off_in_a_row < JUMP_PAIRS:
                self.outliers += 1
                return
            self.resets += 1
            self.reset()
            self._started_at = at_s - self._settle_s
            self.add(at_s, frames)
            return
        if off < -self._drop_frames:
            # Below the lower envelope: the server stopped taking frames for a moment (it ran
            # short itself), and every later frame is heard that much later. Once a few
            # readings in a row say so, the line moves down by what they say.
            self._below.append(off)
            if len(self._below) >= DROP_READINGS:
                self._move_down(min(self._below))
            return
        self._below.clear()
        self._off_in_a_row = 0
        if self._reference is None:
            self._reference = (at_s, frames)
        since = at_s - self._reference[0]
        self._block.append((frames - self._reference[1] - self._rate_hz * since, since))
        if len(self._block) >= self._block_readings:
            lowest, when = min(self._block)
            self._block.clear()
            self._points.append((when, lowest))
            while self._points[0][0] < since - self._window_s:
                self._points.popleft()
            self._fit()

    @property
    def learning(self) -> bool:
        """True for the first :data:`LEARN_S` of readings (a new or restarted stream, or after a
        jump): readings are wanted more often then (see LEARN_READ_MS)."""
        return (self._last is None or self._started_at is None
                or self._last[0] - self._started_at < LEARN_S)

    def _move_down(self, frames: float) -> None:
        """The frames played moved ``frames`` (negative) against the readings: so do the
        points and the readings of this block, and the line with them."""
        self.drops += 1
        self._below.clear()
        self._points = deque((t, r + frames) for t, r in self._points)
        self._block = [(r + frames, t) for r, t in self._block]
        if self._points:
            self._fit()

    def _fit(self) -> None:
        """The line through the points, leaving out those far above the rest (a second in which
        the server held every chunk back, say: one such point moved the line 1.6 ms)."""
        assert self._reference is not None
        points = list(self._points)
        extra, mean_t, mean_r = _ridge_line(points)
        if len(points) >= MIN_POINTS_TO_TRIM:
            residuals = [r - mean_r - extra * (t - mean_t) for t, r in points]
            spread = sorted(abs(x) for x in residuals)[len(residuals) // 2] * MAD_TO_SIGMA
            limit = max(TRIM_SIGMAS * spread, TRIM_FLOOR_S * self._rate_hz)
            # Only points above: a point below says the frames are heard later than the line
            # says (the server played silence in between), and the line must follow it.
            kept = [point for point, x in zip(points, residuals, strict=True) if x <= limit]
            if len(kept) < len(points):
                extra, mean_t, mean_r = _ridge_line(kept)
        self._slope = self._rate_hz + extra
        at, frames = self._reference
        self._line = (at + mean_t, frames + self._rate_hz * mean_t + mean_r)

    def frame_at(self, at_s: float) -> float | None:
        """The frame played at monotonic instant ``at_s`` (give or take a constant); None
        until the line is known."""
        if self._line is None:
            return None
        at, frame = self._line
        return frame + self._slope * (at_s - at)

    def estimate_at(self, at_s: float) -> float | None:
        """:meth:`frame_at` once the line is known; before that (a stream's first second or
        two) the lowest reading so far carried on at the nominal rate, a few ms less sure;
        None before the device has consumed anything."""
        line = self.frame_at(at_s)
        if line is not None or self._last is None:
            return line
        if self._block and self._reference is not None:
            lowest, _ = min(self._block)
            at, frames = self._reference
            return frames + lowest + self._rate_hz * (at_s - at)
        at, frames = self._last
        return frames + self._rate_hz * (at_s - at)

    @property
    def slope(self) -> float:
        return self._slope

    @property
    def rate_hz(self) -> float | None:
        """The device's measured rate (None: nothing measured yet)."""
        return self.slope if self._line is not None else None


@dataclass
class _Voice:
    start: int  # frame the cue's first sample lands on
    samples: array  # type: ignore[type-arg]  # array("h"): the sound's samples
    tag: float | None = None  # what cancels it: the cue's planned instant
    name: str = ""


class Mixer:
    """The decoded sounds and the cues placed on frames; renders any run of frames."""

    def __init__(self, sounds: Mapping[str, bytes]) -> None:
        self._sounds: dict[str, array] = {}  # type: ignore[type-arg]
        for name, data in sounds.items():
            samples = array("h")
            samples.frombytes(data[:len(data) - len(data) % FRAME_BYTES])
            if not _LITTLE_ENDIAN:
                samples.byteswap()
            self._sounds[name] = samples
        self._voices: list[_Voice] = []

    @property
    def names(self) -> list[str]:
        return list(self._sounds)

    def length(self, name: str) -> int:
        """Sound ``name``'s length in frames."""
        return len(self._sounds[name])

    def place(self, name: str, frame: int, tag: float | None = None) -> None:
        """Sound ``name`` starts on ``frame``; ``tag`` names it for :meth:`cancel`."""
        self._voices.append(_Voice(frame, self._sounds[name], tag, name))

    def not_begun(self, frame: int) -> list[tuple[str, float]]:
        """(name, tag) of the tagged cues that start on or after ``frame``."""
        return [(v.name, v.tag) for v in self._voices if v.tag is not None and v.start >= frame]

    def cancel(self, tag: float, not_before: int) -> int:
        """Drop the cues tagged ``tag`` that start on or after frame ``not_before`` (none of
        their samples rendered yet); returns how many."""
        kept = [v for v in self._voices if v.tag != tag or v.start < not_before]
        dropped = len(self._voices) - len(kept)
        self._voices = kept
        return dropped

    def clear(self) -> None:
        """Drop every cue not fully rendered yet (muted)."""
        self._voices.clear()

    def busy_until(self) -> int:
        """The frame after the last sample of any cue placed (0 with none)."""
        return max((v.start + len(v.samples) for v in self._voices), default=0)

    def pending(self, name: str, frame: int) -> bool:
        """Whether a cue of sound ``name`` has samples on or after ``frame``."""
        samples = self._sounds.get(name)
        return samples is not None and any(
            v.samples is samples and v.start + len(v.samples) > frame for v in self._voices)

    def render(self, start: int, count: int) -> bytes:
        """The ``count`` frames from frame ``start`` on (little-endian 16-bit); cues wholly
        before ``start + count`` are forgotten afterwards."""
        end = start + count
        voices = [v for v in self._voices if v.start < end and v.start + len(v.samples) > start]
        self._voices = [v for v in self._voices if v.start + len(v.samples) > end]
        if not voices:
            return bytes(count * FRAME_BYTES)
        out = array("h", bytes(count * FRAME_BYTES))
        if len(voices) == 1:
            (voice,) = voices
            lo, hi = max(start, voice.start), min(end, voice.start + len(voice.samples))
            out[lo - start:hi - start] = voice.samples[lo - voice.start:hi - voice.start]
        else:
            mixed = [0] * count
            for voice in voices:
                lo, hi = max(start, voice.start), min(end, voice.start + len(voice.samples))
                part = voice.samples[lo - voice.start:hi - voice.start]
                offset = lo - start
                for index, sample in enumerate(part, offset):
                    mixed[index] += sample
            out = array("h", [32767 if s > 32767 else -32768 if s < -32768 else s
                              for s in mixed])
        if not _LITTLE_ENDIAN:
            out.byteswap()
        return out.tobytes()


class CueScheduler:
    """Places each cue on the frame heard at its planned instant plus a constant lead, and hands
    out the frames to write (see the module)."""

    def __init__(self, mixer: Mixer, lead_s: float = 0.0, clock: Clock = time.monotonic,
                 sample_clock: SampleClock | None = None) -> None:
        self.mixer = mixer
        self.lead_s = lead_s
        self._clock = clock
        self.sample_clock = sample_clock if sample_clock is not None else SampleClock()
        self.written = 0  # frames handed to the stream since it started
        self.late = 0  # cues asked for too late to land on their frame: played at once
        self.unclocked = 0  # cues played before the sample clock was known: at once
        # Cues asked for ahead, not on a frame yet: (name, tag, instant), placed once their
        # instant is PLACE_WITHIN_S away and the clock can say where (see place).
        self._waiting: list[tuple[str, float | None, float]] = []

    def restart(self) -> None:
        """The stream was (re)started: frame 0 again, the clock unknown; cues asked for ahead
        that had not begun wait for the new stream's clock."""
        self._waiting += [(name, tag, tag) for name, tag in self.mixer.not_begun(self.written)]
        self.written = 0
        self.mixer.clear()
        self.sample_clock.reset()

    def observe(self, at_s: float, consumed_frames: float) -> None:
        self.sample_clock.add(at_s, consumed_frames)

    def place(self, name: str, at_s: float | None = None) -> int | None:
        """Start sound ``name`` on the frame heard at ``at_s`` (a monotonic instant; None:
        now) plus the lead, or on the next frame written if that one is gone. Returns the
        frame, or None when the instant is more than :data:`PLACE_WITHIN_S` away or the
        stream's clock is not known yet: it is placed later (:meth:`fill`). :meth:`cancel` with
        the same ``at_s`` takes it back while it has not begun."""
        now = self._clock()
        when = now if at_s is None or not (now - 60 < at_s < now + MAX_AHEAD_S) else at_s
        target = (self.sample_clock.estimate_at(when + self.lead_s)
                  if when + self.lead_s - now <= PLACE_WITHIN_S else None)
        if target is None and when > now:
            self._waiting.append((name, at_s, when))
            return None
        if target is None:
            self.unclocked += 1
            frame = self.written
        elif round(target) < self.written:
            self.late += 1
            frame = self.written
        else:
            frame = round(target)
        self.mixer.place(name, frame, at_s)
        return frame

    def cancel(self, at_s: float) -> bool:
        """Take back the cue asked for with instant ``at_s`` if none of it was written yet."""
        waiting = len(self._waiting)
        self._waiting = [entry for entry in self._waiting if entry[1] != at_s]
        return self.mixer.cancel(at_s, self.written) > 0 or len(self._waiting) < waiting

    def _place_waiting(self) -> None:
        waiting, self._waiting = self._waiting, []
        for name, tag, when in waiting:
            self.place(name, when if tag is None else tag)

    def clear(self) -> None:
        """Drop every cue not written yet (muted)."""
        self._waiting.clear()
        self.mixer.clear()

    def fill(self, frames: int) -> bytes:
        """The next ``frames`` frames to write."""
        if self._waiting:
            self._place_waiting()
        data = self.mixer.render(self.written, frames)
        self.written += frames
        return data

    @property
    def busy(self) -> bool:
        """Some cue has samples not written yet."""
        return bool(self._waiting) or self.mixer.busy_until() > self.written

    def playing(self, name: str) -> bool:
        """A cue of ``name`` is placed and not all of it written yet."""
        return (any(entry[0] == name for entry in self._waiting)
                or self.mixer.pending(name, self.written))
