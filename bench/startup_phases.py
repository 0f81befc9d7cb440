"""Start-up to the first painted window, phase by phase: Leg Timer beside the minimal window.

    .venv/bin/python bench/startup_phases.py [--runs 8] [--floor] [--before DIR] [--after DIR]

Each run is a fresh process (this file with ``--child NAME``); runs of every command alternate,
so machine load affects all alike; the figures are medians of each phase's duration (ms from
the end of the previous phase). The child notes the instant each phase ends; Leg Timer's own
phases inside ``run_app`` come from its $LEG_TIMER_REPORT_PHASES hook (leg_timer/ui/app.py).
Phases, in the order they run:

- interpreter up: from just before the spawn to the first statement of this file (a child
  then imports only os, sys and pathlib, as bench/minimal_window.py does);
- Leg Timer: ``leg_timer.cli.main`` imported (the command line, the routine loader, PyYAML);
  the library opened (the built-in routines; ``commands.library_for``); logging set up;
  ``import PySide6.QtWidgets`` (QtCore, QtGui, QtWidgets); the rest of ``leg_timer.ui.app``'s
  imports by group; then run_app's phases: QApplication made, single instance claimed,
  settings and language, theme/cues/history, MainWindow built, shown, first paint (the paint
  is reported on the next turn of the event loop, as bench/startup.py does).
- the minimal window (bench/minimal_window.py's QLabel): import PySide6.QtWidgets, QApplication
  made, window built and shown, first paint.

``leg-timer (plain)`` is ``python -m leg_timer`` timed to its first paint only, to compare
with the child's total. ``--before DIR`` adds Leg Timer run from another tree (a copy of the
checkout before a change, with ``routines``, ``resources`` and ``pyproject.toml`` linked in),
for an A/B in one command; ``--after DIR`` adds Leg Timer run the same way from a copy of the
tree after the change, so an A/B compares two copies run alike (the checkout itself, through
the editable install, measured 1-2 % slower than an identical copy, 8 % in one run under
load). ``--floor`` adds minimal windows that also do what any real
PySide6 window of this size does (the ``Qt`` namespace, QtGui, 60 widget subclasses, a main
window with a stack and a list, every Qt class Leg Timer's first paint uses), to show where
the floor is. Uses Xvfb when installed.
"""

import time

_T0 = time.monotonic()  # first: "interpreter up" is the time from the spawn to here


# Only what bench/minimal_window.py imports too: a child imports nothing else of its own
# before the phases it measures (the parent's modules are imported in main()).
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

MARKS: list[tuple[str, float]] = [("interpreter up", _T0)]


def mark(name: str) -> None:
    MARKS.append((name, time.monotonic()))


def write_marks(report: Path) -> None:
    report.with_suffix(".pre").write_text(
        "".join(f"{name}\t{instant:.6f}\n" for name, instant in MARKS), encoding="utf-8")


# ---------------------------------------------------------------- children (fresh processes)

UI_APP_GROUPS = (  # leg_timer.ui.app's imports, in its order, by group
    ("ui: desktop (instance claim, clocks, signals)", (
        "leg_timer.desktop.clocks", "leg_timer.desktop.forwarding",
        "leg_timer.desktop.quit_signals", "leg_timer.desktop.single_instance")),
    ("ui: audio.cue_output, history.store", (
        "leg_timer.audio.cue_output", "leg_timer.history.store")),
    ("ui: crash report, gc, language, theme", (
        "leg_timer.ui.crash_report", "leg_timer.ui.gui_thread_gc", "leg_timer.ui.language",
        "leg_timer.ui.theme", "leg_timer.ui.settings", "leg_timer.ui.questions")),
    ("ui: main_window and its pages", ("leg_timer.ui.main_window",)),
    ("ui: leg_timer.ui.app itself", ("leg_timer.ui.app",)),
)


def child_leg_timer(report: Path) -> int:
    import importlib

    import leg_timer.cli.main as cli_main
    mark("cli imported (loader, PyYAML)")
    from leg_timer.cli import commands
    from leg_timer.logs import configure_logging

    library_for = commands.library_for

    def timed_library_for(args):  # type: ignore[no-untyped-def]
        library = library_for(args)
        mark("library opened")
        return library

    def timed_configure_logging(*args, **kwargs):  # type: ignore[no-untyped-def]
        log_file = configure_logging(*args, **kwargs)
        mark("logging set up")
        import PySide6.QtWidgets  # noqa: F401  (what leg_timer.ui.app imports first)
        mark("import PySide6.QtWidgets")
        for name, modules in UI_APP_GROUPS:
            for module in modules:
                importlib.import_module(module)
            mark(name)
        write_marks(report)
        return log_file

    setattr(commands, "library_for", timed_library_for)  # noqa: B010 (a bench's wrapping)
    setattr(commands, "configure_logging", timed_configure_logging)  # noqa: B010
    return cli_main.main([])


