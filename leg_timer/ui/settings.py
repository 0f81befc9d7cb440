"""What the window remembers between runs, in one INI file found through :mod:`leg_timer.paths`.

Every key the app stores is one row of :data:`SETTINGS`: its type, default and the values it
may take. :meth:`AppSettings.get` reads any of them the same way: a missing value is the
default; a value of the wrong type or out of range (a hand edit, a newer or older Leg Timer) is
the default too, logged once per key, and nothing ever raises. The properties the window uses
(:attr:`AppSettings.theme`, :attr:`AppSettings.cue_preferences`, ...) are built on that.
Per-routine parameter values (``values/<routine>/<parameter>``) are the one dynamic group: the
routine itself says what is valid (:meth:`AppSettings.values_for`).

:class:`AppSettings` keeps the keys in memory and saves them off the GUI thread
(:mod:`leg_timer.ui.settings_file`), so a slow or full disk never delays the countdown; a save
that fails is said once (``on_problem``). A file that cannot be read, or far larger than any
real one, is set aside (renamed, never deleted) and the window starts with defaults;
:attr:`AppSettings.notice` says what happened, for the window to show. A file from an older
version is upgraded step by step on opening (:data:`UPGRADES`).
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QCoreApplication, QTimer

from leg_timer.audio.preferences import CuePreferences
from leg_timer.core.errors import ParameterError
from leg_timer.core.plan import MAX_COUNTDOWN_S, MAX_PREPARE_S, resolve_values
from leg_timer.core.routine import Routine
from leg_timer.languages import AVAILABLE
from leg_timer.languages import SYSTEM as SYSTEM_LANGUAGE
from leg_timer.ui.settings_file import SettingsWriter, read_settings

log = logging.getLogger(__name__)

# The layout of the file. Bump it when a stored key changes meaning, type or range, is renamed
# or removed: add ``UPGRADES[N]``, a function that rewrites a version N-1 file into version N
# (N = the new SETTINGS_VERSION), and a test that opens a version N-1 file of every kind. A new
# key needs no bump (missing reads as its default), only a row in SETTINGS. Opening a file runs
# the steps after its version in order; a file from a newer version is read, never downgraded.
SETTINGS_VERSION = 2
VERSION_KEY = "version"
THEMES = ("system", "light", "dark")

Value = bool | int | float | str | bytes
T = TypeVar("T", bool, int, float, str, bytes)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One stored key: ``type`` and ``default``, and either a numeric range or text choices."""

    key: str
    type: type[T]
    default: T
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def parse(self, raw: object) -> T:
        """``raw`` as QSettings gives it back (mostly text, from an INI file) as this setting's
        type; ValueError saying why when it is of another type or not allowed here."""
        value = _convert(raw, self.type)
        if not isinstance(value, self.type):  # _convert keeps to the type; this tells mypy
            raise ValueError(f"not a {self.type.__name__}")
        if self.choices and value not in self.choices:
            raise ValueError(f"not one of {', '.join(self.choices)}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ValueError(f"below {self.minimum:g}")
            if self.maximum is not None and value > self.maximum:
                raise ValueError(f"above {self.maximum:g}")
        return value

    def encode(self, value: Value) -> object:
        """``value`` as written to the file: text, so a value reads back the same before and
        after the file is saved (INI gives strings back); bytes stay bytes (@ByteArray)."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, bytes):
            return QByteArray(value)
        if isinstance(value, float):
            return repr(value)
        return str(value)


def _convert(raw: object, kind: type) -> Value:
    """``raw`` as ``kind`` or ValueError: text is parsed, other types are not guessed at."""
    if isinstance(raw, QByteArray):
        raw = bytes(raw.data())
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
            return raw.strip().lower() == "true"
    elif kind is int:
        number = _number(raw)
        if number is not None and number.is_integer():
            return int(number)
    elif kind is float:
        number = _number(raw)
        if number is not None:
            return number
    elif kind is str:
        if isinstance(raw, str):  # not a list: INI reads an unquoted "a, b" as two strings
            return raw
    elif kind is bytes and isinstance(raw, bytes):
        return raw
    raise ValueError(f"not a {kind.__name__}")


def _number(raw: object) -> float | None:
    """A finite number from an int, float or numeric text; None for anything else (bools too:
    True is not 1 here)."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int | float):
        value = float(raw)
    elif isinstance(raw, str):
        try:
            value = float(raw.strip())
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


_CUES = CuePreferences()

LAST_ROUTINE = Setting("picker/last_routine", str, "")
GEOMETRY = Setting("window/geometry", bytes, b"")
THEME = Setting("window/theme", str, "system", choices=THEMES)
# The window's language: "" follows the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else one
# of leg_timer.languages.AVAILABLE; applied at once by ui/language.py.
LANGUAGE = Setting("window/language", str, SYSTEM_LANGUAGE, choices=(SYSTEM_LANGUAGE, *AVAILABLE))
# The ranges are the ones CuePreferences.clamped() keeps to.
CUE_VOLUME = Setting("cues/volume", float, _CUES.volume, 0.0, 1.0)
CUE_MUTED = Setting("cues/muted", bool, _CUES.muted)
CUE_VOICE_ENABLED = Setting("cues/voice_enabled", bool, _CUES.voice_enabled)
CUE_VOICE_ENGINE = Setting("cues/voice_engine", str, _CUES.voice_engine)
CUE_VOICE_NAME = Setting("cues/voice_name", str, _CUES.voice_name)
CUE_VOICE_RATE = Setting("cues/voice_rate", float, _CUES.voice_rate, -1.0, 1.0)
CUE_TICKS_ENABLED = Setting("cues/ticks_enabled", bool, _CUES.ticks_enabled)
CUE_COUNTDOWN_S = Setting("cues/countdown_s", int, _CUES.countdown_s, 0, MAX_COUNTDOWN_S)
CUE_COUNT_REPS = Setting("cues/count_reps", bool, _CUES.count_reps)
# Whether the person's own get-ready time replaces each routine's, and that time: kept apart
# so the number survives switching it off (version 2).
OWN_PREPARE = Setting("workout/own_prepare", bool, False)
PREPARE_S = Setting("workout/prepare_s", int, 10, 0, int(MAX_PREPARE_S))
# What a workout paused because the machine slept (or the screen locked) does once the person
# is back, that is the machine awake and the screen unlocked: "stay_paused" or "resume" (only
# a workout that was running; one the person paused stays paused). Whether a screen lock
# pauses at all is its own choice, off by default: while a workout runs the screen is kept
# awake, so a lock then is deliberate, and the cues go on being heard behind it.
AFTER_SLEEP_CHOICES = ("stay_paused", "resume")
AFTER_SLEEP = Setting("workout/after_sleep", str, "stay_paused", choices=AFTER_SLEEP_CHOICES)
PAUSE_ON_LOCK = Setting("workout/pause_on_lock", bool, False)
# Where the mini timer was last left, "X,Y" (its top-left, in the desktop's coordinates), or
# "" for its default corner; ui/outside/mini_timer.py reads it and keeps it on a screen.
MINI_TIMER_POSITION = Setting("mini_timer/position", str, "")
# A desktop notification at each new exercise while the window is not in front (one card,
# replaced in place; never while the window is in front). On: a person who looks away from
# the window is the one it is for. ``leg-timer run --tray`` notifies whatever this says.
DESKTOP_NOTIFICATIONS = Setting("desktop/notifications", bool, True)
# For screen readers (docs/accessibility.md): announce the last 3 seconds of each step too
# (off: one announcement a second is a lot to listen to); and say each announcement also as a
# notification that appears, for screen readers that ignore announcement events (Orca 45 and
# older; off: a newer one would say everything twice).
ANNOUNCE_LAST_SECONDS = Setting("accessibility/last_seconds", bool, False)
STATUS_NOTICES = Setting("accessibility/status_notices", bool, False)

SETTINGS: tuple[Setting[bool] | Setting[int] | Setting[float] | Setting[str] | Setting[bytes],
                ...] = (
    LAST_ROUTINE, GEOMETRY, THEME, LANGUAGE,
    CUE_VOLUME, CUE_MUTED, CUE_VOICE_ENABLED, CUE_VOICE_ENGINE, CUE_VOICE_NAME, CUE_VOICE_RATE,
    CUE_TICKS_ENABLED, CUE_COUNTDOWN_S, CUE_COUNT_REPS,
    OWN_PREPARE, PREPARE_S,
    AFTER_SLEEP, PAUSE_ON_LOCK,
    MINI_TIMER_POSITION,
    DESKTOP_NOTIFICATIONS,
    ANNOUNCE_LAST_SECONDS, STATUS_NOTICES,
)
_BY_KEY = {setting.key: setting for setting in SETTINGS}
_CUE_GROUP = "cues/"


# -- upgrade steps: UPGRADES[N] turns a version N-1 file into version N -------------------------
# Each step edits the file's keys (raw values, as QSettings reads them) in place.

Store = MutableMapping[str, object]


def _upgrade_1_to_2(values: Store) -> None:
    """Version 1 stored the own get-ready time as ``workout/prepare_s``, "" when off, so
    switching it off lost the number; version 2 adds ``workout/own_prepare``."""
    seconds = _number(values.get(PREPARE_S.key))
    if seconds is None:  # "" (off), missing, or nothing version 1 could read (off too)
        values[OWN_PREPARE.key] = OWN_PREPARE.encode(False)
        values.pop(PREPARE_S.key, None)
        return
    values[OWN_PREPARE.key] = OWN_PREPARE.encode(True)
    clamped = min(max(round(seconds), 0), int(MAX_PREPARE_S))
    values[PREPARE_S.key] = PREPARE_S.encode(clamped)


UPGRADES: Mapping[int, Callable[[Store], None]] = {
    2: _upgrade_1_to_2,
}

SAVE_DELAY_MS = 300  # changes within this time are saved together (a slider being dragged)
REPORT_POLL_MS = 250  # how often a save in progress is checked for a problem to tell


class AppSettings:
    """The settings file at ``path``, upgraded on opening; typed reads of :data:`SETTINGS`.

    The keys live in memory (reads never touch the disk); a change is saved by
    :class:`~leg_timer.ui.settings_file.SettingsWriter` off the GUI thread a moment later, and
    :meth:`sync` waits for it. With ``path`` None nothing is read or saved (no usable folder:
    the window says so, and keeps its settings for this run only).

    ``on_problem`` is called (on the GUI thread) with a one-line message the first time a save
    fails, and again only after a save has worked since: the window shows it once.
    """

    def __init__(self, path: Path | None,
                 on_problem: Callable[[str], None] | None = None) -> None:
        self.path = path
        self.on_problem = on_problem
        self.set_aside: Path | None = None
        self.notice = ""  # what happened to the file on opening, for the window to show once
        self._reported: set[str] = set()  # keys whose bad value was logged already
        self._told_problem = False
        self._writer: SettingsWriter | None = None
        self._save_timer: QTimer | None = None
        self._poll_timer: QTimer | None = None
        self._values: dict[str, object] = {}
        self._dirty = False  # changed since the last snapshot handed to the writer
        if path is None:
            return
        result = read_settings(path)
        self._values, self.set_aside, self.notice = result.values, result.set_aside, result.notice
        self._writer = SettingsWriter(path)
        if self._upgrade():
            self._save_now()
            self.sync()  # an upgraded file is written at once, before anything else changes

    # -- versions ------------------------------------------------------------------------

    @property
    def version(self) -> int:
        """The layout the file is in: no number at all is version 1 (it had none then)."""
        raw = self._values.get(VERSION_KEY)
        number = _number(raw)
        if number is not None and number.is_integer() and number >= 1:
            return int(number)
        if raw is not None:
            self._report(VERSION_KEY, raw, 1, "not a version number")
        return 1

    def _upgrade(self) -> bool:
        """Bring the keys up to :data:`SETTINGS_VERSION`; whether anything changed."""
        if not self._values:  # a new file: nothing to upgrade; written at the first save
            self._values[VERSION_KEY] = str(SETTINGS_VERSION)
            self._dirty = True
            return False
        stored = self.version
        if stored > SETTINGS_VERSION:
            # A newer Leg Timer wrote it: read the keys we know, leave the number (and the
            # keys we do not know) as they are so that version still finds its own layout.
            log.info("Settings %s are version %d, newer than this Leg Timer's %d; reading what "
                     "it understands", self.path, stored, SETTINGS_VERSION)
            return False
        for version in range(stored + 1, SETTINGS_VERSION + 1):
            UPGRADES[version](self._values)
            self._values[VERSION_KEY] = str(version)
            log.info("Settings %s upgraded to version %d", self.path, version)
        return stored < SETTINGS_VERSION

    # -- any key of the table ------------------------------------------------------------

    @overload
    def get(self, setting: Setting[T]) -> T: ...

    @overload
    def get(self, setting: str) -> Value: ...

    def get(self, setting: Setting[T] | str) -> Value:
        """The stored value, or the default when missing or unusable (logged once per key).

        ``setting`` is a row of :data:`SETTINGS` or its key; an unknown key is a KeyError (a
        typo in the code, not in the file).
        """
        row = _BY_KEY[setting] if isinstance(setting, str) else setting
        raw = self._values.get(row.key)
        if raw is None:
            return row.default
        try:
            return row.parse(raw)
        except ValueError as error:
            self._report(row.key, raw, row.default, str(error))
            return row.default

    @overload
    def set(self, setting: Setting[T], value: T) -> None: ...

    @overload
    def set(self, setting: str, value: Value) -> None: ...

    def set(self, setting: Setting[T] | str, value: Value) -> None:
        """Store ``value``; one the key cannot hold is logged and its default stored instead."""
        row = _BY_KEY[setting] if isinstance(setting, str) else setting
        try:
            checked = row.parse(value)
        except ValueError as error:
            log.warning("Settings: not storing %s = %r (%s); storing the default %r instead",
                        row.key, value, error, row.default)
            checked = row.default
        self._store(row.key, row.encode(checked))

    def _report(self, key: str, raw: object, default: object, why: str) -> None:
        # Once per key: the properties are read on every redraw, a log line each time would
        # bury everything else.
        if key in self._reported:
            return
        self._reported.add(key)
        log.warning("Settings %s: %s = %r is %s; using %r instead", self.path, key, raw, why,
                    default)

    # -- saving --------------------------------------------------------------------------

    def _store(self, key: str, encoded: object) -> None:
        if self._values.get(key) == encoded:
            return
        self._values[key] = encoded
        self._dirty = True
        self._schedule_save()

    def _schedule_save(self) -> None:
        if self._writer is None:
            return
        if QCoreApplication.instance() is None:  # no event loop to wait in (a script, a test)
            self._save_now()
            return
        if self._save_timer is None:
            self._save_timer = QTimer()
            self._save_timer.setSingleShot(True)
            self._save_timer.timeout.connect(self._save_now)
        self._save_timer.start(SAVE_DELAY_MS)

    def _save_now(self) -> None:
        if self._writer is None:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._dirty = False
        self._writer.save(self._values)
        if QCoreApplication.instance() is None:
            return  # sync() reports
        if self._poll_timer is None:
            self._poll_timer = QTimer()
            self._poll_timer.timeout.connect(self._check_writer)
        self._poll_timer.start(REPORT_POLL_MS)

    def _check_writer(self) -> None:
        writer = self._writer
        if writer is None or writer.busy:
            return
        if self._poll_timer is not None:
            self._poll_timer.stop()
        problem = writer.problem
        if not problem:
            if self._told_problem:
                log.info("Settings %s saved again", self.path)
            self._told_problem = False
            return
        if self._told_problem:
            return
        self._told_problem = True
        log.warning("Settings not saved: %s", problem)
        if self.on_problem is not None:
            self.on_problem(f"Settings are not being saved: {problem}.")

    def sync(self) -> None:
        """Save now and wait (briefly: a hung disk must not hold the quit) until it is done."""
        if self._writer is None:
            return
        if self._dirty:
            self._save_now()
        if not self._writer.wait():
            log.warning("Settings %s: the save did not finish in time", self.path)
        self._check_writer()
        if self._poll_timer is not None:  # said now or in the log: no later report is awaited
            self._poll_timer.stop()

    # -- the picker ------------------------------------------------------------------------

    @property
    def last_routine(self) -> str | None:
        return self.get(LAST_ROUTINE) or None

    @last_routine.setter
    def last_routine(self, routine_id: str) -> None:
        self.set(LAST_ROUTINE, routine_id)

    def values_for(self, routine: Routine) -> dict[str, float]:
        """The values chosen last time for ``routine``; defaults for any missing or invalid."""
        values = routine.default_values()
        for parameter in routine.parameters:
            raw = self._values.get(f"values/{_key(routine.id)}/{_key(parameter.name)}")
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
            self._store(f"values/{_key(routine.id)}/{_key(name)}", repr(float(value)))

    # -- the window ------------------------------------------------------------------------

    @property
    def geometry(self) -> QByteArray | None:
        value = self.get(GEOMETRY)
        return QByteArray(value) if value else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.set(GEOMETRY, bytes(value.data()))

    @property
    def theme(self) -> str:
        """``system``, ``light`` or ``dark``."""
        return self.get(THEME)

    @theme.setter
    def theme(self, value: str) -> None:
        self.set(THEME, value)

    @property
    def language(self) -> str:
        """The chosen language (one of ``languages.AVAILABLE``), or "" to follow the system."""
        return self.get(LANGUAGE)

    @language.setter
    def language(self, value: str) -> None:
        self.set(LANGUAGE, value)

    # -- cues and get-ready time (the settings dialog) -------------------------------------

    @property
    def cue_preferences(self) -> CuePreferences:
        """Sound and voice preferences: the ``cues/`` rows of the table, one per field."""
        stored = {setting.key.removeprefix(_CUE_GROUP): self.get(setting)
                  for setting in SETTINGS if setting.key.startswith(_CUE_GROUP)}
        return CuePreferences.from_dict(stored)

    @cue_preferences.setter
    def cue_preferences(self, preferences: CuePreferences) -> None:
        for name, value in preferences.to_dict().items():
            self.set(_CUE_GROUP + name, value)

    @property
    def muted(self) -> bool:
        return self.get(CUE_MUTED)

    @muted.setter
    def muted(self, value: bool) -> None:
        self.set(CUE_MUTED, value)

    @property
    def prepare_s(self) -> int:
        """The person's own get-ready time, remembered whether or not it is in use."""
        return self.get(PREPARE_S)

    @prepare_s.setter
    def prepare_s(self, value: int) -> None:
        self.set(PREPARE_S, value)

    @property
    def prepare_override_s(self) -> float | None:
        """The person's get-ready time for every routine; None keeps each routine's own."""
        return float(self.get(PREPARE_S)) if self.get(OWN_PREPARE) else None

    @prepare_override_s.setter
    def prepare_override_s(self, value: float | None) -> None:
        """None switches the own time off and keeps its number for next time."""
        self.set(OWN_PREPARE, value is not None)
        if value is not None:
            seconds: int = round(value) if math.isfinite(value) else PREPARE_S.default
            self.set(PREPARE_S, seconds)


def _key(name: str) -> str:
    """A routine id or parameter name as one plain settings key (no separators, no escapes)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)
