"""The committed cue sounds: made by resources/sounds/synthesize.py, clean and level-matched."""

from __future__ import annotations

import importlib.util
import math
import sys
import wave
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from leg_timer.audio.sound import KEEP_AWAKE_SOUND, STOP_AFTER_SOUND_MS, audible_ms, sound_file
from leg_timer.core.announcements import SOUND_NAMES
from tests.audio import onsets

SOUNDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "sounds"
ALL = sorted(SOUND_NAMES)


def synthesizer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("synthesize", SOUNDS_DIR / "synthesize.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["synthesize"] = module  # dataclasses look their module up while creating
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sounds")
    assert synthesizer().main([str(out)]) == 0
    return out


def dbfs(value: float) -> float:
    return 20 * math.log10(value)


def test_every_sound_the_cues_name_is_committed() -> None:
    committed = {path.stem for path in SOUNDS_DIR.glob("*.wav")}
    assert committed == {*SOUND_NAMES, KEEP_AWAKE_SOUND}
    for name in [*SOUND_NAMES, KEEP_AWAKE_SOUND]:
        assert sound_file(name) == SOUNDS_DIR / f"{name}.wav"


@pytest.mark.parametrize("name", [*ALL, KEEP_AWAKE_SOUND])
def test_committed_wavs_are_what_the_script_makes(made: Path, name: str) -> None:
    """The WAVs cannot drift from their source: run the script again and compare.

    Equal sample for sample, allowing 1 LSB where another C library rounds a sine differently.
    """
    committed, fresh = SOUNDS_DIR / f"{name}.wav", made / f"{name}.wav"
    with wave.open(str(committed)) as a, wave.open(str(fresh)) as b:
        assert a.getparams() == b.getparams()
        assert (a.getnchannels(), a.getsampwidth(), a.getframerate()) == (1, 2, 48_000)
        ours = np.frombuffer(a.readframes(a.getnframes()), "<i2").astype(int)
        theirs = np.frombuffer(b.readframes(b.getnframes()), "<i2").astype(int)
    assert np.max(np.abs(ours - theirs), initial=0) <= 1, (
        f"{name}.wav differs from what synthesize.py makes: run "
        "`.venv/bin/python resources/sounds/synthesize.py` and commit the WAVs")


@pytest.mark.parametrize("name", ALL)
def test_sounds_are_clean(name: str) -> None:
    samples = onsets.read_wav(sound_file(name))
    assert samples[0] == 0 and samples[-1] == 0, "starts and ends on silence"
    script = synthesizer()
    tail = round(script.SILENT_TAIL_S * 48_000)
    assert not samples[-tail:].any(), "ends in the silent tail the player stops the loop in"
    assert 0.05 < (samples.size - tail) / 48_000 < 4.01
    assert audible_ms(sound_file(name)) + STOP_AFTER_SOUND_MS < samples.size / 48
    # No clicks: no step bigger than the steepest partial at full level could make.
    notes, _ = script.SOUNDS[name]
    top_hz = max(note.freq_hz * ratio for note in notes for ratio, _, _ in note.partials)
    peak = float(np.max(np.abs(samples)))
    steepest = 2 * math.pi * top_hz / 48_000 * peak
    assert float(np.max(np.abs(np.diff(samples)))) <= steepest * 1.05


@pytest.mark.parametrize("name", ALL)
def test_sounds_are_level_matched(name: str) -> None:
    script = synthesizer()
    samples = onsets.read_wav(sound_file(name))
    window = round(script.LOUDNESS_WINDOW_S * 48_000)
    energy = np.convolve(samples * samples, np.ones(window), mode="valid")
    loudest = math.sqrt(float(np.max(energy)) / window)
    target = script.BELL_RMS_DBFS if name == "bell" else script.CUE_RMS_DBFS
    assert dbfs(loudest) == pytest.approx(target, abs=0.1)
    assert dbfs(float(np.max(np.abs(samples)))) <= script.PEAK_LIMIT_DBFS
    assert script.BELL_RMS_DBFS < script.CUE_RMS_DBFS  # the bell is the gentle one


@pytest.mark.parametrize("name", ALL)
def test_each_sound_is_one_onset_that_is_told_apart(name: str) -> None:
    """Between silences, each sound is exactly one onset and is recognised as itself."""
    samples = onsets.read_wav(sound_file(name))
    padded = np.concatenate([np.zeros(4800), samples, np.zeros(4800)])
    found = onsets.find_onsets(padded)
    assert [(round(o.at_s * 48_000), o.sound) for o in found] == [(4800, name)]


def test_the_bell_starts_gently_and_the_beeps_sharply() -> None:
    def rise_ms(name: str) -> float:
        samples = np.abs(onsets.read_wav(sound_file(name)))
        return float(np.argmax(samples >= 0.5 * samples.max())) / 48.0

    assert rise_ms("bell") > 3.0
    assert all(rise_ms(name) < 3.0 for name in ALL if name != "bell")


def test_silence_is_silent() -> None:
    samples = onsets.read_wav(sound_file(KEEP_AWAKE_SOUND))
    assert samples.size >= 4800 and not samples.any()
