"""Parsing the command line and dispatching to the sub-commands.

Exit codes: 0 success, 1 a routine file has problems, 2 a usage error (unknown routine or
option, a parameter value out of range). The Qt window is imported only when it is opened, so
``list``, ``plan`` and ``validate`` start in a fraction of a second.
"""

from __future__ import annotations

import gc
import io
import os
import sys
from collections.abc import Sequence
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from leg_timer.cli import commands
from leg_timer.cli.language import install_language, translate_argparse
from leg_timer.core.translation import Context
from leg_timer.launch import UsageError
from leg_timer.metadata import metadata
from leg_timer.paths import default_paths, folder_problem, platform_paths

if TYPE_CHECKING:
    import argparse

CommandLine = Context("CommandLine")

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    # Imported here: a start with no arguments (the window) needs no parser (plain_start).
    import argparse

    translate_argparse()
    meta = metadata()
    parser = argparse.ArgumentParser(
        prog="leg-timer",
        description=f"{meta.display_name}: {meta.description} "
                    + CommandLine.tr("With no command, opens the window."),
        epilog=CommandLine.tr(
            "Your own routines are the .yaml files in {routines} (with --basedir DIR, "
            "DIR/data/routines/); the window's \"Open routines folder\" opens it. The window "
            "logs to {log} (rotated at 1 MiB); with --basedir DIR, under DIR/state/log/.").format(
            routines=routines_dir_text(), log=log_file_text()),
    )
    parser.add_argument("--version", action="version",
                        version=f"{meta.display_name} {meta.version}")
    parser.add_argument("--basedir", metavar="DIR",
                        help=CommandLine.tr(
                            "keep user routines, settings and history under DIR (also "
                            "$LEG_TIMER_BASEDIR)"))
    parser.add_argument("--debug", action="store_true",
                        help=CommandLine.tr("log everything, to the log file and to stderr"))
    parser.add_argument("--background", action="store_true",
                        help=CommandLine.tr(
                            "start quietly, for reminders: only the tray icon where there is a "
                            "tray, else the window minimised (what starting at login does)"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = sub.add_parser("list", help=CommandLine.tr("list every routine with its total time"))
    listing.add_argument("--json", action="store_true", help=CommandLine.tr(
        "print JSON instead of a table"))

    plan = sub.add_parser("plan", help=CommandLine.tr("show the segments a routine will run"))
    plan.add_argument("routine", metavar="ROUTINE", help=CommandLine.tr(
        "a routine id or a path to a YAML file"))
    add_set_option(plan)
    plan.add_argument("--json", action="store_true", help=CommandLine.tr(
        "print JSON instead of a table"))

    validate = sub.add_parser("validate", help=CommandLine.tr(
        "check routine files and report every problem"))
    validate.add_argument("files", metavar="FILE", nargs="+",
                          help=CommandLine.tr(
                              "routine files (a folder means every .yaml file in it)"))

    run = sub.add_parser("run", help=CommandLine.tr("open the window on a routine and start it"))
    run.add_argument("routine", metavar="ROUTINE", help=CommandLine.tr(
        "a routine id or a path to a YAML file"))
    add_set_option(run)
    run.add_argument("--fullscreen", action="store_true", help=CommandLine.tr(
        "start in focus mode"))
    run.add_argument("--quit-when-done", action="store_true",
                     help=CommandLine.tr("exit 0 once the session is over (for scripts and tests)"))
    run.add_argument("--tray", action="store_true",
                     help=CommandLine.tr(
                         "run with only the tray icon, notifications and sound, no window (the "
                         "tray's menu shows it); without a tray, the window as usual"))

    history = sub.add_parser("history", help=CommandLine.tr("every workout recorded, oldest first"))
    history_form = history.add_mutually_exclusive_group()
    history_form.add_argument("--json", action="store_true", help=CommandLine.tr("print JSON"))
    history_form.add_argument("--csv", action="store_true", help=CommandLine.tr("print CSV"))
    history_form.add_argument("--import", dest="import_file", metavar="FILE",
                              help=CommandLine.tr(
                                  "add the sessions of a --json or --csv export (those already "
                                  "here are left alone)"))
    history.add_argument("--since", metavar="YYYY-MM-DD", type=local_day,
                         help=CommandLine.tr("only sessions from this local day on"))

    importing = sub.add_parser("import", help=CommandLine.tr(
        "make routines from other interval-timer apps' workout files (see docs/importing.md)"))
    importing.add_argument("files", metavar="FILE", nargs="+",
                           help=CommandLine.tr(
                               "exported workouts: JAWT, OpenHIIT, TimeR Machine, qintervals or "
                               "a Leg Timer routine"))
    importing.add_argument("--format", metavar="NAME",
                           help=CommandLine.tr(
                               "read the files as NAME instead of recognising the format: jawt, "
                               "openhiit, timer-machine, qintervals or leg-timer"))
    importing.add_argument("--json", action="store_true",
                           help=CommandLine.tr(
                               "print JSON: id, name, path, format and dropped of each routine"))

    today = sub.add_parser("today", help=CommandLine.tr(
        "what each routine's practice advice says today"))
    today.add_argument("--json", action="store_true", help=CommandLine.tr(
        "print JSON instead of a table"))

    reminders = sub.add_parser("reminders", help=CommandLine.tr(
        "the practice reminders and when each comes next (set them in the window: Ctrl+R)"))
    reminders.add_argument("--json", action="store_true", help=CommandLine.tr(
        "print JSON instead of a table"))
    return parser


def routines_dir_text() -> str:
    """Where the user's routines are read from, for --help ($LEG_TIMER_BASEDIR counted)."""
    try:
        return str(default_paths().user_routines_dir)
    except RuntimeError:  # no home folder to be found
        return CommandLine.tr("the data folder's routines/")


def log_file_text() -> str:
    """Where the window's log goes, for --help (the platform's place, whatever the base)."""
    try:
        return str(platform_paths().log_file)
    except RuntimeError:  # no home folder to be found
        return CommandLine.tr("the state folder")


def local_day(text: str) -> date:
    """--since: a YYYY-MM-DD day (argparse says which value is wrong)."""
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(CommandLine.tr("not a YYYY-MM-DD date: {text}").format(
            text=repr(text))) from None


def add_set_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--set", dest="settings", action="append", default=[],
                        metavar="NAME=VALUE",
                        help="choose a parameter value, e.g. --set minutes=15 (repeatable)")


def plain_start() -> argparse.Namespace:
    """What the parser makes of no arguments (the window, the common start), without
    building the translated parser: about 4 ms of start-up (docs/performance.md; PySide6
    imports argparse itself later). tests/cli/test_cli.py checks that it stays what
    ``parse_args([])`` gives."""
    return cast("argparse.Namespace", SimpleNamespace(
        basedir=None, debug=False, background=False, command=None))


def printable_streams() -> None:
    """Make stdout and stderr print any routine name. Under ``LC_ALL=C`` (and without UTF-8
    mode) Python writes ASCII and raises on the first Chinese, Arabic or emoji name: there,
    what ASCII cannot show is written as a backslash escape instead."""
    for stream in (sys.stdout, sys.stderr):
        if stream is None or not isinstance(stream, io.TextIOWrapper):
            continue  # no console (a windowed bundle), or a test's capture
        try:
            "\u4e2d\U0001f9b5".encode(stream.encoding)
        except (UnicodeEncodeError, LookupError):
            stream.reconfigure(errors="backslashreplace")


def folder_check(args: argparse.Namespace) -> None:
    """``list`` reads the user's own folder: one it cannot use is a usage error (exit 2), in
    one line naming the folder, rather than a traceback or a silently shorter list."""
    if args.command == "list":
        problem = folder_problem(default_paths(args.basedir))
        if problem:
            raise UsageError(problem)


def window_start(argv: Sequence[str] | None) -> bool:
    """Whether this run opens the window (no command, or ``run``): then the window's collector
    (leg_timer.ui.gui_thread_gc) turns cyclic collection on, after the first paint."""
    if os.environ.get("LEG_TIMER_AUDIO_HOST") or os.environ.get("LEG_TIMER_SPEECH_PROBE"):
        return False
    given = list(sys.argv[1:] if argv is None else argv)
    words = [word for before, word in zip(["", *given], given, strict=False)
             if not word.startswith("-") and before != "--basedir"]
    return not words or words[0] == "run"


def main(argv: Sequence[str] | None = None) -> int:
    printable_streams()
    if not window_start(argv):
        gc.enable()  # off while the modules loaded (leg_timer.startup); the window's own later
    audio_host = os.environ.get("LEG_TIMER_AUDIO_HOST")
    if audio_host:  # started by leg_timer.audio.remote to own the cue player or the voice
        from leg_timer.audio.host import run_host

        role, _, engine = audio_host.partition(":")
        return run_host(role, engine)
    probe_engine = os.environ.get("LEG_TIMER_SPEECH_PROBE")
    if probe_engine:  # started by leg_timer.audio.speech_probe to try a speech engine
        from leg_timer.audio.speech_probe import run_probe

        return run_probe(probe_engine)
    raw_argv = list(sys.argv[1:] if argv is None else argv)
    language = install_language(raw_argv)  # before the parser: its help texts are translated too
    args = build_parser().parse_args(raw_argv) if raw_argv else plain_start()
    args.routine_language = language  # the routines' own texts follow it (library.open_library)
    try:
        folder_check(args)
        if args.command == "list":
            return commands.list_routines(args)
        if args.command == "plan":
            return commands.show_plan(args)
        if args.command == "validate":
            return commands.validate(args)
        if args.command == "history":
            return commands.history(args)
        if args.command == "today":
            return commands.today(args)
        if args.command == "reminders":
            return commands.reminders(args)
        if args.command == "import":
            return commands.import_workouts(args)
        return commands.open_window(args)
    except UsageError as error:
        print(f"leg-timer: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `leg-timer list | head -1`
        return EXIT_OK
