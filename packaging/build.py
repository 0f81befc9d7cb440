"""Build Leg Timer's installable package for the machine this runs on: the one command.

    python3 packaging/build.py            (Linux, macOS; on Windows: py packaging\\build.py)

1. Uses the project's virtual environment (.venv, made by ./dev; made here if missing) and
   installs the ``package`` extra of pyproject.toml into it (PyInstaller).
2. Builds the one-folder bundle with packaging/leg-timer.spec into dist/leg-timer/.
3. Wraps it for the platform:
   - Linux: dist/leg-timer-VERSION-linux-ARCH.tar.gz and .tar.xz, each holding the bundle with
     install.sh and uninstall.sh (packaging/linux/), which install it under ~/.local.
   - macOS: the spec's BUNDLE step makes "dist/Leg Timer.app"; zipped here with ditto.
   - Windows: packaging/windows/leg-timer.iss is compiled with Inno Setup's ISCC (when on
     PATH) into dist/leg-timer-VERSION-windows-setup.exe.
Options: --skip-archives (bundle only, for tests), --naive (no slimming, to measure it).
Prints each artefact with its size. Exit status non-zero on any failure.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SPEC = ROOT / "packaging" / "leg-timer.spec"


def say(message: str) -> None:
    print(f"build: {message}", file=sys.stderr, flush=True)


def run(command: list[str], env: dict[str, str] | None = None) -> None:
    say("$ " + " ".join(command))
    subprocess.run(command, check=True, env=env)


def project() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def venv_python() -> Path:
    folder = "Scripts" if os.name == "nt" else "bin"
    return ROOT / ".venv" / folder / ("python.exe" if os.name == "nt" else "python")


def ensure_venv() -> Path:
    """The project's .venv with Leg Timer and the ``package`` extra's tools installed."""
    python = venv_python()
    if not python.exists():
        say("no .venv yet: creating it (./dev does the same, plus the system packages)")
        venv.create(ROOT / ".venv", with_pip=True)
        run([str(python), "-m", "pip", "install", "--quiet", "--editable", str(ROOT)])
    # Only the extra's requirements, not the project again: reinstalling the editable project
    # would briefly remove it from a .venv that tests may be using at the same moment.
    extras = project()["project"]["optional-dependencies"]
    requirements = list(extras["package"])
    run([str(python), "-m", "pip", "install", "--quiet", *requirements])
    return python


def check_tools() -> None:
    if sys.platform.startswith("linux") and shutil.which("strip") is None:
        raise SystemExit("build: the spec strips libraries with strip(1), which is missing: "
                         "sudo apt-get install binutils")


def build_bundle(python: Path, naive: bool) -> Path:
    env = {**os.environ, "LEG_TIMER_NAIVE_BUNDLE": "1" if naive else "0"}
    run([str(python), str(ROOT / "packaging" / "make_icons.py"), "--check"])
    started = time.monotonic()
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], env=env)
    say(f"bundle built in {time.monotonic() - started:.0f} s")
    return DIST / str(project()["project"]["name"])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 2**20:.1f} MiB"


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH, else the last commit's time: the same input gives the same archive."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%ct"],
                             capture_output=True, text=True, check=True).stdout
        return int(out.strip())
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 0


def linux_archives(bundle: Path) -> list[Path]:
    """tar.gz and tar.xz of LEG-TIMER-VERSION-linux-ARCH/{leg-timer/, install.sh, ...}."""
    meta = project()["project"]
    top = f"{meta['name']}-{meta['version']}-linux-{platform.machine()}"
    members: list[tuple[Path, str]] = [(bundle, f"{top}/leg-timer")]
    members += [(path, f"{top}/leg-timer/{path.relative_to(bundle).as_posix()}")
                for path in sorted(bundle.rglob("*"))]
    for script in ("install.sh", "uninstall.sh"):
        members.append((ROOT / "packaging" / "linux" / script, f"{top}/{script}"))
    mtime = source_date_epoch()

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        info.mtime = mtime
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    archives = []
    for suffix in ("tar.gz", "tar.xz"):
        target = DIST / f"{top}.{suffix}"
        partial = target.with_name(target.name + ".part")
        started = time.monotonic()
        with (tarfile.open(partial, "w:gz", compresslevel=9) if suffix == "tar.gz"
              else tarfile.open(partial, "w:xz", preset=9)) as archive:
            for path, name in members:
                archive.add(path, arcname=name, recursive=False, filter=normalise)
        partial.replace(target)
        say(f"{target.name}: {mib(target.stat().st_size)} in {time.monotonic() - started:.0f} s")
        archives.append(target)
    return archives


def macos_archive(version: str) -> list[Path]:
    app = DIST / f"{project()['tool']['leg-timer']['display-name']}.app"
    target = DIST / f"leg-timer-{version}-macos-{platform.machine()}.zip"
    run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(target)])
    return [target]


def windows_installer(version: str) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)"))
    if iscc is None and (default / "Inno Setup 6" / "ISCC.exe").exists():
        iscc = str(default / "Inno Setup 6" / "ISCC.exe")
    if iscc is None:
        say("Inno Setup's ISCC is not installed: the bundle is in dist/leg-timer; install "
            "Inno Setup 6 and run this again for the Setup.exe")
        return []
    meta = project()
    run([iscc, f"/DAppVersion={version}",
         f"/DAppId={meta['tool']['leg-timer']['app-id']}",
         f"/DAppName={meta['tool']['leg-timer']['display-name']}",
         f"/DSourceDir={DIST / 'leg-timer'}", f"/DOutputDir={DIST}",
         str(ROOT / "packaging" / "windows" / "leg-timer.iss")])
    return [DIST / f"leg-timer-{version}-windows-setup.exe"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--skip-archives", action="store_true",
                        help="build the bundle folder only (no tar/zip/Setup.exe)")
    parser.add_argument("--naive", action="store_true",
                        help="keep everything PyInstaller collects (to measure the slimming)")
    args = parser.parse_args(argv)
    check_tools()
    python = ensure_venv()
    bundle = build_bundle(python, args.naive)
    say(f"{bundle.relative_to(ROOT)}: {mib(folder_size(bundle))}")
    if args.skip_archives:
        return 0
    version = str(project()["project"]["version"])
    if sys.platform.startswith("linux"):
        artefacts = linux_archives(bundle)
    elif sys.platform == "darwin":
        artefacts = macos_archive(version)
    elif os.name == "nt":
        artefacts = windows_installer(version)
    else:
        artefacts = []
    for artefact in artefacts:
        print(f"{artefact.relative_to(ROOT)}  {mib(artefact.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
