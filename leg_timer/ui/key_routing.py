"""Keys that reach the window itself: handed to the widget with the focus, as typed keys are.

A workout is run from the keyboard (or a wireless keypad) with the mouse out of reach, so every
shortcut is a window-wide ``QShortcut`` (what it means on each page is
:mod:`leg_timer.present.keymap`'s table). Window-wide shortcuts would also swallow keys that
belong to a text field, and keys sent to the window itself (QTest, remote-control and keypad
tools) would never reach the widget with the focus. So :class:`FocusForwarder` first offers
such keys to the focus widget, the way typed keys go, and hands a key nobody wanted to
``on_stray_key`` (on the picker: typing anywhere searches).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class FocusForwarder:
    """Offers the keys sent to ``window`` to its focus widget first."""

    def __init__(self, window: QWidget, on_stray_key: Callable[[QKeyEvent], None]) -> None:
        self._window = window
        self._on_stray_key = on_stray_key
        self._forwarding = False  # a key is being handed to the focus widget

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
        """A key no shortcut took, pressed on the window: the focus widget's, else stray."""
        event.accept()
        if self._forwarding:
            return  # it came back up from the focus widget: nobody wants it
        focus = self._focus_inside()
        if focus is None:
            self._on_stray_key(event)
            return
        self._forwarding = True
        try:
            QCoreApplication.sendEvent(focus, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.text(),
                event.isAutoRepeat(), event.count()))
        finally:
            self._forwarding = False
