"""Fixtures for the window tests: offscreen Qt, settings and user routines under tmp_path, a
window on a fake clock with recorded questions and screen-saver calls, and a check that no
QTimer is left running after a test.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # after the platform is chosen
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import leg_timer.ui  # noqa: F401  (applies the PySide6 6.12 reference-count workaround)
from leg_timer.library import Library, load_library
from leg_timer.paths import default_paths
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.questions import Question
from leg_timer.ui.settings import AppSettings
from tests.conftest import FakeClock


class Answers:
    """An injected ``confirm``: records each question and gives the answer set beforehand."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.questions: list[Question] = []

    def __call__(self, question: Question) -> bool:
        self.questions.append(question)
        return self.answer


class RecordingKeepAwake:
    """Stands in for leg_timer.desktop.keep_awake.KeepAwake: remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def inhibit(self, reason: str) -> None:
        self.calls.append("inhibit")

    def release(self) -> None:
        self.calls.append("release")


@pytest.fixture
def no_running_timers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running (started from Python) when it ends."""
    started: list[QTimer] = []
    pending: list[int] = [0]
    original_start = QTimer.start
    original_single_shot = QTimer.singleShot

    def start(self: QTimer, *args: Any) -> None:
        started.append(self)
        original_start(self, *args)

    def single_shot(msec: int, *args: Any) -> None:
        *rest, target = args
        if not callable(target) or rest:
            original_single_shot(msec, *args)
            return
        pending[0] += 1

        def fire() -> None:
            pending[0] -= 1
            target()

        original_single_shot(msec, fire)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
    yield
    running = [timer for timer in started if shiboken6.isValid(timer) and timer.isActive()]
    assert not running, f"{len(running)} QTimer(s) left running: {running}"
    assert pending[0] == 0, f"{pending[0]} single-shot timer(s) still pending"


@pytest.fixture
def user_dir(basedir: Path) -> Path:
    folder = default_paths(basedir).user_routines_dir
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def settings_file(basedir: Path) -> Path:
    return default_paths(basedir).settings_file


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def keep_awake() -> RecordingKeepAwake:
    return RecordingKeepAwake()


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(no_running_timers: None, qtbot: QtBot, clock: FakeClock, user_dir: Path,
                settings_file: Path, answers: Answers, keep_awake: RecordingKeepAwake
                ) -> Iterator[WindowFactory]:
    """Build shown windows on the fake clock; each is shut down at the end of the test."""
    made: list[MainWindow] = []

    def make(*, library: Library | None = None, size: tuple[int, int] = (1024, 720),
             **overrides: Any) -> MainWindow:
        options: dict[str, Any] = {"clock": clock, "confirm": answers,
                                   "keep_awake": keep_awake}
        options.update(overrides)
        window = MainWindow(library or load_library(user_dir), AppSettings(settings_file),
                            **options)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):  # keys go to the focus widget of the active window
            window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        if shiboken6.isValid(window):
            window.shutdown()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    return make_window()


def wait_listed(window: MainWindow, qtbot: QtBot, timeout_ms: int = 20_000) -> None:
    """Wait until the picker has listed the user folder; if it has not, say where it stands
    (a bare "waitUntil timed out" in CI told nothing)."""
    picker = window.picker
    try:
        qtbot.waitUntil(lambda: not picker.loading, timeout=timeout_ms)
    except TimeoutError as error:  # pytest-qt's TimeoutError is the built-in's subclass
        scan = picker._scan
        state = {
            "window visible": window.isVisible(), "page": window.page(),
            "picker visible": picker.isVisible(), "list painted": picker._painted,
            "step timer active": picker._load_timer.isActive(),
            "scan": None if scan is None else (scan.done, scan.total, scan.finished),
            "modal": QApplication.activeModalWidget(),
        }
        raise AssertionError(f"the user folder was not listed in {timeout_ms} ms: "
                             f"{state}") from error


_USER_ROUTINE = """\
version: 1
name: {name}
description: A routine of my own.
exercises:
  - name: Squat
    work: {work}
"""


def user_routine(name: str, work: str = "20s") -> str:
    """The text of a one-exercise routine file of the person's own."""
    return _USER_ROUTINE.format(name=name, work=work)
