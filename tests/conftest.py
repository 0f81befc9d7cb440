"""Fixtures shared by every test: a fake monotonic clock and an isolated user folder."""

from __future__ import annotations

from pathlib import Path

import pytest


class FakeClock:
    """A monotonic clock that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0, "a monotonic clock never goes back"
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def basedir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """User routines, settings and history under tmp_path, never the real home folder."""
    base = tmp_path / "home"
    monkeypatch.setenv("LEG_TIMER_BASEDIR", str(base))
    return base
