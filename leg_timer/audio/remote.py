"""The window's side of the audio host: the cue player and the voice as seen from the GUI thread.

:class:`HostProcess` starts an audio host (:mod:`leg_timer.audio.host`) and talks to it only by
writing to its stdin and reading its stdout when Qt says there is something to read: nothing
here can wait on another process. :class:`RemoteCuePlayer` and :class:`RemoteVoice` are the
:class:`~leg_timer.audio.sound.CuePlayer` and :class:`~leg_timer.audio.voice.Voice` that
:class:`~leg_timer.audio.cue_output.CueOutput` uses; they keep a copy of the host's state
(available, reason, voice names), which the host reports whenever it changes.

A watchdog (:class:`Watchdog`) covers a host that stops answering (it waits inside the sound
library, say): with every cue and every :data:`HEARTBEAT_MS` while a session runs the host is
pinged, and a ping left unanswered for :data:`STALL_S` makes the player unavailable with
:data:`~leg_timer.audio.server_check.NOT_ANSWERING` (the window shows NO SOUND) until it answers
again. A host that ends on its own is started again, a few times at most. :meth:`HostProcess.
close` (also on ``QCoreApplication.aboutToQuit``) kills the host and waits 1 s at most.

Signals (HostProcess):
    message(object): a dict the host sent (``op``: ``hello``, ``pong``, ``state``).
    answering_changed(bool): the host stopped answering pings in time, or answers again.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QProcess, QProcessEnvironment, QTimer, Signal

from leg_timer.audio.second_process import HOST_VARIABLE, program
from leg_timer.audio.server_check import NOT_ANSWERING
from leg_timer.core.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

STALL_S = 1.5  # an unanswered ping this old: the host (or its sound server) hangs
HEARTBEAT_MS = 500
CHECK_MS = 100  # how often the watchdog looks at the oldest unanswered ping
STARTUP_S = 20.0  # a host that sends nothing at all for this long (Python and Qt loading)
MAX_RESTARTS = 3
CLOSE_WAIT_MS = 1000
# Marked for the catalogue (context "Audio"): CueOutput translates the reasons it shows.
LOADING = QT_TRANSLATE_NOOP("Audio", "Sounds are loading.")

AvailabilityListener = Callable[[bool, str], None]
Clock = Callable[[], float]


class Watchdog:
    """Which pings are still unanswered, and since when; Qt-free, on any clock."""

    def __init__(self, clock: Clock = time.monotonic, stall_s: float = STALL_S) -> None:
        self._clock = clock
        self._stall_s = stall_s
        self._sent: dict[int, float] = {}
        self._next = 0
        self.answering = True

    def ping(self) -> int:
        """A new ping's number; it is unanswered from now on."""
        self._next += 1
        self._sent[self._next] = self._clock()
        return self._next

    def pong(self, number: int) -> bool:
        """The host answered ping ``number`` (and so every ping before it); True if it had been
        called stalled until now."""
        self._sent = {n: at for n, at in self._sent.items() if n > number}
        came_back = not self.answering
        self.answering = True
        return came_back

    def check(self) -> bool:
        """True when the host has just been found stalled (once per stall)."""
        if not self.answering or not self._sent:
            return False
        if self._clock() - min(self._sent.values()) >= self._stall_s:
            self.answering = False
            return True
        return False

    @property
    def waiting(self) -> bool:
        return bool(self._sent)

    def reset(self) -> None:
        self._sent.clear()
        self.answering = True


def host_command(role: str, engine: str = "") -> tuple[str, list[str], dict[str, str]]:
    """(program, arguments, extra environment) that start the audio host in ``role``."""
    executable, arguments = program()
    value = role + (f":{engine}" if role == "voice" else "")
    return executable, arguments, {HOST_VARIABLE: value, "QT_QPA_PLATFORM": "offscreen"}


