"""Python's cyclic garbage collector, run on the GUI thread only.

Python collects cycles in whichever thread happens to allocate when a generation's count
passes its threshold. Leg Timer runs Python in other threads (the history, settings and
reminder writers, the notification worker's slots), and a cycle holding a Qt wrapper
(a widget with a lambda connected to its own signal, say) may be collected there: its C++
object is then deleted outside the thread that owns it, which Qt does not allow and which can
crash the app at any later moment. So the app turns automatic collection off and runs the
same generational collection from a timer on the GUI thread, where deleting Qt objects is
safe. Reference counting still frees everything that is not in a cycle at once; only cycles
wait, at most one interval.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

# Often enough that cycles never pile up (a workout makes a few hundred objects a second),
# rarely enough to cost nothing: a young-generation pass takes microseconds.
INTERVAL_MS = 1000


def generation_due(counts: tuple[int, int, int], thresholds: tuple[int, int, int]) -> int | None:
    """The oldest generation whose count passed its threshold (as the interpreter would
    choose), or None when none did."""
    due = None
    for generation in range(3):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            due = generation
        else:
            break
    return due


class GuiThreadCollector(QObject):
    """Turns automatic collection off while it lives and collects on a timer instead."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the generation that is due, if any; which one it was."""
        generation = generation_due(gc.get_count(), gc.get_threshold())
        if generation is not None:
            gc.collect(generation)
        return generation

    def close(self) -> None:
        """Back to automatic collection (at quit, and for tests in a shared process)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
