"""Counts and units in words, one way everywhere: "1 rep", "12 reps", "45 s", "15 min",
"Round 1 / 3".

Every count a person reads goes through :func:`count`, so a plural is never wrong: each
counted word has its own translatable text with ``%n`` (``Wording.tr("%n rep(s)", None, n)``),
so Qt picks the plural form the person's language needs (German, French and Spanish have two,
Chinese one). A word without a catalogue entry is counted in English. Qt-free: the command
line uses it too.
"""

from __future__ import annotations

from collections.abc import Callable

from leg_timer.core.translation import Context

Wording = Context("Wording")

# Words whose plural is not the word and an "s".
_IRREGULAR = {"is": "are", "was": "were", "this": "these"}

# One literal call per counted word, so pyside6-lupdate lists each one with its plural forms.
_COUNTED: dict[str, Callable[[int], str]] = {
    "rep": lambda n: Wording.tr("%n rep(s)", None, n),
    "set": lambda n: Wording.tr("%n set(s)", None, n),
    "step": lambda n: Wording.tr("%n step(s)", None, n),
    "segment": lambda n: Wording.tr("%n segment(s)", None, n),
    "round": lambda n: Wording.tr("%n round(s)", None, n),
    "exercise": lambda n: Wording.tr("%n exercise(s)", None, n),
    "problem": lambda n: Wording.tr("%n problem(s)", None, n),
    "more problem": lambda n: Wording.tr("%n more problem(s)", None, n),
    "file": lambda n: Wording.tr("%n file(s)", None, n),
    "session": lambda n: Wording.tr("%n session(s)", None, n),
    "workout": lambda n: Wording.tr("%n workout(s)", None, n),
    "routine": lambda n: Wording.tr("%n routine(s)", None, n),
    "day": lambda n: Wording.tr("%n day(s)", None, n),
    "rest day": lambda n: Wording.tr("%n rest day(s)", None, n),
    "week": lambda n: Wording.tr("%n week(s)", None, n),
    "time a day": lambda n: Wording.tr("%n time(s) a day", None, n),
    "time a week": lambda n: Wording.tr("%n time(s) a week", None, n),
    "second": lambda n: Wording.tr("%n second(s)", None, n),
    "minute": lambda n: Wording.tr("%n minute(s)", None, n),
    "hour": lambda n: Wording.tr("%n hour(s)", None, n),
}


def count(number: int, word: str, plural: str | None = None) -> str:
    """``number`` and ``word`` in the right form and language: ``count(1, "rep")`` is
    "1 rep", ``count(3, "problem")`` "3 problems", ``count(2, "switch", "switches")``
    "2 switches" (a word not in the catalogues stays English)."""
    counted = _COUNTED.get(word)
    if counted is not None:
        return counted(number)
    return f"{number} {noun(number, word, plural)}"


def noun(number: int, word: str, plural: str | None = None) -> str:
    """``word`` as it goes with ``number``, without the number."""
    if number == 1:
        return word
    return plural or _IRREGULAR.get(word, f"{word}s")


def seconds_text(seconds: float) -> str:
    """A length in the one unit style of the app: "45 s", "90 s", "5 min", "1 h 30 min".

    Whole minutes read as minutes from 2 minutes up (a 90 s rest stays "90 s", as timers
    say it); anything else as seconds, rounded to a whole second."""
    total = max(0, round(seconds))
    if total >= 3600 and total % 60 == 0:
        hours, minutes = divmod(total // 60, 60)
        if minutes:
            return Wording.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return Wording.tr("{hours} h").format(hours=hours)
    if total >= 120 and total % 60 == 0:
        return Wording.tr("{minutes} min").format(minutes=total // 60)
    return Wording.tr("{seconds} s").format(seconds=total)


def counter(label: str, current: int, of: int) -> str:
    """One counter style: "Round 1 / 3", "Rep 2 / 12", "Set 3 / 4" (``label`` already in
    the person's language: :func:`round_counter`, :func:`set_counter`, :func:`rep_counter`)."""
    return Wording.tr("{label} {current} / {total}").format(label=label, current=current,
                                                            total=of)


def round_counter(current: int, of: int) -> str:
    """"Round 1 / 3", translated."""
    return counter(Wording.tr("Round"), current, of)


def set_counter(current: int, of: int) -> str:
    """"Set 3 / 4", translated."""
    return counter(Wording.tr("Set"), current, of)


def rep_counter(current: int, of: int) -> str:
    """"Rep 2 / 12", translated."""
    return counter(Wording.tr("Rep"), current, of)

