"""The voice's words in the person's language: an announcement's phrases worded.

:mod:`leg_timer.core.announcements` decides *what* is said, as :class:`Phrase` values ("round 2
of 3", "next: this exercise on the right side"); this module words them through
:func:`leg_timer.core.translation.translate` (context ``Cues``), in the window's process, so
the voice host only speaks text it is given. Untranslated, the words are exactly the English
of ``Announcement.speech``. Qt-free.
"""

from __future__ import annotations

from leg_timer.core.announcements import Announcement, Phrase, Say
from leg_timer.core.routine import Side
from leg_timer.core.translation import Context

Cues = Context("Cues")


def spoken_text(announcement: Announcement) -> str | None:
    """What the voice says for ``announcement`` (None for nothing), in the chosen language."""
    if not announcement.phrases:
        return announcement.speech  # made by hand (tests), with no structure to word
    return joined([phrase_text(phrase) for phrase in announcement.phrases])


def joined(parts: list[str]) -> str | None:
    """Phrases said one after another (English: "Rest. Next: squats")."""
    # Between two phrases the voice says one after another (Chinese: a full-width stop).
    separator = Cues.tr(". ", "between spoken phrases")
    return separator.join(part for part in parts if part) or None


def phrase_text(phrase: Phrase) -> str:
    """One phrase in words."""
    say = phrase.say
    if say is Say.GET_READY:
        return Cues.tr("Get ready")
    if say is Say.REST:
        return Cues.tr("Rest")
    if say is Say.SWITCH_SIDES:
        return Cues.tr("Switch sides")
    if say is Say.LAST_SET:
        return Cues.tr("Last set")
    if say is Say.HALFWAY:
        return Cues.tr("Halfway")
    if say is Say.WORKOUT_COMPLETE:
        return Cues.tr("Workout complete")
    if say is Say.SESSION_COMPLETE:
        return Cues.tr("Session complete")
    if say is Say.LABEL:
        return phrase.name
    if say is Say.ROUND:
        return Cues.tr("Round {number} of {total}").format(number=phrase.number,
                                                           total=phrase.total)
    if say is Say.REPS:
        return Cues.tr("%n reps", "spoken at the start of a rep set", phrase.number)
    if say is Say.REP_COUNT:
        return str(phrase.number)
    if say is Say.NAME:
        return named(phrase.name, phrase.side)
    return next_text(phrase)


def named(name: str, side: Side) -> str:
    """An exercise's name with its side: "Clamshells, right side"."""
    if side is Side.LEFT:
        return Cues.tr("{name}, left side").format(name=name)
    if side is Side.RIGHT:
        return Cues.tr("{name}, right side").format(name=name)
    return name


def next_text(phrase: Phrase) -> str:
    """"Next: clamshells, right side", with ", set 2 of 3" between sets."""
    template = Cues.tr("Next: {name}")
    name = named(phrase.name, phrase.side)
    # English: "Next: clamshells", but "Next: TRX row" (other languages keep the name).
    if (template == "Next: {name}" and len(name) > 1 and name[0].isupper()
            and name[1].islower()):
        name = name[0].lower() + name[1:]
    text = template.format(name=name)
    if phrase.total > 1:
        text += Cues.tr(", set {number} of {total}").format(number=phrase.number,
                                                            total=phrase.total)
    return text
