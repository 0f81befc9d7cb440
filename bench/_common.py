"""Shared helpers for the benchmarks: statistics, process measurements, an X server.

Benchmarks print figures; they never fail on time.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def summary(values_ms: Sequence[float]) -> str:
    """``median 1.23  p99 4.56  max 7.89`` (milliseconds) for a list of samples."""
    ordered = sorted(values_ms)
    p99 = ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]
    return (f"median {statistics.median(ordered):8.3f}  p99 {p99:8.3f}  "
            f"max {ordered[-1]:8.3f}  (n={len(ordered)})")


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far (from /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def family(pid: int) -> list[int]:
    """``pid`` and every process below it (the app and its audio hosts)."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                queue += [int(child) for child in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def family_cpu_seconds(pid: int) -> float:
    """User + system CPU time of ``pid`` and its children still running (from /proc)."""
    total = 0.0
    for each in family(pid):
        try:
            total += cpu_seconds(each)
        except OSError:
            continue  # ended between the listing and the reading
    return total


def peak_rss_mib(pid: int) -> float:
    """The process's peak resident memory (VmHWM) in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """Environment for a real X server: Xvfb when available, else Qt's offscreen platform."""
    env = dict(os.environ)
    if shutil.which("Xvfb") is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        print("note: Xvfb not found, measuring on Qt's offscreen platform", file=sys.stderr)
        yield env
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                               "1280x800x24", "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        number = pipe.readline().strip()
    env["DISPLAY"] = f":{number}"
    env["QT_QPA_PLATFORM"] = "xcb"
    try:
        yield env
    finally:
        server.terminate()
        server.wait()


def wait_for_file(path: Path, process: subprocess.Popen[bytes], timeout_s: float = 60) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if path.exists() and path.read_text().strip():
            return path.read_text().strip()
        if process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before reporting")
        time.sleep(0.002)
    raise TimeoutError(f"no report in {path}")


def own_homes(names: Iterable[str]) -> dict[str, str]:
    """A ``home`` for :func:`start_app` per command compared (see there why each needs one)."""
    return {name: f"home-{index}" for index, name in enumerate(names)}


def start_app(command: list[str], env: dict[str, str], workdir: Path,
              extra_env: dict[str, str] | None = None,
              home: str = "home") -> tuple[subprocess.Popen[bytes], Path]:
    """Start ``command`` as every bench does: its first paint reported (a monotonic instant)
    into a file in ``workdir`` ($LEG_TIMER_REPORT_FIRST_PAINT, which bench/minimal_window.py
    honours too), its files in a scratch base folder (``workdir / home``), no terminal.
    Returns the process and the report file, for :func:`wait_for_file`.

    Commands compared in one bench need a ``home`` each: the built-ins' cache is stamped
    with the files of the tree (or bundle) that wrote it, so two trees sharing one find it
    stale in turn and parse every routine again, PyYAML and all, in every run."""
    report = workdir / "painted"
    report.unlink(missing_ok=True)
    run_env = {**env, "LEG_TIMER_REPORT_FIRST_PAINT": str(report),
               "LEG_TIMER_BASEDIR": str(workdir / home), **(extra_env or {})}
    process = subprocess.Popen(command, env=run_env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    return process, report


def running(pid: int) -> bool:
    """Whether process ``pid`` is alive (a zombie, ended but not yet reaped, is not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def stop_with_helpers(process: subprocess.Popen[bytes], timeout_s: float = 3) -> None:
    """End ``process`` and wait until its helper processes (the app's sound and voice hosts)
    have gone too. They outlive the window by about half a second after it is terminated;
    without this wait they would still be stopping during the next command's run and slow it
    down, biasing the comparison against whichever command runs next in the alternation."""
    helpers = family(process.pid)[1:] if process.poll() is None else []
    process.terminate()
    process.wait(timeout=30)
    for pid in helpers:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout_s
    while any(running(pid) for pid in helpers) and time.monotonic() < deadline:
        time.sleep(0.01)
