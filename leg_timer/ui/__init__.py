"""The Qt user interface: main window, picker, countdown, and the driver that wakes a session."""

from leg_timer.desktop import refcounts

refcounts.protect()
