"""The real app on a real X server, driven by real key presses (xdotool), as a person would.

Screenshots of the picker, a running WORK segment, PAUSED and the summary are saved under
artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.xserver import ARTIFACTS, XServer, wait_until

DATA = Path(__file__).parent.parent / "data"
SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb


def launch(xserver: XServer, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    """The app as a process. Its output goes to a file, not a pipe: a pipe nobody reads fills
    up, and an app blocked writing a warning would look like a hang."""
    env = {**xserver.env, "QT_QPA_PLATFORM": "xcb", "LEG_TIMER_BASEDIR": str(tmp_path / "home")}
    log = tmp_path / f"app-{len(list(tmp_path.glob('app-*.log')))}.log"
    with log.open("w") as output:
        process = subprocess.Popen([sys.executable, "-m", "leg_timer", *args], env=env,
                                   stdin=subprocess.DEVNULL, stdout=output,
                                   stderr=subprocess.STDOUT, text=True)
    LOGS[process.pid] = log
    return process


LOGS: dict[int, Path] = {}


def output_of(app: subprocess.Popen[str]) -> str:
    return LOGS[app.pid].read_text(errors="replace")


def stop(app: subprocess.Popen[str]) -> None:
    """Kill the app if a test failed half-way, and close its pipes."""
    if app.poll() is None:
        app.kill()
    app.wait(timeout=30)


def quit_by_keyboard(xserver: XServer, window: str, app: subprocess.Popen[str]) -> None:
    """Ctrl+Q, pressed again once if the first press went astray; on failure, say what the
    app printed so a hang can be told from a lost key."""
    for attempt in (1, 2):
        press(xserver, window, "ctrl+q")
        try:
            wait_until(lambda: app.poll() is not None, timeout_s=10, what="the app to quit")
            return
        except AssertionError:
            if attempt == 2:
                app.kill()
                app.wait(timeout=30)
                message = f"the app did not quit on Ctrl+Q; its output:\n{output_of(app)}"
                raise AssertionError(message) from None


def find_window(xserver: XServer, process: subprocess.Popen[str]) -> str:
    def search() -> str:
        assert process.poll() is None, f"app exited early: {output_of(process)}"
        result = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                 str(process.pid)], env=xserver.env, capture_output=True,
                                text=True)
        return result.stdout.split()[0] if result.stdout.split() else ""
    return str(wait_until(search, what="the Leg Timer window"))


def title(xserver: XServer, window: str) -> str:
    return xserver.xdotool("getwindowname", window)


def wait_title(xserver: XServer, window: str, pattern: str) -> str:
    return str(wait_until(lambda: re.search(pattern, title(xserver, window)) and
                          title(xserver, window), what=f"title matching {pattern!r}"))


def press(xserver: XServer, window: str, *keys: str) -> None:
    # No window manager on Xvfb, so no _NET_ACTIVE_WINDOW: give the window focus directly.
    xserver.xdotool("windowfocus", "--sync", window)
    xserver.xdotool("key", "--clearmodifiers", *keys)


def test_run_pause_resume_skip_to_summary(xserver: XServer, tmp_path: Path) -> None:
    app = launch(xserver, tmp_path, "run", str(DATA / "good" / "short-e2e.yaml"),
                 "--quit-when-done")
    try:
        window = find_window(xserver, app)
        wait_title(xserver, window, r"^\d:\d\d · Squat — Leg Timer$")
        xserver.screenshot(SHOTS / "work.png")
        press(xserver, window, "space")
        paused = wait_title(xserver, window, r"^Paused · ")
        assert "Squat" in paused
        xserver.screenshot(SHOTS / "paused.png")
        press(xserver, window, "space")
        wait_title(xserver, window, r"^\d:\d\d · Squat — Leg Timer$")
        press(xserver, window, "Right")  # skip the squat
        wait_title(xserver, window, r"· Rest — Leg Timer$")
        press(xserver, window, "n")  # skip the rest
        wait_title(xserver, window, r"· Lunge \(right\) — Leg Timer$")
        # Let the rest run in real time to the summary, which --quit-when-done then closes.
        try:
            wait_until(lambda: app.poll() is not None, timeout_s=30, what="the app to finish")
        except AssertionError as error:
            raise AssertionError(f"{error}; its output:\n{output_of(app)}") from None
        assert app.returncode == 0
    finally:
        stop(app)


def test_summary_and_picker_screens(xserver: XServer, tmp_path: Path) -> None:
    app = launch(xserver, tmp_path, "run", str(DATA / "good" / "short-e2e.yaml"))
    try:
        window = find_window(xserver, app)
        wait_title(xserver, window, r"Squat — Leg Timer$")
        for _ in range(6):  # skip every segment: the summary shows
            press(xserver, window, "Right")
        wait_title(xserver, window, r"^(Done|Finished|Summary)\b.*Leg Timer$|^Leg Timer$")
        xserver.screenshot(SHOTS / "summary.png")
        press(xserver, window, "Escape")  # back to the picker
        wait_title(xserver, window, r"^Leg Timer$")
        xserver.screenshot(SHOTS / "picker.png")
        quit_by_keyboard(xserver, window, app)
        assert app.returncode == 0
    finally:
        stop(app)


def test_second_start_hands_run_to_the_running_window(xserver: XServer, tmp_path: Path) -> None:
    first = launch(xserver, tmp_path)
    try:
        window = find_window(xserver, first)
        wait_title(xserver, window, r"^Leg Timer$")
        second = launch(xserver, tmp_path, "run", str(DATA / "good" / "short-e2e.yaml"))
        second.wait(timeout=30)
        assert second.returncode == 0, output_of(second)
        wait_title(xserver, window, r"^\d:\d\d · (Get ready|Squat) — Leg Timer$")
        assert first.poll() is None
    finally:
        stop(first)
