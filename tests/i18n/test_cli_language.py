"""The command line in the person's language: ``LANGUAGE=de leg-timer list`` and friends print
German (or French, Spanish, Chinese) words; the JSON stays language-neutral (keys, ids,
numbers). The language comes from the system, or from the settings file's choice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from leg_timer.cli.language import basedir_from, chosen_language, stored_language


def run(basedir: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {key: value for key, value in os.environ.items()
               if key not in ("LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    environ.update(env)
    return subprocess.run([sys.executable, "-m", "leg_timer", "--basedir", str(basedir), *args],
                          capture_output=True, text=True, timeout=60, env=environ,
                          stdin=subprocess.DEVNULL, check=False)


def test_plan_and_validate_speak_german(tmp_path: Path, compiled: None) -> None:
    plan = run(tmp_path, "plan", "squat-100", LANGUAGE="de")
    assert plan.returncode == 0, plan.stderr
    assert "Schritte, gesamt 11:10" in plan.stdout.splitlines()[0]
    assert "Beginn" in plan.stdout and "Bereit machen" in plan.stdout
    checked = run(tmp_path, "validate", str(Path(__file__).parents[2] / "routines"),
                  LANGUAGE="de")
    assert "8 Dateien geprüft: alle gültig" in checked.stderr


def test_list_speaks_german_and_its_json_stays_neutral(tmp_path: Path, compiled: None) -> None:
    english = run(tmp_path, "list", "--json")
    german = run(tmp_path, "list", "--json", LANGUAGE="de")
    assert german.returncode == 0, german.stderr
    rows, english_rows = json.loads(german.stdout), json.loads(english.stdout)
    assert [sorted(row) for row in rows] == [sorted(row) for row in english_rows]  # keys
    neutral = ("id", "total_s", "manual_sets", "tags", "builtin", "path")
    assert [[row[key] for key in neutral] for row in rows] == [
        [row[key] for key in neutral] for row in english_rows]
    table = run(tmp_path, "list", LANGUAGE="de")
    assert table.returncode == 0
    assert "squat-100" in table.stdout
    assert "+ " not in table.stdout or "im eigenen Tempo" in table.stdout


def test_help_and_history_in_each_language(tmp_path: Path, compiled: None) -> None:
    expected = {"de": "alle Programme mit ihrer Gesamtzeit auflisten",
                "fr": "lister toutes les routines avec leur durée totale",
                "es": "listar todas las rutinas con su tiempo total",
                "zh_CN": "列出所有方案及其总时长"}
    for language, words in expected.items():
        assert words in run(tmp_path, "--help", LANGUAGE=language).stdout
    assert run(tmp_path, "history", LANG="de_DE.UTF-8").stdout.strip() == (
        "Noch keine Trainings aufgezeichnet.")
    assert "Streak: none going" in run(tmp_path, "today").stdout  # English by default


def test_the_settings_choice_wins_over_the_system(tmp_path: Path, compiled: None) -> None:
    settings = tmp_path / "config" / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[window]\nlanguage=fr\n", encoding="utf-8")
    result = run(tmp_path, "history", LANGUAGE="de")
    assert result.stdout.strip() == "Aucune séance enregistrée pour l’instant."
    assert stored_language(settings) == "fr"
    settings.write_text("[window]\nlanguage=\n", encoding="utf-8")  # follow the system
    assert stored_language(settings) == ""
    assert chosen_language(["--basedir", str(tmp_path)], {"LANG": "es_ES.UTF-8"}) == "es"


@pytest.mark.parametrize(("argv", "expected"), [
    (["list"], None), (["--basedir", "/x", "list"], "/x"), (["--basedir=/y"], "/y"),
    (["plan", "--", "--basedir", "z"], None)])
def test_the_base_folder_is_found_before_parsing(argv: list[str], expected: str | None) -> None:
    assert basedir_from(argv) == expected


def test_argparse_words_too(tmp_path: Path, compiled: None) -> None:
    """argparse's own words (usage, options, its errors) follow the language as well."""
    assert run(tmp_path, "--help", LANGUAGE="de").stdout.startswith("Aufruf: leg-timer")
    missing = run(tmp_path, "plan", LANGUAGE="fr")
    assert missing.returncode == 2
    assert "erreur : arguments requis : ROUTINE" in missing.stderr
    unknown = run(tmp_path, "list", "--bogus", LANGUAGE="zh_CN")
    assert "无法识别的参数：--bogus" in unknown.stderr
    assert run(tmp_path, "--help").stdout.startswith("usage: leg-timer")  # English by default
