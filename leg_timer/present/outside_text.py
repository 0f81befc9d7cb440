"""The words and numbers a workout shows outside its window: the tray icon, its tooltip, the
desktop notification at each new exercise, and the media widget's "now playing".

Worked out from a :class:`~leg_timer.core.session.Session` without Qt, so tests check them
without a tray, a notification server or a media widget. The Qt side
(``leg_timer/ui/outside/``) only copies them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from leg_timer.core.plan import Segment, SegmentKind
from leg_timer.core.session import Session, State
from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.present import display, wording

Outside = Context("Outside")

# The most the tray icon shows: two digits are all that read at 22 px.
MAX_ICON_NUMBER = 99
IDLE_TOOLTIP = QT_TRANSLATE_NOOP("Outside", "No workout running")  # tooltip() translates it

# Playback states of the media widget (MPRIS's PlaybackStatus).
PLAYING, PAUSED, STOPPED = "Playing", "Paused", "Stopped"


@dataclass(frozen=True)
class TrayFace:
    """What the tray icon draws: the phase colour's kind and one or two digits.

    ``unit`` is "m" while more than a minute is left (``text`` is whole minutes, rounded up,
    as a countdown reads), "s" in the last minute, "" for no number (no workout: the app's
    own icon). ``paused`` draws the face grey.
    """

    kind: SegmentKind | None = None
    text: str = ""
    unit: str = ""
    paused: bool = False


IDLE_FACE = TrayFace()


def icon_number(seconds: float) -> tuple[str, str]:
    """("12", "m") with more than a minute left (whole minutes, rounded up), ("45", "s") in
    the last minute; never more than two digits."""
    whole = max(0, math.ceil(seconds - 1e-9))
    if whole > 60:
        return str(min(math.ceil(whole / 60), MAX_ICON_NUMBER)), "m"
    return str(whole), "s"


def tray_face(session: Session | None) -> TrayFace:
    """The icon for ``session`` now: the time left of the segment (the time done in a rep
    set at one's own pace), in the colour of its kind; the plain icon when none runs."""
    if session is None or not session.is_active:
        return IDLE_FACE
    remaining_s = session.segment_remaining_s()
    if remaining_s is None:  # counting up: floor, as the window's clock does
        text, unit = icon_number(math.floor(session.segment_elapsed_s()))
    else:
        text, unit = icon_number(remaining_s)
    return TrayFace(session.segment.kind, text, unit, session.state is State.PAUSED)


def segment_title(segment: Segment) -> str:
    """"Squat (right)", "Squat · Set 2 / 5", "Rest": the step, short, as the media widget
    and the notification's heading show it."""
    name = display.short_side(segment.exercise or segment.label, segment.side)
    if segment.sets > 1 and segment.kind.is_effort:
        name = f"{name} · {wording.set_counter(segment.set, segment.sets)}"
    return name


def tooltip(session: Session | None, app_name: str) -> str:
    """The tray icon's tooltip: the step and the time left, the round, and what is next."""
    if session is None or not session.is_active:
        return f"{app_name}\n{Outside.tr(IDLE_TOOLTIP)}"
    shown = display.countdown(session, app_name)
    heading = segment_title(session.segment)
    if shown.paused:
        heading = Outside.tr("Paused · {step}").format(step=heading)
    clock = (Outside.tr("{time} done") if shown.counting_up
             else Outside.tr("{time} left")).format(time=shown.digits)
    second = " · ".join(part for part in (clock, shown.round_text) if part)
    return "\n".join((heading, second, shown.next_text))


def is_new_exercise(segment: Segment) -> bool:
    """A segment that deserves a notification: a new exercise, side or set (work, hold,
    rep set, cool-down); breaks do not (the one before them said what comes next)."""
    return segment.kind.is_effort or segment.kind is SegmentKind.COOLDOWN


@dataclass(frozen=True)
class Notice:
    """A notification's words: its heading, its body and the label of its "next" button
    ("Done" on a rep set at one's own pace, where next means the set is done)."""

    summary: str
    body: str
    next_label: str = "Next"  # segment_notice() gives it translated
    done_instead_of_next: bool = False


def length_words(segment: Segment) -> str:
    if segment.duration_s is None:
        return (Outside.tr("{reps} at your pace").format(
            reps=wording.count(segment.reps, "rep")) if segment.reps
            else Outside.tr("at your pace"))
    if segment.reps and segment.kind is SegmentKind.REPS:
        return f"{wording.count(segment.reps, 'rep')} · {wording.seconds_text(segment.duration_s)}"
    return wording.seconds_text(segment.duration_s)


def segment_notice(session: Session) -> Notice:
    """What the notification says when a new exercise starts (the session's segment)."""
    segment = session.segment
    parts = [length_words(segment)]
    if segment.rounds > 1:
        parts.append(wording.round_counter(segment.round, segment.rounds))
    body = f"{' · '.join(parts)}\n{display.next_text(session)}"
    manual = segment.is_manual
    label = Outside.tr("Done", "notification button") if manual else Outside.tr(
        "Next", "notification button")
    return Notice(segment_title(segment), body, label, manual)


def ended_notice(session: Session) -> Notice:
    """The notification that replaces the last one when the workout is over."""
    summary = display.summary(session, "")
    return Notice(summary.heading, Outside.tr("{routine} · {time} of exercise").format(
        routine=summary.routine, time=summary.active_text))


def now_playing(session: Session | None) -> tuple[str, str, str, float | None, int]:
    """(status, title, album, length in seconds or None, track number) for the media widget."""
    if session is None or not session.is_active:
        return STOPPED, "", "", None, 0
    status = PAUSED if session.state is State.PAUSED else PLAYING
    return (status, segment_title(session.segment), session.plan.routine.name,
            session.segment_duration_s(), session.index)
