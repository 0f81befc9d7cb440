"""Reordering exercises by a real drag with the mouse (xdotool on Xvfb): the drop goes
through the undo stack like every other change."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.xserver import XServer, x_server

pytestmark = pytest.mark.xvfb


@pytest.fixture(scope="module")
def xserver() -> Iterator[XServer]:
    with x_server() as server:
        yield server


def test_drag_the_first_exercise_below_the_last(xserver: XServer, tmp_path: Path) -> None:
    env = {**xserver.env, "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen([sys.executable, "-m", "tests.editor.drag_editor", str(tmp_path)],
                               env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        centres = json.loads(process.stdout.readline())
        (x, y), _, (_, last_y) = centres
        below_last = last_y + (last_y - centres[1][1]) // 2 + 2
        # Qt starts a drag once the pointer moves past the drag distance with the button down,
        # and needs motion events on the way: move in steps.
        steps = [str(step) for y_now in range(y + 4, below_last + 1, 4)
                 for step in ("mousemove", str(x), str(y_now), "sleep", "0.02")]
        xserver.xdotool("mousemove", str(x), str(y), "sleep", "0.2", "mousedown", "1",
                        "sleep", "0.2", *steps, "sleep", "0.3", "mouseup", "1")
        order = json.loads(process.stdout.readline())
        assert order == ["Second", "Third", "First"]
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
