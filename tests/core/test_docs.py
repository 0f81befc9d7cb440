"""Every complete routine example in docs/routine-format.md loads and plans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from leg_timer.core.loader import load_routine_bytes
from leg_timer.core.plan import build_plan

DOC = Path(__file__).parent.parent.parent / "docs" / "routine-format.md"
EXAMPLES = [block for block in re.findall(r"```yaml\n(.*?)```", DOC.read_text(), re.DOTALL)
            if block.startswith("version:")]


def test_the_doc_has_examples() -> None:
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("example", EXAMPLES)
def test_example_loads(example: str) -> None:
    build_plan(load_routine_bytes(example.encode(), "docs/routine-format.md", "example"))
