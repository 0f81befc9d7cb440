"""Cues heard on time: a short routine runs in real time in its own process, through the real
QtCuePlayer, into a private PulseAudio null sink whose monitor is recorded; the cues are found in
the recording and must all be there, in order, with the plan's gaps to within 20 ms. Then the
same with speech-dispatcher speaking: the words are heard between the beeps and the beeps keep
their instants."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from leg_timer.audio.stream_player import LEAD_S
from tests.audio import onsets
from tests.audio.pulse import RATE_HZ, PulseServer
from tests.audio.speechd import SpeechDispatcher
from tests.processes import brief

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent
TOLERANCE_MS = 20.0  # the bound; measured errors are a few ms (docs/performance.md)
PLAYER_TIMEOUT_S = 75  # the routines take 16 and 12 s, loading a few more


@dataclass
class Run:
    report: dict[str, Any]
    samples: onsets.Samples
    found: list[onsets.Onset]
    clock: Callable[[float], float]

    def planned(self) -> list[tuple[float, str]]:
        """(seconds after the start, sound) for every sound the output was asked to play."""
        start = self.report["started_at"]
        return [(a["at"] - start, a["sound"]) for a in self.report["announcements"]
                if a["sound"]]

    def spoken(self) -> list[tuple[float, str]]:
        start = self.report["started_at"]
        return [(a["at"] - start, a["speech"]) for a in self.report["announcements"]
                if a["speech"]]


def play(server: PulseServer, tmp_path: Path, routine: str, env: dict[str, str],
         *args: str) -> Run:
    try:
        return play_once(server, tmp_path, routine, env, *args)
    except subprocess.TimeoutExpired as hung:
        # A hang here was Qt 6.11 freeing a finished sound in the audio thread
        # (docs/gotchas.md); the player now never lets a sound finish by itself.
        raise AssertionError(f"the player did not finish in {hung.timeout} s; its output:\n"
                             f"{brief(hung.stderr)}") from None


def play_once(server: PulseServer, folder: Path, routine: str, env: dict[str, str],
              *args: str) -> Run:
    recording = folder / "sink.raw"
    recorder = server.record(recording)
    try:
        # The null sink runs in long blocks until the recorder asks for short ones: wait until
        # the monitor flows before anything plays.
        deadline = time.monotonic() + 10
        while not recording.exists() or recording.stat().st_size < RATE_HZ * 2 // 5:
            assert time.monotonic() < deadline, "the sink's monitor never started"
            time.sleep(0.02)
        report_path = folder / "report.json"
        result = subprocess.run(
            [sys.executable, str(HERE / "play_routine.py"), str(HERE / "data" / routine),
             str(report_path), *args],
            env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=PLAYER_TIMEOUT_S,
            check=False)
    finally:
        raw = recorder.stop()
    assert result.returncode == 0, brief(result.stderr)
    report = json.loads(report_path.read_text())
    assert report["audio_available"] and report["finished"], report
    samples = onsets.from_raw(raw)
    return Run(report, samples, onsets.find_onsets(samples), recorder.to_monotonic)


def check_on_time(run: Run) -> onsets.Comparison:
    comparison = onsets.compare(run.planned(), run.found, run.clock)
    assert comparison.heard == comparison.expected, "every cue heard, in order, nothing else"
    assert max(abs(e) for e in comparison.gap_errors_ms) <= TOLERANCE_MS, comparison
    assert max(abs(e) for e in comparison.errors_ms) <= TOLERANCE_MS, comparison
    return comparison


def test_every_cue_is_heard_on_time(pulse_server: PulseServer, tmp_path: Path) -> None:
    run = play(pulse_server, tmp_path, "cue-check.yaml", pulse_server.env)
    assert [sound for _, sound in run.planned()] == [
        "tick", "go", "tick", "tick", "rest", "tick", "go", "switch", "tick", "go", "complete"]
    check_on_time(run)
    assert all(onset.sound for onset in run.found), "no sound that was not a cue"


def test_a_pause_takes_back_the_beep_already_sent_ahead(pulse_server: PulseServer,
                                                          tmp_path: Path) -> None:
    """Paused 0.35 s before the first "go" (sent to the player ahead, maybe on its frame
    already), resumed 1 s later: that "go" is not heard at its old instant, only at its new
    one, and every later cue keeps its (moved) instant."""
    run = play(pulse_server, tmp_path, "cue-check.yaml", pulse_server.env,
               "--pause-at", "1.65", "--pause-for", "1.0")
    planned = run.planned()
    assert [sound for _, sound in planned][:2] == ["tick", "go"]
    assert planned[1][0] > 2.9  # "go" moved by the pause (planned at 2.0 s)
    check_on_time(run)  # heard exactly the planned cues: no "go" at 2.0 s


def test_speech_is_heard_between_beeps_that_keep_their_instants(
        pulse_server: PulseServer, speech_dispatcher: SpeechDispatcher, tmp_path: Path) -> None:
    run = play(pulse_server, tmp_path, "speech-check.yaml", speech_dispatcher.env,
               "--voice", "speechd")
    assert run.report["voice_available"], run.report["voice_reason"]
    assert [s for _, s in run.planned()] == ["go", "rest", "go", "complete"]
    assert [w for _, w in run.spoken()] == [
        "Get ready. Next: squat", "Rest. Next: lunge", "Workout complete"]
    check_on_time(run)
    # Speech: what is left of the recording once the beeps are taken out of it, soon after
    # each line was handed to the engine (and not before: the cues came first).
    cues = [onset for onset in run.found if onset.sound]
    # The recording's time of the session's start: beeps are heard LEAD_S (0 now that cues
    # are sent ahead) after their planned instant, words alone at once.
    origin = cues[0].at_s - run.planned()[0][0] - LEAD_S
    speech = onsets.without_cues(run.samples, run.found)
    for at, line in run.spoken():
        assert onsets.loudest_dbfs(speech, origin + at, origin + at + 2.5) > -30, line
    first_word = origin + run.spoken()[0][0]
    assert onsets.loudest_dbfs(speech, 0, first_word) < -60, "nothing before the first line"
