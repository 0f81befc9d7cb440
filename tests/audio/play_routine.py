"""Runs a routine in real time through the real cue output, then reports what it announced.

    python tests/audio/play_routine.py ROUTINE.yaml REPORT.json [--voice ENGINE]

A separate process, as the app would be: a QCoreApplication, a Session on the monotonic clock, a
SessionDriver, and a CueOutput with the real cue player (the sound host's: StreamCuePlayer, or
QtCuePlayer with LEG_TIMER_CUE_PLAYER=effects) and QtVoice when ``--voice`` names an
engine. It waits until every sound is loaded, starts the session, quits a moment after it
finishes, and writes JSON: the monotonic instant the session started, and every announcement
(planned instant, sound, words, and when the player was asked). Used by test_real_audio.py and
bench/cue_onsets.py; they point it at a private PulseAudio server through the environment.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script, so the checkout is not on the path by itself: tests.doubles needs it.
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QCoreApplication, QTimer

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.audio.stream_player import cue_player
from leg_timer.audio.voice import QtVoice, Voice
from leg_timer.core.announcements import Announcement
from leg_timer.core.loader import load_routine
from leg_timer.core.plan import build_plan
from leg_timer.core.session import Event, EventKind, Session
from leg_timer.ui.driver import SessionDriver
from tests.doubles import RecordingVoice

SETTLE_MS = 300  # after loading, before starting: let the output settle as a person would
TAIL_MS = 1500  # after the end: the last sound rings out before the process quits
LOAD_TIMEOUT_MS = 20_000
VOICE_TIMEOUT_S = 15.0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("routine", type=Path)
    parser.add_argument("report", type=Path)
    parser.add_argument("--voice", default="", help="speech engine (none: no speech)")
    parser.add_argument("--pause-at", type=float, default=None,
                        help="pause this many seconds after the start (as the Space key does)")
    parser.add_argument("--pause-for", type=float, default=1.0, help="resume after this long")
    parser.add_argument("--clock-log", action="store_true",
                        help="report the stream player's clock readings and placements too")
    args = parser.parse_args(argv)

    app = QCoreApplication(sys.argv[:1])
    plan = build_plan(load_routine(args.routine))
    session = Session(plan, time.monotonic)
    driver = SessionDriver(session, time.monotonic)
    player = cue_player()  # the sound host's choice (LEG_TIMER_CUE_PLAYER)
    voice: Voice = QtVoice(args.voice) if args.voice else RecordingVoice(False, "no voice")
    prefs = CuePreferences(volume=1.0, voice_enabled=bool(args.voice),
                           voice_engine=args.voice)
    output = CueOutput(player, voice, prefs)
    output.attach(driver)
    report: dict[str, Any] = {"announcements": [], "started_at": None}

    def on_announced(announcement: Announcement) -> None:
        report["announcements"].append({
            "at": announcement.at, "sound": announcement.sound,
            "speech": announcement.speech, "asked_at": time.monotonic()})

    def on_event(event: Event) -> None:
        if event.kind is EventKind.SESSION_STARTED:
            report["started_at"] = event.at
            if args.pause_at is not None:
                pause_in_s = event.at + args.pause_at - time.monotonic()
                QTimer.singleShot(round(pause_in_s * 1000), pause_a_while)
        elif event.kind is EventKind.SESSION_FINISHED:
            QTimer.singleShot(TAIL_MS, app.quit)

    def pause_a_while() -> None:
        report["paused_at"] = time.monotonic()
        driver.command("pause")
        QTimer.singleShot(round(args.pause_for * 1000), lambda: driver.command("resume"))

    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(app.quit)  # the sounds never loaded

    voice_wait_ends = time.monotonic() + VOICE_TIMEOUT_S
    waiting = QTimer()
    waiting.setInterval(50)

    def start_when_ready() -> None:
        # A speech engine may start in the background (speech-dispatcher is tried out of
        # process first): begin once it answers, or without it after VOICE_TIMEOUT_S.
        voice_pending = bool(args.voice) and not voice.available
        if not player.is_ready or (voice_pending and time.monotonic() < voice_wait_ends):
            return
        waiting.stop()
        give_up.stop()
        report["ready"] = True
        QTimer.singleShot(SETTLE_MS, lambda: driver.command("start"))

    waiting.timeout.connect(start_when_ready)
    output.announced.connect(on_announced)
    driver.session_event.connect(on_event)
    waiting.start()
    give_up.start(LOAD_TIMEOUT_MS)
    output.load()
    if args.clock_log:
        log_the_clock(player, report)
    if not player.available:
        report["ready"] = False
    else:
        app.exec()
    report.update(audio_available=player.available, audio_reason=player.reason,
                  voice_available=voice.available, voice_reason=voice.reason,
                  finished=session.ended_at is not None,
                  late_cues=getattr(player, "late_cues", None),
                  underruns=getattr(player, "underruns", None),
                  latency_s=getattr(player, "latency_s", None))
    if args.clock_log and getattr(player, "_scheduler", None) is not None:
        clock = player._scheduler.sample_clock
        report["clock"].update(resets=clock.resets, outliers=clock.outliers,
                               slope=clock.slope)
    args.report.write_text(json.dumps(report, indent=1))
    return 0 if report["finished"] else 1


def log_the_clock(player: object, report: dict[str, Any]) -> None:
    """For bench/cue_onsets.py --detail: every (instant, frames consumed) reading the stream
    player's sample clock gets, and every cue's frame with what the clock said then."""
    scheduler = getattr(player, "_scheduler", None)
    if scheduler is None:
        return
    log: dict[str, Any] = {"pairs": [], "placed": []}
    report["clock"] = log
    observe, place = scheduler.observe, scheduler.mixer.place

    def observed(at_s: float, consumed: float) -> None:
        log["pairs"].append((at_s, consumed))
        observe(at_s, consumed)

    def placed(name: str, frame: int, tag: float | None = None) -> None:
        line = scheduler.sample_clock.frame_at(tag) if tag is not None else None
        log["placed"].append({"name": name, "frame": frame, "at": tag, "line": line,
                              "now": time.monotonic(), "written": scheduler.written})
        place(name, frame, tag)

    scheduler.observe, scheduler.mixer.place = observed, placed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
