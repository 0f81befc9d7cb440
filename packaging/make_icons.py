"""Render the app icon's PNG sizes, the Windows .ico and the macOS .icns from the one SVG.

    .venv/bin/python packaging/make_icons.py          # writes resources/icons/*
    .venv/bin/python packaging/make_icons.py --check  # exit 1 if a generated file is missing

resources/icons/leg-timer.svg is the source (hand-written, drawn to read at 16 px); everything
else in that folder is generated here and committed, so a build needs no image tools. Qt's own
SVG renderer (QtSvg) draws the sizes; the two container formats are simple enough to write with
``struct``: both just hold PNG images (ICO since Windows Vista, ICNS since macOS 10.7).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "leg-timer.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)  # the hicolor theme's usual app-icon sizes
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can say
# ICNS chunk type -> pixel size. The @2x types (ic11..ic14, ic10) hold the next size up.
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
    ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512), ("ic10", 1024),
)


def png_path(size: int) -> Path:
    return ICONS / f"leg-timer-{size}.png"


def generated_files() -> list[Path]:
    return [*(png_path(size) for size in PNG_SIZES), ICONS / "leg-timer.ico",
            ICONS / "leg-timer.icns"]


def render_pngs(sizes: Iterable[int]) -> dict[int, bytes]:
    """The SVG drawn at each size, as PNG bytes (antialiased, transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: cannot read {SOURCE}")
    rendered: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 6.12 takes the format as str at run time; its stubs say bytes (which fails).
        image.convertToFormat(QImage.Format.Format_ARGB32).save(
            buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        rendered[size] = bytes(data.data())
    return rendered


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images: ICONDIR, one ICONDIRENTRY each, then the PNGs."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(pngs)
    entries, blobs = [], []
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns' + total length, then (type, length incl. 8-byte header, PNG)."""
    chunks = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="only check that every generated file exists")
    args = parser.parse_args(argv)
    if args.check:
        missing = [str(path) for path in generated_files() if not path.is_file()]
        for path in missing:
            print(f"make_icons: missing {path} (run packaging/make_icons.py)", file=sys.stderr)
        return 1 if missing else 0
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = render_pngs(sizes)
    for size in PNG_SIZES:
        png_path(size).write_bytes(pngs[size])
    (ICONS / "leg-timer.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    (ICONS / "leg-timer.icns").write_bytes(icns_bytes(pngs))
    for generated in generated_files():
        print(f"{generated.relative_to(ICONS.parent.parent)}  {generated.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
