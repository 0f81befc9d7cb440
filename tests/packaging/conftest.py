"""Shared set-up for the packaging tests: Qt offscreen, the ``bundle`` marker, the bundle.

Tests marked ``bundle`` need the PyInstaller bundle: it is built once per session with
packaging/build.py (about half a minute when PyInstaller's cache is warm, a few minutes cold),
or taken from $LEG_TIMER_BUNDLE. They run only when asked for, so ``./dev test`` stays quick:

    ./dev test tests/packaging -m bundle        (CI; also builds and runs the clean-system test)
    LEG_TIMER_BUNDLE=dist/leg-timer ./dev test tests/packaging   (an already built bundle)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.packaging.tools import build_bundle

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any test makes a QApplication


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "bundle: needs the PyInstaller bundle (built once per session); "
                   "runs only with -m bundle or $LEG_TIMER_BUNDLE")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "bundle" in (config.option.markexpr or "") or os.environ.get("LEG_TIMER_BUNDLE"):
        return
    skip = pytest.mark.skip(reason="builds the PyInstaller bundle: run with -m bundle")
    for item in items:
        if item.get_closest_marker("bundle") is not None:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def bundle() -> Path:
    """The one-folder bundle (dist/leg-timer), built once for the whole session."""
    return build_bundle()
