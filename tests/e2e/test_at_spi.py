"""Leg Timer as a screen reader reads it: the accessible tree and the events, through the
real AT-SPI bus (at-spi2-core) and Debian's pyatspi, on Xvfb with a private session bus.

A screen reader gets: a name for every control, the visible text of every label (not a caption
hiding it), the countdown as one object that tells the time when asked, an announcement at each
new segment, pause and resume and at the end, and never more than one event a second aimed at
speech (no "5 percent... 11 percent" from a progress bar, no name changing every second).
"""

from __future__ import annotations

import collections
import json
import re
import shutil
from pathlib import Path

import pytest

from leg_timer.paths import default_paths
from tests.e2e.app import running_app
from tests.e2e.at_spi import EventListener, accessibility_bus, read_tree
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until

pytestmark = pytest.mark.xvfb

DATA = Path(__file__).parent.parent / "data" / "good"
CAPTIONS = {"Segment kind", "Exercise", "Next segment", "Round and set", "Session time done",
            "Session time left", "Keyboard hints"}
# Events a screen reader may speak without being asked: announcements, notifications, value
# changes (progress bars) and changes of names, descriptions and text.
SPEECH_EVENTS = ("object:announcement", "object:value-changed",
                 "object:property-change:accessible-name",
                 "object:property-change:accessible-description",
                 "object:property-change:accessible-value", "object:text-changed")


def _with_routine(folder: Path, name: str) -> Path:
    routines = default_paths(folder / "home").user_routines_dir
    routines.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / name, routines / name)
    return folder


def _save(tmp_path: Path, name: str, lines: list[dict[str, object]]) -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shutil.copy(path, ARTIFACTS / name)
    return path


def test_every_control_has_a_name_and_every_label_its_text(xserver: XServer,
                                                            tmp_path: Path) -> None:
    with accessibility_bus(xserver, tmp_path) as env, running_app(
            XServer(xserver.display, env), tmp_path, "run",
            str(DATA / "short-e2e.yaml")) as app:
        app.wait_title(r"Squat")
        app.press_for("space", r"Paused")  # the page holds still while it is read
        nodes = read_tree(env, app.process.pid)
        _save(tmp_path, "at-spi-tree-workout.jsonl", nodes)
        showing = [node for node in nodes if node.get("showing")]
        unnamed = [node for node in showing if node.get("interactive") and not node["name"]]
        assert unnamed == [], unnamed
        labels = [node for node in showing if node.get("role") == "label"]
        names = {node["name"] for node in labels}
        assert "Squat" in names, names  # the exercise itself, not "Exercise"
        assert names & CAPTIONS == set(), names & CAPTIONS
        assert any(name.startswith("Next:") for name in names), names
        clocks = [node for node in nodes if re.match(r"\d:\d\d, Work, Squat", node["name"])]
        assert [node["role"] for node in clocks] == ["panel"], clocks
        assert not [node for node in nodes if node.get("role") == "progress bar"]
        app.press_for("space", r"^(?!Paused)")
        app.wait_title(r"^Done", timeout_s=30)
        nodes = read_tree(env, app.process.pid)
        _save(tmp_path, "at-spi-tree-summary.jsonl", nodes)
        buttons = [node for node in nodes if node.get("role") == "push button"
                   and node.get("showing")]
        assert buttons and all(node["name"] and node["focusable"] for node in buttons), buttons
        app.press_for("Return", r"^Leg Timer$")  # back to the list
        nodes = read_tree(env, app.process.pid)
        _save(tmp_path, "at-spi-tree-picker.jsonl", nodes)
        showing = [node for node in nodes if node.get("showing")]
        unnamed = [node for node in showing if node.get("interactive") and not node["name"]]
        assert unnamed == [], unnamed
        names = {node["name"] for node in showing}
        assert {"Search routines", "Routines"} <= names, names
        # A combo box's name is its current value on Linux; what it is comes from its label.
        combos = [node for node in showing if node["role"] == "combo box"]
        assert [node["labelled_by"] for node in combos] == [["Filter by tag"]], combos


def test_a_workout_announces_its_moments_and_never_floods(xserver: XServer,
                                                          tmp_path: Path) -> None:
    folder = _with_routine(tmp_path, "short-e2e.yaml")
    with accessibility_bus(xserver, tmp_path) as env, running_app(
            XServer(xserver.display, env), folder) as app:
        app.wait_title(r"Leg Timer")
        listener = EventListener(env, app.process.pid, 40, tmp_path / "at-spi-events.jsonl")
        try:
            app.press("s", "h", "o", "r", "t")  # typing searches: "Short check"
            app.press_for("Return", r"Get ready|Squat")
            app.wait_title(r"Squat")
            app.press_for("space", r"Paused")
            app.press_for("space", r"^(?!Paused)")
            app.wait_title(r"^Done", timeout_s=40)
            wait_until(lambda: any(event["type"] == "object:announcement"
                                   and "complete" in str(event.get("data"))
                                   for event in listener.events()), 10, "the last announcement")
        finally:
            listener.stop()
        events = listener.events()
    shutil.copy(tmp_path / "at-spi-events.jsonl", ARTIFACTS / "at-spi-events.jsonl")
    said = [str(event["data"]) for event in events if event["type"] == "object:announcement"]
    (ARTIFACTS / "at-spi-announcements.txt").write_text("\n".join(said) + "\n")
    for expected in ("Get ready", "Work, Squat", "Rest", "Work, Lunge, right side",
                     "Switch sides", "Work, Lunge, left side", "Paused", "Resumed",
                     "Workout complete"):
        assert any(expected in line for line in said), (expected, said)
    # The window title (the frame's name) may carry the time: screen readers do not read a
    # window's title changes unless asked.
    running = [event for event in events if event["type"].startswith(SPEECH_EVENTS)
               and event.get("role") != "frame"]
    # From the routine's first announcement on (the typed search before it is typing).
    started = min(float(event["t"]) for event in events
                  if event["type"] == "object:announcement")
    per_second = collections.Counter(int(float(event["t"]) - started) for event in running
                                     if float(event["t"]) >= started)
    crowded = {second: count for second, count in per_second.items() if count > 1}
    assert crowded == {}, (crowded, running)
