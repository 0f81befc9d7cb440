"""The tray menu's own entries beyond the workout: "Mini timer" and "Start at login".

app.py adds them once the tray exists (:func:`add_tray_entries`). "Mini timer" is T's
toggle (the window's :meth:`~leg_timer.ui.main_window.MainWindow.toggle_mini_timer`), so the
small always-on-top timer is one click away for a person working in other windows. "Start at
login" writes or removes the XDG autostart entry (:mod:`leg_timer.ui.outside.autostart`),
which starts Leg Timer quietly in the tray so that reminders come; its tick is read from the
entry each time the menu opens, because the person may remove the entry elsewhere (their
desktop's settings, or the reminder dialog).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from leg_timer.ui.i18n import bind
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.outside import autostart
from leg_timer.ui.outside.tray import WorkoutTray


class TrayEntries(QObject):
    """The two actions, kept in step with the window and the autostart folder (a child of
    the tray, so it lives as long as the menu)."""

    def __init__(self, tray: WorkoutTray, window: MainWindow, *,
                 autostart_folder: Path | None = None,
                 report: Callable[[str], None] | None = None) -> None:
        super().__init__(tray)
        self._window = window
        self._folder = autostart_folder
        self._report = report if report is not None else window.show_message
        self.mini_timer = QAction(tray.menu)
        mini_timer = self.mini_timer
        bind(tray.menu, mini_timer.setText, lambda: self.tr("Mini timer"))
        self.mini_timer.setCheckable(True)
        bind(tray.menu, mini_timer.setToolTip,
             lambda: self.tr("A small timer that stays above other windows (T)"))
        self.mini_timer.triggered.connect(self._toggle_mini_timer)
        tray.add_action(self.mini_timer)
        self.at_login: QAction | None = None
        if autostart.available(autostart_folder):
            at_login = self.at_login = QAction(tray.menu)
            bind(tray.menu, at_login.setText, lambda: self.tr("Start at login"))
            self.at_login.setCheckable(True)
            bind(tray.menu, at_login.setToolTip,
                 lambda: self.tr("Start quietly in the tray at login, so reminders come"))
            self.at_login.triggered.connect(self._set_at_login)
            tray.add_action(self.at_login)
        tray.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Tick what is true now (the menu is about to show)."""
        self.mini_timer.setChecked(self._window.mini_timer_shown)
        if self.at_login is not None:
            self.at_login.setChecked(autostart.is_enabled(self._folder))

    def _toggle_mini_timer(self) -> None:
        self._window.toggle_mini_timer()
        self.mini_timer.setChecked(self._window.mini_timer_shown)

    def _set_at_login(self, wanted: bool) -> None:
        problem = autostart.set_enabled(wanted, self._folder)
        if problem:
            self._report(self.tr("Starting at login could not be changed: {problem}.").format(
                problem=problem))
        if self.at_login is not None:
            self.at_login.setChecked(autostart.is_enabled(self._folder))


def add_tray_entries(tray: WorkoutTray, window: MainWindow) -> TrayEntries:
    """Put "Mini timer" and (where the desktop has an autostart folder) "Start at login" in
    ``tray``'s menu."""
    return TrayEntries(tray, window)
