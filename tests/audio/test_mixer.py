"""The stream player's arithmetic, on a fake clock and fake consumption: where a cue lands,
what a late one does, how cues mix, and how the sample clock follows a device that runs fast
and a server queue that steps."""

from __future__ import annotations

import random
from array import array

import pytest

from leg_timer.audio.mixer import (
    FRAME_BYTES,
    JUMP_S,
    RATE_HZ,
    CueScheduler,
    Mixer,
    SampleClock,
    read_wait_ms,
)

PERIOD_S = 0.04
SPREAD_S = 0.016  # the stream player reads every 40 ms give or take this, at random
TRUE_RATE = RATE_HZ * (1 + 250e-6)  # a null sink ran this fast against the monotonic clock


def samples(*values: int) -> bytes:
    return array("h", values).tobytes()


def consumed(at_s: float, queue_ms: float = 6.0, chunk_ms: float = 10.0) -> float:
    """What a device playing at TRUE_RATE since instant 0 has taken at ``at_s``, as a sound
    server takes it: a chunk of ``chunk_ms`` at the start of each of its periods, so what it
    has taken runs ahead of the frame played by ``queue_ms`` plus up to a chunk."""
    played = TRUE_RATE * at_s
    chunk = chunk_ms * RATE_HZ / 1000
    return (played // chunk + 1) * chunk + queue_ms * RATE_HZ / 1000


def feed(clock: SampleClock, start_s: float, end_s: float, chunk_ms: float = 10.0,
         seed: int = 1) -> None:
    """Readings from ``start_s`` to ``end_s`` at random intervals, as the stream player reads."""
    spread = random.Random(seed)
    at = start_s
    while at < end_s:
        clock.add(at, consumed(at, chunk_ms=chunk_ms))
        at += spread.uniform(PERIOD_S - SPREAD_S, PERIOD_S + SPREAD_S)


def test_the_sample_clock_learns_the_device_rate_and_keeps_the_played_line() -> None:
    clock = SampleClock()
    assert clock.frame_at(1.0) is None
    feed(clock, 0.0, 2.0)
    first = clock.frame_at(2.0)
    assert first is not None
    offset = first - TRUE_RATE * 2.0  # the constant: the queue, and where the line began
    for at in (5.0, 20.0, 60.0, 90.0):
        feed(clock, 2.0 if at == 5.0 else at - 15.0 if at == 20.0 else at - 40.0 if at == 60.0
             else at - 30.0, at, seed=round(at))
        found = clock.frame_at(at)
        assert found is not None
        # Relative to the first estimate, the line is within 1 ms of the frames played.
        assert abs(found - TRUE_RATE * at - offset) < 0.001 * RATE_HZ, at
    assert clock.rate_hz == pytest.approx(TRUE_RATE, abs=RATE_HZ * 20e-6)


def test_a_change_of_the_servers_period_does_not_move_the_line() -> None:
    """The server took 16 ms chunks, then 4 ms ones (another stream started): the mean of the
    readings steps by 6 ms, their lowest stays, and so does the line."""
    clock = SampleClock()
    feed(clock, 0.0, 8.0, chunk_ms=16.0)
    before = clock.frame_at(8.0)
    feed(clock, 8.0, 20.0, chunk_ms=4.0, seed=2)
    after = clock.frame_at(20.0)
    assert before is not None and after is not None
    assert clock.resets == 0
    assert abs((after - before) - TRUE_RATE * 12.0) < 0.001 * RATE_HZ  # not 6 ms


def test_a_second_of_readings_held_back_does_not_move_the_line() -> None:
    """Every reading of one second came 5 ms late (the server held its chunks back): that
    point of the lower envelope is left out, and the line is where it would have been."""
    held_back, steady = SampleClock(), SampleClock()
    for clock, late_s in ((held_back, 0.005), (steady, 0.0)):
        feed(clock, 0.0, 20.0)
        spread = random.Random(3)
        at = 20.0
        while at < 21.5:
            clock.add(at, consumed(at) + late_s * RATE_HZ)
            at += spread.uniform(PERIOD_S - SPREAD_S, PERIOD_S + SPREAD_S)
        feed(clock, at, 25.0, seed=4)
    found, expected = held_back.frame_at(25.0), steady.frame_at(25.0)
    assert found is not None and expected is not None
    assert abs(found - expected) < 0.0002 * RATE_HZ  # kept in, that point moved it 0.7 ms


def test_readings_below_the_line_move_it_down() -> None:
    """The server ran short and played 20 ms of silence (24 ms was seen): every later frame is
    heard 20 ms later, and the readings, all below the line now, take it down at once (by what
    the lowest of them says: within a chunk of the 20 ms; later points settle the rest)."""
    clock = SampleClock()
    feed(clock, 0.0, 10.0)
    before = clock.frame_at(10.5)
    late_by = 0.020 * RATE_HZ
    spread = random.Random(5)
    at = 10.0
    while at < 10.3:
        clock.add(at, consumed(at) - late_by)
        at += spread.uniform(PERIOD_S - SPREAD_S, PERIOD_S + SPREAD_S)
    after = clock.frame_at(10.5)
    assert before is not None and after is not None
    assert clock.drops == 1 and clock.resets == 0
    assert late_by - 0.010 * RATE_HZ <= before - after <= late_by + 0.001 * RATE_HZ


def first_cue_off_by_ms(seed: int, learn: bool = True) -> float:
    """How far a cue placed on a new clock's line (at 1.8 s, for an instant at 2.0 s, as the
    first get-ready tick is) is from where the line puts the same instant after 30 s, in ms:
    what a listener hears as the first tick out of step with the rest. Readings come as the
    stream player takes them (read_wait_ms; learning is what ``learn`` turns off)."""
    clock, draw = SampleClock(), random.Random(seed).randint
    at, first = 0.0, None
    while at < 30.0:
        clock.add(at, consumed(at, chunk_ms=20.0))
        if first is None and at >= 1.8:
            first = clock.estimate_at(2.0)
        at += read_wait_ms(learn and clock.learning, 40, 16, draw) / 1000
    later = clock.frame_at(2.0)
    assert first is not None and later is not None
    return (first - later) / RATE_HZ * 1000


def test_a_new_clock_reads_often_so_the_first_cue_is_in_step() -> None:
    """A block's lowest reading lands a ms or more above the bottom about one time in four
    (20 ms chunks), so a line on a point or two placed the first cue 1-3 ms off in about one
    run in twelve. Read five times as often while learning, and 80 runs here are within
    0.7 ms (without it, six of the same 80 are 1.0-1.5 ms off)."""
    off = [abs(first_cue_off_by_ms(seed)) for seed in range(80)]
    assert max(off) < 1.0, sorted(off)[-5:]


def test_the_clock_learns_for_its_first_seconds_and_after_a_jump() -> None:
    clock = SampleClock()
    assert clock.learning
    feed(clock, 0.0, 2.9)
    assert clock.learning
    feed(clock, 2.9, 4.0, seed=2)
    assert not clock.learning
    clock.add(4.0, consumed(4.0) + 2 * JUMP_S * RATE_HZ)
    clock.add(4.04, consumed(4.04) + 2 * JUMP_S * RATE_HZ)
    assert clock.resets == 1 and clock.learning


def test_a_jump_starts_the_clock_anew() -> None:
    clock = SampleClock()
    feed(clock, 0.0, 3.0)
    clock.add(3.0, consumed(3.0) + 2 * JUMP_S * RATE_HZ)  # the stream ran dry: a jump
    clock.add(3.04, consumed(3.04) + 2 * JUMP_S * RATE_HZ)  # and stays off: a real one
    assert clock.resets == 1 and clock.frame_at(3.1) is None


def test_one_reading_held_up_is_left_out() -> None:
    clock = SampleClock()
    feed(clock, 0.0, 3.0)
    before = clock.frame_at(3.5)
    # The host's thread was preempted between reading the clock and the stream's fill.
    clock.add(3.0, consumed(3.0) - 2 * JUMP_S * RATE_HZ)
    feed(clock, 3.04, 3.2)
    after = clock.frame_at(3.5)
    assert clock.resets == 0 and clock.outliers == 1
    assert before is not None and after is not None and abs(after - before) < 0.001 * RATE_HZ


def test_a_cue_lands_on_the_frame_played_at_its_instant_plus_the_lead() -> None:
    now = [0.0]
    mixer = Mixer({"tick": samples(1000, -1000, 500)})
    scheduler = CueScheduler(mixer, lead_s=0.18, clock=lambda: now[0])
    for step in range(100):  # 4 s of a running stream
        now[0] = step * PERIOD_S
        scheduler.observe(now[0], consumed(now[0]))
        scheduler.fill(int(TRUE_RATE * PERIOD_S) if step else int(0.12 * RATE_HZ))
    line = scheduler.sample_clock
    planned = now[0] + 0.01  # asked 10 ms before its instant
    frame = scheduler.place("tick", planned)
    expected = line.frame_at(planned + 0.18)
    assert expected is not None and frame == round(expected) and frame > scheduler.written
    assert scheduler.late == 0 and scheduler.playing("tick")
    # The frames written later carry the cue's samples exactly there.
    written_before = scheduler.written
    data = scheduler.fill(frame - written_before + 5)
    assert data[(frame - written_before) * FRAME_BYTES:][:6] == samples(1000, -1000, 500)
    assert data[:(frame - written_before) * FRAME_BYTES] == bytes(
        (frame - written_before) * FRAME_BYTES)
    assert not scheduler.playing("tick") and not scheduler.busy


def test_a_late_request_plays_at_once_and_is_counted() -> None:
    now = [0.0]
    scheduler = CueScheduler(Mixer({"go": samples(7, 7)}), lead_s=0.05,
                             clock=lambda: now[0])
    assert scheduler.place("go") == 0 and scheduler.unclocked == 1  # no clock yet: at once
    scheduler.fill(10)
    for step in range(1, 60):
        now[0] = step * PERIOD_S
        scheduler.observe(now[0], consumed(now[0]))
        scheduler.fill(int(0.2 * RATE_HZ) if step == 1 else int(TRUE_RATE * PERIOD_S))
    # Its frame (0.3 s ago plus a 50 ms lead) was written long ago: the next one written.
    assert scheduler.place("go", now[0] - 0.3) == scheduler.written
    assert scheduler.late == 1
    # An instant that cannot be of this clock (far ahead) counts as now, not as a wait.
    frame = scheduler.place("go", now[0] + 1e6)
    assert frame - scheduler.written < 0.3 * RATE_HZ


def test_overlapping_cues_mix_and_clip() -> None:
    mixer = Mixer({"a": samples(30000, 30000, -30000, 5), "b": samples(10000, 10000, -10000)})
    mixer.place("a", 2)
    mixer.place("b", 3)
    out = array("h")
    out.frombytes(mixer.render(0, 4) + mixer.render(4, 4))
    assert list(out) == [0, 0, 30000, 32767, -20000, -10000 + 5, 0, 0]
    assert mixer.busy_until() == 0 or mixer.render(8, 2) == bytes(4)


def test_a_cue_split_over_writes_comes_out_whole() -> None:
    sound = array("h", range(-500, 500, 3))
    mixer = Mixer({"s": sound.tobytes()})
    mixer.place("s", 7)
    out = array("h")
    start = 0
    for size in (5, 1, 64, 100, 200, 13):
        out.frombytes(mixer.render(start, size))
        start += size
    assert list(out[7:7 + len(sound)]) == list(sound)
    assert not any(out[:7]) and not any(out[7 + len(sound):])


def test_clearing_drops_cues_not_written_yet() -> None:
    mixer = Mixer({"s": samples(1, 2, 3)})
    mixer.place("s", 10)
    assert mixer.pending("s", 0)
    mixer.clear()
    assert not mixer.pending("s", 0) and mixer.render(0, 20) == bytes(40)


def running(scheduler: CueScheduler, now: list[float], seconds: float) -> bytes:
    """Run the stream on from ``now`` for ``seconds`` as the player does (the clock fed, a
    buffer's worth written at first, then a period's); returns what was written."""
    written = b""
    first = now[0]
    for step in range(round(seconds / PERIOD_S)):
        now[0] = first + step * PERIOD_S
        scheduler.observe(now[0], consumed(now[0]))
        written += scheduler.fill(int(0.12 * RATE_HZ) if scheduler.written == 0
                                  else int(TRUE_RATE * PERIOD_S))
    return written


def test_a_cue_sent_ahead_waits_and_can_be_taken_back_until_it_begins() -> None:
    now = [0.0]
    scheduler = CueScheduler(Mixer({"tick": samples(9, 9, 9), "go": samples(5, 5)}),
                             clock=lambda: now[0])
    running(scheduler, now, 2.0)
    tick_at, go_at = now[0] + 0.5, now[0] + 0.8
    assert scheduler.place("tick", tick_at) is None  # further than PLACE_WITHIN_S: it waits
    scheduler.place("go", go_at)
    assert scheduler.cancel(tick_at)  # a pause came first
    assert not scheduler.cancel(tick_at)  # nothing left to take back
    assert scheduler.playing("go") and not scheduler.playing("tick")
    start_frame = scheduler.written
    data = running(scheduler, now, 1.2)
    assert samples(9, 9, 9) not in data
    # "go" is on the frame the line gives for its instant, placed when it came near.
    expected = scheduler.sample_clock.frame_at(go_at)
    assert expected is not None
    found = data.find(samples(5, 5))
    # Within a frame: the line moved by a fraction of one since the cue was placed.
    assert found % FRAME_BYTES == 0 and abs(found // FRAME_BYTES - (expected - start_frame)) <= 1
    assert scheduler.late == 0
    # Once written, a cue stays: cancelling it then changes nothing.
    late_at = now[0] + 0.1
    frame = scheduler.place("tick", late_at)
    assert frame is not None
    scheduler.fill(frame - scheduler.written + 1)
    assert not scheduler.cancel(late_at)


def test_cues_sent_before_the_stream_has_a_clock_wait_for_it() -> None:
    now = [10.0]
    scheduler = CueScheduler(Mixer({"go": samples(3, 3)}), clock=lambda: now[0])
    assert scheduler.place("go", 10.2) is None and scheduler.busy  # nothing consumed yet
    scheduler.fill(int(0.12 * RATE_HZ))  # the stream starts: still no frame consumed
    now[0] = 10.04
    scheduler.observe(now[0], 1920.0)  # 40 ms of frames taken: a first (rough) clock
    scheduler.fill(1920)
    assert scheduler.unclocked == 0 and scheduler.late == 0 and scheduler.playing("go")
    # It went onto the frame consumed at 10.2 by that first pair at the nominal rate.
    data = scheduler.fill(int(0.3 * RATE_HZ))
    expected = round(1920 + 0.16 * RATE_HZ) - (int(0.12 * RATE_HZ) + 1920)
    assert data[expected * FRAME_BYTES:][:4] == samples(3, 3)
    # A cue whose instant came before any clock plays at once (counted).
    other = CueScheduler(Mixer({"go": samples(3, 3)}), clock=lambda: now[0])
    assert other.place("go", now[0] + 0.2) is None
    now[0] += 0.3
    other.fill(10)
    assert other.unclocked == 1 and not other.busy


def test_a_restarted_stream_keeps_the_cues_sent_ahead() -> None:
    now = [0.0]
    scheduler = CueScheduler(Mixer({"go": samples(4, 4)}), clock=lambda: now[0])
    running(scheduler, now, 2.0)
    near_at, far_at = now[0] + 0.15, now[0] + 1.0
    assert scheduler.place("go", near_at) is not None  # on a frame of this stream
    scheduler.place("go", far_at)  # still waiting
    scheduler.restart()  # the device changed: a new stream from frame 0
    assert scheduler.written == 0 and scheduler.playing("go")
    assert scheduler.cancel(near_at) and scheduler.cancel(far_at)  # both still to come
    assert not scheduler.busy