class HostProcess(QObject):
    message = Signal(object)
    answering_changed = Signal(bool)

    def __init__(self, command: tuple[str, list[str], dict[str, str]],
                 parent: QObject | None = None, *, watch: bool = True,
                 stall_s: float = STALL_S, heartbeat_ms: int = HEARTBEAT_MS) -> None:
        super().__init__(parent)
        self._command = command
        self._watch = watch
        self._watchdog = Watchdog(stall_s=stall_s)
        self._buffer = b""
        self._restarts = 0
        self._closed = False
        self._process: QProcess | None = None
        self._heard_from = False
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self.ping)
        self._checker = QTimer(self)
        self._checker.setInterval(CHECK_MS)
        self._checker.timeout.connect(self._check)
        self._startup = QTimer(self)
        self._startup.setSingleShot(True)
        self._startup.setInterval(round(STARTUP_S * 1000))
        self._startup.timeout.connect(self._on_startup_timeout)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)

    @property
    def answering(self) -> bool:
        return self._watchdog.answering

    @property
    def pid(self) -> int:
        return self._process.processId() if self._process is not None else 0

    def start(self) -> None:
        program, arguments, extra = self._command
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        for name, value in extra.items():
            environment.insert(name, value)
        process.setProcessEnvironment(environment)
        process.setReadChannel(QProcess.ProcessChannel.StandardOutput)
        # The host's messages (and Qt's) go to our stderr, where the log of a run is kept.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._on_finished)
        self._process = process
        self._buffer = b""
        self._heard_from = False
        self._watchdog.reset()
        process.start(program, arguments)
        self._startup.start()
        if self._watch:
            self._checker.start()

    def send(self, message: dict[str, Any]) -> None:
        """Hand ``message`` to the host; never waits (Qt buffers what the pipe cannot take)."""
        if self._process is not None and not self._closed:
            self._process.write(json.dumps(message).encode() + b"\n")

    def ping(self) -> None:
        """Ask the host to answer; unanswered for ``stall_s``, it counts as stalled. Before the
        host has said hello (Python and Qt still loading) nothing is asked."""
        if self._watch and self._heard_from:
            self.send({"op": "ping", "n": self._watchdog.ping()})
            if not self._checker.isActive() and not self._closed:
                self._checker.start()

    def set_heartbeat(self, on: bool) -> None:
        if on and self._watch:
            self._heartbeat.start()
        else:
            self._heartbeat.stop()

    def close(self) -> None:
        """Kill the host and wait for it briefly; never hangs (a host stuck in the kernel is
        left behind with a warning in the log)."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._heartbeat, self._checker, self._startup):
            timer.stop()
        process = self._process
        if process is None or process.state() is QProcess.ProcessState.NotRunning:
            return
        process.finished.disconnect(self._on_finished)
        process.kill()
        if not process.waitForFinished(CLOSE_WAIT_MS):
            log.warning("The audio host (pid %d) did not end within %d ms; left behind.",
                        process.processId(), CLOSE_WAIT_MS)
            process.setParent(None)  # never destroyed while it runs (Qt would wait for it)
            _LEFT_BEHIND.append(process)

    # -- plumbing ------------------------------------------------------------------------

    def _read(self) -> None:
        assert self._process is not None
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            try:
                message = json.loads(line)
            except ValueError:
                log.warning("audio host: unreadable line %r", line[:200])
                continue
            self._on_message(message)

    def _on_message(self, message: dict[str, Any]) -> None:
        self._startup.stop()
        if message.get("op") == "hello":
            self._heard_from = True
            self.ping()  # loading the output is the first thing that may hang
        elif message.get("op") == "pong" and self._watchdog.pong(int(message["n"])):
            self.answering_changed.emit(True)
        self.message.emit(message)

    def _check(self) -> None:
        if self._watchdog.check():
            log.warning("The audio host has not answered for %g s.", STALL_S)
            self.answering_changed.emit(False)
        if not self._watchdog.waiting:
            self._checker.stop()  # nothing to watch: the next ping starts it (CPU, issue 15)

    def _on_startup_timeout(self) -> None:
        if self._watchdog.answering:
            self._watchdog.answering = False
            self.answering_changed.emit(False)

    def _on_finished(self, exit_code: int, status: QProcess.ExitStatus) -> None:
        log.warning("The audio host ended (%s, exit code %d).", status.name, exit_code)
        if self._closed:
            return
        if self._watchdog.answering:
            self._watchdog.answering = False
            self.answering_changed.emit(False)
        if self._restarts < MAX_RESTARTS:
            self._restarts += 1
            QTimer.singleShot(500 * self._restarts, self, self._restart)

    def _restart(self) -> None:
        if not self._closed:
            self.start()


# Hosts that would not end at quit: kept referenced so no QProcess is destroyed while running.
_LEFT_BEHIND: list[QProcess] = []


class RemoteCuePlayer(QObject):
    """The :class:`~leg_timer.audio.sound.CuePlayer` whose sounds play in the sound host."""

    def __init__(self, host: HostProcess | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host if host is not None else HostProcess(host_command("sound"), self)
        self.host.message.connect(self._on_message)
        self.host.answering_changed.connect(self._on_answering_changed)
        self._state: tuple[bool, str] = (False, "")  # what the host last said
        self._ahead_s = 0.0  # what the host's player last said it wants (see CuePlayer)
        self._reported: tuple[bool, str] = (False, "")  # what our listeners last heard
        self._muted = False
        self._listeners: list[AvailabilityListener] = []

    @property
    def available(self) -> bool:
        return self._effective()[0]

    @property
    def reason(self) -> str:
        """Why no sound can play; "" while it can, and while the host is still loading."""
        return self._effective()[1]

    def subscribe(self, listener: AvailabilityListener) -> None:
        self._listeners.append(listener)

    def preload(self) -> None:
        if self.host.pid == 0:
            self.host.start()

    @property
    def ahead_s(self) -> float:
        """How long ahead the host's player wants its cues, plus the way there (0 until
        the host has told: then cues are asked for at their instant)."""
        return self._ahead_s

    def cancel(self, at: float) -> None:
        self.host.send({"op": "cancel", "at": at})

    def play(self, name: str, at: float | None = None) -> bool:
        from leg_timer.core.announcements import sound_names

        if name not in sound_names():
            raise KeyError(f"no sound {name!r}")
        # "at": the planned monotonic instant, which the host shares (the same machine's
        # CLOCK_MONOTONIC): a player that can places the sound on the frame heard then.
        self.host.send({"op": "play", "name": name} if at is None
                       else {"op": "play", "name": name, "at": at})
        self.host.ping()  # every cue asks for an answer too
        return self.available and not self._muted

    def set_volume(self, volume: float) -> None:
        self.host.send({"op": "volume", "value": volume})

    def set_muted(self, muted: bool) -> None:
        self._muted = muted
        self.host.send({"op": "muted", "value": muted})

    def keep_awake(self, awake: bool) -> None:
        self.host.send({"op": "keep_awake", "value": awake})
        self.host.set_heartbeat(awake)

    def close(self) -> None:
        self.host.close()

    def _effective(self) -> tuple[bool, str]:
        if not self.host.answering:
            return False, NOT_ANSWERING
        return self._state

    def _on_message(self, message: dict[str, Any]) -> None:
        if message.get("op") == "state":
            self._state = (bool(message["available"]), str(message["reason"]))
            self._ahead_s = float(message.get("ahead_s", 0.0))
            self._tell()

    def _on_answering_changed(self, _answering: bool) -> None:
        self._tell()

    def _tell(self) -> None:
        effective = self._effective()
        if effective != self._reported:
            self._reported = effective
            for listener in list(self._listeners):
                listener(*effective)


class RemoteVoice(QObject):
    """The :class:`~leg_timer.audio.voice.Voice` that speaks in the voice host.

    Signals:
        availability_changed(bool, str): the host's engine came up, failed, or went away.
    """

    availability_changed = Signal(bool, str)

    def __init__(self, engine: str = "", host: HostProcess | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # No watchdog: setting up a speech engine keeps the host busy for seconds, and words
        # that wait in the pipe meanwhile are no harm.
        self.host = host if host is not None else HostProcess(
            host_command("voice", engine), self, watch=False)
        self.host.message.connect(self._on_message)
        self._available = False
        self._reason = "The speech engine is starting."
        self._voices: list[str] = []

    @property
    def available(self) -> bool:
        return self._available

    @property
    def reason(self) -> str:
        return self._reason

    def load(self) -> None:
        if self.host.pid == 0:
            self.host.start()

    def say(self, text: str) -> None:
        if text:
            self.host.send({"op": "say", "text": text})

    def stop(self) -> None:
        self.host.send({"op": "stop"})

    def set_rate(self, rate: float) -> None:
        self.host.send({"op": "rate", "value": rate})

    def set_volume(self, volume: float) -> None:
        self.host.send({"op": "volume", "value": volume})

    def set_voice(self, name: str) -> None:
        self.host.send({"op": "voice", "value": name})

    def set_language(self, language: str) -> None:
        """Speak ``language`` ("de", ...): the host picks a voice of it, or reports none."""
        self.host.send({"op": "language", "value": language})

    def voice_names(self) -> list[str]:
        return list(self._voices) if self._available else []

    def close(self) -> None:
        self.host.close()

    def _on_message(self, message: dict[str, Any]) -> None:
        if message.get("op") == "state":
            state = (bool(message["available"]), str(message["reason"]))
            self._voices = [str(name) for name in message.get("voices", [])]
            if state != (self._available, self._reason):
                self._available, self._reason = state
                self.availability_changed.emit(*state)
