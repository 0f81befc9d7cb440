"""Wakes a :class:`~leg_timer.core.session.Session` exactly when something is due.

One single-shot ``QTimer`` with ``Qt.TimerType.PreciseTimer`` is armed for the next instant
the session reports (a cue, a segment boundary, or the next change of the displayed second);
when it fires, the session runs what is due and the timer is armed again. Nothing is armed
while the session is idle, paused or over, so an idle window costs no CPU. The timer only
wakes the UI: every instant comes from the session's clock, so a late wake-up never shifts a
boundary.

Signals:
    changed(): the session's state or display may have changed; views redraw.
    session_event(object): each :class:`~leg_timer.core.session.Event`, in order.
    slept(float): the machine slept for that many seconds; the session was paused.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from leg_timer.core.session import Session, State
from leg_timer.desktop.clocks import Clock, monotonic

# A wake-up this many seconds late against the suspend-aware clock means the machine slept.
SLEEP_THRESHOLD_S = 2.0
# Qt timers count whole milliseconds and may fire a little early or late. The timer is armed
# this much before the instant, and the last stretch is slept precisely (well under a
# millisecond of error), so a boundary lands on time instead of 1-3 ms after it.
LEAD_MS = 2
_FINE_WAIT_MAX_S = (LEAD_MS + 2) / 1000


class SessionDriver(QObject):
    changed = Signal()
    session_event = Signal(object)
    slept = Signal(float)

    def __init__(self, session: Session, clock: Clock, sleep_clock: Clock | None = None,
                 parent: QObject | None = None,
                 fine_wait: Callable[[float], None] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._sleep_clock = sleep_clock
        # Only the real clock can be waited on; a test's fake clock moves when the test says.
        if fine_wait is None:
            fine_wait = time.sleep if clock is monotonic else _no_wait
        self._fine_wait = fine_wait
        self._wake_at: float | None = None
        self._last_awake: tuple[float, float] | None = None  # (monotonic, suspend-aware)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # WORKAROUND for PySide6 6.12 having no singleShot() overload that takes a timer type:
        # a QTimer object with setTimerType gives the precise (1 ms) timer we need.
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        session.subscribe(self.session_event.emit)

    @property
    def timer_active(self) -> bool:
        return self._timer.isActive()

    def command(self, name: str, *args: float) -> None:
        """Run a session command (``"toggle"``, ``"next"``, ...), then redraw and re-arm."""
        if self._check_sleep():
            return
        getattr(self.session, name)(*args)
        self._after_change()

    def poke(self) -> None:
        """Run what is due now and re-arm (e.g. after the session was changed directly)."""
        if self._check_sleep():
            return
        self.session.update()
        self._after_change()

    def _on_timeout(self) -> None:
        if self._wake_at is not None:
            left_s = self._wake_at - self._clock()
            if left_s > _FINE_WAIT_MAX_S:  # woken far too early (timer coarsened): re-arm
                self._arm()
                return
            if left_s > 0:
                self._fine_wait(left_s)
        self.poke()

    def _after_change(self) -> None:
        self._remember_awake()
        self.changed.emit()
        self._arm()

    def _arm(self) -> None:
        wake_at = self.session.next_wakeup_at()
        self._wake_at = wake_at
        if wake_at is None:
            self._timer.stop()
            return
        delay_ms = max(0, math.floor((wake_at - self._clock()) * 1000) - LEAD_MS)
        self._timer.start(delay_ms)

    def _remember_awake(self) -> None:
        if self._sleep_clock is not None and self.session.state is State.RUNNING:
            self._last_awake = (self._clock(), self._sleep_clock())
        else:
            self._last_awake = None

    def _check_sleep(self) -> bool:
        """Pause at the last instant known awake if the machine slept since; True if it did."""
        if self._sleep_clock is None or self._last_awake is None:
            return False
        if self.session.state is not State.RUNNING:
            return False
        mono_then, sleep_then = self._last_awake
        asleep_s = (self._sleep_clock() - sleep_then) - (self._clock() - mono_then)
        if asleep_s < SLEEP_THRESHOLD_S:
            return False
        self.session.pause(at=mono_then)
        self._after_change()
        self.slept.emit(asleep_s)
        return True

    def stop_timer(self) -> None:
        self._timer.stop()


def _no_wait(_seconds: float) -> None:
    """The fine wait under a fake clock: nothing to wait for."""
