"""The screen reader's own keys: with a screen reader listening, the app leaves them alone.

Qt's AT-SPI bridge hands key presses to the screen reader from an application event filter
on ``QEvent.KeyPress`` (``QSpiApplicationAdaptor``): Orca sees the key, consumes it or gives
it back. But a window-wide ``QShortcut`` is matched before any ``KeyPress`` exists: Qt sends a
``ShortcutOverride`` to the focus widget, and when nobody accepts it the shortcut fires and
the key press is never delivered, so the bridge never sees it and the screen reader never
hears of the key. Qt also matches a number-pad key against a shortcut of the same key without
the number pad (KP_Enter is "Enter", KP_Add is "+", KP_Right with Num Lock off is "Right"), so
Orca's desktop layout (KP_Enter "where am I", KP_Add "say all", KP_Right flat review) started
routines, added time and skipped segments.

So, while a screen reader is active (``QAccessible.isActive()``), the window accepts the
``ShortcutOverride`` of these keys (no shortcut fires; the key press goes on through the
bridge to the screen reader) and then does nothing with them if the screen reader gives them
back:

* number-pad keys other than the digits and the decimal point (Num Lock on: those type);
* every key while Insert is held (Insert, on the main keys or the number pad, is Orca's
  modifier in the desktop layout).

Without a screen reader the number pad works as the shortcut table says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent

_TYPING_KEYS = frozenset({
    Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
    Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_Period,
    Qt.Key.Key_Comma,
})
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class ReaderKeys(QObject):
    """Knows whether Insert (the screen reader's modifier) is held: an application event
    filter that only looks, never takes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.insert_held = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _KEY_EVENTS and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Insert and not event.isAutoRepeat():
            self.insert_held = event.type() == QEvent.Type.KeyPress
        return False

    def leaves(self, event: QEvent, *, active: bool | None = None) -> bool:
        """Whether ``event`` (a key) belongs to the screen reader; ``active`` stands in for
        ``QAccessible.isActive()`` (tests)."""
        if not isinstance(event, QKeyEvent):
            return False
        if not (QAccessible.isActive() if active is None else active):
            return False
        if self.insert_held or event.key() == Qt.Key.Key_Insert:
            return True
        keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
        return keypad and Qt.Key(event.key()) not in _TYPING_KEYS


_instance: ReaderKeys | None = None


def reader_keys() -> ReaderKeys:
    """The one watcher of the application (installed on first use)."""
    global _instance
    if _instance is None:
        app = QCoreApplication.instance()
        _instance = ReaderKeys(app)
        if app is not None:
            app.installEventFilter(_instance)
    return _instance
