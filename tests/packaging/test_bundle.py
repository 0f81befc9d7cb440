"""The real PyInstaller bundle, run as a process: it starts, lists, runs a routine, plays sound.

Marked ``bundle`` (and ``slow``): the session builds the bundle once, see conftest.py.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.audio.pulse import PulseServer
from tests.packaging.tools import ROOT, peak_level, pyproject, require

pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(1200)]

PROJECT = pyproject()
SHORT_ROUTINE = ROOT / "tests" / "data" / "good" / "short-e2e.yaml"


def run_bundle(bundle: Path, *args: str, env: dict[str, str] | None = None,
               timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bundle / "leg-timer"), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, stdin=subprocess.DEVNULL, check=False)


def app_env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "LEG_TIMER_BASEDIR": str(tmp_path / "user")}


def test_version_comes_from_pyproject(bundle: Path, tmp_path: Path) -> None:
    result = run_bundle(bundle, "--version", env=app_env(tmp_path))
    assert result.returncode == 0, result.stderr
    display_name = PROJECT["tool"]["leg-timer"]["display-name"]
    assert result.stdout.strip() == f"{display_name} {PROJECT['project']['version']}"


def test_lists_the_same_routines_as_the_source_tree(bundle: Path, tmp_path: Path) -> None:
    bundled = run_bundle(bundle, "list", "--json", env=app_env(tmp_path))
    assert bundled.returncode == 0, bundled.stderr
    source = subprocess.run([sys.executable, "-m", "leg_timer", "list", "--json"],
                            capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env=app_env(tmp_path), check=True)

    def ids(output: str) -> list[str]:
        return [routine["id"] for routine in json.loads(output)]

    assert ids(bundled.stdout) == ids(source.stdout)
    assert len(ids(bundled.stdout)) == len(list((ROOT / "routines").glob("*.yaml")))
    # In German from the bundle too: its catalogues and the routines' own translations.
    german = run_bundle(bundle, "list", env={**app_env(tmp_path), "LANGUAGE": "de"})
    assert german.returncode == 0, german.stderr
    assert "Miniband-Zirkel" in german.stdout, german.stdout


def test_runs_a_routine_to_the_end_offscreen(bundle: Path, tmp_path: Path) -> None:
    started = time.monotonic()
    result = run_bundle(bundle, "run", str(SHORT_ROUTINE), "--quit-when-done",
                        env=app_env(tmp_path), timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert time.monotonic() - started < 60
    # The bundle's own sqlite3 recorded it: the history holds one completed session.
    history = run_bundle(bundle, "history", "--json", env=app_env(tmp_path))
    assert history.returncode == 0, history.stderr
    [session] = json.loads(history.stdout)
    assert session["outcome"] == "completed" and session["routine"] == "short-e2e"


def test_carries_its_data_and_the_multimedia_and_speech_parts(bundle: Path) -> None:
    internal = bundle / "_internal"
    data = internal / "leg_timer" / "data"
    assert (data / "pyproject.toml").read_bytes() == (ROOT / "pyproject.toml").read_bytes()
    for folder, pattern in (("routines", "*.yaml"), ("resources/sounds", "*.wav")):
        expected = {path.name for path in (ROOT / folder).glob(pattern)}
        assert expected, folder
        assert {path.name for path in (data / folder).glob(pattern)} == expected, folder
    app_id = PROJECT["tool"]["leg-timer"]["app-id"]
    assert (data / "resources" / "desktop" / f"{app_id}.desktop").is_file()
    assert (data / "resources" / "icons" / "leg-timer.svg").is_file()
    qt = internal / "PySide6" / "Qt"
    # QSoundEffect's audio output lives in libQt6Multimedia (PulseAudio/PipeWire), the voice
    # in the Speech Dispatcher plugin; the FFmpeg media plugin is left out on purpose.
    assert (qt / "lib" / "libQt6Multimedia.so.6").is_file()
    assert (qt / "lib" / "libQt6TextToSpeech.so.6").is_file()
    assert (qt / "plugins" / "texttospeech" / "libqtexttospeech_speechd.so").is_file()
    for platform in ("libqxcb.so", "libqwayland.so", "libqoffscreen.so"):
        assert (qt / "plugins" / "platforms" / platform).is_file()
    assert (qt / "plugins" / "iconengines" / "libqsvgicon.so").is_file()


def test_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    names = [path.name.lower() for path in (bundle / "_internal").rglob("*")]
    for unwanted in ("libffmpegmediaplugin", "libavcodec", "libavformat", "libqt6quick",
                     "libqt6qml", "libqt6pdf", "libqt6webengine", "libqt63d", "libqt6charts",
                     "libstdc++", "libglib-2.0", "libx11.so"):
        assert not [name for name in names if name.startswith(unwanted)], unwanted
    # Of Qt's own catalogues only those of the languages the app speaks; all of the app's.
    catalogues = sorted(path.name for path in (bundle / "_internal").rglob("*.qm"))
    qt = [name for name in catalogues if name.startswith("qt")]
    assert qt == ["qtbase_de.qm", "qtbase_es.qm", "qtbase_fr.qm", "qtbase_zh_CN.qm"], qt
    ours = [name for name in catalogues if not name.startswith("qt")]
    assert ours == sorted(f"{area}_{language}.qm" for area in ("text", "window")
                          for language in ("de", "es", "fr", "zh_CN")), ours


def startup_bytecode() -> list[str]:
    """STARTUP_BYTECODE of packaging/leg-timer.spec (a spec cannot be imported)."""
    tree = ast.parse((ROOT / "packaging" / "leg-timer.spec").read_text(encoding="utf-8"))
    [names] = [node.value for node in tree.body if isinstance(node, ast.Assign)
               and [getattr(target, "id", None) for target in node.targets]
               == ["STARTUP_BYTECODE"]]
    return list(ast.literal_eval(names))


def test_start_up_bytecode_is_loose_and_the_rest_archived(bundle: Path) -> None:
    """The modules every start imports are plain .pyc files (no inflating from the PYZ archive
    at start-up, docs/packaging.md); the app's own code and the rest stay in the archive."""
    internal = bundle / "_internal"
    names = startup_bytecode()
    assert {"typing", "logging", "PySide6"} <= set(names)
    for name in names:
        path = internal.joinpath(*name.split("."))
        assert path.with_suffix(".pyc").is_file() or (path / "__init__.pyc").is_file(), name
    assert not list((internal / "leg_timer").rglob("*.pyc"))  # in the archive
    for unused in ("http", "_pydecimal"):  # left out to make room for the loose bytecode
        assert not (internal / unused).exists() and not (internal / f"{unused}.pyc").exists()


