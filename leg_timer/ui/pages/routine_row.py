"""How a routine is drawn in the picker's list: two lines a row, the name and total time, then
the description (or where the file comes from), elided. The row's data roles are here too, the
filter between the rows and the view (the view, and so a screen reader, which counts and walks
the view's model, has only the rows the search and the tag filter let through), and the view
itself, which tells of its first paint and of right-clicks on its rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from leg_timer.ui import theme

KEY_ROLE = Qt.ItemDataRole.UserRole  # the routine's id, or "broken:N"
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 1  # the total time shown on the right
LINE_ROLE = Qt.ItemDataRole.UserRole + 2  # the second line
ORIGIN_ROLE = Qt.ItemDataRole.UserRole + 3  # "built-in" or the user's file

Index = QModelIndex | QPersistentModelIndex


class RoutineFilter(QSortFilterProxyModel):
    """The rows ``accepts`` lets through (it is given a row of the source model), in the source
    model's order (the picker inserts each row in its sorted place). Rows are filtered as they
    are inserted, and all of them again only on :meth:`refilter` (one pass per change of the
    search or the tag, not one per row's change of data)."""

    def __init__(self, accepts: Callable[[int], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepts = accepts
        self.setDynamicSortFilter(False)  # a row's words or total never change whether it shows

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return self._accepts(source_row)

    def refilter(self) -> None:
        """Filter every row again (the search or the tag changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class RoutineList(QListView):
    """The picker's list of routines. What happens on its viewport (the area the rows are
    drawn in) is handled here, in :meth:`viewportEvent`, where Qt passes every viewport event
    on to the view, so nothing asks for ``viewport()`` before the first paint: the first
    Python object PySide6 makes for a widget Qt made itself (the viewport is one) first
    builds the Python type of every QWidget subclass in QtWidgets, about 20 ms of the
    start-up (docs/performance.md).

    Signals:
        painted(): the rows were drawn for the first time (the window is on screen).
    """

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._painted = False
        # A right-click on the rows (the window's Routine menu): True if it was handled;
        # None, or False returned: the view's own handling.
        self.on_context_menu: Callable[[QContextMenuEvent], bool] | None = None

    def viewportEvent(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)
                and self.on_context_menu is not None and self.on_context_menu(event)):
            return True
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.painted.emit()
        return handled


class RoutineDelegate(QStyledItemDelegate):
    """Two lines a row: the name and total time, then the description, elided."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 16)

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the words are drawn by paint, on two lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        # Qt's own paint draws the row's background, selection and focus (without the words:
        # initStyleOption), and whether the row is selected is asked of the view: reading the
        # style or the option's state here would make PySide6 build the Python type of QStyle,
        # with its hundreds of enum values, about 12 ms before the first paint
        # (docs/performance.md).
        super().paint(painter, option, index)
        view_option = QStyleOptionViewItem(option)
        self.initStyleOption(view_option, index)
        view = view_option.widget
        selected = (isinstance(view, QAbstractItemView)
                    and view.selectionModel().isSelected(index))
        palette: QPalette = view_option.palette
        role = (QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        text_color = palette.color(role)
        quiet = text_color if selected else theme.secondary_text(palette)
        rect = view_option.rect.adjusted(10, 6, -10, -6)
        base: QFont = view_option.font
        bold = QFont(base)
        bold.setBold(True)
        line_h = QFontMetrics(base).height()
        total = str(index.data(TOTAL_ROLE) or "")
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_color)
        total_w = QFontMetrics(bold).horizontalAdvance(total)
        top = rect.adjusted(0, 0, 0, -(rect.height() - line_h))
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, total)
        name_rect = top.adjusted(0, 0, -(total_w + 12), 0)
        name = QFontMetrics(bold).elidedText(str(index.data()), Qt.TextElideMode.ElideRight,
                                              name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)
        painter.setFont(base)
        painter.setPen(quiet)
        bottom = rect.adjusted(0, line_h + 2, 0, 0)
        line = QFontMetrics(base).elidedText(str(index.data(LINE_ROLE) or ""),
                                             Qt.TextElideMode.ElideRight, bottom.width())
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, line)
        painter.restore()
