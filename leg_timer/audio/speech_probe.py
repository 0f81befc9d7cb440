"""Tries a speech engine in a separate process, so a hang there never freezes the window.

With no audio server, speech-dispatcher's client library can wait forever inside the
QTextToSpeech constructor, holding Python's lock, so neither the window nor a helper thread
could go on. :class:`~leg_timer.audio.second_process.SpeechProbe` instead starts this program
again with $LEG_TIMER_SPEECH_PROBE set (see :func:`leg_timer.cli.main.main`), and
:func:`run_probe` there builds the engine, reports through its exit code and ends; the caller
kills it after a timeout.
"""

from __future__ import annotations

import signal
import sys

from leg_timer.audio.second_process import PROBE_VARIABLE, SpeechProbe

__all__ = ["PROBE_VARIABLE", "SpeechProbe", "run_probe"]

PROBE_LIFETIME_S = 20  # longer than the window waits for an answer (voice.PROBE_TIMEOUT_S)


def run_probe(engine: str) -> int:
    """In the probe process: 0 when ``engine`` starts without error, 1 otherwise."""
    if hasattr(signal, "alarm"):
        # The default action of SIGALRM ends the process even while it hangs inside C code:
        # a probe whose app was killed (and so never kills it) does not linger.
        signal.alarm(PROBE_LIFETIME_S)
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTextToSpeech import QTextToSpeech

    app = QCoreApplication(sys.argv[:1])
    speech = QTextToSpeech(engine)
    works = speech.state() is not QTextToSpeech.State.Error
    del speech, app
    return 0 if works else 1
