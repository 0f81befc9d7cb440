"""The picker's contents (broken files, ranges, totals), the smallest window, accessible names,
the docs table of shortcuts, and settings that cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from leg_timer.present import shortcuts
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MINIMUM_SIZE, MainWindow
from leg_timer.ui.pages.routine_row import TOTAL_ROLE
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.widgets import ClockFace, FitLabel
from tests.conftest import FakeClock
from tests.ui.conftest import WindowFactory

pytestmark = pytest.mark.usefixtures("no_running_timers")

DOCS = Path(__file__).parent.parent.parent / "docs"
BROKEN = """\
version: 1
name: Broken one
exercises:
  - name: Squat
    work: forty seconds
"""


def test_broken_user_routine_is_listed_with_its_problems(make_window: WindowFactory,
                                                         user_dir: Path, qtbot: QtBot) -> None:
    (user_dir / "mine.yaml").write_text(BROKEN, encoding="utf-8")
    window = make_window()
    picker = window.picker
    assert "broken:0" in picker.visible_keys()
    assert picker.select("broken:0")
    assert picker.details.name_label.text() == "Cannot load mine.yaml"
    assert "mine.yaml:5:11:" in picker.details.info_label.text()
    assert "forty seconds" in picker.details.info_label.text()
    assert not picker.start_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # nothing to start
    assert window.page() is Page.PICKER
    picker.search.setText("forty")  # its problems are searchable too
    assert picker.visible_keys() == ["broken:0"]


def test_parameters_show_their_range_and_unit(window: MainWindow) -> None:
    window.picker.select("legs-up-the-wall")
    details = window.picker.details
    box = details.spin_boxes["minutes"]
    assert (box.text(), box.accessibleName()) == ("10 min", "Minutes in the pose")
    ranges = [label.text() for label in details.findChildren(QLabel)
              if label.accessibleName() == "Minutes in the pose: allowed values"]
    assert ranges == ["5–20 min"]
    window.picker.select("calf-cramp-relief")
    hold = window.picker.details.spin_boxes["wall_hold"]
    assert hold.text() == "20 s"
    hold.setValue(hold.maximum())
    assert hold.unit_value() == 30.0
    assert window.picker.details.total_label.text().startswith("Total 3:45 ·")
    assert window.picker.row_data("calf-cramp-relief", TOTAL_ROLE) == "3:45"  # the row too


def test_every_control_has_an_accessible_name(window: MainWindow, qtbot: QtBot,
                                              clock: FakeClock) -> None:
    controls = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
                QProgressBar, ClockFace)

    def unnamed() -> list[str]:
        missing = []
        for widget in window.findChildren(QWidget):
            if widget.objectName().startswith("qt_") or inside_a_control(widget):
                continue  # Qt's own parts of a spin box, combo box, line edit, scroll area
            if isinstance(widget, controls) and not widget.accessibleName():
                missing.append(f"{type(widget).__name__} {widget.objectName()}")
        return missing

    for routine in ("mini-band-circuit", "squat-100", "legs-up-the-wall"):
        window.picker.select(routine)
        assert unnamed() == []
    qtbot.keyClick(window, Qt.Key.Key_Return)
    assert unnamed() == []


def inside_a_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox | QLineEdit):
            return True
        parent = parent.parentWidget()
    return False


def fits(label: FitLabel | QLabel) -> bool:
    text = label.full_text() if isinstance(label, FitLabel) else label.text()
    if not text or not label.isVisibleTo(label.window()) or label.wordWrap():
        return True
    width = QFontMetricsF(label.font()).horizontalAdvance(text)
    return width <= label.contentsRect().width() + 1


def test_usable_at_the_minimum_size(make_window: WindowFactory, qtbot: QtBot,
                                    clock: FakeClock) -> None:
    window = make_window(size=(300, 200))
    assert window.size() == QSize(*MINIMUM_SIZE)  # it will not go smaller
    QApplication.processEvents()
    assert window.centralWidget().minimumSizeHint().height() <= MINIMUM_SIZE[1]
    assert window.picker.start_button.isVisibleTo(window)
    assert window.picker.splitter.orientation() is Qt.Orientation.Vertical

    window.picker.select("mini-band-circuit")
    qtbot.keyClick(window, Qt.Key.Key_Return)
    clock.advance(10)
    assert window.driver is not None
    window.driver.poke()
    QApplication.processEvents()
    assert window.size() == QSize(*MINIMUM_SIZE)
    view = window.countdown
    for label in (view.banner, view.side_label, view.counters_label, view.next_label,
                  view.elapsed_label, view.remaining_label, view.hint_label):
        assert fits(label), f"{label.accessibleName()} is clipped: {label.text()!r}"
    assert view.name_label.text() == "Quadruped hip extension"  # shrunk, not elided
    digits = view.clock
    bounds = QFontMetricsF(digits.digits_font()).tightBoundingRect("10:00")
    assert bounds.width() <= digits.width() and bounds.height() <= digits.digits_rect().height()
    assert bounds.height() >= 60  # still big: the smallest window keeps readable digits

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert view.paused_label.isVisibleTo(window) and fits(view.paused_label)
    assert window.size() == QSize(*MINIMUM_SIZE)
    for _ in range(50):
        qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.page() is Page.SUMMARY
    QApplication.processEvents()
    assert window.size() == QSize(*MINIMUM_SIZE)
    for label in window.summary.findChildren(QLabel):
        assert fits(label), label.text()


def test_digits_grow_with_the_window(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(size=(640, 480))
    qtbot.keyClick(window, Qt.Key.Key_Return)
    small = window.countdown.clock.digits_font().pixelSize()
    window.resize(1600, 1000)
    QApplication.processEvents()
    large = window.countdown.clock.digits_font().pixelSize()
    assert large > small * 1.8
    assert large >= 300  # about 8 cm tall on a 96 dpi screen: readable across a room


def test_docs_table_is_the_overlay_table() -> None:
    assert (DOCS / "shortcuts.md").read_text(encoding="utf-8") == shortcuts.markdown()


def test_every_key_is_bound_once() -> None:
    keys = [key for shortcut in shortcuts.SHORTCUTS for key in shortcut.keys]
    assert len(keys) == len(set(keys))
    assert {shortcut.action for shortcut in shortcuts.SHORTCUTS} == set(shortcuts.Action)


def test_unreadable_settings_are_set_aside(settings_file: Path, make_window: WindowFactory
                                           ) -> None:
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_bytes(b"[picker\nlast_routine=knee-clamp\n")  # an unclosed [section
    window = make_window()
    settings = window.settings
    assert settings.set_aside is not None
    assert settings.set_aside.read_bytes() == b"[picker\nlast_routine=knee-clamp\n"
    assert settings.last_routine != "knee-clamp"
    notice = window.picker.notice_label
    assert notice.isVisibleTo(window)
    assert "could not be read" in notice.text() and str(settings.set_aside) in notice.text()
    window.close()
    assert AppSettings(settings_file).set_aside is None  # a good file was written in its place
