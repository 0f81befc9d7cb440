"""How the app starts a second process of its own: the speech probe and the audio hosts.

Both are this program started again with a variable set, which :func:`leg_timer.cli.main.main`
looks at first: $LEG_TIMER_SPEECH_PROBE (:data:`PROBE_VARIABLE`, an engine name) tries that
speech engine (:func:`leg_timer.audio.speech_probe.run_probe`); $LEG_TIMER_AUDIO_HOST
(:data:`HOST_VARIABLE`, ``sound`` or ``voice:ENGINE``) runs the audio host
(:func:`leg_timer.audio.host.run_host`). One way in that works from source and from a bundle.
Kept apart from ``speech_probe`` so that the voice (which starts probes) and the host (which
runs the voice) import no cycle.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

PROBE_VARIABLE = "LEG_TIMER_SPEECH_PROBE"
HOST_VARIABLE = "LEG_TIMER_AUDIO_HOST"


def program() -> tuple[str, list[str]]:
    """The program and arguments that start this app again."""
    # From a bundle the program is the app itself; from source, python -m leg_timer.
    return sys.executable, [] if getattr(sys, "frozen", False) else ["-m", "leg_timer"]


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
        environment.remove(HOST_VARIABLE)  # a probe started by the voice host is a probe
        environment.insert("QT_QPA_PLATFORM", "offscreen")
        self._process.setProcessEnvironment(environment)
        self._process.finished.connect(self._on_finished)
        self._process.start(*program())

    def _on_finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        self.finished.emit(status is QProcess.ExitStatus.NormalExit and exit_code == 0)

    def kill(self) -> None:
        self._process.finished.disconnect(self._on_finished)
        self._process.kill()
        self._process.waitForFinished(1000)
