"""install_excepthook: an exception nobody caught (in a slot, in a thread) is logged with its
traceback and shown in one dialog that names the log file, opened after the failing code
returns; a flood while it is open is logged only; Ctrl+C keeps its usual behaviour; the real
message box names the log file.

The dialog is injected (no modal box blocks a test), except in the one test that runs the real
box and closes it from a timer. pytest-qt's own exception capture is off in this module: the
hook under test is the one that must see the exceptions.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from leg_timer.logs import configure_logging
from leg_timer.paths import default_paths
from leg_timer.ui import crash_report
from leg_timer.ui.crash_report import (
    crash_box,
    crash_text,
    install_excepthook,
    summarize,
)

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture(autouse=True)
def hooks_and_logging_restored(restored_root_logger: None) -> Iterator[None]:
    """Put back sys.excepthook, threading.excepthook (and the root logger) after each test."""
    hooks = sys.excepthook, threading.excepthook
    yield
    if crash_report._installed is not None:
        crash_report._installed.uninstall()
    sys.excepthook, threading.excepthook = hooks


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    path = configure_logging(default_paths(tmp_path / "base"))
    assert path is not None
    return path


def log_text(log_file: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return log_file.read_text(encoding="utf-8")


class Dialogs:
    """An injected ``show_dialog``: records what it was asked to show, and on which thread."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, Path | None]] = []
        self.on_gui_thread: list[bool] = []

    def __call__(self, text: str, log_file: Path | None) -> None:
        self.shown.append((text, log_file))
        app = QApplication.instance()
        self.on_gui_thread.append(app is not None and QThread.currentThread() == app.thread())


def fail(message: str) -> None:
    raise ZeroDivisionError(message)


def test_an_exception_in_a_slot_is_logged_and_shown_once(qtbot: QtBot, log_file: Path) -> None:
    dialogs = Dialogs()
    install_excepthook(log_file, show_dialog=dialogs)
    after: list[str] = []
    QTimer.singleShot(0, lambda: fail("in a slot"))
    QTimer.singleShot(10, lambda: after.append("the event loop goes on"))
    qtbot.waitUntil(lambda: bool(after))

    assert len(dialogs.shown) == 1
    text, shown_log = dialogs.shown[0]
    assert shown_log == log_file
    assert str(log_file) in text
    assert "ZeroDivisionError: in a slot" in text
    assert dialogs.on_gui_thread == [True]
    logged = log_text(log_file)
    assert "CRITICAL leg_timer.ui.crash_report: Uncaught exception: ZeroDivisionError" in logged
    assert "Traceback (most recent call last)" in logged
    assert 'fail("in a slot")' in logged


def test_the_dialog_opens_after_the_failing_code_not_inside_it(qtbot: QtBot,
                                                                log_file: Path) -> None:
    dialogs = Dialogs()
    install_excepthook(log_file, show_dialog=dialogs)
    shown_inside: list[int] = []

    def slot() -> None:  # what PySide does when a slot raises: call the hook, carry on
        sys.excepthook(ZeroDivisionError, ZeroDivisionError("in paintEvent"), None)
        shown_inside.append(len(dialogs.shown))

    QTimer.singleShot(0, slot)
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert shown_inside == [0]
    assert len(dialogs.shown) == 1


def test_with_no_event_loop_running_the_dialog_opens_at_once(qapp: QApplication,
                                                             log_file: Path) -> None:
    dialogs = Dialogs()
    install_excepthook(log_file, show_dialog=dialogs)
    sys.excepthook(ValueError, ValueError("escaping main"), None)  # then the process ends
    assert len(dialogs.shown) == 1
    assert "ValueError: escaping main" in dialogs.shown[0][0]


def test_exceptions_while_the_dialog_is_open_are_logged_but_not_shown(
        qtbot: QtBot, log_file: Path) -> None:
    shown: list[str] = []

    def open_dialog(text: str, _log_file: Path | None) -> None:
        shown.append(text)
        if len(shown) == 1:
            # Like QMessageBox.exec(): a nested event loop, in which the app fails again.
            QTimer.singleShot(0, lambda: fail("second"))
            QTimer.singleShot(0, lambda: fail("third"))
            qtbot.waitUntil(lambda: "third" in log_text(log_file))

    install_excepthook(log_file, show_dialog=open_dialog)
    QTimer.singleShot(0, lambda: fail("first"))
    qtbot.waitUntil(lambda: "first" in log_text(log_file))
    qtbot.wait(20)
    assert len(shown) == 1
    assert "first" in shown[0]
    logged = log_text(log_file)
    assert [word for word in ("first", "second", "third")
            if f"Uncaught exception: ZeroDivisionError: {word}" in logged] == [
        "first", "second", "third"]

    # Closed again: the next failure gets its own dialog.
    QTimer.singleShot(0, lambda: fail("fourth"))
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert "fourth" in shown[1]


