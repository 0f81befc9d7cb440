"""A second start hands its launch request to the running window.

:func:`claim_or_forward` makes this process the running instance, or sends its
:class:`~leg_timer.launch.LaunchRequest` to the one already running. The running window
answers at once whether it takes the request (:meth:`ForwardedRequests.serve`: a routine
cannot start while a workout is under way, or when it cannot be planned) and carries it out
afterwards, so the second start never waits for the work. A refused request raises
:class:`Refused` in the second start, which the command line reports with exit code 1.

The instance is per app id, user and --basedir, so test runs and portable setups with their
own base folder never talk to the everyday window; its lock and socket live in the runtime
folder (:func:`leg_timer.paths.runtime_folders`).

Signals:
    ForwardedRequests.received(object, str): a :class:`~leg_timer.launch.LaunchRequest`
        from another start, already checked, and the refusal it was answered with ("" when
        it was taken and is to be carried out now).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from leg_timer.desktop.single_instance import (
    ANSWER_TIMEOUT_S,
    ForwardingFailed,
    SingleInstance,
    sha256_hex,
)
from leg_timer.launch import LaunchRequest
from leg_timer.metadata import metadata
from leg_timer.paths import Paths, platform_paths, runtime_folders

log = logging.getLogger(__name__)


class Refused(ForwardingFailed):
    """The running window refused the request; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the running window refused: {reason}")
        self.reason = reason


def instance_key(paths: Paths) -> str:
    """The app id, plus a tag of the base folder when it is not the platform's own."""
    app_id = metadata().app_id
    if paths == platform_paths():
        return app_id
    folder = str(paths.data_dir)
    return f"{app_id}.{sha256_hex(folder.encode())[:10]}"


class ForwardedRequests(QObject):
    """The running instance: turns each message from a later start into a launch request."""

    received = Signal(object, str)

    def __init__(self, instance: SingleInstance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._instance = instance
        self._refusal: Callable[[LaunchRequest], str] = lambda _request: ""
        instance.message_received.connect(self._on_message)

    def serve(self, refusal: Callable[[LaunchRequest], str]) -> None:
        """Start answering later starts: ``refusal(request)`` says at once why a request
        cannot be carried out ("" when it can). Later starts wait, unanswered, until this
        call, which opens the socket they connect to."""
        self._refusal = refusal
        self._instance.serve(self._answer)

    def close(self) -> None:
        self._instance.close()

    def _answer(self, message: dict[str, object]) -> str:
        try:
            request = LaunchRequest.from_json(message)
        except ValueError as error:
            log.warning("refusing a forwarded start that is not a launch request: %s", error)
            return f"not a launch request: {error}"
        return self._refusal(request)

    def _on_message(self, message: dict[str, object], refusal: str) -> None:
        try:
            request = LaunchRequest.from_json(message)
        except ValueError:
            return  # refused and logged when it was answered
        self.received.emit(request, refusal)


def claim_or_forward(request: LaunchRequest, paths: Paths, parent: QObject | None = None, *,
                     timeout_s: float = ANSWER_TIMEOUT_S) -> ForwardedRequests | None:
    """The requests this process now serves, or None when ``request`` went to the running
    window, which took it. Raises :class:`Refused` when that window refused it, and
    :class:`~leg_timer.desktop.single_instance.NoAnswer` when it never answered."""
    instance = SingleInstance(instance_key(paths), runtime_folders(paths), parent)
    try:
        # The socket opens at serve(), after the window's first paint (single_instance.py).
        answer = instance.claim_or_forward(request.to_json(), timeout_s, listen=False)
    except ForwardingFailed:
        instance.close()  # the lock file's descriptor
        raise
    if answer is None:
        return ForwardedRequests(instance, parent)
    instance.close()
    if not answer.accepted:
        raise Refused(answer.refusal)
    return None
