"""The settings file at its worst: far too big, a disk that is slow, full or not a folder at all.
Nothing blocks the GUI thread for long, a failed save is said once, the old file survives."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

from leg_timer import background_writer
from leg_timer.ui import settings_file
from leg_timer.ui.settings import AppSettings
from leg_timer.ui.settings_file import MAX_SETTINGS_BYTES

ROOT = Path(__file__).resolve().parents[2]


def test_a_huge_settings_file_is_set_aside_without_reading_it(tmp_path: Path,
                                                              qtbot: QtBot) -> None:
    ini = tmp_path / "settings.ini"
    line = b"key_%07d=some perfectly valid value\n"
    with ini.open("wb") as stream:
        stream.write(b"[General]\nversion=2\n[junk]\n")
        for number in range(50 * 1024 * 1024 // len(line % 0)):  # about 50 MB of valid INI
            stream.write(line % number)
    size = ini.stat().st_size
    assert size > 49 * 1024 * 1024
    started = time.monotonic()
    settings = AppSettings(ini)
    opened_s = time.monotonic() - started
    assert opened_s < 1.0  # a rename, not a 4 s parse
    assert settings.set_aside is not None and settings.set_aside.stat().st_size == size
    assert "far larger than any real settings file" in settings.notice
    assert str(settings.set_aside) in settings.notice
    settings.theme = "dark"
    settings.sync()
    assert ini.stat().st_size < MAX_SETTINGS_BYTES
    assert AppSettings(ini).theme == "dark"


def test_a_change_never_waits_for_the_disk(tmp_path: Path, qtbot: QtBot,
                                           monkeypatch: pytest.MonkeyPatch,
                                           caplog: pytest.LogCaptureFixture) -> None:
    """A disk that takes 3 s per write (a hung network home): each change returns at once,
    writes are coalesced, and the wait at quit gives up after WRITE_WAIT_S."""
    release = threading.Event()
    writes: list[bytes] = []
    real_write = settings_file.write_settings

    ini = tmp_path / "settings.ini"

    def slow_write(path: Path, text: bytes) -> str:
        if path != ini:  # a writer left over from another test
            return real_write(path, text)
        release.wait(3.0)
        writes.append(text)
        return real_write(path, text)

    monkeypatch.setattr(settings_file, "write_settings", slow_write)
    monkeypatch.setattr(background_writer, "WRITE_WAIT_S", 0.3)
    settings = AppSettings(ini)
    slowest = 0.0
    for step in range(50):
        started = time.monotonic()
        settings.set("cues/volume", step / 100)
        settings.theme = "dark" if step % 2 else "light"
        slowest = max(slowest, time.monotonic() - started)
    assert slowest < 0.05
    started = time.monotonic()
    settings.sync()  # the write is still stuck: gives up, says so in the log
    assert time.monotonic() - started < 1.5
    assert any("did not finish in time" in record.getMessage() for record in caplog.records)
    release.set()
    qtbot.waitUntil(lambda: not settings._writer or not settings._writer.busy, timeout=5000)
    assert len(writes) <= 2  # 100 changes, at most the first and the newest snapshot
    assert b"volume=0.49" in writes[-1]
    settings.sync()


NASTY_VALUES: dict[str, object] = {
    "plain": "plain", "General/x": "a group named General", "window/geometry": QByteArray(
        bytes(range(256)) + b"\x01a\x01F\x00"),
    "values/squat 100/min utes": "1.0", "t/lead": " lead", "t/trail": "trail ",
    "t/comma": "a, b", "t/semi": "a;b", "t/eq": "a=b", "t/quote": 'say "hi"',
    "t/back": "a\\b\\", "t/newlines": "a\nb\r\n\tc", "t/at": "@at", "t/atat": "@@",
    "t/unicode": "腿部训练 تمرين 🦵", "t/control": "\x01\x1fA\x7f0", "t/empty": "",
    "t/list": ["a", "b, c", "@d"], "t/empty list": [], "Ünï/kéy": "v", "t/hash": "#;x",
    "t/bytes text": "@ByteArray(not bytes)",
}


def test_the_file_written_reads_back_the_same_in_qsettings(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    assert settings_file.write_settings(ini, settings_file.ini_text(NASTY_VALUES)) == ""
    qsettings = QSettings(str(ini), QSettings.Format.IniFormat)
    assert qsettings.status() is QSettings.Status.NoError
    read = {key: qsettings.value(key) for key in qsettings.allKeys()}
    expected = dict(NASTY_VALUES)
    expected["t/empty list"] = None  # Qt itself writes an empty list as @Invalid()
    assert read == expected
    assert settings_file.read_settings(ini).values == read  # and read_settings agrees
    again = tmp_path / "again.ini"
    settings_file.write_settings(again, settings_file.ini_text(read))
    assert settings_file.read_settings(again).values == read  # a second round changes nothing


def test_a_save_that_fails_is_said_once(tmp_path: Path, qtbot: QtBot) -> None:
    config = tmp_path / "config"
    config.write_text("a file where the settings folder should be", encoding="utf-8")
    told: list[str] = []
    settings = AppSettings(config / "settings.ini", on_problem=told.append)
    settings.theme = "dark"
    qtbot.waitUntil(lambda: len(told) == 1, timeout=5000)
    settings.theme = "light"
    settings.set("cues/volume", 0.3)
    settings.sync()
    assert told == [f"Settings are not being saved: cannot make the folder {config}: "
                    f"a file of that name is in the way."]
    assert settings.theme == "light"  # kept in memory for this session


def test_the_settings_of_a_folder_that_cannot_be_used_live_in_memory(qtbot: QtBot) -> None:
    settings = AppSettings(None)
    settings.theme = "dark"
    settings.sync()
    assert settings.theme == "dark"


FULL_DISK = """
import os, sys
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from leg_timer.ui.settings import AppSettings
app = QCoreApplication([])
folder = Path(sys.argv[1])
ini = folder / "settings.ini"
ini.write_text("[General]\\nversion=2\\n\\n[window]\\ntheme=dark\\n", encoding="utf-8")
try:  # fill the disk to the last block
    with open(folder / "filler", "wb") as filler:
        while True:
            filler.write(b"x" * 1024)
            filler.flush()
