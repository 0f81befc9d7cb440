"""'Did you mean ...?' suggestions for misspelt keys, tags, parameters and routine ids."""

from __future__ import annotations

from collections.abc import Iterable


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of
    two neighbouring letters each cost one, so ``rets`` is one step from ``rest``."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def closest(word: str, choices: Iterable[str], limit: int = 1) -> list[str]:
    """Up to ``limit`` choices near ``word`` (within a third of its length, at least 2 edits),
    nearest first; substrings such as ``legs-up-wall`` in ``legs-up-the-wall`` count too."""
    lowered = word.lower()
    scored = []
    for choice in choices:
        other = choice.lower()
        distance = edit_distance(lowered, other)
        if lowered and (lowered in other or other in lowered):
            distance = min(distance, 1)
        elif _shared_prefix(lowered, other) >= 4:
            distance = min(distance, 2)  # "squats" for "squat-100"
        if distance <= max(2, len(word) // 3):
            # On a tie, a choice with the same letters (a swap) is the likelier typo.
            scored.append((distance, sorted(other) != sorted(lowered), choice))
    return [choice for *_, choice in sorted(scored)[:limit]]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` or an empty string."""
    found = closest(word, choices)
    return f" (did you mean {found[0]!r}?)" if found else ""


def _shared_prefix(a: str, b: str) -> int:
    length = 0
    for char_a, char_b in zip(a, b, strict=False):
        if char_a != char_b:
            break
        length += 1
    return length
