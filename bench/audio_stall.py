"""Is the countdown ever frozen by the sound server or the speech engine? (issue 14)

    .venv/bin/python bench/audio_stall.py [--runs 3]

Runs the real app (offscreen, its GUI thread sampled every 10 ms by tests/audio/watch_app.py)
on tests/audio/data/stall-check.yaml against a private PulseAudio server with a null sink, in
four set-ups, each --runs times:

- healthy: the baseline, the server answers all along (speech-dispatcher out of reach);
- stopped before start: the server is stopped (SIGSTOP) before the app starts;
- stopped mid-workout: the server is stopped 2 s after the app has sound;
- speech-dispatcher: a private speech-dispatcher is reachable and the voice is on.

For each: the gaps between GUI-thread samples (median/p99/max over all samples of all runs; a
freeze shows as one long gap), the largest gap between countdown changes (the title changes
each second), the time to NO SOUND (from the app's start, or from the SIGSTOP), and the time
from SIGTERM to the app's end (while the server is still stopped).

Prints figures; never fails on time.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import summary
from tests.audio.pulse import PulseServer
from tests.audio.speechd import SpeechDispatcher
from tests.audio.stall_run import NO_SOUND, Watched, run_watched


def report(name: str, runs: list[Watched], since: str) -> None:
    gaps = [gap * 1000 for run in runs for gap in run.gaps()]
    title = [max(run.title_gaps(run.samples[0]["t"] + 1.0)) * 1000 for run in runs]
    no_sound: list[float] = []
    for run in runs:
        start = run.stopped_at if since == "stop" and run.stopped_at else run.marks["started"]
        shown = run.first("badge", NO_SOUND, since=start)
        if shown is not None:
            no_sound.append((shown - start) * 1000)
    print(f"{name}")
    print(f"  GUI-thread sample gaps (ms)     {summary(gaps)}")
    print(f"  largest countdown step (ms)     {summary(title)}")
    if no_sound:
        print(f"  NO SOUND after the {since:5} (ms) {summary(no_sound)}")
    else:
        print("  NO SOUND                        never shown")
    quits = [run.quit_s * 1000 for run in runs]
    codes = sorted({str(run.exit_code) for run in runs})
    print(f"  SIGTERM to exit (ms)            {summary(quits)}  exit {', '.join(codes)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="audio-stall-") as temporary:
        root = Path(temporary)
        server = PulseServer(root / "pulse")
        server.start()
        assert server.process is not None
        pid = server.process.pid
        quiet = {**server.env, "SPEECHD_ADDRESS": f"unix_socket:{root / 'none.sock'}"}
        try:
            results: dict[str, list[Watched]] = {key: [] for key in
                                                 ("healthy", "before", "during", "speech")}
            for index in range(args.runs):
                results["healthy"].append(run_watched(quiet, root / f"healthy-{index}",
                                                      run_s=8))
                results["before"].append(run_watched(quiet, root / f"before-{index}",
                                                     server_pid=pid, stop="before", run_s=8))
                results["during"].append(run_watched(quiet, root / f"during-{index}",
                                                     server_pid=pid, stop="during",
                                                     stop_after_s=2, after_stop_s=6))
                speech = SpeechDispatcher(server)
                speech.start()
                try:
                    results["speech"].append(run_watched(speech.env, root / f"speech-{index}",
                                                         run_s=8))
                finally:
                    speech.stop()
        finally:
            server.stop()
    report("healthy server (baseline)", results["healthy"], "start")
    report("server stopped before start", results["before"], "start")
    report("server stopped mid-workout", results["during"], "stop")
    report("speech-dispatcher reachable, voice on", results["speech"], "start")
    return 0


if __name__ == "__main__":
    sys.exit(main())
