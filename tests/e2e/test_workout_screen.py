"""The workout screen on a real 1920x1080 X server, driven by real key presses (issue 9).

Focus mode, the guide key, the jump list and pause are pressed as a person would (xdotool),
and screenshots of the workout page, focus mode and a rep set are saved under
artifacts/screenshots/ (docs/screenshot-*.png are copies of these, looked at by a person).
The sizes themselves are measured from the widgets' font metrics in
tests/ui/test_workout_page.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.e2e.app import App, running_app
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until, x_server

SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb
WIDTH, HEIGHT = 1920, 1080


@pytest.fixture(scope="module")
def full_hd() -> Iterator[XServer]:
    """An X server with a 1920x1080 screen (the shared one in conftest.py is 1280x800)."""
    with x_server(f"{WIDTH}x{HEIGHT}") as server:
        yield server


def fill_screen(app: App) -> None:
    """No window manager on Xvfb: place and size the window ourselves, as maximised."""
    app.xserver.xdotool("windowmove", "--sync", app.window, "0", "0")
    app.xserver.xdotool("windowsize", "--sync", app.window, str(WIDTH), str(HEIGHT))


def calm_screenshot(xserver: XServer, path: Path) -> QImage:
    """A screenshot without a cue's 250 ms flash (a frame in the kind's colour) in it."""
    def grab() -> QImage | None:
        image = QImage(str(xserver.screenshot(path)))
        edge, inside = image.pixelColor(3, HEIGHT // 2), image.pixelColor(40, HEIGHT // 2)
        return image if edge == inside else None
    found = wait_until(grab, 10, "a screen without a flash")
    assert isinstance(found, QImage)
    return found


def ink_rows(image: QImage, top: int, bottom: int) -> int:
    """How many pixel rows between ``top`` and ``bottom`` hold anything but the background."""
    background = image.pixelColor(2, image.height() // 2)
    rows = 0
    for y in range(top, bottom):
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 4)):
            rows += 1
    return rows


def test_workout_focus_mode_and_jump_by_keys(full_hd: XServer, tmp_path: Path) -> None:
    with running_app(full_hd, tmp_path, "run", "mini-band-circuit") as app:
        app.wait_title(r"· Get ready — Leg Timer$")
        fill_screen(app)
        # A moment with no cue (a cue nobody hears flashes the frame for 250 ms).
        app.wait_title(r"^0:4[0-2] · Quadruped hip extension \(right\) — Leg Timer$")
        windowed = calm_screenshot(full_hd, SHOTS / "workout-1080p.png")
        assert (windowed.width(), windowed.height()) == (WIDTH, HEIGHT)

        # F: focus mode. The keyboard hints at the foot of the page go; the rest stays.
        app.press("f")
        wait_until(lambda: ink_rows(QImage(str(full_hd.screenshot(tmp_path / "f.png"))),
                                    HEIGHT - 30, HEIGHT) == 0, 10, "the hint line to go")
        focus = calm_screenshot(full_hd, SHOTS / "focus-1080p.png")
        assert ink_rows(windowed, HEIGHT - 30, HEIGHT) > 0
        assert ink_rows(focus, HEIGHT - 30, HEIGHT) == 0

        # I hides the guide (the right edge, beside the digits, empties), I shows it again.
        right = (WIDTH - 300, 300, HEIGHT - 400)

        def guide_ink() -> int:
            image = QImage(str(full_hd.screenshot(tmp_path / "i.png")))
            return sum(1 for y in range(right[1], right[2], 6)
                       for x in range(right[0], WIDTH - 20, 6)
                       if image.pixelColor(x, y) != image.pixelColor(2, HEIGHT // 2))
        assert guide_ink() > 0
        app.press("i")
        wait_until(lambda: guide_ink() == 0, 10, "the guide to hide")
        app.press("i")
        wait_until(lambda: guide_ink() > 0, 10, "the guide to show")

        # G, type, Enter: the jump list in focus mode, to the squat of round 2.
        app.press("g")
        app.press(*"squat", "space", *"round", "space", "2", "Down")
        app.press_for("Return", r"· Squat — Leg Timer$")

        # Space pauses in focus mode; Esc leaves focus mode, not the workout.
        app.press_for("space", r"^Paused · \d:\d\d · Squat — Leg Timer$")
        calm_screenshot(full_hd, SHOTS / "focus-paused-1080p.png")
        app.press("Escape")
        wait_until(lambda: ink_rows(QImage(str(full_hd.screenshot(tmp_path / "e.png"))),
                                    HEIGHT - 30, HEIGHT) > 0, 10, "the hint line to return")
        assert app.title().startswith("Paused · ")
        assert app.process.poll() is None  # still running: Esc only left focus mode


def test_rep_set_on_screen(full_hd: XServer, tmp_path: Path) -> None:
    with running_app(full_hd, tmp_path, "run", "squat-100") as app:
        app.wait_title(r"· Get ready — Leg Timer$")
        fill_screen(app)
        app.wait_title(r"^0:5[0-7] · Bodyweight squat — Leg Timer$")
        calm_screenshot(full_hd, SHOTS / "reps-1080p.png")
        app.press("f")
        wait_until(lambda: ink_rows(QImage(str(full_hd.screenshot(tmp_path / "f.png"))),
                                    HEIGHT - 30, HEIGHT) == 0, 10, "focus mode")
        calm_screenshot(full_hd, SHOTS / "reps-focus-1080p.png")
        app.press_for("space", r"^Paused · ")
        app.process.kill()
