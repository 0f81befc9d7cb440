"""PyInstaller run-time hook: replaces PyInstaller's pyi_rth_pyside6 (dropped in the spec).

The stock hook imports PySide6.QtCore at start-up, only to register a qt.conf that PySide6's
PyPI wheels already embed themselves; that put Qt and its 30 MB ICU data on the path of
``leg-timer --version`` and ``list``. This hook keeps the one part the bundle needs, the plugin
folder, and leaves Qt to load when the window opens. tests/packaging/test_bundle.py checks that
the bundle still finds its platform, speech and image plugins.
"""

import os
import sys
from pathlib import Path

_qt = Path(sys._MEIPASS, "PySide6")  # type: ignore[attr-defined]  # set by the bootloader
os.environ["QT_PLUGIN_PATH"] = str(_qt / "plugins" if sys.platform.startswith("win")
                                   else _qt / "Qt" / "plugins")
