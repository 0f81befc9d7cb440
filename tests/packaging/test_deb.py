"""The Debian package (packaging/deb.py), made from the session's bundle, read and installed.

Read with dpkg-deb: the control fields come from pyproject.toml and the runtime package list,
every file is root's with mode 0644 or 0755, each file lands where the desktop looks, and
lintian (when installed) reports no error or warning. Then, in a fresh copy of the bare Debian
12 root that test_clean_system.py uses (clean_system.py: debootstrapped once, cached),
``apt-get install ./leg-timer_*.deb`` must pull in what it needs (and would pull in the
desktop libraries that root already has), ``leg-timer`` from PATH must run a routine to its
end as a plain user and record it, every library must resolve, and remove, purge and
autoremove must leave the root as it was. Needs root (chroot, mount) and the Debian mirror
(apt-get); marked ``bundle`` like the other tests that need the bundle. About 28 s.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.clean_system import (
    DESKTOP_PACKAGES,
    cached_rootfs,
    fresh_run_folder,
    may_miss,
    run_in,
    unpacked,
)
from tests.packaging.tools import ROOT, pyproject, require

pytestmark = [pytest.mark.bundle, pytest.mark.slow, pytest.mark.timeout(1800)]

PROJECT = pyproject()
NAME = PROJECT["project"]["name"]
VERSION = PROJECT["project"]["version"]
APP_ID = PROJECT["tool"]["leg-timer"]["app-id"]
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DEB_TIMEOUT_S = 600
ROUTINE = "/tmp/package-check.yaml"
ROUTINE_TEXT = ("version: 1\nname: Package check\nprepare: 0s\nexercises:\n"
                "  - name: Squat\n    work: 2s\n")
# The app runs as a plain user, as on a desktop: that proves root-owned 0644/0755 files are
# enough, and keeps what a program run as root writes to system caches (fontconfig's
# /var/cache/fontconfig) out of the comparison. The user's own files stay in /home.
USER = "leg"
USER_ENV = {"QT_QPA_PLATFORM": "offscreen"}
BASEDIR = f"/home/{USER}/leg-timer-basedir"
# Where apt and dpkg keep their own state, caches and logs (these change with any install), and
# the users' homes and /tmp: none of it is a file a package leaves behind.
NOT_THE_PACKAGES = ("proc", "dev", "tmp", "home", "var/cache/apt", "var/lib/apt", "var/log",
                    "var/lib/dpkg", "var/cache/debconf", "var/cache/ldconfig")
APT_ENV = {"DEBIAN_FRONTEND": "noninteractive",
           **{key: value for key, value in os.environ.items()
              if key.lower() in ("http_proxy", "https_proxy", "no_proxy")}}


def runtime_packages() -> list[str]:
    names: list[str] = []
    text = (ROOT / "packaging" / "linux" / "runtime-packages.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        names += line.split("#", 1)[0].split()
    return names


@pytest.fixture(scope="module")
def made(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The .deb made from the session's bundle with build.py --deb, and build.py's stderr."""
    out = tmp_path_factory.mktemp("deb-out")
    require("dpkg-deb")
    # Fast gzip instead of the release's xz: the same files, a few seconds instead of 20 (lintian
    # in Debian 12 refuses zstd members).
    env = {**os.environ, "DPKG_DEB_COMPRESSOR_TYPE": "gzip", "DPKG_DEB_COMPRESSOR_LEVEL": "1"}
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--bundle",
                             str(bundle), "--deb", "--skip-archives", "--out", str(out)],
                            capture_output=True,
                            text=True, timeout=DEB_TIMEOUT_S, check=False, env=env)
    assert result.returncode == 0, f"build.py --deb failed:\n{result.stdout}\n{result.stderr}"
    package = out / f"{NAME}_{VERSION}_amd64.deb"
    assert package.is_file(), result.stdout
    return package, result.stderr


@pytest.fixture(scope="module")
def package(made: tuple[Path, str]) -> Path:
    return made[0]


def dpkg_deb(*args: str) -> str:
    return subprocess.run(["dpkg-deb", *args], capture_output=True, text=True, check=True,
                          timeout=300).stdout


