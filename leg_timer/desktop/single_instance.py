"""Only one Leg Timer runs per user and base folder: a later start hands its message to it.

Who runs is decided by an OS lock (:class:`~leg_timer.desktop.instance_lock.InstanceLock`,
atomic, dropped by the kernel when its process ends); the holder then listens on a local
socket next to the lock (a Unix socket on Linux and macOS, a named pipe on Windows). A start
that does not get the lock connects and sends one message; the holder answers at once,
before doing anything the message asks for, and :attr:`SingleInstance.message_received`
fires on a later turn of its event loop. What the message means, and whether it is taken,
is the caller's business (:mod:`leg_timer.desktop.forwarding` sends a launch request).

Wire format: one UTF-8 JSON object and a newline each way; the answer is ``{"ok": true}`` or
``{"ok": false, "reason": "..."}``.

A start that cannot get the lock keeps trying, for up to ``timeout_s``, to take the lock (the
holder may be quitting) or to be answered (it may be between locking and listening, or busy
starting up). If in all that time the holder never answers, it is taken to be hung: the start
fails with :class:`NoAnswer`, naming the holder's process, and opens no window of its own.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCryptographicHash, QObject, QTimer, Signal

from leg_timer.desktop.instance_lock import InstanceLock, LockUnavailable

if TYPE_CHECKING:  # QtNetwork loads when a socket is first needed: see above
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500  # a live holder accepts at once; a dead socket refuses at once
ANSWER_TIMEOUT_S = 10.0  # how long a later start waits for the holder before calling it hung
RETRY_INTERVAL_S = 0.05  # between tries while the holder is starting or quitting
MAX_MESSAGE_BYTES = 64 * 1024  # a command line is far smaller; refuse anything bigger
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS

Answerer = Callable[[dict[str, object]], str]


class ForwardingFailed(Exception):
    """The message could not be handed over; str() is one line to show the person."""


class NoAnswer(ForwardingFailed):
    """Another process holds the lock but never answered within the time allowed."""


@dataclass(frozen=True)
class Answer:
    """The running instance's answer: ``refusal`` is "" when it took the message."""

    refusal: str = ""

    @property
    def accepted(self) -> bool:
        return not self.refusal


def sha256_hex(data: bytes) -> str:
    """``hashlib.sha256(data).hexdigest()``, worked out by Qt (loaded already): importing
    hashlib loads OpenSSL, some 2 ms of the window's start-up (docs/performance.md)."""
    digest = QCryptographicHash.hash(data, QCryptographicHash.Algorithm.Sha256)
    return bytes(digest.toHex().data()).decode("ascii")


