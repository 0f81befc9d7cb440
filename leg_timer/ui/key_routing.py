"""Keys that reach the window itself: handed to the widget with the focus, as typed keys are.

A workout is run from the keyboard (or a wireless keypad) with the mouse out of reach, so every
shortcut is a window-wide ``QShortcut`` (what it means on each page is
:mod:`leg_timer.present.keymap`'s table). Window-wide shortcuts would also swallow keys that
belong to a text field, and keys sent to the window itself (QTest, remote-control and keypad
tools) would never reach the widget with the focus. So :class:`FocusForwarder` first offers
such keys to the focus widget, the way typed keys go, and hands a key nobody wanted to
``on_stray_key`` (on the picker: typing anywhere searches).

Ctrl keys are the exception, except the editing keys every text field has (undo, copy, select
all...): a field's Emacs-style bindings (Ctrl+E, end of line, on X11) would otherwise take keys
the shortcut table promises everywhere on the page (Ctrl+E edits the selected routine).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# What a text field keeps even with Ctrl held (the window has Ctrl+Z too: on the list only).
FIELD_KEYS = (
    QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll,
    QKeySequence.StandardKey.MoveToNextWord, QKeySequence.StandardKey.MoveToPreviousWord,
    QKeySequence.StandardKey.SelectNextWord, QKeySequence.StandardKey.SelectPreviousWord,
    QKeySequence.StandardKey.DeleteStartOfWord, QKeySequence.StandardKey.DeleteEndOfWord,
    QKeySequence.StandardKey.MoveToStartOfDocument, QKeySequence.StandardKey.MoveToEndOfDocument,
)


def window_first(event: QEvent) -> bool:
    """Whether a Ctrl key goes to the window's shortcuts before the focus widget."""
    if not isinstance(event, QKeyEvent):
        return False
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    return not any(event.matches(key) for key in FIELD_KEYS)


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
        if self._forwarding or window_first(event):
            return False  # back up from the focus widget, which did not claim it; or a Ctrl key
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
