"""What the countdown and summary show, worked out from a session without any widget.

The views only copy these strings and fractions into widgets, so everything a test wants to
check about the words on screen (digits, banner, "Round 2/3", "Next: ...", the window title)
is reachable here without a window. Nothing in ``leg_timer.present`` loads Qt
(tests/test_layers.py imports it in a fresh interpreter to check).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from leg_timer.core.durations import format_clock
from leg_timer.core.plan import Segment, SegmentKind
from leg_timer.core.routine import Side
from leg_timer.core.session import Outcome, Session, State
from leg_timer.present.shortcuts import Action, key_name

DONE_KEY = key_name(Action.ENTER)


BANNERS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: "GET READY",
    SegmentKind.WORK: "WORK",
    SegmentKind.REST: "REST",
    SegmentKind.HOLD: "HOLD",
    SegmentKind.REPS: "REPS",
    SegmentKind.SWITCH: "SWITCH SIDES",
    SegmentKind.ROUND_REST: "ROUND REST",
    SegmentKind.COOLDOWN: "COOL-DOWN",
}


@dataclass(frozen=True)
class CountdownDisplay:
    kind: SegmentKind
    banner: str
    name: str  # the exercise (or "Rest", "Get ready", ...)
    side: str  # "Right side", "Left side" or ""
    digits: str  # m:ss left, or m:ss done in a manual set (counting up)
    remaining_fraction: float  # of the segment, 1.0 at its start; 1.0 in a manual set
    counting_up: bool
    round_text: str  # "Round 2/3", or "" when there is one round
    set_text: str  # "Set 1/3", or "" for a single set
    detail: str  # "Rep 3 / 10", "12 reps · press Enter when done", or ""
    next_text: str
    elapsed_text: str
    remaining_text: str
    session_fraction: float  # of the whole session done
    paused: bool
    title: str


@dataclass(frozen=True)
class SummaryDisplay:
    heading: str
    routine: str
    active_text: str
    done: int
    skipped: int
    title: str


def side_text(side: Side) -> str:
    return "" if side is Side.NONE else f"{side.value.capitalize()} side"


def _name(segment: Segment) -> str:
    return segment.exercise or segment.label


def next_text(session: Session) -> str:
    following = session.next_segment()
    if following is None:
        return "Next: finish"
    if following.duration_s is None:
        reps = f"{following.reps} reps" if following.reps else "reps"
        return f"Next: {following.label} · {reps} at your pace"
    return f"Next: {following.label} · {format_clock(following.duration_s)}"


def rep_detail(segment: Segment, elapsed_s: float) -> str:
    """The rep line: the rep under way in a paced set, the target in a manual one."""
    if segment.reps is None:
        return f"Press {DONE_KEY} when done" if segment.is_manual else ""
    if segment.is_manual or segment.tempo_s is None or segment.tempo_s <= 0:
        return f"{segment.reps} reps · press {DONE_KEY} when done"
    rep = min(math.floor(elapsed_s / segment.tempo_s) + 1, segment.reps)
    return f"Rep {rep} / {segment.reps}"


def countdown(session: Session, app_name: str) -> CountdownDisplay:
    segment = session.segment
    elapsed_s = session.segment_elapsed_s()
    remaining_s = session.segment_remaining_s()
    duration_s = session.segment_duration_s()
    if remaining_s is None or duration_s is None:
        digits = format_clock(math.floor(elapsed_s))
        fraction = 1.0
    else:
        digits = format_clock(remaining_s)
        fraction = remaining_s / duration_s if duration_s > 0 else 0.0
    active_s = session.active_s()
    left_s = session.remaining_total_s()
    total_s = active_s + left_s
    paused = session.state is State.PAUSED
    title = f"{digits} · {segment.label} — {app_name}"
    if paused:
        title = f"Paused · {title}"
    return CountdownDisplay(
        kind=segment.kind,
        banner=BANNERS[segment.kind],
        name=_name(segment),
        side=side_text(segment.side),
        digits=digits,
        remaining_fraction=min(1.0, max(0.0, fraction)),
        counting_up=remaining_s is None,
        round_text=f"Round {segment.round}/{segment.rounds}" if segment.rounds > 1 else "",
        set_text=f"Set {segment.set}/{segment.sets}" if segment.sets > 1 else "",
        detail=rep_detail(segment, elapsed_s),
        next_text=next_text(session),
        elapsed_text=f"{format_clock(math.floor(active_s))} done",
        remaining_text=f"{format_clock(left_s)} left",
        session_fraction=min(1.0, active_s / total_s) if total_s > 0 else 0.0,
        paused=paused,
        title=title,
    )


def summary(session: Session, app_name: str) -> SummaryDisplay:
    counts = session.counts()
    finished = session.state is State.FINISHED
    heading = "Workout complete" if finished else "Workout stopped"
    name = session.plan.routine.name
    return SummaryDisplay(
        heading=heading,
        routine=name,
        active_text=format_clock(math.floor(session.active_s() + 1e-6)),
        done=counts[Outcome.COMPLETED],
        skipped=counts[Outcome.SKIPPED],
        title=f"{'Done' if finished else 'Stopped'} · {name} — {app_name}",
    )
