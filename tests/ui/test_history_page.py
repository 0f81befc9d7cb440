"""The history page (issue 10) on a real window, a real in-memory store and a fixed day: the
calendar of 12+ weeks, the streaks, the totals and the list; H, arrows, Delete and Ctrl+Z;
480x360 and both themes; the picker's advice line and the summary's counts line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.history.store import HistoryStore
from leg_timer.launch import LaunchRequest
from leg_timer.present.shortcuts import Page
from leg_timer.ui import theme
from leg_timer.ui.main_window import MINIMUM_SIZE, MainWindow
from leg_timer.ui.pages import heat_map
from leg_timer.ui.pages.history_view import HistoryView
from tests.conftest import FakeClock
from tests.ui.conftest import WindowFactory
from tests.ui.test_picker_and_layout import fits

pytestmark = pytest.mark.usefixtures("no_running_timers")

TODAY = date(2026, 3, 18)  # a Wednesday


def record(days_ago: int, minutes: float, *, routine: str = "squat-100", name: str = "Squat 100",
           outcome: Outcome | None = Outcome.COMPLETED, hour: int = 8) -> SessionRecord:
    day = TODAY - timedelta(days=days_ago)
    started = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
    return SessionRecord(
        id=f"{routine}-{days_ago}-{hour}", routine=routine, name=name, started=started,
        utc_offset_s=0, date=day, planned_s=minutes * 60,
        ended=started + timedelta(minutes=minutes), outcome=outcome, active_s=minutes * 60)


# Completed on days 0-2 (current streak 3) and 10-14 (longest 5); a stopped session on day 3
# does not carry the streak; one from 11 weeks ago is still on the calendar.
RECORDS = [
    *(record(days, 10) for days in (0, 1, 2)),
    record(3, 4, outcome=Outcome.STOPPED),
    *(record(days, 15, routine="knee-clamp", name="Knee clamp") for days in range(10, 15)),
    record(80, 20, routine="legs-up-the-wall", name="Legs up the wall"),
]


@pytest.fixture
def store() -> Iterator[HistoryStore]:
    history = HistoryStore.in_memory()
    history.import_records(RECORDS)
    yield history
    history.close()


@pytest.fixture
def history_window(make_window: WindowFactory, store: HistoryStore) -> MainWindow:
    window = make_window(history=store)
    window.today = lambda: TODAY
    return window


def open_history(window: MainWindow, qtbot: QtBot) -> HistoryView:
    # On the list a plain H types into the search; Ctrl+H opens the history there.
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.page() is Page.HISTORY
    return window.history_page


def test_h_shows_calendar_streaks_totals_and_list(history_window: MainWindow,
                                                  qtbot: QtBot) -> None:
    page = open_history(history_window, qtbot)
    assert page.heat_map.weeks() >= 12
    assert page.heat_map.first_day() <= TODAY - timedelta(weeks=11, days=6)
    assert page.heat_map.day_minutes[TODAY] == pytest.approx(10)
    assert "Last" in page.heat_map.accessibleDescription()
    assert page.week_bars.totals()[-1] == pytest.approx(30)  # Mon-Wed of this week
    assert page.streak_label.text() == "Current streak: 3 days · Longest: 5 days"
    totals = page.totals_label.text()
    # Routines by their names now (the records hold the names they ran under: "Squat 100").
    assert "Seated knee clamp: 5 sessions, 75 min" in totals
    assert "100 squats: 4 sessions, 34 min" in totals
    assert page.list.topLevelItemCount() == len(RECORDS)
    newest = page.list.topLevelItem(0)
    assert newest is not None
    assert [newest.text(column) for column in range(4)] == [
        "Wed 18 Mar 2026  08:00", "100 squats", "10:00", "completed"]
    assert page.list.hasFocus()
    assert history_window.windowTitle().startswith("History")


def test_a_routine_no_longer_listed_keeps_the_name_it_ran_under(
        make_window: WindowFactory, qtbot: QtBot) -> None:
    store = HistoryStore.in_memory()
    try:
        store.import_records([record(0, 5, routine="gone-routine", name="My old stretch")])
        window = make_window(history=store)
        window.today = lambda: TODAY
        page = open_history(window, qtbot)
        row = page.list.topLevelItem(0)
        assert row is not None and row.text(1) == "My old stretch"
        assert "My old stretch: 1 session, 5 min" in page.totals_label.text()
    finally:
        store.close()


def test_the_history_button_and_esc_back_to_the_picker(history_window: MainWindow,
                                                       qtbot: QtBot) -> None:
    qtbot.mouseClick(history_window.picker.history_button, Qt.MouseButton.LeftButton)
    assert history_window.page() is Page.HISTORY
    qtbot.keyClick(history_window, Qt.Key.Key_Escape)
    assert history_window.page() is Page.PICKER


def test_arrows_delete_and_undo(history_window: MainWindow, store: HistoryStore,
                                qtbot: QtBot) -> None:
    page = open_history(history_window, qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    chosen = page.selected_id()
    assert chosen == RECORDS[1].id  # the second newest
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert chosen not in {each.id for each in store.sessions()}
    assert page.list.topLevelItemCount() == len(RECORDS) - 1
    assert page.streak_label.text() == "Current streak: 1 day · Longest: 5 days"
    assert "Deleted 100 squats" in page.status_label.text()
    assert page.undo_button.isEnabled()
    qtbot.keyClick(page.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert chosen in {each.id for each in store.sessions()}
    assert page.selected_id() == chosen
    assert page.streak_label.text() == "Current streak: 3 days · Longest: 5 days"
    assert not page.undo_button.isEnabled()
    page.delete_selected()
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)  # the button undoes too
    assert len(store.sessions()) == len(RECORDS)
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    page.heat_map.setFocus()  # Tab reaches the charts; undo works there as well
    qtbot.keyClick(page.heat_map, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.sessions()) == len(RECORDS)


def test_tab_reaches_the_charts(history_window: MainWindow, qtbot: QtBot) -> None:
    page = open_history(history_window, qtbot)
    reached = set()
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert {page.heat_map, page.week_bars, page.list} <= reached
    for chart in (page.heat_map, page.week_bars):
        assert chart.accessibleName() and chart.accessibleDescription()


def test_from_the_summary_and_back(history_window: MainWindow, qtbot: QtBot,
                                   clock: FakeClock) -> None:
    history_window.launch(LaunchRequest(routine="legs-up-the-wall"))
    history_window.command("stop")
    assert history_window.page() is Page.SUMMARY
    title = history_window.windowTitle()
    open_history(history_window, qtbot)
    qtbot.keyClick(history_window, Qt.Key.Key_Escape)
    assert history_window.page() is Page.SUMMARY
    assert history_window.windowTitle() == title


class BrokenStore:
    def sessions(self, since: date | None = None) -> list[SessionRecord]:
        raise OSError("disk gone")

    def delete(self, session_id: str, /) -> object:
        raise AssertionError("nothing to delete")

    def restore(self, record: SessionRecord, /) -> None:
        raise AssertionError("nothing to restore")


def test_without_a_readable_store(qtbot: QtBot) -> None:
    page = HistoryView()
    qtbot.addWidget(page)
    page.show_history(None, TODAY)
    assert page.status_label.text() == "No history is being kept."
    assert page.streak_label.text() == "Current streak: 0 days · Longest: 0 days"
    page.show_history(BrokenStore(), TODAY)
    assert "could not be opened" in page.status_label.text()
    assert not page.delete_button.isEnabled() and not page.delete_selected()


def overlaps(first: QRect, second: QRect) -> bool:
    return first.intersects(second)


@pytest.mark.parametrize("theme_key", ["light", "dark"])
def test_fits_480x360_in_both_themes(make_window: WindowFactory, store: HistoryStore,
                                     qtbot: QtBot, theme_key: str) -> None:
    theme.apply_theme(theme_key)
    try:
        window = make_window(history=store, size=(300, 200))
        window.today = lambda: TODAY
        assert window.size() == QSize(*MINIMUM_SIZE)
        page = open_history(window, qtbot)
        QApplication.processEvents()
        for label in page.findChildren(QLabel):
            assert fits(label), label.text()
        shown = [widget for widget in (page.heading_label, page.streak_label, page.back_button,
                                       page.heat_map, page.week_bars, page.list,
                                       page.totals_label, page.delete_button, page.undo_button)
                 if widget.isVisibleTo(window)]
        assert len(shown) == 9
        places = {widget: QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())
                  for widget in shown}
        for index, widget in enumerate(shown):
            assert page.rect().contains(places[widget]), widget.accessibleName()
            for other in shown[index + 1:]:
                assert not overlaps(places[widget], places[other]), (
                    widget.accessibleName(), other.accessibleName())
        for button in page.findChildren(QPushButton):
            width = button.fontMetrics().horizontalAdvance(button.text())
            assert width <= button.width(), button.text()
        assert page.heat_map.height() >= 7 * 9 and page.heat_map.weeks() >= 12
        # The busiest days' colour and the empty days' both stand out from the background.
        palette = page.palette()
        window_color = palette.color(QPalette.ColorRole.Window)
        empty, *levels = heat_map.level_colors(palette)
        assert theme.contrast_ratio(levels[-1], window_color) >= 3
        assert theme.contrast_ratio(empty, window_color) > 1.05
        assert not page.grab().isNull()
    finally:
        theme.apply_theme("light")


def test_advice_line_in_the_details(history_window: MainWindow) -> None:
    window = history_window
    label = window.picker.details.advice_label
    assert window.picker.select("knee-clamp")  # sessions_per_day: 3-5, none today
    assert label.text() == "0 of 3-5 today (the routine's advice)"
    assert label.isVisibleTo(window)
    total = window.picker.details.total_label
    assert total.geometry().bottom() <= label.geometry().top()  # under the total
    assert window.picker.select("squat-100")  # 1-2 a week and 3 rest days; done today
    assert label.text() == ("Rest until Sunday: 3 rest days after a hard leg session · "
                            "3 of 1-2 this week (the routine's advice)")
    window.picker.search.setText("xyzzy")  # nothing to show: no advice either
    assert not label.isVisibleTo(window)


def test_advice_follows_a_deletion(history_window: MainWindow, store: HistoryStore,
                                   qtbot: QtBot) -> None:
    window = history_window
    early = record(0, 15, routine="knee-clamp", name="Knee clamp", hour=6)
    store.import_records([early])
    open_history(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # back on the picker: the history read again
    assert window.picker.select("knee-clamp")
    label = window.picker.details.advice_label
    assert label.text() == "1 of 3-5 today (the routine's advice)"
    page = open_history(window, qtbot)
    qtbot.keyClick(page.list, Qt.Key.Key_Down)  # today 08:00, then today 06:00
    assert page.selected_id() == early.id
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert label.text() == "0 of 3-5 today (the routine's advice)"


def test_counts_line_on_the_summary(history_window: MainWindow, store: HistoryStore,
                                    clock: FakeClock) -> None:
    # The recorder dates the session by the real clock: two days in a row before it.
    real_today = date.today()
    for days_ago in (1, 2):
        day = real_today - timedelta(days=days_ago)
        store.import_records([replace(record(0, 10), id=f"real-{days_ago}", date=day,
                                      started=datetime(day.year, day.month, day.day, 8,
                                                       tzinfo=UTC))])
    window = history_window
    window.launch(LaunchRequest(routine="knee-clamp"))
    flushed = False
    while window.page() is Page.WORKOUT:
        clock.advance(60)
        assert window.driver is not None
        window.driver.poke()
        if not flushed:
            window.history_recorder.writer.flush()  # the session's first write is stored
            flushed = True
    assert window.page() is Page.SUMMARY
    label = window.summary.counts_label
    assert label.text() == "Day 3 in a row · 1 of 3-5 today"
    assert label.isVisibleTo(window)


def test_a_stopped_session_says_it_does_not_count(history_window: MainWindow) -> None:
    history_window.launch(LaunchRequest(routine="knee-clamp"))
    history_window.history_recorder.writer.flush()
    history_window.command("stop")
    assert history_window.summary.counts_label.text().startswith("Not counted")


def test_the_readme_keys_table_is_the_docs_table() -> None:
    root = Path(__file__).parent.parent.parent

    def rows(text: str) -> list[str]:
        return [line for line in text.splitlines() if line.startswith("| `")]

    readme = (root / "README.md").read_text(encoding="utf-8")
    keyboard = readme.split("\n## Keyboard\n", 1)[1].split("\n#", 1)[0]
    assert rows(keyboard) == rows((root / "docs" / "shortcuts.md").read_text(encoding="utf-8"))
