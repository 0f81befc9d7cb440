"""The bundle's size (folder and release archives), what takes the space, and its start-up time
against the same app run from the source tree.

    python3 packaging/build.py                     (first: the bundle and the archives)
    .venv/bin/python bench/bundle_size.py [--runs 10] [--bundle dist/leg-timer]

Start-up: median of N runs of ``--version`` and ``list`` for each, bundled and from source
(``.venv/bin/python -m leg_timer``), runs alternating so machine load hits both alike; plus
time to the first painted window where the app has the ``LEG_TIMER_REPORT_FIRST_PAINT`` hook
(the app writes time.monotonic() there once its window has painted). Prints figures only; it
never fails on time.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
MIB = 2**20


def size_of(path: Path) -> int:
    if path.is_symlink() or path.is_file():
        return 0 if path.is_symlink() else path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def contributors(bundle: Path, count: int) -> list[tuple[int, str]]:
    """The largest files, and the plugin folders as a whole (each is one decision)."""
    internal = bundle / "_internal"
    entries: list[tuple[int, str]] = []
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink() and plugins not in path.parents:
            entries.append((path.stat().st_size, str(path.relative_to(bundle))))
    if plugins.is_dir():
        for folder in plugins.iterdir():
            entries.append((size_of(folder), f"{folder.relative_to(bundle)}/ (plugins)"))
    entries.append((size_of(internal / "leg_timer"), "_internal/leg_timer/ (app code + data)"))
    return sorted(entries, reverse=True)[:count]


def groups(bundle: Path) -> list[tuple[int, str]]:
    internal = bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    icu = sum(size_of(p) for p in (qt / "lib").glob("libicu*"))
    result = [
        (icu, "ICU (libicu*: Unicode data Qt needs)"),
        (size_of(qt / "lib") - icu, "other Qt libraries"),
        (size_of(qt / "plugins"), "Qt plugins"),
        (size_of(internal / "PySide6") - size_of(qt), "PySide6 bindings (*.abi3.so)"),
        (sum(size_of(p) for p in internal.glob("libpython*")), "libpython"),
        (size_of(internal / "python3.11") + size_of(internal / "base_library.zip")
         + sum(size_of(p) for p in internal.glob("*.pyz")), "Python stdlib + extension modules"),
        (sum(size_of(p) for p in internal.glob("*.so*") if not p.name.startswith("libpython")),
         "other system libraries (xcb-util, krb5, ...)"),
        (size_of(internal / "leg_timer"), "Leg Timer code and data"),
        (size_of(bundle / "leg-timer"), "the program (bootloader + app bytecode)"),
    ]
    return sorted(result, reverse=True)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   stdin=subprocess.DEVNULL, check=True, timeout=120)
    return (time.perf_counter() - started) * 1000


def first_paint_ms(command: list[str], env: dict[str, str], workdir: Path) -> float:
    report = workdir / "painted"
    report.unlink(missing_ok=True)
    started = time.monotonic()
    process = subprocess.Popen(command, env={**env, "LEG_TIMER_REPORT_FIRST_PAINT": str(report)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               stdin=subprocess.DEVNULL)
    try:
        deadline = started + 60
        while not (report.exists() and report.read_text().strip()):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the window did not report its first paint")
            time.sleep(0.002)
        return (float(report.read_text()) - started) * 1000
    finally:
        process.terminate()
        process.wait(timeout=30)


def compare(name: str, runs: int, bundled: Callable[[], float],
            source: Callable[[], float]) -> None:
    bundled(), source()  # warm-up: disk cache, font cache
    b_times, s_times = [], []
    for _ in range(runs):
        b_times.append(bundled())
        s_times.append(source())
    b, s = statistics.median(b_times), statistics.median(s_times)
    print(f"  {name:<22} bundle {b:7.0f} ms   source {s:7.0f} ms   bundle/source {b / s:4.2f}")


def has_first_paint_hook() -> bool:
    return any("LEG_TIMER_REPORT_FIRST_PAINT" in path.read_text(encoding="utf-8")
               for path in (ROOT / "leg_timer").rglob("*.py"))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / PROJECT["name"])
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    bundle: Path = args.bundle.resolve()
    program = bundle / "leg-timer"
    if not program.is_file():
        raise SystemExit(f"no bundle at {bundle}: run python3 packaging/build.py first")

    print(f"bundle folder {bundle.relative_to(ROOT) if ROOT in bundle.parents else bundle}: "
          f"{size_of(bundle) / MIB:.1f} MiB ({size_of(bundle) / 1e6:.1f} MB)")
    for suffix in ("tar.gz", "tar.xz"):
        found = sorted((ROOT / "dist").glob(f"{PROJECT['name']}-{PROJECT['version']}-*.{suffix}"))
        for archive in found:
            stale = " (older than the bundle!)" if archive.stat().st_mtime < program.stat(
            ).st_mtime else ""
            print(f"archive {archive.name}: {archive.stat().st_size / MIB:.1f} MiB "
                  f"({archive.stat().st_size / 1e6:.1f} MB){stale}")
        if not found:
            print(f"archive *.{suffix}: not built (python3 packaging/build.py makes it)")
    print("\nby kind:")
    for size, what in groups(bundle):
        print(f"  {size / MIB:7.1f} MiB  {what}")
    print(f"\ntop {args.top} files and plugin folders:")
    for size, what in contributors(bundle, args.top):
        print(f"  {size / MIB:7.1f} MiB  {what}")

    python = ROOT / ".venv" / "bin" / "python"
    if not python.exists():
        python = Path(sys.executable)
    with tempfile.TemporaryDirectory() as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
               "LEG_TIMER_BASEDIR": str(Path(scratch) / "user")}
        source = [str(python), "-m", "leg_timer"]
        print(f"\nstart-up, median of {args.runs} runs (offscreen for the window):")
        for sub in (["--version"], ["list"]):
            compare(" ".join(sub), args.runs, functools.partial(timed, [str(program), *sub], env),
                    functools.partial(timed, [*source, *sub], env))
        if has_first_paint_hook():
            workdir = Path(scratch)
            compare("first painted window", args.runs,
                    lambda: first_paint_ms([str(program)], env, workdir),
                    lambda: first_paint_ms(source, env, workdir))
        else:
            print("  first painted window: the app has no LEG_TIMER_REPORT_FIRST_PAINT hook yet")
    if shutil.which("nproc"):
        cores = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout
        print(f"\n(machine: {cores.strip()} cores, {sys.platform}, Python "
              f"{sys.version.split()[0]})")


if __name__ == "__main__":
    main()
