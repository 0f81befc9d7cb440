"""The audio host: a small process of the app's own that owns the real cue player or the voice.

Anything that talks to the sound server or the speech engine can wait on that other process:
30 s per request when PulseAudio hangs, seconds while speech-dispatcher sets up. A thread of the
window's process would not help, since PySide6 keeps Python's lock (the GIL) inside such Qt
calls, so the window's Python code would wait too. So the window starts this program twice
(:mod:`leg_timer.audio.remote`): once with the role ``sound`` (:class:`~leg_timer.audio.sound.
QtCuePlayer`) and, only while the voice is on, once with the role ``voice``
(:class:`~leg_timer.audio.voice.QtVoice`), each a ``QCoreApplication`` of its own.

The two talk in JSON lines: commands on the host's stdin, answers on its stdout.

    in:  {"op": "ping", "n": 7}, {"op": "play", "name": "tick", "at": 1234.5} ("at": the
         planned instant on CLOCK_MONOTONIC, optional), {"op": "cancel", "at": 1234.5} (a cue
         asked for ahead is not played after all), {"op": "volume", "value": 0.8},
         {"op": "muted", "value": false}, {"op": "keep_awake", "value": true},
         {"op": "say", "text": "..."}, {"op": "stop"}, {"op": "rate", "value": 0.0},
         {"op": "voice", "value": "name"}, {"op": "language", "value": "de"} (the voice's
         language: the text of "say" comes translated already)
    out: {"op": "hello"} (Qt loaded, before any audio work), {"op": "pong", "n": 7},
         {"op": "state", "available": bool, "reason": str, "voices": [str, ...],
          "ahead_s": float} (how long before its instant the player wants a cue; 0: at it)

The sound host asks the sound server whether it answers (:mod:`leg_timer.audio.server_check`)
before it opens any output, and every :data:`CHECK_INTERVAL_S` while a session runs: a server
that hangs is reported within about a second and a half, and Qt never connects to it. The host
ends when its stdin closes (the window's process ended) and, on Linux, with its parent.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import sys
import threading
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QLoggingCategory,
    QObject,
    QSocketNotifier,
    QTranslator,
    Signal,
)

from leg_timer import resources
from leg_timer.audio import media_backend
from leg_timer.audio.server_check import NOT_ANSWERING, pulse_socket, server_answers
from leg_timer.core import translation

ROLES = ("sound", "voice")
CHECK_INTERVAL_S = 0.5
# Added to the player's own look-ahead for the way a request takes from the window's process
# (a pipe, then this process's event loop: under 10 ms measured, more on a busy machine).
REQUEST_WAY_S = 0.1
CHECK_TIMEOUT_S = 1.0


def run_host(role: str, engine: str = "") -> int:
    """The host's main: serve the window's process until its stdin closes."""
    if role not in ROLES:
        print(f"leg-timer audio host: unknown role {role!r}", file=sys.stderr)
        return 2
    _end_with_parent()
    # Qt's FFmpeg back-end announces its version at info level on every start: noise in the
    # terminal of a person who started Leg Timer there. Its warnings still show.
    QLoggingCategory.setFilterRules("qt.multimedia.ffmpeg.info=false")
    media_backend.choose(role)  # no FFmpeg back-end, as in the bundle
    app = QCoreApplication(sys.argv[:1])
    host = Host(role, engine)
    host.start()
    code = app.exec()
    host.close()
    return code


def install_language(language: str) -> list[QTranslator]:
    """This process's words (the reasons it reports) in ``language``: its catalogues loaded
    into QTranslators behind leg_timer.core.translation. Keep the result alive."""
    loaded = []
    for path in resources.translation_files(language):
        translator = QTranslator()
        if translator.load(str(path)):
            loaded.append(translator)
    translation.install(translation.chained(loaded) if loaded else None)
    return loaded


def _end_with_parent() -> None:
    """On Linux, have the kernel end this process when the window's process ends (even while
    this one waits inside the sound library and never reads its stdin)."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


class ServerWatch(QObject):
    """Asks the sound server, in a thread, whether it answers; ``answered(bool)`` arrives in the
    host's main thread after every check while :attr:`active`."""

    answered = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._socket = pulse_socket()
        self._wake = threading.Event()
        # Held while emitting and while closing: once close() returns, nothing emits from the
        # thread (a check still under way when the host quit used to emit into the deleted
        # object: "Signal source has been deleted"). No join: a stalled server holds a check
        # for up to three timeouts, and quitting should not wait for it.
        self._emitting = threading.Lock()
        self._closed = False
        self.active = True

    @property
    def enabled(self) -> bool:
        return self._socket is not None

    def start(self) -> None:
        if self._socket is not None:
            threading.Thread(target=self._run, name="server-check", daemon=True).start()

    def set_active(self, active: bool) -> None:
        # Woken only when it was resting: waking it after every answer would make the checks
        # run back to back (a busy loop of the host, its thread and the sound server).
        was = self.active
        self.active = active
        if active and not was:
            self._wake.set()

    def close(self) -> None:
        with self._emitting:
            self._closed = True
        self._wake.set()

    def _run(self) -> None:
        assert self._socket is not None
        while not self._closed:
            if self.active and not self._tell(server_answers(self._socket, CHECK_TIMEOUT_S)):
                return  # closed while the check was under way
            self._wake.wait(CHECK_INTERVAL_S)
            self._wake.clear()

    def _tell(self, answers: bool) -> bool:
        """Emit ``answers`` unless closed (a check may end after close()); False if closed."""
        with self._emitting:
            if self._closed:
                return False
            self.answered.emit(answers)  # queued to the host's thread: no waiting
            return True


