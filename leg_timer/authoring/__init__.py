"""Making routine files: the editor's model, and writing new routines into the user's folder
(Qt-free; the editor window itself is in :mod:`leg_timer.ui.editor`)."""
