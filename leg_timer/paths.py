"""Where Leg Timer keeps the user's files: their own routines, settings, history.

One module decides every path, so tests (and power users, with ``--basedir`` or the
``LEG_TIMER_BASEDIR`` environment variable) can put everything under one folder. Without an
override the platform's usual places are used: XDG folders on Linux, Application Support on
macOS, %APPDATA% on Windows.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

BASEDIR_VARIABLE = "LEG_TIMER_BASEDIR"
_FOLDER = "leg-timer"


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path

    @property
    def user_routines_dir(self) -> Path:
        return self.data_dir / "routines"

    @property
    def history_db(self) -> Path:
        return self.data_dir / "history.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"


def default_paths(basedir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths to use: under ``basedir`` (or $LEG_TIMER_BASEDIR) if given, else the platform's."""
    chosen = basedir if basedir is not None else os.environ.get(BASEDIR_VARIABLE)
    if chosen:
        base = Path(chosen).expanduser().resolve()
        return Paths(data_dir=base / "data", config_dir=base / "config")
    home = Path.home()
    if sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return Paths(data_dir=appdata / _FOLDER, config_dir=appdata / _FOLDER)
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / _FOLDER
        return Paths(data_dir=support, config_dir=support)
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return Paths(data_dir=data / _FOLDER, config_dir=config / _FOLDER)
