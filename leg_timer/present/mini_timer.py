"""What the always-on-top mini timer says, worked out without a window.

The mini timer (:mod:`leg_timer.ui.outside.mini_timer`) is a few lines read at a glance from
across the room while another application has the screen: the kind of segment and the side in
its banner, the digits, the exercise. During a workout those are the countdown page's own words
(:func:`leg_timer.present.display.countdown`); this module adds only what is new: the banner
folded into one line, the idle and ended states, which keys act in the small window itself, and
why a window system may refuse to keep it on top. Qt-free, like the rest of ``present``.
"""

from __future__ import annotations

from dataclasses import dataclass

from leg_timer.core.plan import SegmentKind
from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.present.display import CountdownDisplay, SummaryDisplay
from leg_timer.present.shortcuts import Action, keys_for

TITLE = "Leg Timer mini timer"  # its window title: what a task switcher and xdotool read
# English, marked for the catalogues (context "MiniTimer"): the functions below translate them
# when called (idle(), tooltip()).
IDLE_BANNER = QT_TRANSLATE_NOOP("MiniTimer", "LEG TIMER")
IDLE_DIGITS = "–:––"
IDLE_NAME = QT_TRANSLATE_NOOP("MiniTimer", "No workout under way")
PAUSED = QT_TRANSLATE_NOOP("MiniTimer", "PAUSED")
TOOLTIP = QT_TRANSLATE_NOOP("MiniTimer", "Drag to move · double-click to open Leg Timer")
MiniTimer = Context("MiniTimer")


def tooltip() -> str:
    """The mini timer's tooltip, in the person's language."""
    return MiniTimer.tr(TOOLTIP)

# The keys that act in the mini timer itself; any other workout key (F, G, I, ?, Esc, R...)
# (Ctrl+Q and Ctrl+, too) brings the full window back first: its list, question, dialog or
# full screen belongs to that window, and a dialog over a minimised window may not be seen.
IN_PLACE: frozenset[Action] = frozenset({
    Action.TOGGLE, Action.ENTER, Action.NEXT, Action.PREVIOUS, Action.ADD_TIME,
    Action.REMOVE_TIME, Action.MUTE, Action.MINI_TIMER,
})


@dataclass(frozen=True)
class MiniDisplay:
    """One state of the mini timer."""

    banner: str  # "WORK · RIGHT SIDE", "PAUSED · REST", "DONE", "LEG TIMER"
    kind: SegmentKind | None  # whose colour fills the banner; None: the quiet grey
    digits: str
    fraction: float  # of the segment left (the bar under the digits)
    name: str  # the exercise, or what the idle and ended states say
    paused: bool  # the digits dim and the banner turns grey


def for_countdown(shown: CountdownDisplay) -> MiniDisplay:
    """The running workout: the countdown page's words, the side folded into the banner."""
    banner = " · ".join(part for part in (shown.banner, shown.side.upper()) if part)
    if shown.paused:
        banner = f"{MiniTimer.tr(PAUSED)} · {banner}"
    return MiniDisplay(banner=banner, kind=shown.kind, digits=shown.digits,
                       fraction=shown.remaining_fraction, name=shown.name, paused=shown.paused)


def for_summary(summary: SummaryDisplay, *, finished: bool) -> MiniDisplay:
    """The workout just ended: how it ended and the time spent exercising."""
    banner = (MiniTimer.tr("DONE") if summary.complete else MiniTimer.tr("FINISHED")
              if finished else MiniTimer.tr("STOPPED"))
    return MiniDisplay(banner=banner, kind=None, digits=summary.active_text, fraction=0.0,
                       name=summary.heading, paused=False)


IDLE = MiniDisplay(banner=IDLE_BANNER, kind=None, digits=IDLE_DIGITS, fraction=0.0,
                   name=IDLE_NAME, paused=False)  # English: the window shows idle()


def idle() -> MiniDisplay:
    """No workout under way, in the person's language."""
    return MiniDisplay(banner=MiniTimer.tr(IDLE_BANNER), kind=None, digits=IDLE_DIGITS,
                       fraction=0.0, name=MiniTimer.tr(IDLE_NAME), paused=False)


def stays_on_top(platform: str) -> bool:
    """Whether the window system lets an application keep its own window above the others.

    Wayland compositors do not (a client cannot place or raise itself); X11, Windows and
    macOS do. ``platform`` is ``QGuiApplication.platformName()``: "xcb", "wayland",
    "wayland-egl", ...
    """
    return not platform.startswith("wayland")


def about(platform: str) -> str:
    """The settings dialog's line about the mini timer on this window system."""
    key = keys_for(Action.MINI_TIMER)
    line = MiniTimer.tr("{key} during a workout shows a small timer; drag it anywhere, "
                        "double-click it to come back here.").format(key=key)
    if stays_on_top(platform):
        return MiniTimer.tr("{line} It stays above other windows.").format(line=line)
    return MiniTimer.tr("{line} On Wayland it is an ordinary small window: the window system "
                        "does not let applications keep a window above the others.").format(
        line=line)
