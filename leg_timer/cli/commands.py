"""The sub-commands behind ``leg-timer``: each takes parsed arguments, returns an exit code."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from leg_timer import launch
from leg_timer.core.durations import format_clock
from leg_timer.core.errors import RoutineError
from leg_timer.core.plan import Plan, describe_value
from leg_timer.core.routine import Unit
from leg_timer.core.translation import Context
from leg_timer.history import practice
from leg_timer.history.records import SessionRecord
from leg_timer.history.store import HistoryStore
from leg_timer.launch import LaunchRequest, UsageError
from leg_timer.library import Library, load_library, open_library
from leg_timer.logs import configure_logging
from leg_timer.paths import default_paths, folder_problem
from leg_timer.present.routine_text import at_your_pace
from leg_timer.present.wording import count

if TYPE_CHECKING:
    import argparse

CommandLine = Context("CommandLine")  # the human output's words (JSON keys and ids stay)


def library_for(args: argparse.Namespace) -> Library:
    """The built-ins, with the user folder known but not listed (``plan``/``run`` find a
    user routine by its file name; the window lists the folder itself)."""
    paths = default_paths(args.basedir)
    return open_library(paths.user_routines_dir, paths.routine_index_file,
                        getattr(args, "routine_language", None))


def report_broken(library: Library) -> None:
    """One line per broken file: its first problem, and how many more (``validate`` lists
    them all)."""
    for error in library.broken:
        if not error.problems:
            continue
        first = error.problems[0]
        more = len(error.problems) - 1
        extra = (CommandLine.tr(" (and {more}: leg-timer validate {file})").format(
            more=count(more, "more problem"), file=first.file) if more else "")
        print("leg-timer: " + CommandLine.tr("skipped broken routine: {problem}").format(
            problem=first) + extra, file=sys.stderr)


def list_routines(args: argparse.Namespace) -> int:
    """Every routine from its summary (the user folder through its cached index: nothing
    is parsed that has not changed); a user file with a built-in's id says it is theirs."""
    paths = default_paths(args.basedir)
    library = load_library(paths.user_routines_dir, paths.routine_index_file,
                           getattr(args, "routine_language", None))
    report_broken(library)
    rows = list(library.listed.values())
    if args.json:
        print(json.dumps([
            {
                "id": summary.id,
                "name": summary.name,
                "total_s": summary.total_s,
                "manual_sets": summary.manual_sets,
                "tags": list(summary.tags),
                "description": summary.description,
                "builtin": library.is_builtin(summary.id),
                "path": summary.path,
            }
            for summary in rows
        ], indent=2))
        return 0
    id_width = max((len(summary.id) for summary in rows), default=0)
    name_width = max((len(summary.name) for summary in rows), default=0)
    for summary in rows:
        extra = f"  + {at_your_pace(summary.manual_sets)}" if summary.manual_sets else ""
        if summary.id.removeprefix("user:") in library.builtin_ids and not library.is_builtin(
                summary.id):
            extra += "  " + CommandLine.tr("(your file: {path})").format(path=summary.path)
        print(f"{summary.id:<{id_width}}  {summary.name:<{name_width}}  "
              f"{format_clock(summary.total_s):>7}{extra}")
    return 0


def plan_for(args: argparse.Namespace) -> Plan:
    """The plan ``plan``/``run`` ROUTINE [--set NAME=VALUE]... asks for."""
    return checked_request(args, library_for(args))[1]


def checked_request(args: argparse.Namespace, library: Library) -> tuple[LaunchRequest, Plan]:
    """``run`` (or ``plan``) as a launch request, with the plan it starts (so a bad routine
    or value is found here, reading the routine once): ROUTINE as the window finds it, the
    --set values parsed for that routine."""
    routine = launch.find_routine(args.routine, library)
    values = launch.parse_values(routine, args.settings)
    request = LaunchRequest(routine=launch.reference_for(args.routine), values=values,
                            fullscreen=bool(getattr(args, "fullscreen", False)),
                            quit_when_done=bool(getattr(args, "quit_when_done", False)))
    return request, launch.checked_plan(routine, values)


