"""Asks the PulseAudio (or PipeWire-Pulse) server whether it answers, with a deadline. Qt-free.

A server that is stopped (SIGSTOP), deadlocked or swapped out still accepts connections on its
socket (the kernel queues them), and libpulse then waits up to 30 s for each reply. So the sound
host (:mod:`leg_timer.audio.host`) asks first, in a thread of its own: it connects, sends the
first packet of the native protocol (AUTH, with an empty cookie) and waits for any answer. A
reply, an error reply or a closed connection all mean a server that runs; silence until the
deadline means one that does not. The check never runs in the window's process.
"""

from __future__ import annotations

import os
import socket
import struct
import sys
from pathlib import Path

from leg_timer.core.translation import QT_TRANSLATE_NOOP
from leg_timer.paths import pulse_runtime_candidates, user_runtime_dir

# Marked for the catalogue (context "Audio"): the window translates it when shown.
NOT_ANSWERING = QT_TRANSLATE_NOOP("Audio", "The sound server is not answering: cues are "
                                           "shown as a flash.")
_COMMAND_AUTH = 8
_PROTOCOL_VERSION = 32  # any version >= 8 gets an answer; no shared-memory flags asked for
_CONTROL_CHANNEL = 0xFFFFFFFF
_COOKIE_BYTES = 256


def _auth_packet() -> bytes:
    def u32(value: int) -> bytes:
        return b"L" + struct.pack(">I", value)

    payload = (u32(_COMMAND_AUTH) + u32(1) + u32(_PROTOCOL_VERSION)
               + b"x" + struct.pack(">I", _COOKIE_BYTES) + bytes(_COOKIE_BYTES))
    descriptor = struct.pack(">IIIII", len(payload), _CONTROL_CHANNEL, 0, 0, 0)
    return descriptor + payload


AUTH_PACKET = _auth_packet()


def pulse_socket() -> Path | None:
    """The PulseAudio "native" socket libpulse would use, or None (no such socket, a TCP server,
    or not Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    server = os.environ.get("PULSE_SERVER", "")
    if server:
        # "unix:/path", a plain "/path", or a list; only the first unix socket is checked.
        for entry in server.split():
            path = entry.removeprefix("unix:")
            if path.startswith("/"):
                return Path(path)
        return None
    return local_pulse_socket()


def local_pulse_socket() -> Path | None:
    """The "native" socket in the folders libpulse looks in when $PULSE_SERVER names none.

    The session's runtime folder comes from :func:`leg_timer.paths.user_runtime_dir`, with no
    guess at /run/user/UID when $XDG_RUNTIME_DIR is unset. That is deliberate: libpulse makes
    no such guess either (it falls back to ~/.config/pulse/*-runtime, checked last), so a
    socket that only the guess would find is one Qt cannot reach.
    """
    candidates = [os.environ.get("PULSE_RUNTIME_PATH", "")]
    runtime_dir = user_runtime_dir()
    if runtime_dir is not None:
        candidates.append(str(runtime_dir / "pulse"))
    candidates.append("/run/pulse")  # a system-wide server
    candidates += [str(path) for path in pulse_runtime_candidates()]
    for folder in candidates:
        if folder and (Path(folder) / "native").exists():
            return Path(folder) / "native"
    return None


def server_answers(path: Path, timeout_s: float) -> bool:
    """Whether the server on socket ``path`` answers within ``timeout_s`` (blocks that long at
    most: call it off the GUI thread)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
        connection.settimeout(timeout_s)
        try:
            connection.connect(str(path))
            connection.sendall(AUTH_PACKET)
            connection.recv(1)  # any answer, or the connection closed: b""
        except TimeoutError:
            return False
        except OSError:
            return False  # refused or gone: nobody answers there either
    return True
