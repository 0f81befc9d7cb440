"""The baseline for start-up and idle figures: the smallest useful PySide6 window.

Writes ``time.monotonic()`` to $LEG_TIMER_REPORT_FIRST_PAINT once the window has painted for
the first time, exactly as Leg Timer does, and quits then if $LEG_TIMER_QUIT_AFTER_FIRST_PAINT
is set. Run by bench/startup.py and bench/cpu.py.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)  # after this paint has finished
        return False

    def report(self) -> None:
        target = os.environ.get("LEG_TIMER_REPORT_FIRST_PAINT")
        if target:
            Path(target).write_text(f"{time.monotonic():.6f}\n")
        if os.environ.get("LEG_TIMER_QUIT_AFTER_FIRST_PAINT"):
            self.app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    label = QLabel("Hello")
    label.resize(640, 480)
    watcher = FirstPaint(app)
    label.installEventFilter(watcher)
    label.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
