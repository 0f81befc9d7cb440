"""CPU used while a session runs and while idle, as percent of one core, against a minimal
PySide6 window idling.

    .venv/bin/python bench/cpu.py [--seconds 60]

Three processes are measured one after the other, each for --seconds after its first paint
(plus a 2 s settle): the baseline window idling, Leg Timer idle on its routine picker, and
Leg Timer running the mini-band circuit (a cue or boundary every few seconds and a display
change every second). CPU is user + system time from /proc. Goal: under 1% while running.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import CLOCK_TICKS, ROOT, cpu_seconds, display, wait_for_file

CASES = {
    "minimal window, idle": [sys.executable, str(ROOT / "bench" / "minimal_window.py")],
    "leg-timer, picker idle": [sys.executable, "-m", "leg_timer"],
    "leg-timer, session running": [sys.executable, "-m", "leg_timer", "run",
                                   "mini-band-circuit"],
}


def measure(command: list[str], env: dict[str, str], seconds: float, workdir: Path) -> float:
    report = workdir / "painted"
    report.unlink(missing_ok=True)
    run_env = {**env, "LEG_TIMER_REPORT_FIRST_PAINT": str(report),
               "LEG_TIMER_BASEDIR": str(workdir / "home")}
    process = subprocess.Popen(command, env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        wait_for_file(report, process)
        time.sleep(2.0)
        cpu_before, wall_before = cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        cpu_after, wall_after = cpu_seconds(process.pid), time.monotonic()
        assert process.poll() is None, "the process ended during the measurement"
    finally:
        process.terminate()
        process.wait(timeout=30)
    return 100 * (cpu_after - cpu_before) / (wall_after - wall_before)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    results = {}
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        for name, command in CASES.items():
            results[name] = measure(command, env, args.seconds, Path(scratch))
    print(f"CPU over {args.seconds:g} s, percent of one core ({env.get('QT_QPA_PLATFORM')}; "
          f"/proc counts in {1000 // CLOCK_TICKS} ms ticks):")
    base = results["minimal window, idle"]
    for name, percent in results.items():
        print(f"  {name:<28} {percent:6.2f} %   (minus baseline: {percent - base:+.2f} points)")
    print("  goal: under 1% while running")


if __name__ == "__main__":
    main()
