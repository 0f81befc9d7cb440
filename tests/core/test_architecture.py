"""The core must stay Qt-free: it is what runs and is tested without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import leg_timer.core

CORE = Path(leg_timer.core.__file__).parent


def test_core_modules_do_not_import_qt() -> None:
    modules = sorted(f"leg_timer.core.{path.stem}" for path in CORE.glob("*.py")
                     if path.stem != "__init__")
    script = (
        "import sys\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'PyQt')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"leg_timer.core imported Qt: {result.stdout}"


def test_command_line_does_not_import_qt_for_list() -> None:
    """list/plan/validate must stay fast: Qt is loaded only when a window opens."""
    script = (
        "import sys\n"
        "from leg_timer.cli.main import main\n"
        "main(['list'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], capture_output=True, check=True)
