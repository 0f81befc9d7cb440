"""The catalogues of the text area (everything outside leg_timer/ui/): complete in every
language, placeholders kept, the right number of plural forms; the build command a no-op when
up to date; translation_files finding the compiled files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from leg_timer import languages, resources

ROOT = Path(__file__).resolve().parent.parent.parent
CATALOGUES = ROOT / "resources" / "translations"
TRANSLATED = [language for language in languages.AVAILABLE if language != languages.ENGLISH]
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "zh_CN": 1}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name", ""), message) for context in root.iter("context")
            for message in context.iter("message")]


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_text_catalogue_is_complete(language: str) -> None:
    path = CATALOGUES / f"text_{language}.ts"
    found = messages(path)
    assert len(found) > 300  # every string outside the window, not a stub
    root = ET.parse(path).getroot()
    assert root.get("language") == language and root.get("sourcelanguage") == "en"
    for context, message in found:
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None, (context, source)
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), (
            context, source)
        if message.get("numerus") == "yes":
            forms = [form.text or "" for form in translation.iter("numerusform")]
            assert len(forms) == PLURAL_FORMS[language], (context, source, forms)
            texts = forms
        else:
            texts = [translation.text or ""]
        for text in texts:
            assert text.strip(), (context, source)
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                context, source, text)
            if "%n" in source and message.get("numerus") == "yes":
                assert "%n" in text, (context, source, text)
            assert "(s)" not in text, (context, source, text)


def test_every_counted_string_is_a_plural_message() -> None:
    """lupdate misses plurals of translate(context, source, None, n) with a variable n
    (packaging/translations.py restores them); no "%n" string may end up singular-only."""
    for context, message in messages(CATALOGUES / "text_de.ts"):
        if "%n" in message.findtext("source", ""):
            assert message.get("numerus") == "yes", (context, message.findtext("source"))


def test_the_catalogue_languages_are_the_available_ones() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    assert list(translations.LANGUAGES) == TRANSLATED
    assert set(translations.PLURAL_FORMS) == set(TRANSLATED)


def test_the_build_is_a_no_op_when_up_to_date(compiled: None) -> None:
    built = sorted(CATALOGUES.glob("text_*.qm"))
    assert len(built) == len(TRANSLATED)
    before = {path: path.stat().st_mtime_ns for path in built}
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py")],
                            capture_output=True, text=True, check=True)
    assert time.monotonic() - started < 5
    assert "compiled" not in result.stderr  # nothing to do, nothing said
    assert {path: path.stat().st_mtime_ns for path in built} == before


def test_a_changed_catalogue_is_compiled_again(compiled: None) -> None:
    target = CATALOGUES / "text_de.qm"
    stale = (CATALOGUES / "text_de.ts").stat().st_mtime_ns - 10**10  # older than its .ts
    os.utime(target, ns=(stale, stale))
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py")],
                   capture_output=True, text=True, check=True)
    assert target.stat().st_mtime_ns > stale


def test_translation_files_finds_both_areas(compiled: None) -> None:
    found = resources.translation_files("de")
    names = [path.name for path in found]
    assert "text_de.qm" in names
    if (CATALOGUES / "window_de.ts").exists():  # the window's area, once its strings exist
        assert names == ["text_de.qm", "window_de.qm"]
    assert all(path.is_file() for path in found)
    assert resources.translation_files("en") == []
    assert resources.translation_files("xx") == []


def test_only_compiled_catalogues_ship_in_the_bundle() -> None:
    spec = (ROOT / "packaging" / "leg-timer.spec").read_text(encoding="utf-8")
    assert '"translations").glob("*.qm")' in spec
    assert "translations.py" in (ROOT / "packaging" / "build.py").read_text(encoding="utf-8")
    assert "translations.py" in (ROOT / "dev").read_text(encoding="utf-8")
    assert "*.qm" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
