"""Render library problems as benchmark models for other solvers, with a manifest.

Every problem of the instance library is written for each ReLU encoding in its plain form, and,
where sign normalization is exact, as the normalized big-M model (with sign binaries): the model
a solver can actually certify. Formats, all gzip-compressed:

* ``.gms``  GAMS (not for SOS1: Pyomo's GAMS writer has no SOS1);
* ``.nl``   AMPL (decompress first: SCIP's NL reader does not read gzip);
* ``.lp``   CPLEX LP (quadratic terms written ``x^2``, which SCIP's LP reader also accepts);
* ``.mps``  free MPS with QUADOBJ/QCMATRIX sections for quadratic terms; every variable gets a
  COLUMNS entry (Pyomo omits variables that appear only in quadratic terms, which Gurobi's reader
  rejects) and all SOS sets share one SOS section (Pyomo writes one per set, which SCIP's reader
  rejects).

The indicator encoding is a GDP disjunction, which no file format has: it is written after
Pyomo's ``gdp.bigm`` transformation (noted in the manifest). The manifest lists, per model, its
variables (continuous, binary), constraints by type, quadratic terms, objective type, and the
library's known optimum with how it is known; all encodings and both formulations of a problem
share that optimum (the objective is the training loss plus penalty).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import re
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyomo.environ as pyo

from ..api import define_problem
from ..backends.lowered import lower
from ..encodings import ENCODINGS
from ..errors import InputError
from ..files import atomic_write_text
from ..formulation import TrainingModel, TrainingProblem, build_model
from ..reformulations.sign_normalized import build_normalized_model, normalization_blocker
from .index import Entry, load_index, problem_arguments

FORMATS = ("gms", "nl", "lp", "mps")


def models_for(problem: TrainingProblem, encodings: list[str]) -> list[tuple[str, TrainingModel]]:
    """(label, model): the plain model per encoding, and the normalized big-M model if exact."""
    models = [(f"plain-{e}", build_model(replace(problem, encoding=e))) for e in encodings]
    if normalization_blocker(problem.architecture, problem.domain) is None:
        models.append(("normalized-bigm", build_normalized_model(replace(problem, encoding="bigm"))))
    return models


def write_model(model: pyo.ConcreteModel, path: Path, fmt: str) -> None:
    """Write ``model`` to ``path`` (``.gz`` added) in ``fmt``, gzip-compressed."""
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / f"model.{fmt}"
        model.write(str(plain), io_options={"symbolic_solver_labels": True})
        text = plain.read_bytes()
    if fmt == "lp":
        text = re.sub(rb" \^ 2", b"^2", text)  # "x^2": CPLEX syntax SCIP's LP reader also takes
    if fmt == "mps":
        text = _declare_all_columns(_one_sos_section(text))
    with gzip.open(path.with_name(path.name + ".gz"), "wb") as handle:
        handle.write(text)


def _one_sos_section(text: bytes) -> bytes:
    """Pyomo starts a new SOS section for every set; MPS has one section holding all sets."""
    lines, seen = [], False
    for line in text.split(b"\n"):
        if line.strip() == b"SOS":
            if seen:
                continue
            seen = True
        lines.append(line)
    return b"\n".join(lines)


def _declare_all_columns(text: bytes) -> bytes:
    """Give every variable a COLUMNS entry (a zero objective coefficient where it has none):
    Pyomo lists only variables with linear coefficients, so a weight that appears only in
    bilinear terms is unknown to Gurobi's MPS reader when QCMATRIX names it."""
    lines = text.split(b"\n")
    objective = next(l.split()[1] for l in lines if l.startswith(b" N "))
    section, declared, mentioned = b"", set(), []
    for line in lines:
        if line and not line.startswith((b" ", b"*")):
            section = line.split()[0]
            continue
        fields = line.split()
        if section == b"COLUMNS" and fields and fields[0] != b"MARKER" and b"'MARKER'" not in fields:
            declared.add(fields[0])
        elif section in (b"QUADOBJ", b"QMATRIX", b"QCMATRIX") and len(fields) >= 2:
            mentioned += fields[:2]
        elif section == b"BOUNDS" and len(fields) >= 3:
            mentioned.append(fields[2])
    missing = list(dict.fromkeys(name for name in mentioned if name not in declared))
    if not missing:
        return text
    at = lines.index(b"RHS")
    extra = [b"     " + name + b" " + objective + b" 0" for name in missing]
    return b"\n".join(lines[:at] + extra + lines[at:])


