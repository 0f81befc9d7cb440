"""Does anything grow over long use? Back-to-back workouts in one window, sampled (issue 14).

    .venv/bin/python bench/soak.py [--routine mini-band-circuit] [--runs 3] [--every 10]

Starts the real app (offscreen, real time, sound and speech through their helper processes,
against a private PulseAudio with a null sink when `pulseaudio` is installed) on ROUTINE, and
repeats it as soon as each run's summary shows, --runs times in all (the longest built-in at
its default values: 3 x 20:55). Every --every seconds it samples the window's process and its
children (the audio hosts): resident memory (VmRSS), open file descriptors and threads.

Prints, per run, the median and max of each figure, and the last run's against the first's
(the ratio a leak would push above 1); never fails on time or size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import family

DRIVER = textwrap.dedent("""
    import os, sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from leg_timer.launch import LaunchRequest
    from leg_timer.paths import default_paths
    from leg_timer.ui import app as ui_app

    routine, runs, marks = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    done = []

    def mark(text):
        with open(marks, "a", encoding="utf-8") as stream:
            stream.write(text + "\\n")

    def on_window(window):
        def ended(how):
            done.append(how)
            mark(f"ended {len(done)} {how}")
            if len(done) < runs:
                QTimer.singleShot(1000, window.repeat)
            else:
                QTimer.singleShot(1000, QApplication.instance().quit)
        window.session_ended.connect(ended)
        mark("started 1")

    code = ui_app.run_app(LaunchRequest(routine=routine), default_paths(os.environ["BASE"]),
                          on_window=on_window, keep_awake=lambda: None)
    sys.exit(code)
""")


@dataclass
class Sample:
    at_s: float
    run: int
    rss_kib: int
    fds: int
    threads: int
    processes: int


def sample(pid: int, run: int, started: float) -> Sample | None:
    rss = fds = threads = 0
    processes = family(pid)
    for each in processes:
        try:
            status = Path(f"/proc/{each}/status").read_text()
            fds += sum(1 for _ in Path(f"/proc/{each}/fd").iterdir())
        except OSError:
            if each == pid:
                return None
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        rss += int(fields["VmRSS"].split()[0])
        threads += int(fields["Threads"])
    return Sample(time.monotonic() - started, run, rss, fds, threads, len(processes))


def describe(values: list[float], unit: str) -> str:
    return f"median {statistics.median(values):8.1f} {unit}  max {max(values):8.1f} {unit}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--routine", default="mini-band-circuit")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--every", type=float, default=10.0, help="seconds between samples")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="leg-timer-soak-") as folder:
        root = Path(folder)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BASE": str(root / "base"),
               "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        server = None
        if shutil.which("pulseaudio"):
            from tests.audio.pulse import PulseServer

            server = PulseServer(root / "pulse")
            server.start()
            env.update({key: value for key, value in server.env.items()
                        if key in ("PULSE_SERVER", "XDG_RUNTIME_DIR", "HOME")})
        marks = root / "marks"
        marks.touch()
        started = time.monotonic()
        app = subprocess.Popen([sys.executable, "-c", DRIVER, args.routine, str(args.runs),
                                str(marks)], env=env, cwd=Path(__file__).resolve().parent.parent,
                               stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        samples: list[Sample] = []
        try:
            while app.poll() is None:
                run = 1 + marks.read_text().count("ended")
                taken = sample(app.pid, min(run, args.runs), started)
                if taken is not None:
                    samples.append(taken)
                    print(f"  {taken.at_s:7.0f} s  run {taken.run}  {taken.rss_kib / 1024:7.1f} MiB"
                          f"  {taken.fds:4d} fds  {taken.threads:3d} threads"
                          f"  {taken.processes} processes", flush=True)
                time.sleep(args.every)
        finally:
            if app.poll() is None:
                app.terminate()
            _, stderr = app.communicate(timeout=30)
            if server is not None:
                server.stop()
        print(f"\nsoak: {args.routine} x {args.runs}, exit {app.returncode}, "
              f"{time.monotonic() - started:.0f} s, {len(samples)} samples")
        print(f"sound: {'private PulseAudio' if server else 'no sound server (flash only)'}")
        for run in range(1, args.runs + 1):
            taken = [each for each in samples if each.run == run]
            if not taken:
                continue
            print(f"run {run}: RSS    {describe([s.rss_kib / 1024 for s in taken], 'MiB')}")
            print(f"       fds    {describe([float(s.fds) for s in taken], '   ')}")
            print(f"       thread {describe([float(s.threads) for s in taken], '   ')}")
        first = [each for each in samples if each.run == 1]
        last = [each for each in samples if each.run == args.runs]
        if first and last and args.runs > 1:
            for name, key in (("RSS", "rss_kib"), ("fds", "fds"), ("threads", "threads")):
                before = statistics.median(getattr(each, key) for each in first)
                after = statistics.median(getattr(each, key) for each in last)
                print(f"last run / first run, median {name}: {after / before:.3f}")
        if app.returncode != 0:
            print(stderr[-2000:])
        return 0


if __name__ == "__main__":
    sys.exit(main())
