"""Where Leg Timer's log goes: a small rotating file in the user's log folder, and stderr.

:func:`configure_logging` is called once at start-up, before anything worth logging happens.
The file is what a person attaches to a bug report (the crash dialog points at it), so it
keeps a few hundred kilobytes of recent history and never grows without bound.

Logging is a convenience, never a reason not to start: when the folder cannot be made or the
file cannot be opened (read-only home, full disk, the path taken by a folder), the log goes to
stderr only and the window still opens.

This module is on the start-up path, so at run time it imports nothing beyond
:mod:`logging.handlers` (``leg_timer.paths`` and :mod:`pathlib` only for type checking).
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys

# Not typing.TYPE_CHECKING: importing typing and pathlib would cost more than this whole module
# (the annotations are never evaluated at run time, and type checkers know this name).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO

    from leg_timer.paths import Paths

MAX_BYTES = 1024 * 1024  # per file: a few days of normal use, small enough to attach
BACKUP_COUNT = 3  # leg-timer.log.1 .. .3: the runs before the last crash survive a restart
FORMAT = "%(asctime)s %(levelname)-8s %(name)s: %(message)s"

# Our handlers carry these names, so a second call replaces them instead of adding more.
FILE_HANDLER_NAME = "leg_timer.logs.file"
STDERR_HANDLER_NAME = "leg_timer.logs.stderr"
_OUR_HANDLERS = (FILE_HANDLER_NAME, STDERR_HANDLER_NAME)

log = logging.getLogger(__name__)


def configure_logging(paths: Paths, *, debug: bool = False, max_bytes: int = MAX_BYTES,
                      backup_count: int = BACKUP_COUNT) -> Path | None:
    """Send the root logger to ``paths.log_file`` (rotating, UTF-8); return that path.

    The level is INFO, or DEBUG with ``debug``, which also echoes every record to stderr.
    Python warnings are logged too (logger ``py.warnings``). When the log file cannot be used
    the records go to stderr only and None is returned; this function never raises.
    Calling it again replaces the handlers it added before (e.g. to switch ``debug`` on).
    """
    level = logging.DEBUG if debug else logging.INFO
    root = logging.getLogger()
    _remove_our_handlers(root)
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    log_file: Path | None = None
    problem: str | None = None
    try:
        if paths.problem:  # no home: nowhere of the user's own to make a log folder in
            raise OSError(paths.problem)
        log_file = paths.log_file
        file_handler = _open_file_handler(log_file, max_bytes, backup_count)
    except Exception as error:  # OSError mostly; whatever it is, the window must still open
        problem = f"cannot write the log file {log_file or '(unknown)'}: {error}"
        log_file = None
    else:
        file_handler.set_name(FILE_HANDLER_NAME)
        file_handler.setFormatter(formatter)
        root.addHandler(file_handler)
    if debug or log_file is None:
        stream: TextIO | None = sys.stderr  # None in pythonw.exe and windowed bundles
        if stream is not None:
            echo = logging.StreamHandler(stream)
            echo.set_name(STDERR_HANDLER_NAME)
            if debug:
                echo.setFormatter(formatter)
            else:
                # Standing in for the file: only what a person at a terminal should read,
                # said the way the command line says things.
                echo.setLevel(logging.WARNING)
                echo.setFormatter(logging.Formatter("leg-timer: %(message)s"))
            root.addHandler(echo)
    logging.captureWarnings(True)
    if problem is not None and not paths.problem:  # a missing home is told once, elsewhere
        log.warning("%s; logging to stderr only", problem)
    log.info("log opened: pid %d, Python %s on %s", os.getpid(), sys.version.split()[0],
             sys.platform)
    return log_file


def _open_file_handler(log_file: Path, max_bytes: int,
                       backup_count: int) -> logging.handlers.RotatingFileHandler:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    # Opened now (delay=False), so a file that cannot be written is found here, not at the
    # first record. backslashreplace: an odd character in a message must not lose the record.
    return logging.handlers.RotatingFileHandler(
        log_file, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8",
        errors="backslashreplace")


def _remove_our_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if handler.get_name() in _OUR_HANDLERS:
            root.removeHandler(handler)
            handler.close()
