"""run_app as the command line calls it: `leg-timer run ROUTINE --quit-when-done`, focus mode
from --fullscreen, the app's names, and the heavy modules left until after the first paint.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.launch import LaunchRequest
from leg_timer.metadata import metadata
from leg_timer.paths import default_paths
from leg_timer.present.shortcuts import Page
from leg_timer.ui import app as ui_app
from leg_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui.conftest import Answers, RecordingKeepAwake

pytestmark = pytest.mark.usefixtures("no_running_timers")


def finish(window: MainWindow, clock: FakeClock, step_s: float = 5.0) -> None:
    """Run the whole workout on the fake clock, before the event loop even starts."""
    while window.page() is Page.WORKOUT:
        clock.advance(step_s)
        assert window.driver is not None
        window.driver.poke()


def test_run_quit_when_done_exits_zero_after_the_summary(qapp: QApplication, basedir: Path,
                                                          clock: FakeClock) -> None:
    request = LaunchRequest(routine="squat-100", values={"sets": 6}, quit_when_done=True)
    seen: dict[str, object] = {}
    inhibitor = RecordingKeepAwake()

    def drive(window: MainWindow) -> None:
        seen["first_title"] = window.windowTitle()
        seen["page"] = window.page()
        window.session_ended.connect(lambda how: seen.setdefault("ended", how))
        finish(window, clock)
        seen["summary"] = (window.page(), window.summary.done_label.text(),
                           window.windowTitle())

    code = ui_app.run_app(request, default_paths(basedir), clock=clock, confirm=Answers(False),
                          keep_awake=lambda: inhibitor, on_window=drive, quit_delay_ms=0)
    assert code == 0
    assert seen["first_title"] == "0:10 · Get ready — Leg Timer"
    assert seen["page"] is Page.WORKOUT
    assert seen["ended"] == "finished"
    # 6 sets, 5 rests and the cool-down after get ready: 12 steps, all done.
    assert seen["summary"] == (Page.SUMMARY, "12 of 12", "Done · 100 squats — Leg Timer")
    meta = metadata()
    assert (qapp.applicationName(), qapp.organizationName(), qapp.applicationVersion()) == (
        meta.display_name, meta.organization, meta.version)
    assert 256 in [size.width() for size in qapp.windowIcon().availableSizes()]
    settings_file = basedir / "config" / "settings.ini"
    assert settings_file.is_file()  # the window's geometry was saved there


def test_run_fullscreen_opens_in_focus_mode(qapp: QApplication, basedir: Path,
                                            clock: FakeClock) -> None:
    request = LaunchRequest(routine="o-leg-correction", fullscreen=True, quit_when_done=True)
    seen: list[bool] = []

    def drive(window: MainWindow) -> None:
        seen.extend([window.focus_mode, window.isFullScreen()])
        finish(window, clock)

    code = ui_app.run_app(request, default_paths(basedir), clock=clock, keep_awake=lambda: None,
                          on_window=drive, quit_delay_ms=0)
    assert code == 0
    assert seen == [True, True]


def test_no_command_opens_the_picker(qapp: QApplication, basedir: Path,
                                     clock: FakeClock) -> None:
    seen: list[object] = []

    def drive(window: MainWindow) -> None:
        seen.extend([window.page(), window.windowTitle()])
        # Closing the last window ends the event loop (once it runs).
        QTimer.singleShot(0, window.close)

    assert ui_app.run_app(LaunchRequest(), default_paths(basedir), clock=clock,
                          keep_awake=lambda: None, on_window=drive) == 0
    assert seen == [Page.PICKER, "Leg Timer"]


HEAVY_CHECK = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from leg_timer.launch import LaunchRequest
from leg_timer.paths import default_paths
from leg_timer.ui import app as ui_app
HEAVY = ("PySide6.QtDBus", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech",
         "leg_timer.ui.outside.tray", "leg_timer.ui.outside.workout_outside",
         # made on first use (docs/performance.md, start-up of December 3)
         "leg_timer.ui.outside.mini_timer", "leg_timer.ui.pages.overlay",
         "leg_timer.ui.pages.jump_list", "leg_timer.ui.pages.settings_dialog",
         "leg_timer.ui.outside.reminder_dialog", "leg_timer.ui.editor", "ruamel",
         "leg_timer.history.export", "csv", "uuid", "platform",
         # the history page, made on first use (its advice and counts: history_records.py)
         "leg_timer.ui.pages.history_view", "leg_timer.ui.pages.heat_map",
         "leg_timer.ui.pages.dates",
         # the workout and summary pages, made on first use (fourth step)
         "leg_timer.ui.pages.countdown_view", "leg_timer.ui.pages.workout_parts",
         "leg_timer.ui.pages.summary_view",
         # Qt's QCryptographicHash names the single instance: no OpenSSL before the paint
         "hashlib", "_hashlib",
         # the single instance's socket opens after the paint (desktop/single_instance.py)
         "PySide6.QtNetwork", *sys.argv[2:])
seen = {}
def loaded():
    return [name for name in HEAVY if name in sys.modules]
def on_window(window):
    seen["before_paint"] = loaded()
def keep_awake():
    seen["painted"] = True
    inhibitor = ui_app.load_keep_awake()
    seen["after_paint"] = loaded()
    QTimer.singleShot(0, QApplication.instance().quit)
    return inhibitor
code = ui_app.run_app(LaunchRequest(), default_paths(sys.argv[1]), keep_awake=keep_awake,
                      on_window=on_window, standalone=True)  # as the command line starts it
seen["code"] = code
print(json.dumps(seen))
"""


