"""Focus is always visible (a ring in the highlight colour, light and dark), and the summary's
buttons and the shortcut overlay take the focus, so Tab and a screen reader reach them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.launch import LaunchRequest
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.theme import apply_theme
from tests.conftest import FakeClock

pytestmark = pytest.mark.usefixtures("no_running_timers")

ARTIFACTS = Path(os.environ.get("LEG_TIMER_ARTIFACTS", Path(__file__).parent.parent.parent
                                / "artifacts"))


def _ring_shown(window: MainWindow, widget: QWidget, name: str) -> bool:
    """Whether the pixels just around ``widget`` are the highlight colour (saved as a PNG)."""
    QApplication.processEvents()
    image: QImage = window.grab().toImage()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    image.save(str(ARTIFACTS / f"focus-{name}.png"))
    ring = QColor(window.palette().color(QPalette.ColorRole.Highlight))
    left = widget.mapTo(window, QPoint(0, widget.height() // 2))
    right = widget.mapTo(window, QPoint(widget.width() - 1, widget.height() // 2))

    def near(x: int, y: int) -> bool:
        seen = QColor(image.pixel(x, y))
        return abs(seen.red() - ring.red()) + abs(seen.green() - ring.green()) \
            + abs(seen.blue() - ring.blue()) < 60

    sides = [any(near(x, point.y()) for x in range(point.x() - 3, point.x() + 4)
                 if 0 <= x < image.width()) for point in (left, right)]
    return window.focus_ring.isVisible() and all(sides)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_focused_control_has_a_ring(window: MainWindow, qtbot: QtBot, theme: str) -> None:
    apply_theme(theme)
    try:
        window.picker.list.setFocus()
        qtbot.waitUntil(lambda: window.focus_ring.isVisible())
        assert _ring_shown(window, window.picker.list, f"list-{theme}")
    finally:
        apply_theme("light")


def test_tab_reaches_the_summary_buttons(window: MainWindow, qtbot: QtBot,
                                         clock: FakeClock) -> None:
    window.launch(LaunchRequest(routine="calf-cramp-relief"))
    window.command("stop")
    qtbot.waitUntil(lambda: window.summary.isVisible())
    window.summary.setFocus()
    reached = set()
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {window.summary.back_button, window.summary.repeat_button} <= reached
    window.summary.repeat_button.setFocus()
    assert _ring_shown(window, window.summary.repeat_button, "summary-button")


def test_the_overlay_takes_the_focus_and_gives_it_back(window: MainWindow,
                                                       qtbot: QtBot) -> None:
    window.picker.list.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.overlay.isVisible()
    assert QApplication.focusWidget() is window.overlay.list_area
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.overlay.isVisible()
    assert QApplication.focusWidget() is window.picker.list
