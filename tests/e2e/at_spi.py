"""The accessibility stack of a desktop, for one test: the AT-SPI bus and registry (started
by ``at-spi-bus-launcher`` on the test's private session bus), readers that use Debian's
pyatspi from /usr/bin/python3, and checks that skip (or in CI fail) where a part is missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.xserver import XServer, wait_until

SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
READER = Path(__file__).parent / "atspi_reader.py"


def missing(what: str, install: str) -> None:
    """Skip for a missing part; in CI (CI=true) fail, so a missing install step shows."""
    message = f"needs {what} (apt-get install {install}; ./dev test installs it)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def needs_at_spi() -> None:
    if not Path(BUS_LAUNCHER).exists():
        missing("the AT-SPI bus launcher", "at-spi2-core")
    found = Path(SYSTEM_PYTHON).exists() and subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ).returncode == 0
    if not found:
        missing("pyatspi for /usr/bin/python3", "python3-pyatspi")


def end_strays(marker: str) -> None:
    """Kill what the test started that outlives it: speech-dispatcher daemonises (Orca, or
    the app's speech check, starts it with its socket under the test's runtime folder) and
    ignores SIGTERM while its audio output hangs. Only processes whose command line names
    ``marker``, a folder of this test, are touched."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in command:
            with contextlib.suppress(OSError):
                os.kill(int(proc.name), signal.SIGKILL)


def _bus_owned(env: dict[str, str], name: str) -> bool:
    result = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus",
         "/org/freedesktop/DBus", "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
        env=env, capture_output=True, text=True, check=False, timeout=10)
    return "boolean true" in result.stdout


@contextmanager
def accessibility_bus(x: XServer, folder: Path) -> Iterator[dict[str, str]]:
    """The AT-SPI bus on ``x``'s session bus; yields the environment for the app (with
    accessibility on) and for the readers. Everything it started ends with it."""
    needs_at_spi()
    env = {**x.env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "NO_AT_BRIDGE": "0",
           "XDG_RUNTIME_DIR": str(folder / "runtime")}
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700, exist_ok=True)
    log = (folder / "at-spi-bus-launcher.log").open("w")
    # Its own process group: the launcher starts a second dbus-daemon (the accessibility
    # bus) and the registry, which must end with it.
    launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"], env=env,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until(lambda: _bus_owned(env, "org.a11y.Bus"), 20, "the AT-SPI bus launcher")
        yield env
    finally:
        with_group = os.getpgid(launcher.pid) if launcher.poll() is None else None
        if with_group is not None:
            os.killpg(with_group, signal.SIGTERM)
        try:
            launcher.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(launcher.pid, signal.SIGKILL)
            launcher.wait(timeout=10)
        log.close()
        end_strays(env["XDG_RUNTIME_DIR"])


def read_tree(env: dict[str, str], pid: int) -> list[dict[str, Any]]:
    """The app's accessible tree, object by object (depth-first, with depths)."""
    result = subprocess.run([SYSTEM_PYTHON, str(READER), "tree", str(pid)], env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


class EventListener:
    """AT-SPI events of one app, recorded by a reader process while the test acts."""

    def __init__(self, env: dict[str, str], pid: int, seconds: float, path: Path) -> None:
        self.path = path
        self._out = path.open("w")
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(READER), "events", str(pid), str(seconds)], env=env,
            stdout=self._out, stderr=subprocess.STDOUT, text=True)
        wait_until(lambda: "listening" in path.read_text(), 20, "the event listener")

    def events(self) -> list[dict[str, Any]]:
        found = []
        for line in self.path.read_text().splitlines():
            if line.startswith("{"):
                found.append(json.loads(line))
        return found

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
        self.process.wait(timeout=10)
        self._out.close()
