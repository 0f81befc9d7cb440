"""ruamel.yaml (tens of milliseconds to import) is loaded only when the editor opens: the
window's modules never import it at start-up (docs/performance.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHECK = """
import sys
import {module}
print(sorted(name for name in sys.modules if name.split('.')[0] == 'ruamel'))
"""


@pytest.mark.parametrize("module", ["leg_timer.ui.app", "leg_timer.ui.main_window",
                                    "leg_timer.ui.editor", "leg_timer.authoring.draft",
                                    "leg_timer.cli.main"])
def test_start_up_does_not_import_ruamel(module: str) -> None:
    done = subprocess.run([sys.executable, "-c", CHECK.format(module=module)],
                          capture_output=True, text=True, check=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert done.stdout.strip() == "[]"


def test_opening_a_draft_imports_it() -> None:
    code = ("import sys\nfrom leg_timer.authoring.draft import RoutineDraft\n"
            "RoutineDraft.new().text()\nprint('ruamel.yaml' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "True"
