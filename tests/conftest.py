"""Fixtures shared by every test: a fake monotonic clock and an isolated user folder."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from leg_timer.library import Library, load_library

# A private D-Bus session bus per test (fixtures bus_address and bus), for the desktop services.
pytest_plugins = ["tests.private_bus"]

# The tests read English unless one asks for another language: a developer whose desktop is in
# German must get the same results as CI (and every process a test starts inherits this).
for _variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
    os.environ.pop(_variable, None)
os.environ["LANG"] = "C.UTF-8"


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


def require(*tools: str) -> None:
    """Skip when a command-line tool is missing; fail instead in CI (CI=true), where the
    README's test command (./dev test) installs every one of them."""
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if not missing:
        return
    message = f"needs {', '.join(missing)} (./dev test installs them)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


BUILTIN_IDS = [
    "banded-stand", "calf-cramp-relief", "knee-clamp", "legs-up-the-wall", "mini-band-circuit",
    "o-leg-correction", "squat-100", "supine-leg-raises",
]


@pytest.fixture(scope="module")
def library() -> Library:
    """The built-in routines only (no user folder)."""
    return load_library(user_dir=None)


@pytest.fixture
def restored_root_logger() -> Iterator[None]:
    """Give back the root logger (handlers, level) and warnings as they were, so the handlers
    a test adds (configure_logging) never write into another test's files."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)
