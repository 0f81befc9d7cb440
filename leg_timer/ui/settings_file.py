"""Reading the settings file once, and writing it again off the GUI thread.

:func:`read_settings` runs at start-up (on the GUI thread: a file of the size any real one has
reads in a millisecond or two). A file larger than :data:`MAX_SETTINGS_BYTES`, or one Qt cannot
parse, is set aside (renamed, never deleted) and the window starts with defaults.

:class:`SettingsWriter` saves: :meth:`SettingsWriter.save` hands a snapshot of every key to a
writer thread and returns at once, so a slow, full or read-only disk never delays the countdown.
The thread writes only the newest snapshot it has (older ones are out of date), as INI text
QSettings reads back (:func:`ini_text`), atomically (a temporary file renamed over the old
one): a failed write leaves the last good file in place. :attr:`SettingsWriter.problem` says why
the last write failed ("" after a good one).
"""

from __future__ import annotations

import errno
import logging
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from leg_timer.atomic_files import replace_atomically
from leg_timer.background_writer import BackgroundWriter

log = logging.getLogger(__name__)

# Far beyond any real settings file (a few kilobytes); a bigger one is a mistake or an attack
# and would take seconds to parse and to write each time.
MAX_SETTINGS_BYTES = 1024 * 1024

Snapshot = Mapping[str, object]


@dataclass(frozen=True)
class ReadResult:
    values: dict[str, object]
    set_aside: Path | None = None  # where an unusable file went
    notice: str = ""  # one line for the window: what happened to the file, "" when nothing


def read_settings(path: Path) -> ReadResult:
    """Every key in the INI file at ``path``, as ``QSettings`` reads them (text, lists of text,
    ``QByteArray``); an empty result for a missing file. Never raises."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return ReadResult({})
    except OSError as error:
        return ReadResult({}, notice=f"The settings file {path} cannot be read "
                                     f"({error.strerror}); starting with defaults.")
    if size > MAX_SETTINGS_BYTES:
        return _set_aside(path, f"is {size / 1024 / 1024:.1f} MB, far larger than any real "
                                f"settings file")
    if not os.access(path, os.R_OK):
        return ReadResult({}, notice=f"The settings file {path} cannot be read "
                                     f"(permission denied); starting with defaults.")
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    if qsettings.status() is QSettings.Status.FormatError:
        return _set_aside(path, "could not be read")
    return ReadResult({key: qsettings.value(key) for key in qsettings.allKeys()})


def _set_aside(path: Path, what: str) -> ReadResult:
    target = path.with_name(f"{path.name}.unusable-{int(time.time())}")
    try:
        path.rename(target)
    except OSError as error:
        return ReadResult({}, notice=f"The settings file {path} {what}, and could not be moved "
                                     f"aside ({error.strerror}); starting with defaults, which "
                                     f"are not saved.")
    log.warning("Settings %s %s; moved to %s", path, what, target)
    return ReadResult({}, set_aside=target,
                      notice=f"The settings file {what} and was moved to {target}; "
                             f"starting with defaults.")


def write_settings(path: Path, text: bytes) -> str:
    """Replace the file at ``path`` with ``text`` (see :func:`ini_text`), atomically: a new
    file renamed over the old one, so a failed write leaves the last good file. Why it
    failed, or "" when it worked.

    Plain Python file calls, which let go of the GIL while the disk works: a ``QSettings``
    write would hold it, and a hung disk would then stop the window's Python too.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"cannot make the folder {folder}: a file of that name is in the way"
    except OSError as error:
        return f"cannot make the folder {folder}: {error.strerror}"
    try:
        replace_atomically(path, text)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = f"{reason} (the folder {folder} is read-only)"
        return f"cannot write {path}: {reason}"
    return ""


# -- the INI text, as QSettings reads it back -------------------------------------------------
# QSettings' IniFormat: keys "a/b/c" are written as "[a]" then "b\c=", a key without a
# slash under "[General]"; text values have backslash escapes and are quoted where a comma
# would make a list; bytes are "@ByteArray(...)"; a text that starts with "@" gets another.


def ini_text(snapshot: Snapshot) -> bytes:
    """``snapshot`` (keys and values as :func:`read_settings` gives them, or text and bytes)
    as the INI file QSettings reads back to the same keys and values."""
    sections: dict[str, list[str]] = {}
    for key, value in snapshot.items():
        section, _, name = key.partition("/") if "/" in key else ("General", "", key)
        if section == "General" and "/" in key:
            section = "%General"  # Qt's escape for a real group named General
        elif "/" in key:
            section = _escaped_key(section)
        sections.setdefault(section, []).append(
            f"{_escaped_key(name)}={_escaped_value(value)}")
    blocks = [f"[{section}]\n" + "".join(f"{line}\n" for line in lines)
              for section, lines in sections.items()]
    return "\n".join(blocks).encode("utf-8")


def _escaped_key(name: str) -> str:
    out = []
    for character in name:
        if character == "/":
            out.append("\\")
        elif character.isascii() and (character.isalnum() or character in "_-."):
            out.append(character)
        elif ord(character) <= 0xFF:
            out.append(f"%{ord(character):02X}")
        else:
            out.append(f"%U{ord(character):04X}")
    return "".join(out)


def _escaped_value(value: object) -> str:
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    if isinstance(value, bytes):
        return _quoted("@ByteArray(" + value.decode("latin-1") + ")", raw_bytes=True)
    if value is None or (isinstance(value, list | tuple) and not value):
        return "@Invalid()"  # what Qt writes for "no value" and an empty list
    if isinstance(value, list | tuple):
        return ", ".join(_escaped_value(item) for item in value)
    if not isinstance(value, str):
        log.warning("Settings: writing a %s value as text", type(value).__name__)
        value = str(value)
    return _quoted("@" + value if value.startswith("@") else value, raw_bytes=False)


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")


def _quoted(text: str, *, raw_bytes: bool) -> str:
    """``text`` with Qt's escapes, in double quotes where Qt needs them (a comma would make a
    list, ";" and "=" confuse the reader, outer spaces would be dropped). A "\\xN" escape
    takes every hex digit after it, so a hex digit right after one is escaped too."""
    needs_quotes = any(mark in text for mark in ",;=") or text != text.strip(" ")
    out = ['"'] if needs_quotes else []
    after_hex = False
    for character in text:
        code = ord(character)
        if character in _ESCAPES:
            out.append(_ESCAPES[character])
            after_hex = False
        elif code < 0x20 or code == 0x7F or (raw_bytes and code > 0x7F) or (
                after_hex and character in _HEX_DIGITS):
            out.append(f"\\x{code:x}")
            after_hex = True
        else:
            out.append(character)
            after_hex = False
    if needs_quotes:
        out.append('"')
    return "".join(out)


class SettingsWriter(BackgroundWriter[Snapshot]):
    """Writes snapshots of the settings to ``path`` in a thread of its own (only the newest
    one handed over)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(lambda snapshot: write_settings(path, ini_text(snapshot)),
                         name="settings-writer",
                         failure=lambda error: f"cannot write {path}: {error}")

    def save(self, state: Snapshot) -> None:
        """Write ``state`` soon (a copy: the caller goes on changing its own); returns at
        once."""
        super().save(dict(state))
