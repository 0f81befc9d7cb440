"""The real app on a real X server, driven by real key presses (xdotool), as a person would.

Screenshots of the picker, a running WORK segment, PAUSED and the summary are saved under
artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.app import running_app
from tests.e2e.xserver import ARTIFACTS, XServer

DATA = Path(__file__).parent.parent / "data"
KEYS = str(DATA / "good" / "keys-e2e.yaml")
SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb
RUNNING_SQUAT = r"^\d:\d\d · Squat — Leg Timer$"
SUMMARY = r"^(Done|Finished|Summary)\b.*Leg Timer$|^Leg Timer$"


def test_run_pause_resume_skip_to_summary(xserver: XServer, tmp_path: Path) -> None:
    with running_app(xserver, tmp_path, "run", KEYS, "--quit-when-done") as app:
        app.wait_title(RUNNING_SQUAT)
        xserver.screenshot(SHOTS / "work.png")
        paused = app.press_for("space", r"^Paused · ")
        assert "Squat" in paused
        xserver.screenshot(SHOTS / "paused.png")
        app.press_for("space", RUNNING_SQUAT)
        app.press_for("Right", r"· Rest — Leg Timer$")  # skip the squat
        app.press_for("n", r"· Lunge \(right\) — Leg Timer$")  # skip the rest
        # The rest runs in real time to the summary, which --quit-when-done then closes.
        assert app.wait_exit(30) == 0


def test_summary_and_picker_screens(xserver: XServer, tmp_path: Path) -> None:
    with running_app(xserver, tmp_path, "run", KEYS) as app:
        app.wait_title(r"Squat — Leg Timer$")
        app.press_until("Right", SUMMARY)  # skip every segment: the summary shows
        xserver.screenshot(SHOTS / "summary.png")
        app.press_for("Escape", r"^Leg Timer$")  # back to the picker
        xserver.screenshot(SHOTS / "picker.png")
        assert app.quit_by_keyboard() == 0


def test_second_start_hands_run_to_the_running_window(xserver: XServer, tmp_path: Path) -> None:
    with running_app(xserver, tmp_path) as first:
        first.wait_title(r"^Leg Timer$")
        with running_app(xserver, tmp_path, "run", KEYS) as second:
            assert second.process.wait(timeout=30) == 0, second.output()
        first.wait_title(r"^\d:\d\d · (Get ready|Squat) — Leg Timer$")
        assert first.process.poll() is None
