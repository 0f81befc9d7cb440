"""The ``?`` overlay: every keyboard shortcut, over a dimmed window.

It is drawn from :data:`leg_timer.present.shortcuts.SHORTCUTS`, the same list the window binds and
``docs/shortcuts.md`` is written from. It covers its parent and follows its size; a click or
Esc, ``?`` or F1 (handled by the window) hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QHideEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.present.shortcuts import SHORTCUTS, Action, key_name, keys_for, where
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind, on_language_change


class ShortcutOverlay(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Keyboard shortcuts"))
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.card = QFrame()
        self.card.setObjectName("overlayCard")
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setBackgroundRole(QPalette.ColorRole.Window)
        title = QLabel()
        bind(title, title.setText, lambda: self.tr("Keyboard shortcuts"))
        bind(title, title.setAccessibleName,
             lambda: translate("Accessible", "Keyboard shortcuts title"))
        font = QFont(title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.rows: list[tuple[str, str, str]] = []
        self._row_labels: list[tuple[QLabel, QLabel, QLabel]] = []
        for row, shortcut in enumerate(SHORTCUTS):
            keys = QLabel(shortcut.keys_text)
            bold = QFont(keys.font())
            bold.setBold(True)
            keys.setFont(bold)
            description = QLabel(shortcut.description)
            description.setWordWrap(True)
            place = QLabel(where(shortcut))
            place.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            for column, label in enumerate((keys, description, place)):
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                grid.addWidget(label, row, column)
            self.rows.append((shortcut.keys_text, shortcut.description, where(shortcut)))
            self._row_labels.append((keys, description, place))
        on_language_change(self, self._word_rows)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(SHORTCUTS), 1)
        scroll = QScrollArea()
        self.list_area = scroll
        self._focus_before: QWidget | None = None
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bind(scroll, scroll.setAccessibleName, lambda: translate("Accessible", "Shortcut list"))
        scroll.setAccessibleDescription(self.text_hint())
        scroll.setWidget(grid_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        closing = QLabel()
        bind(closing, closing.setText, lambda: self.tr("{escape}, {keys} closes this list").format(
            escape=key_name(Action.ESCAPE), keys=keys_for(Action.HELP)))
        closing.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        card_layout = QVBoxLayout(self.card)
        card_layout.addWidget(title)
        card_layout.addWidget(scroll, 1)
        card_layout.addWidget(closing)
        outer = QVBoxLayout(self)
        outer.addWidget(self.card)
        parent.installEventFilter(self)
        self.hide()

    def _word_rows(self) -> None:
        """The table again in the language now chosen (present/shortcuts words it)."""
        self.rows = [(shortcut.keys_text, shortcut.description, where(shortcut))
                     for shortcut in SHORTCUTS]
        for (keys, description, place), words in zip(self._row_labels, self.rows, strict=True):
            for label, text in zip((keys, description, place), words, strict=True):
                label.setText(text)

    @staticmethod
    def text_hint() -> str:
        return translate("Accessible", "Every keyboard shortcut: keys, what they do, where")

    def text(self) -> str:
        """Every row as ``keys: description (where)``, one a line (for tests and screen readers)."""
        return "\n".join(f"{keys}: {text} ({place})" for keys, text, place in self.rows)

    def show_over_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            self._fit_card()
        self.show()
        self.raise_()
        # The focus goes into the list (a screen reader reads it there, and Tab walks it);
        # it returns to where it was when the overlay closes.
        self._focus_before = QApplication.focusWidget()
        self.list_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        before = getattr(self, "_focus_before", None)
        self._focus_before = None
        if before is not None and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_card(self) -> None:
        margin_x = max(8, min(120, self.width() // 10))
        margin_y = max(8, min(60, self.height() // 14))
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
                self._fit_card()
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.scrim(self.palette()))
        painter.end()
