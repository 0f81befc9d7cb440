"""The history as JSON and CSV (``leg-timer history --json / --csv``) and read back (``--import``).

Both forms carry :meth:`SessionRecord.to_json`'s fields; in CSV, ``values`` is a JSON object
in one cell and an unfinished session's ``ended`` and ``outcome`` are empty. Reading checks
every record before anything is used: a bad file raises :class:`ImportProblem` naming its line
(CSV, or JSON that does not parse) or its record number (JSON), so an import writes all of a
file or nothing of it.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from leg_timer.history.records import SessionRecord

FIELDS = ("id", "routine", "name", "started", "ended", "date", "outcome", "planned_s",
          "active_s", "segments_done", "segments_skipped", "exercises_done",
          "exercises_skipped", "values", "content_hash")
_NUMBERS = {"planned_s", "active_s", "segments_done", "segments_skipped", "exercises_done",
            "exercises_skipped"}
_REQUIRED = ("id", "routine", "name", "started", "date", "planned_s")


class ImportProblem(ValueError):
    """A file that cannot be imported; the message names the line or record."""


def to_json(records: Iterable[SessionRecord]) -> str:
    return json.dumps([record.to_json() for record in records], indent=2,
                      ensure_ascii=False) + "\n"


def to_csv(records: Iterable[SessionRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for record in records:
        data = record.to_json()
        row = []
        for name in FIELDS:
            value = data[name]
            if name == "values":
                row.append(json.dumps(value, sort_keys=True))
            elif value is None:
                row.append("")
            else:
                row.append(repr(value) if isinstance(value, float) else str(value))
        writer.writerow(row)
    return out.getvalue()


def read(text: str, source: str = "") -> list[SessionRecord]:
    """The records of a --json or --csv export (told apart by the first character)."""
    prefix = f"{source}:" if source else ""
    if text.lstrip().startswith(("[", "{")):
        return read_json(text, prefix)
    return read_csv(text, prefix)


def _checked(records: list[tuple[str, SessionRecord]], prefix: str) -> list[SessionRecord]:
    seen: dict[str, str] = {}
    for where, record in records:
        if record.id in seen:
            raise ImportProblem(f"{prefix}{where}: the id {record.id} is also at {seen[record.id]}")
        seen[record.id] = where
    return [record for _where, record in records]


def read_json(text: str, prefix: str = "") -> list[SessionRecord]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportProblem(f"{prefix}line {error.lineno}: not JSON ({error.msg})") from None
    if not isinstance(data, list):
        raise ImportProblem(f"{prefix}line 1: expected a list of sessions (a --json export)")
    records = []
    for number, item in enumerate(data, start=1):
        try:
            records.append((f"record {number}", SessionRecord.from_json(item)))
        except ValueError as error:
            raise ImportProblem(f"{prefix}record {number}: {error}") from None
    return _checked(records, prefix)


def read_csv(text: str, prefix: str = "") -> list[SessionRecord]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise ImportProblem(f"{prefix}line 1: {error}") from None
    if header is None:
        return []
    missing = [name for name in _REQUIRED if name not in header]
    if missing:
        raise ImportProblem(f"{prefix}line 1: not a history export: no column "
                            f"{', '.join(missing)} (expected {','.join(FIELDS)})")
    records = []
    line = reader.line_num
    try:
        for row in reader:
            where = f"line {line + 1}"
            line = reader.line_num
            if not row:
                continue
            if len(row) != len(header):
                raise ImportProblem(f"{prefix}{where}: {len(row)} fields, the header has "
                                    f"{len(header)}")
            try:
                records.append((where, SessionRecord.from_json(_from_cells(header, row))))
            except ValueError as error:
                raise ImportProblem(f"{prefix}{where}: {error}") from None
    except csv.Error as error:
        raise ImportProblem(f"{prefix}line {reader.line_num}: {error}") from None
    return _checked(records, prefix)


def _from_cells(header: list[str], row: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, cell in zip(header, row, strict=True):
        if name == "values":
            try:
                data[name] = json.loads(cell) if cell else {}
            except json.JSONDecodeError:
                raise ValueError(f"'values' is not a JSON object: {cell!r}") from None
        elif name in _NUMBERS:
            try:
                data[name] = float(cell) if cell else None
            except ValueError:
                raise ValueError(f"{name!r} must be a number, not {cell!r}") from None
            if data[name] is None:
                del data[name]
        elif name in ("ended", "outcome"):
            data[name] = cell or None
        else:
            data[name] = cell
    return data
