"""The workout as a media player on the session bus (MPRIS), for the desktop's media keys.

GNOME, KDE and the lock screen show a media widget for every ``org.mpris.MediaPlayer2.*``
name on the session bus, and route the keyboard's play/pause and next keys and a headset's
button to it. Offering the workout there lets a person pause or skip from any window, on X11
and Wayland alike, without the app grabbing keys globally.

:class:`MediaControls` exports the two MPRIS interfaces with Qt's adaptors and turns their
method calls into Qt signals; the window says what is playing with :meth:`MediaControls.show`.
The specification: https://specifications.freedesktop.org/mpris-spec/latest/
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import ClassInfo, Property, QMetaType, QObject, Signal, Slot
from PySide6.QtDBus import (
    QDBusAbstractAdaptor,
    QDBusArgument,
    QDBusConnection,
    QDBusMessage,
    QDBusObjectPath,
)

from leg_timer.desktop.dbus.session_bus import session_bus_announced

SERVICE_PREFIX = "org.mpris.MediaPlayer2."
OBJECT_PATH = "/org/mpris/MediaPlayer2"
ROOT_INTERFACE = "org.mpris.MediaPlayer2"
PLAYER_INTERFACE = "org.mpris.MediaPlayer2.Player"
TRACK_PATH = "/io/github/legtimer/segment/"  # + the segment's number: the "track id"
NO_TRACK = "/org/mpris/MediaPlayer2/TrackList/NoTrack"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NowPlaying:
    """What the media widget shows: the step as the title, the routine as the album.

    ``status`` is MPRIS's PlaybackStatus: "Playing", "Paused" or "Stopped". ``length_s`` is
    None for a step without a fixed length (a rep set done at one's own pace).
    """

    status: str = "Stopped"
    title: str = ""
    album: str = ""
    length_s: float | None = None
    track: int = 0


STOPPED = NowPlaying()


# The ignores are for PySide6's ClassInfo stub, which lacks __call__ and mistypes the mapping.
@ClassInfo({"D-Bus Interface": ROOT_INTERFACE})  # type: ignore[call-arg]
class _RootAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    def __init__(self, controls: MediaControls, identity: str, desktop_entry: str) -> None:
        super().__init__(controls)
        self._controls = controls
        self._identity = identity
        self._desktop_entry = desktop_entry

    @Slot()
    def Raise(self) -> None:
        self._controls.raise_requested.emit()

    @Slot()
    def Quit(self) -> None:
        self._controls.quit_requested.emit()

    CanQuit = Property(bool, lambda self: True)
    CanRaise = Property(bool, lambda self: True)
    HasTrackList = Property(bool, lambda self: False)
    Identity = Property(str, lambda self: self._identity)
    DesktopEntry = Property(str, lambda self: self._desktop_entry)
    # Type names as strings give D-Bus the exact types ("as", "a{sv}", "x"): PySide6's stub
    # only allows Python types there, which would make "av", "a{sv}" and "i".
    SupportedUriSchemes = Property("QStringList", lambda self: [])  # type: ignore[arg-type]
    SupportedMimeTypes = Property("QStringList", lambda self: [])  # type: ignore[arg-type]


@ClassInfo({"D-Bus Interface": PLAYER_INTERFACE})  # type: ignore[call-arg]
class _PlayerAdaptor(QDBusAbstractAdaptor):  # type: ignore[operator]
    def __init__(self, controls: MediaControls) -> None:
        super().__init__(controls)
        self._controls = controls

    @Slot()
    def PlayPause(self) -> None:
        self._controls.play_pause_requested.emit()

    @Slot()
    def Play(self) -> None:
        if self._controls.now_playing.status == "Paused":
            self._controls.play_pause_requested.emit()

    @Slot()
    def Pause(self) -> None:
        if self._controls.now_playing.status == "Playing":
            self._controls.play_pause_requested.emit()

    @Slot()
    def Stop(self) -> None:
        self._controls.stop_requested.emit()

    @Slot()
    def Next(self) -> None:
        self._controls.next_requested.emit()

    @Slot()
    def Previous(self) -> None:
        self._controls.previous_requested.emit()

    # Seeking has no meaning for a workout (CanSeek is false); the methods exist because the
    # interface has them, and do nothing, as the specification asks.
    @Slot("qlonglong")
    def Seek(self, _offset_us: int) -> None:
        pass

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, _track: QDBusObjectPath, _position_us: int) -> None:
        pass

    @Slot(str)
    def OpenUri(self, _uri: str) -> None:
        pass

    PlaybackStatus = Property(str, lambda self: self._controls.now_playing.status)
    LoopStatus = Property(str, lambda self: "None")
    Rate = Property(float, lambda self: 1.0)
    MinimumRate = Property(float, lambda self: 1.0)
    MaximumRate = Property(float, lambda self: 1.0)
    Shuffle = Property(bool, lambda self: False)
    Volume = Property(float, lambda self: 1.0)
    Metadata = Property("QVariantMap",  # type: ignore[arg-type]
                        lambda self: self._controls.metadata())
    Position = Property("qlonglong", lambda self: 0)  # type: ignore[arg-type]
    CanGoNext = Property(bool, lambda self: self._controls.active)
    CanGoPrevious = Property(bool, lambda self: self._controls.active)
    CanPlay = Property(bool, lambda self: self._controls.active)
    CanPause = Property(bool, lambda self: self._controls.active)
    CanSeek = Property(bool, lambda self: False)
    CanControl = Property(bool, lambda self: True)


class MediaControls(QObject):
    """The app's MPRIS player: its method calls arrive as the ``*_requested`` signals.

    ``connection`` defaults to the session bus (nothing is offered without one). The bus name
    is ``org.mpris.MediaPlayer2.LegTimer``, or ``...LegTimer.instancePID`` when that is taken,
    as the specification suggests for a second instance.
    """

    play_pause_requested = Signal()
    stop_requested = Signal()
    next_requested = Signal()
    previous_requested = Signal()
    raise_requested = Signal()
    quit_requested = Signal()

    def __init__(self, *, identity: str, desktop_entry: str, name: str = "LegTimer",
                 connection: QDBusConnection | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now_playing = STOPPED
        self.service = ""
        self._connection: QDBusConnection | None = None
        _RootAdaptor(self, identity, desktop_entry)
        _PlayerAdaptor(self)
        self._register(connection, name)

    @property
    def active(self) -> bool:
        return self.now_playing.status != "Stopped"

    def _register(self, connection: QDBusConnection | None, name: str) -> None:
        if connection is None:
            if not session_bus_announced():
                log.info("No D-Bus session bus: the media keys will not reach the workout")
                return
            connection = QDBusConnection.sessionBus()
        if not connection.registerObject(OBJECT_PATH, self,
                                         QDBusConnection.RegisterOption.ExportAdaptors):
            log.info("Media controls not offered: %s is taken on this connection", OBJECT_PATH)
            return
        for service in (f"{SERVICE_PREFIX}{name}", f"{SERVICE_PREFIX}{name}.instance{os.getpid()}"):
            if connection.registerService(service):
                self.service = service
                self._connection = connection
                return
        connection.unregisterObject(OBJECT_PATH)
        log.info("Media controls not offered: %s", connection.lastError().message())

    def unregister(self) -> None:
        """Leave the bus (the media widget disappears)."""
        if self._connection is not None:
            self._connection.unregisterObject(OBJECT_PATH)
            # Asynchronously: QDBusConnection.unregisterService waits for the bus's answer on
            # the GUI thread (and was seen to hang there in tests).
            release = QDBusMessage.createMethodCall(
                "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                "ReleaseName")
            release.setArguments([self.service])
            self._connection.asyncCall(release)
            self._connection = None

    def metadata(self) -> dict[str, object]:
        playing = self.now_playing
        if not self.active:
            return {"mpris:trackid": QDBusObjectPath(NO_TRACK)}
        data: dict[str, object] = {
            "mpris:trackid": QDBusObjectPath(f"{TRACK_PATH}{playing.track}"),
            "xesam:title": playing.title,
            "xesam:album": playing.album,
        }
        if playing.length_s is not None:
            # Microseconds; PySide6 sends lengths under 35 minutes as int32, which the desktops'
            # widgets read as a number all the same.
            data["mpris:length"] = round(playing.length_s * 1_000_000)
        return data

    def show(self, playing: NowPlaying) -> None:
        """Say what is playing now; the desktop hears of changes through PropertiesChanged."""
        before, self.now_playing = self.now_playing, playing
        if self._connection is None or before == playing:
            return
        changed: dict[str, object] = {"PlaybackStatus": playing.status,
                                      "Metadata": self.metadata()}
        if before.status == "Stopped" or playing.status == "Stopped":
            for flag in ("CanGoNext", "CanGoPrevious", "CanPlay", "CanPause"):
                changed[flag] = self.active
        message = QDBusMessage.createSignal(OBJECT_PATH, "org.freedesktop.DBus.Properties",
                                           "PropertiesChanged")
        message.setArguments([PLAYER_INTERFACE, changed, _no_strings()])
        self._connection.send(message)


def _no_strings() -> QDBusArgument:
    """An empty D-Bus string array ("as"): a plain empty list would go out as "av", and
    clients drop a PropertiesChanged signal whose signature is wrong."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QString).id())
    argument.endArray()
    return argument
