"""Safe YAML reading that keeps the line and column of every value.

Routine files come from strangers, so reading them is bounded: at most ``MAX_FILE_BYTES``
bytes, ``MAX_DEPTH`` levels of nesting and ``MAX_NODES`` values after aliases are expanded
(which defuses "billion laughs" files, whose aliases would otherwise expand to gigabytes).
Only YAML's safe types are built (the ``SafeLoader`` resolver and constructor); tags that name
Python objects are refused.

The result is a small tree of :class:`Node` objects carrying their position, so the routine
validator can point at the exact line and column of a wrong value.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

import yaml

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 20_000
# The tags YAML's safe schema resolves plain values to; any other (notably !!python/...) is
# refused before anything is constructed.
_SAFE_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}"
    for name in ("str", "int", "float", "bool", "null", "seq", "map", "timestamp", "binary")
)
_MERGE_TAG = "tag:yaml.org,2002:merge"


class YamlProblem(Exception):
    """The text is not YAML we accept; ``line`` and ``column`` are 1-based (0 = unknown)."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True)
class Node:
    """A YAML value with its position (1-based line and column)."""

    line: int
    column: int


@dataclass(frozen=True)
class Scalar(Node):
    """A plain value: str, int, float, bool, None or a date."""

    value: Any


@dataclass(frozen=True)
class Sequence(Node):
    items: list[Node] = field(default_factory=list)


@dataclass(frozen=True)
class Mapping(Node):
    """Keys are kept as scalars too, so a wrong key can be pointed at."""

    entries: list[tuple[Scalar, Node]] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        for entry_key, value in self.entries:
            if entry_key.value == key:
                return value
        return None


def too_big_message(size: int) -> str:
    return f"file is {size:,} bytes; routine files may be at most {MAX_FILE_BYTES:,} bytes"


def decode(data: bytes) -> str:
    """Text of a routine file, which must be UTF-8 (a byte-order mark is allowed)."""
    if len(data) > MAX_FILE_BYTES:
        raise YamlProblem(too_big_message(len(data)))
    if b"\x00" in data[:8192]:
        raise YamlProblem("this is a binary file, not a YAML routine", 1, 1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise YamlProblem(
            f"not UTF-8 text: byte 0x{data[error.start]:02x} cannot be decoded "
            "(save the file as UTF-8)",
            line,
            column,
        ) from None


def parse(text: str) -> Node | None:
    """The tree of ``text``'s single YAML document; None when the document is empty."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        where = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        message = error.problem or str(error)
        if error.context:
            message = f"{error.context}: {message}"
        if "<block end>" in message or "mapping values are not allowed" in message:
            message += "; check the indentation of this line and the ones above it"
        started = error.context_mark
        if started is not None and mark is not None and started.line != mark.line:
            message += f" (the construct started on line {started.line + 1})"
        raise YamlProblem(f"YAML syntax error: {message}", *where) from None
    except yaml.YAMLError as error:  # e.g. "expected a single document"
        raise YamlProblem(f"YAML error: {error}") from None
    except RecursionError:
        raise YamlProblem(f"nesting is too deep (at most {MAX_DEPTH} levels)") from None
    if root is None:
        return None
    return _Converter().convert(root, depth=0)


class _Converter:
    """Turns PyYAML nodes into :class:`Node` values within the size and depth limits."""

    def __init__(self) -> None:
        self._nodes_seen = 0
        self._constructor = yaml.constructor.SafeConstructor()

    def convert(self, node: yaml.Node, depth: int) -> Node:
        line, column = node.start_mark.line + 1, node.start_mark.column + 1
        self._nodes_seen += 1
        if self._nodes_seen > MAX_NODES:
            raise YamlProblem(
                f"too many values (over {MAX_NODES:,} after expanding aliases)", line, column
            )
        if depth > MAX_DEPTH:
            raise YamlProblem(f"nesting is too deep (at most {MAX_DEPTH} levels)", line, column)
        if node.tag not in _SAFE_TAGS:
            what = "merge keys (<<) are" if node.tag == _MERGE_TAG else f"the tag {node.tag!r} is"
            raise YamlProblem(f"{what} not supported in routine files", line, column)
        if isinstance(node, yaml.ScalarNode):
            return Scalar(line, column, self._scalar_value(node, line, column))
        if isinstance(node, yaml.SequenceNode):
            return Sequence(line, column, [self.convert(item, depth + 1) for item in node.value])
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, depth, line, column)
        raise YamlProblem(f"unsupported YAML node {type(node).__name__}", line, column)

    def _scalar_value(self, node: yaml.ScalarNode, line: int, column: int) -> Any:
        try:
            value = self._constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise YamlProblem(f"unsupported value: {error.problem}", line, column) from None
        except (ValueError, OverflowError) as error:  # e.g. a malformed timestamp
            raise YamlProblem(f"unreadable value {node.value!r}: {error}", line, column) from None
        if isinstance(value, bytes | datetime.date):
            # Binary and date values are valid YAML but mean nothing in a routine; keep the text
            # so the validator reports "expected a duration, found ..." with what was written.
            return node.value
        return value

    def _mapping(self, node: yaml.MappingNode, depth: int, line: int, column: int) -> Mapping:
        entries: list[tuple[Scalar, Node]] = []
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = self.convert(key_node, depth + 1)
            if not isinstance(key, Scalar) or isinstance(key.value, list | dict):
                raise YamlProblem("keys must be plain words", key.line, key.column)
            hashable = str(key.value)
            if hashable in seen:
                raise YamlProblem(
                    f"duplicate key {hashable!r} (first given on line {seen[hashable]})",
                    key.line,
                    key.column,
                )
            seen[hashable] = key.line
            entries.append((key, self.convert(value_node, depth + 1)))
        return Mapping(line, column, entries)
