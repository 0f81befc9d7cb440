"""Plays the cue sounds into one output stream of its own, each on the frame heard at its
planned instant: :class:`StreamCuePlayer`, the real :class:`~leg_timer.audio.sound.CuePlayer`.

One ``QAudioSink`` in push mode (mono, 16-bit, 48 kHz) runs while a session runs (and while a
cue plays outside one, e.g. "Test sound"); a precise timer of the sound host's main thread tops
up its buffer every :data:`PERIOD_MS` with frames that :class:`~leg_timer.audio.mixer.
CueScheduler` renders: silence, or the cues placed on those frames. Each timer turn also reads
how much the device has consumed (``processedUSecs``), which the scheduler's sample clock
fits against ``time.monotonic()``. A cue asked for with its planned instant ``at`` (the
session's due instant: the window and this host share the monotonic clock) starts on the frame
heard at ``at``, so neither the timer's wake-up, nor the pipe from the window, nor the fill of
the stream's buffer moves it, as long as it is asked for :data:`AHEAD_S` before its instant
(:attr:`StreamCuePlayer.ahead_s`: the window sends each cue about a second ahead, and
:meth:`StreamCuePlayer.cancel` takes one back at a pause or a skip). A cue asked for later
(the "go" of a resume, "Test sound") plays on the next frame written, a buffer's length later.
All of it runs in the host's main thread: no Python in Qt's audio thread, which would need the
GIL there (docs/gotchas.md).

The stream keeps the output awake while it runs (an idle PulseAudio sink is suspended after a
few seconds, and the first cue after that comes late), so no separate keep-alive stream is
needed. It follows the system's default output when that changes, restarts a stream that
fails, and with no output device it reports ``available = False`` and a one-line ``reason``.
No QSoundEffect is used, so Qt 6.11's finished-sound hang (docs/gotchas.md) cannot happen here:
no sound ever ends inside Qt, the stream is stopped from this thread.

Signals:
    availability_changed(bool, str): an output device appeared or went away; the reason.
    ready(): every sound is decoded and can play.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterable

from PySide6.QtCore import QIODevice, QObject, Qt, QTimer, Signal
from PySide6.QtMultimedia import QAudioDevice, QAudioFormat, QAudioSink, QMediaDevices, QtAudio

from leg_timer.audio.mixer import FRAME_BYTES, RATE_HZ, CueScheduler, Mixer, read_wait_ms
from leg_timer.audio.preferences import stream_player_chosen
from leg_timer.audio.sound import (
    NO_DEVICE,
    AvailabilityListener,
    QtCuePlayer,
    audible_samples,
    sound_file,
)
from leg_timer.core.announcements import sound_names

# The stream's buffer (PulseAudio's target length, what is queued ahead) and how often it is
# topped up: each top-up costs the host ~0.1 ms of CPU (Qt and Python), so not too often; and
# with a 30 ms buffer the server's queue drifted against the device's clock (up to 16 ms),
# with 60 ms it stepped during the first seconds, with 120 ms it held still (docs/performance.md).
BUFFER_MS = 120
PERIOD_MS = 40
# Each top-up's wait is PERIOD_MS give or take up to this much, at random: the sound server
# takes frames in chunks of its own period (4-20 ms), so what a reading of consumption says is
# early by somewhere between nothing and a chunk, depending on when in the server's cycle it is
# taken; readings at a fixed period keep nearly the same phase of that cycle for tens of seconds
# (it drifts with the device's rate) and their lowest is off by an unknown part of a chunk.
# Random waits spread the readings over the whole cycle (leg_timer.audio.mixer.SampleClock).
# While a new clock learns, the waits are shorter (leg_timer.audio.mixer.LEARN_S).
DITHER_MS = 16
# How long before its instant a cue must be asked for to land on its frame: the buffer, one
# top-up period, and a request's way from the window's process (under 10 ms here), with room
# for a busy machine. A frame is written at most BUFFER_MS + PERIOD_MS before it is heard.
AHEAD_S = 0.4
# A constant added to every instant (the sound server's own queue after the frames consumed
# could be made up for here; on the machines measured it was a few ms: docs/performance.md).
LEAD_S = 0.0
# The stream stops this long after a session pauses or ends (or after a cue outside one): a
# resume within it finds the stream's clock known, so its first cues are on time at once (a
# new stream's clock takes ~0.7 s to learn; a "go" 0.35 s after a resume came 23 ms off).
LINGER_MS = 10_000
# A reading of the stream's fill is paired with the monotonic instant around it only when the
# two clock readings around it are this close (the thread was not preempted in between).
READ_WITHIN_S = 0.001
# Qt 6.11 asks PulseAudio for a buffer of 1024 frames (21 ms; setBufferSize sizes only Qt's
# own ring buffer in front of it) and tops it up from its own thread every ~5 ms. When that
# thread is held up longer (a 2-core machine with the voice speaking), the server plays
# silence for the stream, and every later frame is heard that much later (0.5-24 ms, each at
# an "Implicit underrun" in the server's log; docs/performance.md). libpulse takes the
# buffer's length from $PULSE_LATENCY_MSEC when a stream connects: the stream asks for this.
SERVER_BUFFER_MS = 60
PULSE_LATENCY_VARIABLE = "PULSE_LATENCY_MSEC"
RECOVERY_DELAY_MS = 500
MAX_RECOVERIES = 3


def decode(name: str) -> bytes:
    """Sound ``name``'s samples, mono 16-bit at :data:`RATE_HZ`, without trailing silence."""
    samples = audible_samples(sound_file(name))
    if (samples.rate_hz, samples.channels, samples.sample_bytes) != (RATE_HZ, 1, FRAME_BYTES):
        raise ValueError(f"sound {name!r} is not mono 16-bit {RATE_HZ} Hz")
    return samples.data


