"""What every platform's screen-saver inhibitor shares: the interface and how it complains.

:mod:`leg_timer.desktop.keep_awake` holds one of these for the application; the platform
modules (``screensaver_dbus``, ``screensaver_windows``, ``screensaver_macos``) implement it.
They import this module, never ``keep_awake``, which imports them.
"""

from __future__ import annotations

import logging
from typing import Protocol

# One logger for every backend: a user hunting "why did my screen blank" reads one name.
LOGGER_NAME = "leg_timer.keep_awake"
_log = logging.getLogger(LOGGER_NAME)


class Inhibitor(Protocol):
    """One platform's way to hold off screen blanking.

    ``KeepAwake`` calls ``inhibit`` and ``release`` alternately, starting with ``inhibit``.
    Implementations report their own failures (through :class:`Complaints`) instead of raising.
    """

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class Complaints:
    """Logs the first failure as a warning and any later ones at debug level.

    A desktop without a screen saver service fails the same way at every session start; one
    warning tells the user why the screen blanked, repeating it each time would be noise.
    """

    def __init__(self) -> None:
        self._warned = False

    def __call__(self, message: str, *args: object, exc_info: bool = False) -> None:
        level = logging.DEBUG if self._warned else logging.WARNING
        self._warned = True
        _log.log(level, message, *args, exc_info=exc_info)
