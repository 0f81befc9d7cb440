"""The tray icon's picture, painted without a tray: the phase colour at every size, grey while
paused, and digits in black or white (whichever reads on the colour) that fill the square
(tests/desktop/test_tray.py checks what a panel receives)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from leg_timer.core.plan import SegmentKind
from leg_timer.present.outside_text import TrayFace
from leg_timer.ui.outside.tray import ICON_SIZES, face_icon, face_pixmap
from leg_timer.ui.theme import KIND_FILLS, PAUSED_FILL, text_on


def colours(image: QImage) -> set[str]:
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


@pytest.mark.parametrize("kind", list(SegmentKind))
@pytest.mark.parametrize("size", [22, 44])
def test_each_phase_in_its_colour_with_readable_digits(qapp: object, kind: SegmentKind,
                                                       size: int) -> None:
    image = face_pixmap(TrayFace(kind, "45", "s"), size).toImage()
    fill = QColor(KIND_FILLS[kind])
    assert image.pixelColor(size // 2, 1).name() == fill.name()  # above the digits
    assert text_on(fill).name() in colours(image)  # the digits, solid somewhere
    # The digits span most of the width: readable at 22 px, not a speck in the middle.
    columns = [x for x in range(size) if any(
        image.pixelColor(x, y).name() == text_on(fill).name() for y in range(size))]
    assert max(columns) - min(columns) >= size * 0.55


def test_paused_is_grey_and_every_size_is_painted_at_its_size(qapp: object) -> None:
    image = face_pixmap(TrayFace(SegmentKind.WORK, "3", "m", paused=True), 22).toImage()
    assert image.pixelColor(11, 1).name() == QColor(PAUSED_FILL).name()
    icon = face_icon(TrayFace(SegmentKind.REST, "12", "m"))
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
