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
from leg_timer.present import wording
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
    round_text: str  # "Round 2 / 3", or "" when there is one round
    set_text: str  # "Set 1 / 3", or "" for a single set
    detail: str  # "Rep 3 / 10", "12 reps · press Enter when done", or ""
    next_text: str  # the next exercise: "Next: Squat · right side · in 12 s"
    elapsed_text: str  # "0:13 done": time spent exercising, pauses left out
    remaining_text: str  # "17:45 left of 17:58": the rest of the plan as it now stands
    session_fraction: float  # of the whole session done
    paused: bool
    title: str
    guide_title: str = ""  # "" for the exercise under way, "Coming up: Squat" in a break
    instructions: str = ""  # how to do the exercise (the routine file's words)
    safety: str = ""  # its safety note


@dataclass(frozen=True)
class SummaryDisplay:
    """How a workout ended, in plain words. "Steps" are the plan's intervals, holds, rep
    sets, switches and rests; the get-ready countdown is not one and its time is not active."""

    heading: str  # "Workout complete", "Stopped after 4 of 16 steps", "Finished, 13 min skipped"
    routine: str
    active_text: str  # m:ss run, pauses and the get-ready countdown left out
    done_text: str  # "14 of 16"
    skipped_text: str  # "none", "2 steps", "2 steps · 90 s"
    done: int  # steps completed
    skipped: int  # steps skipped
    total: int  # steps in the plan
    complete: bool  # reached the end with no exercise time skipped
    title: str


def side_text(side: Side) -> str:
    return "" if side is Side.NONE else f"{side.value.capitalize()} side"


def _name(segment: Segment) -> str:
    return segment.exercise or segment.label


def _is_exercise(segment: Segment) -> bool:
    """Work, holds, rep sets and the cool-down: what "next" points at (breaks are not)."""
    return segment.kind.is_effort or segment.kind is SegmentKind.COOLDOWN


def next_exercise(session: Session) -> tuple[int, float] | None:
    """The next exercise segment after the one under way and how many planned seconds of
    breaks lie between the end of this segment and its start; None when none is left."""
    segments = session.plan.segments
    gap_s = 0.0
    for index in range(session.index + 1, len(segments)):
        if _is_exercise(segments[index]):
            return index, gap_s
        gap_s += segments[index].duration_s or 0.0
    return None


def _exercise_words(segment: Segment) -> str:
    """"Squat", "Clamshells (left)", "Squat · Set 2 / 5": short, to read from the mat."""
    name = _name(segment)
    if segment.side is not Side.NONE:
        name = f"{name} ({segment.side.value})"
    parts = [name]
    if segment.sets > 1:
        parts.append(wording.counter("Set", segment.set, segment.sets))
    return " · ".join(parts)


def next_text(session: Session) -> str:
    """The exercise that comes next: during an exercise, which one and after how long a
    break; during a break, which one and in how long."""
    found = next_exercise(session)
    if found is None:
        return "Next: finish"
    index, gap_s = found
    words = f"Next: {_exercise_words(session.plan.segments[index])}"
    if not _is_exercise(session.segment):
        until_s = math.ceil((session.segment_remaining_s() or 0.0) + gap_s - 1e-9)
        return f"{words} · in {wording.seconds_text(until_s)}"
    if gap_s > 0:
        return f"{words} · after {wording.seconds_text(gap_s)}"
    return words


def guide(session: Session) -> tuple[str, str, str]:
    """(title, instructions, safety) for the exercise under way, or in a break the one
    coming up (titled "Coming up: ..."): what to read while getting into position."""
    segment = session.segment
    title = ""
    if not _is_exercise(segment):
        found = next_exercise(session)
        if found is None:
            return "", "", ""
        segment = session.plan.segments[found[0]]
        title = f"Coming up: {_exercise_words(segment)}"
    routine = session.plan.routine
    if segment.kind is SegmentKind.COOLDOWN:
        cooldown = routine.cooldown
        return (title, cooldown.instructions.strip(), "") if cooldown else ("", "", "")
    if segment.exercise_index is None:
        return "", "", ""
    exercise = routine.exercises[segment.exercise_index]
    return title, exercise.instructions.strip(), exercise.safety.strip()


def has_guide(session: Session) -> bool:
    """Whether any exercise of the plan has instructions or a safety note (the view keeps
    room for them for the whole workout, so the digits do not move from segment to
    segment)."""
    routine = session.plan.routine
    cooldown = routine.cooldown.instructions if routine.cooldown else ""
    return bool(cooldown.strip()) or any(
        exercise.instructions.strip() or exercise.safety.strip()
        for exercise in routine.exercises)


def rep_detail(segment: Segment, elapsed_s: float) -> str:
    """The rep line: the rep under way in a paced set, the target in a manual one."""
    if segment.reps is None:
        return f"Press {DONE_KEY} when done" if segment.is_manual else ""
    if segment.is_manual or segment.tempo_s is None or segment.tempo_s <= 0:
        return f"{wording.count(segment.reps, 'rep')} · press {DONE_KEY} when done"
    rep = min(math.floor(elapsed_s / segment.tempo_s) + 1, segment.reps)
    return wording.counter("Rep", rep, segment.reps)


