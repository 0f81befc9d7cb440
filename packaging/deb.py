"""The Debian package: dist/leg-timer_VERSION_ARCH.deb made from the PyInstaller bundle.

    python3 packaging/build.py --deb                     (builds the bundle first)
    python3 packaging/build.py --bundle dist/leg-timer --deb --skip-archives   (reuses one)

Made with dpkg-deb alone (no debhelper, no source package): this module lays out a staging
folder and writes DEBIAN/control and DEBIAN/md5sums itself.

    /usr/lib/leg-timer/                       the bundle, as built
    /usr/bin/leg-timer                        -> ../lib/leg-timer/leg-timer (PyInstaller's
                                              program finds _internal/ through the link)
    /usr/share/applications/APP_ID.desktop    the bundle's own file (Exec=leg-timer: on PATH)
    /usr/share/metainfo/APP_ID.metainfo.xml
    /usr/share/icons/hicolor/{16..512}x.../apps/APP_ID.png, scalable/apps/APP_ID.svg
    /usr/share/man/man1/leg-timer.1.gz        made from the program's own --help texts
    /usr/share/doc/leg-timer/copyright, changelog.gz
    /usr/share/lintian/overrides/leg-timer    findings that are what a bundle is (reasons inside)

Depends: the packages in packaging/linux/runtime-packages.txt (the list ./dev installs for the
wheels; the one file both read), plus libc6 at the newest GLIBC symbol version the bundle's
ELF files ask for, and libstdc++6, which the spec leaves to the system. No maintainer
scripts: the desktop-file-utils and hicolor/gtk icon-cache triggers already watch the folders
we install into, so remove and purge leave nothing (the user's routines, settings and history
under their home folder stay theirs).

The staged copy of the bundle loses RUNPATHs naming the build machine's folders (elf.py); the
bundle in dist/ is not changed.

Name, version, app id come from pyproject.toml through leg_timer.metadata; the synopsis, long
description, homepage and changelog from the AppStream metainfo, so nothing is written twice.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

from elf import drop_build_machine_runpath, glibc_floor, is_elf  # packaging/elf.py

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
RUNTIME_PACKAGES_FILE = LINUX / "runtime-packages.txt"
LINTIAN_OVERRIDES = LINUX / "lintian-overrides"
# Overrides that apply only where the build's Python carries the finding: lintian warns about
# an override that matches nothing (mismatched-override). Each is kept only when a file it
# names holds the text lintian looks for (its data/binaries/embedded-libs pattern).
FOUND_ONLY_WHERE = {
    "embedded-library expat": b"requested feature requires XML_DTD support in Expat",
}
STAGING = ROOT / "build" / "deb"
# Debian's names for the machines PyInstaller builds on.
ARCHITECTURES = {"x86_64": "amd64", "aarch64": "arm64"}
# The bundle's program and libpython link these, which the wheels' list does not name because
# every Debian with a Python has them.
BASE_DEPENDS = ["libstdc++6"]
SECTION = "utils"
# Debian's own variables for who made a package; pyproject.toml holds a name but no address.
MAINTAINER = "{name} <{email}>".format(
    name=os.environ.get("DEBFULLNAME", "The Leg Timer team"),
    email=os.environ.get("DEBEMAIL", "leg-timer@users.noreply.github.com"))
MIT_TEXT = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


@dataclass(frozen=True)
class Release:
    version: str
    date: str  # YYYY-MM-DD, as in the metainfo
    notes: list[str]


@dataclass(frozen=True)
class PackageInfo:
    """Everything the control file, doc files and layout need, each from its one source."""

    name: str
    version: str
    app_id: str
    synopsis: str
    paragraphs: list[str]  # the long description; "- " starts a list item
    homepage: str
    releases: list[Release]



def applicable_overrides(text: str, root: Path) -> str:
    """The overrides file for the package staged in ``root``: the lines of
    :data:`FOUND_ONLY_WHERE` only where a file they name holds what lintian finds."""
    kept = []
    for line in text.splitlines():
        finding = next((name for name in FOUND_ONLY_WHERE if f": {name} [" in line), None)
        if finding is not None:
            pattern = line.split("[", 1)[1].rstrip("]")
            needle = FOUND_ONLY_WHERE[finding]
            if not any(needle in path.read_bytes() for path in root.glob(pattern)
                       if path.is_file()):
                continue
        kept.append(line)
    return "\n".join(kept) + "\n"

def say(message: str) -> None:
    print(f"deb: {message}", file=sys.stderr, flush=True)


def runtime_packages(path: Path = RUNTIME_PACKAGES_FILE) -> list[str]:
    """The package names in ``path`` ("#" starts a comment), in order: what ./dev reads too."""
    names: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        names += line.split("#", 1)[0].split()
    return names


def _text(element: ET.Element | None) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""


def package_info() -> PackageInfo:
    """Name, version and app id from leg_timer.metadata; the rest from the metainfo."""
    sys.path.insert(0, str(ROOT))
    try:
        from leg_timer.metadata import metadata  # stdlib only: no Qt, no PyYAML
    finally:
        sys.path.remove(str(ROOT))
    meta = metadata()
    tree = ET.parse(ROOT / "resources" / "desktop" / f"{meta.app_id}.metainfo.xml").getroot()
    paragraphs: list[str] = []
    description = tree.find("description")
    for child in description if description is not None else []:
        if child.tag == "p":
            paragraphs.append(_text(child))
        else:
            paragraphs += [f"- {_text(item)}" for item in child.iter("li")]
    releases = [Release(str(r.get("version")), str(r.get("date")),
                        [_text(p) for p in r.iter("p")] or ["New release."])
                for r in tree.iter("release")]
    return PackageInfo(
        name=meta.distribution, version=meta.version, app_id=meta.app_id,
        synopsis=_text(tree.find("summary")), paragraphs=paragraphs,
        homepage=_text(tree.find("url[@type='homepage']")), releases=releases)


def architecture() -> str:
    machine = platform.machine()
    if machine not in ARCHITECTURES:
        raise SystemExit(f"deb: no Debian architecture known for {machine}")
    return ARCHITECTURES[machine]


def description_lines(info: PackageInfo) -> list[str]:
    """The control file's extended description: one space in front, " ." between paragraphs,
    list items indented by two spaces (which Debian's tools show as they are)."""
    lines: list[str] = []
    previous_item = False
    for paragraph in info.paragraphs:
        item = paragraph.startswith("- ")
        if lines and not (item and previous_item):
            lines.append(" .")
        previous_item = item
        if item:
            lines += textwrap.wrap(paragraph, 76, initial_indent="  ",
                                   subsequent_indent="    ")
        else:
            lines += textwrap.wrap(paragraph, 78, initial_indent=" ", subsequent_indent=" ")
    return lines


def control_text(info: PackageInfo, depends: list[str], installed_kib: int) -> str:
    fields = {
        "Package": info.name,
        "Version": info.version,
        "Architecture": architecture(),
        "Maintainer": MAINTAINER,
        "Installed-Size": str(installed_kib),
        "Depends": ", ".join(depends),
        "Section": SECTION,
        "Priority": "optional",
        "Homepage": info.homepage,
        "Description": info.synopsis,
    }
    text = "".join(f"{key}: {value}\n" for key, value in fields.items())
    return text + "".join(f"{line}\n" for line in description_lines(info))


# The bundle's third-party parts, as (files, copyright, licence, where its text is). Paths are
# relative to the package's root; PyInstaller copies no licence files, so these say where the
# full texts are.
THIRD_PARTY = [
    ("usr/lib/leg-timer/_internal/PySide6/* usr/lib/leg-timer/_internal/shiboken6/*",
     "The Qt Company Ltd. and other contributors", "LGPL-3",
     "On Debian systems the full text of the GNU Lesser General Public License version 3 is "
     "in /usr/share/common-licenses/LGPL-3. ICU (PySide6/Qt/lib/libicu*) is under the "
     "Unicode licence: https://www.unicode.org/copyright.html"),
    ("usr/lib/leg-timer/_internal/libpython3* usr/lib/leg-timer/_internal/python3*/* "
     "usr/lib/leg-timer/_internal/base_library.zip",
     "Python Software Foundation", "PSF-2.0",
     "The Python Software Foundation License version 2: "
     "https://docs.python.org/3/license.html"),
]


def copyright_text(info: PackageInfo, year: int) -> str:
    """/usr/share/doc/leg-timer/copyright in the machine-readable format (DEP-5): the app,
    PySide6/Qt, Python; PyYAML and ruamel.yaml (inside the program's archive) are MIT too."""
    def block(text: str) -> str:
        return "".join(f" {line}\n" if line else " .\n" for line in text.splitlines())

    stanzas = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        f"Upstream-Name: {info.name}\nSource: {info.homepage}\n",
        f"Files: *\nCopyright: {year} The Leg Timer team\nLicense: MIT\n"
        "Comment: PyYAML (Ingy döt Net, Kirill Simonov) and ruamel.yaml (Anthon van der\n"
        " Neut), inside the program's archive and _internal/yaml/, are under the MIT licence\n"
        " too.\n",
    ]
    stanzas += [f"Files: {files}\nCopyright: {holder}\nLicense: {licence}\n"
                + block(textwrap.fill(text, 78))
                for files, holder, licence, text in THIRD_PARTY]
    stanzas.append("License: MIT\n" + block(MIT_TEXT))
    return "\n".join(stanzas)


