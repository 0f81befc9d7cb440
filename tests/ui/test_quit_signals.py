"""SIGINT, SIGTERM and SIGHUP end the app through the Ctrl+Q path, from the event loop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from leg_timer.core.session import State
from leg_timer.desktop.quit_signals import QuitSignals, exit_code_for
from leg_timer.present.shortcuts import Page
from leg_timer.ui.main_window import MainWindow
from tests.processes import brief, stop_process
from tests.ui.conftest import RecordingKeepAwake

ROOT = Path(__file__).resolve().parent.parent.parent
SHORT = ROOT / "tests" / "data" / "good" / "short-e2e.yaml"


def test_exit_codes() -> None:
    assert exit_code_for(signal.SIGINT) == 130
    assert exit_code_for(signal.SIGTERM) == 0
    assert exit_code_for(signal.SIGHUP) == 0


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_arrives_as_a_qt_signal(qtbot: QtBot, signum: int) -> None:
    before = signal.getsignal(signum)
    signals = QuitSignals()
    try:
        with qtbot.waitSignal(signals.received, timeout=5000) as arrived:
            os.kill(os.getpid(), signum)  # its Python handler does nothing: no exception here
        assert arrived.args == [signum]
    finally:
        signals.close()
    assert signal.getsignal(signum) is before


def test_ending_for_a_signal_stops_releases_and_saves(window: MainWindow,
                                                      keep_awake: RecordingKeepAwake,
                                                      settings_file: Path) -> None:
    window.picker.request_start()
    session = window.session
    assert session is not None and session.state is State.RUNNING
    assert keep_awake.calls == ["inhibit"]
    window.end_for_signal()
    assert session.state is State.STOPPED
    assert keep_awake.calls == ["inhibit", "release"]
    assert "geometry" in settings_file.read_text(encoding="utf-8")


def test_ending_for_a_signal_on_the_picker(window: MainWindow) -> None:
    window.end_for_signal()
    assert window.page() is Page.PICKER


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 0),
                                              (signal.SIGHUP, 0)])
def test_the_app_quits_cleanly_mid_workout(tmp_path: Path, signum: int, code: int) -> None:
    """A real process, mid-workout: the signal ends it with its exit code, logged, saved."""
    painted = tmp_path / "painted"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DBUS_SESSION_BUS_ADDRESS": "disabled:",
           "LEG_TIMER_REPORT_FIRST_PAINT": str(painted), "PYTHONPATH": str(ROOT)}
    output = tmp_path / "output.txt"
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "leg_timer", "--basedir", str(tmp_path / "base"), "run",
             str(SHORT)], env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=tmp_path)
        try:
            deadline = time.monotonic() + 60
            while not painted.exists() and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert painted.exists(), brief(output.read_text(errors="replace"))
            time.sleep(0.5)  # inside the get-ready countdown, where Ctrl+C used to freeze it
            process.send_signal(signum)
            returncode = process.wait(timeout=20)
        finally:
            stop_process(process, first=signal.SIGKILL)
    shown = brief(output.read_text(errors="replace"))
    assert returncode == code, shown
    assert "Traceback" not in shown
    log = (tmp_path / "base" / "state" / "log" / "leg-timer.log").read_text(encoding="utf-8")
    assert f"{signal.Signals(signum).name} received: quitting" in log
    assert "geometry" in (tmp_path / "base" / "config" / "settings.ini").read_text()
