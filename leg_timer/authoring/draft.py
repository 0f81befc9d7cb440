"""The routine being edited: a ruamel.yaml round-trip tree, changed by small operations.

A :class:`RoutineDraft` holds the routine as ruamel.yaml read it (a ``CommentedMap``), so a file
someone wrote by hand keeps its comments, key order and quoting; every change edits that tree in
place. A change is a list of operations (:class:`SetValue`, :class:`InsertItem`,
:class:`RemoveItem`, :class:`MoveItem`, :class:`RenameKey`); applying them returns the
operations that undo them, which is all the editor's undo stack needs. A key that is added goes
where the canonical order puts it among the keys already there; a key that is removed and put
back returns to where it was, with its comments.

Paths name a place in the tree: ``("name",)``, ``("exercises", 2, "work")``,
``("parameters", "minutes", "max")``. Qt-free.
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

from leg_timer.authoring.files import EXERCISE_KEY_ORDER, TOP_KEY_ORDER, round_trip_yaml
from leg_timer.authoring.values import MISSING

if TYPE_CHECKING:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

FieldPath = tuple[str | int, ...]

_ORDERS: dict[str, tuple[str, ...]] = {
    "": TOP_KEY_ORDER,
    "exercise": EXERCISE_KEY_ORDER,
    "parameter": ("label", "unit", "default", "min", "max", "step", "description"),
    "cues": ("start", "end", "halfway", "countdown", "interval", "style"),
    "cooldown": ("label", "duration", "instructions"),
    "practice": ("sessions_per_day", "sessions_per_week", "rest_days_after", "note"),
}


# Optional sections removed with their last key.
_PRUNED = frozenset({"cues", "cooldown", "practice", "parameters"})


class DraftError(ValueError):
    """The text cannot be edited with the form (not YAML, or not a mapping at the top)."""


def _order_for(path: FieldPath) -> tuple[str, ...]:
    """The canonical key order of the mapping at ``path``."""
    if not path:
        return _ORDERS[""]
    if path[0] == "exercises" and len(path) == 2:
        return _ORDERS["exercise"]
    if path[0] == "parameters" and len(path) == 2:
        return _ORDERS["parameter"]
    last = path[-1]
    return _ORDERS.get(last, ()) if isinstance(last, str) else ()


def _new_map() -> CommentedMap:
    from ruamel.yaml.comments import CommentedMap

    return CommentedMap()


def flow_list(items: Sequence[Any]) -> CommentedSeq:
    """A list written on one line, ``[a, b]`` (tags, sides)."""
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _place_for(mapping: CommentedMap, key: str, order: tuple[str, ...]) -> int:
    """Where ``key`` goes among the keys already in ``mapping``: after the last one that comes
    before it in ``order`` (at the end when ``key`` is not in ``order``)."""
    keys = list(mapping.keys())
    if key not in order:
        return len(keys)
    rank = order.index(key)
    place = 0
    for number, existing in enumerate(keys):
        if existing in order and order.index(existing) < rank:
            place = number + 1
    return place


@dataclass(frozen=True)
class SetValue:
    """Set the value at ``path``; MISSING removes the key. ``index`` puts an added key at that
    place in its mapping (None: the canonical place); ``comment`` gives it back its comments."""

    path: FieldPath
    value: Any
    index: int | None = None
    comment: Any = None

    def apply(self, root: CommentedMap) -> list[Op]:
        *parents, key = self.path
        undo: list[Op] = []
        container: Any = root
        for depth, part in enumerate(parents):
            where = tuple(parents[:depth])
            if isinstance(container, dict) and part not in container:
                if self.value is MISSING:
                    return []  # removing something under a missing key: nothing to do
                created: Any = container
                created.insert(_place_for(created, str(part), _order_for(where)), part,
                               _new_map())
                undo.append(SetValue((*where, part), MISSING))
            elif isinstance(container, dict) and not isinstance(container[part], dict | list):
                # A hand-written file with a plain value where a section goes (``cues: 3``):
                # the form's value replaces it with a section (undo puts the value back).
                if self.value is MISSING:
                    return []
                undo.append(SetValue((*where, part), container[part]))
                container[part] = _new_map()
            container = container[part]
        if isinstance(key, int):
            old = container[key]
            container[key] = self.value
            return [SetValue(self.path, old), *reversed(undo)]
        if not isinstance(container, dict):
            raise TypeError(f"{self.path}: not a mapping")
        return self._set_key(root, tuple(parents), container, key, undo)

    def _set_key(self, root: CommentedMap, parents: FieldPath, container: Any, key: str,
                 undo: list[Op]) -> list[Op]:
        if self.value is MISSING:
            if key not in container:
                return []
            index = list(container.keys()).index(key)
            comment = container.ca.items.get(key)
            old = container[key]
            del container[key]
            container.ca.items.pop(key, None)
            undo_removal: list[Op] = [SetValue(self.path, old, index, comment)]
            if not container and parents and parents[-1] in _PRUNED:
                # An optional section left empty goes too (it comes back on undo).
                undo_removal[:0] = SetValue(tuple(parents), MISSING).apply(root)
            return undo_removal
        if key in container:
            old = container[key]
            container[key] = self.value
            return [SetValue(self.path, old), *reversed(undo)]
        place = self.index if self.index is not None else _place_for(
            container, key, _order_for(tuple(parents)))
        container.insert(min(place, len(container)), key, self.value)
        if self.comment is not None:
            container.ca.items[key] = self.comment
        return [SetValue(self.path, MISSING), *reversed(undo)]


@dataclass(frozen=True)
class InsertItem:
    """Insert ``value`` into the list at ``path`` before ``index``."""

    path: FieldPath
    index: int
    value: Any

    def apply(self, root: CommentedMap) -> list[Op]:
        items = _at(root, self.path)
        items.insert(self.index, self.value)
        return [RemoveItem(self.path, self.index)]


@dataclass(frozen=True)
class RemoveItem:
    """Remove item ``index`` of the list at ``path`` (kept whole, comments included, for undo)."""

    path: FieldPath
    index: int

    def apply(self, root: CommentedMap) -> list[Op]:
        items = _at(root, self.path)
        value = items.pop(self.index)
        return [InsertItem(self.path, self.index, value)]


@dataclass(frozen=True)
class MoveItem:
    """Move item ``source`` of the list at ``path`` so that it ends up at ``target``."""

    path: FieldPath
    source: int
    target: int

    def apply(self, root: CommentedMap) -> list[Op]:
        items = _at(root, self.path)
        value = items.pop(self.source)
        items.insert(self.target, value)
        return [MoveItem(self.path, self.target, self.source)]


@dataclass(frozen=True)
class RenameKey:
    """Rename key ``old`` of the mapping at ``path`` to ``new``, in the same place."""

    path: FieldPath
    old: str
    new: str

    def apply(self, root: CommentedMap) -> list[Op]:
        mapping = _at(root, self.path)
        index = list(mapping.keys()).index(self.old)
        comment = mapping.ca.items.pop(self.old, None)
        value = mapping.pop(self.old)
        mapping.insert(index, self.new, value)
        if comment is not None:
            mapping.ca.items[self.new] = comment
        return [RenameKey(self.path, self.new, self.old)]


Op = Union[SetValue, InsertItem, RemoveItem, MoveItem, RenameKey]  # noqa: UP007 (a runtime alias)


def _at(root: Any, path: FieldPath) -> Any:
    value = root
    for part in path:
        value = value[part]
    return value


class RoutineDraft:
    """A routine as a ruamel.yaml tree, with the operations the editor changes it by."""

    def __init__(self, data: CommentedMap) -> None:
        self.data = data

    @classmethod
    def new(cls, name: str = "New routine") -> RoutineDraft:
        """A routine with one exercise: something that loads and runs from the start."""
        data = _new_map()
        data["version"] = 1
        data["name"] = name
        data["exercises"] = _new_list([new_exercise(1)])
        return cls(data)

    @classmethod
    def from_text(cls, text: str) -> RoutineDraft:
        """The routine in ``text``; DraftError when it is not YAML with a mapping at the top."""
        from ruamel.yaml.error import YAMLError

        try:
            data = round_trip_yaml().load(text)
        except YAMLError as error:
            raise DraftError(f"not YAML the editor can read: {error}") from None
        from ruamel.yaml.comments import CommentedMap

        if not isinstance(data, CommentedMap):
            raise DraftError("the file does not hold a routine (a mapping of 'key: value' lines)")
        return cls(data)

    def text(self) -> str:
        stream = io.StringIO()
        round_trip_yaml().dump(self.data, stream)
        return stream.getvalue()

    def get(self, path: FieldPath, default: Any = MISSING) -> Any:
        value: Any = self.data
        for part in path:
            if isinstance(part, int):
                if not isinstance(value, list) or not -len(value) <= part < len(value):
                    return default
            elif not isinstance(value, dict) or part not in value:
                return default
            value = value[part]
        return value

    def apply(self, ops: Sequence[Op]) -> list[Op]:
        """Apply ``ops`` in order; returns the operations that undo them (to apply in order).

        Renaming an exercise or a parameter also renames its entry in the file's
        ``translations:`` block (keyed by those names), so the translations stay attached;
        undoing the rename (through here too) renames them back."""
        undo: list[Op] = []
        for op in ops:
            follow = self._translation_renames(op)
            undo[:0] = op.apply(self.data)
            for rename in follow:
                rename.apply(self.data)
        return undo

    def _translation_renames(self, op: Op) -> list[Op]:
        """The renames in ``translations:`` that ``op``, about to be applied, calls for."""
        if (isinstance(op, SetValue) and len(op.path) == 3 and op.path[0] == "exercises"
                and isinstance(op.path[1], int) and op.path[2] == "name"):
            section, old, new = "exercises", self.get(op.path, None), op.value
            others = [name for number, name in enumerate(self.exercise_names())
                      if number != op.path[1]]
            if old in others:  # another exercise of that name keeps the translation
                return []
        elif isinstance(op, RenameKey) and op.path == ("parameters",):
            section, old, new = "parameters", op.old, op.new
        else:
            return []
        translations = self.get(("translations",), None)
        if not isinstance(old, str) or not isinstance(new, str) or old == new or not isinstance(
                translations, dict):
            return []
        renames: list[Op] = []
        for language, texts in translations.items():
            names = texts.get(section) if isinstance(texts, dict) else None
            if isinstance(names, dict) and old in names and new not in names:
                renames.append(RenameKey(("translations", language, section), old, str(new)))
        return renames

    # -- the lists a form shows ---------------------------------------------------------------

    def exercise_count(self) -> int:
        exercises = self.get(("exercises",))
        return len(exercises) if isinstance(exercises, list) else 0

    def exercise_names(self) -> list[str]:
        exercises = self.get(("exercises",))
        if not isinstance(exercises, list):
            return []
        return [str(item.get("name", "")) if isinstance(item, dict) else "" for item in exercises]

    def parameter_names(self) -> list[str]:
        parameters = self.get(("parameters",))
        return [str(key) for key in parameters] if isinstance(parameters, dict) else []

    def references(self, name: str) -> list[FieldPath]:
        """Where ``$name`` is used as a value."""
        found: list[FieldPath] = []
        stack: list[tuple[Any, FieldPath]] = [(self.data, ())]
        while stack:
            value, path = stack.pop()
            if isinstance(value, dict):
                stack.extend((item, (*path, key)) for key, item in value.items())
            elif isinstance(value, list):
                stack.extend((item, (*path, number)) for number, item in enumerate(value))
            elif isinstance(value, str) and value.strip() == f"${name}":
                found.append(path)
        return sorted(found, key=str)

    def rename_parameter(self, old: str, new: str) -> list[Op]:
        """The operations that rename parameter ``old`` and every ``$old`` that uses it."""
        return [RenameKey(("parameters",), old, new),
                *(SetValue(path, f"${new}") for path in self.references(old))]

    def copy(self) -> RoutineDraft:
        return RoutineDraft(copy.deepcopy(self.data))


def _new_list(items: list[Any]) -> CommentedSeq:
    from ruamel.yaml.comments import CommentedSeq

    return CommentedSeq(items)


def new_exercise(number: int) -> CommentedMap:
    exercise = _new_map()
    exercise["name"] = f"Exercise {number}"
    exercise["work"] = "30s"
    return exercise


def new_parameter(label: str) -> CommentedMap:
    parameter = _new_map()
    parameter["label"] = label
    parameter["unit"] = "s"
    parameter["default"] = 30
    parameter["min"] = 10
    parameter["max"] = 60
    parameter["step"] = 5
    return parameter


def ensure_exercise_list(draft: RoutineDraft) -> list[Op]:
    """The operations that give the draft an ``exercises`` list when it has none."""
    if isinstance(draft.get(("exercises",)), list):
        return []
    return [SetValue(("exercises",), _new_list([]))]
