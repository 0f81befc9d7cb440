"""Start at login: the XDG autostart entry written and removed in $XDG_CONFIG_HOME/autostart,
valid for desktop-file-validate, running ``--background``; an entry turned off counts as off."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from leg_timer.paths import autostart_dir
from leg_timer.ui.outside import autostart
from tests.conftest import require


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def test_written_and_removed(config_home: Path) -> None:
    assert autostart_dir() == config_home / "autostart"
    assert not autostart.is_enabled()
    assert autostart.set_enabled(True) == ""
    entry = config_home / "autostart" / "io.github.legtimer.LegTimer.desktop"
    assert entry.exists()
    assert autostart.is_enabled()
    text = entry.read_text()
    assert "X-GNOME-Autostart-enabled=true" in text
    assert autostart.exec_arguments()[-1] == "--background"
    assert autostart.set_enabled(False) == ""
    assert not entry.exists() and not autostart.is_enabled()
    assert autostart.set_enabled(False) == ""  # already off: nothing to do


def test_the_entry_is_valid(config_home: Path) -> None:
    require("desktop-file-validate")
    autostart.set_enabled(True)
    path = autostart.entry_path()
    assert path is not None
    result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_exec_quotes_a_path_with_spaces() -> None:
    text = autostart.entry_text(["/opt/My Apps/python3", "-m", "leg_timer"])
    assert 'Exec="/opt/My Apps/python3" -m leg_timer --background' in text


def test_an_entry_turned_off_by_the_desktop_counts_as_off(config_home: Path) -> None:
    autostart.set_enabled(True)
    path = autostart.entry_path()
    assert path is not None
    path.write_text(path.read_text().replace("X-GNOME-Autostart-enabled=true",
                                             "X-GNOME-Autostart-enabled=false"))
    assert not autostart.is_enabled()


def test_a_folder_that_cannot_be_made_is_said(config_home: Path) -> None:
    config_home.mkdir()
    (config_home / "autostart").write_text("a file in the way")
    assert autostart.set_enabled(True).startswith("cannot write")
