"""A minimal Debian bookworm root file system with only what a desktop user has, for chroot runs.

Made once with debootstrap and cached as a tar file under /var/cache/leg-timer/ (CI runs again
on the same machine); each test run unpacks a fresh copy, so runs never see each other's files.
The cache file's name holds a hash of the package list: changing the list makes a new one.

The packages are the libraries every Linux desktop installs anyway, and nothing of Qt's or
Python's: the bundle must bring everything else itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

SUITE = "bookworm"
CACHE = Path(os.environ.get("LEG_TIMER_ROOTFS_CACHE", "/var/cache/leg-timer"))
# Unpacked copies live here, not under pytest's temporary folders: pytest deletes old ones with
# shutil.rmtree, which would walk into a /dev bind mount left behind by a killed run and delete
# the machine's device files. Here each run first unmounts and removes what earlier runs left.
RUNS = CACHE / "runs"
# What a desktop user has (GNOME, KDE, Xfce all pull these in), and nothing more:
DESKTOP_PACKAGES = [
    "libgl1", "libegl1",  # OpenGL/EGL through glvnd (QtGui links both)
    "libx11-6", "libx11-xcb1", "libxcb1", "libxext6", "libxrender1",  # X11 client libraries
    "libxkbcommon0", "libxkbcommon-x11-0",  # keyboard maps
    "libfontconfig1", "libfreetype6", "fonts-dejavu-core",  # fonts
    "libdbus-1-3",  # D-Bus client (session bus: screen-saver inhibition, portals)
    "libglib2.0-0",  # GLib (every desktop; Qt's event loop uses it)
    "libpulse0",  # PulseAudio client (also what PipeWire's pulse server speaks to)
]

# Libraries a part of the bundle may miss on this minimal system, because the part is only
# loaded where they exist: the GTK theme plugin on GNOME (which has GTK), the Wayland plugins in
# a Wayland session (which has libwayland-*), and hashlib's OpenSSL (Python falls back to its
# own hashes). Anything else missing would break the app on some user's machine.
MAY_MISS = {
    "libqgtk3.so": {"libgtk-3.so.0", "libgdk-3.so.0", "libpangocairo-1.0.so.0",
                    "libpango-1.0.so.0", "libharfbuzz.so.0", "libatk-1.0.so.0",
                    "libcairo-gobject.so.2", "libcairo.so.2", "libgdk_pixbuf-2.0.so.0"},
    "*wayland*": {"libwayland-cursor.so.0", "libwayland-egl.so.1"},
    "_hashlib.cpython": {"libcrypto.so.3"},
}


def may_miss(path: str, library: str) -> bool:
    """True when the bundle's file ``path`` may lack ``library`` on a system (see MAY_MISS)."""
    lowered = path.lower()
    name = lowered.rsplit("/", 1)[-1]
    wayland_part = ("wayland" in lowered or "wlshell" in lowered
                    or name in ("libadwaita.so", "libbradient.so", "libxdg-shell.so"))
    return (library in MAY_MISS["*wayland*"] and wayland_part) or any(
        name.startswith(prefix.lower()) and library in allowed
        for prefix, allowed in MAY_MISS.items() if not prefix.startswith("*"))


def debian_mirror() -> str | None:
    """The Debian mirror this machine's apt uses, so debootstrap goes through the same one."""
    sources = [Path("/etc/apt/sources.list"), *sorted(Path("/etc/apt/sources.list.d").glob("*"))]
    for source in sources:
        with contextlib.suppress(OSError):
            text = source.read_text(encoding="utf-8", errors="replace")
            for match in re.finditer(r"(?m)^(?:URIs:\s*|deb\s+(?:\[[^]]*\]\s+)?)(\S+/debian)/?\s",
                                     text + "\n"):
                return match.group(1)
    return None  # debootstrap's own default