def test_control_fields_come_from_pyproject_and_the_package_list(package: Path) -> None:
    fields = {key: dpkg_deb("-f", str(package), key).strip()
              for key in ("Package", "Version", "Architecture", "Maintainer", "Depends",
                          "Section", "Priority", "Installed-Size", "Description")}
    assert fields["Package"] == NAME
    assert fields["Version"] == VERSION
    assert fields["Architecture"] == "amd64"
    assert fields["Priority"] == "optional"
    assert re.fullmatch(r".+ <[^@ ]+@[^@ ]+>", fields["Maintainer"])
    depends = [item.split(" (")[0] for item in fields["Depends"].split(", ")]
    assert set(runtime_packages()) <= set(depends)
    assert re.search(r"\blibc6 \(>= 2\.\d+\)", fields["Depends"])
    assert int(fields["Installed-Size"]) > 50_000  # KiB: the bundle is about 100 MiB
    synopsis, *extended = fields["Description"].splitlines()
    assert len(synopsis) < 80 and extended


def test_files_are_roots_with_plain_modes_and_in_their_places(package: Path) -> None:
    entries = {}
    for line in dpkg_deb("-c", str(package)).splitlines():
        mode, owner, _size, _day, _time, path, *link = line.split(maxsplit=6)
        entries[path.removeprefix(".")] = (mode, owner, link)
    assert all(owner == "root/root" for _, owner, _ in entries.values())
    files = {path: mode for path, (mode, _, _) in entries.items() if mode.startswith("-")}
    assert set(files.values()) <= {"-rw-r--r--", "-rwxr-xr-x"}
    assert not [path for path, mode in files.items() if ".so" in path and "x" in mode]
    assert files[f"/usr/lib/{NAME}/{NAME}"] == "-rwxr-xr-x"
    assert entries[f"/usr/bin/{NAME}"][2] == [f"-> ../lib/{NAME}/{NAME}"]
    wanted = [f"/usr/share/applications/{APP_ID}.desktop",
              f"/usr/share/metainfo/{APP_ID}.metainfo.xml",
              f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
              f"/usr/share/doc/{NAME}/copyright", f"/usr/share/doc/{NAME}/changelog.gz",
              f"/usr/share/man/man1/{NAME}.1.gz"]
    wanted += [f"/usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"
               for size in ICON_SIZES]
    assert [path for path in wanted if path not in files] == []


def test_lintian_finds_no_error_or_warning(made: tuple[Path, str]) -> None:
    _, stderr = made
    if "lintian is not installed" in stderr:
        pytest.skip("lintian is not installed (apt-get install lintian)")
    findings = [line for line in stderr.splitlines() if re.match(r"[EW]: ", line)]
    assert findings == []


def files_in(root: Path) -> set[str]:
    """Every path below ``root`` (folders too), apart from apt's and dpkg's own."""
    found = set()
    for folder, dirs, names in os.walk(root):
        relative = Path(folder).relative_to(root).as_posix()
        dirs[:] = [d for d in dirs if f"{relative}/{d}".removeprefix("./") not in NOT_THE_PACKAGES]
        found.update(f"{relative}/{name}".removeprefix("./") for name in [*dirs, *names])
    return found