def show_plan(args: argparse.Namespace) -> int:
    try:
        plan = plan_for(args)
    except RoutineError as error:
        print(error, file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(plan.to_json(), indent=2))
        return 0
    print(plan_table(plan))
    return 0


def plan_table(plan: Plan) -> str:
    routine = plan.routine
    lines = [CommandLine.tr("{name} ({id}): {steps}, total {time}").format(
        name=routine.name, id=routine.id, steps=count(len(plan.segments), "step"),
        time=format_clock(plan.total_s))
             + (f" + {at_your_pace(plan.manual_sets)}" if plan.manual_sets else "")]
    for parameter in routine.parameters:
        value = plan.values[parameter.name]
        unit = "" if parameter.unit is Unit.COUNT else f" {parameter.unit.value}"
        lines.append(f"  {parameter.label}: {describe_value(routine, parameter.name, value)} "
                     f"(--set {parameter.name}=VALUE, {parameter.minimum:g}-"
                     f"{parameter.maximum:g}{unit})")
    lines.append("")
    # Outside the f-string: pyside6-lupdate does not look inside f-strings.
    start, length, kind = CommandLine.tr("start"), CommandLine.tr("length"), CommandLine.tr("kind")
    round_, set_, what = CommandLine.tr("round"), CommandLine.tr("set"), CommandLine.tr("what")
    lines.append(f"{'#':>4}  {start:>7}  {length:>7}  {kind:<10}  {round_:<5}  {set_:<5}  {what}")
    for segment in plan.segments:
        length = (CommandLine.tr("manual") if segment.duration_s is None
                  else format_clock(segment.duration_s))
        what = segment.label
        if segment.reps is not None:
            pace = (CommandLine.tr(" at {seconds} s each").format(seconds=f"{segment.tempo_s:g}")
                    if segment.tempo_s else CommandLine.tr(", at your pace"))
            what += f": {count(segment.reps, 'rep')}{pace}"
        sets = f"{segment.set}/{segment.sets}" if segment.sets > 1 else ""
        lines.append(f"{segment.index + 1:>4}  {format_clock(segment.start_s):>7}  "
                     f"{length:>7}  {segment.kind.value:<10}  "
                     f"{segment.round}/{segment.rounds:<3}  {sets:<5}  {what}")
    return "\n".join(lines)


def validate(args: argparse.Namespace) -> int:
    files: list[Path] = []
    for name in args.files:
        path = Path(name)
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            files.append(path)
    from leg_timer.core.loader import load_routine  # PyYAML too: not for the window's start

    failed = problems = 0
    for path in files:
        try:
            load_routine(path)
        except RoutineError as error:
            failed += 1
            problems += len(error.problems)
            print(error)
    verdict = (CommandLine.tr("all valid") if not failed
               else CommandLine.tr("{failed} with {problems}").format(
                   failed=failed, problems=count(problems, "problem")))
    print("leg-timer: " + CommandLine.tr("checked {files}: {verdict}").format(
        files=count(len(files), "file"), verdict=verdict), file=sys.stderr)
    return 1 if failed else 0


def display_missing(environ: Mapping[str, str] | None = None,
                    platform: str = sys.platform) -> str:
    """Why no window can open here ("" when one may): on Linux and the BSDs, neither an X
    display nor a Wayland one is named, and Qt is not told to use another platform. Said
    here, in one line, instead of Qt's abort that suggests reinstalling it."""
    env = os.environ if environ is None else environ
    if platform in ("win32", "darwin"):
        return ""
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0]
    if chosen not in ("", "xcb", "wayland", "wayland-egl"):
        return ""  # offscreen, vnc, eglfs...: Qt needs no display server for those
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return CommandLine.tr("no display to open the window on (neither DISPLAY nor "
                          "WAYLAND_DISPLAY is set); list, plan and validate work without one")


