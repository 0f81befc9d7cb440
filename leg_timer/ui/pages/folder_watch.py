"""Noticing that the person's routines folder changed: a file added, edited, renamed, removed.

:class:`FolderWatch` follows the folder (or, while it is missing, the folder it would be made
in) and each routine file in it, since an edit in place changes no folder entry. An editor's
save is a burst of events (a temporary file, a rename, a second write); :attr:`changed` is
emitted once, :data:`SETTLE_MS` after the last of them.

Signals:
    changed(): the folder or one of its files changed, and things have settled.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

SETTLE_MS = 300
MAX_WATCHED_FILES = 1000  # inotify watches are limited, and 1,000 take ~4 ms to add


class FolderWatch(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.changed)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_event)
        self._watcher.fileChanged.connect(self._on_event)

    @property
    def settling(self) -> bool:
        """Whether a change was seen and :attr:`changed` is still to come."""
        return self._settle.isActive()

    def cancel(self) -> None:
        """Forget a change still settling (the caller is listing the folder anyway)."""
        self._settle.stop()

    def follow(self, folder: Path, files: Iterable[str]) -> None:
        """Watch ``folder`` and ``files`` (the first :data:`MAX_WATCHED_FILES` of them, by
        name), and nothing else any more."""
        wanted_dirs = {str(folder)} if folder.is_dir() else (
            {str(folder.parent)} if folder.parent.is_dir() else set())
        self._watch_exactly(set(self._watcher.directories()), wanted_dirs)
        wanted_files = set(sorted(files)[:MAX_WATCHED_FILES])
        self._watch_exactly(set(self._watcher.files()), wanted_files)

    def _watch_exactly(self, watched: set[str], wanted: set[str]) -> None:
        if watched - wanted:
            self._watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self._watcher.addPaths(sorted(wanted - watched))

    def _on_event(self, _path: str) -> None:
        self._settle.start()  # restarted by each event: one signal after a burst
