"""A second ``leg-timer`` start hands its command line to the running window.

:func:`claim_or_forward` makes this process the running instance, or sends its arguments to
the one already running (which then raises its window and, for ``run ROUTINE``, starts that
routine). The instance is per app id, user and --basedir, so test runs and portable setups
with their own base folder never talk to the user's everyday window.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence

from PySide6.QtCore import QObject

from leg_timer.cli import commands
from leg_timer.cli.main import build_parser
from leg_timer.core.errors import RoutineError
from leg_timer.desktop.single_instance import SingleInstance
from leg_timer.metadata import metadata
from leg_timer.paths import BASEDIR_VARIABLE, default_paths
from leg_timer.ui.main_window import MainWindow


def instance_key(basedir: str | None) -> str:
    """The app id, plus a tag of the base folder when one is chosen."""
    chosen = basedir or os.environ.get(BASEDIR_VARIABLE)
    app_id = metadata().app_id
    if not chosen:
        return app_id
    folder = str(default_paths(chosen).data_dir)
    return f"{app_id}.{hashlib.sha256(folder.encode()).hexdigest()[:10]}"


def claim_or_forward(argv: Sequence[str], basedir: str | None,
                     parent: QObject) -> SingleInstance | None:
    """The instance this process now serves, or None when ``argv`` went to a running one."""
    instance = SingleInstance(instance_key(basedir), parent)
    if instance.try_forward(argv):
        return None
    if not instance.listen() and instance.try_forward(argv):
        return None  # lost a race with another start that began at the same moment
    return instance


def open_forwarded(window: MainWindow, argv: list[str]) -> None:
    """Raise ``window`` and, for ``run ROUTINE``, start that routine there if nothing runs."""
    window.bring_to_front()
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:  # argparse already refused it in the other process; ignore here
        return
    if getattr(args, "command", None) != "run":
        return
    try:
        plan = commands.plan_for(args)
    except (commands.UsageError, RoutineError) as error:
        window.show_message(f"Could not start {args.routine}: {error}")
        return
    window.start_forwarded(plan, fullscreen=bool(args.fullscreen))
