"""The layer rule of leg_timer/, written down once, and a checker for it.

Imports only run downwards (higher layers use lower ones, never the reverse)::

    6  cli                                   the command line
    5  ui                                    views and pages, the app start
    4  audio | desktop                       siblings: neither imports the other
    3  present                               Qt-free text for people
    2  library, paths, resources, metadata,  where things are, launch requests, logs,
       launch, logs, routine_index, history  the workout history and practice advice
    1  core                                  routines, plans, sessions (Qt-free)

PySide6 (and shiboken6) may be imported from layer 4 up, except by the modules in
:data:`QT_FREE_ABOVE_PRESENT`. Every import counts: at the top, inside functions and under
``TYPE_CHECKING``. tests/test_layers.py applies this to leg_timer/ and shows that a deliberate
violation is caught; docs/architecture.md explains the why.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# (module or package, layer, group): the most specific entry wins.
LAYERS: tuple[tuple[str, int, str], ...] = (
    ("leg_timer.__main__", 6, "cli"),
    ("leg_timer.startup", 6, "cli"),  # the entry point: it runs the command line
    ("leg_timer.cli", 6, "cli"),
    ("leg_timer.ui", 5, "ui"),
    ("leg_timer.audio", 4, "audio"),
    ("leg_timer.desktop", 4, "desktop"),
    ("leg_timer.present", 3, "present"),
    ("leg_timer.library", 2, "base"),
    ("leg_timer.routine_index", 2, "base"),
    ("leg_timer.history", 2, "base"),
    ("leg_timer.authoring", 2, "base"),
    ("leg_timer.importers", 2, "base"),
    ("leg_timer.atomic_files", 2, "base"),
    ("leg_timer.background_writer", 2, "base"),
    ("leg_timer.paths", 2, "base"),
    ("leg_timer.resources", 2, "base"),
    ("leg_timer.metadata", 2, "base"),
    ("leg_timer.launch", 2, "base"),
    ("leg_timer.languages", 2, "base"),
    ("leg_timer.logs", 2, "base"),
    ("leg_timer.reminders", 2, "base"),
    ("leg_timer.core", 1, "core"),
    ("leg_timer", 0, "package"),  # the top package's __init__: imports nothing
)
QT_FROM_LAYER = 4
QT_PACKAGES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
# Modules in the Qt layers that are plain data or plain Python, and must stay so.
QT_FREE_ABOVE_PRESENT = frozenset({"leg_timer.audio.preferences", "leg_timer.desktop.clocks"})
MAX_MODULES_PER_FOLDER = 16


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str  # a leg_timer module, or the top-level name of another package
    line: int


def module_files(root: Path) -> dict[str, Path]:
    """Module name -> file, for every .py under ``root`` (the leg_timer package folder)."""
    modules = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def imports(root: Path) -> list[Import]:
    """Every import in the package, wherever it stands in a file."""
    modules = module_files(root)
    found = []
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                # `from pkg import mod` imports pkg.mod; `from mod import name` imports mod.
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            for target in targets:
                if target.split(".")[0] != root.name:
                    found.append(Import(name, target.split(".")[0], node.lineno))
                    continue
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name:
                    found.append(Import(name, target, node.lineno))
    return found


def layer_of(module: str) -> tuple[int, str]:
    for prefix, layer, group in LAYERS:
        if module == prefix or module.startswith(prefix + "."):
            return layer, group
    raise LookupError(f"{module} is in no layer: add it to LAYERS in tests/layers.py")


def violations(root: Path) -> list[str]:
    """Every import against the rule, as ``importer:line imports imported (why)``."""
    problems = []
    for each in imports(root):
        where = f"{each.importer}:{each.line} imports {each.imported}"
        layer, group = layer_of(each.importer)
        if each.imported in QT_PACKAGES:
            if layer < QT_FROM_LAYER or each.importer in QT_FREE_ABOVE_PRESENT:
                problems.append(f"{where} (Qt is for audio, desktop, ui and cli only)")
            continue
        if not each.imported.startswith(root.name):
            continue
        their_layer, their_group = layer_of(each.imported)
        if their_layer > layer:
            problems.append(f"{where} (layer {layer} may not import layer {their_layer})")
        elif their_layer == layer and their_group != group:
            problems.append(f"{where} ({group} and {their_group} are siblings)")
    return problems


def cycles(root: Path) -> list[list[str]]:
    """The import cycles between modules (strongly connected groups of two or more)."""
    graph: dict[str, set[str]] = {name: set() for name in module_files(root)}
    for each in imports(root):
        if each.imported in graph:
            graph[each.importer].add(each.imported)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's algorithm; the graph is small and shallow
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def crowded_folders(root: Path) -> dict[str, int]:
    """Folders holding more than MAX_MODULES_PER_FOLDER modules (``__init__`` not counted)."""
    counts: dict[str, int] = {}
    for path in root.rglob("*.py"):
        if path.name != "__init__.py":
            folder = str(path.parent.relative_to(root.parent))
            counts[folder] = counts.get(folder, 0) + 1
    return {folder: n for folder, n in counts.items() if n > MAX_MODULES_PER_FOLDER}
