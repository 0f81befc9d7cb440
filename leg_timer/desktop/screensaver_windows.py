"""Keeps the screen awake on Windows, through ``SetThreadExecutionState``.

Windows only: :func:`leg_timer.desktop.keep_awake.platform_inhibitor` imports it there and
nowhere else.
"""

from __future__ import annotations

import ctypes
import sys

from leg_timer.desktop.inhibitor import Complaints

# Also tells mypy to skip the rest of this module on other platforms, where ctypes.WinDLL does
# not exist; importing it elsewhere is a mistake worth failing loudly on.
assert sys.platform == "win32"


class WindowsInhibitor:
    """Asks Windows to keep the display and the system on, via SetThreadExecutionState.

    The execution state belongs to the calling thread, so inhibit and release must come
    from the same thread; KeepAwake lives on the GUI thread, which outlives any session.
    """

    _ES_CONTINUOUS = 0x80000000
    _ES_SYSTEM_REQUIRED = 0x00000001
    _ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self) -> None:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        self._set_state = kernel32.SetThreadExecutionState
        self._set_state.argtypes = [ctypes.c_uint32]
        self._set_state.restype = ctypes.c_uint32
        self._complain = Complaints()

    def inhibit(self, reason: str) -> None:
        # ES_CONTINUOUS makes the state stick until changed, instead of resetting the idle
        # timers once.
        self._set(self._ES_CONTINUOUS | self._ES_DISPLAY_REQUIRED | self._ES_SYSTEM_REQUIRED)

    def release(self) -> None:
        self._set(self._ES_CONTINUOUS)

    def _set(self, flags: int) -> None:
        # The previous state comes back on success, 0 on failure.
        if self._set_state(flags) == 0:
            self._complain(
                "SetThreadExecutionState(%#x) failed (Windows error %d)",
                flags,
                ctypes.get_last_error(),
            )
