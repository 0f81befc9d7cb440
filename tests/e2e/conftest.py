"""Starts a real X server (Xvfb) for the end-to-end tests when they ask for one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.xserver import XServer, x_server


@pytest.fixture(scope="session")
def xserver() -> Iterator[XServer]:
    with x_server() as server:
        yield server
