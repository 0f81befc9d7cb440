"""Start-up to first painted window, and peak memory, against a minimal PySide6 window.

    .venv/bin/python bench/startup.py [--runs 10] [--bundle dist/leg-timer]

Each run starts a fresh process and times it from just before the spawn to the moment its
window has painted for the first time (the process writes time.monotonic() then; the monotonic
clock is shared by all processes). Runs of Leg Timer and of the baseline (bench/minimal_window.py)
alternate, so machine load affects both alike. Peak memory is the process's VmHWM one second
after the first paint; before the next run starts, the app's helper processes (sound and voice
hosts) get up to 3 s to exit, so they do not slow it down. Uses Xvfb when installed (a real X
server), else the offscreen platform.
Goal to report against: start-up within 1.3x of the minimal window. With ``--bundle DIR`` the
PyInstaller bundle's DIR/leg-timer joins the alternation as a third command (same environment),
and the ratios bundle / minimal window and bundle / source tree are printed too (goals: 1.3 and
1.0).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    ROOT,
    display,
    own_homes,
    peak_rss_mib,
    start_app,
    stop_with_helpers,
    summary,
    wait_for_file,
)

COMMANDS = {
    "minimal window": [sys.executable, str(ROOT / "bench" / "minimal_window.py")],
    "leg-timer": [sys.executable, "-m", "leg_timer"],
}


def one_run(command: list[str], env: dict[str, str], workdir: Path,
            home: str) -> tuple[float, float]:
    started = time.monotonic()
    process, report = start_app(command, env, workdir, home=home)
    try:
        painted = float(wait_for_file(report, process))
        time.sleep(1.0)
        memory = peak_rss_mib(process.pid)
    finally:
        stop_with_helpers(process)
    return (painted - started) * 1000, memory


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bundle", metavar="DIR", type=Path,
                        help="also time DIR/leg-timer (a built bundle, e.g. dist/leg-timer)")
    args = parser.parse_args()
    if args.bundle is not None:
        program = args.bundle.resolve() / "leg-timer"
        if not program.is_file():
            parser.error(f"--bundle {args.bundle}: no leg-timer program in it")
        COMMANDS["bundle"] = [str(program)]
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    memory: dict[str, list[float]] = {name: [] for name in COMMANDS}
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        homes = own_homes(COMMANDS)
        for name, command in COMMANDS.items():  # one warm-up each: disk, fonts, its cache
            one_run(command, env, Path(scratch), homes[name])
        for _ in range(args.runs):
            for name, command in COMMANDS.items():
                elapsed_ms, rss = one_run(command, env, Path(scratch), homes[name])
                times[name].append(elapsed_ms)
                memory[name].append(rss)
    print(f"start-up to first paint, ms ({env.get('QT_QPA_PLATFORM')}):")
    for name in COMMANDS:
        print(f"  {name:<15} {summary(times[name])}")
    base, ours = (statistics.median(times[name]) for name in ("minimal window", "leg-timer"))
    print(f"  ratio leg-timer / minimal window (medians): {ours / base:.2f}  (goal <= 1.30)")
    if "bundle" in COMMANDS:
        bundled = statistics.median(times["bundle"])
        print(f"  ratio bundle / minimal window (medians): {bundled / base:.2f}  (goal <= 1.30)")
        print(f"  ratio bundle / leg-timer from source (medians): {bundled / ours:.2f}  "
              f"(goal <= 1.00)")
    print("peak memory (VmHWM 1 s after first paint), MiB:")
    for name in COMMANDS:
        print(f"  {name:<15} median {statistics.median(memory[name]):7.1f}  "
              f"max {max(memory[name]):7.1f}")
    base_mem, our_mem = (statistics.median(memory[name])
                         for name in ("minimal window", "leg-timer"))
    print(f"  ratio leg-timer / minimal window (medians): {our_mem / base_mem:.2f}")
    if "bundle" in COMMANDS:
        bundled_mem = statistics.median(memory["bundle"])
        print(f"  ratio bundle / minimal window (medians): {bundled_mem / base_mem:.2f}")


if __name__ == "__main__":
    main()
