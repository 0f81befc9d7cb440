"""The mini timer on Wayland (Weston's headless compositor, Qt's wayland platform): where the
window system cannot keep a window on top, it is an ordinary small window that still shows,
without a word of complaint from Qt, and the settings line says why it is not on top.

(Keys and the mouse there are not driven: headless Weston takes no input from a test. The
keys, the drag and the double-click are tests/e2e/test_mini_timer_x11.py's, on X11.)
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.weston import Weston, weston_compositor

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

# Shows the mini timer as the app does (T, or the tray) and reports what became of it.
SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from leg_timer.present.mini_timer import about
from leg_timer.ui.outside.mini_timer import MiniTimer
from leg_timer.ui.settings import AppSettings
mini = MiniTimer(AppSettings(None))
mini.show_on_top()
def report():
    handle = mini.windowHandle()
    print(app.platformName(), mini.on_top, mini.isVisible(),
          handle is not None and handle.isExposed(), sep="|")
    print(about(app.platformName()))
    app.quit()
QTimer.singleShot(1000, report)
app.exec()
"""


@pytest.fixture
def weston() -> Iterator[Weston]:
    with weston_compositor() as compositor:
        yield compositor


def test_an_ordinary_window_on_wayland_that_says_why(weston: Weston) -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT],
                            env={**weston.env, "QT_QPA_PLATFORM": "wayland"},
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # no Qt warning (activation, stay-on-top, placing)
    state, about = result.stdout.splitlines()
    assert state == "wayland|False|True|True"  # not on top; shown and exposed
    assert "On Wayland it is an ordinary small window" in about
