"""The PyInstaller bundle's entry point: the ``leg-timer`` command, plus a self-check mode.

With ``LEG_TIMER_SELF_CHECK=1`` in the environment the bundle runs packaging/bundle_check.py
instead of the app: it proves from inside the built bundle that the sounds load and play
and reports the multimedia and speech plugins it sees (tests/packaging/test_bundle.py uses it).
An environment variable, not an option, so the app's command line stays exactly its own.
"""

from __future__ import annotations

import os
import sys


def main() -> int:
    if os.environ.get("LEG_TIMER_SELF_CHECK") == "1":
        import bundle_check

        return bundle_check.main()
    from leg_timer.startup import main as leg_timer

    return leg_timer()


if __name__ == "__main__":
    sys.exit(main())
