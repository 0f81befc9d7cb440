"""The window's languages: a switch in the settings re-words what is shown without a restart,
a right-to-left run mirrors the layout without overlaps, and the window's catalogues are
complete, with every placeholder and plural form kept."""

# ruff: noqa: F811  (the window fixtures of tests/ui/conftest.py, imported by name)
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # after the platform is chosen
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from leg_timer import resources
from leg_timer.core.plan import build_plan
from leg_timer.history.store import HistoryStore
from leg_timer.languages import AVAILABLE, ENGLISH
from leg_timer.ui.language import LanguageSwitch
from leg_timer.ui.main_window import MainWindow
from leg_timer.ui.settings import LANGUAGE
from tests.i18n.window_walk import close_dialogs, overlapping_siblings, process_events
from tests.ui.conftest import (  # noqa: F401  (fixtures)
    WindowFactory,
    answers,
    keep_awake,
    make_window,
    no_running_timers,
    settings_file,
    user_dir,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "resources" / "translations"
LANGUAGES = [language for language in AVAILABLE if language != ENGLISH]
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "zh_CN": 1}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")



@pytest.fixture(autouse=True)
def _closed_dialogs() -> Iterator[None]:
    yield
    close_dialogs()

@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageSwitch]:
    switch = LanguageSwitch(qapp)
    yield switch
    switch.apply(ENGLISH)
    switch.deleteLater()


# -- switching in the settings, no restart ------------------------------------------------

def test_choosing_a_language_in_the_settings_rewords_the_open_window(
        make_window: WindowFactory, languages: LanguageSwitch, qtbot: QtBot) -> None:
    if not resources.translation_files("de"):
        pytest.skip("the catalogues are not compiled (packaging/translations.py)")
    window: MainWindow = make_window(languages=languages)
    picker = window.picker
    assert window.picker.start_button.text().startswith("Start")
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    process_events()
    assert window.settings.get(LANGUAGE) == "de"
    assert window.picker.start_button.text().startswith("Starten")
    assert window.picker.search.placeholderText().startswith("Programme suchen")
    assert dialog.windowTitle() == "Einstellungen"
    assert dialog.test_sound.text() == "Ton testen"
    # The routines' own words follow too (the library re-reads no file).
    names = {str(picker.row_data(key)) for key in picker.listed_keys()}
    assert "Miniband-Zirkel" in names
    assert picker.details.name_label.text() == window.library.listed[
        picker.current_key() or ""].name
    # A workout under way follows too: its badge, its hints, the window's menus.
    window.start_plan(build_plan(window.library.routine("mini-band-circuit"), {}))
    window.command("toggle")
    process_events()
    assert window.countdown.paused_label.text().startswith("ANGEHALTEN")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    process_events()
    assert window.countdown.paused_label.text().startswith("已暂停")
    assert dialog.windowTitle() == "设置"
    assert window.cues.language == "zh_CN"  # the voice is told too
    # And back to English: every text as it was.
    dialog.language.setCurrentIndex(dialog.language.findData(ENGLISH))
    process_events()
    assert window.countdown.paused_label.text().startswith("PAUSED")
    assert dialog.windowTitle() == "Settings"
    window.command("stop")
    process_events()
    assert window.summary.back_button.text().startswith("Back to routines")


def test_the_history_names_routines_in_the_language_now_chosen(
        make_window: WindowFactory, languages: LanguageSwitch) -> None:
    if not resources.translation_files("de"):
        pytest.skip("the catalogues are not compiled (packaging/translations.py)")
    from tests.ui.test_history_page import record  # a session recorded in English

    store = HistoryStore.in_memory()
    try:
        store.import_records([record(0, 10, routine="squat-100", name="100 squats")])
        window: MainWindow = make_window(languages=languages, history=store)
        window.set_language("de")
        process_events()
        window.show_history()
        row = window.history_page.list.topLevelItem(0)
        assert row is not None and row.text(1) == "100 Kniebeugen"
        assert store.sessions()[0].name == "100 squats"  # the record itself is untouched
        window.set_language(ENGLISH)
        process_events()
    finally:
        store.close()


def test_the_system_entry_names_the_language_the_system_asks_for(
        make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    window = make_window()
    window.open_settings()
    assert window.settings_dialog is not None
    assert window.settings_dialog.language.itemText(0) == "System (Français)"


# -- right to left ---------------------------------------------------------------------------

@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_right_to_left_mirrors_the_pages_without_overlaps(
        right_to_left: None, make_window: WindowFactory) -> None:
    window = make_window()
    process_events()
    picker = window.picker
    assert picker.isRightToLeft()
    # Mirrored: the start button, last in reading order, is at the left now; the list of
    # routines (first) is at the right of its details.
    assert picker.start_button.geometry().left() < picker.history_button.geometry().left()
    assert picker.list.geometry().left() > picker.details.geometry().left()
    assert not overlapping_siblings(window), overlapping_siblings(window)
    window.start_plan(build_plan(window.library.routine("mini-band-circuit"), {}))
    process_events()
    view = window.countdown
    assert view.banner.geometry().left() > view.counters_label.geometry().left()
    assert not overlapping_siblings(view), overlapping_siblings(view)
    window.command("stop")
    window.show_history()
    process_events()
    assert not overlapping_siblings(window.history_page)


# -- the catalogues ---------------------------------------------------------------------------

def _messages(language: str) -> list[tuple[ET.Element, ET.Element]]:
    root = ET.parse(CATALOGUES / f"window_{language}.ts").getroot()
    return [(context, message) for context in root.iter("context")
            for message in context.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_string_is_translated_with_its_placeholders(language: str) -> None:
    messages = _messages(language)
    assert messages
    for context, message in messages:
        source = message.findtext("source", "")
        where = f"{context.findtext('name')}: {source!r}"
        translation = message.find("translation")
        assert translation is not None, where
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), where
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[language], where
        else:
            forms = [translation.text or ""]
        for form in forms:
            assert form.strip(), where
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), (
                f"{where} -> {form!r}")
            if "&" in source.replace("&&", ""):
                assert "&" in form, f"{where}: the shortcut letter is lost in {form!r}"


def test_the_window_catalogue_lists_every_string_of_the_window(tmp_path: Path) -> None:
    """A string added to leg_timer/ui/ without running the update is found here."""
    sources = sorted(str(path) for path in (ROOT / "leg_timer" / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {(context.findtext("name"), message.findtext("source"))
              for context in ET.parse(fresh).getroot().iter("context")
              for message in context.iter("message")}
    have = {(context.findtext("name"), message.findtext("source"))
            for context, message in _messages("de")}
    missing = sorted(wanted - have, key=str)
    assert not missing, ("run packaging/translations.py --update --area window and "
                         f"packaging/fill_translations.py packaging/words_window.py: {missing}")