def session_times(session: Session) -> tuple[str, str, float]:
    """("0:13 done", "17:45 left of 17:58", fraction done).

    Done is the time spent exercising (pauses left out); left is the rest of the plan as it
    now stands (skips, jumps and +/- included); the "of" total is the two added, worked
    out from the shown whole seconds, so the numbers on screen always add up."""
    done_whole = math.floor(session.active_s() + 1e-6)
    left_whole = math.ceil(session.remaining_total_s() - 1e-9)
    total_whole = done_whole + left_whole
    fraction = min(1.0, session.active_s() / session.planned_total_s()) \
        if session.planned_total_s() > 0 else 0.0
    return (f"{format_clock(done_whole)} done",
            f"{format_clock(left_whole)} left of {format_clock(total_whole)}", fraction)


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
    elapsed_text, remaining_text, session_fraction = session_times(session)
    guide_title, instructions, safety = guide(session)
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
        round_text=(wording.counter("Round", segment.round, segment.rounds)
                    if segment.rounds > 1 else ""),
        set_text=wording.counter("Set", segment.set, segment.sets) if segment.sets > 1 else "",
        detail=rep_detail(segment, elapsed_s),
        next_text=next_text(session),
        elapsed_text=elapsed_text,
        remaining_text=remaining_text,
        session_fraction=session_fraction,
        paused=paused,
        title=title,
        guide_title=guide_title,
        instructions=instructions,
        safety=safety,
    )


@dataclass(frozen=True)
class JumpEntry:
    """One line of the jump list: an exercise segment of the plan."""

    index: int  # the segment's place in the plan (what the session jumps to)
    text: str  # "3. Squat · Set 2 / 5 · 20 reps"
    current: bool  # the segment under way (or the exercise a break leads to)


def _length_words(segment: Segment) -> str:
    if segment.duration_s is None or (segment.reps and segment.kind is SegmentKind.REPS):
        return wording.count(segment.reps, "rep") if segment.reps else "at your pace"
    return wording.seconds_text(segment.duration_s)


def jump_entries(session: Session) -> list[JumpEntry]:
    """Every exercise of the running plan, numbered, for the jump list (breaks are left out:
    jumping to an exercise starts it at once)."""
    segments = session.plan.segments
    targets = [segment for segment in segments if _is_exercise(segment)] or list(segments)
    upcoming = next_exercise(session)
    here = session.index if _is_exercise(session.segment) or upcoming is None else upcoming[0]
    entries = []
    for number, segment in enumerate(targets, start=1):
        parts = [_exercise_words(segment)]
        if segment.rounds > 1:
            parts.append(wording.counter("Round", segment.round, segment.rounds))
        parts.append(_length_words(segment))
        entries.append(JumpEntry(segment.index, f"{number}. {' · '.join(parts)}",
                                 segment.index == here))
    return entries


# Skipping these leaves the workout complete: they are breaks, not exercise.
_BREAKS = frozenset({SegmentKind.PREPARE, SegmentKind.REST, SegmentKind.SWITCH,
                     SegmentKind.ROUND_REST})


def _skipped_exercise(session: Session) -> tuple[float, int]:
    """Exercise time skipped (timed steps) and exercise steps skipped that have no time
    (rep sets at your own pace)."""
    skipped_s, untimed = 0.0, 0
    for index, segment in enumerate(session.plan.segments):
        if session.outcomes[index] is not Outcome.SKIPPED or segment.kind in _BREAKS:
            continue
        if segment.duration_s is None:
            untimed += 1
        else:
            skipped_s += max(0.0, segment.duration_s - session.segment_run_s(index))
    return skipped_s, untimed


def _skipped_heading(skipped_s: float, untimed: int) -> str:
    parts = []
    if round(skipped_s) > 0:
        parts.append(wording.seconds_text(skipped_s))
    if untimed:
        parts.append(wording.count(untimed, "set"))
    return f"Finished, {' and '.join(parts)} skipped"


def summary(session: Session, app_name: str) -> SummaryDisplay:
    """What the summary page says: the truth about how the workout ended."""
    segments = session.plan.segments
    steps = [index for index, segment in enumerate(segments)
             if segment.kind is not SegmentKind.PREPARE]
    done = sum(1 for index in steps if session.outcomes[index] is Outcome.COMPLETED)
    skipped = sum(1 for index in steps if session.outcomes[index] is Outcome.SKIPPED)
    total = len(steps)
    active_s = sum(session.segment_run_s(index) for index in steps)
    skipped_s = sum(max(0.0, (segments[index].duration_s or 0.0) - session.segment_run_s(index))
                    for index in steps if session.outcomes[index] is Outcome.SKIPPED)
    finished = session.state is State.FINISHED
    exercise_s, untimed = _skipped_exercise(session)
    complete = finished and round(exercise_s) == 0 and untimed == 0
    if complete:
        heading, state = "Workout complete", "Done"
    elif finished:
        heading, state = _skipped_heading(exercise_s, untimed), "Finished"
    else:
        heading = f"Stopped after {done + skipped} of {wording.count(total, 'step')}"
        state = "Stopped"
    if skipped == 0:
        skipped_text = "none"
    elif round(skipped_s) > 0:
        skipped_text = f"{wording.count(skipped, 'step')} · {wording.seconds_text(skipped_s)}"
    else:
        skipped_text = wording.count(skipped, "step")
    name = session.plan.routine.name
    return SummaryDisplay(
        heading=heading,
        routine=name,
        active_text=format_clock(math.floor(active_s + 1e-6)),
        done_text=f"{done} of {total}",
        skipped_text=skipped_text,
        done=done,
        skipped=skipped,
        total=total,
        complete=complete,
        title=f"{state} · {name} — {app_name}",
    )
