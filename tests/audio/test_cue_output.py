"""CueOutput between a real SessionDriver and a recording player and voice, on a fake clock;
and the silent player it falls back to where no sound server runs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from leg_timer.audio import cue_output
from leg_timer.audio.cue_output import SPEECH_AFTER_SOUND_MS, STALE_S, CueOutput
from leg_timer.audio.preferences import CuePreferences
from leg_timer.audio.silent import SilentPlayer
from leg_timer.audio.sound import CuePlayer
from leg_timer.core.announcements import announce
from leg_timer.core.plan import Plan, build_plan
from leg_timer.core.session import Event, Session, State
from leg_timer.library import Library
from leg_timer.ui.driver import SessionDriver
from tests.audio.simulate import MANUAL_SET_S, START
from tests.conftest import BUILTIN_IDS, FakeClock
from tests.doubles import RecordingPlayer, RecordingVoice


class Rig:
    """A session on a fake clock, its driver, and a CueOutput with recording outputs."""

    def __init__(self, plan: Plan, prefs: CuePreferences | None = None,
                 player: RecordingPlayer | None = None, clock: FakeClock | None = None) -> None:
        self.clock = clock or FakeClock(START)
        self.session = Session(plan, self.clock)
        self.driver = SessionDriver(self.session, self.clock)
        self.player = player or RecordingPlayer()
        self.voice = RecordingVoice()
        self.output = CueOutput(self.player, self.voice, prefs, speech_after_sound_ms=0)
        self.events: list[Event] = []
        self.flashes: list[str] = []
        self.notices: list[str] = []
        self.session.subscribe(self.events.append)
        self.output.flash.connect(self.flashes.append)
        self.output.notice.connect(self.notices.append)
        self.output.attach(self.driver)
        self.output.load()

    def step(self) -> None:
        """Wake the driver exactly when the session asks, as its timer would."""
        if self.session.segment.is_manual:
            self.clock.advance(MANUAL_SET_S)
            self.driver.command("done")
            return
        wake = self.session.next_wakeup_at()
        assert wake is not None
        self.clock.advance(wake - self.clock.now)
        self.driver.poke()

    def run_to_end(self) -> None:
        self.driver.command("start")
        while self.session.state is State.RUNNING:
            self.step()

    def close(self) -> None:
        self.driver.stop_timer()
        self.output.detach()


@pytest.fixture
def rigs(qtbot: QtBot) -> Iterator[list[Rig]]:
    made: list[Rig] = []
    yield made
    for rig in made:
        rig.close()


def rig_for(rigs: list[Rig], plan: Plan, prefs: CuePreferences | None = None,
            player: RecordingPlayer | None = None, clock: FakeClock | None = None) -> Rig:
    rig = Rig(plan, prefs, player, clock)
    rigs.append(rig)
    return rig


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_plays_and_says_what_the_plan_announces(library: Library, rigs: list[Rig],
                                                routine_id: str) -> None:
    """Wake-up by wake-up through the driver gives exactly the announcements of the whole run."""
    plan = build_plan(library.routines[routine_id])
    rig = rig_for(rigs, plan)
    rig.run_to_end()
    expected = announce(rig.events, plan)
    assert rig.player.played == [a.sound for a in expected if a.sound]
    assert rig.voice.said == [a.speech for a in expected if a.speech]
    assert rig.flashes == rig.player.played
    assert rig.player.preloaded and rig.voice.loaded and rig.notices == []


def test_output_is_kept_awake_only_while_running(library: Library, rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]))
    assert not rig.player.awake
    rig.driver.command("start")
    assert rig.player.awake and rig.output.keeping_awake
    rig.driver.command("pause")
    assert not rig.player.awake
    rig.driver.command("resume")
    assert rig.player.awake
    rig.driver.command("stop")
    assert not rig.player.awake
    rig2 = rig_for(rigs, build_plan(library.routines["knee-clamp"], {"minutes": 5}))
    rig2.run_to_end()
    assert not rig2.player.awake


def test_muted_flashes_but_stays_silent(library: Library, rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]),
                  CuePreferences(muted=True))
    rig.run_to_end()
    assert rig.player.played == [] and rig.voice.said == []
    assert rig.player.muted and "go" in rig.flashes and rig.flashes[-1] == "complete"
    assert not rig.output.audible


def test_no_audio_device_gives_a_notice_and_flashes(library: Library, rigs: list[Rig]) -> None:
    player = RecordingPlayer(available=False, reason="No audio output device.")
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]), player=player)
    assert rig.notices == ["No audio output device."]
    assert not rig.output.audio_available and rig.output.audio_reason == "No audio output device."
    rig.run_to_end()
    assert player.played == [] and rig.flashes[-1] == "complete"
    assert rig.voice.said[-1] == "Workout complete"  # speech has its own output


def test_device_lost_and_back_is_told(library: Library, rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]))
    rig.player.set_available(False, "The headset was unplugged.")
    rig.player.set_available(True)
    assert rig.notices == ["The headset was unplugged.", "Sound is back."]


def test_late_cues_are_dropped_not_played_late(library: Library, rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["mini-band-circuit"]))
    rig.driver.command("start")
    rig.clock.advance(7.0 + STALE_S + 0.1)  # the first countdown tick, noticed far too late
    rig.driver.poke()
    assert rig.player.played == [] and rig.voice.said == ["Get ready"]
    assert rig.flashes == ["tick"]
    rig.step()
    assert rig.player.played == ["tick"]  # the next one is on time again


def test_ticks_and_countdown_preferences(library: Library, rigs: list[Rig]) -> None:
    plan = build_plan(library.routines["o-leg-correction"])
    rig = rig_for(rigs, plan, CuePreferences(ticks_enabled=False))
    rig.run_to_end()
    assert "tick" not in rig.player.played and "go" in rig.player.played
    short = rig_for(rigs, plan, CuePreferences(countdown_s=1))
    short.run_to_end()
    full = rig_for(rigs, plan)
    full.run_to_end()
    assert 0 < short.player.played.count("tick") < full.player.played.count("tick")


def test_preferences_apply_at_once(library: Library, rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]))
    changes: list[None] = []
    rig.output.changed.connect(lambda: changes.append(None))
    rig.output.apply(CuePreferences(volume=0.3, voice_rate=-0.5, voice_name="Anne"))
    assert (rig.player.volume, rig.voice.rate, rig.voice.voice) == (0.3, -0.5, "Anne")
    assert rig.output.toggle_muted() is True and rig.player.muted and rig.voice.stopped
    assert rig.output.toggle_muted() is False and not rig.player.muted
    rig.output.step_volume(+2)
    assert rig.output.preferences.volume == pytest.approx(0.5)
    rig.output.set_volume(7.0)
    assert rig.output.preferences.volume == 1.0
    rig.output.set_voice_enabled(False)
    rig.run_to_end()
    assert rig.voice.said == [] and rig.player.played
    assert len(changes) == 6


def test_preferences_survive_a_settings_file() -> None:
    prefs = CuePreferences(volume=0.55, muted=True, voice_enabled=False, voice_engine="speechd",
                           voice_name="Anne", voice_rate=0.25, ticks_enabled=False,
                           countdown_s=5, count_reps=True)
    as_ini = {key: str(value).lower() if isinstance(value, bool) else str(value)
              for key, value in prefs.to_dict().items()}
    assert CuePreferences.from_dict(as_ini) == prefs
    assert CuePreferences.from_dict(prefs.to_dict()) == prefs


def test_unreadable_preferences_fall_back_to_defaults() -> None:
    stored = {"volume": "loud", "muted": "perhaps", "voice_rate": "nan", "countdown_s": "99",
              "ticks_enabled": "0", "unknown": "x"}
    prefs = CuePreferences.from_dict(stored)
    defaults = CuePreferences()
    assert prefs.volume == defaults.volume and prefs.muted == defaults.muted
    assert prefs.voice_rate == defaults.voice_rate
    assert prefs.countdown_s == 10 and prefs.ticks_enabled is False
    assert CuePreferences.from_dict({}) == defaults
    assert CuePreferences(volume=-1, voice_rate=3).clamped() == CuePreferences(volume=0,
                                                                             voice_rate=1)


def test_attach_follows_one_driver_at_a_time(library: Library, rigs: list[Rig]) -> None:
    first = rig_for(rigs, build_plan(library.routines["o-leg-correction"]))
    plan = build_plan(library.routines["knee-clamp"], {"minutes": 5})
    clock = FakeClock(START)
    other = SessionDriver(Session(plan, clock), clock)
    first.output.attach(other)
    first.driver.command("start")
    first.clock.advance(10)
    first.driver.poke()
    assert first.player.played == []  # the old driver is no longer heard
    other.command("start")
    clock.advance(5)
    other.poke()
    assert first.player.played == ["bell"]
    other.stop_timer()


def test_words_follow_their_sound_a_moment_later(library: Library, rigs: list[Rig],
                                                 qtbot: QtBot) -> None:
    plan = build_plan(library.routines["mini-band-circuit"])
    rig = rig_for(rigs, plan)
    output = CueOutput(rig.player, rig.voice, speech_after_sound_ms=SPEECH_AFTER_SOUND_MS)
    rig.output.detach()
    output.attach(rig.driver)
    output.load()
    rig.driver.command("start")
    assert rig.voice.said == ["Get ready"]  # no sound with it: said at once
    rig.clock.advance(7.0)
    rig.driver.poke()
    assert rig.player.played == ["tick"] and rig.voice.said == ["Get ready"]
    qtbot.waitUntil(lambda: len(rig.voice.said) == 2, timeout=2_000)
    assert rig.voice.said[1] == "Next: quadruped hip extension, right side"
    rig.clock.advance(48.0)  # the switch: its sound now, its words after...
    rig.driver.poke()
    output.set_muted(True)  # ...unless muted meanwhile
    qtbot.wait(SPEECH_AFTER_SOUND_MS * 2)
    assert rig.voice.said[-1] != "Switch sides"
    output.detach()


def test_without_a_sound_server_load_gives_a_silent_player(
        library: Library, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    """Qt's PulseAudio engine is never started with no server to talk to: cues only flash."""
    monkeypatch.setattr(cue_output, "sound_server_missing", lambda: cue_output.NO_SOUND_SERVER)
    output = CueOutput(voice=RecordingVoice(), speech_after_sound_ms=0)
    notices: list[str] = []
    flashes: list[str] = []
    output.notice.connect(notices.append)
    output.flash.connect(flashes.append)
    output.load()
    player = output._player
    assert isinstance(player, SilentPlayer) and isinstance(player, CuePlayer)
    assert notices == [cue_output.NO_SOUND_SERVER]
    assert not output.audio_available and output.audio_reason == cue_output.NO_SOUND_SERVER
    assert not output.audible

    clock = FakeClock(START)
    session = Session(build_plan(library.routines["o-leg-correction"]), clock)
    driver = SessionDriver(session, clock)
    output.attach(driver)
    driver.command("start")
    while session.state is State.RUNNING:
        if session.segment.is_manual:
            clock.advance(MANUAL_SET_S)
            driver.command("done")
            continue
        wake = session.next_wakeup_at()
        assert wake is not None
        clock.advance(wake - clock.now)
        driver.poke()
    output.detach()
    driver.stop_timer()
    assert flashes[-1] == "complete" and not player.play("go")
    with pytest.raises(KeyError, match="no sound 'beep'"):
        player.play("beep")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="only Linux needs a server")
