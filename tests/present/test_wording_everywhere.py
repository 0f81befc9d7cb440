"""One way of saying things (issue 9): plurals through present/wording.py, one unit style
("45 s", "15 min"), "cool-down" spelled one way, and built-in routine text a user can follow
without the articles behind it. Qt-free.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from leg_timer.core.plan import build_plan
from leg_timer.core.routine import Practice, Side
from leg_timer.library import load_library
from leg_timer.present import routine_text

ROOT = Path(__file__).parent.parent.parent
LIBRARY = load_library(None)
BUILTINS = sorted((ROOT / "routines").glob("*.yaml"))


def strings(node: Any) -> Iterator[str]:
    """Every text value in a YAML tree (keys such as ``cooldown`` are format, not words)."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def test_builtin_routine_text_reads_on_its_own() -> None:
    assert len(BUILTINS) == 8
    for path in BUILTINS:
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in strings(tree):
            lower = text.lower()
            assert "article" not in lower, (path.name, text)
            assert "cooldown" not in lower and "cool down" not in lower, (path.name, text)
            assert "(s)" not in text, (path.name, text)
            # One unit style: "45 s", "15 min", never "15 minutes" or "45 seconds" in a line
            # a person reads (durations in the format itself are keys' values like "45s").
            assert not re.search(r"\d+ (seconds|minutes|secs|mins)\b", text), (path.name, text)


def test_the_circuit_is_described_as_its_exercises_are() -> None:
    circuit = LIBRARY.find("mini-band-circuit")
    sided = [e for e in circuit.exercises if {Side.LEFT, Side.RIGHT} <= set(e.sides)]
    assert (len(circuit.exercises), len(sided)) == (5, 2)
    description = " ".join(circuit.description.split())
    assert description.startswith("Five exercises") and "two of them done once on each side" in (
        description)
    assert "seven stations of 45 s work and 15 s rest" in description
    stations = sum(max(1, len([s for s in e.sides if s is not Side.NONE]))
                   for e in circuit.exercises)
    assert stations == 7


def test_exercise_lines_use_the_unit_style() -> None:
    for routine_id in LIBRARY.builtin_ids:
        routine = LIBRARY.find(routine_id)
        values = routine.default_values()
        for exercise in routine.exercises:
            line = routine_text.exercise_summary(routine, values, exercise)
            assert not re.search(r"\d(s|min|m)\b", line), line  # "45 s", never "45s"
            assert not re.search(r"\b1 (reps|sets)\b", line), line
    wall = LIBRARY.find("legs-up-the-wall")
    assert routine_text.exercise_summary(wall, wall.default_values(),
                                         wall.exercises[0]) == "hold 10 min"
    squats = LIBRARY.find("squat-100")
    values = {**squats.default_values(), "tempo": 2.5}
    assert routine_text.exercise_summary(squats, values, squats.exercises[0]).endswith(
        ", 2.5 s each")
    html = routine_text.details_html(squats, squats.default_values(), "#b71c1c")
    assert "<b>Cool-down: Stretch your legs</b> — 2 min" in html


def test_counts_of_one_are_singular() -> None:
    squats = LIBRARY.find("squat-100")
    assert squats.practice is not None
    once = dataclasses.replace(squats, practice=Practice(
        sessions_per_day=None, sessions_per_week=(1, 1), rest_days_after=1, note=""))
    html = routine_text.details_html(once, once.default_values(), "#b71c1c")
    assert "1 time a week; rest 1 day afterwards" in html
    plan = build_plan(squats, squats.default_values())
    assert routine_text.total_text(dataclasses.replace(plan, manual_sets=1)).endswith(
        " + 1 set at your pace")
    assert routine_text.total_text(dataclasses.replace(plan, manual_sets=2)).endswith(
        " + 2 sets at your pace")


def test_no_plural_is_made_by_hand() -> None:
    """Counts go through wording.count: no "(s)" and no hand-made `"s" if n != 1`."""
    owned = [ROOT / "leg_timer" / "present" / "routine_text.py",
             ROOT / "leg_timer" / "present" / "display.py",
             ROOT / "leg_timer" / "cli" / "commands.py",
             ROOT / "leg_timer" / "core" / "errors.py",
             ROOT / "leg_timer" / "ui" / "pages" / "summary_view.py"]
    for path in owned:
        source = path.read_text(encoding="utf-8")
        assert "(s)" not in source, path.name
        assert not re.search(r"== 1 else|!= 1 else", source), path.name
