"""A routine made in the routine editor by real key presses (xdotool) on a real X server, then
run from the picker to its end: Ctrl+N, a name, no get-ready time, one 3 s exercise, Ctrl+S,
Esc, Enter; then deleted (Delete) and brought back (Ctrl+Z). A screenshot of the editor is
saved under artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.app import App, running_app
from tests.e2e.xserver import ARTIFACTS, XServer, wait_until

SHOTS = ARTIFACTS / "screenshots"
pytestmark = pytest.mark.xvfb
NAME = "Quick squat check"


def editor_window(app: App) -> str:
    """The id of the app's visible routine editor window."""
    def search() -> str:
        assert app.process.poll() is None, "the app exited"
        found = _has_editor(app)

        return found.split()[0] if found.split() else ""
    return str(wait_until(search, 20, "the routine editor window"))


def _has_editor(app: App) -> str:
    """The editor's window ids ("" when it is not shown). --all: every condition must match
    (xdotool's default is any, which would find the main window by its pid)."""
    try:
        return app.xserver.xdotool("search", "--all", "--onlyvisible", "--pid",
                                   str(app.process.pid), "--name", "^Routine editor")
    except AssertionError:  # xdotool exits 1 when nothing matches
        return ""


def keys_in(app: App, window: str, *keys: str) -> None:
    app.xserver.xdotool("windowfocus", "--sync", window)
    app.xserver.xdotool("key", "--clearmodifiers", *keys)


def type_in(app: App, window: str, text: str) -> None:
    """Type ``text`` key by key (``xdotool type`` remaps keys as it goes, and the X server's
    mapping change can cost the first characters)."""
    keys_in(app, window, *("space" if char == " " else char for char in text))


def test_a_routine_made_in_the_editor_runs_to_its_end(xserver: XServer, tmp_path: Path) -> None:
    routines = tmp_path / "home" / "data" / "routines"
    with running_app(xserver, tmp_path) as app:
        app.wait_title(r"^Leg Timer$")
        app.press("ctrl+n")
        editor = editor_window(app)
        # Qt gives the new dialog the focus itself; keys sent before that would be lost.
        wait_until(lambda: xserver.xdotool("getwindowfocus") == editor, 20, "the editor's focus")
        keys_in(app, editor, "ctrl+a")  # the name field has the focus, "New routine" in it
        type_in(app, editor, NAME)
        keys_in(app, editor, "alt+g")  # Get ready: none
        type_in(app, editor, "0s")
        keys_in(app, editor, "alt+m", "ctrl+a")  # the exercise's amount: 3 s of work
        type_in(app, editor, "3s")
        keys_in(app, editor, "ctrl+s")
        saved = wait_until(lambda: list(routines.glob("*.yaml")), 20, "the saved routine")
        xserver.screenshot(SHOTS / "routine-editor.png")
        assert isinstance(saved, list) and len(saved) == 1
        text = saved[0].read_text(encoding="utf-8")
        assert NAME in text and "3s" in text
        keys_in(app, editor, "Escape")  # saved: it closes without asking
        wait_until(lambda: not _has_editor(app), 20, "the editor to close")
        # The new routine is selected in the picker: Enter runs it, 3 s to the summary.
        app.press_for("Return", rf"· Exercise 1 — Leg Timer$|^Done · {NAME}")
        app.wait_title(rf"^Done · {NAME} — Leg Timer$", 30)
        # Back on the list, the routine just run is selected: Delete moves its file aside,
        # Ctrl+Z brings back the same bytes.
        app.press_for("Escape", r"^Leg Timer$")
        app.press("Delete")
        wait_until(lambda: not saved[0].exists(), 20, "the routine file to be moved aside")
        app.press("ctrl+z")
        wait_until(saved[0].exists, 20, "the routine file to come back")
        assert saved[0].read_text(encoding="utf-8") == text
        assert app.quit_by_keyboard() == 0
