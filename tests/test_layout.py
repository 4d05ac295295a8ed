"""The package's shape (issue 11): the flow is the folder, no cycles, no private borrowing."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "relu_opt"


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> list[tuple[str, str]]:
    """(module, imported name) for every relu_opt import anywhere in the file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "relu_opt":
                continue
            for alias in node.names:
                submodule = f"{target}.{alias.name}"
                found.append((submodule, "") if submodule in known else (target, alias.name))
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names if alias.name.split(".")[0] == "relu_opt"]
    return found


def test_no_module_imports_a_private_name_from_another():
    known = modules()
    offenders = [
        f"{name} imports {symbol} from {target}"
        for name, path in known.items()
        for target, symbol in imports(name, path, known)
        if symbol.startswith("_") and not symbol.startswith("__")
    ]
    assert offenders == []


def test_no_import_cycle():
    known = modules()
    graph = {name: {t for t, _ in imports(name, path, known) if t in known and t != name} for name, path in known.items()}
    sys.setrecursionlimit(10_000)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    assert cycles == []


def test_the_top_level_is_small_and_the_middle_is_a_folder():
    top = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert len(top) <= 10, top
    assert not (PACKAGE / "strategy.py").exists()
    for folder in ("solving", "reformulations", "encodings", "backends", "methods", "generators", "library", "bench", "cli"):
        assert (PACKAGE / folder / "__init__.py").is_file(), folder


def test_tests_mirror_the_package():
    tests = Path(__file__).resolve().parent
    for folder in (p for p in PACKAGE.iterdir() if (p / "__init__.py").is_file()):
        assert (tests / folder.name).is_dir(), f"tests/{folder.name}/ is missing"
    assert (tests / "integration").is_dir()