def cached_rootfs(log: Path) -> Path:
    """The cached tar of the root file system, made with debootstrap when missing."""
    digest = hashlib.sha256(" ".join([SUITE, *DESKTOP_PACKAGES]).encode()).hexdigest()[:12]
    tarball = CACHE / f"{SUITE}-desktop-{digest}.tar"
    if tarball.is_file():
        return tarball
    CACHE.mkdir(parents=True, exist_ok=True)
    staging = CACHE / f"staging-{digest}"
    shutil.rmtree(staging, ignore_errors=True)
    command = ["debootstrap", "--variant=minbase", f"--include={','.join(DESKTOP_PACKAGES)}",
               SUITE, str(staging)]
    mirror = debian_mirror()
    if mirror:
        command.append(mirror)
    with log.open("wb") as output:
        result = subprocess.run(command, stdout=output, stderr=subprocess.STDOUT, timeout=1500,
                                check=False)
    if result.returncode != 0:
        shutil.rmtree(staging, ignore_errors=True)
        raise RuntimeError(f"debootstrap failed ({result.returncode}); see {log}")
    # apt's downloaded .deb files are not part of a user's system.
    shutil.rmtree(staging / "var" / "cache" / "apt" / "archives", ignore_errors=True)
    partial = tarball.with_suffix(".part")
    with tarfile.open(partial, "w") as archive:
        archive.add(staging, arcname=".")
    partial.replace(tarball)
    shutil.rmtree(staging, ignore_errors=True)
    return tarball


def mounts_under(folder: Path) -> list[str]:
    """Mount points at or below ``folder``, deepest first."""
    prefix = str(folder.resolve())
    points = []
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/mounts").read_text().splitlines():
            point = line.split()[1].replace("\\040", " ")
            if point == prefix or point.startswith(prefix + "/"):
                points.append(point)
    return sorted(points, key=len, reverse=True)


def remove_tree(folder: Path) -> None:
    """Unmount everything below ``folder``, then delete it, never crossing into a mount."""
    for point in mounts_under(folder):
        subprocess.run(["umount", "-l", point], check=False, timeout=30)
    if mounts_under(folder):
        raise RuntimeError(f"still mounted below {folder}; not deleting it")
    subprocess.run(["rm", "-rf", "--one-file-system", str(folder)], check=False, timeout=300)


def fresh_run_folder() -> Path:
    """An empty folder for this run's root file system, after clearing earlier runs'."""
    RUNS.mkdir(parents=True, exist_ok=True)
    for stale in RUNS.iterdir():
        remove_tree(stale)
    return RUNS / f"root-{os.getpid()}"


@contextlib.contextmanager
def unpacked(tarball: Path, root: Path) -> Iterator[Path]:
    """A fresh copy of the root file system at ``root`` with /proc, /dev and the X11 socket
    folder (so a program inside can reach an X server outside) mounted."""
    root.mkdir(parents=True)
    subprocess.run(["tar", "-C", str(root), "-xf", str(tarball)], check=True, timeout=300)
    Path("/tmp/.X11-unix").mkdir(mode=0o1777, exist_ok=True)
    mounts: list[Path] = []
    try:
        for target, source in (("proc", None), ("dev", "/dev"),
                               ("tmp/.X11-unix", "/tmp/.X11-unix")):
            mount_point = root / target
            mount_point.mkdir(exist_ok=True)
            command = (["mount", "-t", "proc", "proc", str(mount_point)] if source is None
                       else ["mount", "--bind", source, str(mount_point)])
            subprocess.run(command, check=True, timeout=30)
            mounts.append(mount_point)
        yield root
    finally:
        remove_tree(root)


def run_in(root: Path, *command: str, env: dict[str, str] | None = None,
           timeout: float = 120, user: str | None = None) -> subprocess.CompletedProcess[str]:
    """``command`` inside the chroot with a clean environment, as a user's shell would have;
    as root unless ``user`` names an account inside (then HOME is /home/USER)."""
    base = {"HOME": f"/home/{user}" if user else "/root",
            "PATH": "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin", "LANG": "C.UTF-8"}
    chroot = ["chroot", f"--userspec={user}:{user}"] if user else ["chroot"]
    return subprocess.run([*chroot, str(root), "env", "-i",
                           *(f"{k}={v}" for k, v in {**base, **(env or {})}.items()), *command],
                          capture_output=True, text=True, timeout=timeout, check=False)
