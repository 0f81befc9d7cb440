"""Orca itself (the GNOME screen reader) run against the app with real key presses through a
short routine: what Orca says (its debug log's SPEECH OUTPUT lines) is saved as the transcript
artifacts/orca-transcript.txt and checked for the exercises, "Paused" and "Workout complete";
and Orca's own number-pad key (KP_Enter, "where am I") must not start a routine.

Orca 43 (Debian 12) does not speak announcement events yet (Orca 46 does), so the app is run
with the setting that also shows each announcement as a notification (docs/accessibility.md).
Speech goes through speech-dispatcher into an ALSA null device: Orca only starts speaking when
a speech server answers, and the transcript is what it would have said.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from leg_timer.paths import default_paths
from tests.e2e.app import running_app
from tests.e2e.at_spi import SYSTEM_PYTHON, accessibility_bus, missing
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until

pytestmark = pytest.mark.xvfb

DATA = Path(__file__).parent.parent / "data" / "good"
LINE_BUFFERED = Path(__file__).parent / "orca_line_buffered.py"
SPEECH = re.compile(r"SPEECH OUTPUT: '(.*?)'(?:\{|$)", re.MULTILINE)


def _needs_orca() -> None:
    if shutil.which("orca") is None:
        missing("the Orca screen reader", "orca")
    if shutil.which("speech-dispatcher") is None:
        missing("speech-dispatcher", "speech-dispatcher speech-dispatcher-espeak-ng")


def _quiet_speech(home: Path) -> None:
    """speech-dispatcher speaking into nothing: an ALSA null device (no sound server here)."""
    (home / ".asoundrc").write_text("pcm.!default { type null }\nctl.!default { type hw card 0 }\n")
    config = home / ".config" / "speech-dispatcher"
    config.mkdir(parents=True, exist_ok=True)
    system = Path("/etc/speech-dispatcher/speechd.conf")
    text = system.read_text() if system.exists() else ""
    (config / "speechd.conf").write_text(text + '\nAudioOutputMethod "alsa"\n')


def _spoken(log: Path) -> list[str]:
    if not log.exists():
        return []
    return SPEECH.findall(log.read_text(errors="replace"))


def test_orca_reads_a_workout_and_keeps_its_number_pad(xserver: XServer,
                                                       tmp_path: Path) -> None:
    _needs_orca()
    home = tmp_path / "person"
    home.mkdir()
    _quiet_speech(home)
    basedir = tmp_path / "home"
    paths = default_paths(basedir)
    paths.user_routines_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(DATA / "short-e2e.yaml", paths.user_routines_dir / "short-e2e.yaml")
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text("[accessibility]\nstatus_notices=true\n")
    log = tmp_path / "orca-debug.log"
    with accessibility_bus(xserver, tmp_path) as env:
        env = {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
               "XDG_DATA_HOME": str(home / ".local" / "share")}
        orca_out = (tmp_path / "orca.out").open("w")
        # No braille: with no braille display Orca 43 can stop after its first words.
        orca = subprocess.Popen([SYSTEM_PYTHON, str(LINE_BUFFERED), "--replace", "--disable",
                                 "braille", "--disable",
                                 "braille-monitor", "--debug-file", str(log)], env=env,
                                stdout=orca_out, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            wait_until(lambda: _spoken(log) or orca.poll() is not None, 30, "Orca to speak")
            assert orca.poll() is None, (tmp_path / "orca.out").read_text()[-2000:]
            with running_app(XServer(xserver.display, env), tmp_path) as app:
                app.wait_title(r"Leg Timer")
                # No window manager on Xvfb: focusing the window is what activates it.
                app.xserver.xdotool("windowfocus", "--sync", app.window)
                wait_until(lambda: any("Leg Timer" in line for line in _spoken(log)), 20,
                           "Orca to read the window")
                before = len(_spoken(log))
                app.press("KP_Enter")  # Orca's "where am I"
                wait_until(lambda: len(_spoken(log)) > before, 10, "Orca's where-am-I")
                time.sleep(1.0)  # a routine started by the key would change the title now
                assert app.title() == "Leg Timer", app.title()
                # The routine started as a second start would (handed to this window): typed
                # keys wait on Orca's answer and may arrive late, after the routine began.
                started = subprocess.run(
                    [sys.executable, "-m", "leg_timer", "run", str(DATA / "short-e2e.yaml")],
                    env={**env, "QT_QPA_PLATFORM": "xcb", "LEG_TIMER_BASEDIR": str(basedir)},
                    capture_output=True, text=True, timeout=60, check=False)
                assert started.returncode == 0, started.stdout + started.stderr
                app.wait_title(r"Squat")
                app.press_for("space", r"Paused")
                wait_until(lambda: any("Paused" in line for line in _spoken(log)), 10,
                           "Orca to say Paused")
                app.press_for("space", r"^(?!Paused)")
                app.wait_title(r"^Done", timeout_s=40)
                wait_until(lambda: any("Workout complete" in line for line in _spoken(log)),
                           10, "Orca to say Workout complete")
        finally:
            os.killpg(orca.pid, signal.SIGTERM)
            try:
                orca.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(orca.pid, signal.SIGKILL)
                orca.wait(timeout=10)
            orca_out.close()
            spoken = _spoken(log)
            transcript = tmp_path / "orca-transcript.txt"
            transcript.write_text("\n".join(spoken) + "\n")
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copy(transcript, ARTIFACTS / "orca-transcript.txt")
            if log.exists():
                shutil.copy(log, ARTIFACTS / "orca-debug.log")
    said = "\n".join(spoken)
    for expected in ("Squat", "Lunge", "Paused", "Workout complete"):
        assert expected in said, (expected, spoken)
