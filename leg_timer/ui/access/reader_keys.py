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

The bridge also holds each key press it hands over until the screen reader answers (a D-Bus
round trip), then posts it again. A shortcut key pressed meanwhile is matched at once, before
the keys still held: typing "short" and Enter quickly started the routine the first letters
found, and the "r" then arrived on the workout page as "restart". So the watcher keeps, in
order, the keys whose press has not reached a widget yet; while any are held, a new key's
shortcut waits too (its ``ShortcutOverride`` is accepted at the window), its press queues
behind the others, and Qt matches the shortcut when the press is posted back. A press that
comes straight from the window system instead (the bridge did not take it) is sent again as
an ordinary one, which Qt matches against the shortcuts, so a waiting key is never lost. A key
the screen reader keeps for itself never comes back: it is forgotten after
:data:`HELD_KEY_FORGOTTEN_S`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QShortcutEvent, QWindow
from PySide6.QtWidgets import QWidget

_TYPING_KEYS = frozenset({
    Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5,
    Qt.Key.Key_6, Qt.Key.Key_7, Qt.Key.Key_8, Qt.Key.Key_9, Qt.Key.Key_Period,
    Qt.Key.Key_Comma,
})
_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
_WATCHED = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                      QEvent.Type.ShortcutOverride, QEvent.Type.Shortcut})
# A held key whose press has not come back by then was kept by the screen reader (Orca's own
# commands): forget it. Qt's bridge gives up on the screen reader's answer long before this.
HELD_KEY_FORGOTTEN_S = 1.0


@dataclass
class _Held:
    key: int
    until: float  # forgotten after this (monotonic seconds)
    waiting: bool  # its shortcut was made to wait for the keys before it


class ReaderKeys(QObject):
    """Knows whether Insert (the screen reader's modifier) is held, and keeps key presses in
    the order they were typed while the screen reader holds some (see the module's text): an
    application event filter that takes a key only to let it through later, in its turn."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.insert_held = False
        self._clock: Callable[[], float] = time.monotonic  # tests put a fake one here
        self._held: list[_Held] = []  # oldest first
        # A press reaches the window, then the focus widget, then maybe its parents: it is
        # counted at the first widget after the window.
        self._press_at_window = False

    @property
    def held_keys(self) -> list[int]:
        """The keys typed whose press has not reached a widget yet, oldest first."""
        return [held.key for held in self._held]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _WATCHED:
            return False
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent) \
                and event.key() == Qt.Key.Key_Insert and not event.isAutoRepeat():
            self.insert_held = kind == QEvent.Type.KeyPress
        if kind == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            return self._on_override(watched, event)
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._on_press(watched, event)
        if kind == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent):
            self._on_shortcut(event)
        return False

    def _on_override(self, watched: QObject, event: QKeyEvent) -> bool:
        """A key typed (the window system's first word of it): held until its press arrives;
        its shortcut waits if keys typed before it are still held."""
        if not (event.spontaneous() and isinstance(watched, QWindow)) or not QAccessible.isActive():
            return False
        now = self._clock()
        self._held = [held for held in self._held if held.until > now]
        waiting = bool(self._held)
        self._held.append(_Held(event.key(), now + HELD_KEY_FORGOTTEN_S, waiting))
        if waiting:
            event.accept()  # no shortcut now: the press queues behind the keys held
        return waiting

    def _on_press(self, watched: QObject, event: QKeyEvent) -> bool:
        """A press reached a widget: that key is no longer held. A waiting key's press that
        came straight from the window system is sent again, so its shortcut is matched."""
        if isinstance(watched, QWindow):
            self._press_at_window = True
            return False
        if not (self._press_at_window and isinstance(watched, QWidget)):
            return False  # a parent's turn, or a press the app itself sent to a widget
        self._press_at_window = False
        held = next((each for each in self._held if each.key == event.key()), None)
        if held is None:
            return False
        self._held.remove(held)
        if not (held.waiting and event.spontaneous()):
            return False
        window: QWindow | None = watched.window().windowHandle()
        if window is None:  # not on screen (the press came, so it is, but no guessing)
            return False
        QCoreApplication.sendEvent(window, QKeyEvent(
            event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
            event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
            event.isAutoRepeat(), event.count()))
        return True

    def _on_shortcut(self, event: QShortcutEvent) -> None:
        """A shortcut fired: its key's press will never come, so it is no longer held."""
        self._press_at_window = False
        sequence = event.key()
        if sequence.isEmpty():
            return
        key = sequence[0].key()  # type: ignore[index]  # PySide6's stubs lack __getitem__
        held = next((each for each in self._held if each.key == key), None)
        if held is not None:
            self._held.remove(held)

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
