"""Better incumbents for the library's open problems from its own exported models.

    python -m relu_opt.library.improve [--folder models] [--time-limit 20]

A short SCIP run on an exported *plain* model sometimes finds a better network than the strong
formulation's 120 s run (issue 14: 0.09752 vs 0.12295 on teacher-N16-n2-m2x2). For every problem
whose optimum is not known, each of its models is solved from its MPS file (in a child process:
SCIP aborts on some large ETR models), the solver's point is read back as a network, and its
loss is recomputed by numpy. A network better than the stored best replaces it: its weights go to
``instances/solutions`` and its loss to the index's ``best`` (with how it was found). Re-export
afterwards so that the solution files follow.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..files import atomic_write_text
from ..network import Weights
from .check import network_of_point
from .index import INDEX, store_solution
from .validate import run_reader



SOLVERS = {"scip": "mps", "gams": "gms"}  # reader -> the format it solves (GAMS/SCIP: the best runs)


def improve(folder: Path, time_limit: float, solvers: tuple[str, ...] = ("scip",), instances: list[str] | None = None,
            stream=sys.stderr) -> list[dict[str, Any]]:
    rows = json.loads((folder / "manifest.json").read_text())["models"]
    if instances:
        rows = [r for r in rows if r["instance"] in instances]
    document = json.loads(INDEX.read_text())
    entries = {e["name"]: e for e in document["instances"]}
    changes = []
    for row in rows:
        problem = entries[row["instance"]]["problems"][row["problem_number"] - 1]
        for solver in solvers:
            change = _try_model(folder, row, problem, solver, time_limit, stream)
            if change is not None:
                changes.append(change)
                atomic_write_text(INDEX, json.dumps(document, indent=1) + "\n")  # after every improvement
    return changes


def _try_model(folder: Path, row: dict[str, Any], problem: dict[str, Any], solver: str, time_limit: float, stream):
    known = problem.get("known") or {}
    fmt = SOLVERS[solver]
    model_file = next((f for f in row["files"] if f.startswith(f"{fmt}/")), None)
    if known.get("status") != "bounds" or model_file is None or model_file.endswith(".gz"):
        return None
    try:
        status, objective, values, info = run_reader(solver, folder / model_file, time_limit)
    except Exception as exc:  # noqa: BLE001 - a failed run only finds nothing
        print(f"improve: {row['model']} ({solver}): {exc}", file=stream, flush=True)
        return None
    network, value, note = network_of_point(row["model"], values) if values else (None, None, "no point")
    best = float(known.get("best", "inf"))
    print(f"improve: {row['model']} ({solver}): {status}, network objective "
          f"{value if value is not None else note} (best {best:.10g})", file=stream, flush=True)
    if network is None or value is None or not value < best:
        return None
    how = f"{info.get('solver', solver)} on the exported {row['formulation']}-{row['encoding']} model, {time_limit:g} s"
    _store(row["instance"], row["problem_number"], problem, network, value, how)
    return {"model": row["model"], "old": best, "new": value, "how": how}


def _store(name: str, number: int, problem: dict[str, Any], network: Weights, value: float, how: str) -> None:
    known = problem["known"]
    known["best"] = value
    lower_how = known.get("how", "").split("lower bound from")[-1].strip()
    known["how"] = f"best from {how}; lower bound from {lower_how}" if lower_how else f"best from {how}"
    store_solution(name, number, problem["spec"], value, network.to_lists())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folder", default="models", help="the exported library (with manifest.json)")
    parser.add_argument("--time-limit", type=float, default=20.0, help="seconds per model")
    parser.add_argument("--solver", action="append", choices=sorted(SOLVERS), help="repeatable (default: scip)")
    parser.add_argument("--instance", action="append", help="only these datasets; repeatable")
    args = parser.parse_args(argv)
    if not args.time_limit > 0:
        parser.error(f"--time-limit must be positive, got {args.time_limit:g}")
    if not (Path(args.folder) / "manifest.json").is_file():
        parser.error(f"no manifest.json in {args.folder} (relu-opt library export --out {args.folder})")
    for change in improve(Path(args.folder), args.time_limit, tuple(args.solver or ["scip"]), args.instance):
        print(f"{change['model']}: {change['old']:.10g} -> {change['new']:.10g} ({change['how']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