class Host(QObject):
    def __init__(self, role: str, engine: str = "") -> None:
        super().__init__()
        self._role = role
        self._engine = engine
        self._buffer = b""
        self._player: Any = None  # QtCuePlayer once the server has answered
        self._voice: Any = None
        self._server_ok: bool | None = None  # None: not asked yet
        self._awake = False
        self._settings: dict[str, Any] = {}
        self._translators: list[QTranslator] = []  # the language's catalogues, kept alive
        self._last_state: dict[str, Any] | None = None
        self._watch = ServerWatch(self)
        self._watch.answered.connect(self._on_server_answered)
        self._reader = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    def start(self) -> None:
        # Loaded before "hello": the slow part, which does no audio work yet.
        importlib.import_module("PySide6.QtMultimedia" if self._role == "sound"
                                else "PySide6.QtTextToSpeech")
        self._send({"op": "hello"})
        if self._role == "voice":
            self._start_voice()
        elif self._watch.enabled:
            self._watch.start()  # the player is made once the server has answered
        else:
            self._start_player()

    def close(self) -> None:
        self._watch.close()
        if self._voice is not None:
            self._voice.stop_loading()

    # -- the two roles -------------------------------------------------------------------

    def _start_player(self) -> None:
        from leg_timer.audio.stream_player import cue_player

        player = cue_player(parent=self)
        self._player = player
        self._apply_settings()
        player.preload()
        media_backend.stop_quieting()  # the back-end was looked for by now (see choose)
        player.subscribe(lambda _available, _reason: self._send_state())
        player.keep_awake(self._awake)
        self._send_state()

    def _start_voice(self) -> None:
        from leg_timer.audio.voice import QtVoice

        voice = QtVoice(self._engine, parent=self)
        self._voice = voice
        voice.availability_changed.connect(lambda _available, _reason: self._send_state())
        self._apply_settings()
        voice.load()
        self._send_state()

    def _on_server_answered(self, answers: bool) -> None:
        was = self._server_ok
        self._server_ok = answers
        if answers and self._player is None:
            self._start_player()
        elif answers != was:
            self._send_state()
        # Asked on while a session runs, or until it answers; else it may rest.
        self._watch.set_active(self._awake or not answers)

    def _send_state(self) -> None:
        if self._role == "sound":
            if self._server_ok is False:
                state = {"available": False, "reason": NOT_ANSWERING}
            elif self._player is None:
                return
            else:
                state = {"available": self._player.available, "reason": self._player.reason,
                         "ahead_s": self._player.ahead_s + REQUEST_WAY_S}
            state["voices"] = []
        else:
            voice = self._voice
            state = {"available": voice.available, "reason": voice.reason,
                     "voices": voice.voice_names()}
        if state != self._last_state:
            self._last_state = state
            self._send({"op": "state", **state})

    # -- commands ------------------------------------------------------------------------

    def _read(self) -> None:
        data = os.read(sys.stdin.fileno(), 1 << 16)
        if not data:  # the window's process closed our stdin, or ended
            self._reader.setEnabled(False)
            QCoreApplication.quit()
            return
        self._buffer += data
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            if line.strip():
                self._handle(json.loads(line))

    def _handle(self, command: dict[str, Any]) -> None:
        op = command["op"]
        if op == "ping":
            self._send({"op": "pong", "n": command["n"]})
        elif op == "play":
            if self._player is not None and self._server_ok is not False:
                self._player.play(command["name"], command.get("at"))
        elif op == "cancel":
            if self._player is not None:
                self._player.cancel(float(command["at"]))
        elif op == "keep_awake":
            self._awake = bool(command["value"])
            if self._player is not None:
                self._player.keep_awake(self._awake)
            self._watch.set_active(self._awake or self._server_ok is not True)
        elif op == "say":
            if self._voice is not None:
                self._voice.say(command["text"])
        elif op == "stop":
            if self._voice is not None:
                self._voice.stop()
        elif op in ("volume", "muted", "rate", "voice", "language"):
            if op == "language" and command["value"] != self._settings.get("language"):
                self._translators = install_language(str(command["value"]))
            self._settings[op] = command["value"]
            self._apply_settings()

    def _apply_settings(self) -> None:
        target = self._player if self._role == "sound" else self._voice
        if target is None:
            return
        setters = {"volume": "set_volume", "muted": "set_muted", "rate": "set_rate",
                   "language": "set_language", "voice": "set_voice"}
        for key, name in setters.items():  # this order: a language before its voice
            setter = getattr(target, name, None)
            if key in self._settings and setter is not None:
                setter(self._settings[key])

    def _send(self, message: dict[str, Any]) -> None:
        line = memoryview(json.dumps(message).encode() + b"\n")
        try:
            while line:
                line = line[os.write(sys.stdout.fileno(), line):]
        except BrokenPipeError:
            QCoreApplication.quit()
