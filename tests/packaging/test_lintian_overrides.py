"""The Debian package's lintian overrides: one that depends on the build's Python (Debian's
libpython carries expat, a pyenv build's does not) is kept only where its finding is there,
since lintian warns about an override that matches nothing."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT

NEEDLE = b"requested feature requires XML_DTD support in Expat"  # lintian's expat pattern


def test_the_expat_override_only_where_libpython_has_expat(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT / "packaging"))
    deb = importlib.import_module("deb")
    assert NEEDLE in deb.FOUND_ONLY_WHERE["embedded-library expat"]
    text = deb.LINTIAN_OVERRIDES.read_text(encoding="utf-8")
    internal = tmp_path / "usr" / "lib" / "leg-timer" / "_internal"
    internal.mkdir(parents=True)
    libpython = internal / "libpython3.11.so.1.0"

    libpython.write_bytes(b"\x7fELF a pyenv build: pyexpat is a module of its own")
    without = deb.applicable_overrides(text, tmp_path)
    assert "embedded-library expat [" not in without
    assert "embedded-library libyaml [" in without  # the others stay as written

    libpython.write_bytes(b"\x7fELF Debian's: " + NEEDLE)
    assert deb.applicable_overrides(text, tmp_path) == text
