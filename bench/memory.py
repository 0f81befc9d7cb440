"""Peak memory a minute into a running workout, against a minimal PySide6 window, with a
breakdown by mapped file.

    .venv/bin/python bench/memory.py [--seconds 60] [--runs 1] [--bundle dist/leg-timer]

Each run starts a fresh process on Xvfb (else Qt's offscreen platform) against a private
PulseAudio server with a null sink (and a private speech-dispatcher when installed), so the
audio hosts really play and speak. --seconds after its first paint (Leg Timer runs the
mini-band circuit from its start: `-m leg_timer run mini-band-circuit`), every process of the
family is read from /proc: VmHWM (peak resident), Rss and Pss (proportional: shared pages
divided among the processes that map them) from smaps_rollup. Runs of the baseline
(bench/minimal_window.py) and of Leg Timer alternate, so machine load affects both alike; with
--bundle DIR, DIR/leg-timer is a third command. Then, for the last run, the window's and the
sound host's resident memory grouped by mapped file (/proc/PID/smaps), next to the minimal
window's. Prints figures; never fails on them.

Goal to report against (the open issue): the window's VmHWM at most 1.3x the minimal window's.
Note that the sum of the VmHWM of several processes is an upper bound (their peaks need not
coincide) and counts shared libraries once per process; the sum of Pss counts them once.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from _common import ROOT, display, family, own_homes, peak_rss_mib, start_app, wait_for_file

HOST_VARIABLE = "LEG_TIMER_AUDIO_HOST"  # leg_timer.audio.second_process.HOST_VARIABLE
PROBE_VARIABLE = "LEG_TIMER_SPEECH_PROBE"
KIB_PER_MIB = 1024
BASELINE = "minimal window"


@dataclass
class Process:
    role: str  # "window", "sound host", "voice host", "speech probe", "other"
    pid: int
    hwm_mib: float
    rss_mib: float
    pss_mib: float
    groups: dict[str, tuple[float, float]] = field(default_factory=dict)  # name: (rss, pss)


@dataclass
class Run:
    processes: list[Process]
    sink_inputs: int | None  # streams into the null sink at the moment of measuring

    def by_role(self, role: str) -> Process | None:
        return next((p for p in self.processes if p.role == role), None)

    @property
    def hwm_sum(self) -> float:
        return sum(p.hwm_mib for p in self.processes)

    @property
    def pss_sum(self) -> float:
        return sum(p.pss_mib for p in self.processes)


# -- reading /proc ---------------------------------------------------------------------------

def rollup(pid: int) -> dict[str, int]:
    """smaps_rollup's fields in kB."""
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            fields[name] = int(parts[0])
    return fields


def role_of(pid: int, root: int) -> str:
    if pid == root:
        return "window"
    try:
        environ = Path(f"/proc/{pid}/environ").read_bytes().split(b"\0")
    except OSError:
        return "other"
    values = dict(item.decode(errors="replace").partition("=")[::2] for item in environ if item)
    host = values.get(HOST_VARIABLE, "")
    if PROBE_VARIABLE in values:
        return "speech probe"
    if host:
        return f"{host.split(':')[0]} host"
    return "other"


SO_VERSION = re.compile(r"\.so(\.\d+)*$")


def group_of(path: str) -> str:
    """The breakdown's group for one mapping's pathname."""
    if not path:
        return "anonymous"
    if path.startswith("["):
        return path if path in ("[heap]", "[stack]") else "[vdso, vvar...]"
    if path.startswith(("/memfd:", "/dev/shm", "/SYSV")) or "(deleted)" in path:
        return "shared memory (memfd, shm)"
    name = Path(path).name
    if re.search(r"\.(ttf|otf|ttc|pfb|pcf(\.gz)?)$", name, re.I) or "/fonts/" in path:
        return "fonts"
    if name.startswith("icudt") or name.startswith("libicudata"):
        return "ICU data"
    if name.startswith(("libicuuc", "libicui18n")):
        return "ICU code"
    if name.startswith(("libav", "libsw")) or "ffmpeg" in name:
        return "FFmpeg (libav*, libsw*, plugin)"
    if name.startswith("libpython"):
        return "libpython"
    if name == "locale-archive":
        return "locale-archive"
    if "/PySide6/" in path and name.endswith(".abi3.so"):
        return "PySide6 bindings (Qt*.abi3.so)"
    if name.startswith(("libpyside6", "libshiboken6")):
        return "libpyside6, libshiboken6"
    if ".cpython-" in name or "/lib-dynload/" in path or name.endswith(".abi3.so"):
        return "Python extension modules"
    if "/plugins/" in path:
        return f"Qt plugin {SO_VERSION.sub('', name)}"
    if name.startswith("libQt6"):
        return SO_VERSION.sub("", name)
    if re.match(r"python3(\.\d+)?$", name):
        return "python executable"
    if ".so" in name:
        return SO_VERSION.sub("", name)
    if name.endswith(".pyc") or name.endswith(".py"):
        return "Python source, bytecode"
    if "/_internal/" in path and name.endswith(".zip"):
        return "bundle archive"
    return name