def changelog_text(info: PackageInfo) -> str:
    """A Debian changelog from the metainfo's releases, newest first."""
    entries = []
    for release in info.releases:
        day = datetime.strptime(release.date, "%Y-%m-%d").replace(hour=12, tzinfo=UTC)
        stamp = format_datetime(day)
        notes = "".join(textwrap.fill(note, 76, initial_indent="  * ",
                                      subsequent_indent="    ") + "\n"
                        for note in release.notes)
        entries.append(f"{info.name} ({release.version}) unstable; urgency=medium\n\n"
                       f"{notes}\n -- {MAINTAINER}  {stamp}\n")
    return "\n".join(entries)


def help_text(program: Path, *args: str) -> str:
    """``program ARGS --help`` as a user would read it: their home folder shown as ~, lines
    wrapped to fit an 80-column terminal inside man's indent. It answers without Qt."""
    env = {"HOME": "~", "PATH": "/usr/bin:/bin", "COLUMNS": "72", "LANG": "C.UTF-8"}
    return subprocess.run([str(program), *args, "--help"], capture_output=True, text=True,
                          env=env, check=True, timeout=60).stdout


def roff_block(text: str) -> str:
    """``text`` as unfilled roff: backslashes and lines starting with . or ' escaped."""
    lines = []
    for line in text.rstrip().splitlines():
        line = line.replace("\\", "\\e").replace("-", "\\-")
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return ".nf\n" + "\n".join(lines) + "\n.fi\n"


