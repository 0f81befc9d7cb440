"""The speech-engine probe runs in its own process and never outlives its welcome."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from leg_timer.audio import speech_probe


def test_probe_of_the_test_engine_succeeds() -> None:
    env = {**os.environ, speech_probe.PROBE_VARIABLE: "mock", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "leg_timer"], env=env, timeout=60,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_probe_of_an_unknown_engine_fails_cleanly() -> None:
    env = {**os.environ, speech_probe.PROBE_VARIABLE: "no-such-engine",
           "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "leg_timer"], env=env, timeout=60,
                            capture_output=True, text=True)
    assert result.returncode == 1


@pytest.mark.skipif(not hasattr(signal, "alarm"), reason="needs SIGALRM")
def test_a_hung_probe_ends_itself() -> None:
    """An engine that never answers (here: one that sleeps) cannot keep the probe alive."""
    script = (
        "import time\n"
        "import PySide6.QtTextToSpeech as tts\n"
        "import leg_timer.audio.speech_probe as probe\n"
        "tts.QTextToSpeech = lambda engine: time.sleep(60)\n"
        "probe.PROBE_LIFETIME_S = 1\n"
        "probe.run_probe('hangs')\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-c", script], env=env, timeout=60)
    assert result.returncode == -signal.SIGALRM  # its own alarm ended it
    assert time.monotonic() - started < 20