def breakdown(pid: int) -> dict[str, tuple[float, float]]:
    """Resident and proportional MiB per group of mapped files."""
    rss: dict[str, int] = defaultdict(int)
    pss: dict[str, int] = defaultdict(int)
    current = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and not head[0].endswith(":"):
            current = group_of(head[5].strip() if len(head) > 5 else "")
        elif line.startswith("Rss:"):
            rss[current] += int(line.split()[1])
        elif line.startswith("Pss:"):
            pss[current] += int(line.split()[1])
    return {name: (rss[name] / KIB_PER_MIB, pss[name] / KIB_PER_MIB) for name in rss}


def read_family(root: int, with_groups: bool) -> list[Process]:
    found = []
    for pid in family(root):
        try:
            role = role_of(pid, root)
            fields = rollup(pid)
            process = Process(role, pid, peak_rss_mib(pid), fields.get("Rss", 0) / KIB_PER_MIB,
                              fields.get("Pss", 0) / KIB_PER_MIB)
            if with_groups and role in ("window", "sound host", "voice host"):
                process.groups = breakdown(pid)
        except OSError:
            continue  # ended between the listing and the reading
        found.append(process)
    return found


# -- running ---------------------------------------------------------------------------------

@contextmanager
def audio_servers(env: dict[str, str], scratch: Path) -> Iterator[tuple[dict[str, str], object]]:
    """A private PulseAudio (null sink) and speech-dispatcher where installed; the environment
    that points processes at them, and the Pulse server (or None)."""
    with ExitStack() as stack:
        server = None
        if shutil.which("pulseaudio") and shutil.which("pactl"):
            sys.path.insert(0, str(ROOT))
            from tests.audio.pulse import PulseServer

            server = PulseServer(scratch / "pulse")
            server.start()
            stack.callback(server.stop)
            env = {**env, **{key: server.env[key] for key in (
                "PULSE_SERVER", "PULSE_SINK", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "HOME")}}
            if shutil.which("speech-dispatcher") and shutil.which("espeak-ng"):
                from tests.audio.speechd import SpeechDispatcher

                speech = SpeechDispatcher(server)
                speech.start()
                stack.callback(speech.stop)
                env["SPEECHD_ADDRESS"] = speech.env["SPEECHD_ADDRESS"]
            else:
                print("note: no speech-dispatcher: the voice host speaks nothing",
                      file=sys.stderr)
        else:
            print("note: no pulseaudio: the sound host has no server to play into",
                  file=sys.stderr)
        yield env, server


def one_run(command: list[str], env: dict[str, str], workdir: Path, seconds: float,
            server: object, with_groups: bool, home: str) -> Run:
    process, report = start_app(command, env, workdir, home=home)
    try:
        wait_for_file(report, process)
        time.sleep(seconds)
        if process.poll() is not None:
            print(f"note: {command[-1]} ended during the run", file=sys.stderr)
        processes = read_family(process.pid, with_groups)
        sink_inputs = None
        if server is not None:
            listing = server.pactl("list", "short", "sink-inputs")  # type: ignore[attr-defined]
            sink_inputs = len(listing.splitlines())
    finally:
        process.terminate()
        process.wait(timeout=30)
    return Run(processes, sink_inputs)


# -- printing --------------------------------------------------------------------------------

def median_of(runs: list[Run], value: object) -> float | None:
    values = [v for v in (value(run) for run in runs) if v is not None]  # type: ignore[operator]
    return statistics.median(values) if values else None


def print_table(name: str, runs: list[Run], base: float) -> None:
    roles = ["window", "sound host", "voice host"]
    print(f"  {name}:")
    for role in roles:
        hwm = [p.hwm_mib for run in runs if (p := run.by_role(role))]
        pss = [p.pss_mib for run in runs if (p := run.by_role(role))]
        if not hwm:
            continue
        ratio = f"  ratio to baseline {statistics.median(hwm) / base:5.2f}" if role == "window" \
            else ""
        print(f"    {role:<12} VmHWM median {statistics.median(hwm):6.1f}  max {max(hwm):6.1f}"
              f"   Pss median {statistics.median(pss):6.1f}{ratio}")
    others = sorted({p.role for run in runs for p in run.processes} - set(roles))
    for role in others:
        print(f"    ({role}: {sum(1 for run in runs for p in run.processes if p.role == role)}"
              " seen at the moment of measuring)")
    if len(runs[0].processes) > 1:
        hwm_sum = statistics.median(run.hwm_sum for run in runs)
        pss_sum = statistics.median(run.pss_sum for run in runs)
        print(f"    {'all':<12} VmHWM sum    {hwm_sum:6.1f}  (ratio to baseline "
              f"{hwm_sum / base:4.2f})   Pss sum    {pss_sum:6.1f}")
    inputs = [run.sink_inputs for run in runs if run.sink_inputs is not None]
    if inputs and len(runs[0].processes) > 1:
        print(f"    streams into the null sink when measured: {inputs}")


