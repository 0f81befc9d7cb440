"""Starting the window: the QApplication, the settings file, the library, the main window.

:func:`run_app` is what ``leg-timer`` (no command) and ``leg-timer run`` call, with a
:class:`~leg_timer.launch.LaunchRequest` (never the command line itself). Modules that
take time to load (screen-saver inhibition now; sound and speech later) are imported only
after the window has painted once, so the window appears as fast as a bare one.

Tests call :func:`run_app` with ``clock`` (a fake clock), ``confirm`` and ``on_window`` (to
drive the window before the event loop starts) and a short ``quit_delay_ms``.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from leg_timer import resources
from leg_timer.audio.cue_output import CueOutput
from leg_timer.core.translation import translate
from leg_timer.desktop.clocks import Clock, monotonic, suspend_aware_clock
from leg_timer.desktop.forwarding import claim_or_forward
from leg_timer.desktop.quit_signals import QuitSignals, exit_code_for
from leg_timer.history.store import HistoryStore
from leg_timer.launch import LaunchRequest
from leg_timer.library import Library, open_library
from leg_timer.metadata import metadata
from leg_timer.paths import Paths, folder_problem
from leg_timer.ui.crash_report import install_excepthook
from leg_timer.ui.gui_thread_gc import GuiThreadCollector
from leg_timer.ui.language import LanguageSwitch
from leg_timer.ui.main_window import Inhibitor, MainWindow
from leg_timer.ui.questions import Confirm
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.theme import apply_theme

if TYPE_CHECKING:
    from leg_timer.desktop.dbus.notifications import DesktopNotifier
    from leg_timer.desktop.sleep_watch import SleepWatch
    from leg_timer.ui.outside.reminders import RunningReminders
    from leg_timer.ui.outside.workout_outside import WorkoutOutside

log = logging.getLogger(__name__)

QUIT_DELAY_MS = 1000  # --quit-when-done: how long the summary stays up before exiting
FIRST_PAINT_REPORT_VARIABLE = "LEG_TIMER_REPORT_FIRST_PAINT"
# The window's icon (title bar, task switcher, taskbar). Not the 512 px one that ships for
# the launcher (packaging installs every size): when the window first shows, Qt decodes every
# size and sends them all to the X server, and 512 px alone took ~10 ms of the start-up (15 ms
# with it, 5.5 without, 2.6 up to 128: docs/performance.md). 256 covers a dock at 2x.
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


FIRST_PAINT_FALLBACK_MS = 3000  # five times the start-up on the 2-core machine (0.5-0.6 s)


class FirstPaint(QObject):
    """Calls ``then`` once, on the next turn of the event loop after ``widget`` first paints,
    or after ``fallback_ms`` if it has not painted by then.

    What waits for the paint (sound, answering later starts, the tray) must not wait for
    ever: a window system may leave a window that is mapped but covered, or on another
    screen, unpainted. ``painted`` says which it was.
    """

    def __init__(self, widget: QObject, then: Callable[[], None],
                 fallback_ms: int = FIRST_PAINT_FALLBACK_MS) -> None:
        super().__init__(widget)
        self._then: Callable[[], None] | None = then
        self.painted = False
        widget.installEventFilter(self)
        self._fallback = QTimer(self, singleShot=True, interval=fallback_ms)
        self._fallback.timeout.connect(self._call)
        self._fallback.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted = True
            QTimer.singleShot(0, self, self._call)
        return False

    def cancel(self) -> None:
        """Call nothing after all (the app quit before its window painted)."""
        self._fallback.stop()
        self._then = None

    def _call(self) -> None:
        then = self._then
        self.cancel()
        if then is not None:
            then()


# bench/startup_phases.py: $LEG_TIMER_REPORT_PHASES names a file that gets, at the first
# paint, one "name instant" line per phase of run_app; unset, phase() only returns.
PHASES_REPORT_VARIABLE = "LEG_TIMER_REPORT_PHASES"
_phases: list[str] | None = [] if os.environ.get(PHASES_REPORT_VARIABLE) else None


def phase(name: str) -> None:
    """Note that start-up phase ``name`` ends now (only with $LEG_TIMER_REPORT_PHASES)."""
    if _phases is not None:
        _phases.append(f"{name} {time.monotonic():.6f}")


def report_first_paint() -> None:
    """Write the monotonic instant of the first paint to $LEG_TIMER_REPORT_FIRST_PAINT.

    For the start-up and CPU benchmarks (bench/startup.py, bench/cpu.py), which time a fresh
    process from spawn to its first painted window; without the variable it does nothing.
    With $LEG_TIMER_REPORT_PHASES the phases noted by :func:`phase` go to that file too.
    """
    target = os.environ.get(FIRST_PAINT_REPORT_VARIABLE)
    phases_file = os.environ.get(PHASES_REPORT_VARIABLE)
    if _phases is not None and phases_file:
        phase("first paint")
        Path(phases_file).write_text("".join(f"{line}\n" for line in _phases),
                                     encoding="utf-8")
        _phases.clear()
    if target:
        Path(target).write_text(f"{time.monotonic():.6f}\n", encoding="utf-8")


def forget_module_sources() -> None:
    """Drop the source text of the modules imported so far from Python's line cache.

    PySide6's ``__feature__`` import hook reads the whole source of every module imported
    after QtCore (through ``inspect`` and ``linecache``) and nothing reads it again: 2-4 MiB of
    text in this process (docs/performance.md, memory). A traceback reads the lines it shows
    from the files again when it needs them.
    """
    import linecache

    linecache.clearcache()


def load_keep_awake() -> Inhibitor | None:
    """The platform's screen-saver inhibitor, or None when it cannot be loaded."""
    try:
        module = importlib.import_module("leg_timer.desktop.keep_awake")
        inhibitor: Inhibitor = module.KeepAwake()
    except Exception:  # missing module or platform service: run without, never fail
        log.warning("screen-saver inhibition unavailable", exc_info=True)
        return None
    return inhibitor