# The PySide6 names the modules loaded at Leg Timer's first paint import (December 3): PySide6
# makes each class's Python type, with its enums, the first time the name is looked up.
FIRST_PAINT_QT_NAMES = {
    "QtCore": "QByteArray QCoreApplication QEvent QFileSystemWatcher QLibraryInfo QLocale "
              "QMimeData QModelIndex QObject QPersistentModelIndex QPoint QPointF QRect QRectF "
              "QSettings QSize QSizeF QSocketNotifier QSortFilterProxyModel QThread QTimer "
              "QTranslator QUrl Qt Signal SignalInstance Slot",
    "QtGui": "QAbstractTextDocumentLayout QAccessible QAccessibleAnnouncementEvent "
             "QAccessibleInterface QAction QCloseEvent QColor QContextMenuEvent "
             "QDesktopServices QDragEnterEvent QDragMoveEvent QDropEvent QFont QFontInfo "
             "QFontMetrics QFontMetricsF QGuiApplication QIcon QKeyEvent QKeySequence "
             "QMouseEvent QPaintEvent QPainter QPalette QPen QResizeEvent QShortcut QShowEvent "
             "QStandardItem QStandardItemModel QTextDocument QTextDocumentFragment QValidator "
             "QWheelEvent",
    "QtNetwork": "QLocalServer QLocalSocket",
    "QtWidgets": "QAbstractItemView QAccessibleWidget QApplication QComboBox QFileDialog "
                 "QFocusFrame QFrame QGridLayout QHBoxLayout QLabel QLineEdit QListView "
                 "QMainWindow QMenu QMenuBar QMessageBox QPushButton QScrollArea QSizePolicy "
                 "QSpinBox QSplitter QSplitterHandle QStackedWidget QStyle QStyleOptionViewItem "
                 "QStyledItemDelegate QVBoxLayout QWidget",
}


def child_minimal(report: Path, extra: str) -> int:
    from PySide6.QtWidgets import QApplication, QLabel
    mark("import PySide6.QtWidgets")
    if extra in ("qt", "all"):
        from PySide6 import QtGui  # noqa: F401
        from PySide6.QtCore import Qt
        _ = Qt.AlignmentFlag.AlignLeft
        mark("floor: Qt namespace, QtGui")
    if extra in ("names", "all"):
        import importlib

        for module_name, names in FIRST_PAINT_QT_NAMES.items():
            module = importlib.import_module(f"PySide6.{module_name}")
            for name in names.split():
                getattr(module, name)
        mark("floor: the Qt names Leg Timer's first paint imports")
    classes = []
    if extra in ("classes", "all"):
        from PySide6.QtCore import QObject, Signal
        from PySide6.QtWidgets import QWidget
        for number in range(60):
            base = QWidget if number % 2 else QObject
            classes.append(type(f"Sub{number}", (base,), {
                "changed": Signal(int), "method": lambda self: None}))
        mark("floor: 60 QWidget/QObject subclasses")
    app = QApplication(sys.argv[:1])
    mark("QApplication made")
    if extra in ("window", "all"):
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QListWidget,
            QMainWindow,
            QPushButton,
            QStackedWidget,
            QVBoxLayout,
            QWidget,
        )
        window = QMainWindow()
        stack = QStackedWidget()
        page = QWidget()
        row = QHBoxLayout(page)
        routines = QListWidget()
        routines.addItems([f"Routine {number}" for number in range(8)])
        row.addWidget(routines)
        pane = QVBoxLayout()
        for number in range(6):
            pane.addWidget(QLabel(f"Detail {number}"))
        pane.addWidget(QPushButton("Start"))
        row.addLayout(pane)
        stack.addWidget(page)
        window.setCentralWidget(stack)
        window.menuBar().addMenu("&File")
        widget: QWidget = window
    else:
        widget = QLabel("Hello")
    widget.resize(640, 480)
    mark("window built")
    painted = FirstPaintWatch(report, app)
    widget.installEventFilter(painted)
    widget.show()
    mark("shown")
    return app.exec()


def FirstPaintWatch(report: Path, app):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        done = False

        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            mark("first paint")
            write_marks(report)
            report.write_text(f"{time.monotonic():.6f}\n")

    return Watch(app)


# ---------------------------------------------------------------- the parent

ROOT = Path(__file__).resolve().parent.parent


def commands(floor: bool, before: str | None = None,
             after: str | None = None) -> dict[str, list[str]]:
    """Each command by name; ``PYTHONPATH=DIR`` first: run with that tree of leg_timer."""
    me = [sys.executable, str(Path(__file__).resolve()), "--child"]
    found = {"minimal window": [*me, "minimal"], "leg-timer": [*me, "leg-timer"],
             "leg-timer (plain)": [sys.executable, "-m", "leg_timer"]}
    if before:
        found["leg-timer (before)"] = [f"PYTHONPATH={before}", *me, "leg-timer"]
    if after:
        found["leg-timer (after)"] = [f"PYTHONPATH={after}", *me, "leg-timer"]
    if floor:
        found |= {"floor: + Qt, QtGui": [*me, "minimal", "--extra", "qt"],
                  "floor: + 60 subclasses": [*me, "minimal", "--extra", "classes"],
                  "floor: + main window": [*me, "minimal", "--extra", "window"],
                  "floor: + Leg Timer's Qt names": [*me, "minimal", "--extra", "names"],
                  "floor: all of these": [*me, "minimal", "--extra", "all"]}
    return found


