"""The mini timer on a real X server: shown by T, kept above other windows, kept on the screen,
driven by real key presses while it has the focus, dragged by the mouse and remembered, and a
real double-click bringing the full window back. Then the same under a real window manager
(Openbox): the full window minimised, the focus handed to the mini timer, the window manager's
own move.

Screenshots of it in both themes, over a WORK and a REST segment, are saved under
artifacts/screenshots/ (docs/screenshots/mini-timer-*.png are copies, looked at by a person).
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from leg_timer.paths import default_paths
from leg_timer.present.mini_timer import TITLE
from leg_timer.ui.outside.mini_timer import DEFAULT_SIZE
from leg_timer.ui.settings import MINI_TIMER_POSITION, THEME, AppSettings
from tests.conftest import require
from tests.e2e.app import App, running_app
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until, x_server
from tests.processes import stop_process

SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb
SCREEN_W, SCREEN_H = 1280, 800  # the shared X server's screen (tests/e2e/conftest.py)
W, H = DEFAULT_SIZE
WORK = r"^\d:\d\d · Quadruped hip extension \(right\) — Leg Timer$"
SWITCH = r"^\d:\d\d · Switch sides — Leg Timer$"
LEFT = r"^\d:\d\d · Quadruped hip extension \(left\) — Leg Timer$"
REST = r"^\d:\d\d · Rest — Leg Timer$"


def prepare_settings(folder: Path, **values: str) -> None:
    """The settings file the app will find under ``folder``, written before it starts."""
    settings = AppSettings(default_paths(folder / "home").settings_file)
    for key, value in values.items():
        settings.set(key, value)
    settings.sync()


def mini_window(app: App) -> str:
    """The mini timer's X window, once it is mapped ("" when it is not)."""
    # --all: the window of this process AND with this name (xdotool's default is either).
    found = subprocess.run(["xdotool", "search", "--all", "--onlyvisible",
                            "--pid", str(app.process.pid), "--name", f"^{re.escape(TITLE)}$"],
                           env=app.xserver.env, capture_output=True, text=True,
                           timeout=30).stdout.split()
    return found[0] if found else ""


def geometry(app: App, window: str) -> QRect:
    shell = app.xserver.xdotool("getwindowgeometry", "--shell", window)
    values = dict(line.split("=", 1) for line in shell.splitlines() if "=" in line)
    return QRect(int(values["X"]), int(values["Y"]), int(values["WIDTH"]), int(values["HEIGHT"]))


def window_property(app: App, window: str, name: str) -> str:
    """An X property of ``window``, as xprop prints it."""
    return subprocess.run(["xprop", "-id", window, name], env=app.xserver.env,
                          capture_output=True, text=True, timeout=30).stdout


def show_mini(app: App) -> str:
    """T in the full window: the mini timer's window."""
    app.press("t")
    return str(wait_until(lambda: mini_window(app), 10, "the mini timer"))


def press_in(app: App, window: str, key: str, pattern: str) -> str:
    """Focus ``window`` (the mini timer), press ``key`` there, wait for the full window's
    title to match ``pattern``: pressed once more if the first key went astray while the focus
    was settling on the bare X server."""
    for attempt in (1, 2):
        app.xserver.xdotool("windowfocus", "--sync", window)
        app.xserver.xdotool("key", "--clearmodifiers", key)
        try:
            return app.wait_title(pattern, 5 if attempt == 1 else 20)
        except AssertionError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def skip_to_rest(app: App, window: str) -> None:
    """From the first WORK segment, Right in the mini timer: the switch, the left side, the
    rest."""
    for pattern in (SWITCH, LEFT, REST):
        press_in(app, window, "Right", pattern)


def shoot(app: App, window: str, name: str) -> QImage:
    """The mini timer alone, cut from a screenshot of the whole screen."""
    whole = QImage(str(app.xserver.screenshot(SHOTS / f"{name}-screen.png")))
    shot = whole.copy(geometry(app, window))
    path = SHOTS / f"{name}.png"
    assert shot.save(str(path)), path
    return shot


