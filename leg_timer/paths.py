"""Where Leg Timer keeps the user's files: routines, settings, history, logs, sockets.

One module decides every path, so tests (and power users, with ``--basedir`` or the
``LEG_TIMER_BASEDIR`` environment variable) can put everything under one folder. Without an
override the platform's usual places are used: XDG folders on Linux, Application Support and
Logs on macOS, %APPDATA% and %LOCALAPPDATA% on Windows.

Nothing here creates a folder: whoever writes a file makes its folder, and says so when it
cannot (a read-only or missing home must never stop the window from opening).
:func:`folder_problem` says, in one line naming the folder, why the base folders cannot be
used (a base that is a file, not writable, under /dev/null, a home that does not exist); the
window then keeps settings and history in memory and the command line exits 2.

This is the only module that asks where the home folder is (:func:`home_folder`): nothing
else calls ``Path.home()`` or ``expanduser()``.
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
    # Why these folders cannot be used at all, found without touching the disk (no home
    # folder); "" when they may be. folder_problem() adds what only the disk can tell.
    problem: str = ""

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
    def reminders_file(self) -> Path:
        """The practice reminders and their bookkeeping (see leg_timer.reminders.store)."""
        return self.config_dir / "reminders.json"

    @property
    def routine_index_file(self) -> Path:
        """The cached index of the user's routine folder (see leg_timer.routine_index)."""
        return self.state_dir / "routine-index.json"

    @property
    def runtime_dir(self) -> Path:
        """Where the files that live only while the app runs go: the first of
        :func:`runtime_folders`."""
        return runtime_folders(self)[0]


def default_paths(basedir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths to use: under ``basedir`` (or $LEG_TIMER_BASEDIR) if given, else the platform's."""
    chosen = basedir if basedir is not None else os.environ.get(BASEDIR_VARIABLE)
    if chosen:
        base = _expand_user(Path(chosen)).resolve()
        return Paths(data_dir=base / "data", config_dir=base / "config",
                     state_dir=base / "state")
    return platform_paths()


def home_folder() -> Path | None:
    """The user's home folder, or None when there is none ($HOME unset and no password-file
    entry, or naming a folder that does not exist, such as the usual /nonexistent)."""
    try:
        home = Path.home()
    except (RuntimeError, KeyError):  # no $HOME and no passwd entry for this user id
        return None
    return home if home.is_absolute() and home.is_dir() else None


def _missing_home_problem() -> str:
    value = os.environ.get("HOME") or os.environ.get("USERPROFILE")
    if value:
        return f"the home folder {value} does not exist"
    return "there is no home folder ($HOME is not set and this user has no home on record)"


def _expand_user(path: Path) -> Path:
    """``path`` with a leading ``~`` made the home folder (left alone when there is none)."""
    if not str(path).startswith("~"):
        return path
    try:
        return path.expanduser()
    except RuntimeError:
        return path


def platform_paths() -> Paths:
    """The platform's usual places, whatever base folder is chosen.

    Without a home folder the places are still named (under the home the environment gives,
    or /nonexistent) so messages can show them, and :attr:`Paths.problem` says why they
    cannot be used; XDG variables that name folders of their own still count.
    """
    found = home_folder()
    problem = "" if found is not None else _missing_home_problem()
    home = found if found is not None else Path(os.environ.get("HOME") or "/nonexistent")
    if sys.platform == "win32":
        appdata = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        local = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
        return Paths(data_dir=appdata / _FOLDER, config_dir=appdata / _FOLDER,
                     state_dir=local / _FOLDER,
                     problem="" if os.environ.get("APPDATA") else problem)
    if sys.platform == "darwin":
        support = home / "Library" / "Application Support" / _FOLDER
        return Paths(data_dir=support, config_dir=support,
                     state_dir=home / "Library" / "Logs" / _FOLDER, problem=problem)
    data = _xdg("XDG_DATA_HOME") or home / ".local" / "share"
    config = _xdg("XDG_CONFIG_HOME") or home / ".config"
    state = _xdg("XDG_STATE_HOME") or home / ".local" / "state"
    if all(_xdg(name) for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")):
        problem = ""  # every folder is named outright: no home needed
    return Paths(data_dir=data / _FOLDER, config_dir=config / _FOLDER,
                 state_dir=state / _FOLDER, problem=problem)


def _xdg(name: str) -> Path | None:
    """An XDG base-directory variable's folder; the spec says to ignore a relative one."""
    value = os.environ.get(name, "")
    return Path(value) if value and Path(value).is_absolute() else None


def folder_problem(paths: Paths) -> str:
    """Why the base folders cannot hold the user's files, in one line naming the folder; ""
    when they can (or can be made). Looks at the disk, creates nothing."""
    if paths.problem:
        return paths.problem
    for folder in dict.fromkeys((paths.data_dir, paths.config_dir, paths.state_dir)):
        problem = _unusable(folder)
        if problem:
            return problem
    return ""


def _unusable(folder: Path) -> str:
    """Why ``folder`` cannot be used or made ("" when it can): the nearest part of it that
    exists must be a folder this user may write in."""
    existing = folder
    while not existing.exists():
        if existing.is_symlink():
            return f"{existing} is a broken symbolic link"
        if existing.parent == existing:
            return f"{folder} cannot be made"
        existing = existing.parent
    if not existing.is_dir():
        return f"cannot use the folder {folder}: {existing} is a file, not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"cannot use the folder {folder}: {existing} is not writable"
    return ""


def runtime_folders(paths: Paths) -> list[Path]:
    """Where the files that live only while the app runs (the single-instance lock and socket)
    may go, best first: ``$XDG_RUNTIME_DIR/leg-timer`` where the session has one; ``run`` in
    the data folder, the user's own (unless :func:`folder_problem` says the base folders
    cannot be used, so nothing tries to write there); last, a per-user folder in the temporary
    folder, for when neither can be made. Never only the temporary folder: it may be read-only
    or shared."""
    session = user_runtime_dir()
    folders = [session / _FOLDER] if session is not None else []
    if not folder_problem(paths):
        folders.append(paths.data_dir / "run")
    folders.append(Path(tempfile.gettempdir()) / f"{_FOLDER}-{_user_id()}")
    return folders


def pulse_runtime_candidates() -> list[Path]:
    """Where a per-user PulseAudio keeps its sockets when the session has no runtime folder
    (libpulse's fallback, ``~/.config/pulse/*-runtime``); none without a home."""
    home = home_folder()
    return sorted((home / ".config" / "pulse").glob("*-runtime")) if home is not None else []


def autostart_dir() -> Path | None:
    """Where the desktop starts programs at login (the XDG autostart folder,
    ``$XDG_CONFIG_HOME/autostart``, else ``~/.config/autostart``), whatever base folder is
    chosen; None off Linux and the BSDs, or without a home folder to put it in."""
    if sys.platform in ("win32", "darwin"):
        return None
    config = _xdg("XDG_CONFIG_HOME")
    if config is None:
        home = home_folder()
        if home is None:
            return None
        config = home / ".config"
    return config / "autostart"


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
