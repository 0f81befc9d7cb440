"""Tries a speech engine in a separate process, so a hang there never freezes the window.

With no audio server, speech-dispatcher's client library can wait forever inside the
QTextToSpeech constructor, holding Python's lock, so neither the window nor a helper thread
could go on. :class:`SpeechProbe` instead starts this program again with
$LEG_TIMER_SPEECH_PROBE set (see :func:`leg_timer.cli.main.main`), which builds the engine,
reports through its exit code and ends; the caller kills it after a timeout.
"""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

PROBE_VARIABLE = "LEG_TIMER_SPEECH_PROBE"
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


class SpeechProbe(QObject):
    """Runs the probe process for ``engine``.

    Signals:
        finished(bool): whether the engine came up; not emitted when :meth:`kill` comes first.
    """

    finished = Signal(bool)

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert(PROBE_VARIABLE, engine)
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        self._process.setProcessEnvironment(environment)
        self._process.finished.connect(self._on_finished)
        # From a bundle the program is the app itself; from source, python -m leg_timer.
        arguments = [] if getattr(sys, "frozen", False) else ["-m", "leg_timer"]
        self._process.start(sys.executable, arguments)

    def _on_finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        self.finished.emit(status is QProcess.ExitStatus.NormalExit and exit_code == 0)

    def kill(self) -> None:
        self._process.finished.disconnect(self._on_finished)
        self._process.kill()
        self._process.waitForFinished(1000)
