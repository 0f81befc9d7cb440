"""Keys keep the order they were typed in while a screen reader holds some of them.

Qt's AT-SPI bridge takes each key press from the window system, asks the screen reader about
it over D-Bus and posts it again when the answer comes; a shortcut key is matched before any
press exists, so it used to overtake the keys still held. In the AT-SPI end-to-end test,
typing "short" then Enter started the routine "s" found, and "r" then asked to restart it.

:class:`FakeBridge` does what the bridge does (holds the window system's presses, posts them
back when told); the keys are sent as the window system sends them (QTest on the QWindow).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leg_timer.present.shortcuts import Page
from leg_timer.ui.access import reader_keys as reader_keys_module
from leg_timer.ui.access.reader_keys import reader_keys
from leg_timer.ui.main_window import MainWindow
from tests.ui.conftest import WindowFactory, user_routine, wait_listed

pytestmark = pytest.mark.usefixtures("no_running_timers")

Key = Qt.Key

class FakeBridge(QObject):
    """Holds the key presses that come from the window system, as Qt's AT-SPI bridge does
    while it waits for the screen reader; :meth:`answer` posts them back, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.holding = True
        self.held: list[tuple[QObject, QKeyEvent]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.holding and event.spontaneous() and isinstance(event, QKeyEvent)
                and event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)):
            self.held.append((watched, QKeyEvent(
                event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
                event.isAutoRepeat(), event.count())))
            return True
        return False

    def answer(self, *, consumed: int = 0) -> None:
        """The screen reader's answers: the first ``consumed`` presses it keeps, the rest
        come back."""
        held, self.held = self.held, []
        presses = 0
        for target, event in held:
            if event.type() == QEvent.Type.KeyPress:
                presses += 1
                if presses <= consumed:
                    continue
            QCoreApplication.postEvent(target, event)


@pytest.fixture(autouse=True)
def nothing_held(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no key held (the watcher is one for the application)."""
    monkeypatch.setattr(reader_keys(), "_held", [])


@pytest.fixture
def bridge(qapp: QApplication) -> Iterator[FakeBridge]:
    reader_keys()  # installed first: the bridge starts later and its filter runs first
    fake = FakeBridge()
    QAccessible.setActive(True)
    qapp.installEventFilter(fake)
    try:
        yield fake
    finally:
        qapp.removeEventFilter(fake)
        QAccessible.setActive(False)


@pytest.fixture
def window(make_window: WindowFactory, user_dir: Path) -> MainWindow:
    # "s" finds a built-in first; only the whole word finds this one.
    (user_dir / "short-check.yaml").write_text(user_routine("Short check"))
    made = make_window()
    made.picker.list.setFocus()
    return made


def _type(window: MainWindow, keys: list[Key]) -> None:
    handle: QWindow = window.windowHandle()
    for key in keys:
        QTest.keyClick(handle, key)  # through the window system's door: spontaneous


WORD = [Key.Key_S, Key.Key_H, Key.Key_O, Key.Key_R, Key.Key_T]


def test_enter_waits_for_the_letters_the_screen_reader_holds(window: MainWindow,
                                                             bridge: FakeBridge,
                                                             qtbot: QtBot) -> None:
    wait_listed(window, qtbot)
    _type(window, [*WORD, Key.Key_Return])
    assert window.page() is Page.PICKER and window.driver is None  # Enter waited
    bridge.answer()
    qtbot.waitUntil(lambda: window.page() is Page.WORKOUT)
    assert window.picker.search.text() == "short"
    session = window.session
    assert session is not None and session.plan.routine.name == "Short check"
    qtbot.wait(20)  # nothing else arrives: no "r" asking to restart, nothing held
    assert window.session is session and reader_keys().held_keys == []


def test_a_waiting_key_the_bridge_lets_through_still_works(window: MainWindow,
                                                          bridge: FakeBridge,
                                                          qtbot: QtBot) -> None:
    wait_listed(window, qtbot)
    _type(window, WORD)
    bridge.answer()
    qtbot.waitUntil(lambda: window.picker.search.text() == "short")
    _type(window, [Key.Key_Q])  # held, and to be kept by the screen reader
    bridge.holding = False  # then it stops listening for keys: presses come straight
    _type(window, [Key.Key_Return])  # waits behind the "q"; its press comes straight
    assert window.page() is Page.WORKOUT  # matched all the same
    session = window.session
    assert session is not None and session.plan.routine.name == "Short check"
    bridge.answer(consumed=1)
    assert reader_keys().held_keys == [Key.Key_Q]  # until it is forgotten


def test_a_key_the_screen_reader_keeps_is_forgotten(window: MainWindow, bridge: FakeBridge,
                                                    qtbot: QtBot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(reader_keys(), "_clock", lambda: now[0])
    _type(window, [Key.Key_Q])
    bridge.answer(consumed=1)  # Orca's own command: it never comes back
    assert reader_keys().held_keys != []
    now[0] += reader_keys_module.HELD_KEY_FORGOTTEN_S + 0.1
    bridge.holding = False
    _type(window, [Key.Key_Return])  # matched at once, as without a screen reader
    assert window.page() is Page.WORKOUT


def test_without_a_screen_reader_nothing_is_held(window: MainWindow, qtbot: QtBot) -> None:
    wait_listed(window, qtbot)
    _type(window, [*WORD, Key.Key_Return])
    assert reader_keys().held_keys == []
    session = window.session
    assert session is not None and session.plan.routine.name == "Short check"
