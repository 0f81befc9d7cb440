"""Self-check of a built bundle: can it load and play its sounds, and which plugins does it see?

    LEG_TIMER_SELF_CHECK=1 dist/leg-timer/leg-timer       (prints one JSON object)

Run by packaging/leg_timer_entry.py, so it runs with the bundle's own Python and Qt. It loads
every bundled WAV into a ``QSoundEffect`` and waits for status Ready, then plays one cue
through the app's own player (``QtCuePlayer``, which never lets a sound end by itself: see
leg_timer/audio/sound.py) on the default audio output (run it with PULSE_SERVER pointing at a
null sink to record what it played). This is the proof that the bundle plays its cues without
the FFmpeg media plugin, which the spec leaves out. Exit status 0 when every sound is Ready
and the one played started and stopped; 1 otherwise. Also works from a checkout:
``.venv/bin/python packaging/bundle_check.py``.
"""

from __future__ import annotations

import json
import os
import sys
import time
from importlib import resources
from pathlib import Path
from typing import Any

SOUND_TIMEOUT_S = 5.0
PLAY_NAME = "bell"  # the longest cue: a clear stretch of sound to record


def sound_files() -> list[Path]:
    packaged = resources.files("leg_timer") / "data" / "resources" / "sounds"
    folder = Path(str(packaged))
    if not folder.is_dir():  # a checkout, not a bundle or wheel
        folder = Path(__file__).resolve().parent.parent / "resources" / "sounds"
    return sorted(folder.glob("*.wav"))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QUrl, qVersion
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    from PySide6.QtTextToSpeech import QTextToSpeech

    from leg_timer.audio.sound import QtCuePlayer
    from leg_timer.desktop import refcounts

    # The app gets the PySide6 6.12 refcount workaround by importing leg_timer.ui; this check
    # uses the audio layer alone, which does not import it, so it applies it itself.
    refcounts.protect()

    app = QGuiApplication(sys.argv[:1])
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))

    def wait(condition: Any, timeout_s: float = SOUND_TIMEOUT_S) -> bool:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            app.processEvents()
            if condition():
                return True
            time.sleep(0.005)
        return False

    report: dict[str, Any] = {
        "qt": qVersion(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "plugins_dir": str(plugins),
        "media_plugins": sorted(p.name for p in (plugins / "multimedia").glob("*")),
        "tts_plugins": sorted(p.name for p in (plugins / "texttospeech").glob("*")),
        "tts_engines": list(QTextToSpeech.availableEngines()),
        "audio_outputs": [device.description() for device in QMediaDevices.audioOutputs()],
        "default_output": QMediaDevices.defaultAudioOutput().description(),
        "sounds": {},
    }
    effects = {}
    for path in sound_files():
        effect = QSoundEffect()
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effects[path.name] = effect
    for name, effect in effects.items():
        wait(lambda e=effect: e.status() in (QSoundEffect.Status.Ready,
                                             QSoundEffect.Status.Error))
        report["sounds"][name] = effect.status().name
    ready = bool(effects) and all(s == "Ready" for s in report["sounds"].values())

    played = False
    if ready:
        player = QtCuePlayer([PLAY_NAME])
        player.preload()
        if wait(lambda: player.is_ready) and player.play(PLAY_NAME):
            played = wait(lambda: not player.is_playing(PLAY_NAME), 15.0)
    report["played"] = played
    report["ok"] = ready and played
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
