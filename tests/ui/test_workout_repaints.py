"""What a second of a running workout repaints (issue 15, CPU): only what changed.

Each second the digits, the bar under them, the time done and left and the session bar
change. Nothing else on the page may repaint, the window's layout may not run again, and the
clock repaints its digits and bar, not its whole face; what ends up on screen is still the
same as a fresh full paint.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QImage, QPaintEvent, QRegion
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.usefixtures("no_running_timers")

SIZE = (1024, 720)  # the window's default size


class Events(QObject):
    """Paint events (with their regions) and layout requests, per widget."""

    def __init__(self) -> None:
        super().__init__()
        self.paints: dict[QWidget, list[QRegion]] = defaultdict(list)
        self.layouts: Counter[QWidget] = Counter()

    def clear(self) -> None:
        self.paints.clear()
        self.layouts.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget):
            if event.type() == QEvent.Type.Paint:
                assert isinstance(event, QPaintEvent)
                self.paints[watched].append(QRegion(event.region()))
            elif event.type() == QEvent.Type.LayoutRequest:
                self.layouts[watched] += 1
        return False


@pytest.fixture
def events() -> Iterator[Events]:
    spy = Events()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(spy)
    yield spy
    app.removeEventFilter(spy)


def area(region: QRegion) -> int:
    return sum(rect.width() * rect.height() for rect in region)


def second(window: MainWindow, qtbot: QtBot, clock: FakeClock, events: Events,
           seconds: float = 1) -> None:
    """Move the clock on, let the driver update the page and wait for Qt to paint it."""
    face = window.countdown.clock
    shown, painted = face.text(), len(events.paints[face])
    clock.advance(seconds)
    assert window.driver is not None
    window.driver.poke()
    assert face.text() != shown
    # One pass paints every widget marked dirty, the clock among them.
    qtbot.waitUntil(lambda: len(events.paints[face]) > painted)
    QApplication.processEvents()


@pytest.fixture
def workout(make_window: WindowFactory, qtbot: QtBot, clock: FakeClock,
            events: Events) -> MainWindow:
    """The mini-band circuit two seconds into its first exercise (no boundary for a while)."""
    window = make_window(size=SIZE)
    window.picker.select("mini-band-circuit")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert window.session is not None and window.page() is Page.WORKOUT
    second(window, qtbot, clock, events, 12)  # 10 s to get ready
    second(window, qtbot, clock, events)
    assert window.countdown.banner.text() == "WORK"
    # The start cue, unheard in tests, flashed a frame over the page: let it end.
    qtbot.waitUntil(lambda: not window.countdown.flashing)
    return window


def test_a_second_repaints_only_what_changed(workout: MainWindow, qtbot: QtBot,
                                             clock: FakeClock, events: Events) -> None:
    view = workout.countdown
    changing = {view.clock, view.elapsed_label, view.remaining_label, view.session_bar}
    events.clear()
    for _ in range(3):
        second(workout, qtbot, clock, events)
    assert workout.countdown.banner.text() == "WORK"  # still the same exercise
    # Widgets are painted for what changed in them or, under it, in a child (a window's
    # background shows through its children), and the focus ring over the page where the
    # page changed under it.
    painted = set(events.paints)
    holders = {widget for widget in painted
               if any(widget.isAncestorOf(child) for child in changing)
               or isinstance(widget, QFocusFrame)}
    assert {widget.objectName() or type(widget).__name__
            for widget in painted - changing - holders} == set()
    assert {view.clock, view.elapsed_label, view.remaining_label} <= painted
    # The texts that change keep their width: the window is not laid out again.
    assert not events.layouts
    # The clock repaints its digits and bar, not the space around them; the window, only
    # the parts that changed (a third of it before, the whole clock among them).
    face_area = view.clock.width() * view.clock.height()
    assert all(area(region) < 0.6 * face_area for region in events.paints[view.clock])
    window_area = workout.width() * workout.height()
    assert all(area(region) < 0.25 * window_area for region in events.paints[workout])


def test_what_is_on_screen_is_a_full_paint(workout: MainWindow, qtbot: QtBot,
                                           clock: FakeClock, events: Events) -> None:
    # Seconds where the digits' ink changes width (0:10 to 0:09) as well, and so the bar's.
    for _ in range(3):
        second(workout, qtbot, clock, events)
    second(workout, qtbot, clock, events, 27)
    assert workout.countdown.clock.text() == "0:12"
    for _ in range(4):
        second(workout, qtbot, clock, events)
    screen = workout.screen()
    on_screen = screen.grabWindow(workout.winId()).toImage()
    fresh = workout.grab().toImage()
    fmt = QImage.Format.Format_RGB32
    assert on_screen.convertToFormat(fmt) == fresh.convertToFormat(fmt)