def test_an_exception_in_a_thread_is_logged_and_shown_on_the_gui_thread(
        qtbot: QtBot, log_file: Path) -> None:
    dialogs = Dialogs()
    install_excepthook(log_file, show_dialog=dialogs)
    worker = threading.Thread(target=fail, args=("in a worker",), name="cue-loader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    assert dialogs.on_gui_thread == [True]
    assert "ZeroDivisionError: in a worker" in dialogs.shown[0][0]
    assert ("Uncaught exception in thread cue-loader: ZeroDivisionError: in a worker"
            in log_text(log_file))


def test_without_a_log_file_the_dialog_says_so(qtbot: QtBot) -> None:
    dialogs = Dialogs()
    install_excepthook(None, show_dialog=dialogs)
    QTimer.singleShot(0, lambda: fail("no log"))
    qtbot.waitUntil(lambda: bool(dialogs.shown))
    text, shown_log = dialogs.shown[0]
    assert shown_log is None
    assert "No log file could be written" in text


def test_the_traceback_reaches_the_terminal_once(qtbot: QtBot, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    for debug in (False, True):  # with --debug the log's stderr echo carries it
        log_file = configure_logging(default_paths(tmp_path / "base"), debug=debug)
        install_excepthook(log_file, show_dialog=Dialogs())
        capsys.readouterr()
        QTimer.singleShot(0, lambda: fail("to the terminal"))
        qtbot.waitUntil(lambda: "to the terminal" in capsys.readouterr().err, timeout=2000)
        qtbot.wait(10)
        assert "to the terminal" not in capsys.readouterr().err


def test_keyboard_interrupt_goes_to_the_previous_hook(qtbot: QtBot, log_file: Path) -> None:
    seen: list[type[BaseException]] = []

    def previous(exc_type: type[BaseException], exc: BaseException,
                 tb: TracebackType | None) -> None:
        seen.append(exc_type)

    sys.excepthook = previous
    dialogs = Dialogs()
    install_excepthook(log_file, show_dialog=dialogs)
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert seen == [KeyboardInterrupt]
    assert dialogs.shown == []
    assert "KeyboardInterrupt" not in log_text(log_file)


def test_a_dialog_that_fails_is_logged_not_raised(qtbot: QtBot, log_file: Path) -> None:
    def broken(text: str, _log_file: Path | None) -> None:
        raise RuntimeError("no display")

    install_excepthook(log_file, show_dialog=broken)
    sys.excepthook(ValueError, ValueError("bad value"), None)
    logged = log_text(log_file)
    assert "Uncaught exception: ValueError: bad value" in logged
    assert "could not show the crash dialog" in logged


def test_installing_again_replaces_the_hooks_and_uninstall_restores_them(
        qtbot: QtBot, log_file: Path) -> None:
    original = sys.excepthook, threading.excepthook
    first = install_excepthook(log_file, show_dialog=Dialogs())
    dialogs = Dialogs()
    second = install_excepthook(log_file, show_dialog=dialogs)
    assert sys.excepthook == second.hook
    assert second.previous_hook == original[0]
    sys.excepthook(ValueError, ValueError("logged once"), None)
    assert log_text(log_file).count("Uncaught exception: ValueError: logged once") == 1
    assert len(dialogs.shown) == 1
    second.uninstall()
    first.uninstall()
    assert (sys.excepthook, threading.excepthook) == original


def test_the_summary_is_one_line() -> None:
    assert summarize(ValueError, ValueError("bad\nsecond line")) == "ValueError: bad"
    assert summarize(KeyError, KeyError("minutes")) == "KeyError: 'minutes'"
    assert summarize(RuntimeError, RuntimeError()) == "RuntimeError"
    long = summarize(ValueError, ValueError("x" * 1000))
    assert len(long) == len("ValueError: ") + crash_report.SUMMARY_LIMIT

    class Unprintable(Exception):
        def __str__(self) -> str:
            raise TypeError("no")

    assert summarize(Unprintable, Unprintable()) == "Unprintable"


def test_the_message_box_names_the_log_file(qtbot: QtBot, tmp_path: Path) -> None:
    log_file = tmp_path / "log" / "leg-timer.log"
    parent = QWidget()
    qtbot.addWidget(parent)
    box = crash_box(crash_text("ZeroDivisionError: <b>x</b>", log_file), log_file, parent)
    qtbot.addWidget(box)
    assert box.icon() is QMessageBox.Icon.Critical
    assert str(log_file) in box.text()
    assert "Something went wrong" in box.text()
    assert "ZeroDivisionError: <b>x</b>" in box.text()
    assert box.textFormat() is Qt.TextFormat.PlainText  # shown as written, not as HTML
    assert [button.text() for button in box.buttons()
            if box.buttonRole(button) is QMessageBox.ButtonRole.ActionRole] == [
        crash_report.OPEN_FOLDER_LABEL]
    assert box.parentWidget() is parent

    without = crash_box(crash_text("ValueError", None), None)
    qtbot.addWidget(without)
    assert "No log file could be written" in without.text()
    assert [without.buttonRole(button) for button in without.buttons()] == [
        QMessageBox.ButtonRole.AcceptRole]


@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_the_real_dialog_is_modal_and_the_app_goes_on_after_it(qtbot: QtBot,
                                                               log_file: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def close_the_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        assert box.parentWidget() is parent
        box.button(QMessageBox.StandardButton.Ok).click()

    install_excepthook(log_file, lambda: parent)  # the real dialog
    assert crash_report._installed is not None
    QTimer.singleShot(0, lambda: fail("real box"))
    QTimer.singleShot(50, close_the_box)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert str(log_file) in seen[0]
    assert "ZeroDivisionError: real box" in seen[0]
    assert crash_report._installed.dialogs_shown == 1
    assert not crash_report._installed.showing
