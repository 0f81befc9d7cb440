"""A second start of the app hands its command line to the running window."""

from __future__ import annotations

from pathlib import Path

import pytest

from leg_timer.core.session import State
from leg_timer.desktop.forwarding import instance_key, open_forwarded
from leg_timer.metadata import metadata
from leg_timer.ui.main_window import MainWindow, Page

# Offscreen Qt cannot raise windows and says so; on a real desktop raise() just works.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

SHORT = Path(__file__).parent.parent / "data" / "good" / "short-e2e.yaml"


def test_run_is_started_in_the_running_window(window: MainWindow) -> None:
    open_forwarded(window, ["run", str(SHORT)])
    assert window.page() is Page.WORKOUT
    session = window.session
    assert session is not None and session.state is State.RUNNING
    assert session.plan.routine.name == "Short check"


def test_run_with_values_and_fullscreen(window: MainWindow) -> None:
    open_forwarded(window, ["run", "legs-up-the-wall", "--set", "minutes=7", "--fullscreen"])
    session = window.session
    assert session is not None and session.plan.values["minutes"] == 7
    assert window.focus_mode
    window.set_focus_mode(False)


def test_a_running_workout_is_never_replaced(window: MainWindow) -> None:
    open_forwarded(window, ["run", str(SHORT)])
    first = window.session
    open_forwarded(window, ["run", "squat-100"])
    assert window.session is first
    assert "A workout is under way" in window.countdown.notice_label.text()


@pytest.mark.parametrize(("argv", "shown"), [
    (["run", "no-such-routine"], "Could not start no-such-routine: no routine"),
    (["run", "squat-100", "--set", "sets=9"], "within 5-6"),
])
def test_bad_forwarded_runs_are_shown_not_raised(window: MainWindow, argv: list[str],
                                                 shown: str) -> None:
    open_forwarded(window, argv)
    assert window.page() is Page.PICKER
    assert shown in window.picker.notice_label.text()


@pytest.mark.parametrize("argv", [[], ["list"], ["--no-such-option"], ["plan"]])
def test_other_commands_only_raise_the_window(window: MainWindow, argv: list[str],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    open_forwarded(window, argv)
    assert window.page() is Page.PICKER
    capsys.readouterr()  # argparse's complaint about a bad option goes to stderr, harmlessly


def test_instance_key_depends_on_the_base_folder(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEG_TIMER_BASEDIR", raising=False)
    assert instance_key(None) == metadata().app_id
    one, two = instance_key(str(tmp_path / "a")), instance_key(str(tmp_path / "b"))
    assert one != two and one.startswith(metadata().app_id + ".")
    monkeypatch.setenv("LEG_TIMER_BASEDIR", str(tmp_path / "a"))
    assert instance_key(None) == one
