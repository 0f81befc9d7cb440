"""What goes wrong while importing, said with its place, and careful readers of foreign data.

Files from other apps are parsed into plain JSON-like values (dicts, lists, strings, numbers).
:class:`Value` walks them while remembering the path it took, so every complaint can name the
exact place (``workouts[2].sets[0].exercises[1].duration``) and the kind of value found.
Nothing here trusts a type or a range: strings where numbers belong, NaN, negative or absurdly
large numbers are refused with a message, never a traceback.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

# Any single time Leg Timer accepts (core.loader.MAX_SECONDS), and whole numbers far beyond
# any real count: bigger ones are refused before float() could overflow on them.
MAX_SECONDS = 4 * 3600.0
MAX_WHOLE = 10**9


class ImportProblem(Exception):
    """A file could not be imported. The message names the file, the format tried and the
    place (a JSON path, or ``line:column`` for a syntax error)."""

    def __init__(self, file: str, format: str | None, place: str, message: str) -> None:
        self.file = file
        self.format = format
        self.place = place
        self.message = message
        tried = f" ({format})" if format else ""
        where = f" at {place}" if place else ""
        super().__init__(f"{file}{tried}{where}: {message}")


class FormatError(Exception):
    """A problem inside one format's reader; the caller adds the file and format names."""

    def __init__(self, place: str, message: str) -> None:
        super().__init__(f"{place}: {message}")
        self.place = place
        self.message = message


def describe(value: Any) -> str:
    """A found value in a few words, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class Value:
    """A value from a parsed file and the path that leads to it."""

    def __init__(self, value: Any, path: str = "") -> None:
        self.value = value
        self.path = path

    def fail(self, message: str) -> FormatError:
        return FormatError(self.path or "the top level", message)

    def child_path(self, key: str | int) -> str:
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    # -- shapes --------------------------------------------------------------------------

    def is_object(self) -> bool:
        return isinstance(self.value, dict)

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and self.value.get(key) is not None

    def get(self, key: str) -> Value | None:
        """The member ``key`` of an object, None when it is absent or null."""
        if not isinstance(self.value, dict):
            raise self.fail(f"expected an object, found {describe(self.value)}")
        found = self.value.get(key)
        return None if found is None else Value(found, self.child_path(key))

    def need(self, key: str) -> Value:
        found = self.get(key)
        if found is None:
            raise self.fail(f"missing {key!r}")
        return found

    def items(self) -> Iterator[Value]:
        if not isinstance(self.value, list):
            raise self.fail(f"expected a list, found {describe(self.value)}")
        for index, item in enumerate(self.value):
            yield Value(item, self.child_path(index))

    # -- scalars -------------------------------------------------------------------------

    def text(self, default: str = "") -> str:
        """A name or label: text, or a number written as text; anything else is refused."""
        value = self.value
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(
                value) and abs(value) < MAX_WHOLE:
            return f"{value:g}"
        if value is None:
            return default
        raise self.fail(f"expected text, found {describe(value)}")

    def whole(self, minimum: int = 0, maximum: int = MAX_WHOLE) -> int:
        """A whole number within ``minimum``..``maximum`` (``3.0`` counts as 3)."""
        value = self.value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(f"expected a whole number, found {describe(value)}")
        if not minimum <= value <= maximum:
            found = f"{value:,}" if abs(value) <= MAX_WHOLE else describe(value)
            raise self.fail(f"must be between {minimum:,} and {maximum:,}, not {found}")
        return value

    def seconds(self, scale: float = 1.0, *, whole: bool = False) -> float:
        """A duration: a number (of seconds, or of ``scale`` seconds) from 0 up to 4 hours."""
        value = self.value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"expected a number, found {describe(value)}")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(f"expected a number, found {describe(value)}")
        if whole and not (isinstance(value, int) or value.is_integer()):
            raise self.fail(f"expected a whole number, found {describe(value)}")
        if value < 0:
            raise self.fail(f"a duration cannot be negative ({value:g})")
        if value > MAX_WHOLE * max(1.0, 1 / scale):
            raise self.fail(f"{describe(value)} is far too long")
        seconds = float(value) * scale
        if seconds > MAX_SECONDS:
            raise self.fail(f"{seconds:g} s is longer than the 4 hours Leg Timer allows for "
                            "one interval")
        return seconds

    def flag(self, default: bool = False) -> bool:
        if self.value is None:
            return default
        if isinstance(self.value, bool):
            return self.value
        raise self.fail(f"expected true or false, found {describe(self.value)}")
