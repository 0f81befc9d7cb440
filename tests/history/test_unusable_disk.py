"""The history on a disk that will not take it: read-only (a file, a folder) and full.

Real mounts, in a mount namespace of the test's own (``unshare -m``, root only): a read-only
bind mount and a 256 KiB tmpfs. Each probes first and is skipped, with the reason, where the
namespace cannot be had (not root, a chroot, a container without the capability).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from leg_timer.history.store import HistoryStore
from tests.history.records import record

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {root!r})
from leg_timer.history.store import HistoryStore, QueuedWriter
from tests.history.records import record
folder = Path(sys.argv[1])
{body}
"""


def in_namespace(mount: str, body: str, folder: Path) -> subprocess.CompletedProcess[str]:
    """Run ``body`` (Python, with ``folder``) after ``mount`` in a new mount namespace."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare for a mount namespace of the test's own")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", mount.format(folder=folder)],
                           capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        pytest.skip(f"cannot mount here: {probe.stderr.strip()}")
    script = SCRIPT.format(root=str(ROOT), body=body)
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", mount.format(folder=folder) + ' && exec "$@"', "sh",
         sys.executable, "-c", script, str(folder)],
        capture_output=True, text=True, timeout=60)


def _history_with_one_session(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "history.sqlite3"
    store = HistoryStore.open(path)
    store.save(record(0))
    store.close()
    return path


READ_ONLY_BODY = """
store = HistoryStore.open(folder / "history.sqlite3")
print(store.read_only, len(store.sessions()), store.save(record(1)))
print(store.problem)
"""


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_history_is_shown_and_nothing_recorded(tmp_path: Path, what: str) -> None:
    folder = tmp_path / "data"
    path = _history_with_one_session(folder)
    target = folder if what == "folder" else path
    mount = f"mount --bind {target} {target} && mount -o remount,ro,bind {target}"
    result = in_namespace(mount, READ_ONLY_BODY, folder)
    assert result.returncode == 0, result.stderr
    flags, problem = result.stdout.splitlines()
    assert flags == "True 1 False"  # shown, read-only, the workout's write refused quietly
    assert problem == (f"Your workout history {path} cannot be written (the file or its "
                       f"folder is read-only): it is shown as it is, and workouts are not "
                       f"recorded.")
    store = HistoryStore.open(path)  # outside: untouched
    assert store.sessions() == [record(0)]
    store.close()


FULL_DISK_BODY = """
told = []
store = HistoryStore.open(folder / "history.sqlite3")
store.on_problem = told.append
assert store.problem == "", store.problem
writer = QueuedWriter(store)
writer.save(record(0))
writer.flush()
try:
    with open(folder / "filler", "wb") as filler:
        while True:
            filler.write(b"x" * 1024)
            filler.flush()
except OSError:
    pass
for day in range(1, 200):  # a long workout's boundaries, each with a new session's values
    writer.save(record(day))
writer.close()
print(told)
print(len(store.sessions()) >= 1)
store.close()
# the next start on the full disk: a history that cannot even be made
fresh = HistoryStore.open(folder / "other" / "history.sqlite3")
print(fresh.path, fresh.problem)
"""


def test_a_full_disk_is_said_once_and_the_workout_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    result = in_namespace("mount -t tmpfs -o size=256k tmpfs {folder}", FULL_DISK_BODY, folder)
    assert result.returncode == 0, result.stderr
    told, kept, fresh = result.stdout.splitlines()
    assert told == (f"['Workouts cannot be recorded in {folder}/history.sqlite3 (the disk "
                    f"is full); the workout goes on.']")
    assert kept == "True"
    assert fresh.startswith("None ")
    assert "this session's workouts are kept until Leg Timer closes" in fresh