def one_run(command: list[str], env: dict[str, str], workdir: Path,
            home: str) -> list[tuple[str, float]]:
    """The phases of one fresh process: (name, ms since the previous phase ended), with its
    files in ``workdir / home`` (one per command: :func:`_common.start_app`)."""
    from _common import start_app, stop_with_helpers, wait_for_file  # bench/ on sys.path: main()

    report = workdir / "painted"
    phases_file = workdir / "phases"
    for stale in (phases_file, report.with_suffix(".pre")):
        stale.unlink(missing_ok=True)
    extra_env = {"LEG_TIMER_REPORT_PHASES": str(phases_file)}
    while command[0].startswith("PYTHONPATH="):
        extra_env["PYTHONPATH"] = command[0].partition("=")[2]
        command = command[1:]
    started = time.monotonic()
    process, report = start_app([*command, "--report", str(report)]
                                if "--child" in command else command, env, workdir, extra_env,
                                home)
    try:
        painted = float(wait_for_file(report, process))
    finally:
        # The app starts its audio hosts after the first paint (a second of CPU each): wait
        # until they are gone too, so they never share the machine with the next run.
        stop_with_helpers(process, timeout_s=10)
        time.sleep(0.1)
    marks: list[tuple[str, float]] = []
    for source in (report.with_suffix(".pre"), phases_file):
        if source.exists():
            for line in source.read_text(encoding="utf-8").splitlines():
                name, _, stamp = line.rpartition(" " if source == phases_file else "\t")
                marks.append((name, float(stamp)))
    if not marks:  # a command without the phase hook: its total only
        return [("first paint", (painted - started) * 1000)]
    marks.sort(key=lambda pair: pair[1])
    phases: list[tuple[str, float]] = []
    previous = started
    for name, instant in marks:
        if name == "first paint" and any(n == "first paint" for n, _ in phases):
            continue
        phases.append((name, (instant - previous) * 1000))
        previous = instant
    return phases


def child(argv: list[str]) -> int:
    """``--child NAME [--extra WHAT] --report FILE``: one measured start (no argparse here:
    the child imports nothing the measured window would not)."""
    options = dict(zip(argv[::2], argv[1::2], strict=False))
    report = Path(options["--report"])
    if options["--child"] == "leg-timer":
        return child_leg_timer(report)
    return child_minimal(report, options.get("--extra", ""))


def main() -> None:
    if "--child" in sys.argv:
        sys.exit(child(sys.argv[1:]))
    import argparse
    import statistics
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=8)
    parser.add_argument("--floor", action="store_true", help="add the floor rows")
    parser.add_argument("--before", metavar="DIR",
                        help="also run Leg Timer from the tree DIR (a copy of the checkout "
                             "before a change; PYTHONPATH=DIR), alternated with the others")
    parser.add_argument("--after", metavar="DIR",
                        help="also run Leg Timer from the tree DIR (a copy of the checkout "
                             "after the change), as --before: both sides of an A/B then run "
                             "alike, from a copy through PYTHONPATH")
    args = parser.parse_args()

    sys.path.insert(0, str(ROOT / "bench"))
    from _common import display, own_homes

    named = commands(args.floor, args.before, args.after)
    runs: dict[str, list[list[tuple[str, float]]]] = {name: [] for name in named}
    with display() as env, tempfile.TemporaryDirectory() as scratch:
        print(f"load before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        homes = own_homes(named)
        for name, command in named.items():  # warm-up: disk, fonts, each one's cache
            one_run(command, env, Path(scratch), homes[name])
        for _ in range(args.runs):
            for name, command in named.items():
                runs[name].append(one_run(command, env, Path(scratch), homes[name]))
        print(f"load after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        platform = env.get("QT_QPA_PLATFORM")
    print(f"start-up phases, medians of {args.runs} fresh processes, ms ({platform}):")
    totals = {}
    for name, samples in runs.items():
        print(f"  {name}")
        names = [phase for phase, _ in samples[0]]
        for phase in names:
            values = [dict(sample).get(phase, 0.0) for sample in samples]
            print(f"    {phase:<48} {statistics.median(values):7.1f}")
        totals[name] = statistics.median(
            sum(ms for _, ms in sample) for sample in samples)
        print(f"    {'total to first paint':<48} {totals[name]:7.1f}")
    base = totals["minimal window"]
    print("ratios to the minimal window (median totals):")
    for name, total in totals.items():
        print(f"  {name:<24} {total:7.1f} ms  {total / base:5.2f}x")


if __name__ == "__main__":
    main()