def test_sounds_load_and_play_inside_the_bundle(bundle: Path, tmp_path: Path) -> None:
    """The proof that WAV cues play without the FFmpeg plugin: the bundle's own Qt loads every
    sound to status Ready and plays one into a null sink, and the recording is not silent."""
    require("pulseaudio", "pactl", "parec")
    recording = tmp_path / "played.raw"
    server = PulseServer(tmp_path / "pulse")
    server.start()
    try:
        recorder = server.record(recording)
        try:
            result = run_bundle(bundle, env={**server.env, "LEG_TIMER_SELF_CHECK": "1",
                                             "QT_QPA_PLATFORM": "offscreen"}, timeout=60)
        finally:
            recorder.stop()
    finally:
        server.stop()
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["frozen"] is True
    assert Path(report["plugins_dir"]).resolve().is_relative_to(bundle.resolve())
    assert "libqtexttospeech_speechd.so" in report["tts_plugins"]  # the folder listing works
    assert report["media_plugins"] == []  # no FFmpeg plugin: the sound below needs none
    assert set(report["sounds"]) == {p.name for p in (ROOT / "resources" / "sounds").glob("*.wav")}
    assert set(report["sounds"].values()) == {"Ready"}
    assert report["played"] is True
    assert "speechd" in report["tts_engines"]
    assert peak_level(recording) > 1000, "the null sink recorded only silence"


def test_a_workout_in_the_bundle_is_heard_through_its_audio_host(bundle: Path,
                                                                  tmp_path: Path) -> None:
    """The window's process never plays a sound itself: it starts the bundle again as its
    sound host (LEG_TIMER_AUDIO_HOST). A routine run from the bundle must be heard."""
    require("pulseaudio", "pactl", "parec")
    recording = tmp_path / "workout.raw"
    server = PulseServer(tmp_path / "pulse")
    server.start()
    try:
        recorder = server.record(recording)
        try:
            result = run_bundle(bundle, "run", str(SHORT_ROUTINE), "--quit-when-done",
                                env={**app_env(tmp_path), **{
                                    key: server.env[key] for key in
                                    ("PULSE_SERVER", "XDG_RUNTIME_DIR", "HOME")}},
                                timeout=120)
        finally:
            recorder.stop()
    finally:
        server.stop()
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert peak_level(recording) > 1000, "the workout's cues were not heard"