def open_window(args: argparse.Namespace) -> int:
    """No command, or ``run``: the Qt window (imported only now, to keep the CLI fast).

    A ``run`` request is checked here first, so a bad routine or value is reported on the
    terminal with its exit code, before any window opens. When a window already runs for
    this base folder the request goes to it: 0 once it took it, 1 (and its reason on
    stderr) when it refused it or did not answer.
    """
    library = library_for(args)
    request = LaunchRequest()
    if args.command == "run":
        try:
            request, _plan = checked_request(args, library)
        except RoutineError as error:
            print(error, file=sys.stderr)
            return 1
    missing = display_missing()
    if missing:
        raise UsageError(missing)
    paths = default_paths(args.basedir)
    log_file = configure_logging(paths, debug=args.debug)
    from leg_timer.desktop.single_instance import ForwardingFailed
    from leg_timer.ui.app import run_app

    try:
        return run_app(request, paths, library=library, standalone=True, log_file=log_file,
                       background=getattr(args, "background", False),
                       tray=bool(getattr(args, "tray", False)))
    except ForwardingFailed as error:  # a window runs, but refused this start or is hung
        print(f"leg-timer: {error}", file=sys.stderr)
        return 1


def history(args: argparse.Namespace) -> int:
    """``history``: every session oldest first, as a table, JSON or CSV; or ``--import``
    another machine's export (all of it or, on the first bad line or record, none)."""
    paths = default_paths(args.basedir)
    problem = folder_problem(paths)
    if problem:
        raise UsageError(problem)
    if args.import_file is not None:
        return import_history(args.import_file, paths.history_db)
    if not paths.history_db.exists():  # nothing recorded yet: make no file for a look
        records: list[SessionRecord] = []
    else:
        store = HistoryStore.open(paths.history_db, writer=False)
        try:
            if store.problem:
                print(f"leg-timer: {store.problem}", file=sys.stderr)
            records = store.sessions(since=args.since)
        finally:
            store.close()
    from leg_timer.history import export as history_export  # csv: only `history` needs it

    if args.json:
        sys.stdout.write(history_export.to_json(records))
    elif args.csv:
        sys.stdout.write(history_export.to_csv(records))
    else:
        print(history_table(records))
    return 0


def import_history(file: str, database: Path) -> int:
    try:
        text = Path(file).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        print("leg-timer: " + CommandLine.tr("cannot read {file}: {error}").format(
            file=file, error=error), file=sys.stderr)
        return 1
    from leg_timer.history import export as history_export  # csv: only `history` needs it

    try:
        records = history_export.read(text, file)
    except history_export.ImportProblem as error:
        print("leg-timer: " + CommandLine.tr("{problem} (nothing was imported)").format(
            problem=error), file=sys.stderr)
        return 1
    store = HistoryStore.open(database, writer=False)
    try:
        if store.problem:
            print(f"leg-timer: {store.problem}", file=sys.stderr)
        if store.path is None:
            return 1  # in memory only: an import would be lost
        try:
            added = store.import_records(records)
        except sqlite3.Error as error:
            print("leg-timer: " + CommandLine.tr(
                "cannot write {file}: {error} (nothing was imported)").format(
                file=database, error=error), file=sys.stderr)
            return 1
    finally:
        store.close()
    present = len(records) - added
    print((CommandLine.tr("Imported {sessions} from {file} ({present} already there).")
           if present else CommandLine.tr("Imported {sessions} from {file}.")).format(
        sessions=count(added, "session"), file=file, present=present))
    return 0


def history_table(records: list[SessionRecord]) -> str:
    if not records:
        return CommandLine.tr("No workouts recorded yet.")
    rows = [(CommandLine.tr("Date"), CommandLine.tr("Start"), CommandLine.tr("Routine"),
             CommandLine.tr("Outcome"), CommandLine.tr("Active"), CommandLine.tr("Planned"),
             CommandLine.tr("Segments"))]
    for record in records:
        done = CommandLine.tr("{done} done").format(done=record.segments_done)
        if record.segments_skipped:
            done = CommandLine.tr("{done}, {skipped} skipped").format(
                done=done, skipped=record.segments_skipped)
        rows.append((record.date.isoformat(), record.local_started.strftime("%H:%M"),
                     record.name, outcome_words(record),
                     format_clock(record.active_s), format_clock(record.planned_s), done))
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
                     .rstrip() for row in rows)


