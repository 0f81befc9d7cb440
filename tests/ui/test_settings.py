"""AppSettings against real INI files in tmp_path: the table of keys, typed reads that fall back
to the default (logged once), and the upgrade of files written by every older version."""

from __future__ import annotations

import configparser
import logging
from collections.abc import Callable, MutableMapping
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.plan import MAX_COUNTDOWN_S, MAX_PREPARE_S
from leg_timer.ui import settings as settings_module
from leg_timer.ui.settings import (
    SETTINGS,
    SETTINGS_VERSION,
    UPGRADES,
    AppSettings,
    Setting,
    Value,
)

LOGGER = "leg_timer.ui.settings"


def write_ini(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def raw(path: Path, key: str) -> str | None:
    """The text the file on disk holds under ``key`` (QSettings would answer from the cache it
    shares with every QSettings on the same file in this process)."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    section, _, name = key.rpartition("/")
    return parser.get(section or "General", name, fallback=None)


def warnings_from(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [record.getMessage() for record in caplog.records
            if record.name == LOGGER and record.levelno == logging.WARNING]


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


# -- the table ------------------------------------------------------------------------------


def test_every_key_is_listed_once() -> None:
    keys = [setting.key for setting in SETTINGS]
    assert len(keys) == len(set(keys))
    assert {"picker/last_routine", "window/geometry", "window/theme", "workout/own_prepare",
            "workout/prepare_s"} <= set(keys)


def test_every_cue_preference_has_a_row_with_its_default() -> None:
    cue_rows = {setting.key.removeprefix("cues/"): setting for setting in SETTINGS
                if setting.key.startswith("cues/")}
    defaults = CuePreferences()
    assert set(cue_rows) == {field.name for field in fields(CuePreferences)}
    for name, setting in cue_rows.items():
        assert setting.default == getattr(defaults, name)
        assert setting.type is type(getattr(defaults, name))


@pytest.mark.parametrize("setting", [s for s in SETTINGS if s.key.startswith("cues/")
                                     and s.minimum is not None], ids=lambda s: s.key)
def test_cue_ranges_are_the_ones_clamped_keeps(setting: Setting[int] | Setting[float]) -> None:
    assert setting.minimum is not None and setting.maximum is not None
    name = setting.key.removeprefix("cues/")

    def clamped(value: float) -> object:  # from_dict clamps what it reads
        return getattr(CuePreferences.from_dict({name: setting.type(value)}), name)

    assert clamped(setting.minimum) == setting.minimum
    assert clamped(setting.maximum) == setting.maximum
    assert clamped(setting.minimum - 1) == setting.minimum
    assert clamped(setting.maximum + 1) == setting.maximum


def test_the_ranges_come_from_the_plan_limits() -> None:
    by_key = {setting.key: setting for setting in SETTINGS}
    assert by_key["cues/countdown_s"].maximum == MAX_COUNTDOWN_S
    assert by_key["workout/prepare_s"].maximum == MAX_PREPARE_S


def other_value(setting: Setting[bool] | Setting[int] | Setting[float] | Setting[str]
                | Setting[bytes]) -> Value:
    """A value other than the default that ``setting`` allows."""
    if setting.choices:
        return next(choice for choice in setting.choices if choice != setting.default)
    if setting.type is bool:
        return not setting.default
    if setting.type is int:
        assert setting.maximum is not None
        return int(setting.maximum)
    if setting.type is float:
        assert setting.minimum is not None
        return float(setting.minimum)
    if setting.type is bytes:
        return b"\x00\x01@ByteArray(, ]\xff"
    return "a name, with a comma; and = signs"


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.key)
def test_each_key_reads_its_default_then_what_was_stored(
        ini: Path, setting: Setting[bool] | Setting[int] | Setting[float] | Setting[str]
        | Setting[bytes], caplog: pytest.LogCaptureFixture) -> None:
    assert setting.parse(setting.default) == setting.default
    settings = AppSettings(ini)
    assert settings.get(setting.key) == setting.default
    value = other_value(setting)
    settings.set(setting.key, value)
    assert settings.get(setting) == value  # before the file is written
    settings.sync()
    assert AppSettings(ini).get(setting) == value  # and read back from it
    assert warnings_from(caplog) == []


def test_an_unknown_key_is_a_mistake_in_the_code(ini: Path) -> None:
    with pytest.raises(KeyError):
        AppSettings(ini).get("window/colour")


# -- wrong types and values out of range -----------------------------------------------------


def test_a_bad_value_falls_back_to_the_default_logged_once(
        ini: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_ini(ini, "[General]\nversion=2\n\n[window]\ntheme=purple\n")
    settings = AppSettings(ini)
    assert [settings.theme, settings.theme, settings.get("window/theme")] == ["system"] * 3
    [message] = warnings_from(caplog)
    assert "window/theme" in message and "'purple'" in message and "'system'" in message
    assert AppSettings(ini).theme == "system"  # another AppSettings says so once again
    assert len(warnings_from(caplog)) == 2


@pytest.mark.parametrize(("line", "key", "default"), [
    ("[cues]\nvolume=loud", "cues/volume", CuePreferences().volume),       # wrong type
    ("[cues]\nvolume=1.5", "cues/volume", CuePreferences().volume),        # out of range
    ("[cues]\nvolume=nan", "cues/volume", CuePreferences().volume),
    ("[cues]\nmuted=perhaps", "cues/muted", False),
    ("[cues]\nmuted=2", "cues/muted", False),
    ("[cues]\ncountdown_s=2.5", "cues/countdown_s", CuePreferences().countdown_s),
    ("[cues]\ncountdown_s=11", "cues/countdown_s", CuePreferences().countdown_s),
    ("[cues]\nvoice_rate=-1.01", "cues/voice_rate", 0.0),
    ("[cues]\nvoice_name=Alice, Bob", "cues/voice_name", ""),              # a list, not text
    ("[window]\ngeometry=not bytes", "window/geometry", b""),
    ("[window]\ntheme=", "window/theme", "system"),
    ("[workout]\nprepare_s=-4", "workout/prepare_s", 10),
    ("[workout]\nprepare_s=121", "workout/prepare_s", 10),
    ("[workout]\nprepare_s=", "workout/prepare_s", 10),
    ("[workout]\nown_prepare=@ByteArray(true)", "workout/own_prepare", False),
])
def test_wrong_types_and_values_out_of_range_read_as_the_default(
        ini: Path, caplog: pytest.LogCaptureFixture, line: str, key: str, default: Value
        ) -> None:
    write_ini(ini, f"[General]\nversion={SETTINGS_VERSION}\n\n{line}\n")
    settings = AppSettings(ini)
    assert settings.get(key) == default
    assert settings.get(key) == default
    [message] = warnings_from(caplog)
    assert key in message and repr(default) in message


def test_the_properties_read_through_the_table(ini: Path,
                                               caplog: pytest.LogCaptureFixture) -> None:
    write_ini(ini, "[General]\nversion=2\n\n"
                   "[cues]\nvolume=loud\ncountdown_s=5\nmuted=true\nvoice_rate=0.5\n\n"
                   "[picker]\nlast_routine=\n\n"
                   "[workout]\nown_prepare=yes\nprepare_s=30\n")
    settings = AppSettings(ini)
    for _ in range(2):  # the second time logs nothing more
        prefs = settings.cue_preferences
        assert prefs == CuePreferences(countdown_s=5, muted=True, voice_rate=0.5)
        assert settings.muted
        assert settings.last_routine is None
        assert settings.prepare_override_s is None  # own_prepare unreadable: off
        assert settings.prepare_s == 30
        assert settings.geometry is None
    messages = warnings_from(caplog)
    assert len(messages) == 2
    assert "cues/volume" in messages[0] and "workout/own_prepare" in messages[1]


def test_storing_a_value_the_key_cannot_hold_stores_the_default(
        ini: Path, caplog: pytest.LogCaptureFixture) -> None:
    settings = AppSettings(ini)
    settings.theme = "dark"
    settings.theme = "purple"
    assert settings.theme == "system"
    settings.set("cues/volume", 3.0)
    assert settings.cue_preferences.volume == CuePreferences().volume
    assert len(warnings_from(caplog)) == 2


def test_geometry_and_cue_preferences_round_trip(ini: Path) -> None:
    settings = AppSettings(ini)
    settings.geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    prefs = CuePreferences(volume=0.35, muted=True, voice_name="Alice, in Wonderland",
                           voice_rate=-0.4, countdown_s=7, count_reps=True)
    settings.cue_preferences = prefs
    settings.last_routine = "squat-100"
    settings.sync()
    again = AppSettings(ini)
    assert again.geometry == QByteArray(b"\x01\xd9\xd0\xcb\x00\x03")
    assert again.cue_preferences == prefs
    assert again.last_routine == "squat-100"


def test_switching_the_own_get_ready_time_off_keeps_its_number(ini: Path) -> None:
    settings = AppSettings(ini)
    assert settings.prepare_override_s is None and settings.prepare_s == 10
    settings.prepare_override_s = 25.0
    assert settings.prepare_override_s == 25.0
    settings.prepare_override_s = None
    settings.sync()
    assert raw(ini, "workout/own_prepare") == "false"
    assert raw(ini, "workout/prepare_s") == "25"
    again = AppSettings(ini)
    assert again.prepare_override_s is None and again.prepare_s == 25


# -- versions and upgrades -------------------------------------------------------------------


def test_every_version_has_its_upgrade_step() -> None:
    assert sorted(UPGRADES) == list(range(2, SETTINGS_VERSION + 1))


def test_a_new_file_is_the_current_version(ini: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER)
    settings = AppSettings(ini)
    settings.sync()
    assert settings.version == SETTINGS_VERSION
    assert raw(ini, "version") == str(SETTINGS_VERSION)
    assert not caplog.records  # nothing was upgraded


@pytest.mark.parametrize(("stored", "own", "seconds"), [
    (None, False, None),     # never set
    ("", False, None),       # set, then switched off: version 1 lost the number
    ("25.0", True, 25),      # version 1 wrote repr(float)
    ("25", True, 25),
    ("12.6", True, 13),
    ("0", True, 0),
    ("500", True, int(MAX_PREPARE_S)),  # clamped
    ("-4", True, 0),
    ("soon", False, None),   # version 1 read nonsense as off
    ("nan", False, None),
])
@pytest.mark.parametrize("version_line", ["version=1\n", ""], ids=["version 1", "no version"])
def test_version_1_get_ready_time_is_upgraded(ini: Path, caplog: pytest.LogCaptureFixture,
                                              version_line: str, stored: str | None, own: bool,
                                              seconds: int | None) -> None:
    workout = "" if stored is None else f"[workout]\nprepare_s={stored}\n"
    write_ini(ini, f"[General]\n{version_line}\n[window]\ntheme=dark\n\n{workout}")
    settings = AppSettings(ini)
    # Upgraded in the file at once, before anything else is written.
    assert raw(ini, "version") == "2"
    assert raw(ini, "workout/own_prepare") == ("true" if own else "false")
    assert raw(ini, "workout/prepare_s") == (None if seconds is None else str(seconds))
    assert raw(ini, "window/theme") == "dark"  # the rest is left as it was
    assert settings.version == SETTINGS_VERSION
    assert settings.prepare_override_s == (None if seconds is None else float(seconds))
    assert settings.prepare_s == (10 if seconds is None else seconds)
    assert settings.theme == "dark"
    assert warnings_from(caplog) == []


def test_an_upgrade_step_runs_once(ini: Path) -> None:
    write_ini(ini, "[General]\nversion=1\n\n[workout]\nprepare_s=25.0\n")
    settings = AppSettings(ini)
    settings.prepare_override_s = None  # a version 2 file: off, 25 kept
    settings.sync()
    again = AppSettings(ini)
    assert again.prepare_override_s is None  # a second 1->2 step would switch it back on
    assert again.prepare_s == 25


def test_a_file_from_a_newer_version_is_read_and_not_downgraded(
        ini: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_ini(ini, "[General]\nversion=99\n\n[future]\nthing=kept\n\n[window]\ntheme=dark\n\n"
                   "[workout]\nown_prepare=true\nprepare_s=30\n")
    settings = AppSettings(ini)
    assert settings.version == 99
    assert settings.theme == "dark"
    assert settings.prepare_override_s == 30.0
    settings.theme = "light"
    settings.sync()
    assert raw(ini, "version") == "99"
    assert raw(ini, "future/thing") == "kept"
    assert raw(ini, "window/theme") == "light"
    assert warnings_from(caplog) == []


def test_a_newer_file_in_a_layout_we_do_not_know_reads_as_defaults(
        ini: Path, caplog: pytest.LogCaptureFixture) -> None:
    write_ini(ini, "[General]\nversion=99\n\n[workout]\nprepare_s=\n")
    settings = AppSettings(ini)
    assert settings.prepare_override_s is None and settings.prepare_s == 10
    assert raw(ini, "workout/prepare_s") == ""  # not upgraded: not ours to rewrite
    assert raw(ini, "workout/own_prepare") is None
    [message] = warnings_from(caplog)
    assert "workout/prepare_s" in message


def test_an_unreadable_version_is_version_1(ini: Path,
                                            caplog: pytest.LogCaptureFixture) -> None:
    write_ini(ini, "[General]\nversion=two\n\n[workout]\nprepare_s=20\n")
    settings = AppSettings(ini)
    assert settings.prepare_override_s == 20.0
    assert raw(ini, "version") == str(SETTINGS_VERSION)
    [message] = warnings_from(caplog)
    assert "version" in message and "'two'" in message


def test_steps_run_in_order_from_the_stored_version(ini: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The mechanism with more steps than exist today: 3 and 4 on a version 2 file."""
    ran: list[tuple[int, object]] = []

    def step(number: int) -> Callable[[MutableMapping[str, object]], None]:
        def upgrade(values: MutableMapping[str, object]) -> None:
            ran.append((number, values.get("version")))
            values[f"steps/{number}"] = "done"
        return upgrade

    monkeypatch.setattr(settings_module, "SETTINGS_VERSION", 4)
    monkeypatch.setattr(settings_module, "UPGRADES", {n: step(n) for n in (2, 3, 4)})
    write_ini(ini, "[General]\nversion=2\n\n[window]\ntheme=dark\n")
    AppSettings(ini)
    assert ran == [(3, "2"), (4, "3")]  # each sees the version the one before it wrote
    assert raw(ini, "version") == "4" and raw(ini, "steps/4") == "done"
    AppSettings(ini)
    assert len(ran) == 2  # nothing left to do
