"""The single-instance lock: an OS lock on a file, held for the app's life, gone with the process.

Who is the running instance is decided by ``fcntl.flock(LOCK_EX | LOCK_NB)`` on a lock file
(``msvcrt.locking`` on one byte of it on Windows). Taking it is atomic, so of two starts at
the same moment exactly one wins; the kernel drops it when its process ends, however it ends
(``kill -9``, a crash), so there is no stale lock to detect and the file's content never
decides anything. The holder writes its process id into the file only so that a message can
name it.

The lock file is never deleted: a start that has the file open could otherwise lock the
removed file while a third start creates and locks a new one of the same name.

The folder is the first of the given candidates (see :func:`leg_timer.paths.runtime_folders`)
where the lock file can be opened: made with mode 0700 when missing, owned by this user
and closed to others (a folder another user made in a shared temporary folder is skipped).
No Qt here.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

# Windows locks byte ranges, and a locked range cannot even be read by others; the lock sits
# far past the process id at the start of the file, so that stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_BUSY = (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK)


class LockUnavailable(OSError):
    """No candidate folder can hold the lock file; the message names each and why."""


class InstanceLock:
    """An exclusive lock named ``name`` in the first usable folder of ``folders``."""

    def __init__(self, folders: Sequence[Path], name: str) -> None:
        self._folders = list(folders)
        self._name = name
        self._fd: int | None = None
        self._folder: Path | None = None
        self._held = False

    @property
    def folder(self) -> Path:
        """The folder holding the lock file (chosen, and the file opened, on first use)."""
        self._open()
        assert self._folder is not None
        return self._folder

    @property
    def path(self) -> Path:
        return self.folder / self._name

    @property
    def held(self) -> bool:
        return self._held

    def acquire(self) -> bool:
        """Take the lock if nobody holds it: True when this process holds it now, False
        when another one does. Never waits. Raises :class:`LockUnavailable`."""
        if self._held:
            return True
        fd = self._open()
        try:
            _lock(fd)
        except OSError as error:
            if error.errno in _BUSY:
                return False
            raise LockUnavailable(f"cannot lock {self.path}: {error.strerror}") from error
        self._held = True
        try:
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:  # only for messages: the lock is what counts
            log.debug("cannot write our process id into %s", self.path, exc_info=True)
        return True

    def holder(self) -> int | None:
        """The process id the holder wrote into the lock file, if it can be read."""
        try:
            text = self.path.read_text(encoding="ascii", errors="replace")
        except OSError:  # LockUnavailable too
            return None
        first = text.split("\n", 1)[0].strip()
        return int(first) if first.isdigit() else None

    def release(self) -> None:
        """Let go of the lock (the file stays, see the module's docstring)."""
        if self._fd is None:
            return
        fd, self._fd, self._held = self._fd, None, False
        try:
            os.close(fd)  # closing the last descriptor drops flock's lock and Windows' too
        except OSError:
            log.debug("closing the lock file failed", exc_info=True)

    def _open(self) -> int:
        if self._fd is not None:
            return self._fd
        problems = []
        for index, folder in enumerate(self._folders):
            try:
                _private_folder(folder)
                fd = os.open(folder / self._name, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:
                problems.append(f"{folder}: {error.strerror or error}")
                log.warning("cannot keep the single-instance lock in %s: %s", folder,
                            error.strerror or error)
                continue
            if index:
                log.warning("keeping the single-instance lock in %s instead", folder)
            self._fd, self._folder = fd, folder
            return fd
        raise LockUnavailable("no folder can hold the single-instance lock: "
                              + "; ".join(problems or ["no folder was given"]))


def _private_folder(folder: Path) -> None:
    """Make ``folder`` (mode 0700) unless it exists; it must be a real folder of this user's
    that nobody else may write in (it may be in a temporary folder shared with others)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(errno.ENOTDIR, "not a folder (perhaps a symbolic link)")
    if sys.platform == "win32":
        return  # per-user folders, and POSIX modes mean little there
    if info.st_uid != os.getuid():
        raise OSError(errno.EPERM, f"belongs to another user (uid {info.st_uid})")
    if info.st_mode & 0o077:
        folder.chmod(0o700)


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # raises OSError (EACCES) when held

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # raises BlockingIOError when held