def manual_page(program: Path, info: PackageInfo) -> str:
    """leg-timer(1) made from the program's own --help and each command's (as help2man
    would), so the manual never says something the program does not."""
    main_help = help_text(program)
    commands = re.findall(r"(?m)^    ([a-z][a-z-]*)  ", main_help)
    date = info.releases[0].date if info.releases else ""
    page = [f'.TH {info.name.upper()} 1 "{date}" "{info.name} {info.version}" "User Commands"',
            ".SH NAME", f"{info.name} \\- {info.synopsis[0].lower()}{info.synopsis[1:]}",
            ".SH DESCRIPTION", roff_block(main_help).rstrip()]
    if commands:
        page.append(".SH COMMANDS")
        for command in commands:
            page += [f".SS {command}", roff_block(help_text(program, command)).rstrip()]
    page += [".SH FILES", f"/usr/lib/{info.name}/ \\- the program (a PyInstaller bundle)",
             ".SH SEE ALSO", info.homepage]
    return "\n".join(page) + "\n"


def write_gzip(path: Path, text: str) -> None:
    """gzip -9n: no name and no time inside, so the same text gives the same bytes."""
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                               compresslevel=9, mtime=0) as out:
        out.write(text.encode("utf-8"))


def stage(bundle: Path, root: Path, info: PackageInfo, mtime: int) -> None:
    """The installed tree under ``root``, as it will be on the user's disk."""
    lib = root / "usr" / "lib" / info.name
    shutil.copytree(bundle, lib, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / info.name).symlink_to(f"../lib/{info.name}/{info.name}")
    data = lib / "_internal" / "leg_timer" / "data" / "resources"
    share = root / "usr" / "share"
    for source, target in (
            (data / "desktop" / f"{info.app_id}.desktop",
             share / "applications" / f"{info.app_id}.desktop"),
            (data / "desktop" / f"{info.app_id}.metainfo.xml",
             share / "metainfo" / f"{info.app_id}.metainfo.xml"),
            (data / "icons" / "leg-timer.svg",
             share / "icons" / "hicolor" / "scalable" / "apps" / f"{info.app_id}.svg"),
            ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    overrides = share / "lintian" / "overrides" / info.name
    overrides.parent.mkdir(parents=True, exist_ok=True)
    overrides.write_text(applicable_overrides(LINTIAN_OVERRIDES.read_text(encoding="utf-8"),
                                              root), encoding="utf-8")
    for png in sorted((data / "icons").glob("leg-timer-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{info.app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    write_gzip(man / f"{info.name}.1.gz", manual_page(bundle / info.name, info))
    doc = share / "doc" / info.name
    doc.mkdir(parents=True)
    year = time.gmtime(mtime).tm_year
    (doc / "copyright").write_text(copyright_text(info, year), encoding="utf-8")
    write_gzip(doc / "changelog.gz", changelog_text(info))


SHARED_LIBRARY = re.compile(r"\.so(\.[0-9.]+)?$")


def normalise(root: Path, mtime: int) -> None:
    """Modes 0755 (folders, programs) or 0644 (everything else, shared libraries too, as
    Debian policy 8.1 asks), one fixed time: the same bundle gives the same package, whatever
    umask or modes the build left."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            os.utime(path, (mtime, mtime), follow_symlinks=False)
            continue
        executable = path.is_dir() or (path.stat().st_mode & 0o111
                                       and not SHARED_LIBRARY.search(path.name))
        path.chmod(0o755 if executable else 0o644)
        os.utime(path, (mtime, mtime))


def installed_size_kib(root: Path) -> int:
    """What dpkg-gencontrol computes: each file rounded up to a KiB, one per link and folder."""
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += -(-path.stat().st_size // 1024)
        else:
            total += 1
    return total


def md5sums_text(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def build_deb(bundle: Path, out_dir: Path, mtime: int) -> Path:
    """dist/NAME_VERSION_ARCH.deb from ``bundle`` (a built dist/leg-timer folder)."""
    if shutil.which("dpkg-deb") is None:
        raise SystemExit("deb: dpkg-deb is missing: sudo apt-get install dpkg")
    started = time.monotonic()
    info = package_info()
    root = STAGING / f"{info.name}_{info.version}_{architecture()}"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    stage(bundle, root, info, mtime)
    runpaths = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and is_elf(path):
            removed = drop_build_machine_runpath(path)
            if removed:
                runpaths[path.relative_to(root).as_posix()] = removed
    if runpaths:
        say(f"removed the build machine's RUNPATH ({', '.join(sorted(set(runpaths.values())))})"
            f" from {len(runpaths)} files")
    depends = [f"libc6 (>= {glibc_floor(bundle)})", *BASE_DEPENDS, *runtime_packages()]
    control = root / "DEBIAN"
    control.mkdir()
    (control / "md5sums").write_text(md5sums_text(root), encoding="utf-8")
    (control / "control").write_text(
        control_text(info, depends, installed_size_kib(root)), encoding="utf-8")
    normalise(root, mtime)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{root.name}.deb"
    # xz at its default level, as Debian's own packages: 20 s for 29.9 MiB here (-z9 saves 3 %
    # for three times as long). dpkg's own DPKG_DEB_COMPRESSOR_TYPE and _LEVEL choose another:
    # the test uses gzip -1 to keep CI short.
    env = {"DPKG_DEB_COMPRESSOR_TYPE": "xz", **os.environ, "SOURCE_DATE_EPOCH": str(mtime)}
    say(f"$ dpkg-deb --root-owner-group --build ... ({env['DPKG_DEB_COMPRESSOR_TYPE']})")
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build",
                    str(root), str(target)], check=True, env=env, stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    say(f"{target.name} in {time.monotonic() - started:.0f} s")
    return target


def lintian(deb: Path) -> subprocess.CompletedProcess[str] | None:
    """lintian's findings for ``deb`` (None when lintian is not installed). Overrides shipped
    in the package are applied, so what is left is worth reading."""
    if shutil.which("lintian") is None:
        say("lintian is not installed (sudo apt-get install lintian): not checked")
        return None
    started = time.monotonic()
    # Errors and warnings; `lintian --display-info` adds the informational tags (listed in
    # docs/packaging.md: hardening and strip notes about the prebuilt wheels' libraries).
    result = subprocess.run(["lintian", "--tag-display-limit", "0",
                             str(deb)], capture_output=True, text=True, check=False)
    say(f"lintian ran in {time.monotonic() - started:.0f} s")
    return result
