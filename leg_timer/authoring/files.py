"""Turning routine data into YAML text and writing it into the user's routine folder.

One YAML configuration for every file the app writes (the editor, imports, copies), so they
look alike: two-space indents, lists indented under their key, keys in the order people read
them, long or multi-line texts as ``|`` blocks. ruamel.yaml is used because it can edit a
hand-written file in place and keep its comments; it costs a few tens of milliseconds to
import, so it is imported here, on first use, never at start-up.

A routine's id is its file name, so new files get a name made from the routine's name
(:func:`routine_id_for`) that no file in the folder and no built-in routine already uses
(:func:`free_id`), and are written so that nothing is ever overwritten
(:func:`write_new_routine`).
"""

from __future__ import annotations

import functools
import io
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leg_timer.atomic_files import create_atomically, replace_atomically
from leg_timer.routine_index import ROUTINE_SUFFIXES

if TYPE_CHECKING:
    from ruamel.yaml import YAML

MAX_ID_LENGTH = 60
# Windows refuses these as file names, whatever the extension.
_RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(1, 10)}
    | {f"lpt{n}" for n in range(1, 10)}
)

# The order keys are written in: what the routine is, how it is set up, then what it runs.
TOP_KEY_ORDER = (
    "version", "name", "description", "tags", "source", "parameters", "prepare", "switch",
    "rounds", "round_rest", "skip_final_rest", "cues", "practice", "exercises", "cooldown",
    "notes",
)
EXERCISE_KEY_ORDER = (
    "name", "work", "hold", "reps", "total_reps", "sets", "tempo", "repeat", "sides", "switch",
    "rest", "rest_after", "cues", "instructions", "safety",
)


def round_trip_yaml() -> YAML:
    """The one ruamel configuration every routine file is read (for editing) and written with."""
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100
    yaml.preserve_quotes = True
    yaml.allow_unicode = True
    return yaml


def routine_yaml(data: Mapping[str, Any]) -> str:
    """``data`` (a routine as plain dicts, lists and scalars) as YAML text, keys in the
    canonical order (unknown keys follow, as given)."""
    stream = io.StringIO()
    round_trip_yaml().dump(_readable(_ordered(data, TOP_KEY_ORDER)), stream)
    return stream.getvalue()


def _ordered(data: Mapping[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    known = {key: data[key] for key in order if key in data}
    result = {**known, **{key: value for key, value in data.items() if key not in known}}
    exercises = result.get("exercises")
    if isinstance(exercises, list):
        result["exercises"] = [
            _ordered(item, EXERCISE_KEY_ORDER) if isinstance(item, Mapping) else item
            for item in exercises
        ]
    return result


_STR_TAG = "tag:yaml.org,2002:str"


@functools.cache
def yaml11_resolver() -> Any:
    """PyYAML's resolver, made on first use: the window imports this module before its first
    paint, and PyYAML only when a routine file is parsed (about 12 ms of start-up,
    docs/performance.md)."""
    import yaml

    return yaml.resolver.Resolver()


def quoted_if_needed(text: str) -> Any:
    """``text``, marked to be written in quotes when a YAML 1.1 reader would take it for
    something else (a flag such as ``Yes``, ``off``; a number; ``1:30``, a sexagesimal number
    there). Our loader reads YAML 1.1 (PyYAML), while ruamel.yaml writes YAML 1.2, where
    those are plain text, and would leave them bare."""
    import yaml

    tag = yaml11_resolver().resolve(yaml.ScalarNode, text, (True, False))
    if tag == _STR_TAG:
        return text
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    return DoubleQuotedScalarString(text)


def _readable(value: Any) -> Any:
    """Texts with line breaks as ``|`` blocks, texts YAML 1.1 would misread in quotes;
    everything else as it is."""
    from ruamel.yaml.scalarstring import LiteralScalarString, ScalarString

    if isinstance(value, ScalarString):
        return value  # already styled by the caller
    if isinstance(value, str):
        if "\n" in value.strip("\n"):
            return LiteralScalarString(value)  # "|-" when it does not end in a line break
        return quoted_if_needed(value)
    if isinstance(value, Mapping):
        return {key: _readable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_readable(item) for item in value]
    return value


def duration_text(seconds: float) -> str:
    """A duration as people write it in a routine file: ``45s``, ``1m30s``, ``2.5s``, ``1h``."""
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"not a duration: {seconds!r}")
    whole = round(seconds)
    if seconds != whole:
        short = f"{seconds:g}"  # six digits: "2.5", and exact for what people type
        return f"{short if float(short) == seconds else repr(seconds)}s"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours}h" if hours else "", f"{minutes}m" if minutes else "",
             f"{secs}s" if secs else ""]
    return "".join(parts) or "0s"


def routine_id_for(name: str) -> str:
    """A file name (without ``.yaml``) for a routine called ``name``: lower-case letters,
    digits and hyphens; ``routine`` when nothing of the name is left."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:MAX_ID_LENGTH].strip("-")
    if not slug:
        return "routine"
    return f"{slug}-routine" if slug in _RESERVED_NAMES else slug


def _in_use(folder: Path, stem: str, taken: set[str]) -> bool:
    if stem in taken:
        return True
    return any((folder / f"{stem}{suffix}").exists() or (folder / f"{stem}{suffix}").is_symlink()
               for suffix in ROUTINE_SUFFIXES)


def free_id(folder: Path, wanted: str, taken: Iterable[str] = ()) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``...: the first that no file in ``folder`` and
    no id in ``taken`` (the built-in routines) uses."""
    taken_set = set(taken)
    candidate, number = wanted, 1
    while _in_use(folder, candidate, taken_set):
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def write_new_routine(folder: Path, text: str, wanted_id: str,
                      taken: Iterable[str] = ()) -> Path:
    """Write ``text`` as a new routine file in ``folder`` (made if missing) and return it.

    Its name is ``wanted_id`` or the next free one (see :func:`free_id`); an existing file is
    never overwritten, even one that appears while this runs. OSError when the folder cannot
    be written.
    """
    folder.mkdir(parents=True, exist_ok=True)
    taken_set = set(taken)
    data = text.encode("utf-8")
    while True:
        path = folder / f"{free_id(folder, wanted_id, taken_set)}.yaml"
        try:
            create_atomically(path, data)
        except FileExistsError:
            taken_set.add(path.stem)  # someone took it meanwhile: try the next one
            continue
        return path


def replace_routine_file(path: Path, text: str) -> None:
    """Replace a user's routine file with ``text`` in one step (its old content stays if the
    write fails, with OSError)."""
    replace_atomically(path, text.encode("utf-8"))
