"""What each key does in the main window, whichever widget has the focus.

A workout is run from the keyboard (or a wireless keypad) with the mouse out of reach, so a
shortcut must not depend on where the focus happens to be: the window binds every shortcut as
a window-wide ``QShortcut`` and :class:`KeyRouter` decides what the action means on the page
in view. The same key can mean different things: Enter starts the selected routine in the
list, marks a rep set done in a workout, and goes back to the list from the summary.

Window-wide shortcuts would also swallow keys that belong to a text field, and keys sent to
the window itself (QTest, remote-control and keypad tools) would never reach the widget with
the focus. So the router first offers such keys to the focus widget, the way typed keys go,
and on the picker a key nobody wanted types into the search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from leg_timer.present.shortcuts import Action, Page

if TYPE_CHECKING:
    from leg_timer.ui.main_window import MainWindow


class KeyRouter:
    """Turns the window's shortcuts and stray key presses into what they do on each page."""

    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._forwarding = False  # a key is being handed to the focus widget

    def route(self, action: Action) -> None:
        """Do what the shortcut for ``action`` does on the current page."""
        window = self._window
        if action is Action.HELP:
            window.toggle_overlay()
        elif action is Action.ESCAPE and window.overlay.isVisible():
            window.overlay.hide()
        elif action is Action.QUIT:
            window.close()
        elif action is Action.MUTE:
            window.set_muted(not window.muted)
        elif action is Action.SETTINGS:
            window.open_settings()
        elif action is Action.ESCAPE and (window.focus_mode or window.isFullScreen()):
            window.set_focus_mode(False)
            if window.isFullScreen():
                window.showNormal()
        else:
            {Page.PICKER: self._picker_key, Page.WORKOUT: self._workout_key,
             Page.SUMMARY: self._summary_key}[window.page()](action)

    def _picker_key(self, action: Action) -> None:
        picker = self._window.picker
        if action in (Action.TOGGLE, Action.ENTER):
            picker.request_start()
        elif action is Action.SEARCH:
            picker.search.setFocus()
            picker.search.selectAll()
        elif action is Action.ESCAPE and picker.search.text():
            picker.search.clear()

    def _workout_key(self, action: Action) -> None:
        window = self._window
        session = window.session
        if action is Action.ENTER:
            if session is not None and session.segment.is_manual:
                window.command("done")
        elif action is Action.ESCAPE:
            window.request_stop()
        elif action is Action.FOCUS:
            window.toggle_focus_mode()
        else:
            command = {Action.TOGGLE: ("toggle",), Action.NEXT: ("next",),
                       Action.PREVIOUS: ("previous",), Action.RESTART: ("restart",),
                       Action.ADD_TIME: ("add_time", 10.0),
                       Action.REMOVE_TIME: ("add_time", -10.0)}.get(action)
            if command is not None:
                name, *args = command
                assert isinstance(name, str)
                window.command(name, *(float(arg) for arg in args))

    def _summary_key(self, action: Action) -> None:
        window = self._window
        if action in (Action.ENTER, Action.ESCAPE):
            window.show_picker()
        elif action is Action.RESTART:
            window.repeat()

    def _focus_inside(self) -> QWidget | None:
        window = self._window
        focus = QApplication.focusWidget()
        if focus is None or focus is window or not window.isAncestorOf(focus):
            return None
        return focus

    def offer_shortcut_to_focus(self, event: QEvent) -> bool:
        """A ShortcutOverride sent to the window: True when the focus widget claimed the key.

        Keys sent to the window itself (QTest, remote-control tools) reach the widget with the
        focus first, as typed keys do: a search field keeps its letters and spaces.
        """
        if self._forwarding:
            return False  # it came back up from the focus widget, which did not claim it
        focus = self._focus_inside()
        if focus is None:
            return False
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(focus, event)
        finally:
            self._forwarding = False
        return event.isAccepted()

    def key_press(self, event: QKeyEvent) -> None:
        """A key no shortcut took, pressed on the window: the focus widget's, else the search's."""
        event.accept()
        if self._forwarding:
            return  # it came back up from the focus widget: nobody wants it
        window = self._window
        focus = self._focus_inside()
        if focus is not None:
            self._forwarding = True
            try:
                QCoreApplication.sendEvent(focus, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text(),
                    event.isAutoRepeat(), event.count()))
            finally:
                self._forwarding = False
        elif window.page() is Page.PICKER:
            window.picker.type_into_search(event)  # typing anywhere on the picker searches