except OSError:
    pass
told = []
settings = AppSettings(ini, on_problem=told.append)
settings.theme = "light"
settings.set("picker/last_routine", "a-long-routine-name-" * 20)
settings.sync()
print(told)
print(sorted(path.name for path in folder.iterdir()))  # no temporary file left behind
print(ini.read_text(encoding="utf-8"))
"""


def test_a_full_disk_is_said_once_and_the_last_good_file_kept(tmp_path: Path) -> None:
    """A real full disk: a tiny tmpfs in a mount namespace of this test's own (root only)."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a tiny tmpfs")
    folder = tmp_path / "tiny"
    folder.mkdir()
    probe = subprocess.run(["unshare", "-m", "mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                            str(folder)], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:  # e.g. in a chroot: no mount namespace of our own
        pytest.skip(f"cannot mount a tmpfs here: {probe.stderr.strip()}")
    script = FULL_DISK.format(root=str(ROOT))
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", f'mount -t tmpfs -o size=64k tmpfs {folder} && exec "$@"',
         "sh", sys.executable, "-c", script, str(folder)],
        capture_output=True, text=True, timeout=60, env={**os.environ, "QT_QPA_PLATFORM":
                                                         "offscreen"})
    assert result.returncode == 0, result.stderr
    told, listing, *file_lines = result.stdout.splitlines()
    assert told == f"['Settings are not being saved: cannot write {folder}/settings.ini: " \
                   f"no space left on device.']"
    assert listing == "['filler', 'settings.ini']"
    assert "theme=dark" in file_lines  # the last good file, whole
