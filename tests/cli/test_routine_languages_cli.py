"""The command line in another language: routine names translated, JSON ids and numbers the
same as in English (issue 13, "Languages"). Real processes, the language from the environment
as a person's session sets it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def run(basedir: Path, language: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items()
           if key not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    # LANGUAGE is ignored under the C locale (as gettext does), so a real locale name too.
    env.update(LANG="en_US.UTF-8", LANGUAGE=language)
    return subprocess.run([sys.executable, "-m", "leg_timer", "--basedir", str(basedir), *args],
                          capture_output=True, text=True, timeout=60, env=env,
                          stdin=subprocess.DEVNULL, check=True)


def test_list_prints_german_routine_names(tmp_path: Path) -> None:
    lines = run(tmp_path, "de", "list").stdout.splitlines()
    by_id = {line.split()[0]: line for line in lines}
    assert len(by_id) == 8
    assert "100 Kniebeugen" in by_id["squat-100"]
    assert "Beine an der Wand" in by_id["legs-up-the-wall"]
    assert "Legs up the wall" not in by_id["legs-up-the-wall"]
    assert by_id["mini-band-circuit"].split()[-1] == "20:55"


def test_list_json_keeps_ids_and_numbers(tmp_path: Path) -> None:
    english = json.loads(run(tmp_path, "en", "list", "--json").stdout)
    chinese = json.loads(run(tmp_path, "zh_CN", "list", "--json").stdout)
    neutral = ("id", "total_s", "manual_sets", "tags", "builtin", "path")
    assert [{k: row[k] for k in neutral} for row in english] == [
        {k: row[k] for k in neutral} for row in chinese]
    names = {row["id"]: row["name"] for row in chinese}
    assert names["squat-100"] == "100 个深蹲"


def test_plan_json_in_french_has_the_english_ids_and_times(tmp_path: Path) -> None:
    args = ("plan", "mini-band-circuit", "--set", "rounds=2", "--json")
    english = json.loads(run(tmp_path, "en", *args).stdout)
    french = json.loads(run(tmp_path, "fr", *args).stdout)
    assert french["name"] == "Circuit mini-bande"
    assert (french["id"], french["total_s"], french["values"]) == (
        english["id"], english["total_s"], english["values"])
    assert len(french["segments"]) == len(english["segments"])
    words = ("label", "exercise")
    for mine, theirs in zip(english["segments"], french["segments"], strict=True):
        assert {k: v for k, v in mine.items() if k not in words} == {
            k: v for k, v in theirs.items() if k not in words}
    exercises = {segment["exercise"] for segment in french["segments"] if segment["exercise"]}
    assert "Coquillage" in exercises and "Clamshells" not in exercises
