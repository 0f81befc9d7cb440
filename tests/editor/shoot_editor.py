"""The editor's screenshots (docs/screenshots/editor-*.png), on a copy of a built-in routine:

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.editor.shoot_editor
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from leg_timer.resources import builtin_routine_files
from leg_timer.ui.editor import EditorWindow
from leg_timer.ui.theme import apply_theme


def main() -> int:
    app = QApplication(sys.argv[:1])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    source = Path(str(next(entry for entry in builtin_routine_files()
                           if entry.name == "mini-band-circuit.yaml")))
    for theme in ("light", "dark"):
        apply_theme(theme)
        for width, height in ((480, 360), (1000, 700)):
            with tempfile.TemporaryDirectory() as folder:
                window = EditorWindow(user_dir=Path(folder), taken_ids=(), source=source,
                                      duplicate=True)
                window.resize(width, height)
                window.show()
                window.exercise_list.setCurrentRow(1)
                for _ in range(5):
                    app.processEvents()
                if width > 480:  # the exercises, the heart of the form
                    bar = window.form_scroll.verticalScrollBar()
                    bar.setValue(window.exercise_list.parentWidget().y() - 8)
                    app.processEvents()
                window.grab().save(str(out / f"editor-{theme}-{width}x{height}.png"))
                window.check_timer.stop()
                window.stack.setClean()
                window.close()
                window.deleteLater()
                app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
