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
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from leg_timer.core.errors import ParameterError
from leg_timer.core.plan import resolve_values
from leg_timer.core.routine import Routine

SETTINGS_VERSION = 1


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

    @property
    def muted(self) -> bool:
        return str(self._qsettings.value("sound/muted", "false")).lower() == "true"

    @muted.setter
    def muted(self, value: bool) -> None:
        self._qsettings.setValue("sound/muted", "true" if value else "false")


def _key(name: str) -> str:
    """A routine id or parameter name as one plain settings key (no separators, no escapes)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)
