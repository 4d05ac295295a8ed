"""``relu-opt library validate``: read the exported models with independent readers, solve them,
and check each solver's point with the exact checker against the library's stated value.

Readers (each skipped, and said so, when not installed): SCIP through PySCIPOpt (``.lp``,
``.mps``, ``.osil``, ``.nl``), Gurobi through gurobipy (``.lp``, ``.mps``; the pip licence's size
limit is reported as such), HiGHS through highspy (``.lp``, ``.mps``; only models without
quadratic rows, whose objective is linear or convex), GAMS (the system gamspy installs, with its
SCIP; ``.gms``). Per (model, reader): parses / solver status / solver's objective / exact
objective and worst violation of its point / verdict:

* ``agrees``: the solver says optimal and its objective is the stated optimum (1e-6 relative to
  the value, or to 1e-4 of the zero network's objective for an exact fit: scale-free)
  or, for an open problem, between the stated bound and the best known value;
* ``tolerance``: the solver's "optimal" value is below the stated optimum by more than 1e-6 but
  less than 1e-4 relative — what its default tolerances let through; the point's violations
  (checked exactly) show where;
* ``below`` / ``above``: further off — a wrong optimum or a wrong stated value;
* ``stopped``: the time limit struck first (its incumbent is still checked);
* ``refused`` / ``error`` / ``crashed``: the reader or solver would not take the file, or died
  (each solve runs in a child process; the message is kept).
"""

from __future__ import annotations

import gzip
import math
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable

from ..backends.base import c_output_to
from ..bench.isolated import SolverCrashedError, run_isolated
from .checker import check_point, read_mps
from ..results import ZERO_LEVEL
from .metadata import bounds_of
from ..backends.highs_library import new_highs

THREADED = {"highs", "gurobi"}  # thread pools: their children are spawned, not forked (bench/isolated.py)
AGREEMENT = 1e-6  # relative, as relu-opt's own certificates
SOLVER_TOLERANCE = 1e-4  # relative: how far below a solver's default tolerances let an "optimum" slip


@dataclass
class Reading:
    model: str
    reader: str
    fmt: str
    parsed: bool
    status: str
    solver_objective: float | None
    checked_objective: float | None
    violation: float | None  # worst relative row / absolute bound / integrality / SOS1 violation
    seconds: float
    verdict: str
    message: str = ""
    nodes: int | None = None
    solver: str = ""


def readers() -> dict[str, tuple[tuple[str, ...], Callable[..., tuple[str, float | None, dict[str, str]]], str | None]]:
    """reader -> (formats, solve(path, time_limit), reason it is unavailable or None)."""
    return {
        "scip": (("lp", "mps", "osil", "nl"), scip_solve, _missing("pyscipopt")),
        "gurobi": (("lp", "mps"), gurobi_solve, _missing("gurobipy")),
        "highs": (("lp", "mps"), highs_solve, _missing("highspy")),
        "gams": (("gms",), gams_solve, None if _gams_executable() else "gamspy is not installed (pip install gamspy)"),
    }


def _missing(module: str) -> str | None:
    import importlib.util

    return None if importlib.util.find_spec(module) else f"{module} is not installed"


def validate(folder: Path, rows: list[dict[str, Any]], time_limit: float, chosen: list[str] | None = None,
             report: Callable[[Reading], None] | None = None, formats: list[str] | None = None) -> list[Reading]:
    results = []
    for row in rows:
        mps_files = [f for f in row["files"] if f.startswith("mps/")]
        if not mps_files:
            continue
        model = read_mps(folder / mps_files[0])
        for reader, (formats_read, _, unavailable) in readers().items():
            if chosen and reader not in chosen:
                continue
            for fmt in (f for f in formats_read if not formats or f in formats):
                files = [f for f in row["files"] if f.startswith(f"{fmt}/")]
                if not files:
                    continue
                if unavailable:
                    reading = Reading(row["model"], reader, fmt, False, "skipped", None, None, None, 0.0, "skipped", unavailable)
                elif reader == "highs" and not _highs_takes(row):
                    reading = Reading(row["model"], reader, fmt, False, "skipped", None, None, None, 0.0, "skipped",
                                      "HiGHS solves LP, MILP and convex QP only")
                else:
                    reading = _read_one(folder / files[0], row, model, reader, fmt, time_limit)
                results.append(reading)
                if report is not None:
                    report(reading)
    return results