def outcome_words(record: SessionRecord) -> str:
    """How a session ended, in words (the JSON and CSV keep the outcome's id)."""
    outcome = record.outcome.value if record.outcome else "running"
    words = {"completed": CommandLine.tr("completed"), "stopped": CommandLine.tr("stopped"),
             "interrupted": CommandLine.tr("interrupted"),
             "running": CommandLine.tr("running")}
    return words.get(outcome, outcome)


def today(args: argparse.Namespace) -> int:
    """``today``: every routine's practice advice against the history, for the local date
    now (completed sessions count; see :mod:`leg_timer.history.practice`)."""
    paths = default_paths(args.basedir)
    problem = folder_problem(paths)
    if problem:
        raise UsageError(problem)
    library = load_library(paths.user_routines_dir, paths.routine_index_file,
                           getattr(args, "routine_language", None))
    report_broken(library)
    records: list[SessionRecord] = []
    if paths.history_db.exists():  # nothing recorded yet: make no file for a look
        store = HistoryStore.open(paths.history_db, writer=False)
        try:
            if store.problem:
                print(f"leg-timer: {store.problem}", file=sys.stderr)
            records = store.sessions()
        finally:
            store.close()
    day = date.today()  # the local day now, in the zone the command runs in
    entries = []
    for key in library.listed:
        try:
            routine = library.routine(key)
        except (RoutineError, LookupError) as error:  # changed or gone since it was listed
            print(f"leg-timer: skipped {key}: {error}", file=sys.stderr)
            continue
        entries.append(practice.today_for(routine, records, day))
    if args.json:
        print(json.dumps([entry.to_json() for entry in entries], indent=2))
        return 0
    streak = practice.streaks(records, day).current
    print(CommandLine.tr("Streak: {days} in a row").format(days=count(streak, "day"))
          if streak else
          CommandLine.tr("Streak: none going (a day counts when a session on it completed)"))
    width = max((len(entry.id) for entry in entries), default=0)
    for entry in entries:
        print(f"{entry.id:<{width}}  {entry.advice}")
    return 0


def reminders(args: argparse.Namespace) -> int:
    """``reminders [--json]``: every practice reminder with its rule in words and when it
    comes next, in the local time zone. Reads the file only: a broken one is reported on
    stderr and left where it is (the window sets it aside)."""
    # Imported here, as the importers are: no other command needs them, and every start
    # (the window's too) would pay about 5 ms for them.
    from leg_timer.reminders import listing, store, zones

    paths = default_paths(args.basedir)
    loaded = store.load(paths.reminders_file, set_aside=False)
    if loaded.problem:
        print(f"leg-timer: {loaded.problem}", file=sys.stderr)
    rows = listing.entries(loaded.reminders, zones.utc_now(), zones.local_zone())
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print("\n".join(listing.table(rows)))
    return 0


def import_workouts(args: argparse.Namespace) -> int:
    """``import FILE... [--format NAME] [--json]``: every workout of every file becomes a
    routine in the user's folder, or (any file failing) none does."""
    # Imported here, not at the top: no other command needs the importers, and every
    # command's start-up would pay for them (about 10 ms of ~90).
    from leg_timer import importers

    if args.format is not None and args.format not in importers.FORMATS:
        raise UsageError(f"unknown format {args.format!r}; the formats are "
                         f"{', '.join(importers.FORMATS)}")
    paths = default_paths(args.basedir)
    problem = folder_problem(paths)
    if problem:
        raise UsageError(problem)
    builtin = load_library(user_dir=None).builtin_ids  # a user file never hides a built-in
    try:
        imported = importers.import_files([Path(name) for name in args.files],
                                          paths.user_routines_dir, builtin, args.format)
    except importers.ImportProblem as error:
        print(f"leg-timer: {error}", file=sys.stderr)
        print("leg-timer: " + CommandLine.tr("nothing was imported"), file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps([
            {"id": item.id, "name": item.name, "path": str(item.path), "format": item.format,
             "dropped": list(item.dropped)}
            for item in imported
        ], indent=2))
        return 0
    for item in imported:
        print(CommandLine.tr("Imported {name} as {id} ({format})").format(
            name=repr(item.name), id=item.id, format=item.format))
        if item.dropped:
            print("  " + CommandLine.tr("not carried over: {what}").format(
                what="; ".join(item.dropped)))
    return 0
