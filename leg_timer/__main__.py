"""``python -m leg_timer``: the same as the ``leg-timer`` command."""

import sys

from leg_timer.startup import main

sys.exit(main())
