"""Undo steps: each is a list of draft operations and the operations that undo them.

Typing in one field makes one step: a command carries a merge key (the field's path), and the
next command with the same key folds into it (:meth:`EditCommand.mergeWith`), keeping the
first one's undo. Every command says which exercise to show after it is done and after it is
undone, so undo brings the changed exercise into view.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence

from PySide6.QtGui import QUndoCommand

from leg_timer.authoring.draft import Op, RoutineDraft, SetValue

MERGE_ID = 0x1e9  # QUndoCommand.id: commands with this id may merge (same merge key)


def _same(ops: Sequence[Op], undo_ops: Sequence[Op]) -> bool:
    """True when ``ops`` put back exactly what ``undo_ops`` restore (one value, same type)."""
    if len(ops) != 1 or len(undo_ops) != 1:
        return False
    op, undo = ops[0], undo_ops[0]
    return (isinstance(op, SetValue) and isinstance(undo, SetValue) and op.path == undo.path
            and type(op.value) is type(undo.value) and op.value == undo.value)


class EditCommand(QUndoCommand):
    def __init__(self, draft: RoutineDraft, ops: Sequence[Op], text: str, *,
                 merge_key: Hashable | None = None,
                 select_redo: int | None = None, select_undo: int | None = None,
                 after: Callable[[int | None], None] | None = None) -> None:
        super().__init__(text)
        self.draft = draft
        self.ops = list(ops)
        self.undo_ops: list[Op] = []
        self.merge_key = merge_key
        self.select_redo = select_redo
        self.select_undo = select_undo if select_undo is not None else select_redo
        self.after = after

    def id(self) -> int:
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.merge_key != self.merge_key:
            return False
        self.ops = other.ops  # already applied by push(); our undo_ops still go back to before
        if _same(self.ops, self.undo_ops):
            self.setObsolete(True)  # typed back to what it was: the stack drops the step
        return True

    def redo(self) -> None:
        self.undo_ops = self.draft.apply(self.ops)
        if self.after is not None:
            self.after(self.select_redo)

    def undo(self) -> None:
        self.draft.apply(self.undo_ops)
        if self.after is not None:
            self.after(self.select_undo)