def test_mini_timer_by_real_keys_and_mouse(xserver: XServer, tmp_path: Path) -> None:
    # Left on a monitor that is gone: it must come back onto this screen's bottom-right.
    prepare_settings(tmp_path, **{MINI_TIMER_POSITION.key: "5000,5000", THEME.key: "light"})
    with running_app(xserver, tmp_path, "run", "mini-band-circuit") as app:
        app.wait_title(r"· Get ready — Leg Timer$")
        mini = show_mini(app)
        assert geometry(app, mini) == QRect(SCREEN_W - W, SCREEN_H - H, W, H)
        # Kept above other windows, as a utility window without a frame.
        state = window_property(app, mini, "_NET_WM_STATE")
        assert "_NET_WM_STATE_ABOVE" in state, state
        assert "_NET_WM_WINDOW_TYPE_UTILITY" in window_property(app, mini, "_NET_WM_WINDOW_TYPE")
        # A utility window still takes the keyboard focus (a window manager reads this hint).
        hints = window_property(app, mini, "WM_HINTS")
        assert "Client accepts input or input focus: True" in hints, hints

        # The workout keys, pressed in the mini timer with the focus there.
        press_in(app, mini, "Right", WORK)
        press_in(app, mini, "space", r"^Paused · ")
        press_in(app, mini, "space", WORK)
        shoot(app, mini, "mini-timer-light-work")
        skip_to_rest(app, mini)
        shoot(app, mini, "mini-timer-light-rest")
        press_in(app, mini, "plus", r"^0:(2\d|1[6-9]) · Rest — Leg Timer$")  # 15 s + 10 s

        # Dragged by the mouse: it follows, and the place is saved.
        at = geometry(app, mini)
        xserver.xdotool("mousemove", "--sync", str(at.x() + 60), str(at.y() + 30))
        xserver.xdotool("mousedown", "1")
        for step in (1, 2, 3, 4):
            xserver.xdotool("mousemove", "--sync", str(at.x() + 60 - 100 * step),
                            str(at.y() + 30 - 80 * step))
        xserver.xdotool("mouseup", "1")
        moved = QRect(at.x() - 400, at.y() - 320, W, H)
        wait_until(lambda: geometry(app, mini) == moved, 10, f"the mini timer at {moved}")
        settings_file = default_paths(tmp_path / "home").settings_file
        wait_until(lambda: AppSettings(settings_file).get(MINI_TIMER_POSITION)
                   == f"{moved.x()},{moved.y()}", 10, "the new place in the settings file")

        # A real double-click: the mini timer goes, the full window has the focus again.
        xserver.xdotool("mousemove", "--window", mini, str(W // 2), str(H // 2))
        xserver.xdotool("click", "--repeat", "2", "--delay", "80", "1")
        wait_until(lambda: not mini_window(app), 10, "the mini timer to go")
        wait_until(lambda: xserver.xdotool("getwindowfocus") == app.window, 10,
                   "the full window to have the focus")

        # And T brings it back where it was dropped.
        again = show_mini(app)
        assert geometry(app, again) == moved
        press_in(app, again, "t", REST)  # T in the mini timer: the full window back
        wait_until(lambda: not mini_window(app), 10, "the mini timer to go")


def test_mini_timer_in_the_dark_theme(xserver: XServer, tmp_path: Path) -> None:
    prepare_settings(tmp_path, **{THEME.key: "dark"})
    with running_app(xserver, tmp_path, "run", "mini-band-circuit") as app:
        app.wait_title(r"· Get ready — Leg Timer$")
        mini = show_mini(app)
        # Never moved: the primary screen's top-right corner, a little way in.
        place = geometry(app, mini)
        assert (place.right() + 1, place.top()) == (SCREEN_W - 16, 16)
        press_in(app, mini, "Right", WORK)
        shoot(app, mini, "mini-timer-dark-work")
        skip_to_rest(app, mini)
        shoot(app, mini, "mini-timer-dark-rest")
        press_in(app, mini, "space", r"^Paused · ")
        shoot(app, mini, "mini-timer-dark-paused")



@contextmanager
def window_manager(xserver: XServer) -> Iterator[None]:
    """Openbox on ``xserver``, once it has announced itself (EWMH), stopped at the end."""
    require("openbox")
    process = subprocess.Popen(["openbox", "--sm-disable"], env=xserver.env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def ready() -> bool:
            root = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"],
                                  env=xserver.env, capture_output=True, text=True,
                                  timeout=30).stdout
            return "window id" in root
        wait_until(ready, 20, "the window manager")
        yield
    finally:
        stop_process(process)


def test_mini_timer_under_a_window_manager(tmp_path: Path) -> None:
    with x_server() as xserver, window_manager(xserver), \
            running_app(xserver, tmp_path, "run", "mini-band-circuit") as app:
        app.wait_title(r"· Get ready — Leg Timer$")
        main = app.window
        xserver.xdotool("windowactivate", "--sync", main)
        xserver.xdotool("key", "--clearmodifiers", "t")
        mini = str(wait_until(lambda: mini_window(app), 10, "the mini timer"))
        # The full window minimised, the mini timer above the others and given the focus.
        wait_until(lambda: xserver.xdotool("getactivewindow") == mini, 10,
                   "the mini timer to be the active window")
        assert "_NET_WM_STATE_HIDDEN" in window_property(app, main, "_NET_WM_STATE")
        assert "_NET_WM_STATE_ABOVE" in window_property(app, mini, "_NET_WM_STATE")
        # Keys typed now go where the window manager put the focus: no xdotool windowfocus.
        for key, pattern in (("Right", WORK), ("space", r"^Paused · ")):
            xserver.xdotool("key", "--clearmodifiers", key)
            app.wait_title(pattern, 10)

        # Dragged: the window manager's own move (startSystemMove), and the place saved.
        at = geometry(app, mini)
        xserver.xdotool("mousemove", "--sync", str(at.x() + 60), str(at.y() + 30))
        xserver.xdotool("mousedown", "1")
        for step in (1, 2, 3, 4, 5):
            xserver.xdotool("mousemove", "--sync", str(at.x() + 60 - 60 * step),
                            str(at.y() + 30 + 40 * step))
        xserver.xdotool("mouseup", "1")
        wait_until(lambda: geometry(app, mini).topLeft() != at.topLeft(), 10, "a move")
        settings_file = default_paths(tmp_path / "home").settings_file
        wait_until(lambda: AppSettings(settings_file).get(MINI_TIMER_POSITION) == (
            f"{geometry(app, mini).x()},{geometry(app, mini).y()}"), 10, "the place saved")

        # Double-click: the full window restored and active, the mini timer gone.
        xserver.xdotool("mousemove", "--window", mini, str(W // 2), str(H // 2))
        xserver.xdotool("click", "--repeat", "2", "--delay", "80", "1")
        wait_until(lambda: not mini_window(app), 10, "the mini timer to go")
        wait_until(lambda: xserver.xdotool("getactivewindow") == main, 10,
                   "the full window to be active")
        assert "_NET_WM_STATE_HIDDEN" not in window_property(app, main, "_NET_WM_STATE")
