"""Leg Timer: a desktop interval timer for leg work.

``leg_timer.core`` holds the Qt-free model (routines, plans, sessions); ``leg_timer.cli`` the
command line; the Qt user interface lives in ``leg_timer.ui`` and is imported only when a
window is needed, so the command line stays fast.
"""
