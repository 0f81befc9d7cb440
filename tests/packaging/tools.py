"""Helpers shared by the packaging tests: tool checks, pyproject, the bundle, a null-sink
PulseAudio server."""

from __future__ import annotations

import array
import os
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE_TIMEOUT_S = 900  # a first PyInstaller build on 2 shared cores, with margin




def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def build_bundle() -> Path:
    """The bundle folder: $LEG_TIMER_BUNDLE if set, else built now with packaging/build.py."""
    given = os.environ.get("LEG_TIMER_BUNDLE")
    if given:
        folder = Path(given).resolve()
        if not (folder / "leg-timer").is_file():
            pytest.fail(f"LEG_TIMER_BUNDLE={given} holds no leg-timer program")
        return folder
    require("strip")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"),
                             "--skip-archives"], capture_output=True, text=True,
                            timeout=BUNDLE_TIMEOUT_S, check=False)
    if result.returncode != 0:
        pytest.fail(f"packaging/build.py failed:\n{result.stdout}\n{result.stderr[-5000:]}")
    return ROOT / "dist" / pyproject()["project"]["name"]


def peak_level(raw: Path) -> int:
    """The largest absolute sample in a raw s16le recording (0 = silence)."""
    samples = array.array("h")
    data = raw.read_bytes()
    samples.frombytes(data[: len(data) - len(data) % 2])
    if sys.byteorder != "little":
        samples.byteswap()
    return max((abs(sample) for sample in samples), default=0)
