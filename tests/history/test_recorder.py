"""The window records each workout as it runs: from its start, at every boundary, at its end."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import leg_timer.ui  # noqa: F401  (the PySide6 reference-count workaround)
from leg_timer.core.plan import SegmentKind
from leg_timer.history.records import Outcome
from leg_timer.history.store import HistoryStore
from leg_timer.launch import LaunchRequest, plan_for
from leg_timer.library import load_library
from leg_timer.ui.history_recorder import content_hash
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import AppSettings
from tests.conftest import FakeClock

ROUTINE = "squat-100"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, clock: FakeClock,
           store: HistoryStore) -> Iterator[MainWindow]:
    made = MainWindow(load_library(tmp_path / "routines"), AppSettings(tmp_path / "s.ini"),
                      clock=clock, confirm=lambda _question: True, history=store)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.shutdown()


def start(window: MainWindow) -> None:
    window.start_plan(plan_for(LaunchRequest(routine=ROUTINE), window.library))


def written(window: MainWindow) -> list:  # type: ignore[type-arg]
    window.history_recorder.writer.flush()
    return window.history.sessions()


def run_segments(window: MainWindow, clock: FakeClock, count: int) -> None:
    """Let ``count`` segments run to their ends (Enter on a manual one)."""
    for _ in range(count):
        session = window.session
        assert session is not None and session.is_active
        remaining = session.segment_remaining_s()
        if remaining is None:
            window.command("done")
        else:
            clock.advance(remaining)
            assert window.driver is not None
            window.driver.poke()


def test_a_workout_is_written_at_its_start_each_boundary_and_its_end(
        window: MainWindow, clock: FakeClock) -> None:
    start(window)
    session = window.session
    assert session is not None
    (begun,) = written(window)
    assert begun.outcome is None and begun.ended is None and begun.segments_done == 0
    assert begun.routine == ROUTINE and begun.name == session.plan.routine.name
    assert begun.values == dict(session.plan.values)
    path = session.plan.routine.path
    assert begun.content_hash == (hashlib.sha256(Path(path).read_bytes()).hexdigest()
                                  if path else "")
    segments = session.plan.segments
    assert begun.planned_s == sum(s.duration_s or 0 for s in segments
                                  if s.kind is not SegmentKind.PREPARE)
    run_segments(window, clock, 2)
    (further,) = written(window)
    assert further.id == begun.id and further.segments_done == 2 and further.outcome is None
    run_segments(window, clock, len(segments) - 2)
    (done,) = written(window)
    assert done.outcome is Outcome.COMPLETED and done.ended is not None
    assert done.segments_done == len(segments) and done.segments_skipped == 0
    prepare_s = sum(s.duration_s or 0 for s in segments if s.kind is SegmentKind.PREPARE)
    assert done.active_s == pytest.approx(session.active_s() - prepare_s, abs=0.01)
    assert done.exercises_done >= 1 and done.exercises_skipped == 0


def test_a_stopped_workout_keeps_what_it_did_and_skips_count(
        window: MainWindow, clock: FakeClock) -> None:
    start(window)
    run_segments(window, clock, 2)
    window.command("next")
    clock.advance(1.5)
    window.command("stop")
    (stopped,) = written(window)
    assert stopped.outcome is Outcome.STOPPED
    assert (stopped.segments_done, stopped.segments_skipped) == (2, 1)


def test_restart_ends_the_first_attempt_and_records_a_new_one(
        window: MainWindow, clock: FakeClock) -> None:
    start(window)
    run_segments(window, clock, 2)
    window.command("restart")
    first, second = written(window)
    assert first.outcome is Outcome.STOPPED and first.segments_done == 2
    assert second.outcome is None and second.id != first.id


def test_quitting_mid_workout_records_it_stopped(window: MainWindow, clock: FakeClock) -> None:
    start(window)
    run_segments(window, clock, 1)
    window.end_for_signal()
    (ended,) = window.history.sessions()  # shutdown wrote everything before returning
    assert ended.outcome is Outcome.STOPPED and ended.segments_done == 1


def test_a_write_that_fails_is_told_once_and_the_workout_goes_on(
        window: MainWindow, clock: FakeClock, qtbot: QtBot, store: HistoryStore) -> None:
    store._db.execute("PRAGMA query_only = ON")
    start(window)
    run_segments(window, clock, 3)
    window.history_recorder.writer.flush()
    qtbot.waitUntil(lambda: window.countdown.notice_label.text() != "")
    assert "Workouts cannot be recorded in" in window.countdown.notice_label.text()
    assert window.session is not None and window.session.is_active


def test_a_problem_opening_the_store_is_shown_on_the_picker(qtbot: QtBot,
                                                           tmp_path: Path) -> None:
    (tmp_path / "history.sqlite3").write_bytes(b"not a database, not at all" * 100)
    store = HistoryStore.open(tmp_path / "history.sqlite3")
    made = MainWindow(load_library(tmp_path / "routines"), AppSettings(tmp_path / "s.ini"),
                      history=store)
    qtbot.addWidget(made)
    assert made.picker.notice_label.text() == store.problem
    assert "moved to" in store.problem
    made.shutdown()
    store.close()


def test_content_hash_of_a_file_and_of_none(tmp_path: Path) -> None:
    routine = tmp_path / "r.yaml"
    routine.write_bytes(b"id: x\n")
    assert content_hash(str(routine)) == hashlib.sha256(b"id: x\n").hexdigest()
    assert content_hash("") == "" and content_hash(str(tmp_path / "gone.yaml")) == ""