def test_sound_server_is_looked_for_where_libpulse_looks(monkeypatch: pytest.MonkeyPatch,
                                                         tmp_path: Path) -> None:
    if Path("/run/pulse/native").exists():
        pytest.skip("a system-wide PulseAudio server runs here")
    for name in ("PULSE_SERVER", "PULSE_RUNTIME_PATH"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert cue_output.sound_server_missing() == cue_output.NO_SOUND_SERVER
    (runtime / "pulse").mkdir()
    (runtime / "pulse" / "native").touch()
    assert cue_output.sound_server_missing() == ""
    # No runtime folder announced: no guess at /run/user/UID, where libpulse would not look.
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert cue_output.sound_server_missing() == cue_output.NO_SOUND_SERVER
    monkeypatch.setenv("PULSE_RUNTIME_PATH", str(runtime / "pulse"))
    assert cue_output.sound_server_missing() == ""
    monkeypatch.delenv("PULSE_RUNTIME_PATH")
    monkeypatch.setenv("PULSE_SERVER", "tcp:elsewhere")  # libpulse is told where: trust it
    assert cue_output.sound_server_missing() == ""


# -- cues sent ahead (a player with ahead_s > 0: the stream player) ---------------------------


class AheadPlayer(RecordingPlayer):
    """Wants its cues AHEAD_S before their instant, and notes when each was asked for."""

    AHEAD_S = 0.3

    def __init__(self, clock: FakeClock) -> None:
        super().__init__(ahead_s=self.AHEAD_S)
        self._clock = clock
        self.asked_at: list[float] = []

    def play(self, name: str, at: float | None = None) -> bool:
        self.asked_at.append(self._clock.now)
        return super().play(name, at)


def ahead_rig(rigs: list[Rig], plan: Plan, prefs: CuePreferences | None = None) -> Rig:
    clock = FakeClock(START)
    return rig_for(rigs, plan, prefs, AheadPlayer(clock), clock)


def expected_cues(rig: Rig, plan: Plan) -> list[tuple[str, float | None]]:
    return [(a.sound, a.at) for a in announce(rig.events, plan) if a.sound]


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_cues_are_sent_once_each_ahead_of_their_instant(library: Library, rigs: list[Rig],
                                                        routine_id: str) -> None:
    plan = build_plan(library.routines[routine_id])
    rig = ahead_rig(rigs, plan)
    rig.run_to_end()
    player = rig.player
    assert isinstance(player, AheadPlayer)
    assert player.held() == expected_cues(rig, plan)  # each once, at its planned instant
    assert player.cancelled == []
    started = rig.session.started_at
    for (_name, at), asked in zip(player.held(), player.asked_at, strict=True):
        assert at is not None
        # Only a cue of the start itself is asked for at its instant; every other one ahead.
        assert at - asked >= AheadPlayer.AHEAD_S or at == asked == started
    # What the window shows and says is unchanged: a flash per sound, at its instant.
    assert rig.flashes == [name for name, _ in expected_cues(rig, plan)]


def test_a_pause_takes_back_the_cues_sent_ahead_and_a_resume_sends_them_anew(
        library: Library, rigs: list[Rig]) -> None:
    plan = build_plan(library.routines["mini-band-circuit"])
    rig = ahead_rig(rigs, plan)
    player = rig.player
    assert isinstance(player, AheadPlayer)
    rig.driver.command("start")
    for _ in range(6):
        rig.step()
    rig.clock.advance(0.25)
    pending = [at for _name, at in player.held() if at is not None and at > rig.clock.now]
    assert pending, "something must be on its way when the pause comes"
    rig.driver.command("pause")
    assert sorted(player.cancelled) == sorted(pending)
    rig.clock.advance(30.0)  # a long pause: every later instant moves by it
    rig.driver.command("resume")
    while rig.session.state is State.RUNNING:
        rig.step()
    assert player.held() == expected_cues(rig, plan)


def test_a_skip_and_muting_take_back_what_no_longer_comes(library: Library,
                                                          rigs: list[Rig]) -> None:
    plan = build_plan(library.routines["mini-band-circuit"])
    rig = ahead_rig(rigs, plan)
    player = rig.player
    assert isinstance(player, AheadPlayer)

    def coming() -> list[tuple[str, float | None]]:
        return [cue for cue in player.held() if cue[1] is not None and cue[1] > rig.clock.now]

    rig.driver.command("start")
    while not coming():
        rig.step()
    skipped = coming()
    rig.driver.command("next")
    assert [at for _name, at in skipped if at not in player.cancelled] == []
    while not coming():
        rig.step()
    rig.output.set_muted(True)
    assert coming() == []
    rig.output.set_muted(False)  # sent again at once, not a second late
    assert coming()
    while rig.session.state is State.RUNNING:
        rig.step()
    assert player.held() == expected_cues(rig, plan)


def test_a_player_that_plays_when_asked_is_asked_at_the_instant(library: Library,
                                                                rigs: list[Rig]) -> None:
    rig = rig_for(rigs, build_plan(library.routines["o-leg-correction"]))
    rig.run_to_end()
    assert rig.player.cancelled == [] and all(
        op == "play" for op, _ in rig.player.ops)



def test_shortening_a_segment_never_splits_its_end_beep(library: Library,
                                                        rigs: list[Rig]) -> None:
    """Found by the test below: after "-" the end cue's instant and the segment's end differed
    in the last bit of a float, so the end's "switch" came as two announcements (and two
    beeps, sent ahead or not)."""
    plan = build_plan(library.routines["mini-band-circuit"])
    rig = ahead_rig(rigs, plan)
    player = rig.player
    assert isinstance(player, AheadPlayer)
    rig.driver.command("start")
    rig.step()
    for _ in range(4):
        rig.clock.advance(0.1)
        rig.driver.command("add_time", -10.0)
    while rig.session.state is State.RUNNING:
        rig.step()
    assert player.held() == expected_cues(rig, plan)

COMMANDS = ("wait", "wait", "wait", "pause_resume", "next", "previous", "more", "less")


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(COMMANDS), min_size=5, max_size=60),
       pause_s=st.floats(min_value=0.05, max_value=20.0))
def test_whatever_the_person_does_each_cue_is_heard_once_at_its_instant(
        library: Library, rigs: list[Rig], steps: list[str], pause_s: float) -> None:
    """Any mix of pauses, skips, going back and +/- between wake-ups: what the player holds
    at the end (sent ahead, less what was cancelled) is exactly what the plan announced, each
    sound once, on its instant as it finally stood."""
    plan = build_plan(library.routines["mini-band-circuit"])
    rig = ahead_rig(rigs, plan)
    player = rig.player
    assert isinstance(player, AheadPlayer)
    rig.driver.command("start")
    for step in steps:
        if rig.session.state is not State.RUNNING:
            break
        if step == "wait":
            rig.step()
        elif step == "pause_resume":
            rig.clock.advance(0.3)
            rig.driver.command("pause")
            rig.clock.advance(pause_s)
            rig.driver.command("resume")
        elif step in ("next", "previous"):
            rig.clock.advance(0.2)
            rig.driver.command(step)
        else:
            rig.clock.advance(0.1)
            rig.driver.command("add_time", 10.0 if step == "more" else -10.0)
    while rig.session.state is State.RUNNING:
        rig.step()
    assert player.held() == expected_cues(rig, plan)
