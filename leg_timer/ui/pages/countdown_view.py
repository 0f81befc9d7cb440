"""The workout page: the running countdown, drawn from a :class:`CountdownDisplay`.

It holds no timing logic. The window calls :meth:`CountdownView.show_display` whenever the
driver says the session changed; every word comes from :mod:`leg_timer.present.display`. Sizes
are worked out from the view's size on resize, so everything grows with the window and stays
readable from a mat three metres away: the lines read from there (exercise, rep counter, next
exercise, time left, badges) are never smaller than a sixth of the digits' height (the digits
are capped to keep that true), and nothing that changes with pause or from segment to segment
moves the digits. The exercise's instructions and safety note sit beside the clock where they
fit (I shows or hides them).

Signals:
    double_clicked(): the user double-clicked the clock (toggle focus mode).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.present.display import CountdownDisplay
from leg_timer.present.shortcuts import Action, key_name, workout_hint
from leg_timer.ui import theme
from leg_timer.ui.access.interfaces import QuietBar, decorative, set_status
from leg_timer.ui.i18n import bind
from leg_timer.ui.pages.workout_parts import GuideText, SizedClock, digits_cap_px
from leg_timer.ui.widgets import FitLabel, SteadyLabel

FLASH_MS = 250


def paused_long() -> str:
    return translate("CountdownView", "PAUSED · {key} resumes").format(
        key=key_name(Action.TOGGLE))


def paused_short() -> str:
    return translate("CountdownView", "PAUSED")


# The guide goes beside the clock only where both keep a useful size.
GUIDE_MIN_SIZE = (900, 500)
ROOMY_HEIGHT = 700


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
        # One status object for a screen reader, from the start: one that is on asks for the
        # page's interface at its first event (the name just below) and Qt keeps what it
        # gets. The window's announcer gives the words (Announcer.read_status_of).
        set_status(self, lambda: "")
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Workout"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._focus_mode = False
        self._fill = theme.KIND_FILLS[next(iter(theme.KIND_FILLS))]

        self.banner = _badge(self.tr("GET READY"), "Segment kind", self._fill)
        self.side_label = _badge("", "Side", theme.PAUSED_FILL)
        self.counters_label = QLabel()
        bind(self.counters_label, self.counters_label.setAccessibleName,
             lambda: translate("Accessible", "Round and set"))
        self.muted_label = _badge(self.tr("MUTED"), "Sound muted", theme.PAUSED_FILL)
        self.muted_label.hide()
        self._flash_frame = QFrame(self)
        self._flash_frame.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        decorative(self._flash_frame)  # a flash for the eyes; the announcements say it all
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
        bind(self.name_label, self.name_label.setAccessibleName,
             lambda: translate("Accessible", "Exercise"))
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock = SizedClock()
        # PAUSED floats over the foot of the clock, in no layout: showing it moves nothing,
        # least of all the digits (which only dim).
        self.paused_label = _badge(paused_long(), "Paused", theme.PAUSED_FILL)
        self.paused_label.setParent(self.clock)
        self.paused_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.paused_label.hide()
        self.clock.resized.connect(self._place_paused)
        self.clock.double_clicked.connect(self.double_clicked)
        self.detail_label = FitLabel(bold=True)
        bind(self.detail_label, self.detail_label.setAccessibleName,
             lambda: translate("Accessible", "Reps"))
        self.guide = GuideText()
        self._guide_wanted = True  # I hides and shows it
        self._guide_available = False  # the routine has instructions or safety notes
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label = QLabel()
        bind(self.notice_label, self.notice_label.setAccessibleName,
             lambda: translate("Accessible", "Notice"))
        self.notice_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(theme.banner_style(theme.NOTICE_FILL))
        self.notice_label.hide()
        self.next_label = FitLabel()
        bind(self.next_label, self.next_label.setAccessibleName,
             lambda: translate("Accessible", "Next segment"))
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.elapsed_label = SteadyLabel()
        bind(self.elapsed_label, self.elapsed_label.setAccessibleName,
             lambda: translate("Accessible", "Session time done"))
        self.elapsed_label.setAccessibleDescription(
            "Time spent exercising so far, pauses not counted")
        self.remaining_label = SteadyLabel()
        bind(self.remaining_label, self.remaining_label.setAccessibleName,
             lambda: translate("Accessible", "Session time left"))
        self.remaining_label.setAccessibleDescription(
            "The rest of the plan as it now stands (skips and added time included), of the "
            "session's total: time done and time left add up to it")
        self.remaining_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.session_bar = QuietBar()  # a QProgressBar's value changes are spoken
        bind(self.session_bar, self.session_bar.setAccessibleName,
             lambda: translate("Accessible", "Session progress"))
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
        bind(self.hint_label, self.hint_label.setAccessibleName,
             lambda: translate("Accessible", "Keyboard hints"))
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The clock and the rep line on the left, the guide on the right (where it fits). The
        # rep line keeps its height when empty, so the digits keep theirs from segment to
        # segment.
        clock_column = QVBoxLayout()
        clock_column.addWidget(self.clock, 1)
        clock_column.addWidget(self.detail_label)
        body = QHBoxLayout()
        body.addLayout(clock_column, 2)
        body.addWidget(self.guide, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.name_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.session_row)
        layout.addWidget(self.hint_label)
        # Focus mode hides only the keyboard hints: the next exercise and the time left stay.
        self._extras: list[QWidget] = [self.hint_label]

    # -- what the window calls --------------------------------------------------------------

    def show_display(self, display: CountdownDisplay) -> None:
        fill = theme.KIND_FILLS[display.kind]
        if fill != self._fill:
            # A style sheet set, even the same one, re-polishes and repaints the badge.
            self._fill = fill
            self.banner.setStyleSheet(theme.banner_style(fill))
        self.banner.setText(display.banner)
        self.side_label.setText(display.side.upper())
        self.side_label.setVisible(bool(display.side))
        self.counters_label.setText("   ".join(t for t in (display.round_text, display.set_text)
                                             if t))
        self.name_label.setText(display.name)
        self.clock.show_time(display.digits, display.remaining_fraction, self._fill,
                             display.paused)
        self.detail_label.setText(display.detail)
        self.guide.set_guide(display.guide_title, display.instructions, display.safety)
        self.paused_label.setVisible(display.paused)
        self._place_paused()
        self.next_label.setText(display.next_text)
        self.elapsed_label.setText(display.elapsed_text)
        self.remaining_label.setText(display.remaining_text)
        self.session_bar.setValue(round(display.session_fraction * 1000))
        self.hint_label.setText(workout_hint(paused=display.paused))
        self._fit_lines()

    def _place_paused(self) -> None:
        """PAUSED centred on the clock's bar ("PAUSED" alone where the whole line is too
        wide), kept inside the clock."""
        label = self.paused_label
        label.setText(paused_long())
        if label.sizeHint().width() > self.clock.width():
            label.setText(paused_short())
        hint = label.sizeHint()
        self.clock.set_foot_px(hint.height() + 8)
        foot = self.clock.foot_rect()
        width = min(hint.width(), self.clock.width())
        height = min(hint.height(), self.clock.height())
        top = round(max(0.0, foot.center().y() - height / 2))
        label.setGeometry((self.clock.width() - width) // 2, top, width, height)
        label.raise_()

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def set_muted(self, muted: bool) -> None:
        self.set_sound_badge(self.tr("MUTED") if muted else "")

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

    def set_guide_available(self, available: bool) -> None:
        """Whether this workout has any instructions to show (set once per workout, so the
        guide's room does not come and go from segment to segment)."""
        if available != self._guide_available:
            self._guide_available = available
            self._update_guide_visibility()

    def toggle_guide(self) -> None:
        """I: show or hide the instructions and safety note."""
        self._guide_wanted = not self._guide_wanted
        self._update_guide_visibility()

    @property
    def guide_wanted(self) -> bool:
        return self._guide_wanted

    def guide_fits(self) -> bool:
        return self.width() >= GUIDE_MIN_SIZE[0] and self.height() >= GUIDE_MIN_SIZE[1]

    def _update_guide_visibility(self) -> None:
        shown = self._guide_wanted and self._guide_available and self.guide_fits()
        if shown != self.guide.isVisibleTo(self):
            self.guide.setVisible(shown)

    def set_focus_mode(self, on: bool) -> None:
        """The countdown for the mat: hide the keyboard hints, make the rest larger."""
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
        # A flash can outlive a resize: on Wayland the full-screen size of focus mode arrives
        # after the first paint, just as the start cue flashes; the frame follows the page.
        self._flash_frame.setGeometry(self.rect())
        self._update_guide_visibility()
        self._resize_fonts()

    def secondary_px(self) -> int:
        """The pixel size of the lines read from the mat (next, time left, badges)."""
        unit = max(10.0, min(self.height() / 24, self.width() / 30))
        return round(unit * (1.7 if self._focus_mode else 1.5))

    def _resize_fonts(self) -> None:
        # One size for the lines read from the mat, from the height (and the width, for very
        # wide short windows), so the proportions hold from 480x360 to a 4K screen. The
        # digits take the room left, up to six times that size (issue 9: the secondary lines
        # at least a sixth of the digits' height).
        unit = max(10.0, min(self.height() / 24, self.width() / 30))
        base = QFontInfo(self.font()).pixelSize()
        secondary = self.secondary_px()
        for badge, factor in ((self.banner, 1.0), (self.side_label, 1.0),
                              (self.muted_label, 0.8), (self.paused_label, 0.85)):
            font = QFont(self.font())
            font.setPixelSize(round(secondary * factor))
            font.setBold(True)
            badge.setFont(font)
        counters = QFont(self.font())
        counters.setPixelSize(secondary)
        counters.setBold(True)
        self.counters_label.setFont(counters)
        # The rep counter is what matters in a rep set: as large as the exercise's name.
        large = round(secondary * 1.4)
        self.name_label.set_pixel_range(large, secondary)
        self.detail_label.set_pixel_range(large, secondary)
        # The next line may shrink a little for a long name; the digits are capped from
        # that floor, so even then it stays a sixth of their height. Small windows (under
        # 700 lines, nobody's mat screen) let it shrink further and keep their digits.
        roomy = self.height() >= ROOMY_HEIGHT
        floor = round(secondary * (0.85 if roomy else 0.6))
        self.next_label.set_pixel_range(secondary, floor)
        notice = QFont(self.font())
        notice.setPixelSize(round(max(base, unit * 0.9)))
        self.notice_label.setFont(notice)
        small = QFont(self.font())
        small.setPixelSize(secondary)
        small.setBold(True)
        self.elapsed_label.setFont(small)
        self.remaining_label.setFont(small)
        # A fixed height: the row never gives or takes room later (the digits stay put).
        row_px = round(QFontMetricsF(small).height() * 1.15)
        self.session_row.setFixedHeight(row_px)
        self.elapsed_label.set_line_height(row_px)
        self.remaining_label.set_line_height(row_px)
        self.session_bar.setMaximumHeight(max(6, round(unit * 0.45)))
        self.hint_label.set_pixel_range(round(max(base, unit * 0.6)), max(9, base - 2))
        # The guide shrinks to 60 % of a unit before it would cut a note short: at the
        # default 1024x720, 10 of the 17 built-in exercises' guides needed 19-23 px, and
        # a floor of 80 % (24 px there) cut their safety notes off mid-line.
        self.guide.set_pixel_range(secondary, max(base, round(unit * 0.6)))
        plain = QFont(self.font())
        plain.setPixelSize(floor if roomy else secondary)
        self.clock.set_max_pixels(digits_cap_px(plain))
        self._place_paused()
        self._fit_lines()

    def _fit_lines(self) -> None:
        """The header's counters and the time done and left, smaller where a language's longer
        words would not fit the width at the secondary size (never below half of it)."""
        secondary = self.secondary_px()
        width = self.contentsRect().width() - 24
        header = [self.banner, self.side_label, self.muted_label]
        taken = sum(badge.sizeHint().width() for badge in header if not badge.isHidden())
        rows = (([self.counters_label], width - taken - 40),  # the layout's spacing
                ([self.elapsed_label, self.remaining_label], width - 60))
        for labels, room in rows:
            font = QFont(labels[0].font())
            font.setPixelSize(secondary)
            needed = sum(QFontMetricsF(font).horizontalAdvance(label.text()) + 12
                         for label in labels)
            if needed > room > 0:
                font.setPixelSize(max(round(secondary * 0.5), int(secondary * room / needed)))
            for label in labels:
                if label.font() != font:
                    label.setFont(font)
