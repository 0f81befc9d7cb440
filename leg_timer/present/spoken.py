"""What a screen reader is told, and what the countdown answers when it is asked, without Qt.

Two kinds of words, both for a person who cannot see the screen:

* **Announcements** (:func:`for_events`): one sentence for the moments that matter (a new
  segment, halfway, pause, resume, skip, time added or taken off, the end), never one a second.
  The events of one instant make at most one sentence; ``ui/access/announcer.py`` posts it as
  a Qt accessibility announcement, which the screen reader speaks in its own voice.
* **The countdown's status** (:func:`countdown_status`): "0:43, Work, Squat, right side,
  round 1 of 3", worked out when the screen reader asks for it, never pushed.

Every piece goes through :func:`~leg_timer.core.translation.translate`; sentences are made
from translated patterns with placeholders, so a language orders them as it needs.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from leg_timer.core.durations import format_clock
from leg_timer.core.plan import CueKind, Segment, SegmentKind
from leg_timer.core.routine import Side
from leg_timer.core.session import Event, EventKind, Outcome, Session, State
from leg_timer.core.translation import translate

ASSERTIVE = "assertive"  # interrupts what the screen reader is saying (a new segment, pause)
POLITE = "polite"  # waits its turn (halfway, time added)


@dataclass(frozen=True)
class Announcement:
    text: str
    politeness: str  # ASSERTIVE or POLITE


def kind_word(kind: SegmentKind) -> str:
    """The segment's kind as said aloud: "Work", "Rest", "Get ready"."""
    words = {
        SegmentKind.PREPARE: translate("Spoken", "Get ready"),
        SegmentKind.WORK: translate("Spoken", "Work"),
        SegmentKind.REST: translate("Spoken", "Rest"),
        SegmentKind.HOLD: translate("Spoken", "Hold"),
        SegmentKind.REPS: translate("Spoken", "Reps"),
        SegmentKind.SWITCH: translate("Spoken", "Switch sides"),
        SegmentKind.ROUND_REST: translate("Spoken", "Round rest"),
        SegmentKind.COOLDOWN: translate("Spoken", "Cool-down"),
    }
    return words[kind]


def side_words(side: Side) -> str:
    if side is Side.LEFT:
        return translate("Spoken", "left side")
    if side is Side.RIGHT:
        return translate("Spoken", "right side")
    return ""


def length_words(seconds: float) -> str:
    """A length as said aloud: "45 seconds", "5 minutes" (whole minutes from 2 minutes up)."""
    total = max(0, round(seconds))
    if total >= 120 and total % 60 == 0:
        return translate("Spoken", "%n minute(s)", None, total // 60)
    return translate("Spoken", "%n second(s)", None, total)


def _exercise(segment: Segment) -> str:
    """The exercise's name, or "" where the label only repeats the kind ("Rest")."""
    if segment.exercise:
        return segment.exercise
    return "" if segment.label.casefold() == kind_word(segment.kind).casefold() else segment.label


def _join(parts: Iterable[str]) -> str:
    """Pieces said one after another, empty ones left out."""
    return translate("Spoken", ", ").join(part for part in parts if part)


def segment_words(segment: Segment, length_s: float | None) -> str:
    """"Work, Squat, right side, 45 seconds"; a rep set at your own pace: "Reps, Squat,
    12 reps, press Enter when done"."""
    if length_s is None:
        length = translate("Spoken", "press Enter when done")
        if segment.reps:
            length = _join((translate("Spoken", "%n rep(s)", None, segment.reps), length))
    else:
        length = length_words(length_s)
    return _join((kind_word(segment.kind), _exercise(segment), side_words(segment.side),
                  length))


def countdown_status(session: Session) -> str:
    """What the countdown says when asked: "0:43, Work, Squat, right side, round 1 of 3"."""
    segment = session.segment
    remaining_s = session.segment_remaining_s()
    if remaining_s is None:
        clock = translate("Spoken", "{time} done").format(
            time=format_clock(math.floor(session.segment_elapsed_s())))
    else:
        clock = format_clock(remaining_s)
    round_words = ""
    if segment.rounds > 1:
        round_words = translate("Spoken", "round {current} of {total}").format(
            current=segment.round, total=segment.rounds)
    set_words = ""
    if segment.sets > 1:
        set_words = translate("Spoken", "set {current} of {total}").format(
            current=segment.set, total=segment.sets)
    paused = translate("Spoken", "paused") if session.state is State.PAUSED else ""
    return _join((clock, kind_word(segment.kind), _exercise(segment), side_words(segment.side),
                  round_words, set_words, paused))


def for_events(events: Iterable[Event], session: Session, *,
               last_seconds: bool = False, ending: str = "") -> Announcement | None:
    """The one sentence for the events of one instant (None when none of them matters).

    ``last_seconds``: say the final 3-2-1 too (the person asked for it). ``ending``: the
    words for the end of the workout ("Workout complete", the summary's heading).
    """
    pieces: list[str] = []
    assertive = False
    for event in events:
        kind = event.kind
        if kind is EventKind.PAUSED:
            pieces.append(translate("Spoken", "Paused"))
            assertive = True
        elif kind is EventKind.RESUMED:
            pieces.append(translate("Spoken", "Resumed"))
            assertive = True
        elif kind is EventKind.SEGMENT_ENDED and event.outcome is Outcome.SKIPPED:
            pieces.append(translate("Spoken", "Skipped"))
        elif kind is EventKind.SEGMENT_STARTED and event.index is not None:
            segment = session.plan.segments[event.index]
            length_s = session.segment_duration_s() if event.index == session.index \
                else segment.duration_s
            pieces.append(segment_words(segment, length_s))
            assertive = True
        elif kind is EventKind.TIME_ADJUSTED:
            remaining_s = session.segment_remaining_s()
            if remaining_s is not None:
                pieces.append(translate("Spoken", "Time changed, {length} left").format(
                    length=length_words(math.ceil(remaining_s - 1e-9))))
        elif kind is EventKind.CUE_DUE and event.cue is not None:
            if event.cue.kind is CueKind.HALFWAY:
                pieces.append(translate("Spoken", "Halfway"))
            elif event.cue.kind is CueKind.COUNTDOWN and last_seconds and event.cue.value:
                pieces.append(str(event.cue.value))
        elif kind in (EventKind.SESSION_FINISHED, EventKind.SESSION_STOPPED):
            pieces.append(ending or (translate("Spoken", "Workout complete")
                                     if kind is EventKind.SESSION_FINISHED
                                     else translate("Spoken", "Workout stopped")))
            assertive = True
    if not pieces:
        return None
    sentence = translate("Spoken", ". ").join(dict.fromkeys(pieces))  # no piece twice
    return Announcement(sentence, ASSERTIVE if assertive else POLITE)