def load_sleep_watch(parent: QObject) -> SleepWatch | None:
    """The sleep and screen-lock watch (D-Bus, so loaded after the first paint), or None."""
    try:
        module = importlib.import_module("leg_timer.desktop.sleep_watch")
        watch: SleepWatch = module.SleepWatch(parent=parent)
    except Exception:  # the after-the-fact sleep check in the driver still works without it
        log.warning("sleep and screen-lock watch unavailable", exc_info=True)
        return None
    return watch


def load_reminders(reminders_file: Path | None, parent: QObject) -> RunningReminders | None:
    """The practice reminders with their notifier (QtDBus, so loaded after the first paint),
    or None when they cannot be set up (the window works on without them)."""
    try:
        module = importlib.import_module("leg_timer.ui.outside.reminders")
        meta = metadata()
        running: RunningReminders = module.RunningReminders(
            reminders_file, app_name=meta.display_name, icon=meta.app_id, parent=parent)
    except Exception:
        log.warning("practice reminders unavailable", exc_info=True)
        return None
    return running


def load_outside(window: MainWindow, tray_mode: bool,
                 notifier: DesktopNotifier | None = None) -> WorkoutOutside | None:
    """The tray icon (with the mini timer and start at login in its menu), notifications and
    media keys (QtDBus and the tray: loaded after the first paint), or None when they cannot
    be set up (the window works on without them)."""
    try:
        module = importlib.import_module("leg_timer.ui.outside.workout_outside")
        outside: WorkoutOutside = module.start_outside(window, tray_mode=tray_mode,
                                                     notifier=notifier)
        if outside.tray is not None:  # "Mini timer" and "Start at login" in its menu
            entries = importlib.import_module("leg_timer.ui.outside.tray_entries")
            entries.add_tray_entries(outside.tray, window)
    except Exception:
        log.warning("tray, notifications and media keys unavailable", exc_info=True)
        return None
    return outside


def tray_mode_available() -> bool:
    """Whether ``--tray`` can hide the window: the desktop shows tray icons."""
    try:
        module = importlib.import_module("leg_timer.ui.outside.tray")
        available: bool = module.tray_available()
    except Exception:
        log.warning("could not find out whether there is a system tray", exc_info=True)
        return False
    return available


