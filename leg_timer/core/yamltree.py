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
from collections.abc import Iterable
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
_STR_TAG = "tag:yaml.org,2002:str"


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
    """The tree of ``text``'s single YAML document; None when the document is empty.

    The fast C parser (libyaml) reads the events; the tree is built here from them, without
    recursion, so deep nesting is refused instead of overflowing a stack (libyaml's own composer
    crashes the process on a few hundred thousand nested brackets). A file the C parser refuses
    is read again by PyYAML's pure-Python parser, whose messages say more.
    """
    if _FAST_LOADER is not None:
        try:
            return _TreeBuilder().build(yaml.parse(text, Loader=_FAST_LOADER))
        except yaml.YAMLError:
            pass  # read again below for a clearer message
    try:
        return _TreeBuilder().build(yaml.parse(text, Loader=yaml.SafeLoader))
    except yaml.MarkedYAMLError as error:
        raise _syntax_problem(error) from None
    except yaml.YAMLError as error:
        raise YamlProblem(f"YAML error: {error}") from None


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _syntax_problem(error: yaml.MarkedYAMLError) -> YamlProblem:
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
    return YamlProblem(f"YAML syntax error: {message}", *where)


@dataclass
class _Open:
    """A sequence or mapping whose end event has not come yet."""

    line: int
    column: int
    anchor: str | None
    is_mapping: bool
    items: list[Node] = field(default_factory=list)
    entries: list[tuple[Scalar, Node]] = field(default_factory=list)
    key: Scalar | None = None
    seen_keys: dict[str, int] = field(default_factory=dict)
    size: int = 1


class _TreeBuilder:
    """Builds :class:`Node` trees from parser events within the size and depth limits."""

    def __init__(self) -> None:
        self._constructor = yaml.constructor.SafeConstructor()
        self._resolver = yaml.resolver.Resolver()
        self._anchors: dict[str, tuple[Node, int]] = {}  # node and its size in values
        self._open: list[_Open] = []
        self._values = 0
        self._documents = 0
        self._root: Node | None = None

    def build(self, events: Iterable[yaml.Event]) -> Node | None:
        for event in events:
            mark = event.start_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)
            if isinstance(event, yaml.DocumentStartEvent):
                self._documents += 1
                if self._documents > 1:
                    raise YamlProblem("a routine file holds one YAML document; found another "
                                      "('---')", line, column)
            elif isinstance(event, yaml.ScalarEvent):
                scalar = Scalar(line, column, self._scalar_value(event, line, column))
                self._add(scalar, 1, event.anchor)
            elif isinstance(event, yaml.AliasEvent):
                self._alias(event, line, column)
            elif isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
                self._check_tag(event.tag, line, column)
                if len(self._open) >= MAX_DEPTH:
                    raise YamlProblem(f"nesting is too deep (at most {MAX_DEPTH} levels)",
                                      line, column)
                self._open.append(_Open(line, column, event.anchor,
                                        isinstance(event, yaml.MappingStartEvent)))
            elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
                self._close()
        return self._root

    def _alias(self, event: yaml.AliasEvent, line: int, column: int) -> None:
        if event.anchor not in self._anchors:
            raise YamlProblem(f"unknown alias *{event.anchor}", line, column)
        node, size = self._anchors[event.anchor]
        self._count(size, line, column)  # blame the alias that expands too far
        self._add(node, size, anchor=None, count=False)

    def _close(self) -> None:
        done = self._open.pop()
        node: Node = (Mapping(done.line, done.column, done.entries) if done.is_mapping
                      else Sequence(done.line, done.column, done.items))
        self._add(node, done.size, done.anchor, count=False)

    def _count(self, size: int, line: int, column: int) -> None:
        self._values += size
        if self._values > MAX_NODES:
            raise YamlProblem(
                f"too many values (over {MAX_NODES:,} after expanding aliases)", line, column
            )

    def _add(self, node: Node, size: int, anchor: str | None, count: bool = True) -> None:
        """Put a finished node into the open container (or make it the document)."""
        if count:
            self._count(size, node.line, node.column)
        if anchor is not None:
            self._anchors[anchor] = (node, size)
        if not self._open:
            self._root = node
            return
        parent = self._open[-1]
        parent.size += size
        if not parent.is_mapping:
            parent.items.append(node)
        elif parent.key is None:
            if not isinstance(node, Scalar):
                raise YamlProblem("keys must be plain words", node.line, node.column)
            name = str(node.value)
            if name in parent.seen_keys:
                raise YamlProblem(
                    f"duplicate key {name!r} (first given on line {parent.seen_keys[name]})",
                    node.line, node.column,
                )
            parent.seen_keys[name] = node.line
            parent.key = node
        else:
            parent.entries.append((parent.key, node))
            parent.key = None

    def _check_tag(self, tag: str | None, line: int, column: int) -> None:
        if tag is None or tag == "!" or tag in _SAFE_TAGS:
            return
        what = "merge keys (<<) are" if tag == _MERGE_TAG else f"the tag {tag!r} is"
        raise YamlProblem(f"{what} not supported in routine files", line, column)

    def _scalar_value(self, event: yaml.ScalarEvent, line: int, column: int) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self._resolver.resolve(  # type: ignore[no-untyped-call]
                yaml.ScalarNode, event.value, event.implicit)
        self._check_tag(tag, line, column)
        if tag == _STR_TAG:  # most values are text: PyYAML's constructor would return it as is
            return event.value
        node = yaml.ScalarNode(tag, event.value, style=event.style)
        try:
            value = self._constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError as error:
            raise YamlProblem(f"unsupported value: {error.problem}", line, column) from None
        except (ValueError, OverflowError) as error:  # e.g. a malformed timestamp
            raise YamlProblem(f"unreadable value {event.value!r}: {error}", line, column) from None
        if isinstance(value, bytes | datetime.date):
            # Binary and date values are valid YAML but mean nothing in a routine; keep the text
            # so the validator reports "expected a duration, found ..." with what was written.
            return event.value
        return value
