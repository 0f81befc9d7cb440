"""Issue 9 with real input on a real X server: the mouse wheel over the details pane scrolls it
and changes no value; the stop, quit and restart questions pause the workout while open and
keep it going on Enter (Esc then Enter never ends a workout by accident)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.e2e.app import App, running_app
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until

DATA = Path(__file__).parent.parent / "data"
KEYS = str(DATA / "good" / "keys-e2e.yaml")
SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb
RUNNING_SQUAT = r"^\d:\d\d · Squat — Leg Timer$"
PAUSED = r"^Paused · "
WHEEL_UP, WHEEL_DOWN = "4", "5"  # X mouse buttons


def windows(app: App) -> list[str]:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                            str(app.process.pid)], env=app.xserver.env, capture_output=True,
                           text=True, timeout=30).stdout
    return found.split()


def answer_question(app: App, key: str) -> None:
    """Wait for the question's window, give it the focus and press ``key`` there."""
    main = app.window

    def dialog() -> str:
        others = [window for window in windows(app) if window != main]
        return others[0] if others else ""
    box = str(wait_until(dialog, 10, "the question's window"))
    app.xserver.xdotool("windowfocus", "--sync", box)
    app.xserver.xdotool("key", "--clearmodifiers", key)
    wait_until(lambda: box not in windows(app), 10, "the question to close")


def ask(app: App, key: str, answer: str) -> None:
    """Press ``key`` (the workout pauses behind its question), then answer with ``answer``."""
    app.press(key)
    app.wait_title(PAUSED, 10)
    answer_question(app, answer)


def test_questions_pause_and_enter_keeps_going(xserver: XServer, tmp_path: Path) -> None:
    with running_app(xserver, tmp_path, "run", KEYS) as app:
        app.wait_title(RUNNING_SQUAT)
        ask(app, "Escape", "Return")  # Esc, then Enter (the "done" key): keeps going
        app.wait_title(RUNNING_SQUAT, 10)
        ask(app, "ctrl+q", "Return")
        app.wait_title(RUNNING_SQUAT, 10)
        ask(app, "r", "Escape")
        app.wait_title(RUNNING_SQUAT, 10)
        assert app.process.poll() is None

        app.press_for("space", PAUSED)  # paused before the question: stays paused
        app.press("Escape")  # a paused workout stops without a question
        app.wait_title(r"Leg Timer$")
        assert not re.search(PAUSED, app.title())
        app.press("Escape")  # the summary, back to the list
        app.wait_title(r"^Leg Timer$")
        assert app.quit_by_keyboard() == 0


def test_stop_and_quit_take_their_own_letter(xserver: XServer, tmp_path: Path) -> None:
    with running_app(xserver, tmp_path, "run", KEYS) as app:
        app.wait_title(RUNNING_SQUAT)
        ask(app, "Escape", "s")
        app.wait_title(r"^(?!Paused)(?!\d:\d\d · ).*Leg Timer$")  # the summary
        app.press("Escape")
        app.wait_title(r"^Leg Timer$")
        app.press("Return")  # start the selected routine again (the one just done)
        app.wait_title(r"^\d:\d\d · (Get ready|Squat) — Leg Timer$")
        ask(app, "ctrl+q", "q")
        assert app.wait_exit(20) == 0


def test_the_wheel_scrolls_the_details_and_changes_no_value(xserver: XServer,
                                                            tmp_path: Path) -> None:
    with running_app(xserver, tmp_path) as app:
        app.wait_title(r"^Leg Timer$")
        app.press(*"circuit")  # typing searches: only the mini-band circuit is left
        app.press("Down")  # into the list (no caret blinking in the screenshots)
        geometry = app.xserver.xdotool("getwindowgeometry", app.window)
        width, height = map(int, re.search(r"Geometry: (\d+)x(\d+)", geometry).groups())
        left = int(width * 0.45)  # the details pane, right of the list
        # Wheel up over the whole top of the pane, point by point: the pane is at its top
        # already, so only a spin box could take these (Rounds would go from 3 to 5).
        for y in range(40, min(height - 60, 520), 12):
            for x in (left + 30, left + 90, left + 160, left + 240):
                app.xserver.xdotool("mousemove", "--window", app.window, str(x), str(y),
                                    "click", "--repeat", "2", WHEEL_UP)
        before = xserver.screenshot(tmp_path / "before.png").read_bytes()
        app.xserver.xdotool("click", "--repeat", "3", WHEEL_DOWN)  # three notches down
        wait_until(lambda: xserver.screenshot(tmp_path / "after.png").read_bytes() != before,
                   10, "the details pane to scroll")
        xserver.screenshot(SHOTS / "details-scrolled.png")
        app.press("Return")  # start: the values it starts with are stored
        app.wait_title(r"^\d:\d\d · .* — Leg Timer$")
        ask(app, "ctrl+q", "q")
        assert app.wait_exit(20) == 0
    settings = (tmp_path / "home" / "config" / "settings.ini").read_text()
    stored = dict(re.findall(r"^mini-band-circuit\\(\w+)=(\S+)$", settings, re.MULTILINE))
    assert stored == {"rest": "15.0", "rounds": "3.0"}, settings
