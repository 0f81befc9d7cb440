"""The history page (H): what was done, as a calendar, weekly bars, streaks, totals and a list.

The page reads the sessions from the store it is given (``window.history``, a
:class:`SessionStore`) and draws them; what the history *means* (minutes per day, streaks,
totals, advice, how a session counts) is :mod:`leg_timer.history.practice`'s, Qt-free. When
the store cannot be read the page says so and the rest of the app works as before.

Keys on the list: arrows move, Delete removes the selected session (kept until the page
closes, so Ctrl+Z or the Undo button brings it back), Esc goes back (the window's keymap).

Signals:
    back_requested(): the Back button was pressed (Esc does the same through the keymap).
    changed(): a session was deleted or brought back (advice and counts may differ now).
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.translation import translate
from leg_timer.history import practice
from leg_timer.history.records import Outcome, SessionRecord
from leg_timer.present.shortcuts import Action, key_name
from leg_timer.present.wording import count
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind
from leg_timer.ui.pages import dates
from leg_timer.ui.pages.heat_map import DayHeatMap, WeekBars
from leg_timer.ui.pages.history_records import (
    NameOf,
    SessionStore,
    _recorded_name,
    _started,
    load_records,
    routine_totals,
)
from leg_timer.ui.pages.history_records import advice_for as advice_for
from leg_timer.ui.pages.history_records import ended_counts_line as ended_counts_line

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = ("Date", "Routine", "Length", "Outcome")  # English, for tests; shown: columns()


def columns() -> list[str]:
    """The list's column titles in the chosen language."""
    return [translate("HistoryView", "Date"), translate("HistoryView", "Routine"),
            translate("HistoryView", "Length"), translate("HistoryView", "Outcome")]


FIRST_ROWS = 300  # list rows made before the page first paints; the rest follow at once


def _row(record: SessionRecord, name: str) -> QTreeWidgetItem:
    """One session's row, the routine shown as ``name`` (its name in the chosen language)."""
    item = QTreeWidgetItem([started_text(record), name, length_text(record.active_s),
                            outcome_text(record)])
    item.setData(0, ID_ROLE, record.id)
    item.setToolTip(1, translate("HistoryView", "{name} ({routine})").format(
        name=name, routine=record.routine))
    return item


def started_text(record: SessionRecord) -> str:
    """"Mon 05 Jan 2026  07:30" (in English), local to where it happened, in the chosen
    language's way (ui/pages/dates.py). Not strftime nor QLocale.toString per row: under
    PySide6 those cost 20 to 180 ms for a list of 7,000 sessions."""
    return dates.stamp_text(record.local_started)


