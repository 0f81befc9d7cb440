"""The light and dark palettes, colours for each kind of segment, and helpers on the palette.

Every colour the window shows comes from the palette of the current theme, either a palette
role or a colour worked out from it here (:func:`secondary_text`, :func:`warning_text`,
:func:`scrim`), and is looked up when it is drawn or re-applied on ``PaletteChange``, so a theme
switch repaints everything. The light and dark palettes are written out in full, Disabled group
included, with every text at least 4.5:1 on its background (tests/ui/test_theme_contrast.py
reads them and checks every pair in :data:`TEXT_PAIRS`); disabled text is still dimmer than
normal text, so a disabled control looks disabled. ``system`` keeps the desktop's own palette.

The kind colours are mid-tone fills that stand out on both a light and a dark background; the
text drawn on them is black or white, whichever contrasts more, and the kind is always written
out too, so colour is never the only signal.
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


# Safety notes: a red that reads at least 4.5:1 on the light and on the dark palette.
WARNING_LIGHT = "#b71c1c"
WARNING_DARK = "#ff8a80"


def warning_text(palette: QPalette) -> QColor:
    """The colour of safety notes on ``palette``'s window: whichever red reads better there
    (so it also suits a desktop's own palette under ``system``)."""
    window = palette.color(QPalette.ColorRole.Window)
    candidates = (QColor(WARNING_LIGHT), QColor(WARNING_DARK))
    return max(candidates, key=lambda color: contrast_ratio(color, window))


def scrim(palette: QPalette) -> QColor:
    """The veil drawn over the window behind an overlay: the palette's shadow, see-through."""
    color = QColor(palette.color(QPalette.ColorRole.Shadow))
    color.setAlpha(150)
    return color


Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Every text role on the background it is drawn on, as the app's widgets use them.
TEXT_PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.Text, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
)

_LIGHT = {
    Role.Window: "#efefef", Role.WindowText: "#000000", Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7", Role.Text: "#000000", Role.Button: "#efefef",
    Role.ButtonText: "#000000", Role.BrightText: "#ffffff", Role.Highlight: "#1f6fb2",
    Role.HighlightedText: "#ffffff", Role.ToolTipBase: "#ffffdc", Role.ToolTipText: "#000000",
    Role.PlaceholderText: "#5f6368", Role.Link: "#0b57d0", Role.LinkVisited: "#6a1b9a",
    Role.Light: "#ffffff", Role.Midlight: "#e3e3e3", Role.Mid: "#b8b8b8",
    Role.Dark: "#9f9f9f", Role.Shadow: "#000000", Role.Accent: "#1f6fb2",
}
_LIGHT_DISABLED = {
    Role.WindowText: "#6b6b6b", Role.Text: "#6b6b6b", Role.ButtonText: "#6b6b6b",
    Role.PlaceholderText: "#6b6b6b", Role.Link: "#6b6b6b", Role.Base: "#efefef",
    Role.Highlight: "#6e6e6e", Role.Dark: "#bebebe",
}
_DARK = {
    Role.Window: "#202124", Role.WindowText: "#e8eaed", Role.Base: "#2b2c2f",
    Role.AlternateBase: "#323336", Role.Text: "#e8eaed", Role.Button: "#303134",
    Role.ButtonText: "#e8eaed", Role.BrightText: "#ffffff", Role.Highlight: "#8ab4f8",
    Role.HighlightedText: "#202124", Role.ToolTipBase: "#303134", Role.ToolTipText: "#e8eaed",
    Role.PlaceholderText: "#9aa0a6", Role.Link: "#8ab4f8", Role.LinkVisited: "#c58af9",
    Role.Light: "#4a4c50", Role.Midlight: "#3c3d41", Role.Mid: "#2a2b2e",
    Role.Dark: "#161719", Role.Shadow: "#000000", Role.Accent: "#8ab4f8",
}
# Flatter backgrounds and greyer text than the active controls, still 4.5:1.
_DARK_DISABLED = {
    Role.WindowText: "#8e9196", Role.Text: "#8e9196", Role.ButtonText: "#8e9196",
    Role.PlaceholderText: "#8e9196", Role.Link: "#8e9196", Role.Base: "#232427",
    Role.AlternateBase: "#232427", Role.Button: "#252629", Role.Highlight: "#5f6368",
    Role.HighlightedText: "#e8eaed", Role.Light: "#2b2c2f",
}


def _palette(colors: dict[QPalette.ColorRole, str],
             disabled: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, color in colors.items():
        palette.setColor(role, QColor(color))  # every group
    for role, color in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(color))
    return palette


def light_palette() -> QPalette:
    return _palette(_LIGHT, _LIGHT_DISABLED)


def dark_palette() -> QPalette:
    return _palette(_DARK, _DARK_DISABLED)


def apply_theme(key: str) -> None:
    """``light`` or ``dark`` on Qt's Fusion style, or ``system``: the desktop's own palette.

    The system palette in use at the first call is kept, and the system style until light or
    dark first replaces it, so going back to ``system`` restores exactly what the desktop
    gave. Widgets get a ``PaletteChange`` and repaint from the new palette.

    ``system`` leaves the style alone while it is still the desktop's (at start-up, the
    default): asking for the style would make PySide6 build the Python type of QStyle, with
    its hundreds of enum values, about 12 ms before the first paint (docs/performance.md).
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _SYSTEM_PALETTE:
        _SYSTEM_PALETTE.append(QPalette(app.palette()))
    if key == "system":
        if _SYSTEM_STYLE:  # light or dark replaced the desktop's style: back to it
            app.setStyle(_SYSTEM_STYLE[0])
        app.setPalette(_SYSTEM_PALETTE[0])
        return
    if not _SYSTEM_STYLE:
        _SYSTEM_STYLE.append(app.style().name())
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if key == "dark" else light_palette())


_SYSTEM_PALETTE: list[QPalette] = []  # the desktop's palette, from the first call on
_SYSTEM_STYLE: list[str] = []  # the desktop's style's name, once light or dark replaced it
