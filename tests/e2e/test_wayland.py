"""The app on Wayland, natively (Qt's wayland platform), with no X server at all.

GNOME and KDE start Wayland sessions by default. Weston's headless back-end is a real
compositor without a screen: the app runs a short routine in focus mode to its end there, the
workout is recorded, and the protocol log (WAYLAND_DEBUG) shows what the compositor was asked:
the app id, the live title, full screen. A screenshot is taken mid-workout with Weston's
screenshooter (allowed by ``--debug``) and kept under artifacts/screenshots/ to look at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from leg_timer.metadata import metadata
from tests.e2e.xserver import ARTIFACTS, wait_until
from tests.processes import brief, stop_process
from tests.weston import SIZE, Weston, weston_compositor

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]

ROUTINE = """\
version: 1
name: Wayland check
prepare: 0s
exercises:
  - name: Wall sit
    work: 3s
"""
SHOT = ARTIFACTS / "screenshots" / "wayland-focus-mode.png"


@pytest.fixture
def weston() -> Iterator[Weston]:
    with weston_compositor() as compositor:
        yield compositor


def leg_timer(*args: str) -> list[str]:
    return [sys.executable, "-m", "leg_timer", *args]


def test_a_routine_runs_to_its_end_on_wayland(weston: Weston, tmp_path: Path) -> None:
    routine = tmp_path / "wayland-check.yaml"
    routine.write_text(ROUTINE, encoding="utf-8")
    base = tmp_path / "home"
    painted = tmp_path / "first-paint"
    output = tmp_path / "app.log"
    env = {**weston.env, "QT_QPA_PLATFORM": "wayland", "WAYLAND_DEBUG": "client",
           "LEG_TIMER_REPORT_FIRST_PAINT": str(painted)}
    with output.open("w") as out:
        app = subprocess.Popen(
            leg_timer("--basedir", str(base), "run", str(routine), "--fullscreen",
                      "--quit-when-done"),
            env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: app.poll() is not None or painted.exists(), timeout_s=30,
                   what="the first paint")
        assert app.poll() is None, brief(output.read_text(errors="replace"))
        # Painted is not yet shown: the compositor may still be placing the window. Shots
        # until one shows the workout full screen (the routine lasts 3 s).
        shot = wait_until(lambda: full_screen_shot(weston, tmp_path), timeout_s=2.5,
                          what="a screenshot of the app full screen")
        assert isinstance(shot, Path)
        SHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(shot, SHOT)
        app.wait(timeout=30)
    finally:
        stop_process(app)
    log = output.read_text(errors="replace")
    assert app.returncode == 0, brief(log)

    # Only the Wayland client library spoke: no X connection, no fallback platform.
    requests = [line for line in log.splitlines() if line.startswith("[")]
    assert requests, "WAYLAND_DEBUG printed nothing: the app did not run on Wayland"
    problems = [line for line in log.splitlines() if line and not line.startswith("[")]
    assert not problems, "\n".join(problems)
    app_id = metadata().app_id
    assert any(f'set_app_id("{app_id}")' in line for line in requests)
    assert any(".set_fullscreen(" in line for line in requests), "focus mode is full screen"
    titles = re.findall(r'set_title\("(.*)"\)', log)
    assert any("Wall sit" in title for title in titles), titles  # the live countdown title
    assert titles[-1].startswith("Done · Wayland check"), titles

    history = subprocess.run(leg_timer("--basedir", str(base), "history", "--json"),
                             capture_output=True, text=True, timeout=60, check=True,
                             env=weston.env)
    [session] = json.loads(history.stdout)
    assert session["outcome"] == "completed" and session["routine"] == "wayland-check"


def full_screen_shot(weston: Weston, folder: Path) -> Path | None:
    """A screenshot of the whole output if it shows the app covering it (focus mode), else
    None. Weston's panel, a dark bar along the top, is hidden behind a full-screen window;
    the workout page is light (the system theme, with no desktop to follow) and busy."""
    from PySide6.QtGui import QImage  # only here: the rest of the test needs no Qt

    shots = folder / f"shots-{len(list(folder.glob('shots-*')))}"
    shots.mkdir()
    # The screenshooter writes wayland-screenshot-<time>.png into its working folder.
    shooter = subprocess.run(["weston-screenshooter"], cwd=shots, env=weston.env,
                             capture_output=True, text=True, timeout=30, check=False)
    assert shooter.returncode == 0, shooter.stderr + weston.log.read_text()
    [shot] = list(shots.glob("*.png"))
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SIZE
    # Between the badges, below the flash frame and above the exercise name: the page.
    top = [image.pixelColor(x, 24).lightness() for x in range(300, 724, 8)]
    colours = {image.pixelColor(x, y).rgb() for x in range(0, SIZE[0], 8)
               for y in range(0, SIZE[1], 8)}
    return shot if min(top) > 150 and len(colours) > 8 else None
