"""The instance library: ``instances/index.json`` and the datasets it lists.

Each entry is a dataset (file, content hash, size, provenance, tags) with one or more suggested
*problems* (architecture, domain, loss) and, per problem, a tier and what is known of its optimum
and how it is known:

* ``closed form``: mathematics stated in the entry (e.g. 38/7, an exact teacher fit, Eckart-Young);
* ``two methods agree``: two independent routes certified overlapping intervals (named);
* ``bounds``: the best known value and a proven lower bound, with the solver and time that gave them.

Tiers (measured with the strong formulation on SCIP, 2 cores): trivial (< 1 s), easy (< 10 s),
medium (< 120 s), hard (not certified in 120 s, gap closing), open (no useful bound yet).
"""

from __future__ import annotations

import json
import os
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..files import atomic_write_text

INSTANCES_VARIABLE = "RELU_OPT_INSTANCES"
INSTALLED = Path("share") / "relu-opt" / "instances"  # where the wheel puts the library (pyproject)


def instances_root(checkout: Path | None = None, prefixes: list[str] | None = None) -> Path:
    """The instance library's folder, in this order: the folder named by the environment
    variable RELU_OPT_INSTANCES; ``instances/`` of the source checkout this package runs from
    (an editable install, or a clone on the path); the copy a wheel installs under
    ``<prefix>/share/relu-opt/instances`` (``prefixes``: the interpreter's data paths)."""
    chosen = os.environ.get(INSTANCES_VARIABLE)
    if chosen:
        return Path(chosen).expanduser().resolve()
    checkout = checkout or Path(__file__).resolve().parents[2] / "instances"
    if (checkout / "index.json").is_file():
        return checkout
    if prefixes is None:
        prefixes = [sysconfig.get_path("data"), sysconfig.get_path("data", "posix_user")]
    for prefix in prefixes:
        installed = Path(prefix) / INSTALLED
        if (installed / "index.json").is_file():
            return installed
    return checkout  # absent: load_index says so, naming the variable


INSTANCES = instances_root()
ROOT = INSTANCES.parent
INDEX = INSTANCES / "index.json"
SOLUTIONS = INSTANCES / "solutions"  # the best known weights of every problem, as the build found them
TIERS = ("trivial", "easy", "medium", "hard", "open")


@dataclass(frozen=True)
class Entry:
    name: str
    file: Path
    data: dict[str, Any]

    @property
    def tags(self) -> list[str]:
        return list(self.data.get("tags", []))

    @property
    def problems(self) -> list[dict[str, Any]]:
        return list(self.data.get("problems", []))

    @property
    def tiers(self) -> set[str]:
        return {p.get("tier", "open") for p in self.problems}


def load_index(path: Path = INDEX) -> list[Entry]:
    if not path.is_file():
        raise InputError(
            f"no instance library index at {path} (set {INSTANCES_VARIABLE} to the instances/ folder "
            "of a relu-opt checkout)"
        )
    document = json.loads(path.read_text())
    return [Entry(e["name"], path.parent / e["file"], e) for e in document["instances"]]


def find(name: str, path: Path = INDEX) -> Entry:
    for entry in load_index(path):
        if entry.name == name:
            return entry
    raise InputError(f"no instance named {name!r} in the library (relu-opt library list)")


def select(entries: list[Entry], tags: list[str] | None = None, tier: str | None = None) -> list[Entry]:
    """Entries with every tag in ``tags`` and, if given, a problem of ``tier``."""
    if tier is not None and tier not in TIERS:
        raise InputError(f"unknown tier {tier!r}; choose from {', '.join(TIERS)}")
    chosen = []
    for entry in entries:
        if tags and not set(tags) <= set(entry.tags):
            continue
        if tier is not None and tier not in entry.tiers:
            continue
        chosen.append(entry)
    return chosen


def solution_path(name: str, number: int, root: Path | None = None) -> Path:
    """Where the build keeps the best known weights of problem ``number`` of dataset ``name``."""
    return (root or SOLUTIONS) / f"{name}-p{number}.json"


def store_solution(name: str, number: int, spec: dict[str, Any], objective: float, layers: list[dict[str, Any]]) -> None:
    """Keep ``layers`` (``Weights.to_lists()``) as the best known point of a problem."""
    path = solution_path(name, number)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"problem": spec, "objective": objective, "layers": layers}, indent=1) + "\n"
    atomic_write_text(path, text)


def stored_solution(name: str, number: int, root: Path | None = None) -> dict[str, Any] | None:
    """The stored best point of a problem ({"problem", "objective", "layers"}), if any."""
    path = solution_path(name, number, root)
    return json.loads(path.read_text()) if path.is_file() else None


def problem_arguments(problem: dict[str, Any]) -> dict[str, Any]:
    """The keyword arguments of :func:`relu_opt.api.define_problem` for a library problem."""
    keys = ("hidden_bias", "output_bias", "bound", "weight_decay", "loss")
    return {"hidden": list(problem["hidden"]), **{k: problem[k] for k in keys if k in problem}}


def describe_known(known: dict[str, Any] | None) -> str:
    if not known:
        return "unknown"
    if known.get("status") == "optimal":
        exact = f" (= {known['exact']})" if known.get("exact") else ""
        return f"optimum {known['value']:.10g}{exact}, by {known['how']}"
    return (
        f"best known {float(known.get('best', 'nan')):.6g}, lower bound {float(known.get('lower', 'nan')):.6g} "
        f"({known.get('how', '')})"
    )


def problem_flags(spec: dict[str, Any]) -> list[str]:
    """The ``relu-opt solve`` flags of a library problem's spec."""
    flags = ["--hidden", ",".join(str(w) for w in spec["hidden"]) or "none"]
    if spec.get("bound") is not None:
        flags += ["--bound", f"{spec['bound']:g}"]
    if spec.get("weight_decay") is not None:
        flags += ["--weight-decay", f"{spec['weight_decay']:g}"]
    if spec.get("hidden_bias") is False and spec.get("output_bias") is False:
        flags.append("--no-bias")
    elif spec.get("hidden_bias") is False:
        flags.append("--no-hidden-bias")
    elif spec.get("output_bias") is False:
        flags.append("--no-output-bias")
    if spec.get("loss", "squared") != "squared":
        flags += ["--loss", spec["loss"]]
    return flags


def problem_command(entry: Entry, number: int = 1) -> str:
    """The command that solves problem ``number`` of ``entry`` from the data file."""
    spec = entry.problems[number - 1]["spec"]
    relative = f"instances/{entry.data['file']}"
    return " ".join(["relu-opt", "solve", relative, *problem_flags(spec)])
