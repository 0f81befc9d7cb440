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
from leg_timer.core.translation import QT_TRANSLATE_NOOP, Context
from leg_timer.present import wording
from leg_timer.present.shortcuts import Action, key_name

Display = Context("Display")
DONE_KEY = key_name(Action.ENTER)


# English, marked for the catalogues; banner() translates them when shown.
BANNERS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: QT_TRANSLATE_NOOP("Display", "GET READY"),
    SegmentKind.WORK: QT_TRANSLATE_NOOP("Display", "WORK"),
    SegmentKind.REST: QT_TRANSLATE_NOOP("Display", "REST"),
    SegmentKind.HOLD: QT_TRANSLATE_NOOP("Display", "HOLD"),
    SegmentKind.REPS: QT_TRANSLATE_NOOP("Display", "REPS"),
    SegmentKind.SWITCH: QT_TRANSLATE_NOOP("Display", "SWITCH SIDES"),
    SegmentKind.ROUND_REST: QT_TRANSLATE_NOOP("Display", "ROUND REST"),
    SegmentKind.COOLDOWN: QT_TRANSLATE_NOOP("Display", "COOL-DOWN"),
}


def banner(kind: SegmentKind) -> str:
    """The countdown's banner for a segment of ``kind`` ("REST"), in the person's language."""
    return Display.tr(BANNERS[kind])


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
    if side is Side.LEFT:
        return Display.tr("Left side")
    if side is Side.RIGHT:
        return Display.tr("Right side")
    return ""


def short_side(name: str, side: Side) -> str:
    """"Clamshells (left)": an exercise's name with its side, short."""
    if side is Side.LEFT:
        return Display.tr("{name} (left)").format(name=name)
    if side is Side.RIGHT:
        return Display.tr("{name} (right)").format(name=name)
    return name


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
    parts = [short_side(_name(segment), segment.side)]
    if segment.sets > 1:
        parts.append(wording.set_counter(segment.set, segment.sets))
    return " · ".join(parts)


def next_text(session: Session) -> str:
    """The exercise that comes next: during an exercise, which one and after how long a
    break; during a break, which one and in how long."""
    found = next_exercise(session)
    if found is None:
        return Display.tr("Next: finish")
    index, gap_s = found
    words = Display.tr("Next: {exercise}").format(
        exercise=_exercise_words(session.plan.segments[index]))
    if not _is_exercise(session.segment):
        until_s = math.ceil((session.segment_remaining_s() or 0.0) + gap_s - 1e-9)
        return Display.tr("{next} · in {time}").format(next=words,
                                                       time=wording.seconds_text(until_s))
    if gap_s > 0:
        return Display.tr("{next} · after {time}").format(next=words,
                                                          time=wording.seconds_text(gap_s))
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
        title = Display.tr("Coming up: {exercise}").format(exercise=_exercise_words(segment))
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
        return (Display.tr("Press {key} when done").format(key=key_name(Action.ENTER))
                if segment.is_manual else "")
    if segment.is_manual or segment.tempo_s is None or segment.tempo_s <= 0:
        return Display.tr("{reps} · press {key} when done").format(
            reps=wording.count(segment.reps, "rep"), key=key_name(Action.ENTER))
    rep = min(math.floor(elapsed_s / segment.tempo_s) + 1, segment.reps)
    return wording.rep_counter(rep, segment.reps)


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
    return (Display.tr("{time} done").format(time=format_clock(done_whole)),
            Display.tr("{left} left of {total}").format(left=format_clock(left_whole),
                                                        total=format_clock(total_whole)),
            fraction)


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
        title = Display.tr("Paused · {title}").format(title=title)
    return CountdownDisplay(
        kind=segment.kind,
        banner=banner(segment.kind),
        name=_name(segment),
        side=side_text(segment.side),
        digits=digits,
        remaining_fraction=min(1.0, max(0.0, fraction)),
        counting_up=remaining_s is None,
        round_text=(wording.round_counter(segment.round, segment.rounds)
                    if segment.rounds > 1 else ""),
        set_text=wording.set_counter(segment.set, segment.sets) if segment.sets > 1 else "",
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
        return wording.count(segment.reps, "rep") if segment.reps else Display.tr("at your pace")
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
            parts.append(wording.round_counter(segment.round, segment.rounds))
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
    return Display.tr("Finished, {skipped} skipped").format(
        skipped=Display.tr(" and ").join(parts))


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
        heading, state = Display.tr("Workout complete"), Display.tr("Done")
    elif finished:
        heading, state = _skipped_heading(exercise_s, untimed), Display.tr("Finished")
    else:
        heading = Display.tr("Stopped after {done} of {steps}").format(
            done=done + skipped, steps=wording.count(total, "step"))
        state = Display.tr("Stopped")
    if skipped == 0:
        skipped_text = Display.tr("none", "no steps skipped")
    elif round(skipped_s) > 0:
        skipped_text = f"{wording.count(skipped, 'step')} · {wording.seconds_text(skipped_s)}"
    else:
        skipped_text = wording.count(skipped, "step")
    name = session.plan.routine.name
    return SummaryDisplay(
        heading=heading,
        routine=name,
        active_text=format_clock(math.floor(active_s + 1e-6)),
        done_text=Display.tr("{done} of {total}").format(done=done, total=total),
        skipped_text=skipped_text,
        done=done,
        skipped=skipped,
        total=total,
        complete=complete,
        title=Display.tr("{state} · {routine} — {app}").format(state=state, routine=name,
                                                                app=app_name),
    )
