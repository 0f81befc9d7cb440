"""The main window: picker, workout, summary and history pages, and every keyboard shortcut.

The window owns the session of the workout under way and the :class:`SessionDriver` that wakes
it; the pages only draw what :mod:`leg_timer.present.display` works out. Everything that would make
a test wait or block is passed in: the clock, the sleep clock, the question asked before
stopping or quitting (``confirm``), and the screen-saver inhibitor (``keep_awake``). The window
binds the shortcuts, asks :mod:`leg_timer.present.keymap` what a key means on the page in view,
and carries that intent out. :meth:`MainWindow.launch` carries out a
:class:`~leg_timer.launch.LaunchRequest`, from this process's command line or a second start.

The menu bar (File, Routine, View; hidden during a workout) and the routine rows' context menu
offer the same intents as the keys (:mod:`leg_timer.ui.menu_bar`); what is done with routine
files (the editor, import, delete and undo, open, save a copy) is
:class:`~leg_timer.ui.routine_actions.RoutineActions`'. Files dropped on the window are
imported, as File > Import does.

Signals:
    session_ended(str): "finished" or "stopped", once the summary shows.
    muted_changed(bool): M was pressed; the cue player listens.
    driver_started(object): a new workout's SessionDriver, just before it starts.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from leg_timer.audio.cue_output import CueOutput
from leg_timer.core.errors import RoutineError
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.session import Event, EventKind, Session, State
from leg_timer.core.translation import translate
from leg_timer.desktop.clocks import Clock, monotonic
from leg_timer.history.records import SessionRecord
from leg_timer.history.store import HistoryStore
from leg_timer.languages import current_language
from leg_timer.launch import LaunchRequest, UsageError, plan_for
from leg_timer.library import Library
from leg_timer.metadata import metadata
from leg_timer.present import display
from leg_timer.present import mini_timer as mini_words
from leg_timer.present.keymap import Intent, KeyContext, intent_for
from leg_timer.present.shortcuts import (
    ADJUST_STEP_S,
    SHORTCUTS,
    Action,
    Page,
    Shortcut,
    key_name,
)
from leg_timer.ui.access import interfaces as accessible
from leg_timer.ui.access.announcer import Announcer
from leg_timer.ui.access.focus_ring import FocusRing
from leg_timer.ui.access.reader_keys import reader_keys
from leg_timer.ui.driver import SessionDriver
from leg_timer.ui.history_recorder import HistoryRecorder
from leg_timer.ui.i18n import bind, plural
from leg_timer.ui.key_routing import FocusForwarder
from leg_timer.ui.language import LanguageSwitch
from leg_timer.ui.menu_bar import WindowMenus
from leg_timer.ui.pages import history_records
from leg_timer.ui.pages.picker import PickerPage
from leg_timer.ui.questions import (
    QUIT_QUESTION,
    RESTART_QUESTION,
    STOP_QUESTION,
    Confirm,
    Question,
    ask_in_message_box,
)
from leg_timer.ui.routine_actions import RoutineActions
from leg_timer.ui.settings import (
    AFTER_SLEEP,
    ANNOUNCE_LAST_SECONDS,
    PAUSE_ON_LOCK,
    STATUS_NOTICES,
    AppSettings,
)
from leg_timer.ui.theme import apply_theme

if TYPE_CHECKING:
    from leg_timer.desktop.sleep_watch import SleepWatch
    from leg_timer.ui.outside.mini_timer import MiniTimer
    from leg_timer.ui.outside.reminders import ReminderScheduler  # loads QtDBus: not yet
    from leg_timer.ui.pages.countdown_view import CountdownView
    from leg_timer.ui.pages.history_view import HistoryView
    from leg_timer.ui.pages.jump_list import JumpList
    from leg_timer.ui.pages.overlay import ShortcutOverlay
    from leg_timer.ui.pages.settings_dialog import SettingsDialog
    from leg_timer.ui.pages.summary_view import SummaryView

log = logging.getLogger(__name__)

MINIMUM_SIZE = (480, 360)
DEFAULT_SIZE = (1024, 720)


def slept_notice() -> str:
    return translate("MainWindow", "Paused: the computer slept. Press {key} to carry on."
                     ).format(key=key_name(Action.TOGGLE))


def locked_notice() -> str:
    return translate("MainWindow", "Paused: the screen locked. Press {key} to carry on."
                     ).format(key=key_name(Action.TOGGLE))


# In English (the source language, no translator is installed at import): for the tests.
SLEPT_NOTICE = slept_notice()
LOCKED_NOTICE = locked_notice()
_REPEATING = {Action.ADD_TIME, Action.REMOVE_TIME}  # holding + keeps adding time


class Inhibitor(Protocol):
    """Keeps the screen awake (leg_timer.desktop.keep_awake.KeepAwake, or a test double)."""

    def inhibit(self, reason: str) -> None: ...

    def release(self) -> None: ...


class MainWindow(QMainWindow):
    session_ended = Signal(str)
    muted_changed = Signal(bool)
    # A new workout's SessionDriver, before it starts: the tray, notifications and media keys
    # (ui/outside/workout_outside.py) follow its events from the first one.
    driver_started = Signal(object)

    def __init__(self, library: Library, settings: AppSettings, *, clock: Clock = monotonic,
                 sleep_clock: Clock | None = None, confirm: Confirm | None = None,
                 keep_awake: Inhibitor | None = None, cues: CueOutput | None = None,
                 log_file: Path | None = None, history: HistoryStore | None = None,
                 languages: LanguageSwitch | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The translators (the app applies the setting before the library loads; tests: none).
        self.languages = languages if languages is not None else LanguageSwitch(self)
        self.log_file = log_file  # shown in the settings dialog, for bug reports
        # The workout history (in memory unless given) and what records each session in it.
        self.history = history if history is not None else HistoryStore.in_memory()
        self.history_recorder = HistoryRecorder(self.history, parent=self)
        self.history_recorder.problem.connect(self.show_message)
        self.library = library
        self.settings = settings
        self.app_name = metadata().display_name
        self.confirm: Confirm = confirm or self.ask
        self.driver: SessionDriver | None = None
        self._clock = clock
        self._sleep_clock = sleep_clock
        self._keep_awake = keep_awake
        self._inhibited = False
        # Sleep and screen lock (set after the first paint, see set_sleep_watch), and whether
        # the workout was running until the machine slept or the screen locked: only such a
        # workout may resume by itself (AFTER_SLEEP), never one the person paused.
        self.sleep_watch: SleepWatch | None = None
        self._paused_away = False
        self._was_maximized = False
        # Sound, voice and flash for the session's cues; without one given (tests), a silent
        # one: no player is loaded, so only the flash and the indicators work.
        self.cues = cues or CueOutput(preferences=settings.cue_preferences, parent=self)
        self.cues.flash.connect(self._on_cue_flash)
        self.cues.notice.connect(self.show_message)
        self.cues.changed.connect(self._on_cues_changed)
        self.settings_dialog: SettingsDialog | None = None  # made on first Ctrl+,
        # The practice reminders (ui/outside/reminders.py), given by the app after the first
        # paint (see set_reminders); None in tests that do not need them.
        self.reminders: ReminderScheduler | None = None
        self._keys = FocusForwarder(self, self._on_stray_key)

        self.picker = PickerPage(library, settings)
        self.picker.start_requested.connect(self.start_plan)
        # The workout and summary pages: made (and their modules imported) just after the first
        # paint, or earlier when wanted first (see countdown); no first paint shows them.
        self._countdown: CountdownView | None = None
        self._summary: SummaryView | None = None
        # On the next turn of the event loop, not while the person waits: made while a
        # workout starts or ends, a page's labels would all tell a screen reader their names
        # at once, amid the workout's announcements.
        self.picker.list.painted.connect(
            lambda: QTimer.singleShot(0, self, self._make_workout_pages))
        # The history page (H); ``today`` is the local day it is drawn for (tests fix it).
        self.today: Callable[[], date] = date.today
        # Made, and its module imported, the first time it is wanted (see history_page).
        self._history_page: HistoryView | None = None
        # The sessions the picker's advice reads, kept between selections (read again after
        # a workout, a deletion or an undo): the arrows in the list never wait for the disk.
        self._records: list[SessionRecord] | None = None
        self._history_from = Page.PICKER  # where Esc on the history page goes back to
        self._title_before_history = ""
        self.picker.history_requested.connect(self.show_history)
        self.picker.current_changed.connect(self._update_advice)
        self.stack = QStackedWidget()
        bind(self.stack, self.stack.setAccessibleName, lambda: translate("Accessible", "Pages"))
        self._pages: dict[Page, QWidget] = {}  # the other pages once made (_add_page)
        self.stack.addWidget(self.picker)
        self._pages[Page.PICKER] = self.picker
        self.setCentralWidget(self.stack)
        self._overlay: ShortcutOverlay | None = None  # the ? overlay, made on first use
        # What a screen reader hears (docs/accessibility.md).
        accessible.install()
        self.announcer = Announcer(
            self, last_seconds=lambda: settings.get(ANNOUNCE_LAST_SECONDS),
            notices=lambda: settings.get(STATUS_NOTICES))
        self.driver_started.connect(self.announcer.follow)
        self.focus_ring = FocusRing(self)
        accessible.hide_decorations(self)
        accessible.label_combo_boxes(self)
        self.routine_actions = RoutineActions(
            self.picker, confirm=lambda question: self.confirm(question),
            run_file=self.open_routine_file, to_picker=self._to_picker, parent=self)
        self.menus = WindowMenus(self.menuBar(), self.carry_out)
        self.routine_actions.undo_changed.connect(
            lambda: self.menus.show_for(self.page(), can_undo=bool(self.routine_actions.deleted)))
        # Right-click on a row (the list's viewport, see RoutineList) or the menu key (the
        # list's own event): the Routine menu.
        self.picker.list.on_context_menu = self._on_rows_context_menu
        self.picker.list.installEventFilter(self)
        self.setAcceptDrops(True)  # dropped routine files are imported

        self._shortcuts: list[tuple[frozenset[Page], QShortcut]] = []
        for spec in SHORTCUTS:
            for key in spec.keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setAutoRepeat(spec.action in _REPEATING)
                shortcut.activated.connect(partial(self.trigger, spec.action))
                self._shortcuts.append((spec.pages, shortcut))

        self.setMinimumSize(*MINIMUM_SIZE)
        geometry = settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*DEFAULT_SIZE)
        if settings.notice:
            self.picker.show_notice(settings.notice)
        settings.on_problem = self.show_message  # a save that fails, said once
        self.show_picker()
        if self.history.problem:  # said once, on the picker
            self.picker.show_notice(self.history.problem)

    # -- state the tests and the app read --------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self.driver.session if self.driver is not None else None

    def page(self) -> Page:
        widget = self.stack.currentWidget()
        return next(page for page, each in self._pages.items() if each is widget)

    @property
    def muted(self) -> bool:
        return self.cues.preferences.muted

    @property
    def focus_mode(self) -> bool:
        return self._countdown is not None and self._countdown.focus_mode

    # -- pages ---------------------------------------------------------------------------

    def _page_widget(self, page: Page) -> QWidget:
        """The widget of ``page``, made now if it is one made on first use."""
        if page is Page.WORKOUT:
            return self.countdown
        if page is Page.SUMMARY:
            return self.summary
        if page is Page.HISTORY:
            return self.history_page
        return self.picker

    def _show_page(self, page: Page) -> None:
        self.stack.setCurrentWidget(self._page_widget(page))
        for pages, shortcut in self._shortcuts:
            shortcut.setEnabled(page in pages)
        self.menus.show_for(page, can_undo=bool(self.routine_actions.deleted))

    def _to_picker(self) -> None:
        """The picker, where saved and imported routines are shown (from any other page)."""
        if self.page() is not Page.PICKER:
            self.show_picker()

    def show_picker(self) -> None:
        self.set_focus_mode(False)
        self._dispose_driver()
        self._show_page(Page.PICKER)
        self.setWindowTitle(self.app_name)
        self.picker.list.setFocus()
        self._records = None  # a workout may have ended since
        self._update_advice()
        self._update_mini_timer()

    def _add_page(self, kind: Page, page: QWidget) -> None:
        """Put a page made on first use in the stack, ready for a screen reader as the
        picker was when the window was made."""
        self._pages[kind] = page
        self.stack.addWidget(page)
        accessible.hide_decorations(page)
        accessible.label_combo_boxes(page)

    def _make_workout_pages(self) -> None:
        for page in (Page.WORKOUT, Page.SUMMARY):
            self._page_widget(page)  # made now unless made already

    @property
    def countdown(self) -> CountdownView:
        """The workout page, made after the first paint or when first wanted: it and its
        modules took 15-20 ms of the start-up for a page no first paint shows
        (docs/performance.md, start-up)."""
        if self._countdown is None:
            from leg_timer.ui.pages.countdown_view import CountdownView

            countdown = CountdownView()
            countdown.double_clicked.connect(self.toggle_focus_mode)
            self._countdown = countdown
            self._add_page(Page.WORKOUT, countdown)
            self.announcer.read_status_of(countdown)
            self._on_cues_changed()  # the sound badge
        return self._countdown

    @property
    def summary(self) -> SummaryView:
        """The page shown when a workout ends, made as the countdown is."""
        if self._summary is None:
            from leg_timer.ui.pages.summary_view import SummaryView

            summary = SummaryView()
            summary.back_requested.connect(self.show_picker)
            summary.repeat_requested.connect(self.repeat)
            self._summary = summary
            self._add_page(Page.SUMMARY, summary)
        return self._summary

    @property
    def history_page(self) -> HistoryView:
        """The history page (H), made on first use: not needed for the first paint
        (docs/performance.md, start-up)."""
        if self._history_page is None:
            from leg_timer.ui.pages.history_view import HistoryView

            page = HistoryView()
            page.name_of = self._routine_name
            page.back_requested.connect(self.close_history)
            page.changed.connect(self._on_history_changed)
            self._history_page = page
            self._add_page(Page.HISTORY, page)
        return self._history_page

    def show_history(self) -> None:
        """H: the history page, read afresh; Esc goes back to the page it came from."""
        if self.page() is not Page.HISTORY:
            self._history_from = self.page()
            self._title_before_history = self.windowTitle()
        self._hide_overlay()
        self.history_page.show_history(self.history, self.today())
        self._show_page(Page.HISTORY)
        self.setWindowTitle(self._history_title())
        self.history_page.list.setFocus()

    def _routine_name(self, routine_id: str) -> str | None:
        """A routine's name in the chosen language, or None when the library has it not."""
        summary = self.library.listed.get(routine_id)
        return summary.name if summary is not None else None

    def _history_title(self) -> str:
        return self.tr("History · {app}").format(app=self.app_name)

    def close_history(self) -> None:
        if self._history_from is Page.SUMMARY and self.session is not None:
            self._show_page(Page.SUMMARY)
            self.setWindowTitle(self._title_before_history)
            self.summary.setFocus()
        else:
            self.show_picker()

    def _on_history_changed(self) -> None:
        self._records = None
        self._update_advice()

    def _update_advice(self) -> None:
        """The selected routine's practice advice, under its total in the picker."""
        routine = self.picker.current_routine()
        if routine is not None and self._records is None:
            self._records = history_records.load_records(self.history) or []
        try:
            text = "" if routine is None else history_records.advice_for(
                routine, self._records or [], self.today())
        except Exception:  # advice is a nicety: never let it break the picker
            log.exception("could not work out the practice advice")
            text = ""
        self.picker.details.set_advice(text)

    def start_plan(self, plan: Plan) -> None:
        """Start a workout of ``plan`` now, on the workout page, with the person's own
        get-ready and countdown times (settings) in place of the routine's."""
        prefs = self.cues.preferences
        plan = build_plan(plan.routine, plan.values, prepare_s=self.settings.prepare_override_s,
                          countdown_s=prefs.countdown_s if prefs.ticks_enabled else None)
        self._dispose_driver()
        session = Session(plan, self._clock)
        driver = SessionDriver(session, self._clock, self._sleep_clock, parent=self)
        driver.changed.connect(self._on_changed)
        driver.session_event.connect(self._on_session_event)
        driver.slept.connect(self._on_slept)
        self.driver = driver
        self.cues.attach(driver)
        self.history_recorder.attach(driver)
        self.countdown.show_notice("")
        self._show_page(Page.WORKOUT)
        self.countdown.setFocus()
        self.driver_started.emit(driver)
        driver.command("start")

    def launch_forwarded(self, request: LaunchRequest, refusal: str = "") -> None:
        """A second start handed over ``request``: come to the front and carry it out, or
        show ``refusal``, the reason it was already given (see :meth:`refusal`)."""
        self.bring_to_front()
        if refusal:
            self.show_message(refusal)
        else:
            self.launch(request)

    def refusal(self, request: LaunchRequest) -> str:
        """Why ``request`` cannot be carried out now, in one line; "" when it can. Quick (a
        second start waits for it): finds the routine and plans it, nothing more."""
        return self._checked(request)[1]

    def _checked(self, request: LaunchRequest) -> tuple[Plan | None, str]:
        """The plan ``request`` starts (None for no routine) and why it cannot ("" if it can)."""
        if request.routine is None:
            return None, ""
        try:
            plan = plan_for(request, self.library)
        except (UsageError, RoutineError) as error:
            return None, self.tr("Could not start {routine}: {error}").format(
                routine=request.routine, error=error)
        session = self.session
        if session is not None and session.is_active:
            return None, self.tr("A workout is under way: stop it ({key}) before starting "
                                 "{routine}.").format(key=key_name(Action.ESCAPE),
                                                      routine=plan.routine.name)
        return plan, ""

    def launch(self, request: LaunchRequest) -> None:
        """Carry out ``request``: start its routine, if it names one, unless a workout is
        under way. A bad request is told on the page, never raised."""
        plan, refusal = self._checked(request)
        if refusal:
            self.show_message(refusal)
        if plan is None:
            return
        self.start_plan(plan)
        if request.fullscreen:
            self.set_focus_mode(True)

    def bring_to_front(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def show_message(self, text: str) -> None:
        """A one-line notice on the page in view (the workout's, else the picker's)."""
        view = self.countdown if self.page() is Page.WORKOUT else self.picker
        view.show_notice(text)

    def repeat(self) -> None:
        session = self.session
        if session is not None:
            self.start_plan(session.plan)

    def _dispose_driver(self) -> None:
        if self.driver is None:
            return
        self.cues.detach()
        self.history_recorder.detach()
        self._release()
        self.driver.stop_timer()
        self.driver.changed.disconnect(self._on_changed)
        self.driver.session_event.disconnect(self._on_session_event)
        self.driver.slept.disconnect(self._on_slept)
        self.driver.deleteLater()
        self.driver = None
        self._paused_away = False

    # -- the session ---------------------------------------------------------------------

    def _on_changed(self) -> None:
        session = self.session
        if session is None or not session.is_active or self.page() is not Page.WORKOUT:
            if self._jump_list is not None:
                self._jump_list.close_list()  # nothing left to jump in
            return
        self.countdown.set_guide_available(display.has_guide(session))
        shown = display.countdown(session, self.app_name)
        self.countdown.show_display(shown)
        if not self.overlay_open:
            # The title is the frame's accessible name: changed every second under the
            # overlay, the screen reader read it out every second.
            self.setWindowTitle(shown.title)
        if self._mini_timer is not None and self._mini_timer.isVisible():
            self._mini_timer.show_display(mini_words.for_countdown(shown))

    # -- the jump list (G or Ctrl+G) -------------------------------------------------------

    _jump_list: JumpList | None = None  # made on first use

    @property
    def jump_list(self) -> JumpList:
        if self._jump_list is None:
            # Imported here: not needed before the first paint (docs/performance.md).
            from leg_timer.ui.pages.jump_list import JumpList

            self._jump_list = JumpList(self)
            self._jump_list.jump_requested.connect(self.jump_to)
        return self._jump_list

    def open_jump_list(self) -> None:
        """Every exercise of the running routine; the workout runs on behind the list."""
        session = self.session
        if session is None or not session.is_active:
            return
        self._hide_overlay()
        self.jump_list.open_with(display.jump_entries(session))

    def jump_to(self, index: int) -> None:
        """Go to segment ``index`` of the running plan, from its start."""
        self.command("jump_to", index)
        self.countdown.setFocus()

    # -- practice reminders (Ctrl+R, and their notifications' "Start now") ----------------

    def set_reminders(self, scheduler: ReminderScheduler) -> None:
        """Follow ``scheduler``: its "Start now" opens the routine here; its problems are
        said on the page."""
        self.reminders = scheduler
        scheduler.open_requested.connect(self.open_reminded)
        scheduler.problem.connect(self.show_message)
        if scheduler.notice:
            self.show_message(scheduler.notice)

    def edit_reminders(self) -> None:
        """Ctrl+R in the list: the selected routine's reminder dialog."""
        routine = self.picker.current_routine()
        key = self.picker.current_key()
        if routine is None or key is None:
            return
        if self.reminders is None:
            self.show_message(self.tr("Reminders are not available in this window."))
            return
        # Imported on first use: its widgets are not needed for the first paint.
        from leg_timer.ui.outside.reminder_dialog import open_for

        open_for(self, self.reminders, key, routine)

    def open_reminded(self, key: str) -> None:
        """A reminder's "Start now": this window to the front with the routine selected in
        the list, ready for Space or Enter (never started unseen, see
        :mod:`leg_timer.ui.outside.reminders`); during a workout, only to the front."""
        self.show_full_window()
        session = self.session
        if session is not None and session.is_active:
            self.show_message(
                self.tr("A reminder came during a workout: finish this one first."))
            return
        if self.page() is not Page.PICKER:
            self.show_picker()
        if self.picker.select(key):
            self.picker.list.setFocus()
        else:
            self.show_message(self.tr("The routine {routine} of a reminder is no longer in the "
                                      "list.").format(routine=key))

    def open_routines_folder(self) -> None:
        """Ctrl+Shift+O on the picker: the user's routines folder in the file manager."""
        opener = getattr(self.picker, "open_routines_folder", None)
        if callable(opener):  # the picker's own (added with the same issue)
            opener()

    def open_routine_file(self, path: Path) -> None:
        """File > Open: run the routine file ``path`` as ``leg-timer run FILE`` does, without
        adding it to the person's routines. A file with problems shows every one of them (as
        ``leg-timer validate`` prints them)."""
        session = self.session
        if session is not None and session.is_active:
            self.show_message(self.tr("A workout is under way: stop it ({key}) before opening "
                                      "{file}.").format(key=key_name(Action.ESCAPE),
                                                        file=path.name))
            return
        try:
            plan = plan_for(LaunchRequest(routine=str(path.resolve())), self.library)
        except RoutineError as error:
            self.routine_actions.inform(
                self.tr("{file} cannot be run").format(file=path.name),
                plural(self.tr("%n problem(s) to fix first:", "", len(error.problems)),
                       len(error.problems)) + f"\n\n{error}")
            return
        except UsageError as error:
            self.routine_actions.inform(self.tr("{file} cannot be run").format(file=path.name),
                                        str(error))
            return
        self.start_plan(plan)

    # -- the routine menu and dropped files -------------------------------------------------

    def show_routine_menu(self, at: QPoint | None = None) -> QMenu:
        """The Routine menu over the list: at ``at`` (the viewport's point), else by the
        selected row (the menu key)."""
        routines = self.picker.list
        if at is None:
            current = self.picker.current_key()
            at = self.picker.row_rect(current).center() if current is not None else QPoint()
        else:
            under = self.picker.key_at(at)
            if under is not None:
                self.picker.select(under)
        menu = self.menus.routine_menu
        menu.popup(routines.viewport().mapToGlobal(at))
        return menu

    def _on_rows_context_menu(self, event: QContextMenuEvent) -> bool:
        """A right-click on the rows: the Routine menu where it was clicked, selecting the
        row there, if any."""
        by_mouse = event.reason() == QContextMenuEvent.Reason.Mouse
        self.show_routine_menu(event.pos() if by_mouse else None)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and reader_keys().leaves(event):
            return True  # the list's KP_Enter would start the routine: the screen reader's
        if (event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)
                and watched is self.picker.list):
            self.show_routine_menu()  # the menu key: by the selected row
            return True
        return super().eventFilter(watched, event)

    def _dropped_files(self, data: QMimeData) -> list[Path]:
        """The local files being dropped (none during a workout: its screen takes nothing)."""
        if self.page() is Page.WORKOUT or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._dropped_files(event.mimeData())
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        # After the drop has ended: the import may ask or report in a dialog, which must not
        # run inside the drag-and-drop exchange with the other application.
        QTimer.singleShot(0, lambda: self.routine_actions.import_paths(files))

    def _on_session_event(self, event: Event) -> None:
        kind = event.kind
        if kind in (EventKind.SESSION_STARTED, EventKind.RESUMED):
            self._paused_away = False  # running again, whoever resumed it
            self._inhibit()
            if kind is EventKind.RESUMED:
                self.countdown.show_notice("")
        elif kind is EventKind.PAUSED:
            self._release()
        elif kind in (EventKind.SESSION_FINISHED, EventKind.SESSION_STOPPED):
            self._release()
            session = self.session
            assert session is not None
            self._show_summary_of(session, kind is EventKind.SESSION_FINISHED)
            self._show_page(Page.SUMMARY)
            self._update_mini_timer()
            self.session_ended.emit("finished" if kind is EventKind.SESSION_FINISHED
                                    else "stopped")

    def _show_summary_of(self, session: Session, finished: bool) -> None:
        """The summary page's words for ``session`` (again after a language switch)."""
        summary = display.summary(session, self.app_name)
        self.summary.show_summary(summary)
        self.summary.finished = finished
        self.summary.set_counts(history_records.ended_counts_line(
            self.history, self.history_recorder.current_id, session, finished=finished))
        self.setWindowTitle(summary.title)

    def _on_slept(self, _asleep_s: float) -> None:
        """The driver found, after the fact, that the machine slept: it paused the workout."""
        self._paused_away = True
        self.countdown.show_notice(slept_notice())
        watch = self.sleep_watch
        if watch is None or not watch.listening_for_sleep:
            # No "woke" will come: finding the sleep is finding the person back. (Inside the
            # driver's check, which does nothing after this signal, so resuming here is safe.)
            self._on_back()

    # -- sleep and screen lock -------------------------------------------------------------

    def set_sleep_watch(self, watch: SleepWatch) -> None:
        """Follow ``watch`` (made after the first paint): pause a running workout before the
        machine sleeps (and when the screen locks, if chosen); resume it when the person is
        back if they chose so. Others (reminders) may follow ``sleep_watch.woke`` too."""
        self.sleep_watch = watch
        watch.about_to_sleep.connect(self._on_about_to_sleep)
        watch.locked.connect(self._on_locked)
        watch.woke.connect(self._on_back)
        watch.unlocked.connect(self._on_back)

    def _pause_for_away(self, notice: str) -> None:
        session = self.session
        running = session is not None and session.state is State.RUNNING
        if session is None or not running:
            return  # idle, over, or paused by the person: theirs to resume
        self.command("pause")
        if self.session is session and session.state is State.PAUSED:
            self._paused_away = True
            self.countdown.show_notice(notice)

    def _on_about_to_sleep(self) -> None:
        self._pause_for_away(slept_notice())

    def _on_locked(self) -> None:
        if self.settings.get(PAUSE_ON_LOCK):
            self._pause_for_away(locked_notice())

    def _on_back(self) -> None:
        """The machine woke or the screen unlocked: resume what sleep or a lock paused, if the
        person chose "resume when I come back" and the screen is unlocked."""
        if self.driver is not None:
            # The driver's own check first: a workout the machine slept through before any
            # signal arrived is paused at its last instant awake (and marked, by _on_slept).
            self.driver.poke()
        watch = self.sleep_watch
        if not self._paused_away or (watch is not None and watch.screen_locked):
            return  # back means awake and unlocked: the unlock calls again
        if self.settings.get(AFTER_SLEEP) != "resume":
            return
        self._paused_away = False
        session = self.session
        if session is not None and session.state is State.PAUSED:
            self.command("resume")

    def command(self, name: str, *args: float) -> None:
        if self.driver is not None:
            self.driver.command(name, *args)

    def request_stop(self) -> None:
        """Esc in a workout: stop, asking first while it runs (paused while asked)."""
        session = self.session
        if session is None or not session.is_active:
            return
        if session.state is State.RUNNING and not self.confirm_paused(STOP_QUESTION):
            return
        self.command("stop")

    def request_restart(self) -> None:
        """R in a workout: the routine again from the beginning, asking first."""
        session = self.session
        if session is None or not session.is_active:
            return
        if self.confirm_paused(RESTART_QUESTION):
            self.command("restart")

    def confirm_paused(self, question: Question) -> bool:
        """Ask ``question`` with the workout paused while it is open: the clock never runs
        behind a question. On "no" a workout that was running resumes exactly where it was
        (the pause is taken off every time after it); one that was paused stays paused."""
        session = self.session
        was_running = session is not None and session.state is State.RUNNING
        if was_running:
            self.command("pause")
        answer = self.confirm(question)
        if not answer and was_running and session is not None and session is self.session \
                and session.state is State.PAUSED:
            self.command("resume")
        return answer

    # -- keep awake ----------------------------------------------------------------------

    def set_keep_awake(self, inhibitor: Inhibitor | None) -> None:
        """Install the inhibitor (loaded after the first paint); applies to a running session."""
        self._release()
        self._keep_awake = inhibitor
        session = self.session
        if session is not None and session.state is State.RUNNING:
            self._inhibit()

    def _inhibit(self) -> None:
        if self._keep_awake is None or self._inhibited:
            return
        try:
            self._keep_awake.inhibit("A workout is running")
        except Exception:  # a broken platform hook must never stop a workout
            log.exception("could not keep the screen awake")
            return
        self._inhibited = True

    def _release(self) -> None:
        if self._keep_awake is None or not self._inhibited:
            return
        self._inhibited = False
        try:
            self._keep_awake.release()
        except Exception:
            log.exception("could not let the screen sleep again")

    # -- keys ----------------------------------------------------------------------------

    def trigger(self, action: Action) -> None:
        """Do what the shortcut for ``action`` does here and now."""
        session = self.session
        context = KeyContext(
            page=self.page(), overlay_open=self.overlay_open,
            full_screen=self.focus_mode or self.isFullScreen(),
            searching=bool(self.picker.search.text()),
            manual_set=session is not None and session.is_active and session.segment.is_manual,
            jump_list_open=self._jump_list is not None and self._jump_list.isVisible())
        intent = intent_for(action, context)
        if intent is not None:
            self.carry_out(intent)

    def carry_out(self, intent: Intent) -> None:
        """Do ``intent`` (what a key asked for, see :mod:`leg_timer.present.keymap`)."""
        step_s = float(ADJUST_STEP_S)
        handlers: dict[Intent, Callable[[], object]] = {
            Intent.TOGGLE_SHORTCUTS: self.toggle_overlay,
            Intent.HIDE_SHORTCUTS: self._hide_overlay,
            Intent.QUIT: self.close,
            Intent.TOGGLE_MUTE: lambda: self.set_muted(not self.muted),
            Intent.OPEN_SETTINGS: self.open_settings,
            Intent.LEAVE_FULL_SCREEN: self.leave_full_screen,
            Intent.START_SELECTED: self.picker.request_start,
            Intent.FOCUS_SEARCH: self.picker.focus_search,
            Intent.CLEAR_SEARCH: self.picker.search.clear,
            Intent.TOGGLE_PAUSE: lambda: self.command("toggle"),
            Intent.MARK_DONE: lambda: self.command("done"),
            Intent.NEXT: lambda: self.command("next"),
            Intent.PREVIOUS: lambda: self.command("previous"),
            Intent.RESTART: self.request_restart,
            Intent.ADD_TIME: lambda: self.command("add_time", step_s),
            Intent.REMOVE_TIME: lambda: self.command("add_time", -step_s),
            Intent.STOP: self.request_stop,
            Intent.TOGGLE_FOCUS_MODE: self.toggle_focus_mode,
            Intent.BACK_TO_LIST: self.show_picker,
            Intent.REPEAT: self.repeat,
            Intent.TOGGLE_GUIDE: lambda: self.countdown.toggle_guide(),
            Intent.OPEN_JUMP_LIST: self.open_jump_list,
            Intent.CLOSE_JUMP_LIST: lambda: self.jump_list.close_list(),
            Intent.JUMP_TO_SELECTED: lambda: self.jump_list.accept_selected(),
            Intent.OPEN_ROUTINES_FOLDER: self.open_routines_folder,
            Intent.OPEN_HISTORY: self.show_history,
            Intent.CLOSE_HISTORY: self.close_history,
            Intent.NEW_ROUTINE: self.routine_actions.new_routine,
            Intent.OPEN_ROUTINE_FILE: self.routine_actions.open_chosen,
            Intent.IMPORT_ROUTINES: self.routine_actions.import_chosen,
            Intent.SAVE_COPY: self.routine_actions.save_copy,
            Intent.EDIT_SELECTED: self.routine_actions.edit_selected,
            Intent.DUPLICATE_SELECTED: self.routine_actions.duplicate_selected,
            Intent.DELETE_SELECTED: self.routine_actions.delete_selected,
            Intent.UNDO_DELETE: self.routine_actions.undo_delete,
            Intent.TOGGLE_MINI_TIMER: self.toggle_mini_timer,
            Intent.EDIT_REMINDERS: self.edit_reminders,
        }
        handlers[intent]()

    def event(self, event: QEvent) -> bool:
        # The type comes first: every event passes here, some before __init__ makes the router.
        if event.type() == QEvent.Type.ShortcutOverride and reader_keys().leaves(event):
            event.accept()  # no shortcut: the key press goes to the screen reader first
            return True
        if (event.type() == QEvent.Type.ShortcutOverride
                and self._keys.offer_shortcut_to_focus(event)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if reader_keys().leaves(event):
            return  # the screen reader's key, given back: nothing to do with it
        self._keys.key_press(event)

    def _on_stray_key(self, event: QKeyEvent) -> None:
        if self.page() is Page.PICKER:
            self.picker.type_into_search(event)  # typing anywhere on the picker searches

    def leave_full_screen(self) -> None:
        """Esc in focus mode, or in a window made full screen some other way."""
        self.set_focus_mode(False)
        if self.isFullScreen():
            self.showNormal()

    @property
    def overlay(self) -> ShortcutOverlay:
        """The ? overlay of every shortcut, made on first use."""
        if self._overlay is None:
            # Imported here: not needed before the first paint (docs/performance.md).
            from leg_timer.ui.pages.overlay import ShortcutOverlay

            self._overlay = ShortcutOverlay(self)
        return self._overlay

    @property
    def overlay_open(self) -> bool:
        return self._overlay is not None and self._overlay.isVisible()

    def _hide_overlay(self) -> None:
        if self._overlay is not None:
            self._overlay.hide()

    def toggle_overlay(self) -> None:
        if self.overlay_open:
            self._hide_overlay()
        else:
            self.overlay.show_over_parent()

    def set_muted(self, muted: bool) -> None:
        self.cues.set_muted(muted)
        self.settings.cue_preferences = self.cues.preferences
        self._on_cues_changed()
        self.muted_changed.emit(muted)

    def _on_cues_changed(self) -> None:
        """The sound badge: MUTED, or NO SOUND when there is no audio device."""
        countdown = self._countdown
        if countdown is None:
            return  # set when the workout page is made
        if self.cues.preferences.muted:
            countdown.set_sound_badge(self.tr("MUTED"))
        elif self.cues.audio_reason and not self.cues.audio_available:
            countdown.set_sound_badge(self.tr("NO SOUND"))
        else:
            countdown.set_sound_badge("")

    def _on_cue_flash(self, _sound: str) -> None:
        # Heard cues need no flash; unheard ones (muted, no device) must still be seen.
        if not self.cues.audible:
            self.countdown.flash()
            if self._mini_timer is not None and self._mini_timer.isVisible():
                self._mini_timer.flash()

    def open_settings(self) -> None:
        """Ctrl+,: the settings dialog (changes apply at once)."""
        if self.settings_dialog is None:
            # Imported on first use: its widgets are not needed for the first paint.
            from leg_timer.ui.pages.settings_dialog import SettingsDialog

            dialog = SettingsDialog(self.cues, self.settings, self, log_file=self.log_file)
            dialog.prepare_changed.connect(lambda _value: self.picker.refresh_totals())
            dialog.theme_changed.connect(apply_theme)
            dialog.language_changed.connect(self.set_language)
            self.settings_dialog = dialog
        self.settings_dialog.show()
        self.settings_dialog.raise_()

    # -- the language (Settings, Language) ---------------------------------------------------

    def set_language(self, setting: str) -> None:
        """Show the language ``setting`` names ("" follows the system) at once: the
        translators are swapped, and every widget hears QEvent.LanguageChange."""
        language = current_language(setting)
        if language == self.languages.language:
            return
        # The routines' own words first (names, descriptions, exercises; no file is read):
        # installing the translators below re-words the pages at once, from the library.
        self.library.relocalise(language)
        self.languages.apply(setting)
        self.cues.set_language(language)  # the voice too (a voice of that language, or none)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._on_language_changed()

    def _on_language_changed(self) -> None:
        """Word again what the pages were given as text: menus, the page in view, the title."""
        self.menus.retranslate()
        self.picker.relocalise()
        self._on_cues_changed()
        page = self.page()
        if page is Page.WORKOUT:
            self._on_changed()
        elif page is Page.SUMMARY and self.session is not None:
            self._show_summary_of(self.session, self.summary.finished)
        elif page is Page.HISTORY and self._history_page is not None:
            self._history_page.reload()  # keeps what Ctrl+Z can bring back
            self.setWindowTitle(self._history_title())
        self._update_advice()
        self._update_mini_timer()

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self.focus_mode)

    def set_focus_mode(self, on: bool) -> None:
        """Focus mode: the countdown alone, full screen. Only a workout enters it."""
        if on == self.focus_mode or (on and self.page() is not Page.WORKOUT):
            return
        if on:
            self._save_geometry()
            self._was_maximized = self.isMaximized()
            self.countdown.set_focus_mode(True)
            self.showFullScreen()
        else:
            self.countdown.set_focus_mode(False)
            if self._was_maximized:
                self.showMaximized()
            else:
                self.showNormal()

    # -- the mini timer (T, or the tray's action) -------------------------------------------

    _mini_timer: MiniTimer | None = None  # made on first use

    @property
    def mini_timer(self) -> MiniTimer:
        """The small always-on-top window (ui/outside/mini_timer.py), made on first use."""
        if self._mini_timer is None:
            # Imported here: only T or the tray's menu opens it (docs/performance.md).
            from leg_timer.ui.outside.mini_timer import MiniTimer

            mini = MiniTimer(self.settings)
            mini.key_pressed.connect(self._on_mini_timer_key)
            mini.open_requested.connect(self.show_full_window)
            self._mini_timer = mini
        return self._mini_timer

    @property
    def mini_timer_shown(self) -> bool:
        return self._mini_timer is not None and self._mini_timer.isVisible()

    def toggle_mini_timer(self) -> None:
        """T (in either window), or the tray's action: the mini timer in place of the full
        window, or the full window back."""
        if self.mini_timer_shown:
            self.show_full_window()
        else:
            self.show_mini_timer()

    def show_mini_timer(self) -> None:
        """The mini timer, above the other windows and with the focus; this one minimised
        (out of focus mode first: a minimised full-screen window comes back full screen)
        unless it is hidden (in the tray)."""
        self._hide_overlay()
        self.set_focus_mode(False)
        mini = self.mini_timer
        self._update_mini_timer()
        # Minimised first: a window manager hands the focus on when the active window goes,
        # and the mini timer's request for it must come after that. A window hidden in the
        # tray stays hidden.
        if self.isVisible():
            self.showMinimized()
        mini.show_on_top()

    def show_full_window(self) -> None:
        """Double-click on the mini timer (or a key that belongs here): it goes, this window
        comes to the front."""
        if self._mini_timer is not None:
            self._mini_timer.hide()
        self.bring_to_front()

    def _on_mini_timer_key(self, rows: tuple[Shortcut, ...], auto_repeat: bool) -> None:
        """A key pressed in the mini timer: what this window's shortcut would do, by the same
        table. Keys whose list, question or page is in this window bring it back first."""
        page = self.page()
        row = next((row for row in rows if page in row.pages), None)
        if row is None or (auto_repeat and row.action not in _REPEATING):
            return
        if row.action not in mini_words.IN_PLACE:
            self.show_full_window()
        self.trigger(row.action)

    def _update_mini_timer(self) -> None:
        """The mini timer's lines for the moment: the countdown, how it ended, or idle."""
        mini = self._mini_timer
        if mini is None:
            return
        session = self.session
        if session is None or self.page() not in (Page.WORKOUT, Page.SUMMARY):
            mini.show_display(mini_words.idle())
        elif session.is_active:
            mini.show_display(mini_words.for_countdown(display.countdown(session, self.app_name)))
        else:
            mini.show_display(mini_words.for_summary(display.summary(session, self.app_name),
                                                     finished=session.state is State.FINISHED))

    def _close_mini_timer(self) -> None:
        mini, self._mini_timer = self._mini_timer, None
        if mini is not None:
            mini.stop_flash()
            mini.close()
            mini.deleteLater()

    # -- closing -------------------------------------------------------------------------

    def ask(self, question: Question) -> bool:
        """The default ``confirm``: a message box whose default answer is to keep going."""
        return ask_in_message_box(self, question)

    def closeEvent(self, event: QCloseEvent) -> None:
        session = self.session
        if (session is not None and session.is_active
                and not self.confirm_paused(QUIT_QUESTION)):
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def end_for_signal(self) -> None:
        """A quit signal (SIGINT, SIGTERM, SIGHUP): stop the workout without asking, then shut
        down as a closed window does. The caller ends the event loop."""
        session = self.session
        if session is not None and session.is_active:
            self.command("stop")
        self.shutdown()

    def shutdown(self) -> None:
        """Stop everything that runs, let the screen sleep, save what is remembered."""
        self._close_mini_timer()
        self._dispose_driver()
        self.announcer.close()  # its zero-time flush of this instant's events, if armed
        self.history_recorder.close()  # what is queued reaches the disk before the exit
        if self._countdown is not None:
            self._countdown.stop_flash()
        self._hide_overlay()
        self.routine_actions.close()
        self._save_geometry()
        self.settings.sync()

    def _save_geometry(self) -> None:
        if not self.isFullScreen():
            self.settings.geometry = self.saveGeometry()
