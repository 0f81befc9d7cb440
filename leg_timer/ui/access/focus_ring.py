"""A clear focus ring around whatever has the keyboard focus, in the light and dark themes.

Fusion marks focus faintly (a thin tinted frame on some controls, nothing on others), and a
person who uses the keyboard must always see where they are. :class:`FocusRing` follows the
focus inside one window and draws a 3-pixel ring in the palette's highlight colour around the
focused control. It is a ``QFocusFrame``, which Qt keeps on top of the control it surrounds
and leaves out of the accessible tree (a decoration, not something to read).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

RING_PX = 3


class FocusRing(QFocusFrame):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        inside = now is not None and now is not self._window and now.window() is self._window
        self.setWidget(now if inside else None)  # type: ignore[arg-type]  # None: no control
        if inside:
            self.raise_()  # Fusion asks for the frame under the control; the ring goes over it

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.PaletteChange):
            # A theme switch re-styles the control, and QFocusFrame lets go of it: take it
            # again once the switch is over (the focus itself has not moved).
            QTimer.singleShot(0, self, self._follow_focus)
        return super().event(event)

    def _follow_focus(self) -> None:
        self.setWidget(None)  # type: ignore[arg-type]  # None: let go of the control
        self._on_focus_changed(None, QApplication.focusWidget())

    def paintEvent(self, _event: QPaintEvent) -> None:
        if not self.mask().isEmpty():
            # QFocusFrame masks out the control it surrounds; the ring is drawn over the
            # control's edge (see below), so the mask goes (the frame lets clicks through).
            self.clearMask()
            self.update()
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_PX)
        painter.setPen(pen)
        # Over the control's own edge, inside it: a control flush with its parent's edge (the
        # routine list) would have a ring drawn outside it cut off.
        widget = self.widget()
        margin = (self.width() - widget.width()) / 2 if widget is not None else 0.0
        inset = max(0.0, margin) + RING_PX / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()
