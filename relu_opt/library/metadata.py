"""MINLPLib-style metadata of the exported models: ``instancedata.csv`` and a ``.solu`` file.

``instancedata.csv`` (``;``-separated) has MINLPLib's columns where they apply (counts as the
files state the model: one-sided rows, SOS1 sets not counted as rows, no objective variable)
and relu-opt's: the known status, how it is known, the tolerance of the stated values, the
problem's tier (strong formulation, in memory) and the model's own tier ``filetier``, measured by
solving the exported file (``relu-opt library validate --record``; solver, seconds, nodes). ``relu-opt.solu`` has MINLPLib's lines:

    =opt=      <model>  <value>   optimum known (closed form, or two independent routes agree)
    =best=     <model>  <value>   best known objective (the loss of a stored, re-checked point)
    =bestdual= <model>  <value>   best proven lower bound

Tolerance: an ``=opt=`` value is the exact loss of the stored point and the optimum lies within
the certified gap of it (relative 1e-6 in relu-opt's scale-free sense: of max(value, 1e-4 x the
zero network's loss)); closed forms are exact ("0").
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Any

from ..files import atomic_write_text
from ..results import OPTIMALITY_GAP

COLUMNS = [
    "name", "probtype", "nvars", "nbinvars", "nintvars", "nboundedvars", "nsingleboundedvars", "nnlvars",
    "nnlbinvars", "nnlintvars", "nsos1", "nsos2", "objsense", "objtype", "objcurvature", "nobjnz", "nobjnlnz",
    "ncons", "nlincons", "nquadcons", "conscurvature", "njacobiannz", "njacobiannlnz", "convex",
    "primalbound", "dualbound",
    # relu-opt's columns
    "status", "tolerance", "howknown", "gamstype", "tier", "filetier", "fileverdict", "filesolver", "fileseconds", "filenodes",
    "instance", "problem", "formulation", "encoding",
]


def bounds_of(row: dict[str, Any]) -> tuple[str, float | None, float | None, str]:
    """(status, primal bound, dual bound, tolerance) of a model from its problem's known value."""
    known = row.get("known") or {}
    status = known.get("status", "unknown")
    measured = row.get("measured") or {}
    interval = measured.get("interval") or [None, None]
    if status == "optimal":
        value = float(known["value"])
        exact = known.get("exact")
        tolerance = "0 (closed form)" if exact is not None else f"relative {OPTIMALITY_GAP:g} (scale-free)"
        if exact is not None:  # a closed form: the value is the optimum
            return status, value, value, tolerance
        lower = _number(interval[0])
        return status, value, value if lower is None else min(lower, value), tolerance
    if status == "certified":
        return status, float(known["value"]), _number(known.get("lower")), f"relative {OPTIMALITY_GAP:g} (one route)"
    if status == "bounds":
        lower = _number(known.get("lower"))
        return status, _number(known.get("best")), lower if lower and lower > 0 else None, "open"
    return status, None, None, ""


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def write_instancedata(rows: list[dict[str, Any]], path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        status, primal, dual, tolerance = bounds_of(row)
        values = {
            **row, "name": row["model"], "objsense": "min",
            "objtype": "quadratic" if row["nobjnlnz"] else "linear",
            "primalbound": "" if primal is None else repr(primal), "dualbound": "" if dual is None else repr(dual),
            "status": status, "tolerance": tolerance, "howknown": (row.get("known") or {}).get("how", ""),
            "gamstype": row["gams_type"], "problem": row["problem_number"],
            "filetier": row.get("file_tier", ""),
            **{f"file{k}": (row.get("file_measurement") or {}).get(k, "") for k in ("verdict", "solver", "seconds", "nodes")},
        }
        writer.writerow([_cell(values.get(c, "")) for c in COLUMNS])
    atomic_write_text(path, buffer.getvalue())


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value).replace(";", ",")


def write_solu(rows: list[dict[str, Any]], path: Path) -> None:
    lines = []
    for row in rows:
        status, primal, dual, _ = bounds_of(row)
        if status == "optimal" and primal is not None:
            lines.append(f"=opt=      {row['model']:60s} {primal!r}")
            continue
        if primal is not None:
            lines.append(f"=best=     {row['model']:60s} {primal!r}")
        if dual is not None:
            lines.append(f"=bestdual= {row['model']:60s} {dual!r}")
    atomic_write_text(path, "\n".join(lines) + "\n")
