"""Take the summary and theme screenshots in docs/screenshots/ (issue 9), at 1920x1080.

Run from the checkout (offscreen, or on Xvfb)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.shoot_summary_and_themes

 The window runs on a fake clock, so the pictures are the same every time.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from leg_timer.launch import LaunchRequest
from leg_timer.library import load_library
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.theme import apply_theme
from tests.conftest import FakeClock
from tests.ui.conftest import RecordingKeepAwake

OUT = Path(__file__).parent.parent.parent / "docs" / "screenshots"
SIZE = (1920, 1080)


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as folder:
        settings = AppSettings(Path(folder) / "settings.ini")
        window = MainWindow(load_library(None), settings, clock=clock,
                            confirm=lambda _question: True, keep_awake=RecordingKeepAwake())
        window.resize(*SIZE)
        window.show()

        def shot(name: str) -> None:
            settle(app)
            window.countdown.stop_flash()  # a cue's flash frame would cover the edges
            window.grab().save(str(OUT / name))

        def tick(seconds: float) -> None:
            clock.advance(seconds)
            assert window.driver is not None
            window.driver.poke()

        for key in ("light", "dark"):
            apply_theme(key)
            window.show_picker()
            window.picker.search.setText("band ci")
            shot(f"picker-{key}.png")
        window.picker.search.setText("")

        apply_theme("dark")
        window.launch(LaunchRequest(routine="mini-band-circuit"))
        tick(10)
        tick(20)
        shot("workout-dark.png")
        window.request_stop()
        apply_theme("light")
        window.show_picker()
        window.launch(LaunchRequest(routine="calf-cramp-relief"))
        for seconds in (10, 20, 10, 30, 10, 12):
            tick(seconds)
        window.request_stop()
        shot("summary-stopped.png")
        window.launch(LaunchRequest(routine="legs-up-the-wall"))
        tick(30)
        tick(600)
        shot("summary-finished.png")
        window.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
