"""Accessible objects that answer with what is on screen now, computed when asked.

Qt's own objects for a ``QLabel`` give the accessible name the widget was given (a caption
such as "Exercise") and hide the text shown under it; a label that gets no caption sends a
name-changed event to the screen reader at every ``setText``, which for the countdown's labels
is every second. These objects, installed once with :func:`install`, answer instead:

* a label's name is its visible text (its caption, if any, becomes the description), read
  when the screen reader asks, so the widgets keep their captions and no event is sent;
* the workout page (:func:`set_status`) is one object whose name is the countdown's status,
  "0:43, Work, Squat, right side, round 1 of 3", worked out when asked;
* :class:`QuietBar` and the clock's face tell their value when asked and never push it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextDocumentFragment,
)
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAccessibleWidget,
    QComboBox,
    QLabel,
    QSplitterHandle,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.ui.widgets import ClockFace

StatusSource = Callable[[], str]
W = TypeVar("W", bound=QWidget)

_installed = False


def _plain(text: str) -> str:
    if "<" in text and GuiQt.mightBeRichText(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


class LabelInterface(QAccessibleWidget):
    """A label: its name is what it shows; its caption describes it."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label, QAccessible.Role.StaticText)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        label = self._label
        caption = label.accessibleName()
        shown = _plain(label.text()).strip()
        if kind == QAccessible.Text.Name:
            # An empty label says nothing (its caption would be a word not on screen); a
            # picture's caption is what it shows.
            return shown or (caption if not label.pixmap().isNull() else "")
        if kind == QAccessible.Text.Description:
            parts = [part for part in (caption if shown and caption != shown else "",
                                       label.accessibleDescription()) if part]
            return translate("Accessible", ": ").join(parts) if len(parts) > 1 else \
                "".join(parts)
        return super().text(kind)


class StatusInterface(QAccessibleWidget):
    """A widget whose name is worked out when asked (the workout page, the session bar)."""

    def __init__(self, widget: QWidget, role: QAccessible.Role, source: StatusSource) -> None:
        super().__init__(widget, role)
        self._widget = widget
        self._source = source

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._source() or self._widget.accessibleName()
        if kind == QAccessible.Text.Description:
            return self._widget.accessibleName() or self._widget.accessibleDescription()
        return super().text(kind)


class QuietBar(QWidget):
    """A thin progress bar that never announces its value (a ``QProgressBar`` sends a value
    change with every step, which screen readers speak: "5 percent... 11 percent")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum, self._maximum, self._value = 0, 100, 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def setRange(self, minimum: int, maximum: int) -> None:
        self._minimum, self._maximum = minimum, max(minimum, maximum)

    def setTextVisible(self, _visible: bool) -> None:
        """Never shows text (kept so it drops in for a QProgressBar)."""

    def setValue(self, value: int) -> None:
        value = min(self._maximum, max(self._minimum, value))
        if value != self._value:
            self._value = value
            self.update()

    def value(self) -> int:
        return self._value

    def fraction(self) -> float:
        span = self._maximum - self._minimum
        return (self._value - self._minimum) / span if span else 0.0

    def spoken_value(self) -> str:
        return translate("Accessible", "{percent}% done").format(
            percent=round(self.fraction() * 100))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        rect = self.rect()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Mid))
        done = rect.adjusted(0, 0, -round(rect.width() * (1 - self.fraction())), 0)
        painter.fillRect(done, palette.color(QPalette.ColorRole.Highlight))
        painter.end()


def decorative(widget: QWidget) -> None:
    """Leave ``widget`` out of the accessible tree: it only decorates (a flash, a handle).

    WORKAROUND: Qt has no "hidden from assistive technology" flag for widgets; the children it
    lists to a screen reader leave out focus frames, menus and widgets named ``qt_rubberband``
    (qtbase src/widgets/accessible/qaccessiblewidget.cpp, ``childWidgets``), so the widget
    takes that name.
    """
    widget.setObjectName("qt_rubberband")


def hide_decorations(window: QWidget) -> None:
    """The splitter handles under ``window`` out of the accessible tree (a screen reader
    cannot use them; the panes' sizes need no reading)."""
    for handle in window.findChildren(QSplitterHandle):
        decorative(handle)


def label_combo_boxes(window: QWidget) -> None:
    """Give each named combo box under ``window`` a label a screen reader finds.

    On Linux Qt exposes a combo box's current text as its accessible name ("All tags") and
    takes what it is from the label whose buddy it is (AT-SPI ``labelled-by``); a combo box
    named with ``setAccessibleName`` and no visible label gets a hidden one with that name.
    """
    labelled = {label.buddy() for label in window.findChildren(QLabel)}
    for combo in window.findChildren(QComboBox):
        name = combo.accessibleName()
        parent = combo.parentWidget()
        if not name or combo in labelled or parent is None:
            continue
        label = QLabel(name, parent)
        label.setBuddy(combo)
        label.hide()


def set_status(widget: QWidget, source: StatusSource) -> None:
    """``widget`` is one accessible object whose name is ``source()``, asked when read.

    Call it before anything tells a screen reader about ``widget``: Qt keeps the first
    interface it makes for an object (at its first accessibility event, once a screen reader
    is on). Calling it again only changes the source, so a widget can claim this at its
    start and be given its words later.
    """
    key = id(widget)
    if key not in _SOURCES:
        widget.destroyed.connect(lambda *_args: _SOURCES.pop(key, None))
    _SOURCES[key] = source


_SOURCES: dict[int, StatusSource] = {}


def _read_source(key: int) -> str:
    source = _SOURCES.get(key)
    return source() if source is not None else ""


_MAKERS: dict[type[QWidget], Callable[[QWidget], QAccessibleInterface]] = {}


def register(kind: type[W], make: Callable[[W], QAccessibleInterface]) -> None:
    """Objects of exactly ``kind`` get the interface ``make`` makes."""
    _MAKERS[kind] = make  # type: ignore[assignment]


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    interface: QAccessibleInterface | None = None
    make = _MAKERS.get(type(obj))  # type: ignore[arg-type]
    if make is not None and isinstance(obj, QWidget):
        interface = make(obj)
    elif isinstance(obj, QLabel):
        interface = LabelInterface(obj)
    elif isinstance(obj, QuietBar):
        interface = StatusInterface(obj, QAccessible.Role.StaticText, obj.spoken_value)
    elif isinstance(obj, QWidget) and id(obj) in _SOURCES:
        # Read through the table: set_status may give the words after Qt made this.
        interface = StatusInterface(obj, QAccessible.Role.Grouping,
                                    functools.partial(_read_source, id(obj)))
    elif isinstance(obj, ClockFace):
        interface = StatusInterface(obj, QAccessible.Role.StaticText, obj.text)
    if interface is not None:
        # Qt's accessibility cache deletes the interface with its object; the Python side is
        # kept, never dropped first (PySide would delete the C++ object under the cache).
        _KEEP.append(interface)
    return interface


_KEEP: list[QAccessibleInterface] = []


def install() -> None:
    """Use these objects from now on (once per process; before any window is shown)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
