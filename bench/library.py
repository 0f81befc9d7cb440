"""Thousands of user routine files: `plan`, `list` and first paint against an empty folder.

    .venv/bin/python bench/library.py [--files 5000] [--runs 10]

Generates N varied valid routine files (the built-ins, renamed and retimed) in the user folder
of one temporary base folder, and leaves another base folder empty as the baseline. Then, in
one command, alternating the two folders run by run so machine load affects both alike:

- ``leg-timer plan BUILTIN`` wall time (a built-in never needs the user folder read);
- ``leg-timer list`` cold (the routine index deleted before each run: every file parsed) and
  warm (the index from the run before);
- first paint of the window (bench/startup.py's method: spawn to the first painted frame,
  written by the process itself through $LEG_TIMER_REPORT_FIRST_PAINT);
- in one window process (offscreen), the GUI-thread time of each step that lists the user
  folder into the picker, and how long the whole folder takes to arrive.

Prints median, p99 and max and the ratio of medians to the empty folder. Never fails on time.
Goals (issue 14): `plan BUILTIN` within 1.2x of empty, warm `list` under 2 s, first paint
within 1.5x of empty.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, display, summary
from startup import one_run

LEG_TIMER = [sys.executable, "-m", "leg_timer"]


def generate(folder: Path, count: int) -> None:
    """``count`` valid routine files: each built-in in turn, with its own name and times."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = sorted((ROOT / "routines").glob("*.yaml"))
    texts = [source.read_text(encoding="utf-8") for source in sources]
    for number in range(count):
        text = texts[number % len(texts)]
        text = text.replace("name: ", f"name: Mine {number} ", 1)
        text = text.replace("prepare: 10s", f"prepare: {5 + number % 11}s", 1)
        (folder / f"my-routine-{number:05d}.yaml").write_text(text, encoding="utf-8")


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   stdin=subprocess.DEVNULL)
    return (time.perf_counter() - started) * 1000


def ratio(ours: list[float], base: list[float]) -> str:
    return f"{statistics.median(ours) / statistics.median(base):.2f}"


def gui_steps(base: Path) -> None:
    """(In a child process.) Open the window offscreen on ``base`` and time each step that
    lists the user folder; print the figures."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import leg_timer.ui  # noqa: F401  (the PySide6 workaround the app applies)
    from leg_timer.library import open_library
    from leg_timer.paths import default_paths
    from leg_timer.ui.main_window import MainWindow
    from leg_timer.ui.pages.picker import PickerPage
    from leg_timer.ui.settings import AppSettings

    app = QApplication([])
    paths = default_paths(base)
    library = open_library(paths.user_routines_dir, paths.routine_index_file)
    steps_ms: list[float] = []
    original = PickerPage._load_more

    def measured(self: PickerPage) -> None:
        started = time.perf_counter()
        original(self)
        steps_ms.append((time.perf_counter() - started) * 1000)

    PickerPage._load_more = measured  # type: ignore[method-assign]
    window = MainWindow(library, AppSettings(paths.settings_file))
    shown = time.perf_counter()
    window.show()

    def check() -> None:
        if window.picker.loading:
            QTimer.singleShot(20, check)
            return
        print(f"  all {len(window.picker.listed_keys()):,} rows listed "
              f"{(time.perf_counter() - shown) * 1000:.0f} ms after show, in {len(steps_ms)} "
              f"steps; GUI-thread time per step, ms: {summary(steps_ms)}")
        app.quit()

    QTimer.singleShot(20, check)
    app.exec()
    window.shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--cold-runs", type=int, default=3)
    parser.add_argument("--gui-steps", metavar="BASE", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.gui_steps:
        gui_steps(Path(args.gui_steps))
        return
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        bases = {"empty": scratch / "empty" / "home", "full": scratch / "full" / "home"}
        bases["empty"].joinpath("data", "routines").mkdir(parents=True)
        started = time.perf_counter()
        generate(bases["full"] / "data" / "routines", args.files)
        print(f"{args.files:,} files generated in {time.perf_counter() - started:.1f} s")
        index = {name: base / "state" / "routine-index.json" for name, base in bases.items()}

        plan: dict[str, list[float]] = {name: [] for name in bases}
        cold: dict[str, list[float]] = {name: [] for name in bases}
        warm: dict[str, list[float]] = {name: [] for name in bases}
        for base in bases.values():  # warm-up: disk cache, bytecode
            timed([*LEG_TIMER, "--basedir", str(base), "plan", "squat-100"])
        for _ in range(args.runs):
            for name, base in bases.items():
                plan[name].append(timed([*LEG_TIMER, "--basedir", str(base), "plan",
                                         "squat-100"]))
        for _ in range(args.cold_runs):
            for name, base in bases.items():
                index[name].unlink(missing_ok=True)
                cold[name].append(timed([*LEG_TIMER, "--basedir", str(base), "list"]))
        for _ in range(args.runs):
            for name, base in bases.items():
                warm[name].append(timed([*LEG_TIMER, "--basedir", str(base), "list"]))

        print(f"wall time, ms (user folder: empty, or {args.files:,} files):")
        for title, figures in (("plan squat-100", plan), ("list, cold (no index)", cold),
                               ("list, warm (index)", warm)):
            print(f"  {title}")
            for name in bases:
                print(f"    {name:<6} {summary(figures[name])}")
            print(f"    ratio full / empty (medians): {ratio(figures['full'], figures['empty'])}")

        paint: dict[str, list[float]] = {name: [] for name in bases}
        with display() as env:
            for base in bases.values():  # one warm-up each
                one_run(LEG_TIMER, env, base.parent)
            for _ in range(args.runs):
                for name, base in bases.items():
                    paint[name].append(one_run(LEG_TIMER, env, base.parent)[0])
            print(f"first paint of the window, ms ({env.get('QT_QPA_PLATFORM')}):")
            for name in bases:
                print(f"    {name:<6} {summary(paint[name])}")
            print(f"    ratio full / empty (medians): {ratio(paint['full'], paint['empty'])}"
                  "  (goal <= 1.5)")
        print("listing the folder into the picker (offscreen, index warm):")
        subprocess.run([sys.executable, __file__, "--gui-steps", str(bases["full"])],
                       check=True)
        index["full"].unlink()
        print("the same with no index (every file parsed):")
        subprocess.run([sys.executable, __file__, "--gui-steps", str(bases["full"])],
                       check=True)


if __name__ == "__main__":
    main()
