"""Which QtMultimedia back-end the sound host uses: none of the back-end plugins, by choice.

QtMultimedia loads a media back-end plugin (``plugins/multimedia``) the first time anything of
it is used. The only one in the PySide6 wheel is FFmpeg's, and loading it maps libavcodec,
libavformat, libavutil, libswresample, libswscale and, for the plugin itself, Qt Quick, QML,
OpenGL, EGL and X11 libraries: 12 MiB more peak memory (VmHWM) in the sound host, 66.8 against
54.6 MiB (bench/memory.py), for nothing. The sound host needs none of it: QSoundEffect decodes
its WAV files itself, and QSoundEffect, QAudioSink and QMediaDevices play through the audio
output built into libQt6Multimedia (PulseAudio, or PipeWire where Qt finds it), whether a
back-end plugin is loaded or not. The bundle leaves the plugin out (packaging/leg-timer.spec;
packaging/bundle_check.py proves its sounds play); from source, :func:`choose` makes the same
choice, so both run the same audio path.

How: Qt looks for back-ends in ``<library path>/multimedia`` for every path in
:meth:`QCoreApplication.libraryPaths`. Setting $QT_MEDIA_BACKEND to a name that is not there
does not help: Qt 6.11 then loads the other back-ends it finds ("Loading alternative backend"),
FFmpeg's again. So the sound host clears its library paths before its QCoreApplication is made:
it loads no Qt plugin at all (it needs none: no platform, no image format, no TLS). Someone who
sets $QT_MEDIA_BACKEND has chosen a back-end; then nothing is changed.

With no back-end, Qt says so once, with a warning that is not a fault ("No QtMultimedia
backends found. Only QMediaDevices, QAudioDevice, QSoundEffect, QAudioSink, and QAudioSource are
available."), and the host's stderr is the terminal of a person who started Leg Timer there.
:func:`choose` installs a message handler that drops that one line and hands every other message
on in Qt's own format (``qFormatLogMessage``, so $QT_MESSAGE_PATTERN and the logging rules still
apply); once the line has come, Qt's own handler is put back. So the Python handler is only in
place while the host has no audio thread yet (the line comes when the host first uses
QtMultimedia, in its main thread): no Qt thread ever waits for Python's lock to log.

The voice host is left alone: it needs its text-to-speech plugins, and QtTextToSpeech (the
speech-dispatcher engine) never makes a media back-end, so it maps no FFmpeg library either
(tests/audio/test_media_backend.py checks both hosts).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QtMsgType,
    qFormatLogMessage,
    qInstallMessageHandler,
)

BACKEND_VARIABLE = "QT_MEDIA_BACKEND"
NO_BACKEND_NOTICE = ("No QtMultimedia backends found. Only QMediaDevices, QAudioDevice, "
                     "QSoundEffect, QAudioSink, and QAudioSource are available.")


def choose(role: str, environ: Mapping[str, str] = os.environ) -> bool:
    """Call before the QCoreApplication is made. For the sound host (``role`` "sound"), unless
    $QT_MEDIA_BACKEND says otherwise: no media back-end plugin, and Qt's notice of that kept
    out of the terminal. True when that choice was made."""
    if role != "sound" or environ.get(BACKEND_VARIABLE):
        return False
    QCoreApplication.setLibraryPaths([])
    quiet_no_backend_notice()
    return True


def quiet_no_backend_notice() -> None:
    """Drop Qt's one warning that no media back-end was found; pass on every other message;
    put Qt's own handler back once that warning has come."""

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind == QtMsgType.QtWarningMsg and message == NO_BACKEND_NOTICE:
            qInstallMessageHandler(None)  # Qt's own handler from now on
            return
        sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")
        sys.stderr.flush()

    qInstallMessageHandler(handler)


def stop_quieting() -> None:
    """Qt's own message handler again, whether the notice came or not (a later Qt may word it
    differently): the host calls this once its player is made, before audio threads run much,
    so no Qt thread is left waiting on Python's lock to log."""
    qInstallMessageHandler(None)
