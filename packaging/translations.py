"""Build Leg Timer's translation catalogues: the one command.

    python3 packaging/translations.py            compile: resources/translations/*.ts -> *.qm
    python3 packaging/translations.py --update   extract the strings first (pyside6-lupdate),
                                                 then compile (pyside6-lrelease)

The strings live in two areas, so that two people never edit the same catalogue:

- ``text``: everything outside ``leg_timer/ui/`` (present, core, history, reminders, cli,
  audio, desktop, ...) into ``resources/translations/text_<lang>.ts``;
- ``window``: ``leg_timer/ui/**`` into ``resources/translations/window_<lang>.ts``.

``--update`` keeps every existing translation and drops strings no source uses any more
(``-no-obsolete``). Compiling is skipped when every ``.qm`` is newer than its ``.ts`` (and
than this script), so ./dev can call this at every start. The ``.qm`` files are build output
(.gitignore); ``leg_timer.resources.translation_files`` finds them in a checkout, a wheel and
the bundle. Run with the project's Python (.venv/bin/python): the tools come from PySide6.
Exit status non-zero when a tool fails or is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "leg_timer"
CATALOGUES = ROOT / "resources" / "translations"
# The source language is English; these are the catalogues' languages (leg_timer/languages.py
# AVAILABLE without English; tests/i18n checks the two lists agree).
LANGUAGES = ("de", "fr", "es", "zh_CN")
# How many plural forms each language's catalogue has (Qt's rules for these languages).
PLURAL_FORMS = {"de": 2, "fr": 2, "es": 2, "zh_CN": 1}


def _outside_ui(path: Path) -> bool:
    return path.relative_to(PACKAGE).parts[0] != "ui"


def _inside_ui(path: Path) -> bool:
    return path.relative_to(PACKAGE).parts[0] == "ui"


# Area name -> which of the package's Python files it covers.
AREAS: dict[str, Callable[[Path], bool]] = {"text": _outside_ui, "window": _inside_ui}


def say(message: str) -> None:
    print(f"translations: {message}", file=sys.stderr, flush=True)


def sources(area: str) -> list[Path]:
    """The Python files of ``area``, sorted (no caches)."""
    wanted = AREAS[area]
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if "__pycache__" not in path.parts and wanted(path))


def ts_file(area: str, language: str) -> Path:
    return CATALOGUES / f"{area}_{language}.ts"


def qm_file(area: str, language: str) -> Path:
    return CATALOGUES / f"{area}_{language}.qm"


def tool(name: str) -> list[str]:
    """The command that runs Qt's ``name`` (lupdate, lrelease) from PySide6."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"pyside6-{name}{suffix}"
    if beside.exists():
        return [str(beside)]
    try:
        import PySide6  # only for its folder: the wheel ships the tools there
    except ImportError:
        found = shutil.which(f"pyside6-{name}")
        if found:
            return [found]
        raise SystemExit(f"translations: no pyside6-{name}: run this with the project's "
                         "Python (.venv/bin/python packaging/translations.py)") from None
    packaged = Path(PySide6.__file__).parent / f"{name}{suffix}"
    if packaged.exists():
        return [str(packaged)]
    raise SystemExit(f"translations: PySide6 at {packaged.parent} has no {name}")


def run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"translations: {Path(command[0]).name} failed "
                         f"(exit {result.returncode})")


def update(area: str) -> None:
    """Extract ``area``'s strings into its .ts files, keeping the translations made."""
    CATALOGUES.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources(area)]
    for language in LANGUAGES:
        target = ts_file(area, language)
        kept = plural_translations(target)
        run([*tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
             "-source-language", "en", "-target-language", language,
             *files, "-ts", str(target)])
        restore_plurals(target, kept, PLURAL_FORMS[language])
    say(f"updated {area}_*.ts from {len(files)} files")


# WORKAROUND: pyside6-lupdate's Python parser keeps the plural forms of
# translate(context, source, None, n) only when n is a literal number (Context.tr and self.tr
# keep them; see leg_timer/core/translation.py). So after each run every string with "%n"
# becomes a plural message again, with the forms it had before the run.

Key = tuple[str, str, str]  # context, source, disambiguation


def _key(context: ET.Element, message: ET.Element) -> Key:
    return (context.findtext("name", ""), message.findtext("source", ""),
            message.findtext("comment", ""))


def plural_translations(path: Path) -> dict[Key, tuple[list[str], str | None]]:
    """Each plural message's forms (and its translation's type) in the .ts at ``path``."""
    if not path.exists():
        return {}
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                found[_key(context, message)] = (forms, translation.get("type"))
    return found


def restore_plurals(path: Path, kept: dict[Key, tuple[list[str], str | None]],
                    count: int) -> None:
    """Make every "%n" message of ``path`` a plural one (``count`` forms), as it was."""
    tree = ET.parse(path)
    changed = False
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source", "")
            if "%n" not in source or message.get("numerus") == "yes":
                continue
            forms, kind = kept.get(_key(context, message), ([], "unfinished"))
            forms = (forms + [""] * count)[:count]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.clear()
            if kind is not None or not all(forms):
                translation.set("type", kind or "unfinished")
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
            message.set("numerus", "yes")
            changed = True
    if changed:
        write_ts(tree, path)


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """A .ts file as lupdate writes one (its header, four-space indents)."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def stale() -> list[tuple[Path, Path]]:
    """(.ts, .qm) pairs whose .qm is missing or older than its .ts or this script."""
    script_time = Path(__file__).stat().st_mtime
    pairs = []
    for area in AREAS:
        for language in LANGUAGES:
            source, target = ts_file(area, language), qm_file(area, language)
            if not source.exists():
                continue  # that area has no catalogue yet (its --update makes one)
            if (not target.exists()
                    or target.stat().st_mtime < max(source.stat().st_mtime, script_time)):
                pairs.append((source, target))
    return pairs


def release(pairs: list[tuple[Path, Path]]) -> None:
    """Compile each .ts into its .qm."""
    for source, target in pairs:
        run([*tool("lrelease"), "-silent", str(source), "-qm", str(target)])
    if pairs:
        say(f"compiled {len(pairs)} catalogue(s) into {CATALOGUES.relative_to(ROOT)}/")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--update", action="store_true",
                        help="extract the strings from the sources into the .ts files first "
                             "(pyside6-lupdate -no-obsolete), then compile")
    parser.add_argument("--area", choices=sorted(AREAS), action="append",
                        help="with --update: only this area (repeatable; default: both)")
    args = parser.parse_args(argv)
    if args.update:
        for area in args.area or AREAS:
            update(area)
    release(stale())
    return 0


if __name__ == "__main__":
    sys.exit(main())
