"""The jump list (G or Ctrl+G in a workout): pick any exercise of the running routine.

An overlay over the window, not a separate dialog, so it works the same in focus mode (full
screen) and keeps the keyboard inside the window. Typing goes to the filter field; the arrow
and page keys move the choice in the list; Enter (the window's shortcut, see
:mod:`leg_timer.present.keymap`) jumps, Esc closes. The lines come from
:func:`leg_timer.present.display.jump_entries`; the text is sized from the window's height so
it reads from across the room.

Signals:
    jump_requested(int): jump to this segment of the plan.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.present.display import JumpEntry
from leg_timer.present.shortcuts import Action, key_name, keys_for
from leg_timer.ui.i18n import bind

_LIST_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
_INDEX_ROLE = Qt.ItemDataRole.UserRole


class JumpList(QWidget):
    jump_requested = Signal(int)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Jump list"))
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.card = QFrame()
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Window)
        self.title = QLabel()
        bind(self.title, self.title.setText, lambda: self.tr("Jump to an exercise"))
        self.filter = QLineEdit()
        bind(self.filter, self.filter.setAccessibleName,
             lambda: translate("Accessible", "Filter the exercises"))
        bind(self.filter, self.filter.setPlaceholderText, lambda: self.tr("Type to filter"))
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        bind(self.list, self.list.setAccessibleName,
             lambda: translate("Accessible", "Exercises of the routine"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the filter keeps the keys
        self.list.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        self.hint = QLabel()
        bind(self.hint, self.hint.setText,
             lambda: self.tr("↑ ↓ choose · {enter} jumps there · {escape} or {keys} closes")
             .format(enter=key_name(Action.ENTER), escape=key_name(Action.ESCAPE),
                     keys=keys_for(Action.JUMP)))
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint.setWordWrap(True)  # a longer language takes two lines, never cut
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(self.title)
        card_layout.addWidget(self.filter)
        card_layout.addWidget(self.list, 1)
        card_layout.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addWidget(self.card)
        parent.installEventFilter(self)
        self.hide()

    # -- what the window calls -----------------------------------------------------------

    def open_with(self, entries: list[JumpEntry]) -> None:
        """Show ``entries``, the current one chosen, with an empty filter holding the keys."""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.list.clear()
        for entry in entries:
            text = (self.tr("{exercise}   ← now").format(exercise=entry.text) if entry.current
                    else entry.text)
            item = QListWidgetItem(text)
            item.setData(_INDEX_ROLE, entry.index)
            self.list.addItem(item)
            if entry.current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._follow_parent()
        self.show()
        self.raise_()
        self.filter.setFocus()
        self.list.scrollToItem(self.list.currentItem(),
                               QListWidget.ScrollHint.PositionAtCenter)

    def close_list(self) -> None:
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus()

    def selected_index(self) -> int | None:
        """The plan segment chosen (None when the filter hides every line)."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(_INDEX_ROLE))

    def accept_selected(self) -> None:
        """Enter: jump to the chosen exercise and close (nothing chosen: only close)."""
        if not self.isVisible():
            return
        index = self.selected_index()
        self.close_list()
        if index is not None:
            self.jump_requested.emit(index)

    def visible_texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())
                if not self.list.item(row).isHidden()]

    # -- filtering and keys --------------------------------------------------------------

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        first_shown: QListWidgetItem | None = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            shown = all(word in item.text().casefold() for word in words)
            item.setHidden(not shown)
            if shown and first_shown is None:
                first_shown = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self.list.setCurrentItem(first_shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in _LIST_KEYS:
                QApplication.sendEvent(self.list, QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text()))
                return True
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._follow_parent()
        return super().eventFilter(watched, event)

    def _follow_parent(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        self.setGeometry(parent.rect())
        # Sized from the window: about 36 px text on a 1080-line screen, read from the mat.
        pixels = max(QFont(parent.font()).pixelSize(), 14, round(parent.height() / 30))
        for widget, factor in ((self.title, 1.25), (self.filter, 1.0), (self.list, 1.0),
                               (self.hint, 0.7)):
            font = QFont(self.font())
            font.setPixelSize(max(12, round(pixels * factor)))
            font.setBold(widget is self.title)
            widget.setFont(font)
        margin_x = max(8, min(240, self.width() // 8))
        margin_y = max(8, min(80, self.height() // 14))
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_list()  # a click beside the card closes it
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 150))
        painter.end()
