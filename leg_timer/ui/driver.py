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

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from leg_timer.core.session import Session, State
from leg_timer.ui.clocks import Clock

# A wake-up this many seconds late against the suspend-aware clock means the machine slept.
SLEEP_THRESHOLD_S = 2.0
# Qt timers fire at whole milliseconds and may be a hair early: aim just past the instant.
_EARLY_GUARD_MS = 1


class SessionDriver(QObject):
    changed = Signal()
    session_event = Signal(object)
    slept = Signal(float)

    def __init__(self, session: Session, clock: Clock, sleep_clock: Clock | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._clock = clock
        self._sleep_clock = sleep_clock
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
        self._on_timeout()

    def _on_timeout(self) -> None:
        if self._check_sleep():
            return
        self.session.update()
        self._after_change()

    def _after_change(self) -> None:
        self._remember_awake()
        self.changed.emit()
        self._arm()

    def _arm(self) -> None:
        wake_at = self.session.next_wakeup_at()
        if wake_at is None:
            self._timer.stop()
            return
        delay_ms = max(0, math.ceil((wake_at - self._clock()) * 1000) + _EARLY_GUARD_MS)
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