def _user_tag() -> str:
    """A short, file-name-safe tag for the current user (pipes are per user)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no $USER, e.g. in a bare container
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return sha256_hex(user.encode("utf-8"))[:12]


class SingleInstance(QObject):
    """The single-instance lock and message channel for one key (app id, user, base folder).

    ``folders`` are where the lock and socket may live, best first
    (:func:`leg_timer.paths.runtime_folders`).

    Signals:
        message_received(dict, str): another start's message (a JSON object) and the refusal
            it was answered with ("" when taken), on the event-loop turn after the answer
            went out. Emitted in the instance that called :meth:`claim`.
    """

    message_received = Signal(dict, str)

    def __init__(self, key: str, folders: Sequence[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._lock = InstanceLock(folders, f"{key}.lock")
        self._name: str | None = None
        self._dir_fd: int | None = None
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._answerer: Answerer | None = None
        self._waiting: list[tuple[QLocalSocket, dict[str, object]]] = []
        self._never_listen = False  # the socket could not be opened: do not try again

    @property
    def folder(self) -> Path:
        """Where the lock (and, when the path fits, the socket) lives. Raises
        :class:`~leg_timer.desktop.instance_lock.LockUnavailable`."""
        return self._lock.folder

    @property
    def name(self) -> str:
        """The socket name (see :meth:`_socket_name`)."""
        if self._name is None:
            self._name = self._socket_name()
        return self._name

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def _socket_name(self) -> str:
        """The socket next to the lock; a pipe name on Windows.

        A Unix socket's path must fit in about 100 bytes, and a deep data folder does not. On
        Linux the folder is then reached through a descriptor of it this process holds open,
        ``/proc/self/fd/N/KEY.socket``: the kernel resolves that path to the same folder, so
        the socket keeps the folder's protection (mode 0700, this user's). An abstract socket
        would fit too, but any local user may connect to one, and its name is listed in
        /proc/net/unix for all to see. Elsewhere (macOS) a plain per-user name, which Qt puts
        in the temporary folder ($TMPDIR, per user on macOS).
        """
        plain = f"{self._key}-{_user_tag()}"
        if sys.platform == "win32":
            return plain
        path = str(self.folder / f"{self._key}.socket")
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
        if sys.platform.startswith("linux") and Path("/proc/self/fd").is_dir():
            self._dir_fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
            return f"/proc/self/fd/{self._dir_fd}/{self._key}.socket"
        return plain

    # --- either start ------------------------------------------------------------------------

    def claim_or_forward(self, message: Mapping[str, object],
                         timeout_s: float = ANSWER_TIMEOUT_S, *,
                         listen: bool = True) -> Answer | None:
        """Become the running instance (None), or hand ``message`` to it (its answer).

        Blocks for at most about ``timeout_s``; meant for start-up, before the event loop
        runs. Raises :class:`NoAnswer` when another process held the lock all that time but
        never answered. ``listen`` as for :meth:`claim`.
        """
        deadline = time.monotonic() + timeout_s
        while True:
            if self.claim(listen=listen):
                return None
            answer = self.try_forward(message, deadline)
            if answer is not None:
                return answer
            if time.monotonic() >= deadline:
                break
            time.sleep(RETRY_INTERVAL_S)
        holder = self._lock.holder()
        process = f" (process {holder})" if holder is not None else ""
        end = f"end it (kill {holder})" if holder is not None else "end it"
        raise NoAnswer(f"a Leg Timer window{process} is already running for this folder but "
                       f"did not answer within {timeout_s:g} s; if it is hung, {end} and "
                       f"start again")

    # --- the later start --------------------------------------------------------------------

    def try_forward(self, message: Mapping[str, object],
                    deadline: float | None = None) -> Answer | None:
        """Send ``message`` (JSON values) to the running instance and return its answer; None
        when nobody answers (no instance, one quitting, or ``deadline`` passed first).

        ``deadline`` is a :func:`time.monotonic` instant; by default one second from now.
        Raises :class:`ForwardingFailed` for an answer that cannot be read.
        """
        from PySide6.QtNetwork import QLocalSocket

        if deadline is None:
            deadline = time.monotonic() + 1.0
        payload = json.dumps(dict(message)).encode("utf-8") + b"\n"
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        try:
            if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
                return None
            socket.write(payload)
            socket.flush()  # the rest, if any, goes out while waiting for the answer
            reply = bytearray()
            while b"\n" not in reply:
                left_ms = int((deadline - time.monotonic()) * 1000)
                if left_ms <= 0:
                    break
                if not socket.waitForReadyRead(left_ms):
                    reply += bytes(socket.readAll().data())
                    break  # closed without a full answer (quitting), or out of time
                reply += bytes(socket.readAll().data())
            if b"\n" not in reply:
                return None
            return _read_answer(bytes(reply.split(b"\n", 1)[0]))
        finally:
            socket.abort()

    # --- the running instance ---------------------------------------------------------------

    def claim(self, *, listen: bool = True) -> bool:
        """Become the running instance: True when this process is it (now or already), False
        when another one is. Never waits. With ``listen=False`` only the lock is taken; the
        socket opens at :meth:`listen` or :meth:`serve` (later starts wait until then).

        When no folder can hold a lock at all (no runtime folder, no data folder, a read-only
        temporary folder), there is no way to agree on one instance: this start runs on its
        own, and says so in the log, rather than not at all.
        """
        if not self._lock.held:
            try:
                if not self._lock.acquire():
                    return False
            except LockUnavailable as error:
                log.warning("%s; running without the single-instance guard", error)
                return True
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Open the socket later starts connect to; once only, and only by the lock's holder."""
        if self._server is not None or self._never_listen or not self._lock.held:
            return
        from PySide6.QtNetwork import QLocalServer

        # We hold the lock, so any socket file there is a dead one (a crash leaves it): remove
        # it, as QLocalServer.removeServer is meant for, and serve the name ourselves.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        # Only this user may connect (file mode 0600 on Unix, the user's SID on Windows).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self.name):
            # We still hold the lock (never two windows); later starts will say this one
            # does not answer.
            log.warning("single-instance socket %s: %s", self.name, server.errorString())
            server.deleteLater()
            self._never_listen = True  # not again
            return
        self._server = server

    def serve(self, answerer: Answerer) -> None:
        """Answer each message with ``answerer(message)``: "" to take it, else the reason it
        is refused. Messages that came before this call are answered now. Opens the socket
        if :meth:`claim` did not."""
        self.listen()
        self._answerer = answerer
        waiting, self._waiting = self._waiting, []
        for socket, message in waiting:
            self._answer(socket, message)

    def close(self) -> None:
        """Stop listening, remove the socket and release the lock. Starts still waiting for
        an answer are cut off (they then take the lock themselves)."""
        for socket in [*self._buffers, *(each for each, _message in self._waiting)]:
            socket.abort()  # before the server goes, which deletes them
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        self._lock.release()
        self._never_listen = False
        if self._dir_fd is not None:
            os.close(self._dir_fd)
            self._dir_fd = None
            self._name = None

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(partial(self._on_ready_read, socket))
            socket.disconnected.connect(partial(self._forget, socket))
            if socket.bytesAvailable():
                self._on_ready_read(socket)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            log.warning("ignoring an oversized single-instance message")
            socket.abort()
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer.split(b"\n", 1)[0])
        message = _parse(line)
        if message is None:
            socket.abort()
            return
        del self._buffers[socket]  # one message per connection: ignore anything after it
        if self._answerer is None:
            self._waiting.append((socket, message))
        else:
            self._answer(socket, message)

    def _answer(self, socket: QLocalSocket, message: dict[str, object]) -> None:
        """Answer at once; what the message asks for is done on a later turn of the loop."""
        assert self._answerer is not None
        try:
            refusal = self._answerer(message)
        except Exception:  # a bug in the check must not take the running window down
            log.exception("checking a forwarded message failed")
            refusal = "the running window could not check the request (see its log)"
        connected = socket.LocalSocketState.ConnectedState
        if socket.state() == connected:
            reply = {"ok": True} if not refusal else {"ok": False, "reason": refusal}
            socket.write(json.dumps(reply).encode("utf-8") + b"\n")
            socket.flush()  # a start that gave up has closed its end: this finds out
        if socket.state() != connected:
            log.info("a later start stopped waiting before its answer; its message is dropped")
            return
        socket.disconnectFromServer()
        QTimer.singleShot(0, self, partial(self.message_received.emit, message, refusal))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        self._waiting = [(each, message) for each, message in self._waiting if each is not socket]
        # RuntimeError: being deleted already, with the closed server (its parent)
        with contextlib.suppress(RuntimeError):
            socket.deleteLater()


def _parse(line: bytes) -> dict[str, object] | None:
    try:
        message = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        log.warning("ignoring a single-instance message that is not JSON")
        return None
    if not isinstance(message, dict):
        log.warning("ignoring a single-instance message that is not a JSON object")
        return None
    return message


def _read_answer(line: bytes) -> Answer:
    answer = _parse(line)
    if answer is None or not isinstance(answer.get("ok"), bool):
        raise ForwardingFailed("the running Leg Timer window gave an answer this one cannot "
                               "read (are two versions installed?)")
    if answer["ok"]:
        return Answer()
    reason = answer.get("reason")
    return Answer(str(reason) if reason else "no reason given")