def quietly(solve: Callable[..., Any], path: Path, time_limit: float):
    """``solve(path, time_limit)`` with what C libraries print (HiGHS 1.16's banner, readers'
    warnings) kept off stdout, which carries the validation table."""
    with c_output_to(Path(os.devnull)):
        return solve(path, time_limit)


def _highs_takes(row: dict[str, Any]) -> bool:
    discrete = row["nbinvars"] or row["nintvars"] or row["nsos1"]
    if row["nquadcons"] or row["objcurvature"] not in ("linear", "convex"):
        return False
    return not (discrete and row["objcurvature"] != "linear")


def run_reader(reader: str, path: Path, time_limit: float) -> tuple[str, float | None, dict[str, str], dict[str, Any]]:
    """Solve the model file ``path`` with ``reader`` (a key of :func:`readers`): (status, the
    solver's objective or None, the point {name: value text}, {"nodes", "solver"}). The file is
    read from a plain copy in a scratch folder (GAMS writes its listing beside it), in a child
    process: SCIP was seen to abort the process on large ETR models."""
    solve = readers()[reader][1]
    with tempfile.TemporaryDirectory() as folder:
        return run_isolated(quietly, solve, _plain_copy(path, Path(folder)), time_limit,
                            isolation_timeout=3 * time_limit + 120,
                            start_method="spawn" if reader in THREADED else "fork")


def _read_one(path: Path, row: dict[str, Any], model, reader: str, fmt: str, time_limit: float) -> Reading:
    start = time.perf_counter()
    try:
        status, objective, values, info = run_reader(reader, path, time_limit)
    except Exception as exc:  # noqa: BLE001 - a reader's failure is the finding, kept as text
        message = " ".join(str(exc).split())[:200]
        verdict = ("refused" if "size-limited" in message or "license" in message.lower()
                   else "crashed" if isinstance(exc, SolverCrashedError) else "error")
        return Reading(row["model"], reader, fmt, False, verdict, None, None, None,
                       time.perf_counter() - start, verdict, message)
    seconds = time.perf_counter() - start
    checked = violation = None
    if values:
        check = check_point(model, values)
        checked = float(check.objective)
        violation = check.worst_relative if not check.missing else math.inf
    return Reading(row["model"], reader, fmt, True, status, objective, checked, violation, seconds,
                   _verdict(row, status, objective), nodes=info.get("nodes"), solver=info.get("solver", reader))


def _verdict(row: dict[str, Any], status: str, objective: float | None) -> str:
    known, primal, dual, _ = bounds_of(row)
    if objective is None:
        return "no solution"
    if status != "optimal":
        return "stopped"
    # scale-free, as relu-opt's certificates: relative to the value, or to 1e-4 of the reference
    # objective (the best constant network's) for a value near 0 (an exact fit); manifests
    # written before it was named so hold the zero network's objective as "trivial"
    scale = max(abs(primal or 0.0), ZERO_LEVEL * row.get("reference", row.get("trivial", 0.0))) or 1.0
    if known == "optimal" and primal is not None:
        if abs(objective - primal) <= AGREEMENT * scale:
            return "agrees"
        if primal - SOLVER_TOLERANCE * scale <= objective < primal:
            return "tolerance"
        return "below" if objective < primal else "above"
    if primal is not None and objective > primal + AGREEMENT * scale:
        return "above"  # "optimal" worse than a known point: a wrong optimum
    if dual is not None and objective < dual - AGREEMENT * scale:
        return "tolerance" if objective >= dual - SOLVER_TOLERANCE * scale else "below"
    return "agrees"


def _plain_copy(path: Path, folder: Path) -> Path:
    """Readers take plain files (SCIP's NL reader takes no gzip); the .col file goes along."""
    name = path.name[:-3] if path.name.endswith(".gz") else path.name
    target = folder / name
    if path.name.endswith(".gz"):
        with gzip.open(path, "rb") as packed, open(target, "wb") as plain:
            shutil.copyfileobj(packed, plain)
    else:
        shutil.copyfile(path, target)
    if target.suffix == ".nl":
        columns = path.parent / (target.stem + ".col")
        if columns.is_file():
            shutil.copyfile(columns, folder / columns.name)
    return target


