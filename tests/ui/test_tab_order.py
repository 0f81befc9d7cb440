"""Tab follows the reading order: on the picker the search, the tag filter, the list, the
details pane (its description, each adjustable value, the exercises' text), then the buttons
left to right; on the summary the page, then its two buttons. Real Tab presses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.launch import LaunchRequest
from tests.ui.conftest import WindowFactory


def tab_walk(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    start.setFocus()
    QApplication.processEvents()
    seen: list[QWidget] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        QApplication.processEvents()
    return seen


def test_the_picker_in_reading_order(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    picker = window.picker
    assert picker.select("squat-100")  # three adjustable values
    details = picker.details
    boxes = list(details.spin_boxes.values())
    assert len(boxes) == 3
    expected = [picker.search, picker.tag_filter, picker.list, details.description_label,
                *boxes, details.info_label, picker.history_button, picker.folder_button,
                picker.start_button, picker.search]  # the reset button is off: skipped
    assert tab_walk(qtbot, picker.search, len(expected)) == expected
    # Another routine's boxes are new widgets: still in their place.
    assert picker.select("legs-up-the-wall")
    minutes = details.spin_boxes["minutes"]
    walked = tab_walk(qtbot, picker.list, 4)
    assert walked[:3] == [picker.list, details.description_label, minutes]


def test_the_summary_buttons(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    window.launch(LaunchRequest(routine="legs-up-the-wall"))
    window.command("stop")
    QApplication.processEvents()
    summary = window.summary
    assert summary.isVisible()
    # The page itself is where the focus lands when it appears (a screen reader reads
    # "Workout summary" there), then its buttons left to right, and round again.
    walked = tab_walk(qtbot, summary, 4)
    assert walked == [summary, summary.back_button, summary.repeat_button, summary]
