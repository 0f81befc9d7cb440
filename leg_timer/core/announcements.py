"""What the person hears: session events turned into sounds and spoken words.

:func:`announce` is a pure function from the events of one moment (everything a session emitted
at one due instant) to at most one :class:`Announcement` per instant: one sound and one line to
speak. Grouping by instant is what makes a boundary sound once: the end cue of a work segment
and the start cue of the rest after it fall at the same instant and give one "rest" sound,
chosen by :data:`SOUND_PRIORITY`. Which cues exist at all comes from the plan (the routine and
its defaults); :class:`CueOptions` only lets the person thin them out (ticks off, a shorter
countdown) or add rep counting.

What is said, and when:

- start of the get-ready segment: "Get ready";
- start of a rest: "Rest"; of a switch: "Switch sides"; of a cool-down: its label;
- the first countdown cue of a segment that leads into an exercise: "Next: clamshells, right
  side" (with "set 2 of 3" between sets); when that segment has no countdown, the same is said
  at its start instead;
- start of an exercise: "Round 2 of 3" on the first exercise of a new round, "Last set" on the
  exercise's final set, "20 reps" for a rep set, and its name if nothing announced it before;
- halfway: "Halfway"; each paced rep: its number, when rep counting is on;
- the end: "Workout complete" ("Session complete" after a relaxation pose).

Relaxation poses (cue style ``bell``) hear the soft bell for every cue and never a tick.

The words are structured (:class:`Phrase`: what is said, with its name and numbers), not
sentences: ``leg_timer.present.spoken`` words them in the person's language.
``Announcement.speech`` is the English wording (:meth:`Phrase.english`), for logs and tests.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from leg_timer.core.plan import Cue, CueKind, Plan, Segment, SegmentKind
from leg_timer.core.routine import Side
from leg_timer.core.session import Event, EventKind

# Every cue sound, by file name (resources/sounds/<name>.wav), highest priority first: when
# several cues fall at one instant, only the first of these among them is played.
SOUND_PRIORITY = ("complete", "switch", "go", "round", "rest", "halfway", "bell", "tick")
SOUND_NAMES = frozenset(SOUND_PRIORITY)
BELL_STYLE = "bell"
SAME_INSTANT_S = 1e-6  # due instants closer than this are one moment (float rounding)


@dataclass(frozen=True)
class CueOptions:
    """The person's choices on top of the plan's cues.

    ``ticks`` turns every tick off (countdown and rep pace); ``countdown_s`` keeps only the
    countdown ticks of the last so many seconds (it cannot add ticks the plan does not have);
    ``count_reps`` speaks the number of each paced rep.
    """

    ticks: bool = True
    countdown_s: int = 3
    count_reps: bool = False


class Say(enum.Enum):
    """What one spoken phrase is (``leg_timer.present.spoken`` has each one's words)."""

    GET_READY = "get_ready"
    REST = "rest"
    SWITCH_SIDES = "switch_sides"
    LABEL = "label"  # a segment's own label, said as it is (a cool-down's)
    ROUND = "round"  # number of total: "Round 2 of 3"
    NAME = "name"  # an exercise's name, with its side
    LAST_SET = "last_set"
    REPS = "reps"  # number: "20 reps"
    NEXT = "next"  # name, side, and set of sets when sets > 1
    HALFWAY = "halfway"
    REP_COUNT = "rep_count"  # number: a paced rep's count
    WORKOUT_COMPLETE = "workout_complete"
    SESSION_COMPLETE = "session_complete"


@dataclass(frozen=True)
class Phrase:
    """One thing said: its kind, and the name and numbers it carries."""

    say: Say
    name: str = ""
    side: Side = Side.NONE
    number: int = 0
    total: int = 0

    def english(self) -> str:
        """The English words (the source texts of the translations)."""
        if self.say is Say.LABEL:
            return self.name
        if self.say is Say.ROUND:
            return f"Round {self.number} of {self.total}"
        if self.say is Say.NAME:
            return _named(self.name, self.side)
        if self.say is Say.REPS:
            return f"{self.number} reps"
        if self.say is Say.REP_COUNT:
            return str(self.number)
        if self.say is Say.NEXT:
            text = f"Next: {_lowered(_named(self.name, self.side))}"
            if self.total > 1:
                text += f", set {self.number} of {self.total}"
            return text
        return _FIXED_ENGLISH[self.say]


_FIXED_ENGLISH = {Say.GET_READY: "Get ready", Say.REST: "Rest", Say.SWITCH_SIDES: "Switch sides",
                  Say.LAST_SET: "Last set", Say.HALFWAY: "Halfway",
                  Say.WORKOUT_COMPLETE: "Workout complete",
                  Say.SESSION_COMPLETE: "Session complete"}


def english(phrases: Sequence[Phrase]) -> str | None:
    """Phrases said one after another, in English (None for none)."""
    return ". ".join(phrase.english() for phrase in phrases) or None


@dataclass(frozen=True)
class Announcement:
    """What to play and say at the monotonic instant ``at`` (the cue's due time).

    ``speech`` is the English wording of ``phrases`` (what is said, structured, for the
    person's language: ``leg_timer.present.spoken.spoken_text``)."""

    at: float
    sound: str | None = None
    speech: str | None = None
    phrases: tuple[Phrase, ...] = field(default=(), compare=False)


def announce(events: Iterable[Event], plan: Plan,
             options: CueOptions | None = None) -> list[Announcement]:
    """One announcement per instant among ``events`` that has something to play or say."""
    options = options or CueOptions()
    result = []
    for moment in group_by_instant(events):
        sounds: list[str] = []
        words: list[tuple[Phrase, ...]] = []
        for event in moment:
            sound, speech = _event_cues(event, plan, options)
            if sound is not None:
                sounds.append(sound)
            if speech and speech not in words:
                # A rep's count keeps the pace, so it comes before anything else said then.
                counting = event.cue is not None and event.cue.kind is CueKind.REP
                words.insert(0 if counting else len(words), speech)
        sound = min(sounds, key=SOUND_PRIORITY.index) if sounds else None
        if sound is not None or words:
            phrases = tuple(phrase for said in words for phrase in said)
            result.append(Announcement(moment[0].at, sound, english(phrases), phrases))
    return result


def group_by_instant(events: Iterable[Event]) -> list[list[Event]]:
    """Consecutive events due at the same instant, in the order they were emitted."""
    groups: list[list[Event]] = []
    for event in events:
        if groups and abs(event.at - groups[-1][0].at) <= SAME_INSTANT_S:
            groups[-1].append(event)
        else:
            groups.append([event])
    return groups


# -- one event ---------------------------------------------------------------------------------


Said = tuple[Phrase, ...]


def _event_cues(event: Event, plan: Plan, options: CueOptions) -> tuple[str | None, Said]:
    """The sound (before priorities) and the words one event asks for."""
    segments = plan.segments
    if event.kind is EventKind.SESSION_FINISHED:
        bell = _style(segments[-1]) == BELL_STYLE
        return ("bell" if bell else "complete"), (
            Phrase(Say.SESSION_COMPLETE if bell else Say.WORKOUT_COMPLETE),)
    if event.index is None or not 0 <= event.index < len(segments):
        return None, ()
    if event.kind is EventKind.SEGMENT_STARTED:
        return None, _segment_speech(plan, event.index)
    if event.kind is EventKind.CUE_DUE and event.cue is not None:
        return _cue_sound(plan, event.index, event.cue, options), _cue_speech(
            plan, event.index, event.cue, options)
    return None, ()


def _cue_sound(plan: Plan, index: int, cue: Cue, options: CueOptions) -> str | None:
    bell = cue.style == BELL_STYLE
    sound: str | None
    if cue.kind is CueKind.START:
        sound = _boundary_sound(plan, index)
    elif cue.kind is CueKind.END:
        last = index + 1 >= len(plan.segments)
        sound = "complete" if last else _boundary_sound(plan, index + 1)
    elif cue.kind is CueKind.HALFWAY:
        sound = "halfway"
    elif cue.kind is CueKind.INTERVAL:
        sound = "bell"
    elif cue.kind is CueKind.COUNTDOWN:
        wanted = options.ticks and cue.value <= options.countdown_s
        sound = "tick" if wanted and not bell else None
    else:  # CueKind.REP: the pace of a paced set
        sound = "tick" if options.ticks and not bell else None
    if bell and sound is not None:
        return "bell"
    return sound


def _boundary_sound(plan: Plan, index: int) -> str:
    """The sound for the start of segment ``index`` (whether its start or the end before it)."""
    segment = plan.segments[index]
    if segment.kind is SegmentKind.SWITCH:
        return "switch"
    if segment.kind.is_effort:
        return "go"
    if index > 0 and _ends_round(plan, index - 1):
        return "round"
    return "rest"


def _cue_speech(plan: Plan, index: int, cue: Cue, options: CueOptions) -> Said:
    bell = cue.style == BELL_STYLE
    if cue.kind is CueKind.HALFWAY:
        return () if bell else (Phrase(Say.HALFWAY),)
    if cue.kind is CueKind.REP:
        return (Phrase(Say.REP_COUNT, number=int(cue.value)),) if (
            options.count_reps and not bell) else ()
    if cue.kind is CueKind.COUNTDOWN:
        segment = plan.segments[index]
        first = max(c.value for c in segment.cues if c.kind is CueKind.COUNTDOWN)
        if cue.value == first and _announces_next(plan, index):
            return (_next_phrase(plan.segments[index + 1]),)
    return ()


def _segment_speech(plan: Plan, index: int) -> Said:
    segment = plan.segments[index]
    parts: list[Phrase] = []
    if segment.kind is SegmentKind.PREPARE:
        parts.append(Phrase(Say.GET_READY))
    elif segment.kind in (SegmentKind.REST, SegmentKind.ROUND_REST):
        parts.append(Phrase(Say.REST))
    elif segment.kind is SegmentKind.SWITCH:
        parts.append(Phrase(Say.SWITCH_SIDES))
    elif segment.kind is SegmentKind.COOLDOWN:
        if segment.label:
            parts.append(Phrase(Say.LABEL, name=segment.label))
    else:
        previous = plan.segments[index - 1] if index > 0 else None
        if previous is not None and previous.round < segment.round:
            parts.append(Phrase(Say.ROUND, number=segment.round, total=segment.rounds))
        if not (index > 0 and _announces_next(plan, index - 1)):
            parts.append(Phrase(Say.NAME, name=segment.exercise or segment.label,
                                side=segment.side))
        if segment.sets > 1 and segment.set == segment.sets and _last_side(plan, index):
            parts.append(Phrase(Say.LAST_SET))
        if segment.kind is SegmentKind.REPS and segment.reps:
            parts.append(Phrase(Say.REPS, number=segment.reps))
    if not segment.kind.is_effort and not _has_countdown(segment) and _announces_next(
            plan, index):
        parts.append(_next_phrase(plan.segments[index + 1]))
    return tuple(parts)


# -- plan questions ----------------------------------------------------------------------------


def _style(segment: Segment) -> str:
    styles = {cue.style for cue in segment.cues}
    return BELL_STYLE if BELL_STYLE in styles else "beep"


def _has_countdown(segment: Segment) -> bool:
    return any(cue.kind is CueKind.COUNTDOWN for cue in segment.cues)


def _announces_next(plan: Plan, index: int) -> bool:
    """Whether segment ``index`` says "Next: ..." (at its countdown, or at its start).

    It does when an exercise follows, unless it is the same exercise straight on (two sets
    back to back) or an exercise without a countdown (which has nowhere to say it).
    """
    if index + 1 >= len(plan.segments):
        return False
    segment, following = plan.segments[index], plan.segments[index + 1]
    if not following.kind.is_effort:
        return False
    if segment.kind.is_effort:
        return _has_countdown(segment) and segment.label != following.label
    return True


def _ends_round(plan: Plan, index: int) -> bool:
    """Segment ``index`` is the last exercise of a round that another round follows."""
    segment = plan.segments[index]
    if not segment.kind.is_effort or segment.round >= segment.rounds:
        return False
    return not any(later.kind.is_effort and later.round == segment.round
                   for later in plan.segments[index + 1:])


def _last_side(plan: Plan, index: int) -> bool:
    """No other side of this exercise follows in this round."""
    segment = plan.segments[index]
    for later in plan.segments[index + 1:]:
        if later.round != segment.round or (
                later.kind.is_effort and later.exercise_index != segment.exercise_index):
            return True
        if later.kind.is_effort and later.side is not segment.side:
            return False
    return True


def _named(name: str, side: Side) -> str:
    return f"{name}, {side.value} side" if side is not Side.NONE else name


def _lowered(name: str) -> str:
    """"Next: clamshells" reads better than "Next: Clamshells"; keep acronyms ("TRX row")."""
    if len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _next_phrase(segment: Segment) -> Phrase:
    return Phrase(Say.NEXT, name=segment.exercise or segment.label, side=segment.side,
                  number=segment.set, total=segment.sets)


def sound_names() -> Sequence[str]:
    """Every sound an announcement may name (each must exist in resources/sounds)."""
    return SOUND_PRIORITY
