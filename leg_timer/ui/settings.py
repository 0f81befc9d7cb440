"""What the window remembers between runs, in one INI file found through :mod:`leg_timer.paths`.

:class:`AppSettings` wraps a ``QSettings`` in IniFormat so tests point it at ``tmp_path``. A
file Qt cannot read is set aside (renamed, never deleted) and the window starts with defaults;
:attr:`AppSettings.set_aside` says where it went so the window can tell the user.

Bump :data:`SETTINGS_VERSION` only when a key changes meaning; add the migration in
:meth:`AppSettings._migrate`.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Mapping
from dataclasses import fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.errors import ParameterError
from leg_timer.core.plan import MAX_PREPARE_S, resolve_values
from leg_timer.core.routine import Routine

SETTINGS_VERSION = 1
THEMES = ("system", "light", "dark")


class AppSettings:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.set_aside: Path | None = None
        path.parent.mkdir(parents=True, exist_ok=True)
        self._qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        if self._qsettings.status() is QSettings.Status.FormatError:
            self._set_aside()
        self._migrate()

    def _set_aside(self) -> None:
        del self._qsettings
        target = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
        try:
            self.path.rename(target)
        except OSError:
            pass  # cannot move it: Qt keeps its defaults in memory and rewrites the file
        else:
            self.set_aside = target
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _migrate(self) -> None:
        if self._qsettings.value("version") is None:
            self._qsettings.setValue("version", SETTINGS_VERSION)

    def sync(self) -> None:
        self._qsettings.sync()

    # -- the picker ------------------------------------------------------------------------

    @property
    def last_routine(self) -> str | None:
        value = self._qsettings.value("picker/last_routine")
        return value if isinstance(value, str) and value else None

    @last_routine.setter
    def last_routine(self, routine_id: str) -> None:
        self._qsettings.setValue("picker/last_routine", routine_id)

    def values_for(self, routine: Routine) -> dict[str, float]:
        """The values chosen last time for ``routine``; defaults for any missing or invalid."""
        values = routine.default_values()
        for parameter in routine.parameters:
            raw = self._qsettings.value(f"values/{_key(routine.id)}/{_key(parameter.name)}")
            try:
                value = float(str(raw)) if raw is not None else None
            except ValueError:
                value = None
            if value is None or not math.isfinite(value):
                continue
            try:
                values[parameter.name] = resolve_values(routine, {parameter.name: value})[
                    parameter.name]
            except ParameterError:
                continue  # the routine changed since: keep its default
        return values

    def set_values(self, routine: Routine, values: Mapping[str, float]) -> None:
        for name, value in values.items():
            self._qsettings.setValue(f"values/{_key(routine.id)}/{_key(name)}", repr(float(value)))

    # -- the window ------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self._qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", value)

    # -- cues, get-ready time and theme (the settings dialog) -------------------------------

    @property
    def cue_preferences(self) -> CuePreferences:
        """Sound and voice preferences; unreadable values fall back to their defaults."""
        stored = {field.name: self._qsettings.value(f"cues/{field.name}")
                  for field in fields(CuePreferences)}
        return CuePreferences.from_dict({k: v for k, v in stored.items() if v is not None})

    @cue_preferences.setter
    def cue_preferences(self, preferences: CuePreferences) -> None:
        for name, value in preferences.to_dict().items():
            # Stored as text: INI files give strings back anyway, and a bool stays "true".
            self._qsettings.setValue(f"cues/{name}", str(value).lower()
                                     if isinstance(value, bool) else str(value))

    @property
    def muted(self) -> bool:
        return self.cue_preferences.muted

    @muted.setter
    def muted(self, value: bool) -> None:
        self._qsettings.setValue("cues/muted", "true" if value else "false")

    @property
    def prepare_override_s(self) -> float | None:
        """The person's get-ready time for every routine; None keeps each routine's own."""
        raw = self._qsettings.value("workout/prepare_s")
        try:
            value = float(str(raw)) if raw not in (None, "") else None
        except ValueError:
            return None
        if value is None or not math.isfinite(value) or not 0 <= value <= MAX_PREPARE_S:
            return None
        return value

    @prepare_override_s.setter
    def prepare_override_s(self, value: float | None) -> None:
        self._qsettings.setValue("workout/prepare_s", "" if value is None else repr(value))

    @property
    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        value = str(self._qsettings.value("window/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._qsettings.setValue("window/theme", value if value in THEMES else "system")


def _key(name: str) -> str:
    """A routine id or parameter name as one plain settings key (no separators, no escapes)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)