def length_text(seconds: float) -> str:
    """"12:34" (minutes and seconds), "1:02:03" from an hour up."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def outcome_text(record: SessionRecord) -> str:
    if record.outcome is None:
        return translate("HistoryView", "unfinished")
    return {Outcome.COMPLETED.value: translate("HistoryView", "completed"),
            Outcome.STOPPED.value: translate("HistoryView", "stopped"),
            }.get(record.outcome.value, record.outcome.value)


_NATIVE = QKeySequence.SequenceFormat.NativeText


def _undo_keys() -> str:
    """The platform's undo keys as people read them ("Ctrl+Z"). Not made at import: a
    QKeySequence of a standard key needs the application to exist first."""
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText)


def _days(number: int) -> str:
    return count(number, "day")


class HistoryView(QWidget):
    back_requested = Signal()
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Workout history"))
        self.store: SessionStore | None = None
        self.today = date.today()
        self.records: list[SessionRecord] = []
        self.deleted: list[SessionRecord] = []  # newest last: what Ctrl+Z brings back
        # Routine names in the chosen language (the records keep the name they ran under).
        self.name_of: NameOf = _recorded_name
        self._names: dict[str, str] = {}

        self.heading_label = QLabel()
        bind(self.heading_label, self.heading_label.setText, lambda: self.tr("History"))
        self.heading_label.setFont(theme.scaled_font(self.font(), 1.4, bold=True))
        bind(self.heading_label, self.heading_label.setAccessibleName,
             lambda: translate("Accessible", "History heading"))
        self.streak_label = QLabel()
        bind(self.streak_label, self.streak_label.setAccessibleName,
             lambda: translate("Accessible", "Streaks"))
        self.streak_label.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        bind(self.streak_label, self.streak_label.setToolTip,
             lambda: self.tr("A day counts when any session on it completed"))
        self.streak_label.setWordWrap(True)  # two lines in a narrow window
        self.back_button = QPushButton()
        bind(self.back_button, self.back_button.setText,
             lambda: self.tr("Back  ({key})").format(key=key_name(Action.ESCAPE)))
        bind(self.back_button, self.back_button.setAccessibleName,
             lambda: translate("Accessible", "Back"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc is the key
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(self.heading_label)
        top.addSpacing(12)
        top.addWidget(self.streak_label, 1)
        top.addWidget(self.back_button)

        self.heat_map = DayHeatMap()
        self.week_bars = WeekBars()
        self.totals_label = QLabel()
        bind(self.totals_label, self.totals_label.setAccessibleName,
             lambda: translate("Accessible", "Totals per routine"))
        self.totals_label.setWordWrap(True)
        self.totals_label.setForegroundRole(QPalette.ColorRole.WindowText)
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.heat_map, 3)
        charts_layout.addWidget(self.week_bars, 2)

        self._rows_generation = 0  # bumped by each drawing of the list
        self.list = QTreeWidget()
        bind(self.list, self.list.setAccessibleName, lambda: translate("Accessible", "Sessions"))
        bind(self.list, self.list.setAccessibleDescription,
             lambda: self.tr("Newest first. Delete removes the selected session; {keys} brings "
                             "it back.").format(keys=_undo_keys()))
        self.list.setColumnCount(len(COLUMNS))
        bind(self.list, self.list.setHeaderLabels, columns)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        bind(header, header.setAccessibleName, lambda: translate("Accessible", "Session columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for watched in (self.list, self.heat_map, self.week_bars):
            watched.installEventFilter(self)  # Delete on the list, Ctrl+Z on all three
        self.list.currentItemChanged.connect(lambda *_items: self._update_buttons())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(charts)
        self.splitter.addWidget(self.list)
        self.splitter.setStretchFactor(0, 1)  # the charts grow a little, the list the most
        self.splitter.setStretchFactor(1, 3)

        self.status_label = QLabel()
        bind(self.status_label, self.status_label.setAccessibleName,
             lambda: translate("Accessible", "History notice"))
        self.status_label.setWordWrap(True)
        self.delete_button = QPushButton()
        bind(self.delete_button, self.delete_button.setText,
             lambda: self.tr("Delete  ({key})").format(key=QKeySequence(Qt.Key.Key_Delete)
                                                     .toString(_NATIVE)))
        bind(self.delete_button, self.delete_button.setAccessibleName,
             lambda: translate("Accessible", "Delete the selected session"))
        self.delete_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton()
        bind(self.undo_button, self.undo_button.setText,
             lambda: self.tr("Undo  ({keys})").format(keys=_undo_keys()))
        bind(self.undo_button, self.undo_button.setAccessibleName,
             lambda: translate("Accessible", "Undo the deletion"))
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.undo_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # Outside the splitter: a wrapped label's height counts only in a plain layout.
        layout.addWidget(self.totals_label)
        layout.addLayout(bottom)
        self._update_buttons()

    # -- showing -----------------------------------------------------------------------

    def show_history(self, store: SessionStore | None, today: date) -> None:
        """Read ``store`` afresh and draw it as of ``today`` (a new visit: no undo left)."""
        self.store = store
        self.today = today
        self.deleted.clear()
        self.reload()

    def reload(self) -> None:
        records = load_records(self.store)
        self.records = records or []
        if records is None:
            self._say(self.tr("No history: the history file could not be opened.")
                      if self.store is not None else self.tr("No history is being kept."))
        elif not records:
            self._say(self.tr("No sessions yet: finish or stop a workout and it shows here."))
        else:
            self._say("")
        self._draw()

    def shown_name(self, record: SessionRecord) -> str:
        """The routine of ``record`` as the page shows it: its name in the chosen language
        while the library has it, else the name recorded when it ran."""
        name = self._names.get(record.routine)
        if name is None:
            name = self._names[record.routine] = self.name_of(record.routine) or record.name
        return name

    def _draw(self) -> None:
        records = self.records
        self._names.clear()  # the language or the library may have changed since
        self.heat_map.set_days(practice.day_minutes(records), self.today)
        self.week_bars.set_days(self.heat_map.day_minutes, self.today)
        streaks = practice.streaks(records, self.today)
        self.streak_label.setText(self.tr("Current streak: {current} · Longest: {longest}")
                                  .format(current=_days(streaks.current),
                                          longest=_days(streaks.longest)))
        totals = routine_totals(records, self.name_of)
        self.totals_label.setText(" · ".join(
            self.tr("{routine}: {sessions}, {minutes} min").format(
                routine=name, sessions=count(sessions, 'session'),
                minutes=dates.number_text(minutes))
            for name, sessions, minutes in totals) or self.tr("No totals yet"))
        selected = self.selected_id()
        row = self.list.currentIndex().row()
        newest_first = list(reversed(records))
        index = -1
        if newest_first:
            ids = [record.id for record in newest_first]
            index = ids.index(selected) if selected in ids else min(max(row, 0), len(ids) - 1)
        # The newest rows now, the rest on the next turn of the event loop: the page paints
        # first (ten years of sessions are 7,000 rows, ~50 ms of items).
        first = max(FIRST_ROWS, index + 1)
        self._rows_generation += 1
        self.list.setUpdatesEnabled(False)  # one repaint for the whole list, not one per row
        self.list.clear()
        self.list.addTopLevelItems([_row(record, self.shown_name(record))
                                    for record in newest_first[:first]])
        self.list.setUpdatesEnabled(True)
        if len(newest_first) > first:
            generation = self._rows_generation
            rest = newest_first[first:]
            QTimer.singleShot(0, self, lambda: self._add_rows(rest, generation))
        if index >= 0:
            self._select_row(index)
        self._update_buttons()

    def _add_rows(self, records: list[SessionRecord], generation: int) -> None:
        if generation != self._rows_generation:
            return  # drawn again meanwhile: those rows are already there
        self.list.setUpdatesEnabled(False)
        self.list.addTopLevelItems([_row(record, self.shown_name(record)) for record in records])
        self.list.setUpdatesEnabled(True)

    def _select_row(self, index: int) -> None:
        item = self.list.topLevelItem(index)
        if item is not None:
            self.list.setCurrentItem(item)

    def _say(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.store is not None and self.selected_id() is not None)
        self.undo_button.setEnabled(bool(self.deleted))

    # -- deleting and bringing back ------------------------------------------------------

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(0, ID_ROLE))

    def delete_selected(self) -> bool:
        """Delete the selected session from the store; True if one was deleted."""
        chosen = self.selected_id()
        record = next((each for each in self.records if each.id == chosen), None)
        if self.store is None or record is None:
            return False
        try:
            self.store.delete(record.id)
        except Exception:
            log.exception("could not delete session %s", record.id)
            self._say(self.tr("Could not delete that session (see the log)."))
            return False
        self.deleted.append(record)
        self.records = [each for each in self.records if each.id != record.id]
        self._draw()
        undo = _undo_keys()
        self._say(self.tr("Deleted {routine} of {when}. {keys} brings it back.").format(
            routine=self.shown_name(record), when=dates.stamp_text(record.local_started),
            keys=undo))
        self.changed.emit()
        return True

    def undo(self) -> bool:
        """Bring back the session deleted last; True if one came back."""
        if self.store is None or not self.deleted:
            return False
        record = self.deleted[-1]
        try:
            self.store.restore(record)
        except Exception:
            log.exception("could not restore session %s", record.id)
            self._say(self.tr("Could not bring that session back (see the log)."))
            return False
        self.deleted.pop()
        self.records = sorted([*self.records, record], key=_started)
        self._draw()
        self._select_row([each.id for each in reversed(self.records)].index(record.id))
        self._say(self.tr("Brought back {routine} of {when}.").format(
            routine=self.shown_name(record), when=dates.stamp_text(record.local_started)))
        self.changed.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete on the list; undo wherever the focus is on the page (list or charts).
        if watched in (self.list, self.heat_map, self.week_bars) and isinstance(
                event, QKeyEvent) and event.type() in (QEvent.Type.ShortcutOverride,
                                                       QEvent.Type.KeyPress):
            is_delete = (watched is self.list and event.key() == Qt.Key.Key_Delete
                         and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
            is_undo = event.matches(QKeySequence.StandardKey.Undo)
            if is_delete or is_undo:
                event.accept()  # the list's, not a window shortcut's
                if event.type() == QEvent.Type.KeyPress:
                    if is_delete:
                        self.delete_selected()
                    else:
                        self.undo()
                return True
        return super().eventFilter(watched, event)
