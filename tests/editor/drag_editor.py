"""A helper process for test_editor_drag.py: the editor on three exercises, on a real X
server. It prints the list's row centres (screen coordinates) as one JSON line, then, after the
first change, the exercise names as another, and quits (after 30 s without a change too).

    python -m tests.editor.drag_editor FOLDER
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leg_timer.ui.editor import EditorWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    folder = Path(sys.argv[1])
    source = folder / "three.yaml"
    source.write_text("version: 1\nname: Three\nexercises:\n"
                      + "".join(f"  - name: {name}\n    work: 10s\n"
                                for name in ("First", "Second", "Third")), encoding="utf-8")
    window = EditorWindow(user_dir=folder, taken_ids=(), source=source)
    window.resize(1000, 700)
    window.move(0, 0)
    window.show()
    listing = window.exercise_list
    bar = window.form_scroll.verticalScrollBar()

    def report_rows() -> None:
        bar.setValue(listing.parentWidget().y())
        app.processEvents()
        centres = []
        for row in range(listing.count()):
            point = listing.viewport().mapToGlobal(
                listing.visualItemRect(listing.item(row)).center())
            centres.append([point.x(), point.y()])
        print(json.dumps(centres), flush=True)

    def report_order() -> None:
        print(json.dumps(window.draft.exercise_names()), flush=True)
        window.stack.setClean()
        window.check_timer.stop()
        app.quit()

    window.stack.indexChanged.connect(lambda _index: QTimer.singleShot(0, report_order))
    QTimer.singleShot(500, report_rows)
    QTimer.singleShot(30_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
