"""Fixtures for the editor tests: offscreen Qt, a user folder under tmp_path, an editor
factory whose "unsaved changes" question is answered by the test, and the leaked-timer check
of the window tests."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator  # after the platform is chosen
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from leg_timer.resources import builtin_routine_files
from leg_timer.ui.editor import EditorWindow
from tests.conftest import BUILTIN_IDS
from tests.ui.conftest import no_running_timers, user_dir  # noqa: F401  (fixtures)


class Asked:
    """Answers the unsaved-changes question with ``answer`` and counts the questions."""

    def __init__(self) -> None:
        self.answer = "discard"
        self.times = 0

    def __call__(self, _parent: object) -> str:
        self.times += 1
        return self.answer


@pytest.fixture
def asked() -> Asked:
    return Asked()


EditorFactory = Callable[..., EditorWindow]


@pytest.fixture
def make_editor(no_running_timers: None, qtbot: QtBot, user_dir: Path,  # noqa: F811
                asked: Asked) -> Iterator[EditorFactory]:
    made: list[EditorWindow] = []

    def make(*, size: tuple[int, int] = (1000, 700), **options: Any) -> EditorWindow:
        options.setdefault("user_dir", user_dir)
        options.setdefault("taken_ids", BUILTIN_IDS)
        window = EditorWindow(ask=asked, **options)
        qtbot.addWidget(window)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        made.append(window)
        return window

    yield make
    for window in made:
        # The 150 ms check after the last change may still be due when a test ends: that one
        # is stopped here; any other timer left running fails the test (no_running_timers).
        if shiboken6.isValid(window):
            window.check_timer.stop()


def builtin(name: str) -> Path:
    return Path(str(next(entry for entry in builtin_routine_files()
                         if entry.name == f"{name}.yaml")))
