"""The entry point rests the cyclic garbage collector while the modules load; every command but
the window's turns it back on (the window's collector takes over there)."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest

from leg_timer.cli import main as cli


@pytest.fixture
def collector_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


@pytest.mark.parametrize(("argv", "window"), [
    ([], True), (["run", "knee-clamp"], True), (["--basedir", "/tmp/x", "run", "a"], True),
    (["--debug"], True), (["--basedir", "run"], True), (["list"], False),
    (["plan", "run"], False), (["--basedir", "/tmp/x", "history"], False)])
def test_which_starts_open_the_window(argv: list[str], window: bool,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LEG_TIMER_AUDIO_HOST", raising=False)
    monkeypatch.delenv("LEG_TIMER_SPEECH_PROBE", raising=False)
    assert cli.window_start(argv) is window


def test_an_audio_host_is_never_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LEG_TIMER_AUDIO_HOST", "sound")
    assert not cli.window_start([])


def test_a_command_turns_collection_back_on(collector_off: None, tmp_path: object,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--basedir", str(tmp_path), "list"]) == 0
    assert gc.isenabled()
    assert "knee-clamp" in capsys.readouterr().out


def test_the_entry_point_runs_the_program_with_collection_off() -> None:
    probe = ("import gc, sys; import leg_timer.cli.main as m; "
             "m.main = lambda: print(gc.isenabled(), len(sys.modules) > 50) or 0; "
             "from leg_timer.startup import main; sys.exit(main())")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["False", "True"]