def scip_solve(path: Path, time_limit: float):
    import pyscipopt

    model = pyscipopt.Model()
    model.hideOutput()
    model.readProblem(str(path))
    model.setParam("limits/time", time_limit)
    model.optimize()
    status = model.getStatus()
    info = {"nodes": model.getNNodes(), "solver": f"SCIP {model.version()}"}
    if not model.getNSols():
        return status, None, {}, info
    best = model.getBestSol()
    names = [v.name for v in model.getVars()]
    values = {n: repr(model.getSolVal(best, v)) for n, v in zip(names, model.getVars())}
    if path.suffix == ".nl":  # NL has no names: SCIP's follow the column order of the .col file
        values = _by_column_file(path, [repr(model.getSolVal(best, v)) for v in model.getVars()], names)
    return ("optimal" if status == "optimal" else status), model.getObjVal(), values, info


def _by_column_file(path: Path, values: list[str], names: list[str]) -> dict[str, str]:
    columns = path.with_suffix(".col")
    if not columns.is_file():
        return dict(zip(names, values))
    order = columns.read_text().split()
    if set(order) & set(names):  # SCIP took the .col names (its own order; extra "nlobjvar")
        return dict(zip(names, values))
    return dict(zip(order, values))  # names like x0, x1, ...: the NL column order


def gurobi_solve(path: Path, time_limit: float):
    import gurobipy as gp

    with gp.Env(params={"OutputFlag": 0}) as env:
        model = gp.read(str(path), env)
        model.Params.TimeLimit = time_limit
        model.Params.NonConvex = 2
        model.optimize()
        status = {gp.GRB.OPTIMAL: "optimal", gp.GRB.TIME_LIMIT: "timelimit"}.get(model.Status, f"status {model.Status}")
        info = {"nodes": int(model.NodeCount), "solver": "Gurobi " + ".".join(map(str, gp.gurobi.version()))}
        if not model.SolCount:
            return status, None, {}, info
        return status, model.ObjVal, {v.VarName: repr(v.X) for v in model.getVars()}, info


def highs_solve(path: Path, time_limit: float):
    import highspy

    highs = new_highs(highspy)
    highs.silent()
    if highs.readModel(str(path)) != highspy.HighsStatus.kOk:
        raise ValueError("HiGHS could not read the file")
    highs.setOptionValue("time_limit", float(time_limit))
    highs.run()
    status = highs.modelStatusToString(highs.getModelStatus()).lower()
    status = "optimal" if status == "optimal" else status
    solution = highs.getSolution()
    info = {"nodes": int(highs.getInfo().mip_node_count), "solver": f"HiGHS {highs.version()}"}
    if not solution.value_valid:
        return status, None, {}, info
    names = highs.getLp().col_names_
    return status, highs.getInfo().objective_function_value, {n: repr(v) for n, v in zip(names, solution.col_value)}, info


def _gams_executable() -> Path | None:
    try:
        import gamspy_base
    except ImportError:
        return None
    path = Path(gamspy_base.directory) / "gams"
    return path if path.is_file() else None


