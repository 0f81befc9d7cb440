"""The layer rule of tests/layers.py holds for leg_timer/, and a break of it is caught."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import leg_timer
from tests import layers

PACKAGE = Path(leg_timer.__file__).parent


def test_imports_only_run_downwards() -> None:
    assert layers.violations(PACKAGE) == []


def test_no_import_cycles() -> None:
    assert layers.cycles(PACKAGE) == []


def test_no_crowded_folders() -> None:
    assert layers.crowded_folders(PACKAGE) == {}


def test_every_module_has_a_layer() -> None:
    for module in layers.module_files(PACKAGE):
        layers.layer_of(module)


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """A copy of the package to break on purpose."""
    target = tmp_path / "leg_timer"
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__", "data"))
    return target


@pytest.mark.parametrize(("module", "line", "expected"), [
    ("core/plan.py", "from leg_timer.ui import theme",
     "leg_timer.core.plan:{n} imports leg_timer.ui.theme (layer 1 may not import layer 5)"),
    ("core/plan.py", "    import PySide6.QtCore",
     "leg_timer.core.plan:{n} imports PySide6 (Qt is for audio, desktop, ui and cli only)"),
    ("present/display.py", "from PySide6.QtGui import QColor",
     "leg_timer.present.display:{n} imports PySide6"),
    ("audio/cue_output.py", "from leg_timer.desktop import clocks",
     "leg_timer.audio.cue_output:{n} imports leg_timer.desktop.clocks (audio and desktop"),
    ("ui/main_window.py", "from leg_timer.cli import main",
     "leg_timer.ui.main_window:{n} imports leg_timer.cli.main (layer 5 may not import layer 6"),
    ("audio/preferences.py", "from PySide6.QtCore import QObject",
     "leg_timer.audio.preferences:{n} imports PySide6"),
])
def test_a_deliberate_violation_is_caught(copy: Path, module: str, line: str,
                                          expected: str) -> None:
    path = copy / module
    text = path.read_text(encoding="utf-8")
    if line.startswith(" "):  # inside a function, where a lazy import would hide
        text += f"\n\ndef _sneaky() -> None:\n{line}\n"
    else:
        text += f"\n{line}\n"
    path.write_text(text, encoding="utf-8")
    n = len(text.rstrip("\n").splitlines())
    found = layers.violations(copy)
    assert any(problem.startswith(expected.format(n=n)) for problem in found), found


def test_a_deliberate_cycle_is_caught(copy: Path) -> None:
    (copy / "core" / "routine.py").write_text(
        (copy / "core" / "routine.py").read_text(encoding="utf-8")
        + "\nfrom typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
          "    from leg_timer.core import plan\n", encoding="utf-8")
    assert ["leg_timer.core.plan", "leg_timer.core.routine"] in layers.cycles(copy)


def test_a_crowded_folder_is_caught(copy: Path) -> None:
    for number in range(17):
        (copy / "ui" / "pages" / f"page_{number}.py").write_text("", encoding="utf-8")
    assert "leg_timer/ui/pages" in layers.crowded_folders(copy)


QT_FREE = sorted(
    module for module in layers.module_files(PACKAGE)
    if module != "leg_timer.__main__" and (
        layers.layer_of(module)[0] < layers.QT_FROM_LAYER
        or module in layers.QT_FREE_ABOVE_PRESENT))


def test_qt_free_modules_load_no_qt_when_imported() -> None:
    """What the source says is what happens: importing them (and their packages' __init__)
    leaves PySide6 unloaded."""
    script = (
        "import sys\n"
        f"for name in {QT_FREE!r}:\n"
        "    __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"importing Qt-free modules loaded {result.stdout}"


def test_command_line_does_not_import_qt_for_list() -> None:
    """list/plan/validate must stay fast: Qt is loaded only when a window opens."""
    script = (
        "import sys\n"
        "from leg_timer.cli.main import main\n"
        "main(['list'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
