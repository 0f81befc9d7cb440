"""The window in a pseudo-locale: every text a person sees went through a translator, and
fits (or wraps or elides on purpose) when it is 40% longer; the pages are the picker, the
workout, the summary, the history and the settings dialog.

Widgets that show the routine's own words (its name, exercise, description) or numbers are
listed per page as data: those are translated in the routine files, not by the window.
"""

# ruff: noqa: F811  (the window fixtures of tests/ui/conftest.py, imported by name)
from __future__ import annotations

import os
import re
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # after the platform is chosen

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from leg_timer import resources
from leg_timer.core import translation
from leg_timer.core.plan import build_plan
from leg_timer.ui.editor.window import EditorWindow
from leg_timer.ui.main_window import MainWindow
from tests.i18n.window_walk import (
    PseudoTranslator,
    Shown,
    clipped,
    close_dialogs,
    process_events,
    untranslated,
)
from tests.ui.conftest import (  # noqa: F401  (fixtures)
    WindowFactory,
    answers,
    keep_awake,
    make_window,
    no_running_timers,
    settings_file,
    user_dir,
)

ROUTINE = "mini-band-circuit"
# The offscreen platform cannot raise a dialog or pass size hints on: said, not a failure.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")



@pytest.fixture(autouse=True)
def _closed_dialogs() -> Iterator[None]:
    yield
    close_dialogs()

@pytest.fixture
def pseudo_locale(qapp: QApplication) -> Iterator[PseudoTranslator]:
    translator = PseudoTranslator(qapp)
    QCoreApplication.installTranslator(translator)
    translation.install(lambda c, s, d, n: QCoreApplication.translate(c, s, d, n))
    yield translator
    QCoreApplication.removeTranslator(translator)
    translation.install(None)


@pytest.fixture
def window(pseudo_locale: PseudoTranslator, make_window: WindowFactory) -> MainWindow:
    return make_window()


def report(found: list[Shown]) -> str:
    return "\n".join(str(each) for each in found)


def picker_data(window: MainWindow) -> set[QWidget]:
    details = window.picker.details
    routine = window.picker.current_routine()
    described = {parameter.description for parameter in routine.parameters
                 } if routine is not None else set()
    hints = {label for label in details.findChildren(QLabel) if label.text() in described}
    return {details.name_label, details.description_label, details.info_label, *hints}


def workout_data(window: MainWindow) -> set[QWidget]:
    view = window.countdown
    return {view.name_label, view.clock, view.guide, view.detail_label}


def start(window: MainWindow) -> None:
    plan = build_plan(window.library.routine(ROUTINE), {})
    window.start_plan(plan)
    process_events()


def test_the_picker_is_all_translated_and_fits(window: MainWindow) -> None:
    process_events()
    assert not untranslated(window, picker_data(window)), report(
        untranslated(window, picker_data(window)))
    assert not clipped(window), report(clipped(window))
    assert window.picker.start_button.text().startswith("[Start")


def test_the_workout_is_all_translated_and_fits(window: MainWindow) -> None:
    start(window)
    assert window.countdown.isVisible()
    assert not untranslated(window, workout_data(window)), report(
        untranslated(window, workout_data(window)))
    assert not clipped(window), report(clipped(window))
    window.command("toggle")  # paused: the PAUSED badge and the paused hints
    process_events()
    assert not untranslated(window, workout_data(window)), report(
        untranslated(window, workout_data(window)))
    assert not clipped(window), report(clipped(window))


def test_the_summary_is_all_translated_and_fits(window: MainWindow) -> None:
    start(window)
    window.command("stop")
    process_events()
    assert window.summary.isVisible()
    data: set[QWidget] = {window.summary.routine_label}
    assert not untranslated(window, data), report(untranslated(window, data))
    assert not clipped(window), report(clipped(window))


def test_the_history_is_all_translated_and_fits(window: MainWindow) -> None:
    start(window)
    window.command("stop")
    window.show_history()
    process_events()
    page = window.history_page
    assert page.isVisible()
    data: set[QWidget] = {page.list}  # the sessions: dates, routine names, lengths
    assert not untranslated(window, data), report(untranslated(window, data))
    assert not clipped(window), report(clipped(window))
    assert page.heading_label.text().startswith("[History")
    # The list's column titles are ours too.
    header = page.list.headerItem()
    assert all(header.text(column).startswith("[") for column in range(header.columnCount()))


def test_the_settings_dialog_is_all_translated_and_fits(window: MainWindow,
                                                        qtbot: QtBot) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    process_events()
    # The language list names each language in itself, never translated.
    data: set[QWidget] = {dialog.language, dialog.voice_name}
    assert not untranslated(dialog, data), report(untranslated(dialog, data))
    assert not clipped(dialog), report(clipped(dialog))
    assert dialog.windowTitle().startswith("[Settings")


def test_the_editor_jump_list_and_shortcut_list_are_translated_and_fit(
        window: MainWindow, tmp_path: Path) -> None:
    source = next(entry for entry in resources.builtin_routine_files()
                  if entry.name.startswith(ROUTINE))
    editor = EditorWindow(user_dir=tmp_path, taken_ids=[], source=Path(str(source)),
                          duplicate=True, parent=window)
    editor.show()
    process_events()
    # A duration's example ("5s") is the file format's syntax, not words.
    syntax: set[QWidget] = {field for field in editor.findChildren(QLineEdit)
                            if re.fullmatch(r"[\d.]+(s|min)?", field.placeholderText())}
    assert not untranslated(editor, syntax), report(untranslated(editor, syntax))
    assert not clipped(editor), report(clipped(editor))
    editor.close()
    window.toggle_overlay()
    process_events()
    # The key names are present/shortcuts' (Space, Ctrl+G), not the window's words.
    keys: set[QWidget] = {label for label in window.overlay.findChildren(QLabel)
                          if label.font().bold() and not label.text().startswith("[")}
    assert not untranslated(window.overlay, keys), report(untranslated(window.overlay, keys))
    assert not clipped(window.overlay), report(clipped(window.overlay))
    window.toggle_overlay()
    start(window)
    window.open_jump_list()
    process_events()
    jump = window.jump_list
    assert not untranslated(jump, {jump.list}), report(untranslated(jump, {jump.list}))
    assert not clipped(jump), report(clipped(jump))
