"""Take the German and Chinese screenshots of the picker and the workout in docs/screenshots/
(issue 13), at 1280x800, on a fake clock so they are the same every time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.i18n.shoot_languages

Chinese needs a CJK font (fonts-wqy-microhei, in ./dev's test packages); the catalogues must be
compiled (packaging/translations.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from leg_timer.core.plan import build_plan
from leg_timer.library import load_library
from leg_timer.ui.language import LanguageSwitch
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.theme import apply_theme
from tests.conftest import FakeClock
from tests.ui.conftest import RecordingKeepAwake

OUT = Path(__file__).parent.parent.parent / "docs" / "screenshots"
SIZE = (1280, 800)
ROUTINE = "mini-band-circuit"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    apply_theme("light")
    OUT.mkdir(parents=True, exist_ok=True)
    languages = LanguageSwitch(app)
    for language in ("de", "zh_CN"):
        languages.apply(language)
        clock = FakeClock()
        with tempfile.TemporaryDirectory() as folder:
            settings = AppSettings(Path(folder) / "settings.ini")
            library = load_library(None)
            relocalise = getattr(library, "relocalise", None)
            if callable(relocalise):  # the routines' own words (engineer C's)
                relocalise(language)
            window = MainWindow(library, settings, clock=clock, languages=languages,
                                confirm=lambda _question: True,
                                keep_awake=RecordingKeepAwake())
            window.resize(*SIZE)
            window.show()
            window.picker.select(ROUTINE)
            settle(app)
            window.grab().save(str(OUT / f"picker-{language}.png"))
            window.start_plan(build_plan(library.routine(ROUTINE), {}))
            clock.advance(12)
            assert window.driver is not None
            window.driver.poke()
            settle(app)
            window.countdown.stop_flash()
            settle(app)
            window.grab().save(str(OUT / f"workout-{language}.png"))
            window.shutdown()
            window.deleteLater()
            settle(app)
    languages.apply("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
