"""The voice on QTextToSpeech's "mock" engine: what is spoken, in which order, and that speech
never holds up a sound."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from leg_timer.audio.cue_output import CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.audio.voice import TEST_ENGINE, QtVoice, Voice, choose_engine
from leg_timer.core.announcements import announce
from leg_timer.core.plan import build_plan
from leg_timer.core.session import Session, State
from leg_timer.library import load_library
from leg_timer.ui.driver import SessionDriver
from tests.audio.simulate import START
from tests.conftest import FakeClock
from tests.doubles import RecordingPlayer, RecordingVoice


def test_engine_choice() -> None:
    assert choose_engine(["mock", "speechd"]) == "speechd"
    assert choose_engine(["mock", "speechd"], "mock") == "mock"
    assert choose_engine(["flite", "speechd"], "espeak") == "speechd"
    assert choose_engine(["mock", "someday"]) == "someday"
    assert choose_engine(["mock"]) is None  # the test engine is never picked by itself
    assert choose_engine([]) is None


def test_the_mock_engine_is_there() -> None:
    assert TEST_ENGINE in QTextToSpeech.availableEngines()
    assert TEST_ENGINE not in QtVoice.engines()


class Words:
    """The words a QTextToSpeech engine reports speaking, grouped per utterance."""

    def __init__(self, voice: QtVoice) -> None:
        self.utterances: dict[int, list[str]] = {}
        speech = voice.findChild(QTextToSpeech)
        assert speech is not None
        speech.sayingWord.connect(self._on_word)

    def _on_word(self, word: str, utterance: int, start: int, length: int) -> None:
        self.utterances.setdefault(utterance, []).append(word)

    def spoken(self) -> list[str]:
        return [" ".join(words) for _, words in sorted(self.utterances.items())]


def words_of(text: str) -> str:
    return " ".join(part.strip(".,:") for part in text.replace("-", " ").split())


def test_mock_voice_speaks_queued_texts_in_order(qtbot: QtBot) -> None:
    voice = QtVoice(TEST_ENGINE)
    voice.load()
    assert voice.available and voice.reason == "" and voice.engine == TEST_ENGINE
    assert isinstance(voice, Voice) and voice.voice_names()
    words = Words(voice)
    texts = ["Rest", "Next: clamshells, right side", "Round 2 of 3"]
    for text in texts:
        voice.say(text)  # returns at once: the engine speaks them one after another
    qtbot.waitUntil(lambda: words.spoken() == [words_of(text) for text in texts],
                    timeout=10_000)
    voice.stop()


def test_voice_settings_reach_the_engine(qtbot: QtBot) -> None:
    voice = QtVoice(TEST_ENGINE)
    voice.set_rate(2.0)  # before loading: kept and applied on load, clamped
    voice.load()
    speech = voice.findChild(QTextToSpeech)
    assert speech is not None
    assert speech.rate() == pytest.approx(1.0)
    voice.set_volume(0.25)
    assert speech.volume() == pytest.approx(0.25)
    other = voice.voice_names()[-1]
    voice.set_voice(other)
    assert speech.voice().name() == other
    voice.set_voice("No such voice")  # unknown: the current voice stays
    assert speech.voice().name() == other


def test_no_engine_means_unavailable_with_a_reason() -> None:
    voice = QtVoice("not-an-engine")
    assert not voice.available and "not loaded" in voice.reason
    silent = RecordingVoice(available=False, reason="No speech engine is installed.")
    output = CueOutput(RecordingPlayer(), silent)
    output.load()
    assert not output.voice_available
    assert output.voice_reason == "No speech engine is installed."


def test_a_session_is_spoken_in_order_after_each_sound(qtbot: QtBot) -> None:
    plan = build_plan(load_library(user_dir=None).routines["o-leg-correction"])
    clock = FakeClock(START)
    session = Session(plan, clock)
    driver = SessionDriver(session, clock)
    player = RecordingPlayer()
    voice = QtVoice(TEST_ENGINE)
    output = CueOutput(player, voice, CuePreferences(), speech_after_sound_ms=0)
    order: list[str] = []
    events = []
    session.subscribe(events.append)
    voice.spoken.connect(lambda text: order.append(f"say {text}"))
    original_play = player.play

    def play(name: str, at: float | None = None) -> bool:
        order.append(f"play {name}")
        return original_play(name, at)

    player.play = play  # type: ignore[method-assign]
    output.attach(driver)
    output.load()
    words = Words(voice)
    driver.command("start")
    while clock.now < START + 23.0:  # get ready, a hold, a rest and its countdown
        wake = session.next_wakeup_at()
        assert wake is not None and session.state is State.RUNNING
        clock.advance(wake - clock.now)
        driver.poke()
    driver.stop_timer()
    expected = announce(events, plan)
    said = [a.speech for a in expected if a.speech]
    assert said == ["Get ready", "Next: knees-inward stand, set 1 of 3", "Rest",
                    "Next: knees-inward stand, set 2 of 3"]
    # At every instant with both, the sound was started before the words were handed over.
    for announcement in expected:
        if announcement.sound and announcement.speech:
            at = order.index(f"say {announcement.speech}")
            assert order[at - 1] == f"play {announcement.sound}"
    qtbot.waitUntil(lambda: words.spoken() == [words_of(text) for text in said],
                    timeout=15_000)
    output.detach()
    voice.stop()


def test_cue_output_redraws_when_the_voice_comes_up(qtbot: QtBot) -> None:
    voice = QtVoice(TEST_ENGINE)
    output = CueOutput(RecordingPlayer(), voice)
    redraws: list[None] = []
    output.changed.connect(lambda: redraws.append(None))
    with qtbot.waitSignal(voice.availability_changed, timeout=5_000):
        output.load()
    qtbot.waitUntil(lambda: len(redraws) == 2)  # the voice coming up, and load itself
    assert output.voice_available and output.voice_reason == ""
