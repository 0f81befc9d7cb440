"""The page shown when a workout ends: what was done, and where to go next.

Signals:
    back_requested(): back to the routine list (Enter or Esc).
    repeat_requested(): the same workout again (R).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.present.display import SummaryDisplay
from leg_timer.present.shortcuts import Action, key_name
from leg_timer.ui.i18n import bind


class SummaryView(QWidget):
    back_requested = Signal()
    repeat_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Workout summary"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.finished = True  # the session shown finished (False: it was stopped)
        self.heading_label = QLabel(self.tr("Workout complete"))
        self.heading_label.setWordWrap(True)  # a longer language wraps, never cut
        bind(self.heading_label, self.heading_label.setAccessibleName,
             lambda: translate("Accessible", "Summary heading"))
        self.routine_label = QLabel()
        bind(self.routine_label, self.routine_label.setAccessibleName,
             lambda: translate("Accessible", "Routine"))
        self.routine_label.setWordWrap(True)
        self.counts_label = QLabel()  # how this session counts: "Day 5 in a row"
        bind(self.counts_label, self.counts_label.setAccessibleName,
             lambda: translate("Accessible", "How this session counts"))
        self.counts_label.setWordWrap(True)
        self.counts_label.hide()
        for label in (self.heading_label, self.routine_label, self.counts_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.active_label = QLabel()
        bind(self.active_label, self.active_label.setAccessibleName,
             lambda: translate("Accessible", "Active time"))
        bind(self.active_label, self.active_label.setToolTip,
             lambda: self.tr("Time spent exercising and resting, without pauses and without "
                             "the get-ready countdown"))
        self.done_label = QLabel()
        bind(self.done_label, self.done_label.setAccessibleName,
             lambda: translate("Accessible", "Steps done"))
        self.skipped_label = QLabel()
        bind(self.skipped_label, self.skipped_label.setAccessibleName,
             lambda: translate("Accessible", "Steps skipped"))
        self._captions: list[QLabel] = []
        grid = QGridLayout()
        for row, (caption, value) in enumerate(((lambda: self.tr("Active time"),
                                                 self.active_label),
                                                (lambda: self.tr("Steps done"), self.done_label),
                                                (lambda: self.tr("Skipped"),
                                                 self.skipped_label))):
            caption_label = QLabel()
            bind(caption_label, caption_label.setText, caption)
            caption_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                       | Qt.AlignmentFlag.AlignVCenter)
            self._captions.append(caption_label)
            grid.addWidget(caption_label, row, 0)
            grid.addWidget(value, row, 1)
        grid.setHorizontalSpacing(24)
        stats = QHBoxLayout()
        stats.addStretch(1)
        stats.addLayout(grid)
        stats.addStretch(1)

        self.back_button = QPushButton()
        bind(self.back_button, self.back_button.setText,
             lambda: self.tr("Back to routines  ({key})").format(key=key_name(Action.ENTER)))
        bind(self.back_button, self.back_button.setAccessibleName,
             lambda: translate("Accessible", "Back to routines"))
        self.back_button.clicked.connect(self.back_requested)
        self.repeat_button = QPushButton()
        bind(self.repeat_button, self.repeat_button.setText,
             lambda: self.tr("Repeat  ({key})").format(key=key_name(Action.RESTART)))
        bind(self.repeat_button, self.repeat_button.setAccessibleName,
             lambda: translate("Accessible", "Repeat this workout"))
        self.repeat_button.clicked.connect(self.repeat_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.repeat_button):
            # Tab reaches them, so a screen reader reads them (Enter stays the window's key:
            # back to the list, whichever has the focus).
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.routine_label)
        layout.addWidget(self.counts_label)
        layout.addSpacing(12)
        layout.addLayout(stats)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_summary(self, summary: SummaryDisplay) -> None:
        self.heading_label.setText(summary.heading)
        self.routine_label.setText(summary.routine)
        self.active_label.setText(summary.active_text)
        self.done_label.setText(summary.done_text)
        self.skipped_label.setText(summary.skipped_text)

    def set_counts(self, text: str) -> None:
        """How the session just ended counts in the history ("" hides the line)."""
        self.counts_label.setText(text)
        self.counts_label.setVisible(bool(text))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        base = QFontInfo(self.font()).pixelSize()
        unit = max(float(base), min(self.height() / 22, self.width() / 28))
        self.heading_label.setFont(self._font(unit * 2.0, bold=True))
        self.routine_label.setFont(self._font(unit * 1.2))
        self.counts_label.setFont(self._font(unit * 1.1, bold=True))
        for label in self._captions:
            label.setFont(self._font(unit))
        for label in (self.active_label, self.done_label, self.skipped_label):
            label.setFont(self._font(unit * 1.3, bold=True))
        self._fit_buttons(max(float(base), unit * 0.9), float(base) * 0.8)

    def _fit_buttons(self, pixels: float, smallest: float) -> None:
        """The buttons side by side at ``pixels``, smaller (down to ``smallest``) where their
        words are too long for the width (German, French: "Zurück zu den Programmen")."""
        buttons = (self.back_button, self.repeat_button)
        room = self.width() - 4 * 12  # the margins and the gap between the buttons
        while True:
            for button in buttons:
                button.setFont(self._font(pixels))
            if pixels <= smallest or sum(b.sizeHint().width() for b in buttons) <= room:
                return
            pixels = max(smallest, pixels * 0.9)

    def _font(self, pixels: float, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(round(pixels))
        font.setBold(bold)
        return font
