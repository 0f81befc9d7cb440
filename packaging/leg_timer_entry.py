"""The PyInstaller bundle's entry point: the ``leg-timer`` command, plus a self-check mode.

With ``LEG_TIMER_SELF_CHECK=1`` in the environment the bundle runs packaging/bundle_check.py
instead of the app: it proves from inside the built bundle that the sounds load and play
and reports the multimedia and speech plugins it sees (tests/packaging/test_bundle.py uses it).
An environment variable, not an option, so the app's command line stays exactly its own.
"""

from __future__ import annotations

import ctypes
import os
import sys


def immortalize_singletons() -> None:
    """WORKAROUND for PySide6 6.12 dropping references to None/True/False on CPython 3.11.

    Every call of a C++ method returning void drops one reference to ``None`` and every
    ``Signal.emit()`` one to ``True``; after a few thousand the interpreter aborts with
    "Fatal Python error: none_dealloc" (a five-minute routine is enough). The bundle carries the
    build machine's CPython (3.11 on Debian 12), so it gives the three singletons a huge count,
    as tests/audio/pyside_refcounts.py does; a no-op from CPython 3.12, where they are immortal.
    See docs/gotchas.md.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ballast = 1 << 40
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython 3.11.
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < ballast:
            count.value += ballast


def main() -> int:
    immortalize_singletons()
    if os.environ.get("LEG_TIMER_SELF_CHECK") == "1":
        import bundle_check

        return bundle_check.main()
    from leg_timer.cli.main import main as leg_timer

    return leg_timer()


if __name__ == "__main__":
    sys.exit(main())
