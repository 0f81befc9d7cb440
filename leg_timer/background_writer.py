"""Writing the newest state of something to disk in a thread of its own.

The settings and the reminders are saved on every change, from the GUI thread, and a slow or
hung disk must never hold the countdown. :class:`BackgroundWriter` takes each new state and
returns at once; its thread writes only the newest one handed over (older ones are out of
date by then). A plain daemon thread rather than a QThread: one left writing to a hung disk at
exit must not hold the process, and nothing here needs an event loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

WRITE_WAIT_S = 2.0  # how long wait() waits by default (at quit, and in tests)

State = TypeVar("State")


class BackgroundWriter(Generic[State]):
    """Hands each state to ``write`` (which returns why it failed, or "") in a thread named
    ``name``; ``failure`` words an exception ``write`` raised, so the thread never dies."""

    def __init__(self, write: Callable[[State], str], *, name: str,
                 failure: Callable[[Exception], str]) -> None:
        self._write = write
        self._name = name
        self._failure = failure
        self._condition = threading.Condition()
        self._pending: tuple[int, State] | None = None
        self._posted = 0  # generation of the newest state handed over
        self._written = 0  # generation of the newest state written (or failed)
        self._problem = ""
        self._thread: threading.Thread | None = None

    @property
    def problem(self) -> str:
        """Why the last write failed ("" when it worked, or before any)."""
        with self._condition:
            return self._problem

    @property
    def busy(self) -> bool:
        """Whether a state handed over is not written yet."""
        with self._condition:
            return self._written < self._posted

    def save(self, state: State) -> None:
        """Write ``state`` soon; returns at once. The caller hands over a state it will not
        change again (a copy)."""
        with self._condition:
            self._posted += 1
            self._pending = (self._posted, state)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._condition.notify_all()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait until every state handed over is written; False after ``timeout_s``
        (:data:`WRITE_WAIT_S` unless given)."""
        if timeout_s is None:
            timeout_s = WRITE_WAIT_S
        with self._condition:
            return self._condition.wait_for(lambda: self._written >= self._posted, timeout_s)

    def _run(self) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending is not None)
                assert self._pending is not None
                generation, state = self._pending
                self._pending = None
            try:
                problem = self._write(state)
            except Exception as error:  # never let the writer die: the next save retries
                log.exception("%s failed", self._name)
                problem = self._failure(error)
            with self._condition:
                self._written = generation
                self._problem = problem
                self._condition.notify_all()
