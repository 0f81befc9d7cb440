"""SIGINT, SIGTERM and SIGHUP, handled in the event loop instead of wherever Python happens to be.

A Python signal handler runs between two bytecodes of whatever code is running, and Python's
default SIGINT handler raises KeyboardInterrupt there: in the driver's wait, half-way through
re-arming the timer, and the countdown froze for good. SIGTERM's default kills the process
without letting the screen sleep again or saving the window.

So, the Qt way: the C-level handler writes the signal's number to one end of a socket pair
(``signal.set_wakeup_fd``), a ``QSocketNotifier`` on the other end wakes the event loop, and
:attr:`QuitSignals.received` is emitted from there, between two events, where quitting through
the same path as Ctrl+Q is safe. The Python-level handlers do nothing, so nothing is ever
interrupted half-way.

Signals:
    received(int): a quit signal arrived (its number).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
                     if hasattr(signal, name))  # Windows has no SIGHUP


def exit_code_for(signum: int) -> int:
    """130 after Ctrl+C (128 + SIGINT, as shells report it); 0 for a polite SIGTERM or SIGHUP,
    which ask a program to end, not report a failure."""
    return 128 + signum if signum == signal.SIGINT else 0


class QuitSignals(QObject):
    """Routes the quit signals into the event loop while it exists; call :meth:`close` after."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        # Must run on the main thread (Python's rule for signal handlers); run_app does.
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(),
                                                 warn_on_full_buffer=False)
        self._previous = {signum: signal.signal(signum, self._note) for signum in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_readable)

    @staticmethod
    def _note(signum: int, frame: FrameType | None) -> None:
        """The Python-level handler: nothing. The wake-up byte already carries the signal."""

    def _on_readable(self) -> None:
        try:
            data = self._reader.recv(256)
        except (BlockingIOError, InterruptedError):
            return
        for signum in data:
            if signum in QUIT_SIGNALS:
                log.info("%s received: quitting", signal.Signals(signum).name)
                self.received.emit(signum)

    def close(self) -> None:
        """Give the signals back to the handlers they had before."""
        self._notifier.setEnabled(False)
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(self._previous_fd)
        for end in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                end.close()
