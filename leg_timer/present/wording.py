"""Counts and units in words, one way everywhere: "1 rep", "12 reps", "45 s", "15 min",
"Round 1 / 3".

Every count a person reads goes through :func:`count`, so a plural is never wrong and there is
one place to hand the words to a translator later (Qt's ``tr`` with ``%n`` picks the plural
form a language needs; English has two). Qt-free: the command line uses it too.
"""

from __future__ import annotations

# Words whose plural is not the word and an "s".
_IRREGULAR = {"is": "are", "was": "were", "this": "these"}


def count(number: int, word: str, plural: str | None = None) -> str:
    """``number`` and ``word`` in the right form: ``count(1, "rep")`` is "1 rep",
    ``count(3, "problem")`` "3 problems", ``count(2, "switch", "switches")`` "2 switches"."""
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
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if total >= 120 and total % 60 == 0:
        return f"{total // 60} min"
    return f"{total} s"


def counter(label: str, current: int, of: int) -> str:
    """One counter style: "Round 1 / 3", "Rep 2 / 12", "Set 3 / 4"."""
    return f"{label} {current} / {of}"

