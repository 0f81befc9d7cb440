"""The app under test as a real process on the test X server, read and driven like a person would.

Every wait has a deadline, and a failure says what the app was doing: its output (repeats
folded), whether it was busy or waiting and in which thread, and a screenshot of the screen.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.e2e.xserver import ARTIFACTS, XServer, wait_until
from tests.processes import brief, thread_report

FAILURE_SHOTS = ARTIFACTS / "screenshots" / "failures"
KEY_LOST_AFTER_S = 5.0  # the app answers a key in milliseconds; longer means it never arrived


class App:
    def __init__(self, xserver: XServer, folder: Path, *args: str) -> None:
        self.xserver = xserver
        self.folder = folder
        env = {**xserver.env, "QT_QPA_PLATFORM": "xcb",
               "LEG_TIMER_BASEDIR": str(folder / "home")}
        # Output to a file, not a pipe: a pipe nobody reads fills up, and an app blocked
        # writing a warning would look like a hang.
        self.log = folder / f"app-{len(list(folder.glob('app-*.log')))}.log"
        with self.log.open("w") as output:
            self.process = subprocess.Popen([sys.executable, "-m", "leg_timer", *args],
                                            env=env, stdin=subprocess.DEVNULL, stdout=output,
                                            stderr=subprocess.STDOUT, text=True)
        self._window = ""

    # --- reading -------------------------------------------------------------------------

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    @property
    def window(self) -> str:
        if not self._window:
            def search() -> str:
                assert self.process.poll() is None, "the app exited early"
                found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                        str(self.process.pid)], env=self.xserver.env,
                                       capture_output=True, text=True, timeout=30).stdout
                return found.split()[0] if found.split() else ""
            self._window = str(wait_until(search, what="the Leg Timer window"))
        return self._window

    def title(self) -> str:
        return self.xserver.xdotool("getwindowname", self.window)

    def wait_title(self, pattern: str, timeout_s: float = 20.0) -> str:
        seen: list[str] = []

        def matches() -> str:
            seen.append(self.title())
            return seen[-1] if re.search(pattern, seen[-1]) else ""
        try:
            return str(wait_until(matches, timeout_s, f"a title matching {pattern!r}"))
        except AssertionError:
            raise AssertionError(f"no title matching {pattern!r} within {timeout_s} s; "
                                 f"the last was {seen[-1] if seen else None!r}") from None

    # --- acting --------------------------------------------------------------------------

    def press(self, *keys: str) -> None:
        # No window manager on Xvfb, so no _NET_ACTIVE_WINDOW: give the window focus directly.
        self.xserver.xdotool("windowfocus", "--sync", self.window)
        self.xserver.xdotool("key", "--clearmodifiers", *keys)

    def press_for(self, key: str, pattern: str) -> str:
        """Press ``key`` until the title matches ``pattern``: once more if the first press
        showed no effect in KEY_LOST_AFTER_S (an X key event can go astray while focus is
        still settling on a bare X server), then fail."""
        self.press(key)
        try:
            return self.wait_title(pattern, KEY_LOST_AFTER_S)
        except AssertionError:
            assert self.process.poll() is None, "the app exited"
            self.press(key)
            return self.wait_title(pattern)

    def press_until(self, key: str, pattern: str, presses: int = 12) -> str:
        """Press ``key`` once at a time until the title matches ``pattern`` (skipping segment
        after segment, say), giving the title up to 2 s to change after each press."""
        for _ in range(presses):
            current = self.title()
            if re.search(pattern, current):
                return current
            self.press(key)
            with suppress(AssertionError):  # a lost key or a slow second: look, press again
                wait_until(lambda shown=current: self.title() != shown, 2.0, "a new title")
        return self.wait_title(pattern)

    def quit_by_keyboard(self) -> int:
        """Ctrl+Q (pressed again if the first went astray); the exit status."""
        for attempt in (1, 2):
            self.press("ctrl+q")
            try:
                wait_until(lambda: self.process.poll() is not None, 10, "the app to quit")
                break
            except AssertionError:
                if attempt == 2:
                    raise
        return self.process.wait()

    def wait_exit(self, timeout_s: float) -> int:
        wait_until(lambda: self.process.poll() is not None, timeout_s, "the app to end")
        return self.process.wait()

    # --- ending --------------------------------------------------------------------------

    def diagnosis(self, name: str) -> str:
        """What the app was doing, for a failure message: call it while the app still runs."""
        alive = self.process.poll() is None
        state = thread_report(self.process.pid) if alive else f"exited {self.process.returncode}"
        shot = ""
        try:
            shot = str(self.xserver.screenshot(FAILURE_SHOTS / f"{name}.png"))
        except (subprocess.SubprocessError, OSError) as error:
            shot = f"(no screenshot: {error})"
        return (f"app: {state or 'running'}\nscreen: {shot}\n"
                f"app output:\n{brief(self.output())}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)


@contextmanager
def running_app(xserver: XServer, folder: Path, *args: str) -> Iterator[App]:
    """The app started with ``args``; any failure inside says what the app was doing."""
    app = App(xserver, folder, *args)
    try:
        yield app
    except AssertionError as error:
        raise AssertionError(f"{error}\n{app.diagnosis(folder.name)}") from None
    finally:
        app.stop()
