"""Cycles are collected on the GUI thread only while the app runs: a cycle dropped while
another thread allocates heavily is finalised by the GUI thread's timer, never by that
thread (where a Qt object in it would be deleted by a thread that does not own it)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from typing import ClassVar

import pytest
from pytestqt.qtbot import QtBot

from leg_timer.ui.gui_thread_gc import GuiThreadCollector, generation_due


@pytest.mark.parametrize(("counts", "expected"), [
    ((10, 0, 0), None),
    ((701, 0, 0), 0),
    ((701, 11, 0), 1),
    ((701, 11, 11), 2),
    ((5, 11, 11), None),  # the young generation decides first, as in the interpreter
])
def test_the_generation_due(counts: tuple[int, int, int], expected: int | None) -> None:
    assert generation_due(counts, (700, 10, 10)) == expected


@pytest.fixture
def collector(qapp: object) -> Iterator[GuiThreadCollector]:
    made = GuiThreadCollector(interval_ms=20)
    yield made
    made.close()


class Cycle:
    finalised_in: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.finalised_in.append(threading.get_ident())


def test_cycles_are_finalised_on_the_gui_thread(collector: GuiThreadCollector,
                                                qtbot: QtBot) -> None:
    assert not gc.isenabled()
    Cycle.finalised_in.clear()
    Cycle()  # unreachable at once, but only a collection can free it

    def allocate() -> None:  # cycles far past every threshold: collection would run here
        for _ in range(50_000):
            garbage: list[object] = []
            garbage.append(garbage)

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert Cycle.finalised_in == []
    qtbot.waitUntil(lambda: bool(Cycle.finalised_in), timeout=2000)
    assert Cycle.finalised_in == [threading.get_ident()]


def test_closing_turns_automatic_collection_back_on(qapp: object) -> None:
    assert gc.isenabled()
    made = GuiThreadCollector()
    assert not gc.isenabled()
    made.close()
    assert gc.isenabled()
