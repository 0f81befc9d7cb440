"""Never frozen by the sound server or the speech engine (issue 14): the real app, as a process,
against a private PulseAudio that is stopped with SIGSTOP (before the app starts, and in the
middle of a workout), and against a private speech-dispatcher. The window is sampled every
10 ms from its GUI thread (watch_app.py): the samples never stop for long, the title keeps
counting, NO SOUND shows within a bound, and SIGTERM ends the app at once with exit 0 while the
server is still stopped.

The bounds carry a wide margin for a busy 2-core machine; bench/audio_stall.py prints the real
figures (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.audio.pulse import PulseServer
from tests.audio.speechd import SpeechDispatcher
from tests.audio.stall_run import NO_SOUND, Watched, run_watched
from tests.conftest import require

pytestmark = pytest.mark.slow

MAX_GAP_S = 0.5  # no GUI-thread stall longer than this (a healthy run: ~15 ms)
MAX_TITLE_GAP_S = 1.6  # the countdown changes every second
NO_SOUND_WITHIN_S = 4.0  # the goal is 2 s; measured ~1-1.5 s
BACK_WITHIN_S = 6.0
QUIT_WITHIN_S = 5.0


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PulseServer]:
    """A private server of this test's own: it gets stopped, so it is not shared."""
    require("pulseaudio", "pactl")
    pulse = PulseServer(tmp_path / "pulse")
    pulse.start()
    try:
        yield pulse
    finally:
        pulse.stop()


def quiet_speech(server: PulseServer, tmp_path: Path) -> dict[str, str]:
    """The server's environment with speech-dispatcher out of reach (never autospawned)."""
    return {**server.env, "SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'no-speechd.sock'}"}


def check_never_frozen(run: Watched) -> None:
    assert run.samples, run.output
    assert run.max_gap() < MAX_GAP_S, (run.max_gap(), run.output)
    title_gaps = run.title_gaps(run.samples[0]["t"] + 1.0)
    assert title_gaps and max(title_gaps) < MAX_TITLE_GAP_S, (title_gaps, run.output)
    assert run.exit_code == 0, run.output
    assert run.quit_s < QUIT_WITHIN_S


def test_server_stopped_before_start(server: PulseServer, tmp_path: Path) -> None:
    assert server.process is not None
    run = run_watched(quiet_speech(server, tmp_path), tmp_path / "app",
                      server_pid=server.process.pid, stop="before", run_s=8)
    check_never_frozen(run)
    shown = run.first("badge", NO_SOUND)
    assert shown is not None, run.output
    assert shown - run.marks["started"] < NO_SOUND_WITHIN_S + 2  # + the app's own start
    assert not run.ever("multimedia")  # the window's process never loads QtMultimedia


def test_server_stopped_mid_workout(server: PulseServer, tmp_path: Path) -> None:
    assert server.process is not None
    run = run_watched(quiet_speech(server, tmp_path), tmp_path / "app",
                      server_pid=server.process.pid, stop="during", stop_after_s=2,
                      after_stop_s=12, resume_after_s=5)
    check_never_frozen(run)
    assert run.stopped_at is not None
    shown = run.first("badge", NO_SOUND, since=run.stopped_at)
    assert shown is not None and shown - run.stopped_at < NO_SOUND_WITHIN_S, run.output
    back = run.first("badge", "", since=run.marks["resumed"])
    assert back is not None and back - run.marks["resumed"] < BACK_WITHIN_S, run.output


def test_speech_dispatcher_never_stalls_the_countdown(server: PulseServer,
                                                      tmp_path: Path) -> None:
    require("speech-dispatcher")
    speech = SpeechDispatcher(server)
    speech.start()
    try:
        run = run_watched(speech.env, tmp_path / "app", run_s=9)
    finally:
        speech.stop()
    check_never_frozen(run)
    assert not run.ever("tts")  # the speech engine is set up in its own process
    assert run.ever("voice"), run.output  # and it came up there
    assert run.first("badge", NO_SOUND) is None