def gams_solve(path: Path, time_limit: float):
    """Run the .gms with GAMS/SCIP; a ``put`` block appended to a copy writes the point."""
    text = path.read_text()
    names = _gams_variables(text)
    solution = path.with_suffix(".point")
    listing = path.with_suffix(".lst")
    put = [f"file point / '{solution}' /;", "point.nr = 2; point.nd = 15; point.nw = 24; put point;",
           "put '=obj= ' objvar.l /;"] + [f"put '{n} ' {n}.l /;" for n in names] + ["putclose point;"]
    path.write_text(text + "\n" + "\n".join(put) + "\n")
    executable = _gams_executable()
    completed = subprocess.run(
        [str(executable), str(path), "lo=0", f"o={listing}", "solver=scip", f"reslim={time_limit:g}", "optcr=0",
         f"curdir={path.parent}"],
        capture_output=True, text=True, timeout=time_limit * 3 + 60,
    )
    lst = listing.read_text(errors="replace") if listing.is_file() else ""
    if completed.returncode != 0 and "MODEL STATUS" not in lst:
        errors = [line for line in lst.splitlines() if "****" in line][:3]
        raise RuntimeError(f"GAMS exit {completed.returncode}: {' '.join(errors) or completed.stdout[-200:]}")
    status_line = next((line for line in lst.splitlines() if "MODEL STATUS" in line), "")
    status = "optimal" if " 1 Optimal" in status_line else " ".join(status_line.split()[3:]).lower() or "unknown"
    info = {"solver": "GAMS/SCIP"}
    if not solution.is_file():
        return status, None, {}, info
    values = {}
    objective = None
    for line in solution.read_text().splitlines():
        fields = line.split()
        if len(fields) == 2:
            if fields[0] == "=obj=":
                objective = float(fields[1])
            else:
                values[fields[0]] = fields[1]
    if "Optimal" not in status_line and "Feasible" not in status_line and "Integer" not in status_line:
        return status, None, {}, info
    return status, objective, values, info


def _gams_variables(text: str) -> list[str]:
    """The model's variables (objvar and GAMS-only sosvar aside) from the declarations."""
    names, declaring = [], False
    for line in text.splitlines():
        stripped = line.strip()
        if stripped in ("Variables", "Binary Variables", "Integer Variables"):
            declaring = True
            continue
        if declaring:
            names += [n.strip() for n in stripped.rstrip(",;").split(",") if n.strip()]
            if stripped.endswith(";"):
                declaring = False
    return [n for n in names if n != "objvar"]


def readings_table(readings: list[Reading]) -> str:
    """A markdown matrix: model x (reader, format) -> verdict."""
    columns = sorted({(r.reader, r.fmt) for r in readings})
    models = list(dict.fromkeys(r.model for r in readings))
    cell = {(r.model, r.reader, r.fmt): r for r in readings}
    lines = ["| model | " + " | ".join(f"{reader} {fmt}" for reader, fmt in columns) + " |",
             "|---|" + "---|" * len(columns)]
    for model in models:
        entries = []
        for reader, fmt in columns:
            r = cell.get((model, reader, fmt))
            if r is None:
                entries.append("")
            elif r.solver_objective is None:
                entries.append(r.verdict)
            else:
                entries.append(f"{r.verdict} {r.solver_objective:.6g}" + (f" (viol {r.violation:.0e})" if r.violation and r.violation > 1e-9 else ""))
        lines.append(f"| {model} | " + " | ".join(entries) + " |")
    return "\n".join(lines) + "\n"


def as_dicts(readings: list[Reading]) -> list[dict[str, Any]]:
    return [asdict(r) for r in readings]


TIER_LIMITS = ((1.0, "trivial"), (10.0, "easy"), (120.0, "medium"))  # seconds, as the library's tiers


def tier_of(seconds: float) -> str:
    """The tier of a problem (or model) certified in ``seconds``: beyond the last limit, hard."""
    return next((tier for limit, tier in TIER_LIMITS if seconds < limit), "hard")


def file_tier(reading: Reading) -> str:
    """The tier of one exported model, measured by solving its file: time to a proven optimum
    that does not contradict the stated value; "open" if not proven within the time limit."""
    if reading.verdict in ("below", "above") or reading.status != "optimal":
        return "open"
    return tier_of(reading.seconds)


def record_measurements(rows: list[dict[str, Any]], readings: list[Reading]) -> int:
    """Store each model's measurement (tier per exported formulation) in its manifest row."""
    by_model = {r.model: r for r in readings}
    recorded = 0
    for row in rows:
        reading = by_model.get(row["model"])
        if reading is None:
            continue
        row["file_measurement"] = {
            "reader": f"{reading.reader} {reading.fmt}", "solver": reading.solver, "status": reading.status,
            "verdict": reading.verdict, "objective": reading.solver_objective, "seconds": round(reading.seconds, 2),
            "nodes": reading.nodes, "date": time.strftime("%Y-%m-%d"),
        }
        row["file_tier"] = file_tier(reading)
        recorded += 1
    return recorded
