"""Keep the screen from blanking or locking while a workout session runs.

A timer nobody can see is no use mid-set, and the desktop's idle timeout knows nothing about
someone doing squats in front of the screen. The window calls ``KeepAwake.inhibit`` when a
session starts or resumes and ``KeepAwake.release`` when it pauses, stops or finishes.

Each platform has its own mechanism, in its own module behind the small
:class:`~leg_timer.desktop.inhibitor.Inhibitor` interface; :func:`platform_inhibitor` imports
only the one for the running platform:

- Linux and other freedesktop systems: the org.freedesktop.ScreenSaver D-Bus service
  (:mod:`~leg_timer.desktop.screensaver_dbus`) where it exists, else the XDG desktop
  portal's Inhibit, which GNOME and sandboxes answer
  (:mod:`~leg_timer.desktop.dbus.inhibit_portal`, which chooses between the two);
- Windows: ``SetThreadExecutionState`` (:mod:`~leg_timer.desktop.screensaver_windows`);
- macOS: an IOKit power assertion plus an ``NSProcessInfo`` activity
  (:mod:`~leg_timer.desktop.screensaver_macos`).

Keeping the screen on is a courtesy, never worth interrupting a workout for: every failure
(no session bus, no screen saver service, a refused call) is logged, never raised.

The app loads this module by name after the first paint
(``importlib.import_module("leg_timer.desktop.keep_awake").KeepAwake()``), so none of the
platform machinery (QtDBus, ctypes libraries) slows the window's start.
"""

from __future__ import annotations

import sys

from leg_timer.desktop.inhibitor import Complaints, Inhibitor


class KeepAwake:
    """Holds at most one keep-awake request for the application.

    ``inhibit`` while already active and ``release`` while inactive do nothing, so the window
    can call them from every state change without counting. ``active`` tells whether a
    request is held, whether or not the platform managed to honour it (failures are logged).

    By default the backend for the running platform is made at once by
    :func:`platform_inhibitor`: that imports its module, but no backend talks to the system
    before the first ``inhibit`` except to look up a few ctypes functions. A backend that
    cannot even be made raises here, and the app then runs without one. Tests pass a backend,
    for instance ``KeepAwake(ScreenSaverInhibitor(connection))`` on a private bus.
    """

    def __init__(self, backend: Inhibitor | None = None) -> None:
        self._backend = backend if backend is not None else platform_inhibitor()
        self._active = False
        self._complain = Complaints()

    @property
    def active(self) -> bool:
        return self._active

    def inhibit(self, reason: str) -> None:
        """Keep the screen on until ``release``; ``reason`` may be shown by the desktop."""
        if self._active:
            return
        self._active = True
        try:
            self._backend.inhibit(reason)
        except Exception:
            # Backends report expected failures themselves; this catches the unexpected (a
            # ctypes signature a new OS release changed, say) so a session still starts.
            self._complain("Could not keep the screen awake", exc_info=True)

    def release(self) -> None:
        """Let the screen blank again on the desktop's usual schedule."""
        if not self._active:
            return
        self._active = False
        try:
            self._backend.release()
        except Exception:
            # Same reasoning as in inhibit: a pause or stop must go through regardless.
            self._complain("Could not let the screen blank again", exc_info=True)


def platform_inhibitor() -> Inhibitor:
    """A new backend for the platform this process runs on (importing only its module)."""
    # if/elif/else rather than early returns: mypy checks each branch only for its platform,
    # and the Windows and macOS modules are skipped entirely elsewhere.
    if sys.platform == "win32":
        from leg_timer.desktop.screensaver_windows import WindowsInhibitor

        return WindowsInhibitor()
    elif sys.platform == "darwin":
        from leg_timer.desktop.screensaver_macos import MacInhibitor

        return MacInhibitor()
    else:
        from leg_timer.desktop.dbus.inhibit_portal import FreedesktopInhibitor

        return FreedesktopInhibitor()
