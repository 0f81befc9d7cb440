"""Where Leg Timer keeps the user's files: routines, settings, history, logs, sockets.

One module decides every path, so tests (and power users, with ``--basedir`` or the
``LEG_TIMER_BASEDIR`` environment variable) can put everything under one folder. Without an
override the platform's usual places are used: XDG folders on Linux, Application Support and
Logs on macOS, %APPDATA% and %LOCALAPPDATA% on Windows.

Nothing here creates a folder: whoever writes a file makes its folder, and says so when it
cannot (a read-only or missing home must never stop the window from opening).
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

BASEDIR_VARIABLE = "LEG_TIMER_BASEDIR"
_FOLDER = "leg-timer"


@dataclass(frozen=True)
class Paths:
    data_dir: Path  # what the person made: their routines, their history
    config_dir: Path  # what they chose: settings
    state_dir: Path  # what the app leaves behind for later: logs

    @property
    def user_routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def log_dir(self) -> Path:
        return self.state_dir / "log"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "leg-timer.log"

    @property
    def runtime_dir(self) -> Path:
        """Files that live only while the app runs (lock files): ``$XDG_RUNTIME_DIR/leg-timer``
        where the session has one, else a per-user folder in the temporary folder."""
        session = user_runtime_dir()
        if session is not None:
            return session / _FOLDER
        return Path(tempfile.gettempdir()) / f"{_FOLDER}-{_user_id()}"


def default_paths(basedir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths to use: under ``basedir`` (or $LEG_TIMER_BASEDIR) if given, else the platform's."""
    chosen = basedir if basedir is not None else os.environ.get(BASEDIR_VARIABLE)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(data_dir=base / "data", config_dir=base / "config",
                     state_dir=base / "state")
    return platform_paths()


def platform_paths() -> Paths:
    """The platform's usual places, whatever base folder is chosen."""
    home = Path.home()
    if sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return Paths(data_dir=appdata / _FOLDER, config_dir=appdata / _FOLDER,
                     state_dir=local / _FOLDER)
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / _FOLDER
        return Paths(data_dir=support, config_dir=support,
                     state_dir=home / "Library" / "Logs" / _FOLDER)
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    state = Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state")
    return Paths(data_dir=data / _FOLDER, config_dir=config / _FOLDER,
                 state_dir=state / _FOLDER)


def user_runtime_dir() -> Path | None:
    """The session's own runtime folder, ``$XDG_RUNTIME_DIR`` (per user, mode 0700, emptied at
    log-out), when it is set and exists; None elsewhere (Windows, macOS, a bare container).

    The one place that reads the variable: the single-instance socket, the D-Bus session bus
    check and the sound-server check all ask here.
    """
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    folder = Path(value)
    return folder if value and folder.is_absolute() and folder.is_dir() else None


def _user_id() -> str:
    return str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
