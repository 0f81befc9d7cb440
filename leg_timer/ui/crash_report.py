"""What happens to an exception nobody caught: it is logged, and the person is told.

:func:`install_excepthook` replaces :data:`sys.excepthook` and :data:`threading.excepthook`.
Every uncaught exception is logged with its traceback (``logger.critical``), and, when a
QApplication exists, a message box on the GUI thread says that something went wrong, what it
was (one line) and where the full details are (the log file). PySide6 hands exceptions raised
in slots to ``sys.excepthook`` and carries on, so the app keeps running behind the box.

The box opens on the next turn of the event loop, not inside the code that failed (a nested
event loop inside a failing paintEvent could crash outright); when no event loop runs (an
exception escaping ``main``) it opens at once, since nothing would open it later.

A flood of exceptions (a timer that fails at every tick) gives one box at a time: the ones
that arrive while it is open are logged only. KeyboardInterrupt goes to the previous hook
untouched. Tests inject ``show_dialog`` so no modal box blocks them.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from leg_timer.core.translation import translate
from leg_timer.metadata import metadata

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger(__name__)

ShowDialog = Callable[[str, Path | None], None]
"""Shows the crash message: (the whole text for the person, the log file or None)."""

ParentGetter = Callable[[], QWidget | None]
"""The widget the message box is centred on (the main window), looked up when it is shown."""

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
ThreadExceptHook = Callable[[threading.ExceptHookArgs], object]

SUMMARY_LIMIT = 300  # characters of the exception message in the box; the log has it all
OPEN_FOLDER_LABEL = "Open log folder"


def summarize(exc_type: type[BaseException], exc: BaseException | None) -> str:
    """One line for the person: the exception type and the first line of its message."""
    try:
        message = str(exc) if exc is not None else ""
    except Exception:  # a broken __str__ must not stop the report
        message = ""
    first = message.strip().splitlines()[0] if message.strip() else ""
    if len(first) > SUMMARY_LIMIT:
        first = first[:SUMMARY_LIMIT - 1] + "…"
    return f"{exc_type.__name__}: {first}" if first else exc_type.__name__


def crash_text(summary: str, log_file: Path | None) -> str:
    """The message box's text: that something went wrong, what, and where the details are."""
    if log_file is not None:
        where = translate("CrashReport", "The full details are in the log file:\n{file}").format(
            file=log_file)
    else:
        where = translate("CrashReport", "No log file could be written, so the details went only "
                          "to the terminal (standard error), if there is one.")
    return "\n\n".join((
        translate("CrashReport", "Something went wrong in {app}.").format(app=_app_name()),
        translate("CrashReport", "What happened: {summary}").format(summary=summary),
        where,
        translate("CrashReport", "If it happens again, please include the log when you report "
                  "it.")))


def crash_box(text: str, log_file: Path | None, parent: QWidget | None = None) -> QMessageBox:
    """The default crash dialog, built but not shown (the caller decides how to run it)."""
    # Imported here, as in ui/questions.py: PySide6 builds a Qt class's Python type (with
    # its enums) when the name is first imported, a cost the first paint need not wait for.
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("CrashReport", "{app} – something went wrong").format(
                          app=_app_name()), text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # an exception message may contain < and &
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
    if log_file is not None:
        opener = box.addButton(translate("CrashReport", "Open log folder"),
                               QMessageBox.ButtonRole.ActionRole)
        opener.setAccessibleName(OPEN_FOLDER_LABEL)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    return box


def message_box_dialog(parent_getter: ParentGetter | None = None) -> ShowDialog:
    """The real ``show_dialog``: a modal :func:`crash_box` over the window ``parent_getter``
    returns (the active window when there is no getter)."""

    def show(text: str, log_file: Path | None) -> None:
        box = crash_box(text, log_file, _parent(parent_getter))
        box.exec()  # a nested event loop: timers and the window go on meanwhile
        clicked = box.clickedButton()
        if (log_file is not None and clicked is not None
                and box.buttonRole(clicked) is box.ButtonRole.ActionRole):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
        box.deleteLater()

    return show


