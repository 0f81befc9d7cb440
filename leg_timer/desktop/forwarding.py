"""A second start hands its launch request to the running window.

:func:`claim_or_forward` makes this process the running instance, or sends its
:class:`~leg_timer.launch.LaunchRequest` to the one already running (whose window then comes
to the front and, for a routine, starts it). The instance is per app id, user and --basedir, so
test runs and portable setups with their own base folder never talk to the everyday window.

Signals:
    ForwardedRequests.received(object): a :class:`~leg_timer.launch.LaunchRequest` from
        another start, already checked.
"""

from __future__ import annotations

import hashlib
import logging

from PySide6.QtCore import QObject, Signal

from leg_timer.desktop.single_instance import SingleInstance
from leg_timer.launch import LaunchRequest
from leg_timer.metadata import metadata
from leg_timer.paths import Paths, platform_paths

log = logging.getLogger(__name__)


def instance_key(paths: Paths) -> str:
    """The app id, plus a tag of the base folder when it is not the platform's own."""
    app_id = metadata().app_id
    if paths == platform_paths():
        return app_id
    folder = str(paths.data_dir)
    return f"{app_id}.{hashlib.sha256(folder.encode()).hexdigest()[:10]}"


class ForwardedRequests(QObject):
    """The running instance: turns each message from a later start into a launch request."""

    received = Signal(object)

    def __init__(self, instance: SingleInstance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._instance = instance
        instance.message_received.connect(self._on_message)

    def close(self) -> None:
        self._instance.close()

    def _on_message(self, message: dict[str, object]) -> None:
        try:
            request = LaunchRequest.from_json(message)
        except ValueError as error:
            log.warning("ignoring a forwarded start that is not a launch request: %s", error)
            return
        self.received.emit(request)


def claim_or_forward(request: LaunchRequest, key: str,
                     parent: QObject) -> ForwardedRequests | None:
    """The requests this process now serves, or None when ``request`` went to a running one."""
    instance = SingleInstance(key, parent)
    message = request.to_json()
    if instance.try_forward(message):
        return None
    if not instance.listen() and instance.try_forward(message):
        return None  # lost a race with another start that began at the same moment
    return ForwardedRequests(instance, parent)