def writable_model(training: TrainingModel) -> tuple[pyo.ConcreteModel, str]:
    """The model as files can hold it (indicator disjunctions lowered by gdp.bigm), and a note."""
    if training.encoding != "indicator":
        return training.model, ""
    model = training.model.clone()
    pyo.TransformationFactory("gdp.bigm").apply_to(model)
    return model, "indicator encoding written after Pyomo's gdp.bigm (file formats have no disjunctions)"


def export_library(
    out: Path,
    names: list[str] | None = None,
    encodings: list[str] | None = None,
    formats: list[str] | None = None,
    tiers: list[str] | None = None,
) -> list[dict[str, Any]]:
    """Write models of the chosen library problems into ``out``; return the manifest rows."""
    encodings = encodings or list(ENCODINGS)
    formats = formats or list(FORMATS)
    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    entries = load_index()
    if names:
        unknown = set(names) - {e.name for e in entries}
        if unknown:
            raise InputError(f"no instance named {sorted(unknown)[0]!r} in the library")
        entries = [e for e in entries if e.name in names]
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for entry in entries:
        for number, spec in enumerate(entry.problems, start=1):
            if tiers and spec.get("tier") not in tiers:
                continue
            rows += _export_problem(entry, number, spec, encodings, formats, out)
    return rows


def _export_problem(entry: Entry, number: int, spec: dict[str, Any], encodings, formats, out: Path):
    arguments = problem_arguments(spec["spec"])
    problem = define_problem(entry.file, arguments.pop("hidden"), **arguments)
    rows = []
    for label, training in models_for(problem, encodings):
        name = f"{entry.name}-p{number}-{label}"
        model, note = writable_model(training)
        lowered = lower(model)
        size = lowered.size()
        files = []
        for fmt in formats:
            if fmt == "gms" and lowered.sos1:
                continue  # Pyomo's GAMS writer has no SOS1
            write_model(model, out / f"{name}.{fmt}", fmt)
            files.append(f"{name}.{fmt}.gz")
        rows.append({
            "model": name,
            "instance": entry.name,
            "problem": spec["spec"],
            "formulation": label.split("-")[0],
            "encoding": training.encoding,
            "files": files,
            "variables": size["variables"],
            "binary_variables": size["binary_variables"],
            "continuous_variables": size["variables"] - size["integer_variables"],
            "constraints": size["constraints"],
            "linear_constraints": size["linear_constraints"],
            "quadratic_constraints": size["quadratic_constraints"],
            "sos1_constraints": size["sos1_constraints"],
            "quadratic_terms": size["quadratic_terms"],
            "objective": "quadratic (convex)" if lowered.objective_quadratic else "linear",
            "convex_constraints": "nonconvex_constraints" not in lowered.features,
            "known": spec.get("known"),
            "tier": spec.get("tier"),
            "note": note,
        })
    return rows


def write_manifest(rows: list[dict[str, Any]], out: Path) -> None:
    atomic_write_text(out / "manifest.json", json.dumps({"models": rows}, indent=1) + "\n")
    columns = ["model", "instance", "formulation", "encoding", "variables", "binary_variables",
               "constraints", "quadratic_constraints", "sos1_constraints", "quadratic_terms",
               "objective", "convex_constraints", "tier", "known_value", "known_how"]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        known = row.get("known") or {}
        value = known.get("value", known.get("best", ""))
        writer.writerow([row.get(c, "") for c in columns[:-2]] + [value, known.get("how", "")])
    atomic_write_text(out / "manifest.csv", buffer.getvalue())
