"""The desktop's media keys and media widgets drive the workout (MPRIS).

:class:`MediaKeys` connects a :class:`~leg_timer.desktop.dbus.mpris.MediaControls` (the
``org.mpris.MediaPlayer2.LegTimer`` service) to the workout: play/pause toggles it, next and
previous step through it, and it tells the widget what is under way (the step as the title,
the routine as the album, the step's length). GNOME, KDE and the lock screen route the
keyboard's media keys and a headset's button to it, on X11 and Wayland alike, with no global
key grab.

Stop (a widget's stop button) pauses: a workout is never lost to a stray key. Quit brings
the window to the front and asks, as closing it does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from leg_timer.core.session import Session
from leg_timer.desktop.dbus.mpris import MediaControls, NowPlaying
from leg_timer.present.outside_text import now_playing


class MediaKeys(QObject):
    """Signals:
        requested(str): a session command ("toggle", "next", "previous", "pause"), or
            "raise" or "quit".
    """

    requested = Signal(str)

    def __init__(self, controls: MediaControls, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controls = controls
        for signal, request in ((controls.play_pause_requested, "toggle"),
                                (controls.next_requested, "next"),
                                (controls.previous_requested, "previous"),
                                (controls.stop_requested, "pause"),
                                (controls.raise_requested, "raise"),
                                (controls.quit_requested, "quit")):
            signal.connect(lambda request=request: self.requested.emit(request))

    def show(self, session: Session | None) -> None:
        """Say what runs now; the widget hears only of changes (MediaControls compares)."""
        status, title, album, length_s, track = now_playing(session)
        self.controls.show(NowPlaying(status, title, album, length_s, track))

    def close(self) -> None:
        """Leave the bus: the widget disappears."""
        self.show(None)
        self.controls.unregister()