def print_breakdown(title: str, ours: dict[str, tuple[float, float]],
                    base: dict[str, tuple[float, float]] | None, top: int) -> None:
    names = sorted(ours, key=lambda n: ours[n][0], reverse=True)
    shown = names[:top]
    if base is not None:  # and the largest growths over the baseline, if not shown already
        growth = sorted(ours, key=lambda n: ours[n][0] - base.get(n, (0.0, 0.0))[0],
                        reverse=True)
        shown += [n for n in growth[:5] if n not in shown and
                  ours[n][0] - base.get(n, (0.0, 0.0))[0] >= 0.5]
    print(f"  {title} (Rss now, MiB; smaps grouped by mapped file):")
    header = f"    {'mapping':<36} {'Rss':>7} {'Pss':>7}"
    if base is not None:
        header += f" {'minimal':>8} {'diff':>7}"
    print(header)

    def row(name: str, rss: float, pss: float, base_rss: float | None) -> None:
        line = f"    {name[:36]:<36} {rss:7.1f} {pss:7.1f}"
        if base_rss is not None:
            line += f" {base_rss:8.1f} {rss - base_rss:+7.1f}"
        print(line)

    for name in shown:
        row(name, *ours[name], base.get(name, (0.0, 0.0))[0] if base is not None else None)
    rest = [n for n in ours if n not in shown]
    base_rest = None
    if base is not None:
        base_rest = sum(v[0] for n, v in base.items() if n not in shown)
    row(f"other ({len(rest)} groups)", sum(ours[n][0] for n in rest),
        sum(ours[n][1] for n in rest), base_rest)
    row("total", sum(v[0] for v in ours.values()), sum(v[1] for v in ours.values()),
        sum(v[0] for v in base.values()) if base is not None else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--bundle", type=Path, help="a built bundle folder (dist/leg-timer)")
    parser.add_argument("--top", type=int, default=12, help="groups shown per breakdown")
    args = parser.parse_args()
    commands = {
        BASELINE: [sys.executable, str(ROOT / "bench" / "minimal_window.py")],
        "leg-timer (source)": [sys.executable, "-m", "leg_timer", "run", "mini-band-circuit"],
    }
    if args.bundle is not None:
        program = args.bundle / "leg-timer"
        if program.exists():
            commands["leg-timer (bundle)"] = [str(program.resolve()), "run", "mini-band-circuit"]
        else:
            print(f"note: no {program}; the bundle is not measured", file=sys.stderr)
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    with (display() as env, tempfile.TemporaryDirectory() as scratch,
          audio_servers(env, Path(scratch)) as (audio_env, server)):
        homes = own_homes(commands)
        for name, command in commands.items():  # a start each: its built-ins' cache written
            one_run(command, audio_env, Path(scratch), seconds=0, server=server,
                    with_groups=False, home=homes[name])
        for number in range(args.runs):
            for name, command in commands.items():
                runs[name].append(one_run(command, audio_env, Path(scratch), args.seconds,
                                          server, with_groups=number == args.runs - 1,
                                          home=homes[name]))
    load = os.getloadavg()
    print(f"memory {args.seconds:g} s after the first paint, MiB ({env.get('QT_QPA_PLATFORM')};"
          f" runs {args.runs}; load average at the end {load[0]:.2f} {load[1]:.2f}):")
    base = statistics.median(run.processes[0].hwm_mib for run in runs[BASELINE])
    for name in commands:
        print_table(name, runs[name], base)
    print("  goal: the window's VmHWM at most 1.30x the minimal window's")
    baseline_groups = runs[BASELINE][-1].by_role("window")
    for name in commands:
        if name == BASELINE:
            continue
        last = runs[name][-1]
        for role in ("window", "sound host"):
            process = last.by_role(role)
            if process is None or not process.groups:
                continue
            print_breakdown(f"{name}, {role}", process.groups,
                            baseline_groups.groups if role == "window" and baseline_groups
                            else None, args.top)


if __name__ == "__main__":
    main()
