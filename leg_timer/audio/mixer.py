"""Cues on the output stream's own sample clock: the Qt-free arithmetic of the stream player.

The stream player (:mod:`leg_timer.audio.stream_player`) keeps one output stream running while
a session runs and writes every sample of it itself. Here is what decides those samples:

- :class:`SampleClock` learns which frame of the stream the device consumes at which monotonic
  instant: a least-squares line through (``time.monotonic()``, frames consumed) pairs of the last
  :data:`WINDOW_S` seconds. Its slope is the device's true rate (a null sink ran 200-250 ppm fast
  here, 15 ms a minute), its intercept the stream's position; both are tracked, not assumed.
  The frames a device has consumed are not yet heard (the server's buffer lies between), but
  the amount between them is steady on average, so a frame is heard a constant time after the
  line says it is consumed: a constant that does not make the timing between cues uneven.
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
WINDOW_S = 60.0  # the rate is measured over the pairs of this many seconds
SETTLE_S = 0.5  # pairs this soon after the first frame is consumed are left out (start-up)
JUMP_S = 0.03  # pairs this far off their segment: the stream stalled or ran dry, start anew
# ... when this many come in a row: one alone is a reading held up between its two halves
# (the host's thread was preempted on a busy machine), and is left out instead.
JUMP_PAIRS = 2
STEP_S = 0.003  # the newest pairs this far off the rest of their segment: a step, new segment
STEP_PAIRS = 12  # how many newest pairs are weighed for a step (and begin the new segment)
MIN_PAIRS = 5  # a segment needs this many pairs before it places the line
# How far the device's rate is trusted to be from nominal before the pairs show it (a null sink
# ran 250 ppm fast), against the scatter of one pair: the line leans on the nominal rate while
# it spans a second or two, and on the pairs once it spans more.
RATE_PRIOR_PPM = 300.0
PAIR_SCATTER_S = 0.0015
MAX_AHEAD_S = 2.0  # an "at" further ahead than this is not an instant of this clock: now
# A cue asked for further ahead than this waits, and is put on a frame when its instant comes
# this near: the line then is the freshest (placed 1.5 s ahead in a stream's first second, from
# a provisional clock, one came out 4 ms off; placed 0.26-0.3 s ahead, onsets p99 2.6 ms over
# three runs of bench/cue_onsets.py; 0.16-0.2 s ahead, 0.7 ms). More than the stream's buffer
# (the frames written run at most that far ahead of those consumed) and a top-up period.
PLACE_WITHIN_S = 0.2
_LITTLE_ENDIAN = sys.byteorder == "little"

Clock = Callable[[], float]


class _Segment:
    """Pairs that share one offset between consumed and heard frames; sums kept relative to
    the segment's first pair (precision)."""

    def __init__(self, at_s: float, frames: float) -> None:
        self.origin = (at_s, frames)
        self.pairs: deque[tuple[float, float]] = deque()
        self.sums = [0.0] * 5  # n, t, f, tt, tf

    def add(self, at_s: float, frames: float, sign: float = 1.0) -> None:
        if sign > 0:
            self.pairs.append((at_s, frames))
        t, f = at_s - self.origin[0], frames - self.origin[1]
        sums = self.sums
        sums[0] += sign
        sums[1] += sign * t
        sums[2] += sign * f
        sums[3] += sign * t * t
        sums[4] += sign * t * f

    def drop_before(self, at_s: float) -> None:
        while self.pairs and self.pairs[0][0] < at_s:
            self.add(*self.pairs.popleft(), sign=-1.0)

    def centred(self) -> tuple[float, float]:
        """(sum of t*f, sum of t*t) about the segment's means: its share of the slope."""
        n, st, sf, stt, stf = self.sums
        return (stf - st * sf / n, stt - st * st / n) if n >= 2 else (0.0, 0.0)

    def value_at(self, at_s: float, slope: float) -> float:
        """The segment's line at ``at_s``, with the common ``slope``."""
        n, st, sf, _, _ = self.sums
        return self.origin[1] + (sf - slope * st) / n + slope * (at_s - self.origin[0])


