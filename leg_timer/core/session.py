"""The workout state machine: what is due, and when, as a plan runs.

A :class:`Session` owns no timer. The user interface asks it to :meth:`Session.update` (run
everything due up to now) and when to wake next (:meth:`Session.next_wakeup_at`); commands
(start, pause, next, ...) change its state. Every instant is computed from the monotonic clock
it was given: a segment ends at the instant it started plus its planned duration, the time it
spent paused and the user's adjustments, and the next segment starts at that same computed
instant (not at the moment the end was noticed), so a late wake-up never shifts what follows
and a session never drifts, however long.

Listeners registered with :meth:`Session.subscribe` receive every :class:`Event`.
"""

from __future__ import annotations

import copy
import enum
import math
from collections.abc import Callable
from dataclasses import dataclass

from leg_timer.core.plan import Cue, CueKind, Plan, Segment

Clock = Callable[[], float]
Listener = Callable[["Event"], None]

PREVIOUS_RESTART_S = 2.0  # "previous" more than this far into a segment restarts it instead
ADJUST_STEP_S = 10.0


class State(enum.StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"
    STOPPED = "stopped"


class EventKind(enum.StrEnum):
    SESSION_STARTED = "session_started"
    SEGMENT_STARTED = "segment_started"
    SEGMENT_ENDED = "segment_ended"
    CUE_DUE = "cue_due"
    PAUSED = "paused"
    RESUMED = "resumed"
    TIME_ADJUSTED = "time_adjusted"
    SESSION_FINISHED = "session_finished"
    SESSION_STOPPED = "session_stopped"


class Outcome(enum.StrEnum):
    COMPLETED = "completed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Event:
    """Something that happened at monotonic instant ``at`` (its due time, not when noticed)."""

    kind: EventKind
    at: float
    index: int | None = None
    cue: Cue | None = None
    outcome: Outcome | None = None


class IllegalTransition(RuntimeError):
    """A command that makes no sense in the session's state (e.g. resume while running)."""


class Session:
    """Runs ``plan`` against ``clock`` (a monotonic clock in seconds)."""

    def __init__(self, plan: Plan, clock: Clock) -> None:
        if not plan.segments:
            raise ValueError("a session needs a plan with at least one segment")
        self.plan = plan
        self._clock = clock
        self._listeners: list[Listener] = []
        self._reset()

    def _reset(self) -> None:
        self.state = State.IDLE
        self.index = 0
        self.outcomes: list[Outcome | None] = [None] * len(self.plan.segments)
        self._segment_started_at = 0.0
        self._segment_paused_s = 0.0
        self._segment_extra_s = 0.0
        self._paused_at: float | None = None
        self._fired: set[int] = set()
        self._active_done_s = 0.0  # run time of every segment run before the current one
        # Seconds run in each segment, pauses excluded, every visit added (the summary leaves
        # out the get-ready time and works out what was skipped from these).
        self.run_s: list[float] = [0.0] * len(self.plan.segments)
        self._advanced_to = 0.0  # events up to this instant have been emitted
        self.started_at: float | None = None
        self.ended_at: float | None = None

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def _emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- what the views ask ----------------------------------------------------------------

    @property
    def segment(self) -> Segment:
        return self.plan.segments[self.index]

    @property
    def is_active(self) -> bool:
        """Running or paused: a workout is under way."""
        return self.state in (State.RUNNING, State.PAUSED)

    def now(self) -> float:
        return self._clock()

    def segment_duration_s(self) -> float | None:
        """The current segment's length including the user's adjustments (None if manual)."""
        planned = self.segment.duration_s
        return None if planned is None else planned + self._segment_extra_s

    def segment_elapsed_s(self) -> float:
        if not self.is_active:
            return 0.0
        until = self._paused_at if self._paused_at is not None else self.now()
        return max(0.0, until - self._segment_started_at - self._segment_paused_s)

    def segment_remaining_s(self) -> float | None:
        duration = self.segment_duration_s()
        if duration is None:
            return None
        if self.state is State.FINISHED:
            return 0.0
        return max(0.0, duration - self.segment_elapsed_s())

    def active_s(self) -> float:
        """Seconds actually run so far (pauses excluded)."""
        return self._active_done_s + self.segment_elapsed_s()

    def remaining_total_s(self) -> float:
        """Planned time still to run: the current segment's rest plus the segments after it."""
        if self.state in (State.FINISHED, State.STOPPED):
            return 0.0
        later = sum(s.duration_s or 0.0 for s in self.plan.segments[self.index + 1:])
        return (self.segment_remaining_s() or 0.0) + later

    def next_segment(self) -> Segment | None:
        following = self.index + 1
        return self.plan.segments[following] if following < len(self.plan.segments) else None

    def _segment_end_at(self) -> float | None:
        duration = self.segment_duration_s()
        if duration is None:
            return None
        return self._segment_started_at + self._segment_paused_s + duration

    def _cue_due_at(self, cue: Cue) -> float:
        base = self._segment_started_at + self._segment_paused_s
        # Added in the same order as _segment_end_at (base + (planned + extra)): a cue at the
        # end then falls on exactly the end's instant. (base + at_s) + extra could differ in
        # the last bit after +/-, and the end's beep came as two announcements, played twice.
        return base + (cue.at_s + (self._segment_extra_s if cue.from_end else 0.0))

    def next_due_at(self) -> float | None:
        """The instant of the next cue or segment boundary; None when nothing is pending."""
        if self.state is not State.RUNNING:
            return None
        instants = [self._cue_due_at(cue) for number, cue in enumerate(self.segment.cues)
                    if number not in self._fired]
        end = self._segment_end_at()
        if end is not None:
            instants.append(end)
        return min(instants) if instants else None

    def next_display_change_at(self) -> float | None:
        """When the shown whole second changes (counting down, or up in a manual set)."""
        if self.state is not State.RUNNING:
            return None
        end = self._segment_end_at()
        if end is None:
            elapsed = self.segment_elapsed_s()
            return self.now() + (math.floor(elapsed) + 1 - elapsed)
        shown = math.ceil(end - self.now() - 1e-9)
        return end - max(shown - 1, 0)

    def next_wakeup_at(self) -> float | None:
        """When a driver should next call :meth:`update`; None while idle, paused or over."""
        instants = [t for t in (self.next_due_at(), self.next_display_change_at())
                    if t is not None]
        return min(instants) if instants else None

    def events_until(self, until: float) -> list[Event]:
        """The events :meth:`update` would emit from now up to ``until`` if nothing else
        happened meanwhile (no pause, skip or adjustment): a look-ahead, e.g. for a player
        that must be given a cue before its instant to play it on time. The session itself is
        left as it was. Empty unless running."""
        if self.state is not State.RUNNING:
            return []
        shadow = copy.copy(self)
        shadow._listeners = []
        shadow.outcomes = list(self.outcomes)
        shadow.run_s = list(self.run_s)
        shadow._fired = set(self._fired)
        found: list[Event] = []
        shadow.subscribe(found.append)
        shadow._advance_to(until)
        return found

    # -- running -------------------------------------------------------------------------

    def update(self) -> None:
        """Emit every cue and boundary due up to now, in order, at their due instants."""
        if self.state is State.RUNNING:
            self._advance_to(self.now())

    def _advance_to(self, now: float) -> None:
        self._advanced_to = max(self._advanced_to, now)
        while self.state is State.RUNNING:
            end = self._segment_end_at()
            horizon = now if end is None else min(now, end)
            due = sorted(
                (self._cue_due_at(cue), number) for number, cue in enumerate(self.segment.cues)
                if number not in self._fired and self._cue_due_at(cue) <= horizon
            )
            for at, number in due:
                self._fired.add(number)
                self._emit(Event(EventKind.CUE_DUE, at, self.index, self.segment.cues[number]))
            if end is None or end > now:
                return
            self._end_segment(end, Outcome.COMPLETED)

    def _end_segment(self, at: float, outcome: Outcome) -> None:
        """Close the current segment at ``at`` and start the next one there (or finish)."""
        self._add_run(max(0.0, at - self._segment_started_at - self._segment_paused_s))
        self.outcomes[self.index] = outcome
        self._emit(Event(EventKind.SEGMENT_ENDED, at, self.index, outcome=outcome))
        if self.index + 1 >= len(self.plan.segments):
            self.state = State.FINISHED
            self._paused_at = None
            self.ended_at = at
            self._emit(Event(EventKind.SESSION_FINISHED, at))
            return
        self._enter(self.index + 1, at)

    def _add_run(self, seconds: float) -> None:
        self._active_done_s += seconds
        self.run_s[self.index] += seconds

    def _enter(self, index: int, at: float) -> None:
        self.index = index
        self._segment_started_at = at
        self._segment_paused_s = 0.0
        self._segment_extra_s = 0.0
        self._fired = set()
        if self._paused_at is not None:
            self._paused_at = at  # moved while paused: the new segment waits, untouched
        self._emit(Event(EventKind.SEGMENT_STARTED, at, index))

    # -- commands ------------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not State.IDLE:
            raise IllegalTransition(f"cannot start a session that is {self.state}")
        now = self.now()
        self.state = State.RUNNING
        self.started_at = now
        self._emit(Event(EventKind.SESSION_STARTED, now))
        self._enter(0, now)
        self._advance_to(now)

    def restart(self) -> None:
        """Back to the first segment, running, as if just started (keeps the listeners)."""
        self._reset()
        self.start()

    def pause(self, at: float | None = None) -> None:
        """Pause now, or at the earlier instant ``at`` (after a sleep: the last instant awake)."""
        if self.state is not State.RUNNING:
            raise IllegalTransition(f"cannot pause a session that is {self.state}")
        now = self.now()
        # Never before what has already been emitted: events that happened stay happened.
        at = now if at is None else min(max(at, self._advanced_to), now)
        self._advance_to(at)
        if not self.is_active:
            return  # the session finished before the pause instant
        self.state = State.PAUSED
        self._paused_at = at
        self._emit(Event(EventKind.PAUSED, at, self.index))

    def resume(self) -> None:
        if self.state is not State.PAUSED or self._paused_at is None:
            raise IllegalTransition(f"cannot resume a session that is {self.state}")
        now = self.now()
        self._segment_paused_s += now - self._paused_at
        self._paused_at = None
        self.state = State.RUNNING
        self._emit(Event(EventKind.RESUMED, now, self.index))
        self._advance_to(now)

    def toggle(self) -> None:
        """Space: start when idle, pause when running, resume when paused."""
        if self.state is State.IDLE:
            self.start()
        elif self.state is State.RUNNING:
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()

    def next(self) -> None:
        """Skip to the next segment now (finishing the session after the last)."""
        if not self.is_active:
            return
        if not self._catch_up():
            return
        self._end_segment(self._segment_now(), Outcome.SKIPPED)

    def previous(self) -> None:
        """Restart the segment if more than 2 s in, else go back to the one before."""
        if not self.is_active:
            return
        if not self._catch_up():
            return
        going_back = self.segment_elapsed_s() <= PREVIOUS_RESTART_S and self.index > 0
        self.jump_to(self.index - 1 if going_back else self.index)

    def jump_to(self, index: int) -> None:
        """Go to segment ``index`` now (the jump list), from its start.

        Forwards, the segment in progress and those jumped over count as skipped; backwards
        (or to the segment in progress, which restarts it), they become unreached again, as
        with :meth:`previous`. Time already run stays run; a pause stays paused.
        """
        if not 0 <= index < len(self.plan.segments):
            raise IndexError(f"no segment {index} in a plan of {len(self.plan.segments)}")
        if not self.is_active:
            return
        if not self._catch_up():
            return
        now = self._segment_now()
        self._add_run(self.segment_elapsed_s())
        if index > self.index:
            self.outcomes[self.index] = Outcome.SKIPPED
            self._emit(Event(EventKind.SEGMENT_ENDED, now, self.index, outcome=Outcome.SKIPPED))
            for passed in range(self.index + 1, index):
                self.outcomes[passed] = Outcome.SKIPPED
        else:
            for undone in range(index, self.index + 1):
                self.outcomes[undone] = None
        self._enter(index, now)
        if self.state is State.RUNNING:
            self._advance_to(now)

    def planned_total_s(self) -> float:
        """The plan as it now stands: time run so far plus what is still to run.

        It starts as the plan's total and moves with every skip, jump, restart and +/- so
        that :meth:`active_s` + :meth:`remaining_total_s` always equals it.
        """
        return self.active_s() + self.remaining_total_s()

    def add_time(self, delta_s: float = ADJUST_STEP_S) -> None:
        """Lengthen (or, with a negative delta, shorten) the current timed segment.

        The segment never gets shorter than what has already run; a cue that shortening moved
        into the past is dropped rather than played late.
        """
        if not self.is_active or self.segment.duration_s is None:
            return
        if not self._catch_up():
            return
        now = self._segment_now()
        planned = self.segment.duration_s
        elapsed = self.segment_elapsed_s()
        self._segment_extra_s = max(self._segment_extra_s + delta_s, elapsed - planned)
        for number, cue in enumerate(self.segment.cues):
            overdue = self._cue_due_at(cue) < now and cue.kind is not CueKind.END
            if overdue and number not in self._fired:
                self._fired.add(number)
        self._emit(Event(EventKind.TIME_ADJUSTED, now, self.index))
        if self.state is State.RUNNING:
            self._advance_to(now)

    def done(self) -> None:
        """Enter on a manual rep set: it is complete, go on."""
        if not self.is_active or not self.segment.is_manual:
            return
        self._end_segment(self._segment_now(), Outcome.COMPLETED)

    def stop(self) -> None:
        if not self.is_active:
            return
        if not self._catch_up():
            return
        now = self._segment_now()
        self._add_run(self.segment_elapsed_s())
        self.state = State.STOPPED
        self._paused_at = None
        self.ended_at = now
        self._emit(Event(EventKind.SESSION_STOPPED, now, self.index))

    def _catch_up(self) -> bool:
        """Run what fell due before a command, so a command never swallows a boundary.

        Returns whether the session is still under way afterwards.
        """
        if self.state is State.RUNNING:
            self._advance_to(self.now())
        return self.is_active

    def _segment_now(self) -> float:
        """The instant a command acts at: now, or the pause instant while paused."""
        return self._paused_at if self._paused_at is not None else self.now()

    # -- the summary ---------------------------------------------------------------------

    def segment_run_s(self, index: int) -> float:
        """Seconds run so far in segment ``index``, the current one's run included."""
        extra = self.segment_elapsed_s() if index == self.index else 0.0
        return self.run_s[index] + extra

    def counts(self) -> dict[Outcome, int]:
        """How many segments were completed and skipped (unreached ones count as neither)."""
        return {
            outcome: sum(1 for seen in self.outcomes if seen is outcome) for outcome in Outcome
        }
