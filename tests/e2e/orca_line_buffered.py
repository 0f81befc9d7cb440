"""Runs Orca (/usr/bin/orca, with its arguments) with its --debug-file written line by line.

Orca opens its debug log with Python's default block buffering, so a test reading the log
while Orca runs sees nothing for a long time; the transcript must be readable as it grows.
Run with /usr/bin/python3 (Orca's own interpreter).
"""

import builtins
import runpy
import sys

DEBUG_FILE = sys.argv[sys.argv.index("--debug-file") + 1]
_open = builtins.open


def _line_buffered_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
    if file == DEBUG_FILE and "w" in mode and not args and "buffering" not in kwargs:
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered_open
sys.argv[0] = "/usr/bin/orca"
runpy.run_path("/usr/bin/orca", run_name="__main__")
