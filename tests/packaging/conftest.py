"""Shared set-up for the packaging tests: Qt offscreen, and the tools-or-skip rule."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