def application() -> QApplication:
    """The QApplication (made here unless one exists), named from the project metadata."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    meta = metadata()
    app.setApplicationName(meta.display_name)
    app.setOrganizationName(meta.organization)
    app.setApplicationVersion(meta.version)
    app.setDesktopFileName(meta.app_id)
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The stopwatch icon, PNG at each of :data:`WINDOW_ICON_SIZES` (no SVG plugin needed at
    start-up)."""
    icon = QIcon()
    for size in WINDOW_ICON_SIZES:
        try:
            icon.addFile(str(resources.resource("icons", f"leg-timer-{size}.png")))
        except resources.ResourceNotFound:
            continue  # a partial install still starts, with Qt's default icon
    return icon


def quit_for_signal(app: QApplication, window: MainWindow, signum: int) -> None:
    """SIGINT, SIGTERM or SIGHUP: end as Ctrl+Q does, without asking (nobody may be there to
    answer; a question already open is closed by the exit)."""
    window.end_for_signal()
    app.exit(exit_code_for(signum))


def run_app(request: LaunchRequest, paths: Paths, *, library: Library | None = None,
            standalone: bool = False, clock: Clock | None = None,
            sleep_clock: Clock | None = None, confirm: Confirm | None = None,
            keep_awake: Callable[[], Inhibitor | None] = load_keep_awake,
            on_window: Callable[[MainWindow], None] | None = None,
            quit_delay_ms: int = QUIT_DELAY_MS, load_cues: bool = True,
            log_file: Path | None = None, background: bool = False,
            tray: bool = False,
            outside: Callable[[MainWindow, bool], WorkoutOutside | None] | None = None
            ) -> int:
    """Open the window and carry out ``request`` there; return the exit code.

    With the real clock the sleep clock is the platform's suspend-aware one; with an injected
    clock there is none unless given. ``standalone`` is for the app's own process (the command
    line), not for tests running in theirs: only one window runs per base folder (a second
    start hands its request to the first and returns 0 once it is taken, or raises
    :class:`~leg_timer.desktop.single_instance.ForwardingFailed` when it is refused or never
    answered), an uncaught exception is logged and shown with the path of ``log_file``
    (pytest-qt reports them itself), and SIGINT, SIGTERM and SIGHUP quit through the same
    path as Ctrl+Q. ``background`` (``--background``, the login start for reminders) starts
    in the tray where there is one, else with the window minimised.
    ``tray`` (``run --tray``) keeps the window hidden behind the tray icon, where the desktop
    has a tray. ``outside`` makes the tray icon, notifications and media keys after the first
    paint (by default only for the app's own process: ``standalone``).
    """
    phase("our modules imported")
    app = application()
    phase("QApplication made")
    forwarded = None
    if standalone:
        forwarded = claim_or_forward(request, paths, app)
        if forwarded is None:
            return 0
        phase("single instance claimed")
    # Cycles are collected on this thread only (threads that run Python would otherwise
    # free Qt objects they do not own): gui_thread_gc.py.
    collector = GuiThreadCollector(app) if standalone else None
    windows: list[MainWindow] = []  # the crash dialog's parent, once there is one
    reporter = (install_excepthook(log_file, lambda: windows[0] if windows else None)
                if standalone else None)
    if clock is None:
        clock = monotonic
        sleep_clock = suspend_aware_clock()
    folders = folder_problem(paths)
    if folders:
        # Say it once, on the picker; settings (and history) live in memory for this run.
        log.warning("%s: settings are kept for this session only", folders)
    settings = AppSettings(None if folders else paths.settings_file)
    # The language before anything is worded (the routines' names too): English loads nothing.
    languages = LanguageSwitch(app)
    languages.apply(settings.language)
    phase("settings and language")
    if folders:
        settings.notice = translate("App", "{problem}: settings are kept for this session only."
                                    ).format(problem=f"{folders[:1].upper()}{folders[1:]}")
    if library is None:  # the built-ins now; the picker lists the user folder after painting
        library = open_library(paths.user_routines_dir, paths.routine_index_file,
                               languages.language)  # the routines' texts too
        phase("library opened")
    apply_theme(settings.theme)
    cues = CueOutput(preferences=settings.cue_preferences)
    cues.set_language(languages.language)  # the voice speaks the window's language
    # The history file, or memory when the folders cannot be used (already said above).
    history = HistoryStore.in_memory() if folders else HistoryStore.open(paths.history_db)
    phase("theme, cues, history")
    forget_module_sources()  # before the window's objects take the memory
    window = MainWindow(library, settings, clock=clock, sleep_clock=sleep_clock,
                        confirm=confirm, cues=cues, log_file=log_file, history=history,
                        languages=languages)
    windows.append(window)
    cues.setParent(window)
    phase("MainWindow built")

    reminders: list[RunningReminders] = []  # made after the first paint
    # --tray: only the tray icon, notifications and sound; the tray's menu shows the window.
    # Without a tray the window shows as usual: never running unseen with no way to stop it.
    # --background (the login start, for reminders) goes to the tray too, where there is one.
    in_tray = (tray or background) and tray_mode_available()
    if tray and not in_tray:
        print("leg-timer: " + translate("App", "there is no system tray on this desktop; "
                                        "showing the window instead."), file=sys.stderr)

    def load_outside_sharing_notifier(window: MainWindow, in_tray: bool
                                      ) -> WorkoutOutside | None:
        # One notifier for the app: the reminders' (made just before), where there are any.
        return load_outside(window, in_tray, reminders[0].notifier if reminders else None)

    make_outside = (outside if outside is not None
                    else load_outside_sharing_notifier if standalone else None)
    outsides: list[WorkoutOutside] = []  # made after the first paint

    first_paint: FirstPaint | None = None

    def after_first_paint() -> None:
        if first_paint is None or first_paint.painted:  # not when its fallback called
            report_first_paint()
        if forwarded is not None:  # later starts are answered from here on (QtNetwork now)
            forwarded.serve(window.refusal)
        if load_cues:
            try:
                cues.load()  # the audio hosts: after the window shows, never before
            except Exception as error:  # a notice, never a reason to skip what follows
                log.exception("could not set up sound and voice")
                window.show_message(translate("App", "Sound could not be set up ({error}); cues "
                                              "flash instead.").format(error=error))
        window.set_keep_awake(keep_awake())
        watch = load_sleep_watch(window)
        if watch is not None:
            window.set_sleep_watch(watch)
        # Practice reminders: read after the first paint; the file stays in memory when the
        # folders cannot be used (already said).
        running = load_reminders(None if folders else paths.reminders_file, window)
        if running is not None:
            reminders.append(running)
            window.set_reminders(running.scheduler)
            if window.sleep_watch is not None:
                running.follow_wake_ups(window.sleep_watch.woke)
            running.scheduler.start()
        made = make_outside(window, in_tray) if make_outside is not None else None
        if made is not None:
            outsides.append(made)
        forget_module_sources()  # those read since, as the desktop parts were imported

    if background or in_tray:  # a minimised or hidden window may never paint: load now
        QTimer.singleShot(0, after_first_paint)
    else:
        first_paint = FirstPaint(window, after_first_paint)
    if request.quit_when_done:
        window.session_ended.connect(lambda _how: QTimer.singleShot(quit_delay_ms, app.quit))
    if in_tray:
        # Hidden until the tray's "Show" (or a notification's click); a question box or the
        # mini timer closing must not end the app then: the tray's Quit and Ctrl+Q do.
        app.setQuitOnLastWindowClosed(False)
    elif background:
        # --background (the login start, for reminders): out of the way. The tray, where
        # there is one, may hide the window entirely instead.
        window.showMinimized()
    else:
        window.show()
    window.launch(request)
    phase("shown")
    if forwarded is not None:
        forwarded.received.connect(window.launch_forwarded)
    quit_signals = QuitSignals(app) if standalone else None
    if quit_signals is not None:
        quit_signals.received.connect(lambda signum: quit_for_signal(app, window, signum))
    if on_window is not None:
        on_window(window)
    code = app.exec()
    if first_paint is not None:
        first_paint.cancel()
    window.shutdown()
    for made_outside in outsides:
        made_outside.shutdown()  # the notification thread ends before the app does
    app.setQuitOnLastWindowClosed(True)
    for running in reminders:
        running.close()
    history.close()
    if quit_signals is not None:
        quit_signals.close()
    if forwarded is not None:
        forwarded.close()
    if reporter is not None:
        reporter.uninstall()
    if collector is not None:
        collector.close()
    return code
