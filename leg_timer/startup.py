"""The ``leg-timer`` command's entry point: the cyclic garbage collector rests while the
program's modules load.

Loading the window's ~340 modules makes enough objects to set off dozens of collections, each
walking every object made so far, and none of them finds garbage: module code, classes and
functions all stay in use (about 5 % of the start-up's CPU time, docs/performance.md). So
collection is off from the first line on. The window's own collector
(:mod:`leg_timer.ui.gui_thread_gc`) takes over when it starts; every other command, and the
audio hosts, turn automatic collection back on as they begin
(:func:`leg_timer.cli.main.main`). Only what ``python -m leg_timer``, the ``leg-timer``
script and the bundle run comes through here: importing ``leg_timer`` (tests, tools) leaves
the collector alone.
"""

from __future__ import annotations

import gc


def main() -> int:
    gc.disable()
    from leg_timer.cli.main import main as leg_timer

    return leg_timer()
