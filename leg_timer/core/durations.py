"""Durations as people write them (``45``, ``45s``, ``1m30s``, ``15min``, ``1:30``) and as
the app shows them (``m:ss``).
"""

from __future__ import annotations

import math
import re

_UNIT_SECONDS = {
    "h": 3600.0,
    "hr": 3600.0,
    "hour": 3600.0,
    "hours": 3600.0,
    "m": 60.0,
    "min": 60.0,
    "mins": 60.0,
    "minute": 60.0,
    "minutes": 60.0,
    "s": 1.0,
    "sec": 1.0,
    "secs": 1.0,
    "second": 1.0,
    "seconds": 1.0,
}
_PART = re.compile(r"(\d+(?:\.\d+)?)\s*([a-z]+)")
_WHOLE = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*[a-z]+\s*)+")
_CLOCK = re.compile(r"(\d+):([0-5]\d)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def parse_duration(text: str) -> float:
    """Seconds in ``text``; raises ValueError with a message fit to show a user.

    Accepts a bare number of seconds (``"45"``), unit parts in any order of size
    (``"1m30s"``, ``"15 min"``, ``"1h"``) and a clock form ``"m:ss"`` (``"1:30"``).
    """
    cleaned = text.strip().lower()
    if cleaned.startswith("-"):
        raise ValueError(f"{text!r} is negative; durations are 0 or more")
    if _NUMBER.fullmatch(cleaned):
        return float(cleaned)
    clock = _CLOCK.fullmatch(cleaned)
    if clock:
        return int(clock.group(1)) * 60.0 + int(clock.group(2))
    if not cleaned or not _WHOLE.fullmatch(cleaned):
        raise ValueError(f"{text!r} is not a duration (write e.g. 45, 45s, 1m30s, 15min or 1:30)")
    total = 0.0
    for amount, unit in _PART.findall(cleaned):
        if unit not in _UNIT_SECONDS:
            raise ValueError(f"unknown unit {unit!r} in {text!r} (use s, min or h)")
        total += float(amount) * _UNIT_SECONDS[unit]
    return total


def format_clock(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss`` from one hour), rounding partial seconds up.

    Rounding up is what a countdown shows: with 0.2 s left the display still reads 0:01, and it
    reads 0:00 only when the time is truly over.
    """
    whole = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def format_seconds(seconds: float) -> str:
    """A compact duration for tables and messages: ``45s``, ``1m30s``, ``10min``."""
    whole = round(seconds)
    if abs(seconds - whole) > 1e-9:
        return f"{seconds:g}s"
    minutes, secs = divmod(whole, 60)
    if minutes and secs:
        return f"{minutes}m{secs:02d}s"
    if minutes:
        return f"{minutes}min"
    return f"{secs}s"