@pytest.fixture(scope="module")
def bare_root(package: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh bare Debian 12 with the package copied to /tmp and apt's lists updated."""
    if os.geteuid() != 0:
        if os.environ.get("CI") == "true":
            pytest.fail("the Debian package test needs root (chroot, mount)")
        pytest.skip("needs root (chroot, mount)")
    require("debootstrap", "chroot", "mount", "tar")
    try:
        tarball = cached_rootfs(tmp_path_factory.mktemp("deb") / "debootstrap.log")
    except RuntimeError as error:  # no mirror reachable: nothing to prove the package on
        pytest.skip(f"no bare Debian root file system: {error}")
    with unpacked(tarball, fresh_run_folder()) as root:
        shutil.copy(package, root / "tmp" / package.name)
        (root / "tmp" / Path(ROUTINE).name).write_text(ROUTINE_TEXT, encoding="utf-8")
        if Path("/etc/resolv.conf").is_file():  # today's name servers, not debootstrap day's
            shutil.copy("/etc/resolv.conf", root / "etc" / "resolv.conf")
        account = run_in(root, "useradd", "--create-home", "--shell", "/bin/sh", USER)
        assert account.returncode == 0, account.stderr
        update = run_in(root, "apt-get", "update", "-q", env=APT_ENV, timeout=300)
        if update.returncode != 0 or "Err:" in update.stdout:
            pytest.skip(f"apt-get update in the bare Debian failed (no network?):\n"
                        f"{update.stdout[-2000:]}{update.stderr[-2000:]}")
        yield root


def test_installs_runs_and_removes_without_a_trace(bare_root: Path, package: Path) -> None:
    root = bare_root
    before = files_in(root)
    installed = run_in(root, "apt-get", "install", "-y", "-q", "--no-install-recommends",
                       f"/tmp/{package.name}", env=APT_ENV, timeout=600)
    assert installed.returncode == 0, installed.stdout[-3000:] + installed.stderr
    assert "libxcb-cursor0" in installed.stdout, "the runtime packages were not pulled in"

    verify = run_in(root, "dpkg", "--verify", NAME)  # every file against DEBIAN/md5sums
    assert verify.returncode == 0 and not verify.stdout, verify.stdout + verify.stderr
    version = run_in(root, NAME, "--version", env=USER_ENV, user=USER)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip().endswith(VERSION)

    ran = run_in(root, NAME, "--basedir", BASEDIR, "run", ROUTINE, "--quit-when-done",
                 env=USER_ENV, user=USER)
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr, ran.stderr
    history = run_in(root, NAME, "--basedir", BASEDIR, "history", "--json", env=USER_ENV,
                     user=USER)
    assert history.returncode == 0, history.stderr
    sessions = json.loads(history.stdout)
    assert len(sessions) == 1 and sessions[0]["outcome"] == "completed", sessions

    # With only the packages Depends pulled in, every library the bundle loads resolves.
    script = (f"cd /usr/lib/{NAME}/_internal && export LD_LIBRARY_PATH=$PWD && "
              "find . -name '*.so*' -type f | while read -r f; do "
              "ldd \"$f\" | sed -n \"s|^\\s*\\(\\S*\\) => not found|$f \\1|p\"; done")
    ldd = run_in(root, "/bin/sh", "-c", script, timeout=300)
    assert ldd.returncode == 0, ldd.stderr
    missing = sorted({line for line in ldd.stdout.splitlines() if not may_miss(*line.split())})
    assert missing == [], "not found with the package's Depends:\n" + "\n".join(missing)

    # The root came with desktop libraries (DESKTOP_PACKAGES); the Depends must bring them
    # where they are missing. Marked as installed automatically, apt would keep each one for
    # leg-timer's sake rather than autoremove it.
    run_in(root, "apt-mark", "auto", *DESKTOP_PACKAGES)
    simulated = run_in(root, "apt-get", "autoremove", "--simulate", "-q", env=APT_ENV)
    run_in(root, "apt-mark", "manual", *DESKTOP_PACKAGES)
    assert simulated.returncode == 0, simulated.stderr
    unneeded = set(re.findall(r"(?m)^Remv (\S+)", simulated.stdout)) & set(DESKTOP_PACKAGES)
    assert unneeded == set(), f"not pulled in by the Depends: {sorted(unneeded)}"

    owned = [path for path in run_in(root, "dpkg", "-L", NAME).stdout.splitlines()
             if path != "/."]
    assert f"/usr/bin/{NAME}" in owned and f"/usr/share/applications/{APP_ID}.desktop" in owned
    removed = run_in(root, "apt-get", "remove", "-y", "-q", NAME, env=APT_ENV, timeout=300)
    assert removed.returncode == 0, removed.stdout[-3000:] + removed.stderr
    left = [path for path in owned
            if os.path.lexists(f"{root}{path}") and path.lstrip("/") not in before]
    assert left == [], f"apt-get remove left: {left}"
    # No conffiles and no maintainer scripts: dpkg forgets the package at once.
    status = run_in(root, "dpkg-query", "-W", "-f", "${db:Status-Status}", NAME)
    assert status.stdout.strip() in ("", "not-installed"), status.stdout

    # Purge, from installed, ends the same way.
    again = run_in(root, "apt-get", "install", "-y", "-q", "--no-install-recommends",
                   f"/tmp/{package.name}", env=APT_ENV, timeout=600)
    assert again.returncode == 0, again.stdout[-3000:] + again.stderr
    purged = run_in(root, "apt-get", "purge", "-y", "-q", NAME, env=APT_ENV, timeout=300)
    assert purged.returncode == 0, purged.stdout[-3000:] + purged.stderr
    left = [path for path in owned
            if os.path.lexists(f"{root}{path}") and path.lstrip("/") not in before]
    assert left == [], f"apt-get purge left: {left}"

    # The dependencies go too (they were installed automatically): the root is as it was.
    auto = run_in(root, "apt-get", "autoremove", "--purge", "-y", "-q", env=APT_ENV,
                  timeout=300)
    assert auto.returncode == 0, auto.stdout[-3000:] + auto.stderr
    after = files_in(root)
    assert (sorted(after - before), sorted(before - after)) == ([], []), \
        "(left behind, removed though there before) by remove, purge and autoremove"


if __name__ == "__main__":  # for a look by hand: python -m tests.packaging.test_deb
    sys.exit(pytest.main([__file__, "-m", "bundle", "-v"]))
