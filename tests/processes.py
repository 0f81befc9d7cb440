"""Helpers for tests that run programs: stopping them, and showing what they printed.

A program that hangs in a loop can print the same warning millions of times; a failure message
that carries all of it buries the reason (and CI keeps only the tail). :func:`brief` keeps the
start and the end, and folds runs of one repeated line into one line and a count.
"""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path
from typing import Any

HEAD_LINES = 60
TAIL_LINES = 40


def stop_process(process: subprocess.Popen[Any], timeout_s: float = 10,
                 first: signal.Signals = signal.SIGTERM) -> None:
    """Signal ``first`` (SIGTERM; SIGINT lets parec flush), then SIGKILL if the process has
    not ended within ``timeout_s``; always reaped."""
    if process.poll() is None:
        process.send_signal(first)
        try:
            process.wait(timeout=timeout_s)
            return
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait(timeout=timeout_s)


def fold_repeats(lines: list[str]) -> list[str]:
    """Runs of one identical line become that line and "(N more times)"."""
    folded: list[str] = []
    run = 0
    for index, line in enumerate(lines):
        if index and line == lines[index - 1]:
            run += 1
            continue
        if run:
            folded.append(f"    [the line above {run} more times]")
        folded.append(line)
        run = 0
    if run:
        folded.append(f"    [the line above {run} more times]")
    return folded


def brief(output: str | bytes | None, head: int = HEAD_LINES, tail: int = TAIL_LINES) -> str:
    """``output`` short enough to read in a failure message: repeats folded, middle cut."""
    if output is None:
        return "(no output)"
    if isinstance(output, bytes):
        output = output.decode(errors="replace")
    lines = fold_repeats(output.splitlines())
    if len(lines) > head + tail:
        cut = len(lines) - head - tail
        lines = [*lines[:head], f"    [... {cut} lines cut ...]", *lines[-tail:]]
    return "\n".join(lines) if lines else "(no output)"


def thread_report(pid: int) -> str:
    """Linux: the process's state and its threads' names and states, to tell a busy loop
    (R) from a wait (S) and find the thread involved. "" where /proc is not there."""
    try:
        with Path(f"/proc/{pid}/status").open() as status:
            state = next((line.strip() for line in status if line.startswith("State:")), "")
        threads = []
        for task in sorted(Path(f"/proc/{pid}/task").iterdir(), key=lambda p: int(p.name)):
            name = (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
            threads.append(f"{name}[{fields[0]}, cpu ticks {int(fields[11]) + int(fields[12])}]")
    except (OSError, StopIteration, IndexError, ValueError):
        return ""
    return f"{state}; threads: {', '.join(threads)}"
