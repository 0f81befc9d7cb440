"""Colours for each kind of segment, and helpers on the system palette.

Everything else takes its colours from the palette the system gives (light or dark), through
palette roles, so the window follows the desktop's theme. The kind colours are mid-tone fills
that stand out on both a light and a dark background; the text drawn on them is black or white,
whichever contrasts more, and the kind is always written out too, so colour is never the only
signal.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from leg_timer.core.plan import SegmentKind

# The banner and progress colour of each kind; the banner words live in ui/display.py.
KIND_FILLS: dict[SegmentKind, str] = {
    SegmentKind.PREPARE: "#e0a100",
    SegmentKind.WORK: "#d32f2f",
    SegmentKind.REST: "#2e7d32",
    SegmentKind.HOLD: "#8e24aa",
    SegmentKind.REPS: "#1565c0",
    SegmentKind.SWITCH: "#ef6c00",
    SegmentKind.ROUND_REST: "#00796b",
    SegmentKind.COOLDOWN: "#546e7a",
}
PAUSED_FILL = "#757575"
NOTICE_FILL = "#f9a825"  # notices such as "Paused: the computer slept"


def _luminance(color: QColor) -> float:
    """Relative luminance as WCAG defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast_ratio(first: QColor, second: QColor) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill``."""
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast_ratio(fill, black) >= contrast_ratio(fill, white) else white


def banner_style(fill: str) -> str:
    """A style sheet for a rounded banner label filled with ``fill``."""
    color = QColor(fill)
    return (f"background-color: {color.name()}; color: {text_on(color).name()};"
            "border-radius: 6px; padding: 2px 12px;")


def secondary_text(palette: QPalette) -> QColor:
    """Text a step quieter than the main text, from the palette (works light and dark)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    mixed = QColor()
    mixed.setRgbF(text.redF() * 0.65 + base.redF() * 0.35,
                  text.greenF() * 0.65 + base.greenF() * 0.35,
                  text.blueF() * 0.65 + base.blueF() * 0.35)
    return mixed


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` scaled by ``factor`` (from its point or pixel size, whichever it uses)."""
    font = QFont(base)
    if base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    else:
        font.setPointSizeF(max(1.0, base.pointSizeF() * factor))
    font.setBold(bold)
    return font


def apply_theme(key: str) -> None:
    """``light`` or ``dark`` on Qt's Fusion style, or ``system``: the desktop's own palette.

    The system palette in use at the first call is kept, so going back to ``system`` restores
    exactly what the desktop gave.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _SYSTEM:
        _SYSTEM.append((app.style().name(), QPalette(app.palette())))
    style_name, system_palette = _SYSTEM[0]
    if key == "system":
        app.setStyle(style_name)
        app.setPalette(system_palette)
        return
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if key == "dark" else app.style().standardPalette())


_SYSTEM: list[tuple[str, QPalette]] = []


def _dark_palette() -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    for each, color in ((role.Window, "#202124"), (role.WindowText, "#e8eaed"),
                        (role.Base, "#2b2c2f"), (role.AlternateBase, "#323336"),
                        (role.Text, "#e8eaed"), (role.Button, "#303134"),
                        (role.ButtonText, "#e8eaed"), (role.Highlight, "#8ab4f8"),
                        (role.HighlightedText, "#202124"), (role.ToolTipBase, "#303134"),
                        (role.ToolTipText, "#e8eaed"), (role.PlaceholderText, "#9aa0a6"),
                        (role.Link, "#8ab4f8")):
        palette.setColor(each, QColor(color))
    return palette
