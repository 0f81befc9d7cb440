"""Never two windows: the whole app started as real processes, with the same base folder.

Each test has its own --basedir and its own $XDG_RUNTIME_DIR (or none), so nothing here talks
to another test or to a real Leg Timer. A process that opened its window writes the instant
of its first paint to its own file ($LEG_TIMER_REPORT_FIRST_PAINT); one that handed its
start to the running window exits without painting.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from leg_timer.desktop.forwarding import instance_key
from leg_timer.paths import default_paths
from tests.processes import brief, stop_process

ROOT = Path(__file__).resolve().parent.parent.parent
SHORT = ROOT / "tests" / "data" / "good" / "short-e2e.yaml"
START_S = 60  # a start on a busy 2-core machine; normally well under a second

pytestmark = pytest.mark.slow


@dataclass
class Start:
    """One ``leg-timer`` process and where it reports."""

    process: subprocess.Popen[bytes]
    painted: Path
    output: Path

    @property
    def shown(self) -> str:
        return brief(self.output.read_text(errors="replace"))

    def has_painted(self) -> bool:
        return self.painted.exists()

    def wait_painted(self) -> None:
        deadline = time.monotonic() + START_S
        while not self.painted.exists() and time.monotonic() < deadline:
            assert self.process.poll() is None, f"ended with {self.process.returncode}: " \
                                                 f"{self.shown}"
            time.sleep(0.02)
        assert self.painted.exists(), self.shown


class Starts:
    """Starts ``leg-timer --basedir BASE ARGS`` processes; stops all of them at the end."""

    def __init__(self, folder: Path, runtime: Path | None,
                 wrapper: Sequence[str] = ()) -> None:
        self.folder = folder
        self.base = folder / "base"
        self.base.mkdir(exist_ok=True)
        self.wrapper = list(wrapper)
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                    "DBUS_SESSION_BUS_ADDRESS": "disabled:"}
        self.env.pop("XDG_RUNTIME_DIR", None)
        if runtime is not None:
            self.env["XDG_RUNTIME_DIR"] = str(runtime)
        self.started: list[Start] = []

    def __call__(self, *args: str) -> Start:
        number = len(self.started)
        painted = self.base / f"painted-{number}"
        output = self.folder / f"output-{number}.txt"
        with output.open("wb") as sink:
            process = subprocess.Popen(
                [*self.wrapper, sys.executable, "-m", "leg_timer", "--basedir", str(self.base),
                 *args], env={**self.env, "LEG_TIMER_REPORT_FIRST_PAINT": str(painted)},
                stdout=sink, stderr=subprocess.STDOUT, cwd=self.folder)
        start = Start(process, painted, output)
        self.started.append(start)
        return start

    def stop_all(self) -> None:
        for start in self.started:
            stop_process(start.process, first=signal.SIGKILL)

    def lock_file(self) -> str:
        return f"{instance_key(default_paths(self.base))}.lock"


@pytest.fixture
def runtime() -> Iterator[Path]:
    """A private $XDG_RUNTIME_DIR, short enough for a socket path."""
    with tempfile.TemporaryDirectory(prefix="lt-") as name:
        yield Path(name)


@pytest.fixture
def starts(tmp_path: Path, runtime: Path) -> Iterator[Starts]:
    made = Starts(tmp_path, runtime)
    yield made
    made.stop_all()


def one_window(first: Start, second: Start) -> tuple[Start, Start]:
    """Of two simultaneous starts, exactly one opened a window and the other handed its start
    over (exit 0, never painted). Returns (the window, the one that handed over)."""
    deadline = time.monotonic() + START_S
    while first.process.poll() is None and second.process.poll() is None:
        assert time.monotonic() < deadline, (f"both still running: two windows?\n"
                                             f"{first.shown}\n{second.shown}")
        time.sleep(0.02)
    window, handed = (second, first) if first.process.poll() is not None else (first, second)
    assert handed.process.returncode == 0, handed.shown
    window.wait_painted()
    assert not handed.has_painted(), handed.shown
    assert window.process.poll() is None, window.shown
    return window, handed


def test_twenty_rounds_of_two_simultaneous_starts_open_one_window(starts: Starts) -> None:
    """Here $XDG_RUNTIME_DIR is short but the tests' base folders are not: half the rounds
    run with the lock in the data folder, where the socket path is too long for an address."""
    for round_ in range(20):
        if round_ == 10:
            starts.env.pop("XDG_RUNTIME_DIR")
        first, second = starts(), starts()
        window, _handed = one_window(first, second)
        stop_process(window.process)
        assert window.process.returncode == 0, window.shown
    assert (starts.base / "data" / "run" / starts.lock_file()).exists()


def test_a_refused_run_exits_1_with_the_reason_and_an_accepted_one_0(starts: Starts) -> None:
    window = starts("run", str(SHORT))  # a workout is under way for the next 20 s
    window.wait_painted()
    began = time.monotonic()
    refused = starts("run", "squat-100")
    assert refused.process.wait(timeout=START_S) == 1, refused.shown
    assert ("leg-timer: the running window refused: A workout is under way: stop it (Esc) "
            "before starting 100 squats.") in refused.shown
    assert time.monotonic() - began < 10, "answered at once, not after a time-out"
    assert not refused.has_painted()
    front = starts()  # no routine: the window only comes to the front
    assert front.process.wait(timeout=START_S) == 0, front.shown
    assert window.process.poll() is None


def test_an_accepted_run_is_answered_at_once_and_carried_out(starts: Starts) -> None:
    window = starts()
    window.wait_painted()
    began = time.monotonic()
    accepted = starts("run", "legs-up-the-wall", "--set", "minutes=5")
    assert accepted.process.wait(timeout=START_S) == 0, accepted.shown
    took_s = time.monotonic() - began
    # The whole second process, spawn to exit (Python, Qt, its own check of the routine,
    # the answer): well under a second on an idle machine; a generous bound for a busy one.
    assert took_s < 8, took_s
    assert "refused" not in accepted.shown and not accepted.has_painted()
    busy = starts("run", "squat-100")  # refused: the window did start the first one
    assert busy.process.wait(timeout=START_S) == 1, busy.shown
    assert "before starting 100 squats" in busy.shown
    print(f"forwarded run, spawn to exit: {took_s:.2f} s")


def test_after_kill_9_a_new_start_becomes_the_instance_at_once(starts: Starts) -> None:
    first = starts()
    first.wait_painted()
    first.process.send_signal(signal.SIGKILL)
    first.process.wait(timeout=10)
    began = time.monotonic()
    second = starts()
    second.wait_painted()
    painted_s = time.monotonic() - began
    assert painted_s < 10, painted_s  # no waiting for an answer from the dead one
    third = starts()
    assert third.process.wait(timeout=START_S) == 0, third.shown
    assert not third.has_painted()
    print(f"start after kill -9, spawn to first paint: {painted_s:.2f} s")


def test_a_lock_naming_a_live_unrelated_process_does_not_matter(starts: Starts,
                                                               runtime: Path) -> None:
    """A reused process id in a lock file (the old QLockFile one, or ours) decides nothing."""
    live = subprocess.Popen(["sleep", "120"])
    try:
        content = f"{live.pid}\nleg-timer\n{os.uname().nodename}\n"
        old_lock = runtime / f"{instance_key(default_paths(starts.base))}.socket.lock"
        old_lock.write_text(content)
        new_lock = runtime / "leg-timer" / starts.lock_file()
        new_lock.parent.mkdir(mode=0o700)
        new_lock.write_text(content)
        window, _handed = one_window(starts(), starts())
        assert new_lock.read_text() == f"{window.process.pid}\n"
    finally:
        stop_process(live, first=signal.SIGKILL)


RO_TMP = """\
set -e
mount --bind /tmp /tmp
mount -o remount,bind,ro /tmp
mount --bind "$1" "$1"
mount -o remount,bind,rw "$1"
shift
if touch /tmp/leg-timer-ro-check 2>/dev/null; then echo "/tmp is writable"; exit 99; fi
exec "$@"
"""


def unshare_available() -> str:
    """Why the read-only /tmp test cannot run here ("" when it can)."""
    if not sys.platform.startswith("linux"):
        return "Linux mount namespaces only"
    if os.geteuid() != 0:
        return "needs root to mount in a private mount namespace"
    if shutil.which("unshare") is None:
        return "needs unshare (util-linux)"
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"],
                           capture_output=True, check=False)
    return "" if probe.returncode == 0 else f"unshare -m fails here: {probe.stderr!r}"


@pytest.mark.skipif(bool(unshare_available()), reason=unshare_available() or "runs")
def test_a_read_only_tmp_without_a_runtime_folder(tmp_path: Path) -> None:
    """No $XDG_RUNTIME_DIR and /tmp mounted read-only (the base folder, under it, bound
    writable again): the lock lives in the data folder and there is still one window."""
    base = tmp_path / "base"
    base.mkdir()
    wrapper = ["unshare", "-m", "--propagation", "private", "sh", "-c", RO_TMP, "sh", str(base)]
    starts = Starts(tmp_path, None, wrapper)
    try:
        for _ in range(3):
            window, _handed = one_window(starts(), starts())
            stop_process(window.process)
            assert window.process.returncode == 0, window.shown
    finally:
        starts.stop_all()
    assert (base / "data" / "run" / starts.lock_file()).exists()
