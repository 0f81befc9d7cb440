"""What a form field's text becomes in a routine file, and back.

A duration or count field holds what a person would write in the file (``45s``, ``1m30s``,
``$minutes``, ``3``): whole and decimal numbers are written as numbers, anything else as text,
so the loader reads exactly what was typed and its messages are the ones ``leg-timer validate``
gives. Texts that the loader (PyYAML, YAML 1.1) would read as something else than text when
written plainly (``yes``, ``off``, ``1:30``, ``0x10``) are written quoted, since ruamel.yaml
writes YAML 1.2 and would leave them bare. Qt-free; ruamel.yaml is imported on first use.
"""

from __future__ import annotations

import re
from typing import Any, Final

from leg_timer.authoring.files import quoted_if_needed


class _Missing:
    """The value of a key that is not in the file (setting it removes the key)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()

_INT = re.compile(r"[0-9]{1,15}")
_FLOAT = re.compile(r"[0-9]{1,15}\.[0-9]{1,9}")


def number_or_text(text: str) -> Any:
    """A duration or count field's text as a file value: a number when it is one, MISSING when
    empty, otherwise the text (``45s``, ``$minutes``, or something the loader will refuse)."""
    cleaned = text.strip()
    if not cleaned:
        return MISSING
    if _INT.fullmatch(cleaned):
        return int(cleaned)
    if _FLOAT.fullmatch(cleaned):
        return float(cleaned)
    return plain_text(cleaned)


def text_value(text: str, *, keep_empty: bool = False) -> Any:
    """A free-text field's text as a file value (MISSING when blank unless ``keep_empty``);
    several lines become a ``|`` block."""
    if not text.strip() and not keep_empty:
        return MISSING
    if "\n" in text.strip("\n"):
        from ruamel.yaml.scalarstring import LiteralScalarString

        return LiteralScalarString(text.rstrip() + "\n")
    return plain_text(text.strip())


def plain_text(text: str) -> Any:
    """``text``, quoted when a YAML 1.1 reader would take it for a number, a flag or a date."""
    return quoted_if_needed(text)


def shown(value: Any) -> str:
    """A file value as a field shows it: ``""`` for a missing or empty value."""
    if value is MISSING or value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    if isinstance(value, str):
        return value.rstrip("\n") if "\n" in value.strip("\n") else value.strip()
    if isinstance(value, list | tuple):
        return ", ".join(shown(item) for item in value)
    if isinstance(value, dict):
        return ""
    return str(value)
