"""The list of exercises: choose one to edit; add, remove and reorder them.

Reordering works by keyboard (Alt+Up, Alt+Down in the list, or the buttons) and by drag. A
drop does not move the row itself: it asks for the move (``move_requested``), which goes
through the undo stack and the draft like every other change, and the list is redrawn from
the draft.

Delete removes the chosen exercise and Ctrl+D duplicates it (keys of the list only).

Signals:
    move_requested(int, int): move the exercise at the first row to the second.
    remove_requested(): remove the chosen exercise.
    duplicate_requested(): put a copy of the chosen exercise after it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

from leg_timer.core.translation import translate
from leg_timer.ui.i18n import bind


def drop_target(source: int, row: int, count: int) -> int:
    """Where a row dragged from ``source`` lands when dropped before row ``row`` (``count``
    rows in all; ``row == count`` drops at the end)."""
    row = max(0, min(row, count))
    return row - 1 if row > source else row


class ExerciseList(QListWidget):
    move_requested = Signal(int, int)
    remove_requested = Signal()
    duplicate_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Exercises"))
        bind(self, self.setAccessibleDescription,
             lambda: translate("Accessible", "Alt+Up and Alt+Down move the chosen exercise, "
                                           "Delete removes it, Ctrl+D duplicates it"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMinimumHeight(90)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda step=step: self.move_current(step))
        for keys, signal in (("Delete", self.remove_requested),
                             ("Ctrl+D", self.duplicate_requested)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(signal.emit)

    def move_current(self, step: int) -> None:
        row = self.currentRow()
        target = row + step
        if row >= 0 and 0 <= target < self.count():
            self.move_requested.emit(row, target)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self or self.currentRow() < 0:
            event.ignore()
            return
        index = self.indexAt(event.position().toPoint())
        indicator = self.dropIndicatorPosition()
        if not index.isValid() or indicator == QAbstractItemView.DropIndicatorPosition.OnViewport:
            row = self.count()
        elif indicator == QAbstractItemView.DropIndicatorPosition.BelowItem:
            row = index.row() + 1
        else:
            row = index.row()
        source = self.currentRow()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        target = drop_target(source, row, self.count())
        if target != source:
            self.move_requested.emit(source, target)

    def show_names(self, names: list[str]) -> None:
        """Make the rows read ``names`` (rows are only positions: no identity to keep)."""
        while self.count() > len(names):
            self.takeItem(self.count() - 1)
        while self.count() < len(names):
            self.addItem("")
        for row, name in enumerate(names):
            text = f"{row + 1}. {name}"
            item = self.item(row)
            if item.text() != text:
                item.setText(text)
