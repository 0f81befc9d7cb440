"""The workout page: the running countdown, drawn from a :class:`CountdownDisplay`.

It holds no timing logic. The window calls :meth:`CountdownView.show_display` whenever the
driver says the session changed; every word comes from :mod:`leg_timer.present.display`. Sizes
are worked out from the view's height on resize, so the digits, banner and exercise name grow
with the window and stay readable from across the room.

Signals:
    double_clicked(): the user double-clicked the clock (toggle focus mode).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leg_timer.present.display import CountdownDisplay
from leg_timer.present.shortcuts import Action, key_name, workout_hint
from leg_timer.ui import theme
from leg_timer.ui.widgets import ClockFace, FitLabel

FLASH_MS = 250


def _badge(text: str, name: str, fill: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setStyleSheet(theme.banner_style(fill))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


class CountdownView(QWidget):
    double_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Workout")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus_mode = False
        self._fill = theme.KIND_FILLS[next(iter(theme.KIND_FILLS))]

        self.banner = _badge("GET READY", "Segment kind", self._fill)
        self.side_label = _badge("", "Side", theme.PAUSED_FILL)
        self.counters_label = QLabel()
        self.counters_label.setAccessibleName("Round and set")
        self.muted_label = _badge("MUTED", "Sound muted", theme.PAUSED_FILL)
        self.muted_label.hide()
        self._flash_frame = QFrame(self)
        self._flash_frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._flash_frame.hide()
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(FLASH_MS)
        self._flash_timer.timeout.connect(self._flash_frame.hide)
        header = QHBoxLayout()
        header.addWidget(self.banner)
        header.addWidget(self.side_label)
        header.addStretch(1)
        header.addWidget(self.counters_label)
        header.addWidget(self.muted_label)

        self.name_label = FitLabel(bold=True)
        self.name_label.setAccessibleName("Exercise")
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = ClockFace()
        self.clock.double_clicked.connect(self.double_clicked)
        self.detail_label = FitLabel(bold=True)
        self.detail_label.setAccessibleName("Reps")
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_label = _badge(f"PAUSED · press {key_name(Action.TOGGLE)} to resume", "Paused",
                                   theme.PAUSED_FILL)
        self.paused_label.hide()
        self.notice_label = QLabel()
        self.notice_label.setAccessibleName("Notice")
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(theme.banner_style(theme.NOTICE_FILL))
        self.notice_label.hide()
        self.next_label = FitLabel()
        self.next_label.setAccessibleName("Next segment")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.elapsed_label = QLabel()
        self.elapsed_label.setAccessibleName("Session time done")
        self.remaining_label = QLabel()
        self.remaining_label.setAccessibleName("Session time left")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.session_bar = QProgressBar()
        self.session_bar.setAccessibleName("Session progress")
        self.session_bar.setRange(0, 1000)
        self.session_bar.setTextVisible(False)
        self.session_bar.setMaximumHeight(10)
        self.session_row = QWidget()
        row = QHBoxLayout(self.session_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.elapsed_label)
        row.addWidget(self.session_bar, 1)
        row.addWidget(self.remaining_label)
        self.hint_label = FitLabel(workout_hint(paused=False))
        self.hint_label.setAccessibleName("Keyboard hints")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.name_label)
        layout.addWidget(self.clock, 1)
        layout.addWidget(self.paused_label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.session_row)
        layout.addWidget(self.hint_label)
        self._extras: list[QWidget] = [self.next_label, self.session_row, self.hint_label]

    # -- what the window calls --------------------------------------------------------------

    def show_display(self, display: CountdownDisplay) -> None:
        self._fill = theme.KIND_FILLS[display.kind]
        self.banner.setText(display.banner)
        self.banner.setStyleSheet(theme.banner_style(self._fill))
        self.side_label.setText(display.side.upper())
        self.side_label.setVisible(bool(display.side))
        self.counters_label.setText("   ".join(t for t in (display.round_text, display.set_text)
                                             if t))
        self.name_label.setText(display.name)
        self.clock.show_time(display.digits, display.remaining_fraction, self._fill,
                             display.paused)
        self.detail_label.setText(display.detail)
        self.detail_label.setVisible(bool(display.detail))
        self.paused_label.setVisible(display.paused)
        self.next_label.setText(display.next_text)
        self.elapsed_label.setText(display.elapsed_text)
        self.remaining_label.setText(display.remaining_text)
        self.session_bar.setValue(round(display.session_fraction * 1000))
        self.hint_label.setText(workout_hint(paused=display.paused))

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_muted(self, muted: bool) -> None:
        self.set_sound_badge("MUTED" if muted else "")

    def set_sound_badge(self, text: str) -> None:
        """``MUTED``, ``NO SOUND`` or nothing, in the header."""
        self.muted_label.setText(text)
        self.muted_label.setAccessibleName(f"Sound: {text.lower()}" if text else "Sound on")
        self.muted_label.setVisible(bool(text))

    def flash(self) -> None:
        """A cue nobody hears (muted, no audio device): a bright frame for a moment instead."""
        self._flash_frame.setGeometry(self.rect())
        self._flash_frame.setStyleSheet(f"border: {max(8, self.height() // 40)}px solid "
                                        f"{self._fill}; background: transparent;")
        self._flash_frame.raise_()
        self._flash_frame.show()
        self._flash_timer.start()

    def stop_flash(self) -> None:
        self._flash_timer.stop()
        self._flash_frame.hide()

    @property
    def flashing(self) -> bool:
        return self._flash_frame.isVisible()

    def set_focus_mode(self, on: bool) -> None:
        """Only the countdown: hide the session bar, the preview and the hints."""
        self._focus_mode = on
        for widget in self._extras:
            widget.setVisible(not on)
        self._resize_fonts()

    @property
    def focus_mode(self) -> bool:
        return self._focus_mode

    # -- sizes ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resize_fonts()

    def _resize_fonts(self) -> None:
        # One unit from the height (and the width, for very wide short windows): everything
        # scales together so the proportions hold from 480x360 to a 4K screen.
        unit = max(10.0, min(self.height() / 24, self.width() / 30))
        base = QFontInfo(self.font()).pixelSize()
        big = 1.35 if self._focus_mode else 1.0
        for badge, factor in ((self.banner, 1.25), (self.side_label, 0.9),
                              (self.muted_label, 0.8), (self.paused_label, 1.3)):
            font = QFont(self.font())
            font.setPixelSize(round(unit * factor * big))
            font.setBold(True)
            badge.setFont(font)
        counters = QFont(self.font())
        counters.setPixelSize(round(unit * 1.1 * big))
        counters.setBold(True)
        self.counters_label.setFont(counters)
        self.name_label.set_pixel_range(round(unit * 1.9 * big), max(base, round(unit)))
        self.detail_label.set_pixel_range(round(unit * 1.4 * big), max(base, round(unit * 0.8)))
        self.next_label.set_pixel_range(round(unit * 1.0), base)
        notice = QFont(self.font())
        notice.setPixelSize(round(max(base, unit * 0.9)))
        self.notice_label.setFont(notice)
        small = QFont(self.font())
        small.setPixelSize(round(max(base, unit * 0.75)))
        self.elapsed_label.setFont(small)
        self.remaining_label.setFont(small)
        self.session_bar.setMaximumHeight(max(6, round(unit * 0.45)))
        self.hint_label.set_pixel_range(round(max(base, unit * 0.6)), max(9, base - 2))
