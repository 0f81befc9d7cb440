"""`leg-timer run ROUTINE --tray` as a person working in other windows has it, on a real X
server with a panel's tray host on the session bus (tests/desktop/fake_watcher.py) and a
notification server (tests/desktop/fake_notifications.py): no window shows; the tray icon
registers as a StatusNotifierItem whose picture, tooltip and menu follow the workout; its
menu pauses it, writes the start-at-login entry and brings up the mini timer; the media keys
(MPRIS) resume it; one notification is replaced at each new exercise; and with
--quit-when-done the app exits 0 after the last step.

The item is read back as a panel reads it (tests/desktop/tray_item.py, with Debian's
python3-dbus); the icon's pixels are checked for the phase colour, and written as PNG files
under the test's folder for a person to look at.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # this process draws nothing

import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from leg_timer.core.plan import SegmentKind
from leg_timer.ui.theme import KIND_FILLS, PAUSED_FILL
from tests.conftest import require
from tests.e2e.xserver import x_server
from tests.processes import brief, stop_process

pytestmark = [pytest.mark.slow, pytest.mark.xvfb]

HERE = Path(__file__).parent
SHORT = HERE.parent / "data" / "good" / "short-e2e.yaml"
SYSTEM_PYTHON = "/usr/bin/python3"
MPRIS = "org.mpris.MediaPlayer2.LegTimer"


def wait_for(condition: Callable[[], Any], what: str, timeout_s: float = 20) -> Any:
    deadline = time.monotonic() + timeout_s
    last: Any = None
    while time.monotonic() < deadline:
        last = condition()
        if last:
            return last
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what} (last: {last!r})")


def needs_python3_dbus() -> None:
    found = subprocess.run([SYSTEM_PYTHON, "-c", "import dbus"], capture_output=True,
                           check=False).returncode == 0 if Path(SYSTEM_PYTHON).exists() else False
    if not found:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("needs python3-dbus for /usr/bin/python3 (apt-get install python3-dbus)")
        pytest.skip("needs python3-dbus for /usr/bin/python3 (apt-get install python3-dbus)")


def has_owner(env: dict[str, str], name: str) -> bool:
    result = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
        env=env, capture_output=True, text=True, check=False)
    return "boolean true" in result.stdout


def mpris(env: dict[str, str], *arguments: str) -> str:
    result = subprocess.run(["dbus-send", "--session", "--print-reply", f"--dest={MPRIS}",
                             "/org/mpris/MediaPlayer2", *arguments], env=env,
                            capture_output=True, text=True, check=False, timeout=30)
    assert result.returncode == 0, result.stderr
    return result.stdout


def fill_at_22(folder: Path) -> QColor:
    """The colour at the top middle of the 22 px icon (inside the square, above the
    digits), as the panel got it (ARGB32, big-endian); the icons are saved as PNG too."""
    for size in (22, 44):
        raw = (folder / f"icon-{size}.argb").read_bytes()
        # Big-endian ARGB to the machine's 32-bit ARGB (little-endian: B, G, R, A in memory).
        native = b"".join(raw[at:at + 4][::-1] for at in range(0, len(raw), 4))
        image = QImage(native, size, size, QImage.Format.Format_ARGB32).copy()
        image.save(str(folder / f"icon-{size}.png"))
        if size == 22:
            colour = image.pixelColor(11, 1)
    return colour


def test_a_workout_in_the_tray(tmp_path: Path, qapp: Any) -> None:
    require("dbus-send")
    needs_python3_dbus()
    with x_server() as x:
        env = {**x.env, "XDG_CONFIG_HOME": str(tmp_path / "config")}  # the autostart entry
        address = env["DBUS_SESSION_BUS_ADDRESS"]
        watcher_log = tmp_path / "watcher.jsonl"
        notify_log = tmp_path / "notifications.jsonl"
        helpers = [
            subprocess.Popen([sys.executable, str(HERE / "fake_watcher.py"), address,
                              str(watcher_log)], env=env),
            subprocess.Popen([sys.executable, str(HERE / "fake_notifications.py"), address,
                              str(notify_log)], env=env),
        ]
        app = None
        try:
            wait_for(lambda: has_owner(env, "org.kde.StatusNotifierWatcher")
                     and has_owner(env, "org.freedesktop.Notifications"), "the test services")
            app = subprocess.Popen(
                [sys.executable, "-m", "leg_timer", "--basedir", str(tmp_path / "home"), "run",
                 str(SHORT), "--tray", "--quit-when-done"],
                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            registered = wait_for(lambda: watcher_log.exists() and watcher_log.read_text(),
                                  "the tray icon to register")
            item = json.loads(registered.splitlines()[0])["sender"]
            pixmaps = tmp_path / "icons"
            pixmaps.mkdir()

            def read() -> dict[str, Any]:
                out = subprocess.run([SYSTEM_PYTHON, str(HERE / "tray_item.py"), address, item,
                                      str(pixmaps)], capture_output=True, text=True,
                                     check=True, timeout=30).stdout
                data: dict[str, Any] = json.loads(out)
                return data

            shown = read()
            assert shown["Title"] == "Leg Timer"
            assert [16, 16] in shown["sizes"] and [22, 22] in shown["sizes"]
            assert [44, 44] in shown["sizes"]
            assert [label for label, _on in shown["menu"]] == [
                "Pause", "Next", "Show Leg Timer", "Mini timer", "Start at login", "Quit"]
            tip = shown["ToolTip"][0]
            assert tip.startswith(("Get ready\n", "Squat\n")), tip
            phase = SegmentKind.PREPARE if tip.startswith("Get ready") else SegmentKind.WORK
            assert fill_at_22(pixmaps).name() == KIND_FILLS[phase]
            # No window on screen: only the tray.
            search = subprocess.run(["xdotool", "search", "--onlyvisible", "--name",
                                     "Leg Timer"], env=env, capture_output=True, text=True,
                                    check=False)
            assert search.stdout.strip() == ""

            subprocess.run([SYSTEM_PYTHON, str(HERE / "tray_item.py"), address, item,
                            "--click", "Pause"], check=True, timeout=30)
            paused = wait_for(lambda: (lambda s: s if s["ToolTip"][0].startswith("Paused · ")
                                       else None)(read()), "the tooltip to say Paused")
            assert ["Resume", True] in paused["menu"]
            assert fill_at_22(pixmaps).name() == QColor(PAUSED_FILL).name()
            # The tray's own entries: start at login writes the autostart entry; the mini
            # timer comes up on screen while the full window stays hidden.
            subprocess.run([SYSTEM_PYTHON, str(HERE / "tray_item.py"), address, item,
                            "--click", "Start at login"], check=True, timeout=30)
            entry = tmp_path / "config" / "autostart" / "io.github.legtimer.LegTimer.desktop"
            wait_for(entry.exists, "the autostart entry")
            assert "--background" in entry.read_text()
            subprocess.run([SYSTEM_PYTHON, str(HERE / "tray_item.py"), address, item,
                            "--click", "Mini timer"], check=True, timeout=30)
            wait_for(lambda: subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Leg Timer mini timer"],
                env=env, capture_output=True, text=True, check=False).stdout.strip(),
                "the mini timer on screen")
            assert 'string "Paused"' in mpris(
                env, "org.freedesktop.DBus.Properties.Get",
                "string:org.mpris.MediaPlayer2.Player", "string:PlaybackStatus")

            # The headset's button: play/pause resumes; the workout runs to its end.
            mpris(env, "org.mpris.MediaPlayer2.Player.PlayPause")
            wait_for(lambda: not read()["ToolTip"][0].startswith("Paused"), "resuming")
            output = app.communicate(timeout=60)[0]
            assert app.returncode == 0, brief(output)
            assert "Traceback" not in output, brief(output)
        finally:
            if app is not None:
                if app.poll() is None:
                    stop_process(app)
                if app.stdout is not None:  # unread after a failure: closed here, not by GC
                    app.stdout.close()
            for helper in helpers:
                stop_process(helper, timeout_s=5)
    notifies = [json.loads(line) for line in notify_log.read_text().splitlines()
                if json.loads(line)["call"] == "Notify"]
    summaries = [call["summary"] for call in notifies]
    assert summaries[-4:] == ["Squat", "Lunge (right)", "Lunge (left)", "Workout complete"][
        -len(summaries):] or summaries[-3:] == ["Lunge (right)", "Lunge (left)",
                                                "Workout complete"], summaries
    assert {call["id"] for call in notifies} == {1}  # one card, replaced in place
    assert [call["replaces_id"] for call in notifies] == [0] + [1] * (len(notifies) - 1)
