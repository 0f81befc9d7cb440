"""Fill translation catalogues from a table of words: the translator's tool for one area.

    .venv/bin/python packaging/fill_translations.py packaging/words_text.py

The table module (``words_<area>.py``) defines ``AREA`` ("text" or "window") and ``WORDS``:
``{context: [(source, de, fr, es, zh_CN), ...]}``, each translation a string, or for a plural
message ("%n" in the source) a tuple of its forms (German, French and Spanish two: one, many;
Chinese one). Every message of ``resources/translations/<AREA>_<lang>.ts`` found in the table
gets its translation (marked finished); the messages the table lacks are listed, and the exit
status is 1 while any is left. Then the catalogues are compiled (packaging/translations.py).
Placeholders are checked: a translation keeps every ``{name}`` and ``%n`` of its source.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import translations  # noqa: E402  packaging/translations.py, next to this script

COLUMNS = {"de": 1, "fr": 2, "es": 3, "zh_CN": 4}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def load_table(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)))


def fill(area: str, words: dict[str, list[tuple[Any, ...]]]) -> list[str]:
    """Fill every catalogue of ``area``; the problems found (missing or bad entries)."""
    problems: list[str] = []
    for language in translations.LANGUAGES:
        path = translations.ts_file(area, language)
        tree = ET.parse(path)
        forms_wanted = translations.PLURAL_FORMS[language]
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            table = {row[0]: row for row in words.get(name, [])}
            for message in context.iter("message"):
                source = message.findtext("source", "")
                row = table.get(source)
                translation = message.find("translation")
                if translation is None:
                    translation = ET.SubElement(message, "translation")
                if row is None:
                    if translation.get("type") in ("unfinished", None) and not (
                            translation.text or list(translation)):
                        problems.append(f"{language}: {name}: {source!r} has no translation")
                    continue
                value = row[COLUMNS[language]]
                numerus = message.get("numerus") == "yes"
                texts = list(value) if isinstance(value, tuple) else [value]
                if numerus:
                    if len(texts) == 1:
                        texts = texts * forms_wanted
                    if len(texts) != forms_wanted:
                        problems.append(f"{language}: {name}: {source!r} needs "
                                        f"{forms_wanted} plural forms")
                        continue
                for text in texts:
                    want = placeholders(source)
                    if numerus and "%n" not in text and language != "zh_CN" and len(
                            texts) > 1 and text is texts[-1]:
                        problems.append(f"{language}: {name}: {text!r} lost %n")
                    if [p for p in want if p != "%n"] != [p for p in placeholders(text)
                                                          if p != "%n"]:
                        problems.append(f"{language}: {name}: {text!r} does not keep the "
                                        f"placeholders of {source!r}")
                translation.clear()
                if numerus:
                    for text in texts:
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = texts[0]
        translations.write_ts(tree, path)
    return problems


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    table = load_table(Path(argv[0]))
    problems = fill(table.AREA, table.WORDS)
    for problem in problems:
        print(f"fill: {problem}", file=sys.stderr)
    translations.release(translations.stale())
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
