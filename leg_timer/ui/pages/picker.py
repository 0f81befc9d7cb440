"""The routine picker: search, tag filter, the list, and the selected routine's details.

The built-in routines are listed at once; the user's folder is listed after the window has
painted, a few milliseconds of work at a time on a timer (through its cached index, see
:mod:`leg_timer.routine_index`), with rows added as they come and the progress shown, and
paused while the picker is out of view (a workout runs undisturbed). A user routine is read
in full only when it is selected. Each user row says it is the person's own file, so a file
named like a built-in never looks like it. Broken user routine files are listed too (with
their problems in the details pane), never hidden. The last routine chosen and each
routine's parameter values are remembered in the settings. Typing while the list has the
focus goes to the search field.

The list is a view over a filter (:class:`~leg_timer.ui.pages.routine_row.RoutineFilter`) over
every row: what the search and the tag let through is all the view has, so what a screen reader
counts, names and calls selected is what is shown, and what Enter starts.

Rows are sorted by the name shown (a file that cannot be loaded comes after the routines). The
hint line and the details pane always say what Enter and Space will do: with an empty search
result or a broken file selected, that there is nothing to start. Space on the tag filter (or
on a button) is that control's, not the start key. "Open routines folder" opens the user's
folder in the file manager (made first if missing); a :class:`QFileSystemWatcher` on it lists
the folder again, through the index, when a routine file is added, changed or removed. A file
the window itself writes or removes (the editor's save, an import, a delete and its undo) is
shown at once (:meth:`PickerPage.take_in_file`, :meth:`PickerPage.forget_routine`), before
that; the undo bar under the notice offers to bring a deleted routine back.

Signals:
    start_requested(object): the user asked to start this :class:`~leg_timer.core.plan.Plan`.
    current_changed(): another row is selected, or none (:meth:`PickerPage.current_key`).
    history_requested(): the History button was pressed (H does the same).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.errors import Problem, RoutineError
from leg_timer.core.plan import Plan, PlanLimitError, build_plan
from leg_timer.core.routine import TAGS, Routine
from leg_timer.core.translation import translate
from leg_timer.library import Library
from leg_timer.present import routine_text
from leg_timer.present.shortcuts import Action, Page, key_name
from leg_timer.routine_index import FolderScan, Found, Summary, read_user_file
from leg_timer.ui import theme
from leg_timer.ui.i18n import bind, plural, tag_name
from leg_timer.ui.key_routing import window_first
from leg_timer.ui.pages.folder_watch import FolderWatch
from leg_timer.ui.pages.routine_details import RoutineDetails
from leg_timer.ui.pages.routine_row import (
    KEY_ROLE,
    LINE_ROLE,
    ORIGIN_ROLE,
    TOTAL_ROLE,
    RoutineDelegate,
    RoutineFilter,
    RoutineList,
)
from leg_timer.ui.pages.undo_bar import UndoBar
from leg_timer.ui.settings import AppSettings

BROKEN_PREFIX = "broken:"
BUILTIN_ORIGIN = "built-in"
# GUI-thread time per step of listing the user folder: well under a frame, and short enough
# that nothing waiting on the event loop notices (a workout pauses the listing anyway).
LOAD_STEP_BUDGET_S = 0.004
LOAD_STEP_ROWS = 16
NARROW_PX = 640  # below this width the list sits above the details instead of beside them


class PickerPage(QWidget):
    start_requested = Signal(object)
    current_changed = Signal()
    history_requested = Signal()

    def __init__(self, library: Library, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bind(self, self.setAccessibleName, lambda: translate("Accessible", "Routine picker"))
        self.library = library
        self.settings = settings
        self._values: dict[str, dict[str, float]] = {}
        self._items: dict[str, QStandardItem] = {}  # every row, shown or filtered out
        self._failed: dict[str, RoutineError] = {}  # user routines that could not be read
        self._sized = False
        self._painted = False
        self._pending_select: str | None = None  # the last routine, until its row arrives
        self._select_after_relist: str | None = None  # a file written while listing
        self._scan: FolderScan | None = None if library.user_listed else library.scan()
        self._load_timer = QTimer(self)
        self._load_timer.setInterval(0)
        self._load_timer.timeout.connect(self._load_more)
        self._order: list[tuple[int, str, int, str]] = []  # each row's sort key, row by row
        self._nothing_shown = False  # the details say there is nothing to start
        # The search and the tag the rows are filtered by (read once per change, not per row).
        self._query: tuple[str, str | None] = ("", None)
        # The routine selected last: selected again when a search hid it and shows it again.
        self._kept: str | None = None
        # While rows are filtered, removed or added, the view may move its current row for a
        # moment; the picker settles the selection after, once (see _after_filter).
        self._quiet = False
        # Listing the folder again after a change: the scan, what it found so far, and
        # whether another change came in meanwhile.
        self._relist: FolderScan | None = None
        self._relisted: list[Found] = []
        self._relist_wanted = False
        self._relist_timer = QTimer(self)
        self._relist_timer.setInterval(0)
        self._relist_timer.timeout.connect(self._relist_more)
        self.folder_watch = FolderWatch(self)
        self.folder_watch.changed.connect(self.relist_user_folder)
        # How the folder is opened in the file manager (tests put a recorder here).
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl

        self.search = QLineEdit()
        bind(self.search, self.search.setPlaceholderText,
             lambda: self.tr("Search routines  ({key}, or just type)").format(
                 key=key_name(Action.SEARCH)))
        bind(self.search, self.search.setAccessibleName,
             lambda: translate("Accessible", "Search routines"))
        # The clear button comes after the first paint (_on_first_paint): making it loads the
        # style's icon, 5-11 ms of the start-up, for a button shown only once there is text.
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)
        self.search.setAcceptDrops(False)  # dropped files are imported (the window's)
        self.tag_filter = QComboBox()
        bind(self.tag_filter, self.tag_filter.setAccessibleName,
             lambda: translate("Accessible", "Filter by tag"))
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in TAGS:
            self.tag_filter.addItem(tag_name(tag), tag)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter.installEventFilter(self)  # Space opens it (see eventFilter)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tag_filter)

        # Every row, in its sorted place (see _insert); the view shows those the filter lets
        # through, so a screen reader counts and walks only those.
        self.rows = QStandardItemModel(self)
        self.shown_rows = RoutineFilter(self._accepts_row, self)
        self.shown_rows.setSourceModel(self.rows)
        self.list = RoutineList()
        bind(self.list, self.list.setAccessibleName, lambda: translate("Accessible", "Routines"))
        self.list.setModel(self.shown_rows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        self.list.painted.connect(self._on_first_paint)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list.activated.connect(lambda _index: self.request_start())
        self.details = RoutineDetails()
        self.details.prepare_s = settings.prepare_override_s
        self.details.values_changed.connect(self._on_values_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty_label = QLabel()
        bind(self.empty_label, self.empty_label.setText,
             lambda: self.tr("No routine matches the search."))
        bind(self.empty_label, self.empty_label.setAccessibleName,
             lambda: translate("Accessible", "No matches"))
        self.empty_label.hide()
        self.hint_label = QLabel()
        bind(self.hint_label, self.hint_label.setAccessibleName,
             lambda: translate("Accessible", "Keyboard hints"))
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint_label.setWordWrap(True)  # a longer language takes two lines, never cut
        self.start_button = QPushButton()
        bind(self.start_button, self.start_button.setText,
             lambda: self.tr("Start  ({key})").format(key=key_name(Action.ENTER)))
        bind(self.start_button, self.start_button.setAccessibleName,
             lambda: translate("Accessible", "Start the selected routine"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        self.folder_button = QPushButton()
        bind(self.folder_button, self.folder_button.setText,
             lambda: self.tr("Open routines folder  ({key})").format(
                 key=key_name(Action.OPEN_FOLDER)))
        bind(self.folder_button, self.folder_button.setAccessibleName,
             lambda: translate("Accessible", "Open routines folder"))
        folder = library.user_dir
        bind(self.folder_button, self.folder_button.setToolTip,
             lambda: self.tr("Your own routines live in {folder}").format(folder=folder)
             if folder is not None else self.tr("No folder for your own routines is in use"))
        bind(self.folder_button, self.folder_button.setAccessibleDescription,
             self.folder_button.toolTip)  # bound after the tooltip: worded after it
        self.folder_button.setEnabled(folder is not None)
        self.folder_button.clicked.connect(self.open_routines_folder)
        self.history_button = QPushButton()
        bind(self.history_button, self.history_button.setText,
             lambda: self.tr("History  ({key})").format(
                 key=key_name(Action.HISTORY, Page.PICKER)))
        bind(self.history_button, self.history_button.setAccessibleName,
             lambda: translate("Accessible", "Workout history"))
        self.history_button.clicked.connect(self.history_requested)
        for control in (self.folder_button, self.start_button, self.details.reset_button,
                        self.history_button):
            control.installEventFilter(self)  # Space presses the button, as buttons do
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty_label)
        bottom.addWidget(self.hint_label, 1)
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.folder_button)
        bottom.addWidget(self.start_button)

        self.notice_label = QLabel()
        bind(self.notice_label, self.notice_label.setAccessibleName,
             lambda: translate("Accessible", "Notice"))
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(theme.banner_style(theme.NOTICE_FILL))
        self.notice_label.hide()
        self.undo_bar = UndoBar(key_name(Action.UNDO))
        self.undo_bar.button.installEventFilter(self)  # Space presses it, as below
        self.progress_label = QLabel()
        bind(self.progress_label, self.progress_label.setAccessibleName,
             lambda: translate("Accessible", "Loading progress"))
        self.progress_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.progress_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.undo_bar)
        layout.addLayout(top)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._fill_list()
        self._after_filter()
        self._watch_folder()

    def show_notice(self, text: str) -> None:
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    # -- the list -------------------------------------------------------------------------

    def _fill_list(self) -> None:
        for summary in self.library.listed.values():
            self._add_routine_row(summary)
        for number in range(len(self.library.broken)):
            self._add_broken_row(number)
        last = self.settings.last_routine
        if not (last and self.select(last)) and self.shown_rows.rowCount():
            self.list.setCurrentIndex(self.shown_rows.index(0, 0))
            self._pending_select = last if self._scan is not None else None

    @staticmethod
    def _new_item(key: str) -> QStandardItem:
        item = QStandardItem()
        item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)  # no editing
        item.setData(key, KEY_ROLE)
        return item

    def _add_routine_row(self, summary: Summary) -> QStandardItem:
        key = summary.id
        routine = self.library.routines.get(key)
        if routine is not None:
            self._values[key] = self.settings.values_for(routine)
        item = self._new_item(key)
        self._word_routine_row(item, summary)
        self._update_total(item)  # before it is in the model: no change to announce
        self._items[key] = item
        builtin = self.library.is_builtin(key)
        self._insert(item, (0, summary.name.casefold(), 0 if builtin else 1, key))
        return item

    def _word_routine_row(self, item: QStandardItem, summary: Summary) -> None:
        """A routine row's words: its name, where it comes from, its description."""
        builtin = self.library.is_builtin(summary.id)
        file_name = summary.path.rsplit('/', 1)[-1]
        origin = (self.tr("built-in") if builtin
                  else self.tr("your file {file}").format(file=file_name))
        item.setText(summary.name)
        item.setData(origin, ORIGIN_ROLE)
        description = " ".join(summary.description.split())
        item.setData(description if builtin
                     else self.tr("Your file {file} · {description}").format(
                         file=file_name, description=description), LINE_ROLE)
        item.setToolTip(self.tr("Built-in routine") if builtin
                        else self.tr("Your routine file: {path}").format(path=summary.path))

    def _word_broken_row(self, item: QStandardItem, error: RoutineError) -> None:
        """A row of a file that cannot be loaded: what it is and its first problem."""
        item.setText(self.tr("Cannot load {file}").format(file=routine_text.broken_title(error)))
        item.setData(self.tr("broken"), TOTAL_ROLE)
        first = error.problems[0].message if error.problems else ""
        number = len(error.problems)
        item.setData(plural(self.tr("%n problem(s): {first}", "", number), number)
                     .format(first=first), LINE_ROLE)

    def relocalise(self) -> None:
        """Every row, the tag names, the hints and the details in the language now chosen."""
        self.tag_filter.setItemText(0, self.tr("All tags"))
        for index in range(1, self.tag_filter.count()):
            self.tag_filter.setItemText(index, tag_name(str(self.tag_filter.itemData(index))))
        for key, item in self._items.items():
            summary = self.library.listed.get(key)
            if summary is not None:
                self._word_routine_row(item, summary)
                self._update_total(item)
            elif key.startswith(BROKEN_PREFIX):
                number = int(key.removeprefix(BROKEN_PREFIX))
                if number < len(self.library.broken):
                    self._word_broken_row(item, self.library.broken[number])
        if self._nothing_shown:
            self._show_nothing()
        else:
            self._show_current()

    def _add_broken_row(self, number: int) -> QStandardItem:
        error = self.library.broken[number]
        key = f"{BROKEN_PREFIX}{number}"
        item = self._new_item(key)
        self._word_broken_row(item, error)
        item.setToolTip(str(error))
        self._items[key] = item
        self._insert(item, (1, item.text().casefold(), number, key))
        return item

    def _insert(self, item: QStandardItem, order: tuple[int, str, int, str]) -> None:
        """Add ``item`` in its place by the name shown (routines first, then broken files);
        the filter shows it or not at once."""
        row = bisect.bisect(self._order, order)
        self._order.insert(row, order)  # first: the filter reads the row's key from here
        self.rows.insertRow(row, item)

    def _remove_row(self, key: str) -> None:
        item = self._items.pop(key, None)
        if item is None:
            return
        row = item.row()
        self.rows.removeRow(row)
        del self._order[row]

    def _accepts_row(self, row: int) -> bool:
        """Whether the filter lets row ``row`` of :attr:`rows` through."""
        query, tag = self._query
        if not query and tag is None:
            return True  # every row (what _shown says, without matching 2,000 rows' words)
        return self._shown(self._order[row][3], query, tag)

    def _update_total(self, item: QStandardItem) -> None:
        """The row's total: exact for a routine read in full (with its chosen values), else
        the index's at the defaults (until it is selected and read)."""
        key = str(item.data(KEY_ROLE))
        routine = self.library.routines.get(key)
        if routine is not None and key in self._values:
            try:
                plan = build_plan(routine, self._values[key],
                                  prepare_s=self.settings.prepare_override_s)
            except PlanLimitError:
                total = self.tr("too long")
            else:
                total = routine_text.total_text(plan)
        else:
            total = routine_text.summary_total_text(self.library.listed[key],
                                                    self.settings.prepare_override_s)
        item.setData(total, TOTAL_ROLE)
        item.setData(f"{item.text()}, {item.data(ORIGIN_ROLE)}, {total}",
                     Qt.ItemDataRole.AccessibleTextRole)

    def refresh_totals(self) -> None:
        """Recompute every total (the get-ready time changed in the settings)."""
        self.details.prepare_s = self.settings.prepare_override_s
        for key, item in self._items.items():
            if key in self.library.listed:
                self._update_total(item)
        self._show_current()

    # -- listing the user folder, a step at a time -----------------------------------------

    @property
    def loading(self) -> bool:
        """Whether the user folder is still being listed."""
        return self._scan is not None

    def _load_more(self) -> None:
        scan = self._scan
        if scan is None or not self.isVisible():
            self._load_timer.stop()  # out of view (a workout): go on when shown again
            return
        started = time.perf_counter()
        shown: list[str] = []  # keys of the new rows the filter let through
        # A few entries at a time, so listing them and adding their rows stay in budget.
        while True:
            found = scan.step(LOAD_STEP_BUDGET_S, limit=LOAD_STEP_ROWS)
            for each in found:
                key = self.library.add(each)
                if key.startswith(BROKEN_PREFIX):
                    item = self._add_broken_row(int(key.removeprefix(BROKEN_PREFIX)))
                else:
                    item = self._add_routine_row(self.library.listed[key])
                if self.shown_rows.mapFromSource(item.index()).isValid():  # let through
                    shown.append(key)
                if key == self._pending_select:
                    self._pending_select = None
                    self.select(key)
            if (not found  # it read the folder's names or the index: a step of its own
                    or scan.finished or time.perf_counter() - started >= LOAD_STEP_BUDGET_S):
                break
        if scan.finished:
            self._load_timer.stop()
            self._scan = None
            self._pending_select = None
            self.library.user_listed = True
            self.progress_label.hide()
            self._watch_folder()
            if self._relist_wanted:  # the folder changed while it was being listed
                self.relist_user_folder()
        else:
            locale = QLocale()
            self.progress_label.setText(
                self.tr("Loading your routines: {done} of {total}").format(
                    done=locale.toString(scan.done), total=locale.toString(scan.total)))
            self.progress_label.show()
        if shown:  # only what the new rows change: a pass over every row would cost n^2
            self.empty_label.hide()
            if not self.list.currentIndex().isValid():
                self.list.setCurrentIndex(self._index(shown[0]))
            self._after_rows_shown()
        elif scan.finished and self._nothing_shown:
            self._show_nothing()  # no longer "still loading"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scan is not None and self._painted:
            self._load_timer.start()
        if self._relist is not None:
            self._relist_timer.start()

    def _item(self, key: str) -> QStandardItem | None:
        return self._items.get(key)

    def _index(self, key: str | None) -> QModelIndex:
        """The view's index of row ``key``: invalid when the filter leaves it out (or there is
        no such row)."""
        item = self._items.get(key) if key is not None else None
        if item is None:
            return QModelIndex()
        return self.shown_rows.mapFromSource(item.index())

    def select(self, key: str) -> bool:
        """Select the routine with id ``key`` (or ``broken:N``); False if it is not listed."""
        if key not in self._items:
            return False
        if not self._index(key).isValid():
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
        self.list.setCurrentIndex(self._index(key))
        return True

    def visible_keys(self) -> list[str]:
        """The keys of the rows shown (the filter's), top to bottom."""
        return [str(self.shown_rows.index(row, 0).data(KEY_ROLE))
                for row in range(self.shown_rows.rowCount())]

    def row_count(self) -> int:
        """How many rows are shown (what a screen reader counts)."""
        return self.shown_rows.rowCount()

    def listed_keys(self) -> list[str]:
        """The keys of every row, shown or filtered out, top to bottom."""
        return [order[3] for order in self._order]

    def row_data(self, key: str,
                 role: int | Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> object:
        """What row ``key`` holds in ``role`` (its name by default; the roles are
        :mod:`~leg_timer.ui.pages.routine_row`'s); None when there is no such row."""
        item = self._items.get(key)
        return None if item is None else item.data(role)

    def row_rect(self, key: str) -> QRect:
        """Where row ``key`` is in the list's viewport (empty when it is not shown)."""
        return self.list.visualRect(self._index(key))

    def key_at(self, point: QPoint) -> str | None:
        """The key of the row at ``point`` in the list's viewport, if one is there."""
        index = self.list.indexAt(point)
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def _filter(self) -> tuple[str, str | None]:
        return self.search.text(), str(self.tag_filter.currentData() or "") or None

    def _shown(self, key: str, query: str, tag: str | None) -> bool:
        if key.startswith(BROKEN_PREFIX):
            error = self.library.broken[int(key.removeprefix(BROKEN_PREFIX))]
            return tag is None and routine_text.broken_matches(error, query)
        return routine_text.summary_matches(self.library.listed[key], query, tag)

    def apply_filter(self) -> None:
        """Filter the rows by the search and the tag now chosen, in one pass."""
        self._query = self._filter()
        current = self.current_key()
        self._quiet = True  # the view may move its current row as rows go: settled below
        try:
            if current is not None and not self._shown(current, *self._query):
                # Its row goes: no current row meanwhile, so the view moves to no neighbour
                # (a screen reader hears only the row selected after, in _after_filter).
                self.list.selectionModel().clear()
            self.shown_rows.refilter()
        finally:
            self._quiet = False
        self._after_filter()

    def _after_filter(self) -> None:
        """The empty-search notice, a shown selection and the start button, after rows were
        shown, hidden, added or removed: the routine selected last if it is shown, else the
        first row."""
        count = self.shown_rows.rowCount()
        self.empty_label.setVisible(not count)
        if not count:
            self._show_nothing()
            return
        wanted = self._index(self._kept)
        if not wanted.isValid():
            wanted = self.shown_rows.index(0, 0)
        self.list.setCurrentIndex(wanted)  # selects it too, if the view had only moved to it
        if self.current_key() != self._kept:
            self._show_current()  # it was current already, moved there while quiet
        self._after_rows_shown()

    def _after_rows_shown(self) -> None:
        """Rows are visible again: the details show the selection, not "nothing"."""
        if self._nothing_shown:
            self._nothing_shown = False
            self._show_current()
        else:
            self._update_start_button()

    def _show_nothing(self) -> None:
        """No row is visible: the details and the hint say there is nothing to start, and
        what would bring rows back."""
        self._nothing_shown = True
        query, tag = self._filter()
        shown_tag = self.tag_filter.currentText()
        if query and tag:
            found = self.tr("No routine tagged {tag} matches “{query}”.").format(
                tag=shown_tag, query=query)
        elif query:
            found = self.tr("No routine matches “{query}”.").format(query=query)
        elif tag:
            found = self.tr("No routine is tagged {tag}.").format(tag=shown_tag)
        else:
            found = self.tr("There are no routines.")
        sentences = [found]
        if self.loading:
            sentences.append(self.tr("Your own routines are still being listed."))
        if query:
            sentences.append(self.tr("{key} clears the search.").format(
                key=key_name(Action.ESCAPE)))
        if tag:
            sentences.append(self.tr("“All tags” in the tag filter shows every tag."))
        self.details.show_nothing(self.tr("Nothing to start"), " ".join(sentences))
        self._update_start_button()

    # -- the selection --------------------------------------------------------------------

    def current_key(self) -> str | None:
        """The key of the selected row (always a shown one); None when nothing is shown."""
        index = self.list.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def current_routine(self) -> Routine | None:
        key = self.current_key()
        if key is None or key.startswith(BROKEN_PREFIX):
            return None
        return self._routine(key)

    def _routine(self, key: str) -> Routine | None:
        """The routine of row ``key``, read in full the first time (None when it cannot be:
        the file changed or went since it was listed; the error is in ``_failed``)."""
        if key in self._failed:
            return None
        loaded = key in self.library.routines
        try:
            routine = self.library.routine(key)
        except RoutineError as error:
            self._failed[key] = error
            return None
        except LookupError:
            self._failed[key] = RoutineError([Problem(
                self.library.listed[key].path, 0, 0, "the file is no longer there")])
            return None
        if not loaded or key not in self._values:
            self._values[key] = self.settings.values_for(routine)
            item = self._item(key)
            if item is not None:
                self._update_total(item)
        return routine

    def current_values(self) -> dict[str, float]:
        routine = self.current_routine()
        return dict(self._values.get(routine.id, {})) if routine else {}

    def set_value(self, name: str, value: float) -> None:
        """Set a parameter of the selected routine, as its spin box would."""
        self.details.spin_boxes[name].set_unit_value(value)

    def current_plan(self) -> Plan | None:
        routine = self.current_routine()
        if routine is None:
            return None
        if not self.details.commit_typing():
            return None  # a value out of range was typed: refused, and the pane says so
        try:
            return build_plan(routine, self._values[routine.id],
                              prepare_s=self.settings.prepare_override_s)
        except PlanLimitError:
            return None

    def request_start(self) -> None:
        plan = self.current_plan()
        if plan is not None:
            self.settings.last_routine = plan.routine.id
            self.settings.set_values(plan.routine, plan.values)
            self.start_requested.emit(plan)

    def _show_current(self) -> None:
        self._on_current_changed(self.list.currentIndex(), QModelIndex())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return  # rows are being filtered, removed or added: settled after
        key = str(current.data(KEY_ROLE)) if current.isValid() else None
        if key is not None:
            self._kept = key
        if key is None:
            pass
        elif key.startswith(BROKEN_PREFIX):
            self.details.show_broken(self.library.broken[int(key.removeprefix(BROKEN_PREFIX))])
        else:
            routine = self._routine(key)
            if routine is None:
                self.details.show_broken(self._failed[key])
            else:
                self.details.show_routine(routine, self._values[key])
            self.settings.last_routine = key
            self._pending_select = None  # the person has moved on
        self._link_tab_order()
        self._update_start_button()
        self.current_changed.emit()

    def _link_tab_order(self) -> None:
        """Tab in reading order: the search, the tag filter, the list, what the details pane
        shows (its value boxes are made for each routine), then the buttons left to right."""
        chain = [self.search, self.tag_filter, self.list, *self.details.focus_chain(),
                 self.history_button, self.folder_button, self.start_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_values_changed(self, values: dict[str, float]) -> None:
        routine = self.details.routine
        if routine is None:
            return
        self._values[routine.id] = dict(values)
        self.settings.set_values(routine, values)
        item = self._item(routine.id)
        if item is not None:
            self._update_total(item)

    def _update_start_button(self) -> None:
        """The start button and the hint line: they offer a key only when it does something."""
        startable = self.current_routine() is not None
        self.start_button.setEnabled(startable)
        help_text = self.tr("{key} shows every shortcut").format(key=key_name(Action.HELP))
        key = self.current_key()
        if startable:
            hint = " · ".join([self.tr("{enter} or {space} starts").format(
                enter=key_name(Action.ENTER), space=key_name(Action.TOGGLE)), help_text])
        elif key is None:
            hint = " · ".join([self.tr("Nothing to start"),
                               *([self.tr("{key} clears the search").format(
                                   key=key_name(Action.ESCAPE))]
                                 if self.search.text() else []),
                               help_text])
        else:
            hint = " · ".join([self.tr("This file cannot be loaded: nothing to start until it "
                                       "is fixed"), help_text])
        self.hint_label.setText(hint)

    # -- keys and layout ------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: into the search field, its text selected to type over."""
        self.search.setFocus()
        self.search.selectAll()

    def type_into_search(self, event: QKeyEvent) -> bool:
        """Send a typed character (or Backspace) to the search field; True if it was one."""
        text = event.text()
        modifiers = event.modifiers() & ~(Qt.KeyboardModifier.ShiftModifier
                                          | Qt.KeyboardModifier.KeypadModifier)
        # A space only makes sense inside a search; before one, Space is the start key.
        typed = bool(text) and text.isprintable() and (text != " " or bool(self.search.text()))
        if modifiers or not (typed or event.key() == Qt.Key.Key_Backspace):
            return False
        self.search.setFocus()
        if event.key() == Qt.Key.Key_Backspace:
            self.search.backspace()
        else:
            self.search.insert(text)
        return True

    def _on_first_paint(self) -> None:
        self._painted = True  # the window is on screen: now list the user folder
        # Next turn of the event loop: the paint under way is not held up by it.
        QTimer.singleShot(0, self, self._add_clear_button)
        if self._scan is not None:
            self._load_timer.start()

    def _add_clear_button(self) -> None:
        self.search.setClearButtonEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Space and not event.modifiers()
                and watched in (self.tag_filter, self.folder_button, self.start_button,
                                self.details.reset_button, self.history_button,
                                self.undo_bar.button)):
            event.accept()  # Space opens the tag filter or presses the button, as it should
            return True
        if (event.type() == QEvent.Type.ShortcutOverride and watched is self.search
                and window_first(event)):
            event.ignore()  # Ctrl+E edits the routine, not the search (end of line on X11)
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.list:
                return self.type_into_search(event)
            if watched is self.search and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up,
                                                          Qt.Key.Key_PageDown,
                                                          Qt.Key.Key_PageUp):
                self.list.setFocus()
                forwarded = QKeyEvent(event.type(), event.key(), event.modifiers())
                QCoreApplication.sendEvent(self.list, forwarded)
                return True
        return super().eventFilter(watched, event)

    # -- the user's routines folder ----------------------------------------------------------

    def open_routines_folder(self) -> bool:
        """Open the folder of the person's own routines in the file manager, making it first
        if it is missing; the picker says where it is, or what went wrong. True if opened."""
        folder = self.library.user_dir
        if folder is None:
            self.show_notice(self.tr("No folder for your own routines is in use."))
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.show_notice(self.tr("Could not make your routines folder {folder}: "
                                     "{error}.").format(folder=folder,
                                                        error=error.strerror or error))
            return False
        self._watch_folder()
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.show_notice(self.tr("Could not open a file manager. Your routines folder is "
                                     "{folder}").format(folder=folder))
            return False
        self.show_notice(self.tr("Your routines folder: {folder}. Put routine files (.yaml) "
                                 "there; the list follows added, changed and removed files by "
                                 "itself.").format(folder=folder))
        return True

    def _watch_folder(self) -> None:
        """Watch the folder (or, while it is missing, the folder it would be made in) and
        each routine file in it (an edit in place changes no folder entry)."""
        folder = self.library.user_dir
        if folder is None or self.loading:
            return
        files = [summary.path for key, summary in self.library.listed.items()
                 if not self.library.is_builtin(key)]
        self.folder_watch.follow(folder, files)

    @property
    def relisting(self) -> bool:
        """Whether a change in the folder is waiting to be listed, or being listed."""
        return self.folder_watch.settling or self._relist is not None or self._relist_wanted

    def relist_user_folder(self) -> None:
        """List the user folder again (through its index: only changed files are read) and
        bring the rows up to date, keeping the selection where it can."""
        self.folder_watch.cancel()
        if self.loading or self._relist is not None:
            self._relist_wanted = True  # after the listing under way
            return
        self._relist_wanted = False
        scan = self.library.scan()
        if scan is None:
            return
        self._relist, self._relisted = scan, []
        self._relist_timer.start()

    def _relist_more(self) -> None:
        scan = self._relist
        if scan is None or not self.isVisible():
            self._relist_timer.stop()  # out of view (a workout): go on when shown again
            return
        started = time.perf_counter()
        while not scan.finished and time.perf_counter() - started < LOAD_STEP_BUDGET_S:
            self._relisted += scan.step(LOAD_STEP_BUDGET_S, limit=LOAD_STEP_ROWS * 4)
        if not scan.finished:
            return
        self._relist_timer.stop()
        self._relist = None
        found, self._relisted = self._relisted, []
        self._apply_relist(found)
        self._watch_folder()
        if self._relist_wanted:
            self.relist_user_folder()

    def _apply_relist(self, found: list[Found]) -> None:
        library = self.library
        before = {key: library.listed[key] for key in library.user_keys()}
        current = self.current_key()
        broken_keys = [f"{BROKEN_PREFIX}{number}"
                       for number in range(library.builtin_broken, len(library.broken))]
        library.relist_user(found)
        after = {key: library.listed[key] for key in library.user_keys()}
        self._quiet = True  # the selection is put right below, once
        try:
            for key in broken_keys:
                self._remove_row(key)
            changed = [key for key in before if after.get(key) != before[key]]
            for key in changed:
                self._remove_row(key)
                self._values.pop(key, None)
            for key in set(before) | set(after):
                self._failed.pop(key, None)  # read again when selected
            for key in after:  # each shown or not by the filter as it is added
                if key not in before or key in changed:
                    self._add_routine_row(after[key])
            for number in range(library.builtin_broken, len(library.broken)):
                self._add_broken_row(number)
        finally:
            self._quiet = False
        kept = current is not None and current in self._items
        if current is not None and not kept:  # its file went: the row the view moved to
            self._kept = self.current_key()  # instead, as on a delete
        self._after_filter()  # the row selected before if it is still there (self._kept)
        same = kept and current in before and current not in changed
        if self.current_key() is not None and not same:
            self._show_current()  # its file changed, or another row is it
        wanted, self._select_after_relist = self._select_after_relist, None
        if wanted is not None:
            self.select(wanted)

    # -- files written or removed by the window (editor, import, delete, undo) ---------------

    def take_in_file(self, path: Path) -> str | None:
        """A routine file just written in the user folder: its row added (or brought up to
        date) and selected at once, before the folder watch lists the folder again. Its id;
        None when ``path`` is not in the user folder."""
        folder = self.library.user_dir
        if folder is None or path.parent != folder:
            return None
        path = folder / path.name  # as a listing names it, so the relist finds it unchanged
        key = self.library.key_for(path.name.rsplit(".", 1)[0])
        if self.loading or self._relist is not None:
            self._select_after_relist = key  # the listing under way may miss it: list again
            self._relist_wanted = True
            return key
        self.forget_routine(key)
        try:
            found = Found(path.name, Summary.of(read_user_file(path)), None)
        except RoutineError as error:
            found = Found(path.name, None, error)
        added = self.library.add(found)
        if added.startswith(BROKEN_PREFIX):
            self._add_broken_row(int(added.removeprefix(BROKEN_PREFIX)))
        else:
            self._add_routine_row(self.library.listed[added])
        self.select(added)
        self._after_filter()
        self._watch_folder()
        return added

    def forget_routine(self, key: str) -> None:
        """Take the row of user routine ``key`` away at once (its file was deleted); the next
        row is selected."""
        if key not in self._items or self.library.is_builtin(key):
            return
        row = self._index(key).row()  # -1 when the filter leaves it out
        self._remove_row(key)
        self.library.listed.pop(key, None)
        self.library.routines.pop(key, None)
        self._values.pop(key, None)
        self._failed.pop(key, None)
        count = self.shown_rows.rowCount()
        if count and row >= 0:
            self.list.setCurrentIndex(self.shown_rows.index(min(row, count - 1), 0))
        self._after_filter()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < NARROW_PX
        orientation = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.splitter.orientation() != orientation or not self._sized:
            self._sized = True
            self.splitter.setOrientation(orientation)
            length = self.height() if narrow else self.width()
            first = round(length * (0.4 if narrow else 0.42))
            self.splitter.setSizes([first, max(1, length - first)])
        self.hint_label.setVisible(not narrow)