class SampleClock:
    """Which frame the device plays at which monotonic instant (see the module).

    What the device has consumed runs ahead of what it plays by the sound server's queue,
    which is steady for a while and then steps (the server changes its latency: 4-6 ms steps
    were seen in the first seconds of a stream). The frames played follow one straight line
    while the stream never runs dry, so the line is kept on its own: it runs through the point
    where the first pairs put it, at the measured rate (the point moves along the line every
    :data:`WINDOW_S`, so a later rate bends only what follows). The rate is the slope common to
    every stretch of steady offset (a segment); a step starts a new segment rather than
    bending the line. Its constant distance from the frames heard is part of the latency.
    """

    def __init__(self, rate_hz: int = RATE_HZ, window_s: float = WINDOW_S,
                 settle_s: float = SETTLE_S, jump_s: float = JUMP_S,
                 step_s: float = STEP_S) -> None:
        self._rate_hz = rate_hz
        self._window_s = window_s
        self._settle_s = settle_s
        self._jump_frames = jump_s * rate_hz
        self._step_frames = step_s * rate_hz
        self._segments: deque[_Segment] = deque()
        self._recent: deque[tuple[float, float]] = deque(maxlen=STEP_PAIRS)
        self._started_at: float | None = None  # when the first frame was seen consumed
        self._slope = float(rate_hz)
        self._line: tuple[float, float] | None = None  # (instant, frame) the line runs through
        self._last: tuple[float, float] | None = None  # the newest pair, settling ones too
        self.resets = 0  # started anew after a jump (a stall, an underrun)
        self.outliers = 0  # single pairs left out (see JUMP_PAIRS)
        self._off_in_a_row = 0
        self.steps = 0  # steps of the server's queue seen (new segments)

    def reset(self) -> None:
        """Forget everything: the stream was started again, or ran dry."""
        self._segments.clear()
        self._recent.clear()
        self._started_at = None
        self._line = None
        self._last = None
        self._off_in_a_row = 0
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
        if not self._segments:
            self._segments.append(_Segment(at_s, frames))
        segment = self._segments[-1]
        if segment.sums[0] >= MIN_PAIRS:
            residual = frames - segment.value_at(at_s, self._slope)
            if abs(residual) > self._jump_frames:
                self._off_in_a_row += 1
                if self._off_in_a_row < JUMP_PAIRS:
                    self.outliers += 1
                    return
                self.resets += 1
                self.reset()
                self._started_at = at_s - self._settle_s
                self.add(at_s, frames)
                return
        self._off_in_a_row = 0
        segment.add(at_s, frames)
        self._recent.append((at_s, frames))
        if self._stepped(segment):
            self.steps += 1
            self._new_segment()
            segment = self._segments[-1]
        horizon = at_s - self._window_s
        for old in self._segments:
            old.drop_before(horizon)
        while len(self._segments) > 1 and not self._segments[0].pairs:
            self._segments.popleft()
        self._slope = self._pooled_slope()
        if self._line is None and segment.sums[0] >= MIN_PAIRS:
            self._line = (at_s, segment.value_at(at_s, self._slope))
        elif self._line is not None and at_s - self._line[0] > self._window_s:
            # Move the point along the line: what the rate was until now stays as it was.
            at, frame = self._line
            self._line = (at_s, frame + self._slope * (at_s - at))

    def _stepped(self, segment: _Segment) -> bool:
        """Whether the newest pairs sit off the rest of their segment by more than
        :data:`STEP_S` on average (the rest's own line, so they cannot bend it first)."""
        recent = self._recent
        if len(recent) < STEP_PAIRS or segment.sums[0] < 2 * STEP_PAIRS:
            return False
        rest = _Segment(*segment.origin)
        rest.sums = list(segment.sums)
        for pair in recent:
            rest.add(*pair, sign=-1.0)
        share_tf, share_tt = rest.centred()
        slope = share_tf / share_tt if share_tt > 0 else self._slope
        mean = sum(f - rest.value_at(t, slope) for t, f in recent) / len(recent)
        return abs(mean) > self._step_frames

    def _new_segment(self) -> None:
        """The newest pairs stepped away from their segment: they begin a new one."""
        old = self._segments[-1]
        moved = list(self._recent)
        for _ in moved:
            old.add(*old.pairs.pop(), sign=-1.0)
        new = _Segment(*moved[0])
        for pair in moved:
            new.add(*pair)
        self._segments.append(new)
        self._recent.clear()

    def frame_at(self, at_s: float) -> float | None:
        """The frame played at monotonic instant ``at_s`` (give or take a constant); None
        until the line is known."""
        if self._line is None:
            return None
        at, frame = self._line
        return frame + self._slope * (at_s - at)

    def estimate_at(self, at_s: float) -> float | None:
        """:meth:`frame_at` once the line is known; before that (a stream's first second)
        the newest pair carried on at the nominal rate, a few ms less sure; None before the
        device has consumed anything."""
        line = self.frame_at(at_s)
        if line is not None or self._last is None:
            return line
        at, frames = self._last
        return frames + self._rate_hz * (at_s - at)

    @property
    def slope(self) -> float:
        return self._slope

    def _pooled_slope(self) -> float:
        """The device's rate in frames per monotonic second: the nominal rate at first, then
        the slope common to the segments (a ridge towards the nominal one)."""
        weight = (PAIR_SCATTER_S / (RATE_PRIOR_PPM * 1e-6)) ** 2
        tf = tt = 0.0
        for segment in self._segments:
            share_tf, share_tt = segment.centred()
            tf += share_tf
            tt += share_tt
        return (tf + weight * self._rate_hz) / (tt + weight)

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
