"""Runs the real app (``leg-timer --basedir DIR run ROUTINE``, offscreen) and watches its window
from the GUI thread: every 10 ms a line goes to SAMPLES.jsonl with the monotonic time, the
window title, the sound badge and whether QtTextToSpeech / QtMultimedia are loaded in the
window's process.

    python tests/audio/watch_app.py SAMPLES.jsonl -- --basedir DIR run ROUTINE

The sampler runs on the GUI thread, so a stalled GUI thread shows as a gap between samples (the
clock is CLOCK_MONOTONIC, shared with the test process). Used by test_stalled_server.py and
bench/audio_stall.py; end it with SIGTERM (the app's own quit path, exit 0).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt, QTimer

import leg_timer.ui.app as app_module
from leg_timer.cli.main import main as cli_main

SAMPLE_MS = 10


def watch(window: Any, out_path: Path) -> None:
    out = out_path.open("a", buffering=1)
    timer = QTimer(window)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(SAMPLE_MS)

    def sample() -> None:
        label = window.countdown.muted_label
        out.write(json.dumps({
            "t": time.monotonic(), "title": window.windowTitle(),
            "badge": label.text() if label.isVisible() else "",
            "tts": "PySide6.QtTextToSpeech" in sys.modules,
            "multimedia": "PySide6.QtMultimedia" in sys.modules,
            "audio": window.cues.audio_available,
            "voice": window.cues.voice_available}) + "\n")

    timer.timeout.connect(sample)
    timer.start()


def main(argv: list[str]) -> int:
    out_path = Path(argv[0])
    app_argv = argv[argv.index("--") + 1:]
    original = app_module.run_app

    def run_app(*args: Any, **kwargs: Any) -> int:
        kwargs["on_window"] = lambda window: watch(window, out_path)
        return original(*args, **kwargs)

    app_module.run_app = run_app  # type: ignore[assignment]
    return cli_main(app_argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