@dataclass
class CrashReporter:
    """The installed hooks; :meth:`uninstall` puts back the ones they replaced."""

    log_file: Path | None
    show_dialog: ShowDialog
    previous_hook: ExceptHook
    previous_thread_hook: ThreadExceptHook

    def __post_init__(self) -> None:
        # Bound once, so uninstall can tell whether the installed hook is still ours.
        self.hook: ExceptHook = self._excepthook
        self.thread_hook: ThreadExceptHook = self._thread_excepthook
        self.showing = False  # the re-entrancy guard: touched on the GUI thread only
        self.dialogs_shown = 0
        self._relay: _Relay | None = None
        self._queued = False  # a dialog request is on its way to the GUI thread
        self._lock = threading.Lock()  # for the two above: any thread may fail

    def uninstall(self) -> None:
        global _installed
        if sys.excepthook == self.hook:
            sys.excepthook = self.previous_hook
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self.previous_thread_hook
        if _installed is self:
            _installed = None

    def report(self, exc_type: type[BaseException], exc: BaseException | None,
               tb: TracebackType | None, where: str = "") -> None:
        """Log the exception and ask for the dialog; never raises."""
        try:
            summary = summarize(exc_type, exc)
            log.critical("Uncaught exception%s: %s", where, summary,
                         exc_info=(exc_type, exc, tb) if exc is not None else None)
            self._echo_to_stderr(exc_type, exc, tb)
            self._request_dialog(crash_text(summary, self.log_file))
        except Exception:  # the hook of last resort must not fail in turn
            _print_last_resort()

    def show_now(self, text: str) -> None:
        """Show the dialog on this thread (the GUI thread), unless one is already open."""
        if self.showing:
            return  # logged already; one box is enough to tell the person
        self.showing = True
        try:
            self.dialogs_shown += 1
            self.show_dialog(text, self.log_file)
        except Exception:
            log.exception("could not show the crash dialog")
        finally:
            self.showing = False

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self.previous_hook(exc_type, exc, tb)  # Ctrl+C: Python's usual behaviour
            return
        self.report(exc_type, exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit | KeyboardInterrupt):
            self.previous_thread_hook(args)  # the default ignores SystemExit: keep that
            return
        name = args.thread.name if args.thread is not None else "unknown"
        self.report(args.exc_type, args.exc_value, args.exc_traceback,
                    where=f" in thread {name}")

    def _echo_to_stderr(self, exc_type: type[BaseException], exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        # Someone running from a terminal sees the traceback there too, once: not when a
        # logging handler already writes to stderr (--debug, or no log file).
        if sys.stderr is None or _logging_reaches_stderr():
            return
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)

    def _request_dialog(self, text: str) -> None:
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return  # no GUI (yet, or any more): the log and stderr have it
        gui_thread = app.thread()
        if QThread.currentThread() == gui_thread and gui_thread.loopLevel() == 0:
            # No event loop runs (an exception escaping main, or one before exec()), and maybe
            # none ever will: show the box now, or the person would never see it.
            self.show_now(text)
            return
        # Otherwise on a later turn of the GUI thread's event loop, from a clean stack: a box
        # opened inside a failing paintEvent would run a nested event loop inside that paint,
        # and another thread cannot make a widget at all.
        with self._lock:
            if self._queued:
                return  # one is on its way already; this one is logged
            self._queued = True
            if self._relay is None:
                self._relay = _Relay(self._show_queued)
                self._relay.moveToThread(gui_thread)  # made here, perhaps on a worker thread
            relay = self._relay
        relay.requested.emit(text)

    def _show_queued(self, text: str) -> None:
        with self._lock:
            self._queued = False
        self.show_now(text)


class _Relay(QObject):
    """Carries a dialog request to a later turn of the GUI thread's event loop: the connection is
    queued even when the request is made on the GUI thread itself."""

    requested = Signal(str)

    def __init__(self, show: Callable[[str], None]) -> None:
        super().__init__()
        self._show = show
        self.requested.connect(self._on_requested, Qt.ConnectionType.QueuedConnection)

    @Slot(str)
    def _on_requested(self, text: str) -> None:
        self._show(text)


_installed: CrashReporter | None = None


def install_excepthook(log_file: Path | None, parent_getter: ParentGetter | None = None, *,
                       show_dialog: ShowDialog | None = None) -> CrashReporter:
    """Report every uncaught exception from now on (see the module docstring).

    ``log_file`` is what :func:`leg_timer.logs.configure_logging` returned (None: there is
    none, and the dialog says so). ``parent_getter`` gives the window the box is centred on;
    ``show_dialog`` replaces the box (tests). Installing again replaces the earlier hooks.
    """
    global _installed
    if _installed is not None:
        _installed.uninstall()
    reporter = CrashReporter(log_file=log_file,
                             show_dialog=show_dialog or message_box_dialog(parent_getter),
                             previous_hook=sys.excepthook,
                             previous_thread_hook=threading.excepthook)
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    _installed = reporter
    return reporter


def _logging_reaches_stderr() -> bool:
    for handler in logging.getLogger().handlers:
        if (isinstance(handler, logging.StreamHandler)
                and not isinstance(handler, logging.FileHandler)
                and handler.stream is sys.stderr and handler.level <= logging.CRITICAL):
            return True
    return False


def _parent(parent_getter: ParentGetter | None) -> QWidget | None:
    try:
        return parent_getter() if parent_getter is not None else QApplication.activeWindow()
    except Exception:  # a half-destroyed window: show the box on its own
        return None


def _app_name() -> str:
    try:
        return metadata().display_name
    except Exception:  # the crash may be a missing data file: still say something
        return "Leg Timer"


def _print_last_resort() -> None:
    with contextlib.suppress(Exception):
        traceback.print_exc(file=sys.stderr)
