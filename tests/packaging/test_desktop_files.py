"""The .desktop file, the AppStream metainfo and the icons: valid, and agreeing with pyproject.

pyproject.toml is the one source of the app id, name and version; these files are written by
hand (they are read by tools, not by us) and this test keeps them in step with it.
"""

from __future__ import annotations

import configparser
import importlib.util
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.packaging.tools import ROOT, pyproject, require

PROJECT = pyproject()
APP_ID = PROJECT["tool"]["leg-timer"]["app-id"]
DESKTOP = ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_agrees_with_pyproject() -> None:
    entry = desktop_entry()
    assert entry["Name"] == PROJECT["tool"]["leg-timer"]["display-name"]
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == next(iter(PROJECT["project"]["scripts"]))


def test_metainfo_agrees_with_pyproject() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == PROJECT["tool"]["leg-timer"]["display-name"]
    assert root.findtext("project_license") == PROJECT["project"]["license"]
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == PROJECT["project"]["version"], (
        "add a <release> for the new version at the top of the metainfo's <releases>")


def test_metainfo_screenshots_are_files_in_the_repository() -> None:
    images = [image.text or "" for image in ET.parse(METAINFO).getroot().iter("image")]
    assert len(images) >= 2
    for url in images:
        assert url.startswith("https://"), url
        in_repository = url.split("/main/", 1)[1]
        assert in_repository.startswith("docs/screenshot-"), url
        assert (ROOT / in_repository).is_file(), f"{in_repository} is not in the repository"


def test_desktop_file_validates() -> None:
    require("desktop-file-validate")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates() -> None:
    # --no-net: the build machine reaches no web site, and the screenshot URLs only answer once
    # the files are pushed; everything else (tags, ids, licences, text) is checked offline.
    require("appstreamcli")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_sizes(size: int) -> None:
    assert png_size(ICONS / f"leg-timer-{size}.png") == (size, size)


def test_ico_holds_pngs_up_to_256() -> None:
    data = (ICONS / "leg-timer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index:22 + 16 * index])
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(data)
        sizes.append(side or 256)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_chunks() -> None:
    data = (ICONS / "leg-timer.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    position, kinds = 8, []
    while position < len(data):
        kind, length = data[position:position + 4].decode(), struct.unpack(
            ">I", data[position + 4:position + 8])[0]
        assert data[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data)
    assert {"icp4", "ic07", "ic08", "ic09", "ic10"} <= set(kinds)


def test_every_generated_icon_exists() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "make_icons.py"), "--check"],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_committed_pngs_are_rendered_from_the_svg(qapp: QApplication) -> None:
    """Catches an edited SVG whose PNGs were not regenerated (and a broken make_icons.py).

    Takes ``qapp`` so the application object is pytest-qt's QApplication: make_icons would
    otherwise make a bare QGuiApplication that later widget tests could not use."""
    spec = importlib.util.spec_from_file_location(
        "make_icons", ROOT / "packaging" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    rendered = make_icons.render_pngs(make_icons.PNG_SIZES)
    for size, png in rendered.items():
        worst = largest_channel_difference(QImage.fromData(png),
                                           QImage(str(make_icons.png_path(size))))
        # Qt's antialiasing rounds differently on different CPUs (one step of 255 on a few edge
        # pixels was seen between two x86-64 machines); an edited SVG changes far more.
        assert worst <= 2, (
            f"leg-timer-{size}.png differs from the SVG drawn by this Qt (by {worst}/255): "
            "run .venv/bin/python packaging/make_icons.py and commit the result")


def largest_channel_difference(first: QImage, second: QImage) -> int:
    """The largest difference of one colour or alpha channel between two same-sized images
    (256 when their sizes differ)."""
    if first.size() != second.size():
        return 256
    first = first.convertToFormat(QImage.Format.Format_ARGB32)
    second = second.convertToFormat(QImage.Format.Format_ARGB32)
    worst = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixel(x, y), second.pixel(x, y)
            if a != b:
                worst = max(worst, *(abs((a >> shift & 255) - (b >> shift & 255))
                                     for shift in (0, 8, 16, 24)))
    return worst
