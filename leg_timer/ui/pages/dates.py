"""Dates, times and numbers as the chosen language writes them (QLocale), fast enough for lists.

``QLocale.toString`` costs ~25 µs a call under PySide6, 180 ms for ten years of sessions; so a
locale's date and time pattern is turned once into a Python format string (cached per locale),
and the day and month names are read once. English keeps the app's own pattern
("Wed 18 Mar 2026  08:00"); other languages put the short weekday before their own short date
and time ("Mi. 18.03.26  08:00", "周三 2026/3/18  08:00").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QLocale

ENGLISH_PATTERN = "ddd dd MMM yyyy  HH:mm"
_TOKEN = re.compile(r"'[^']*'|yyyy|yy|MMMM|MMM|MM|M|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|AP|ap|A|a|t")
_FIELDS = {"yyyy": "{Y}", "yy": "{y:02d}", "MMMM": "{MMMM}", "MMM": "{MMM}", "MM": "{mo:02d}",
           "M": "{mo}", "dddd": "{DDDD}", "ddd": "{DDD}", "dd": "{d:02d}", "d": "{d}",
           "HH": "{H:02d}", "H": "{H}", "hh": "{h:02d}", "h": "{h}", "mm": "{mi:02d}",
           "m": "{mi}", "ss": "{s:02d}", "s": "{s}", "AP": "{AP}", "A": "{AP}", "ap": "{ap}",
           "a": "{ap}", "t": ""}
_SHORT = QLocale.FormatType.ShortFormat
_LONG = QLocale.FormatType.LongFormat


def python_format(pattern: str) -> str:
    """Qt's date-time ``pattern`` as a ``str.format`` template of this module's fields."""
    out: list[str] = []
    place = 0
    for match in _TOKEN.finditer(pattern):
        out.append(pattern[place:match.start()].replace("{", "{{").replace("}", "}}"))
        token = match.group()
        if token.startswith("'"):
            literal = token[1:-1] or "'"
            out.append(literal.replace("{", "{{").replace("}", "}}"))
        else:
            out.append(_FIELDS[token])
        place = match.end()
    out.append(pattern[place:].replace("{", "{{").replace("}", "}}"))
    return "".join(out)


@dataclass(frozen=True)
class LocaleWords:
    """One locale's names and patterns, read once."""

    days_short: tuple[str, ...]  # Monday first
    days_long: tuple[str, ...]
    months_short: tuple[str, ...]  # January first
    months_long: tuple[str, ...]
    am: str
    pm: str
    stamp: str  # weekday, date and time
    day: str  # weekday and date
    day_month: str  # "18 Mar"
    when: str  # "Wednesday 18 March, 08:00": a day to come

    def fields(self, at: datetime | date) -> dict[str, object]:
        hour = at.hour if isinstance(at, datetime) else 0
        minute = at.minute if isinstance(at, datetime) else 0
        second = at.second if isinstance(at, datetime) else 0
        return {"Y": at.year, "y": at.year % 100, "MMMM": self.months_long[at.month - 1],
                "MMM": self.months_short[at.month - 1], "mo": at.month,
                "DDDD": self.days_long[at.weekday()], "DDD": self.days_short[at.weekday()],
                "d": at.day, "H": hour, "h": (hour % 12) or 12, "mi": minute, "s": second,
                "AP": self.am if hour < 12 else self.pm,
                "ap": (self.am if hour < 12 else self.pm).lower()}


_CACHE: dict[str, LocaleWords] = {}


def words(locale: QLocale | None = None) -> LocaleWords:
    """The names and patterns of ``locale`` (the default locale: the chosen language's)."""
    locale = locale if locale is not None else QLocale()
    name = locale.name()
    found = _CACHE.get(name)
    if found is not None:
        return found
    english = locale.language() in (QLocale.Language.English, QLocale.Language.C)
    date_pattern = locale.dateFormat(_SHORT)
    if english:
        stamp, day, day_month = ENGLISH_PATTERN, "ddd dd MMM yyyy", "dd MMM"
        when = "dddd dd MMMM, HH:mm"
    else:
        stamp = f"ddd {date_pattern}  {locale.timeFormat(_SHORT)}"
        day = f"ddd {date_pattern}"
        # The short date without its year: the day and the month, in the locale's order.
        day_month = re.sub(r"[^dM']*y+[^dM']*", "", date_pattern).strip(" ./-") or "dd.MM"
        when = f"dddd {date_pattern} {locale.timeFormat(_SHORT)}"
    found = LocaleWords(
        days_short=tuple(locale.dayName(n, _SHORT) for n in range(1, 8)),
        days_long=tuple(locale.dayName(n, _LONG) for n in range(1, 8)),
        months_short=tuple(locale.monthName(n, _SHORT) for n in range(1, 13)),
        months_long=tuple(locale.monthName(n, _LONG) for n in range(1, 13)),
        am=locale.amText(), pm=locale.pmText(),
        stamp=python_format(stamp), day=python_format(day), day_month=python_format(day_month),
        when=python_format(when))
    _CACHE[name] = found
    return found


def stamp_text(at: datetime) -> str:
    """Weekday, date and time: "Wed 18 Mar 2026  08:00" in English."""
    shown = words()
    return shown.stamp.format(**shown.fields(at))


def when_text(at: datetime) -> str:
    """A day to come, in full: "Monday 01 June, 09:00" in English."""
    shown = words()
    return shown.when.format(**shown.fields(at))


def day_text(on: date) -> str:
    """Weekday and date: "Wed 18 Mar 2026" in English."""
    shown = words()
    return shown.day.format(**shown.fields(on))


def day_month_text(on: date) -> str:
    """Day and month: "18 Mar" in English."""
    shown = words()
    return shown.day_month.format(**shown.fields(on))


def month_text(on: date) -> str:
    """The month's short name: "Mar"."""
    return words().months_short[on.month - 1]


def weekday_text(weekday: int) -> str:
    """The short name of ``weekday`` (0 is Monday): "Mon"."""
    return words().days_short[weekday]


def number_text(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's digits, separators and decimal mark."""
    locale = QLocale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)
