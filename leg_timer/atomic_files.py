"""Writing a file so that a reader only ever sees the old content or the whole new content.

Every write goes to a hidden temporary file in the same folder (so the final step is a rename
on one file system), is flushed to the disk, and only then takes the file's name. A crash, a
full disk or a kill at any moment leaves either the old file or the new one, never half of
one, and at worst a ``.*.tmp`` file that no routine listing picks up (it does not end in
``.yaml``).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path


def _temporary_copy(folder: Path, name: str, data: bytes, mode: int | None,
                    durable: bool = True) -> Path:
    """``data`` in a new hidden file in ``folder`` (on the disk when ``durable``); the caller
    renames it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        if mode is not None:
            Path(temporary).chmod(mode)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise
    return Path(temporary)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (a no-op where folders cannot be
    opened, as on Windows)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def replace_atomically(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path``, replacing what is there in one step; OSError otherwise
    (the old file is then untouched). A symbolic link is followed: its target is replaced,
    and the link stays. ``durable=False`` is for caches: no wait for the disk, so a power cut
    may leave the old file (or none), never half of the new one."""
    target = path.resolve() if path.is_symlink() else path
    try:
        mode: int | None = target.stat().st_mode & 0o7777
    except OSError:
        mode = None  # a new file gets the usual mode (umask applies)
    temporary = _temporary_copy(target.parent, target.name, data, mode, durable)
    try:
        temporary.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if durable:
        _sync_folder(target.parent)


def create_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file ``path`` in one step: FileExistsError if anything is
    already called ``path`` (it is never overwritten, even when it appears meanwhile)."""
    temporary = _temporary_copy(path.parent, path.name, data, None)
    try:
        try:
            # A hard link gives the finished file its name only if the name is free.
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError as error:
            if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV,
                                   errno.EMLINK, errno.ENOSYS):
                raise
            # No hard links here (FAT, some network shares): claim the name with an empty
            # file, then rename the full one over it. A reader may see it empty for a moment.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
            temporary.replace(path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
    _sync_folder(path.parent)
