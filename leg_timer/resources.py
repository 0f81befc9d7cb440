"""The one way to find what ships with Leg Timer: built-in routines, sounds, icons, metadata.

Everything is looked up through ``importlib.resources`` in ``leg_timer/data`` (where the wheel
and the PyInstaller bundle put it), falling back to the checkout's top-level folders when
running from source, so the same code serves a checkout, a wheel and a bundle.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from leg_timer.core.suggest import closest

_CHECKOUT = Path(__file__).resolve().parent.parent
# The translation catalogues' areas (packaging/translations.py): outside the window, the window.
TRANSLATION_AREAS = ("text", "window")


class ResourceNotFound(LookupError):
    """An unknown resource name; the message lists the known ones."""


def _root(folder: str) -> Traversable:
    """``leg_timer/data/<folder>`` when installed, else the checkout's ``<folder>``."""
    packaged = resources.files("leg_timer") / "data" / folder
    if packaged.is_dir():
        return packaged
    return _CHECKOUT / folder


def _pick(folder: str, name: str) -> Traversable:
    root = _root(folder)
    candidate = root / name
    if candidate.is_file():
        return candidate
    known = sorted(entry.name for entry in root.iterdir() if entry.is_file())
    close = closest(name, known)
    hint = f" Did you mean {close[0]!r}?" if close else ""
    raise ResourceNotFound(f"no {folder} resource {name!r}.{hint} Known: {', '.join(known)}")


def builtin_routine_files() -> list[Traversable]:
    """The built-in routine files, sorted by name."""
    root = _root("routines")
    return sorted(
        (entry for entry in root.iterdir() if entry.name.endswith((".yaml", ".yml"))),
        key=lambda entry: entry.name,
    )


def pyproject_text() -> str:
    """The project's pyproject.toml: the one source of name, version and app id."""
    packaged = resources.files("leg_timer") / "data" / "pyproject.toml"
    if packaged.is_file():
        return packaged.read_text(encoding="utf-8")
    return (_CHECKOUT / "pyproject.toml").read_text(encoding="utf-8")


def translation_files(language: str) -> list[Path]:
    """The compiled catalogues (.qm) for ``language``: the text area's and the window's.

    Empty for English (the source language) and when none are built (packaging/translations.py
    builds them; ./dev and the bundle build run it). Real paths: QTranslator.load wants files.
    """
    root = _root("resources/translations")
    if not root.is_dir():
        return []
    found = []
    for area in TRANSLATION_AREAS:
        entry = root / f"{area}_{language}.qm"
        if entry.is_file():
            found.append(entry if isinstance(entry, Path) else Path(str(entry)))
    return found


def resource(folder: str, name: str) -> Traversable:
    """A file under resources/<folder> (sounds, icons, ...)."""
    return _pick(f"resources/{folder}", name)
