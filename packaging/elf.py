"""What packaging/deb.py reads and fixes in the bundle's ELF files (64-bit little-endian:
amd64, arm64), in plain Python so the build needs no patchelf, chrpath or objdump."""

from __future__ import annotations

import re
import struct
from pathlib import Path

# Dynamic-section tags and program-header types (elf(5)).
DT_NULL, DT_STRTAB, DT_RPATH, DT_RUNPATH = 0, 5, 15, 29
PT_LOAD, PT_DYNAMIC = 1, 2


def glibc_floor(bundle: Path) -> str:
    """The newest GLIBC_x.y symbol version any ELF file in the bundle asks for (what
    dpkg-shlibdeps would find): libc6 must be at least that."""
    pattern = re.compile(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00")
    newest: tuple[int, ...] = (2, 0)
    for path in bundle.rglob("*"):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        for match in pattern.finditer(path.read_bytes()):
            newest = max(newest, tuple(int(part) for part in match.group(1).split(b".")))
    return ".".join(str(part) for part in newest)


def drop_build_machine_runpath(path: Path) -> str | None:
    """Removes a RUNPATH/RPATH that names a folder of the build machine (not $ORIGIN-relative)
    from a 64-bit little-endian ELF file, as ``chrpath -d`` does: the later dynamic entries
    move up one and a DT_NULL fills the end. Returns the path removed, else None.

    A pyenv- or source-built Python bakes its own lib folder (e.g. /root/.pyenv/.../lib) into
    libpython and every extension module; in a package that points at a folder of whoever
    built it, a place a user's machine could hold another libpython (lintian:
    custom-library-search-path). Nothing in the bundle needs it: the bootloader loads
    libpython from _internal/ by its full path.
    """
    data = bytearray(path.read_bytes())
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    phoff, = struct.unpack_from("<Q", data, 0x20)
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    headers = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    dynamic = next((h for h in headers if h[0] == PT_DYNAMIC), None)
    if dynamic is None:
        return None
    offset, count = dynamic[2], dynamic[5] // 16
    entries = [struct.unpack_from("<qQ", data, offset + i * 16) for i in range(count)]
    strtab = next((value for tag, value in entries if tag == DT_STRTAB), None)
    load = next((h for h in headers if h[0] == PT_LOAD and strtab is not None
                 and h[3] <= strtab < h[3] + h[5]), None)
    if strtab is None or load is None:
        return None
    strings = strtab - load[3] + load[2]
    removed = None
    kept = []
    for tag, value in entries:
        if tag in (DT_RPATH, DT_RUNPATH):
            start = strings + value
            text = bytes(data[start:data.index(b"\0", start)]).decode(errors="replace")
            if not any(part.startswith("$ORIGIN") for part in text.split(":")):
                removed = text
                continue
        kept.append((tag, value))
    if removed is None:
        return None
    kept += [(DT_NULL, 0)] * (count - len(kept))
    for i, (tag, value) in enumerate(kept):
        struct.pack_into("<qQ", data, offset + i * 16, tag, value)
    path.write_bytes(data)
    return removed


def is_elf(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(4) == b"\x7fELF"
