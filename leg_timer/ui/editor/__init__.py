"""The routine editor window: a form over a routine file, a live preview of its plan, undo.

Open it with :class:`EditorWindow`; the model it edits (Qt-free) is
:mod:`leg_timer.authoring.draft`.
"""

from leg_timer.ui.editor.window import EditorWindow

__all__ = ["EditorWindow"]
