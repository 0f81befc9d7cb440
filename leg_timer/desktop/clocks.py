"""The clocks the driver reads: monotonic time, and a clock that keeps counting in suspend.

``time.monotonic`` stops while the machine sleeps on Linux (CLOCK_MONOTONIC) but
CLOCK_BOOTTIME does not; when the two disagree by more than a moment after a wake-up, the
machine slept, and the driver pauses the session where it was instead of jumping ahead.
On systems without CLOCK_BOOTTIME the check is off (Windows and macOS keep a monotonic clock
that counts sleep, so the same rule would see nothing there).
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]


def monotonic() -> float:
    return time.monotonic()


def _boottime() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


def suspend_aware_clock() -> Clock | None:
    """A clock that counts time asleep, where the platform has one distinct from monotonic."""
    if hasattr(time, "CLOCK_BOOTTIME"):
        try:
            _boottime()
        except OSError:
            return None
        return _boottime
    return None