def run_start_check(script: str, tmp_path: Path, *args: str,
                    **environment: str) -> dict[str, Any]:
    """Runs ``script`` (HEAVY_CHECK, LAZY_TYPES_CHECK) in a fresh process, as a start on a
    desktop without a session bus, with its folders under ``tmp_path / "home"``; returns
    what it printed last (JSON)."""
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "home"), *args],
                            capture_output=True, text=True, timeout=120,
                            env={"DBUS_SESSION_BUS_ADDRESS": "disabled:", "PATH": "/usr/bin",
                                 "HOME": str(tmp_path), **environment})
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_heavy_modules_load_only_after_the_first_paint(tmp_path: Path) -> None:
    seen = run_start_check(HEAVY_CHECK, tmp_path)
    assert seen["before_paint"] == []
    assert seen["painted"] is True
    assert "PySide6.QtDBus" in seen["after_paint"]  # keep_awake.py came in after the paint
    assert "PySide6.QtNetwork" in seen["after_paint"]  # the single instance's socket too
    assert seen["code"] == 0


def test_a_start_that_finds_the_built_ins_cached_parses_no_routine(tmp_path: Path) -> None:
    """The first start parses the built-ins and caches them (leg_timer/library.py); every
    later one shows the picker from that cache, without the routine loader or PyYAML:
    nothing is parsed before the first paint (the user folder is listed after it)."""
    (tmp_path / "home" / "state").mkdir(parents=True)  # the cache never makes a folder
    run_start_check(HEAVY_CHECK, tmp_path)
    assert (tmp_path / "home" / "state" / "builtin-routines.pickle").is_file()
    seen = run_start_check(HEAVY_CHECK, tmp_path,
                           "leg_timer.core.loader", "leg_timer.core.yamltree", "yaml")
    assert seen["before_paint"] == [] and seen["painted"] is True and seen["code"] == 0


LAZY_TYPES_CHECK = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtWidgets as widgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from leg_timer.launch import LaunchRequest
from leg_timer.paths import default_paths
from leg_timer.ui import app as ui_app
def built():
    return [name for name in ("QStyle", "QCalendarWidget", "QMessageBox", "QFileDialog")
            if name in vars(widgets)]
seen = {"at_import": built()}
def keep_awake():
    seen["at_paint"] = built()
    QTimer.singleShot(0, QApplication.instance().quit)
    return None
seen["code"] = ui_app.run_app(LaunchRequest(), default_paths(sys.argv[1]),
                              keep_awake=keep_awake, load_cues=False)
print(json.dumps(seen))
"""


def test_the_first_paint_builds_no_python_type_it_does_not_use(tmp_path: Path) -> None:
    """PySide6 builds a class's Python type when it is first needed, and each costs: QStyle
    about 12 ms (its enums), every QWidget subclass at once about 20 ms (the first widget
    that Qt made itself, such as a list's viewport, handed to Python), QMessageBox and
    QFileDialog 1-2 ms each. With the default (system) theme the window's first paint needs
    none of them (ui/theme.py; RoutineList and RoutineDelegate in ui/pages/routine_row.py;
    the dialogs are imported where they are used)."""
    seen = run_start_check(LAZY_TYPES_CHECK, tmp_path)
    if "QCalendarWidget" in seen["at_import"]:  # a class the window never uses
        pytest.skip("this PySide6 builds every type when its module is imported")
    assert seen["at_paint"] == [] and seen["code"] == 0


def test_start_up_phases_are_reported_for_the_benchmark(tmp_path: Path) -> None:
    """$LEG_TIMER_REPORT_PHASES (bench/startup_phases.py): one line per phase of run_app,
    in order, written at the first paint."""
    phases = tmp_path / "phases"
    run_start_check(HEAVY_CHECK, tmp_path, LEG_TIMER_REPORT_PHASES=str(phases))
    lines = [line.rsplit(" ", 1) for line in phases.read_text(encoding="utf-8").splitlines()]
    assert [name for name, _ in lines] == [
        "our modules imported", "QApplication made", "single instance claimed",
        "settings and language",
        "library opened", "theme, cues, history", "MainWindow built", "shown", "first paint"]
    instants = [float(instant) for _, instant in lines]
    assert instants == sorted(instants)


def test_first_paint_calls_once_after_the_paint(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    calls: list[bool] = []
    first_paint = ui_app.FirstPaint(widget, lambda: calls.append(first_paint.painted),
                                    fallback_ms=300)
    assert calls == []
    widget.show()
    qtbot.waitUntil(lambda: calls == [True])
    qtbot.wait(500)  # past the fallback: still once
    assert calls == [True]


def test_first_paint_calls_after_its_fallback_when_nothing_paints(qtbot: QtBot) -> None:
    """A window the window system never paints (covered, on another screen) must not keep
    sound, later starts and the tray waiting for ever."""
    widget = QWidget()  # never shown: never painted
    qtbot.addWidget(widget)
    calls: list[bool] = []
    first_paint = ui_app.FirstPaint(widget, lambda: calls.append(first_paint.painted),
                                    fallback_ms=100)
    qtbot.waitUntil(lambda: calls == [False])
    widget.show()  # a paint after the fallback calls nothing more
    qtbot.waitExposed(widget)
    qtbot.wait(100)
    assert calls == [False]
