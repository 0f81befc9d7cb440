"""Build Leg Timer's installable package for the machine this runs on: the one command.

    python3 packaging/build.py            (Linux, macOS; on Windows: py packaging\\build.py)

1. Uses the project's virtual environment (.venv, made by ./dev; made here if missing) and
   installs the ``package`` extra of pyproject.toml into it (PyInstaller).
2. Builds the one-folder bundle with packaging/leg-timer.spec into dist/leg-timer/.
3. Wraps it for the platform:
   - Linux: dist/leg-timer-VERSION-linux-ARCH.tar.gz and .tar.xz, each holding the bundle with
     install.sh and uninstall.sh (packaging/linux/), which install it under ~/.local; with
     --deb also dist/leg-timer_VERSION_amd64.deb (packaging/deb.py), checked with lintian.
   - macOS: the spec's BUNDLE step makes "dist/Leg Timer.app"; zipped here with ditto.
   - Windows: packaging/windows/leg-timer.iss is compiled with Inno Setup's ISCC (when on
     PATH) into dist/leg-timer-VERSION-windows-setup.exe.
Options: --skip-archives (no tar/zip/Setup.exe), --deb (the Debian package too), --bundle DIR
(wrap an already built bundle instead of building one), --out DIR (where packages and archives
go, else dist/), --naive (no slimming, to measure it).
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

import deb  # packaging/deb.py, next to this script

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
    run([str(python), str(ROOT / "packaging" / "translations.py")])  # the .qm catalogues
    started = time.monotonic()
    run([str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)], env=env)
    say(f"bundle built in {time.monotonic() - started:.0f} s")
    return DIST / str(project()["project"]["name"])


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def display(path: Path) -> str:
    """``path`` relative to the checkout when inside it (shorter to read), else as it is."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


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


def linux_archives(bundle: Path, out: Path) -> list[Path]:
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
        target = out / f"{top}.{suffix}"
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


def macos_archive(version: str, out: Path) -> list[Path]:
    app = DIST / f"{project()['tool']['leg-timer']['display-name']}.app"
    target = out / f"leg-timer-{version}-macos-{platform.machine()}.zip"
    run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(app), str(target)])
    return [target]


def windows_installer(version: str, out: Path) -> list[Path]:
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
         f"/DSourceDir={DIST / 'leg-timer'}", f"/DOutputDir={out}",
         str(ROOT / "packaging" / "windows" / "leg-timer.iss")])
    return [out / f"leg-timer-{version}-windows-setup.exe"]


def platform_archives(bundle: Path, out: Path) -> list[Path]:
    """What people download for this platform: tar archives, a zipped .app or a Setup.exe."""
    version = str(project()["project"]["version"])
    if sys.platform.startswith("linux"):
        archives = linux_archives(bundle, out)
    elif sys.platform == "darwin":
        archives = macos_archive(version, out)
    elif os.name == "nt":
        archives = windows_installer(version, out)
    else:
        archives = []
    return archives


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--skip-archives", action="store_true",
                        help="no tar/zip/Setup.exe: the bundle folder only (and the .deb "
                             "with --deb)")
    parser.add_argument("--deb", action="store_true",
                        help="also make the Debian package dist/leg-timer_VERSION_ARCH.deb "
                             "and check it with lintian (Linux; needs dpkg-deb)")
    parser.add_argument("--bundle", metavar="DIR", type=Path,
                        help="wrap this already built bundle folder instead of building one")
    parser.add_argument("--out", metavar="DIR", type=Path, default=DIST,
                        help="where the packages and archives go (default: dist/)")
    parser.add_argument("--naive", action="store_true",
                        help="keep everything PyInstaller collects (to measure the slimming)")
    args = parser.parse_args(argv)
    if args.deb and not sys.platform.startswith("linux"):
        parser.error("--deb makes a Debian package: Linux only")
    if args.bundle is not None:
        bundle = args.bundle.resolve()
        if not (bundle / "leg-timer").is_file():
            parser.error(f"--bundle {args.bundle}: no leg-timer program in it")
    else:
        check_tools()
        bundle = build_bundle(ensure_venv(), args.naive)
    say(f"{display(bundle)}: {mib(folder_size(bundle))}")
    artefacts: list[Path] = []
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    if args.deb:
        package = deb.build_deb(bundle, out, source_date_epoch())
        report = deb.lintian(package)
        if report is not None:
            print(report.stdout, end="", file=sys.stderr)
            if report.returncode != 0:
                say(f"lintian found errors in {package.name} (above)")
                return 1
        artefacts.append(package)
    if not args.skip_archives:
        artefacts += platform_archives(bundle, out)
    for artefact in artefacts:
        print(f"{display(artefact)}  {mib(artefact.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
