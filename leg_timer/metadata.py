"""Name, version and app id, read from pyproject.toml (the one source of them).

The command line, the window, the .desktop file and the PyInstaller spec take these values
from here, so a release bump edits one line in pyproject.toml.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from leg_timer import resources


@dataclass(frozen=True)
class AppMetadata:
    distribution: str  # the package name on PyPI: leg-timer
    version: str
    app_id: str  # reverse-DNS id: .desktop file, AppStream, settings, single-instance socket
    display_name: str
    organization: str
    description: str


@functools.cache
def metadata() -> AppMetadata:
    data = tomllib.loads(resources.pyproject_text())
    project, ours = data["project"], data["tool"]["leg-timer"]
    return AppMetadata(
        distribution=project["name"],
        version=project["version"],
        app_id=ours["app-id"],
        display_name=ours["display-name"],
        organization=ours["organization"],
        description=project["description"],
    )
