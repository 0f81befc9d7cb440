"""What the routine editor costs on a big routine, and what importing a workout costs (issue 11).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/editor.py [--exercises 300] [--runs 15]

In one process, offscreen: the editor opened on a routine of --exercises exercises, each done
on both sides (so four segments each), and, as the baseline in the same run, on the built-in
"knee clamp" (a few exercises). For each: opening the window, one edit (a value typed into the
selected exercise's amount field, a few key presses: undo steps and the form refreshed), and
the check behind the live preview (the draft written out by ruamel.yaml, read by the loader,
planned, drawn), which runs 150 ms after typing stops. Then the import of a JSON workout of
--exercises exercises (recognised, converted, checked by the loader; nothing written). Prints
figures; never fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import summary
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from leg_timer.importers.convert import convert_bytes
from leg_timer.resources import builtin_routine_files
from leg_timer.ui.editor import EditorWindow


def big_routine(folder: Path, exercises: int) -> Path:
    lines = ["version: 1", "name: Big", "exercises:"]
    for number in range(exercises):
        lines += [f"  - name: Exercise {number}  # a comment to keep", "    work: 40s",
                  "    rest: 20s", "    sides: both"]
    path = folder / "big.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def timed_editor(app: QApplication, source: Path, folder: Path,
                 runs: int) -> tuple[list[float], list[float], list[float]]:
    """Per run: open (window shown), one edit, one check; in milliseconds."""
    opened, edited, checked = [], [], []
    for run in range(runs):
        started = time.perf_counter()
        window = EditorWindow(user_dir=folder, taken_ids=(), source=source, duplicate=True,
                              ask=lambda _parent: "discard")
        window.resize(1000, 700)
        window.show()
        app.processEvents()
        opened.append((time.perf_counter() - started) * 1000)
        window.exercise_list.setCurrentRow(window.exercise_list.count() // 2)
        started = time.perf_counter()
        field = window.exercise_form.amount
        field.setFocus()
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(field, f"{41 + run % 5}s")
        app.processEvents()
        assert window.stack.count() >= 1, "the edit made no undo step"
        edited.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        window.check_now()
        checked.append((time.perf_counter() - started) * 1000)
        window.check_timer.stop()
        window.setWindowModified(False)
        window.hide()
        window.deleteLater()
        app.processEvents()
    return opened, edited, checked


def timed_import(exercises: int, runs: int) -> list[float]:
    workout = {"title": "Big", "sets": [{"repetitions": 1, "exercises": [
        {"name": f"Exercise {n}" if n % 2 == 0 else "Rest", "duration": 30}
        for n in range(exercises * 2)]}]}
    data = json.dumps(workout).encode()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        convert_bytes(data, "big.json")
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--exercises", type=int, default=300)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        knee = folder / "knee.yaml"
        knee.write_bytes(next(entry for entry in builtin_routine_files()
                              if entry.name.startswith("knee")).read_bytes())
        small = timed_editor(app, knee, folder, args.runs)
        big = timed_editor(app, big_routine(folder, args.exercises), folder, args.runs)
    print(f"routine editor, {args.runs} runs ({os.environ['QT_QPA_PLATFORM']}), ms:")
    for what, base, loaded in zip(("open", "one edit", "check + preview"), small, big,
                                  strict=True):
        print(f"  {what:16} built-in (baseline) {summary(base)}")
        print(f"  {'':16} {args.exercises} exercises     {summary(loaded)}   ratio of medians "
              f"{statistics.median(loaded) / statistics.median(base):.1f}")
    imports = timed_import(args.exercises, args.runs)
    print(f"import of a JSON workout of {args.exercises} exercises and rests: {summary(imports)}")


if __name__ == "__main__":
    main()
