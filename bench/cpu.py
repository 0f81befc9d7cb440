"""CPU used while a session runs and while idle, as percent of one core, against a minimal
PySide6 window idling.

    .venv/bin/python bench/cpu.py [--seconds 60]

Three processes are measured one after the other, each for --seconds after its first paint
(plus a 10 s settle, while the audio hosts start): the baseline window idling, Leg Timer
idle on its routine picker, and Leg Timer running the mini-band circuit (a cue or boundary
every few seconds and a display change every second). CPU is user + system time from /proc,
of the app's process and its children (the audio hosts that play the cues), against a
private PulseAudio with a null sink when `pulseaudio` is installed (its own CPU is printed
too). Goal (issue 15): at most 0.5 % while running, audio included.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from _common import (
    CLOCK_TICKS,
    ROOT,
    cpu_seconds,
    display,
    family_cpu_seconds,
    start_app,
    wait_for_file,
)

# After the first paint the audio hosts start (a second of CPU importing Qt Multimedia): the
# measurement begins once that is over, so it shows the steady state.
SETTLE_S = 10.0

CASES = {
    "minimal window, idle": [sys.executable, str(ROOT / "bench" / "minimal_window.py")],
    "leg-timer, picker idle": [sys.executable, "-m", "leg_timer"],
    "leg-timer, session running": [sys.executable, "-m", "leg_timer", "run",
                                   "mini-band-circuit"],
}


def measure(command: list[str], env: dict[str, str], seconds: float, workdir: Path,
            server_pid: int | None = None) -> tuple[float, float, float]:
    """Percent of one core used by the process and its children, by the process alone (the
    window), and by the sound server."""
    process, report = start_app(command, env, workdir)
    try:
        wait_for_file(report, process)
        time.sleep(SETTLE_S)
        server_before = cpu_seconds(server_pid) if server_pid else 0.0
        own_before = cpu_seconds(process.pid)
        cpu_before, wall_before = family_cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        cpu_after, wall_after = family_cpu_seconds(process.pid), time.monotonic()
        own_after = cpu_seconds(process.pid)
        server_after = cpu_seconds(server_pid) if server_pid else 0.0
        assert process.poll() is None, "the process ended during the measurement"
    finally:
        process.terminate()
        process.wait(timeout=30)
    wall = wall_after - wall_before
    return (100 * (cpu_after - cpu_before) / wall, 100 * (own_after - own_before) / wall,
            100 * (server_after - server_before) / wall)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    results: dict[str, tuple[float, float, float]] = {}
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        server = None
        if shutil.which("pulseaudio"):
            sys.path.insert(0, str(ROOT))
            from tests.audio.pulse import PulseServer

            server = PulseServer(Path(scratch) / "pulse")
            server.start()
            env = {**env, **{key: server.env[key]
                             for key in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "HOME")}}
        try:
            for name, command in CASES.items():
                results[name] = measure(command, env, args.seconds, Path(scratch),
                                        server.process.pid if server and server.process
                                        else None)
        finally:
            if server is not None:
                server.stop()
    print(f"CPU over {args.seconds:g} s, percent of one core ({env.get('QT_QPA_PLATFORM')}; "
          f"/proc counts in {1000 // CLOCK_TICKS} ms ticks):")
    base = results["minimal window, idle"][0]
    for name, (percent, window_percent, server_percent) in results.items():
        print(f"  {name:<28} {percent:6.2f} %   (minus baseline: {percent - base:+.2f} points;"
              f" the window's process {window_percent:.2f} %, its audio hosts "
              f"{percent - window_percent:.2f} %; sound server {server_percent:.2f} %)")
    print("  goal (issue 15): at most 0.5 % while running, audio included")


if __name__ == "__main__":
    main()
