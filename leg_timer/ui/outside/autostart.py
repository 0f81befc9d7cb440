"""Starting Leg Timer at login, quietly, so reminders come without opening it by hand.

An XDG autostart entry, ``io.github.legtimer.LegTimer.desktop`` in the autostart folder
(:func:`leg_timer.paths.autostart_dir`), written and removed by the app only: the tray's
"Start at login" item calls :func:`set_enabled` and shows :func:`is_enabled`. The entry runs
``leg-timer --background`` (:data:`BACKGROUND_FLAG`): the app starts with only its tray icon
where there is a tray, else with the window minimised.

An entry the person (or their desktop's settings) turned off with ``Hidden=true`` or
``X-GNOME-Autostart-enabled=false`` counts as off. The command is the one running now: the
bundle's own executable, else ``leg-timer`` as found on PATH, else this Python with
``-m leg_timer``. Plain Python (no Qt): the tray and the settings dialog both use it.
"""

from __future__ import annotations

import shlex
import shutil
import sys
from pathlib import Path

from leg_timer.atomic_files import replace_atomically
from leg_timer.core.translation import translate
from leg_timer.metadata import metadata
from leg_timer.paths import autostart_dir

BACKGROUND_FLAG = "--background"


def entry_path(folder: Path | None = None) -> Path | None:
    """The autostart entry's file (None where there is no autostart folder)."""
    folder = folder if folder is not None else autostart_dir()
    return None if folder is None else folder / f"{metadata().app_id}.desktop"


def available(folder: Path | None = None) -> bool:
    """Whether this desktop has an autostart folder to write to (Linux and the BSDs)."""
    return entry_path(folder) is not None


def _quoted(argument: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks when it needs to be."""
    if argument and not any(char in argument for char in " \t\n\"'\\><~|&;$*?#()`%="):
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
        .replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def command() -> list[str]:
    """How this Leg Timer is started again (see the module's note)."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    found = shutil.which("leg-timer")
    if found:
        return [str(Path(found).absolute())]
    return [sys.executable, "-m", "leg_timer"]


def entry_text(arguments: list[str] | None = None) -> str:
    """The autostart entry's text."""
    meta = metadata()
    exec_line = " ".join(_quoted(part) for part in [*(arguments or command()), BACKGROUND_FLAG])
    return "\n".join((
        "[Desktop Entry]",
        "Type=Application",
        f"Name={meta.display_name}",
        "Comment=Practice reminders: starts quietly in the tray at login",
        f"Exec={exec_line}",
        f"Icon={meta.app_id}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "X-KDE-autostart-after=panel",  # the tray must be there first
        "",
    ))


def is_enabled(folder: Path | None = None) -> bool:
    """Whether Leg Timer starts at login (an entry that is there and not turned off)."""
    path = entry_path(folder)
    if path is None:
        return False
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return False
    values = {key.strip(): value.strip() for key, sep, value in
              (line.partition("=") for line in lines) if sep}
    return (values.get("Hidden", "false").lower() != "true"
            and values.get("X-GNOME-Autostart-enabled", "true").lower() != "false")


def set_enabled(enabled: bool, folder: Path | None = None) -> str:
    """Write or remove the entry; why it failed in one line, or "" when it worked."""
    path = entry_path(folder)
    if path is None:
        return "starting at login is not offered on this system"
    try:
        if enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            replace_atomically(path, entry_text().encode("utf-8"))
        else:
            path.unlink(missing_ok=True)
    except OSError as error:
        reason = error.strerror or error
        if enabled:
            return translate("Autostart", "cannot write {file}: {error}").format(file=path,
                                                                                 error=reason)
        return translate("Autostart", "cannot remove {file}: {error}").format(file=path,
                                                                              error=reason)
    return ""


def exec_arguments(folder: Path | None = None) -> list[str]:
    """The entry's Exec line split into arguments (for tests and the tray's tooltip)."""
    path = entry_path(folder)
    if path is None or not path.exists():
        return []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            return shlex.split(line.removeprefix("Exec=").replace("%%", "%"))
    return []