def stream_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(RATE_HZ)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


class StreamCuePlayer(QObject):
    availability_changed = Signal(bool, str)
    ready = Signal()

    def __init__(self, names: Iterable[str] | None = None, parent: QObject | None = None,
                 lead_s: float = LEAD_S, buffer_ms: int = BUFFER_MS,
                 period_ms: int = PERIOD_MS, linger_ms: int = LINGER_MS) -> None:
        super().__init__(parent)
        self._names = list(names if names is not None else sound_names())
        self._lead_s = lead_s
        self._buffer_ms = buffer_ms
        self._scheduler: CueScheduler | None = None
        self._devices: QMediaDevices | None = None
        self._device = QAudioDevice()
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._buffer_bytes = 0
        self._available = False
        self._reason = "Sounds are not loaded yet."
        self._volume = 1.0
        self._muted = False
        self._awake = False
        self._failures = 0
        self._listeners: list[AvailabilityListener] = []
        self._pump = QTimer(self)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._period_ms = period_ms
        self._spread_ms = min(DITHER_MS, period_ms * 2 // 5)  # a short test period: less
        self._pump.setInterval(period_ms)
        self._pump.timeout.connect(self._top_up)
        self._linger = QTimer(self)
        self._linger.setSingleShot(True)
        self._linger.setInterval(linger_ms)
        self._linger.timeout.connect(self._stop_if_idle)
        self.late = 0  # cues of streams before this one that were played late (see `late_cues`)
        self.underruns = 0  # times the stream ran dry (its clock was learnt anew)

    # -- CuePlayer -----------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._available

    @property
    def reason(self) -> str:
        return self._reason

    @property
    def device_name(self) -> str:
        return self._device.description() if not self._device.isNull() else ""

    @property
    def is_ready(self) -> bool:
        return self._scheduler is not None and self._available

    @property
    def ahead_s(self) -> float:
        """Cues asked for this long before their instant are heard on it."""
        return AHEAD_S

    @property
    def late_cues(self) -> int:
        """Cues asked for after their frame was written (played at once instead)."""
        return self.late + (self._scheduler.late if self._scheduler is not None else 0)

    @property
    def latency_s(self) -> float | None:
        """How far ahead of the device's consumption the stream's writes run (None: not
        running, or not measured yet); a cue is heard about this plus the device's own
        latency after it is written."""
        if self._scheduler is None or self._sink is None:
            return None
        consumed = self._scheduler.sample_clock.frame_at(time.monotonic())
        return None if consumed is None else (self._scheduler.written - consumed) / RATE_HZ

    def subscribe(self, listener: AvailabilityListener) -> None:
        self._listeners.append(listener)

    def preload(self) -> None:
        """Decode every sound and find the default output (once; later calls do nothing)."""
        if self._devices is not None:
            return
        self._scheduler = CueScheduler(Mixer({name: decode(name) for name in self._names}),
                                       self._lead_s)
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._on_outputs_changed)
        self._use(QMediaDevices.defaultAudioOutput())
        if self._available:
            self.ready.emit()

    def play(self, name: str, at: float | None = None) -> bool:
        """Play sound ``name`` on the frame heard at monotonic instant ``at`` plus the lead
        (None: now); False if it cannot be heard (no device, muted, not loaded)."""
        if name not in self._names:
            raise KeyError(f"no sound {name!r}; known: {', '.join(self._names)}")
        if self._scheduler is None or not self._available or self._muted:
            return False
        if self._sink is None:
            self._start_stream()
            if self._sink is None:
                return False
        self._scheduler.place(name, at)
        if not self._awake:
            self._linger.start()
        if self._scheduler.written == 0:
            self._top_up()  # a stream just started: the first frames go out now
        return True

    def cancel(self, at: float) -> None:
        """Take back the cue asked for with instant ``at``, unless it has begun."""
        if self._scheduler is not None:
            self._scheduler.cancel(at)

    def is_playing(self, name: str) -> bool:
        """A cue of ``name`` is placed and not all written to the stream yet."""
        return self._scheduler is not None and self._scheduler.playing(name)

    def set_volume(self, volume: float) -> None:
        self._volume = min(max(volume, 0.0), 1.0)
        self._apply_volume()

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        if muted and self._scheduler is not None:
            self._scheduler.clear()  # cues not written yet are not heard
        self._apply_volume()

    def keep_awake(self, awake: bool) -> None:
        """Keep the stream running (and the output awake) while ``awake``: a session is on."""
        self._awake = awake
        if awake and self._sink is None and self._available:
            self._start_stream()
        elif not awake:
            self._linger.start()

    @property
    def keeping_awake(self) -> bool:
        return self._sink is not None

    # -- the stream ----------------------------------------------------------------------

    def _linear_volume(self) -> float:
        # A slider's middle should sound like half as loud, not like a quarter.
        return 0.0 if self._muted else float(QtAudio.convertVolume(
            self._volume, QtAudio.VolumeScale.LogarithmicVolumeScale,
            QtAudio.VolumeScale.LinearVolumeScale))

    def _apply_volume(self) -> None:
        if self._sink is not None:
            self._sink.setVolume(self._linear_volume())

    def _start_stream(self) -> None:
        assert self._scheduler is not None
        if self._device.isNull():
            return
        sink = QAudioSink(self._device, stream_format(), self)
        sink.setBufferSize(self._buffer_ms * RATE_HZ // 1000 * FRAME_BYTES)
        sink.setVolume(self._linear_volume())
        io = start_with_server_buffer(sink)
        if io is None or sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            sink.deleteLater()
            self._on_stream_failed()
            return
        self._sink, self._io = sink, io
        self._buffer_bytes = sink.bufferSize()
        self.late += self._scheduler.late
        self._scheduler.restart()
        self._scheduler.late = 0
        self._pump.start()

    def _stop_stream(self) -> None:
        self._pump.stop()
        sink, self._sink, self._io = self._sink, None, None
        if sink is not None:
            sink.reset()  # drop what is queued (silence): stop() would wait for it to play
            sink.stop()
            sink.deleteLater()

    def _stop_if_idle(self) -> None:
        if self._awake or self._sink is None:
            return
        if self._scheduler is not None and self._scheduler.busy:
            self._linger.start()
            return
        self._stop_stream()

    def _top_up(self) -> None:
        sink, io, scheduler = self._sink, self._io, self._scheduler
        if sink is None or io is None or scheduler is None:
            return
        error = sink.error()
        if error in (QtAudio.Error.OpenError, QtAudio.Error.IOError, QtAudio.Error.FatalError):
            self._stop_stream()
            self._on_stream_failed()
            return
        # What the device has taken: what was written, less what is still queued (the buffer
        # less its free part). It moves in the server's request steps (a few ms) but, unlike
        # processedUSecs(), it is never interpolated on another clock; the fit averages it.
        read_at = time.monotonic()
        free_bytes = sink.bytesFree()
        read_s = time.monotonic() - read_at
        frames = free_bytes // FRAME_BYTES
        if scheduler.written and (free_bytes >= self._buffer_bytes
                                  or error is QtAudio.Error.UnderrunError):
            # It ran dry (this thread was held up longer than the buffer lasts): silence was
            # played in between, so every later frame is heard later by an unknown amount, and
            # a short gap would pass for a step of the server's queue. Learn the clock anew.
            self.underruns += 1
            scheduler.sample_clock.reset()
        if read_s < READ_WITHIN_S:  # one held up in between (a busy machine) is left out
            scheduler.observe(read_at + read_s / 2,
                              scheduler.written + (free_bytes - self._buffer_bytes) / FRAME_BYTES)
        self._pump.setInterval(read_wait_ms(scheduler.sample_clock.learning, self._period_ms,
                                            self._spread_ms, random.randint))
        if frames > 0:
            written = io.write(scheduler.fill(frames))
            if written != frames * FRAME_BYTES:
                # The stream took less than it said it would: the frames it did not take
                # would shift every later cue; start it again on a fresh clock.
                self._restart_stream()
                return
        self._failures = 0

    def _restart_stream(self) -> None:
        self._stop_stream()
        if self._awake or (self._scheduler is not None and self._scheduler.busy):
            self._start_stream()

    def _on_stream_failed(self) -> None:
        self._failures += 1
        if self._failures <= MAX_RECOVERIES:
            QTimer.singleShot(RECOVERY_DELAY_MS * self._failures, self, self._recover)

    def _recover(self) -> None:
        if self._sink is None and self._awake and self._available:
            self._start_stream()

    # -- devices -------------------------------------------------------------------------

    def _use(self, device: QAudioDevice) -> None:
        was_running = self._sink is not None
        self._stop_stream()
        self._device = device
        self._failures = 0
        if device.isNull():
            self._set_available(False, NO_DEVICE)
            return
        self._set_available(True, "")
        if was_running or self._awake:
            self._start_stream()

    def _on_outputs_changed(self) -> None:
        default = QMediaDevices.defaultAudioOutput()
        if default.isNull() and self._device.isNull():
            return
        if not default.isNull() and default.id() == self._device.id():
            return
        self._use(default)
        if self._available:
            self.ready.emit()

    def _set_available(self, available: bool, reason: str) -> None:
        changed = (available, reason) != (self._available, self._reason)
        self._available, self._reason = available, reason
        if changed:
            self.availability_changed.emit(available, reason)
            for listener in list(self._listeners):
                listener(available, reason)


def start_with_server_buffer(sink: QAudioSink) -> QIODevice | None:
    """``sink.start()`` asking the server for :data:`SERVER_BUFFER_MS` of buffer: libpulse reads
    $PULSE_LATENCY_MSEC while the stream connects, inside ``start()``; set only for that call
    (a person's own value is kept), so no other stream of the process changes."""
    own = os.environ.get(PULSE_LATENCY_VARIABLE)
    if own is None:
        os.environ[PULSE_LATENCY_VARIABLE] = str(SERVER_BUFFER_MS)
    try:
        return sink.start()
    finally:
        if own is None:
            os.environ.pop(PULSE_LATENCY_VARIABLE, None)


def cue_player(parent: QObject | None = None) -> StreamCuePlayer | QtCuePlayer:
    """The real cue player: this module's :class:`StreamCuePlayer`, or the fallback
    :class:`~leg_timer.audio.sound.QtCuePlayer` with ``LEG_TIMER_CUE_PLAYER=effects``
    (:data:`leg_timer.audio.preferences.PLAYER_VARIABLE`)."""
    if stream_player_chosen(os.environ):
        return StreamCuePlayer(parent=parent)
    return QtCuePlayer(parent=parent)
