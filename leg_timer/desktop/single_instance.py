"""Only one Leg Timer runs per user: a second start hands its arguments to the first and exits.

The first instance listens on a local socket (a Unix socket on Linux and macOS, a named pipe on
Windows) named after the app id and the user. A later start connects, sends one message (a
JSON object: what it was asked to do) and waits for the answer; the first instance emits
:attr:`SingleInstance.message_received`. What the message means is the caller's business
(:mod:`leg_timer.desktop.forwarding` sends a launch request).

Wire format: one UTF-8 JSON object and a newline; the receiver answers ``ok`` and a newline
once it has emitted the signal.

The running instance holds a lock file next to the socket. A crashed instance leaves both
behind: QLockFile sees that the lock's process is gone, and :meth:`SingleInstance.listen` then
removes the dead socket (``QLocalServer.removeServer``) before listening again.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from leg_timer.paths import user_runtime_dir

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500  # a live instance accepts at once; a stale socket refuses at once
REPLY_TIMEOUT_MS = 2000  # the running instance answers from its event loop
MAX_MESSAGE_BYTES = 64 * 1024  # a command line is far smaller; refuse anything bigger
_ACK = b"ok\n"
_MAX_SOCKET_PATH = 100  # sun_path holds 108 bytes on Linux, 104 on macOS


def _user_tag() -> str:
    """A short, file-name-safe tag for the current user (sockets are per user)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry and no $USER, e.g. in a bare container
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return hashlib.sha256(user.encode("utf-8")).hexdigest()[:12]


def server_name(app_id: str) -> str:
    """The local socket name for ``app_id`` and the current user.

    On Linux, inside ``$XDG_RUNTIME_DIR`` (per user, mode 0700, emptied at log-out) when it is
    set and the path fits in a socket address; elsewhere a plain name, which Qt puts in the
    temporary folder (Unix) or the pipe namespace (Windows), with the user in it.
    """
    runtime_dir = user_runtime_dir()
    if sys.platform.startswith("linux") and runtime_dir is not None:
        path = str(runtime_dir / f"{app_id}.socket")
        if len(path.encode()) <= _MAX_SOCKET_PATH:
            return path
    return f"{app_id}-{_user_tag()}"


class SingleInstance(QObject):
    """The single-instance lock and message channel for one app id.

    Signals:
        message_received(dict): another start's message (a JSON object). Emitted in the
            instance that called ``listen()``.
    """

    message_received = Signal(dict)

    def __init__(self, app_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(app_id)
        self._server: QLocalServer | None = None
        self._lock: QLockFile | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}

    @property
    def name(self) -> str:
        """The socket name (a path on Linux with $XDG_RUNTIME_DIR)."""
        return self._name

    @property
    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    # --- the second start -----------------------------------------------------------------

    def try_forward(self, message: Mapping[str, object]) -> bool:
        """Send ``message`` (JSON values) to a running instance; True once it confirmed
        receiving it.

        Blocks for at most CONNECT_TIMEOUT_MS + REPLY_TIMEOUT_MS; meant for start-up, before
        the event loop runs. False when no instance runs (or it did not answer in time).
        """
        payload = json.dumps(dict(message))
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        try:
            socket.write(payload.encode("utf-8") + b"\n")
            if not socket.waitForBytesWritten(REPLY_TIMEOUT_MS):
                return False
            reply = bytearray()
            while len(reply) < len(_ACK) and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
                reply += bytes(socket.readAll().data())
            if bytes(reply) != _ACK:
                log.warning("the running instance did not confirm our message")
                return False
            return True
        finally:
            socket.abort()

    # --- the first start ------------------------------------------------------------------

    def listen(self) -> bool:
        """Become the running instance; False if another one already is.

        Who is the running instance is decided by a lock file next to the socket, not by the
        socket: with UserAccessOption Qt creates the socket elsewhere and renames it over the
        name, so a second listen() would silently take the name from the first. QLockFile
        notices a lock whose process has died, so a crash never blocks the next start.
        """
        if self.is_listening:
            return True
        lock = QLockFile(self._lock_path())
        lock.setStaleLockTime(0)  # stale only when its process is gone, however old it is
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("cannot create the single-instance lock %s", self._lock_path())
            return False
        # WORKAROUND for a socket file left behind by a crashed instance (we hold the lock, so
        # nobody serves it): remove it, as QLocalServer.removeServer is meant for.
        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        # Only this user may connect (file mode 0600 on Unix, the user's SID on Windows).
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_new_connection)
        if not server.listen(self._name):
            log.warning("single-instance socket %s: %s", self._name, server.errorString())
            server.deleteLater()
            lock.unlock()
            return False
        self._server, self._lock = server, lock
        return True

    def close(self) -> None:
        """Stop listening, remove the socket and release the lock."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _lock_path(self) -> str:
        if Path(self._name).is_absolute():
            return f"{self._name}.lock"
        return str(Path(QDir.tempPath()) / f"{self._name}.lock")

    def _on_new_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
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
        message = self._parse(line)
        if message is None:
            socket.abort()
            return
        del self._buffers[socket]  # one message per connection: ignore anything after it
        self.message_received.emit(message)
        socket.write(_ACK)
        socket.flush()
        socket.disconnectFromServer()

    @staticmethod
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

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
