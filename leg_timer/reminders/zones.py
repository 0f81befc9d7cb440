"""The local time zone, with its daylight-saving rules, and the wall clock.

Reminders are at local wall-clock times, so they need the zone's rules, not just today's
offset: ``datetime.now().astimezone()`` gives a fixed offset that would put a 09:00 reminder
at 08:00 after the clocks change. The zone comes from ``$TZ`` when it names a zone
(``Europe/Berlin`` or ``:Europe/Berlin``), else from ``/etc/localtime``; where neither can be
read (Windows without the tzdata package) the current fixed offset is used, and reminders then
drift by an hour across a change until the app restarts.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALTIME = Path("/etc/localtime")

log = logging.getLogger(__name__)


def local_zone(environ: dict[str, str] | None = None, localtime: Path = LOCALTIME) -> tzinfo:
    """The zone wall-clock times are in (see the module's note)."""
    environ = dict(os.environ) if environ is None else environ
    name = environ.get("TZ", "").removeprefix(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass  # a POSIX rule ("CET-1CEST") or a file path: try the system's zone
    try:
        with localtime.open("rb") as stream:
            return ZoneInfo.from_file(stream, key="localtime")
    except (OSError, ValueError):
        pass
    fixed = datetime.now().astimezone().tzinfo
    log.info("no time-zone rules found; reminders use the fixed offset %s", fixed)
    return fixed if fixed is not None else UTC


def utc_now() -> datetime:
    """The wall clock, as an aware UTC instant (reminders follow the wall clock: a monotonic
    clock stops while the machine sleeps and knows nothing of 09:00)."""
    return datetime.now(UTC)
