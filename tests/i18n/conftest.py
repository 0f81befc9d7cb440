"""Fixtures for the translation tests: compiled catalogues, and a clean translator afterwards."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from leg_timer.cli.language import load_translators, translator_for
from leg_timer.core import translation

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="session")
def compiled() -> None:
    """The .qm catalogues built (as ./dev does; a no-op when they are up to date)."""
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py")], check=True,
                   capture_output=True)


@pytest.fixture
def use_language(compiled: None) -> Iterator[Callable[[str], None]]:
    """Install a language's real catalogues (QTranslator on the compiled .qm) for the test;
    English again afterwards, whatever happened."""

    def install(language: str) -> None:
        loaded = load_translators(language)
        assert loaded or language == "en", f"no compiled catalogue for {language}"
        translation.install(translator_for(loaded) if loaded else None)

    yield install
    translation.install(None)
