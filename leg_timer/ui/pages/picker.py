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
    history_requested(): the History button was pressed (H does the same).
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
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
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leg_timer.core.errors import Problem, RoutineError
from leg_timer.core.plan import Plan, PlanLimitError, build_plan
from leg_timer.core.routine import TAGS, Routine
from leg_timer.library import Library
from leg_timer.present import routine_text
from leg_timer.present.shortcuts import Action, Page, key_name
from leg_timer.present.wording import count
from leg_timer.routine_index import FolderScan, Found, Summary, read_user_file
from leg_timer.ui import theme
from leg_timer.ui.key_routing import window_first
from leg_timer.ui.pages.folder_watch import FolderWatch
from leg_timer.ui.pages.routine_details import RoutineDetails
from leg_timer.ui.pages.routine_row import (
    KEY_ROLE,
    LINE_ROLE,
    ORIGIN_ROLE,
    TOTAL_ROLE,
    RoutineDelegate,
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
OPEN_FOLDER_TEXT = "Open routines folder"


class PickerPage(QWidget):
    start_requested = Signal(object)
    history_requested = Signal()

    def __init__(self, library: Library, settings: AppSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Routine picker")
        self.library = library
        self.settings = settings
        self._values: dict[str, dict[str, float]] = {}
        self._items: dict[str, QListWidgetItem] = {}
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
        self.search.setPlaceholderText(
            f"Search routines  ({key_name(Action.SEARCH)}, or just type)")
        self.search.setAccessibleName("Search routines")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.search.installEventFilter(self)
        self.search.setAcceptDrops(False)  # dropped files are imported (the window's)
        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName("Filter by tag")
        self.tag_filter.addItem("All tags", "")
        for tag in TAGS:
            self.tag_filter.addItem(tag.capitalize(), tag)
        self.tag_filter.currentIndexChanged.connect(self.apply_filter)
        self.tag_filter.installEventFilter(self)  # Space opens it (see eventFilter)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tag_filter)

        self.list = QListWidget()
        self.list.setAccessibleName("Routines")
        self.list.setItemDelegate(RoutineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.installEventFilter(self)
        self.list.viewport().installEventFilter(self)  # to list the user folder once painted
        self.list.currentItemChanged.connect(self._on_current_changed)
        self.list.itemActivated.connect(lambda _item: self.request_start())
        self.details = RoutineDetails()
        self.details.prepare_s = settings.prepare_override_s
        self.details.values_changed.connect(self._on_values_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)

        self.empty_label = QLabel("No routine matches the search.")
        self.empty_label.setAccessibleName("No matches")
        self.empty_label.hide()
        self.hint_label = QLabel()
        self.hint_label.setAccessibleName("Keyboard hints")
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.start_button = QPushButton(f"Start  ({key_name(Action.ENTER)})")
        self.start_button.setAccessibleName("Start the selected routine")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.request_start)
        self.folder_button = QPushButton(f"{OPEN_FOLDER_TEXT}  ({key_name(Action.OPEN_FOLDER)})")
        self.folder_button.setAccessibleName(OPEN_FOLDER_TEXT)
        folder = library.user_dir
        self.folder_button.setToolTip(f"Your own routines live in {folder}" if folder is not None
                                      else "No folder for your own routines is in use")
        self.folder_button.setAccessibleDescription(self.folder_button.toolTip())
        self.folder_button.setEnabled(folder is not None)
        self.folder_button.clicked.connect(self.open_routines_folder)
        self.history_button = QPushButton(f"History  ({key_name(Action.HISTORY, Page.PICKER)})")
        self.history_button.setAccessibleName("Workout history")
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
        self.notice_label.setAccessibleName("Notice")
        self.notice_label.setWordWrap(True)
        self.notice_label.setStyleSheet(theme.banner_style(theme.NOTICE_FILL))
        self.notice_label.hide()
        self.undo_bar = UndoBar(key_name(Action.UNDO))
        self.undo_bar.button.installEventFilter(self)  # Space presses it, as below
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName("Loading progress")
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
        if not (last and self.select(last)) and self.list.count():
            self.list.setCurrentRow(0)
            self._pending_select = last if self._scan is not None else None

    def _add_routine_row(self, summary: Summary) -> QListWidgetItem:
        key = summary.id
        builtin = self.library.is_builtin(key)
        origin = BUILTIN_ORIGIN if builtin else f"your file {summary.path.rsplit('/', 1)[-1]}"
        routine = self.library.routines.get(key)
        if routine is not None:
            self._values[key] = self.settings.values_for(routine)
        item = QListWidgetItem(summary.name)
        item.setData(KEY_ROLE, key)
        item.setData(ORIGIN_ROLE, origin)
        description = " ".join(summary.description.split())
        item.setData(LINE_ROLE, description if builtin
                     else f"{origin[0].upper()}{origin[1:]} · {description}")
        item.setToolTip("Built-in routine" if builtin else f"Your routine file: {summary.path}")
        self._items[key] = item
        self._insert(item, (0, summary.name.casefold(), 0 if builtin else 1, key))
        self._update_total(item)
        return item

    def _add_broken_row(self, number: int) -> QListWidgetItem:
        error = self.library.broken[number]
        item = QListWidgetItem(f"Cannot load {routine_text.broken_title(error)}")
        key = f"{BROKEN_PREFIX}{number}"
        item.setData(KEY_ROLE, key)
        item.setData(TOTAL_ROLE, "broken")
        first = error.problems[0].message if error.problems else ""
        item.setData(LINE_ROLE, f"{count(len(error.problems), 'problem')}: {first}")
        item.setToolTip(str(error))
        self._items[key] = item
        self._insert(item, (1, item.text().casefold(), number, key))
        return item

    def _insert(self, item: QListWidgetItem, order: tuple[int, str, int, str]) -> None:
        """Add ``item`` in its place by the name shown (routines first, then broken files)."""
        row = bisect.bisect(self._order, order)
        self._order.insert(row, order)
        self.list.insertItem(row, item)

    def _remove_row(self, key: str) -> None:
        item = self._items.pop(key, None)
        if item is None:
            return
        row = self.list.row(item)
        del self._order[row]
        self.list.takeItem(row)

    def _update_total(self, item: QListWidgetItem) -> None:
        """The row's total: exact for a routine read in full (with its chosen values), else
        the index's at the defaults (until it is selected and read)."""
        key = str(item.data(KEY_ROLE))
        routine = self.library.routines.get(key)
        if routine is not None and key in self._values:
            try:
                plan = build_plan(routine, self._values[key],
                                  prepare_s=self.settings.prepare_override_s)
            except PlanLimitError:
                total = "too long"
            else:
                total = routine_text.total_text(plan)
        else:
            total = routine_text.summary_total_text(self.library.listed[key],
                                                    self.settings.prepare_override_s)
        item.setData(TOTAL_ROLE, total)
        item.setData(Qt.ItemDataRole.AccessibleTextRole,
                     f"{item.text()}, {item.data(ORIGIN_ROLE)}, {total}")

    def refresh_totals(self) -> None:
        """Recompute every total (the get-ready time changed in the settings)."""
        self.details.prepare_s = self.settings.prepare_override_s
        for row in range(self.list.count()):
            item = self.list.item(row)
            if str(item.data(KEY_ROLE)) in self.library.listed:
                self._update_total(item)
        self._on_current_changed(self.list.currentItem(), None)

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
        query, tag = self._filter()
        started = time.perf_counter()
        shown: list[QListWidgetItem] = []
        # A few entries at a time, so listing them and adding their rows stay in budget.
        while True:
            found = scan.step(LOAD_STEP_BUDGET_S, limit=LOAD_STEP_ROWS)
            for each in found:
                key = self.library.add(each)
                if key.startswith(BROKEN_PREFIX):
                    item = self._add_broken_row(int(key.removeprefix(BROKEN_PREFIX)))
                else:
                    item = self._add_routine_row(self.library.listed[key])
                visible = self._shown(key, query, tag)
                item.setHidden(not visible)
                if visible:
                    shown.append(item)
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
            self.progress_label.setText(
                f"Loading your routines: {scan.done:,} of {scan.total:,}")
            self.progress_label.show()
        if shown:  # only what the new rows change: a pass over every row would cost n^2
            self.empty_label.hide()
            current = self.list.currentItem()
            if current is None or current.isHidden():
                self.list.setCurrentItem(shown[0])
            self._after_rows_shown()
        elif scan.finished and self._nothing_shown:
            self._show_nothing()  # no longer "still loading"

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._scan is not None and self._painted:
            self._load_timer.start()
        if self._relist is not None:
            self._relist_timer.start()

    def _item(self, key: str) -> QListWidgetItem | None:
        return self._items.get(key)

    def select(self, key: str) -> bool:
        """Select the routine with id ``key`` (or ``broken:N``); False if it is not listed."""
        item = self._item(key)
        if item is None:
            return False
        if item.isHidden():
            self.search.clear()
            self.tag_filter.setCurrentIndex(0)
        self.list.setCurrentItem(item)
        return True

    def visible_keys(self) -> list[str]:
        return [str(self.list.item(row).data(KEY_ROLE)) for row in range(self.list.count())
                if not self.list.item(row).isHidden()]

    def _filter(self) -> tuple[str, str | None]:
        return self.search.text(), str(self.tag_filter.currentData() or "") or None

    def _shown(self, key: str, query: str, tag: str | None) -> bool:
        if key.startswith(BROKEN_PREFIX):
            error = self.library.broken[int(key.removeprefix(BROKEN_PREFIX))]
            return tag is None and routine_text.broken_matches(error, query)
        return routine_text.summary_matches(self.library.listed[key], query, tag)

    def apply_filter(self) -> None:
        query, tag = self._filter()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(not self._shown(str(item.data(KEY_ROLE)), query, tag))
        self._after_filter()

    def _after_filter(self) -> None:
        """The empty-search notice, a visible selection and the start button, after rows
        were shown, hidden or added."""
        visible = self.visible_keys()
        self.empty_label.setVisible(not visible)
        current = self.list.currentItem()
        if visible and (current is None or current.isHidden()):
            first = self._item(visible[0])
            if first is not None:
                self.list.setCurrentItem(first)
        if not visible:
            self._show_nothing()
        else:
            self._after_rows_shown()

    def _after_rows_shown(self) -> None:
        """Rows are visible again: the details show the selection, not "nothing"."""
        if self._nothing_shown:
            self._nothing_shown = False
            self._on_current_changed(self.list.currentItem(), None)
        else:
            self._update_start_button()

    def _show_nothing(self) -> None:
        """No row is visible: the details and the hint say there is nothing to start, and
        what would bring rows back."""
        self._nothing_shown = True
        query, tag = self._filter()
        if query and tag:
            found = f"No routine tagged {self.tag_filter.currentText()} matches “{query}”."
        elif query:
            found = f"No routine matches “{query}”."
        elif tag:
            found = f"No routine is tagged {self.tag_filter.currentText()}."
        else:
            found = "There are no routines."
        ways = []
        if query:
            ways.append(f"{key_name(Action.ESCAPE)} clears the search")
        if tag:
            ways.append("“All tags” in the tag filter shows every tag")
        loading = " Your own routines are still being listed." if self.loading else ""
        text = f"{found}{loading} {'; '.join(ways).capitalize()}." if ways else found + loading
        self.details.show_nothing("Nothing to start", text.strip())
        self._update_start_button()

    # -- the selection --------------------------------------------------------------------

    def current_key(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(KEY_ROLE))

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

    def _on_current_changed(self, current: QListWidgetItem | None,
                            _previous: QListWidgetItem | None) -> None:
        key = None if current is None else str(current.data(KEY_ROLE))
        if key is None or current is None or current.isHidden():
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
        self._update_start_button()

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
        help_text = f"{key_name(Action.HELP)} shows every shortcut"
        key = self.current_key()
        if startable:
            hint = (f"{key_name(Action.ENTER)} or {key_name(Action.TOGGLE)} starts · "
                    f"{help_text}")
        elif key is None:
            hint = " · ".join(["Nothing to start",
                               *([f"{key_name(Action.ESCAPE)} clears the search"]
                                 if self.search.text() else []),
                               help_text])
        else:
            hint = f"This file cannot be loaded: nothing to start until it is fixed · {help_text}"
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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and not self._painted
                and watched is self.list.viewport()):
            self._painted = True  # the window is on screen: now list the user folder
            if self._scan is not None:
                self._load_timer.start()
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
            self.show_notice("No folder for your own routines is in use.")
            return False
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.show_notice(f"Could not make your routines folder {folder}: "
                             f"{error.strerror or error}.")
            return False
        self._watch_folder()
        if not self.open_url(QUrl.fromLocalFile(str(folder))):
            self.show_notice(f"Could not open a file manager. Your routines folder is {folder}")
            return False
        self.show_notice(f"Your routines folder: {folder}. Put routine files (.yaml) there; "
                         "the list follows added, changed and removed files by itself.")
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
        self.list.blockSignals(True)  # the selection is put right below, once
        try:
            for key in broken_keys:
                self._remove_row(key)
            changed = [key for key in before if after.get(key) != before[key]]
            for key in changed:
                self._remove_row(key)
                self._values.pop(key, None)
            for key in set(before) | set(after):
                self._failed.pop(key, None)  # read again when selected
            query, tag = self._filter()
            added = [self._add_routine_row(after[key]) for key in after
                     if key not in before or key in changed]
            added += [self._add_broken_row(number)
                      for number in range(library.builtin_broken, len(library.broken))]
            for item in added:
                item.setHidden(not self._shown(str(item.data(KEY_ROLE)), query, tag))
        finally:
            self.list.blockSignals(False)
        kept_item = self._item(current) if current is not None else None
        kept = kept_item is not None
        if kept_item is not None:
            self.list.setCurrentItem(kept_item)
        self._after_filter()
        shown = self.list.currentItem()
        same = kept and current in before and current not in changed
        if shown is not None and not shown.isHidden() and not same:
            self._on_current_changed(shown, None)  # its file changed, or another row is it
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
        row = self.list.row(self._items[key])
        self._remove_row(key)
        self.library.listed.pop(key, None)
        self.library.routines.pop(key, None)
        self._values.pop(key, None)
        self._failed.pop(key, None)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
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
