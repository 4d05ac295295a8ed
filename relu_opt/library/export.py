"""Render library problems as benchmark models for other solvers, laid out as MINLPLib is.

Every problem of the instance library is written for each ReLU encoding in its plain form and,
where sign normalization is exact, as the normalized big-M model (with sign binaries): the model
a solver can actually certify. Layout under ``models/``:

* ``gms/ lp/ mps/ nl/ osil/``: one plain file per model and format (``<model>.<fmt>``; files over
  1 MB gzip-compressed as ``<model>.<fmt>.gz``); ``nl/<model>.col`` names the NL file's columns.
  All formats use the same variable names (see ``model_files.py``).
* ``sol/<model>.p1.sol``: the best known point in those names (MINLPLib's solution format),
  made from the library's best weights (``instances/solutions``) by the model's forward pass.
* ``instancedata.csv`` (MINLPLib's columns, ``;``-separated), ``relu-opt.solu`` (``=opt=``,
  ``=best=``, ``=bestdual=`` lines) and ``manifest.json`` (everything, for relu-opt's tools).

The indicator encoding is a GDP disjunction, which no file format has: it is written after
Pyomo's ``gdp.bigm`` transformation (noted in the manifest). All encodings and both formulations
of a problem share its optimum (the objective is the training loss plus penalty).
"""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

import numpy as np
import pyomo.environ as pyo

from ..api import define_problem
from ..backends.lowered import lower
from ..encodings import ENCODINGS
from ..errors import InputError
from ..files import atomic_write_bytes, atomic_write_text
from ..formulation import TrainingModel, TrainingProblem, build_model
from ..network import Weights
from ..reformulations.sign_normalized import build_normalized_model, normalization_blocker
from .index import Entry, load_index, problem_arguments, stored_solution
from .metadata import write_instancedata, write_solu
from .model_files import WRITERS, FileModel, curvatures, file_model, model_sizes, probtype, write_nl
from .solutions import write_solution

FORMATS = ("gms", "lp", "mps", "nl", "osil")
PLAIN_LIMIT = 1_000_000  # bytes; a larger model file is written gzip-compressed beside the plain ones
SOLUTION_FOLDER = "sol"


def models_for(problem: TrainingProblem, encodings: list[str]) -> list[tuple[str, TrainingModel]]:
    """(label, model): the plain model per encoding, and the normalized big-M model if exact."""
    models = [(f"plain-{e}", build_model(replace(problem, encoding=e))) for e in encodings]
    if normalization_blocker(problem.architecture, problem.domain) is None:
        models.append(("normalized-bigm", build_normalized_model(replace(problem, encoding="bigm"))))
    return models


def writable_model(training: TrainingModel) -> tuple[pyo.ConcreteModel, str]:
    """The model as files can hold it (indicator disjunctions lowered by gdp.bigm), and a note.
    Variable values (a solution point) are kept."""
    if training.encoding != "indicator":
        return training.model, ""
    model = training.model.clone()
    pyo.TransformationFactory("gdp.bigm").apply_to(model)
    return model, "indicator encoding written after Pyomo's gdp.bigm (file formats have no disjunctions)"


def write_file(folder: Path, name: str, fmt: str, text: str) -> str:
    """``folder/fmt/name.fmt`` (``.gz`` if over PLAIN_LIMIT); returns the path relative to folder."""
    data = text.encode()
    relative = f"{fmt}/{name}.{fmt}" + (".gz" if len(data) > PLAIN_LIMIT else "")
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in (path.with_name(f"{name}.{fmt}"), path.with_name(f"{name}.{fmt}.gz")):
        if stale != path and stale.exists():
            stale.unlink()  # the other compression of an earlier export
    atomic_write_bytes(path, gzip.compress(data, mtime=0) if relative.endswith(".gz") else data)
    return relative


def export_library(
    out: Path,
    names: list[str] | None = None,
    encodings: list[str] | None = None,
    formats: list[str] | None = None,
    tiers: list[str] | None = None,
    stream: TextIO | None = None,
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
            if stream is not None:
                print(f"export: {entry.name} problem {number}", file=stream, flush=True)
            rows += export_problem(entry, number, spec, encodings, formats, out)
    return rows


def best_network(entry: Entry, number: int) -> Weights | None:
    """The library's best known weights of a problem (``instances/solutions``), if stored."""
    stored = stored_solution(entry.name, number, entry.file.parents[1] / "solutions")
    return None if stored is None else Weights.from_lists(stored["layers"])


def export_problem(entry: Entry, number: int, spec: dict[str, Any], encodings, formats, out: Path,
                   network: Weights | None = None):
    """The models of one problem (``network``: the point for the solution files; default: the
    library's stored best weights)."""
    arguments = problem_arguments(spec["spec"])
    problem = define_problem(entry.file, arguments.pop("hidden"), **arguments)
    network = network if network is not None else best_network(entry, number)
    rows = []
    for label, training in models_for(problem, encodings):
        name = f"{entry.name}-p{number}-{label}"
        missing_point = _load_point(training, network)  # None: the model holds the network's point
        model, note = writable_model(training)
        files_model = file_model(lower(model))
        title = f"{name}  (relu-opt library: {entry.name}, problem {number}, {label}; {json.dumps(spec['spec'])})"
        files = []
        for fmt in formats:
            if fmt == "nl":
                text, columns = write_nl(model, files_model, out)
                files.append(write_file(out, name, "nl", text))
                atomic_write_text(out / "nl" / f"{name}.col", columns)
            else:
                files.append(write_file(out, name, fmt, WRITERS[fmt](files_model, title)))
        solution = None if missing_point else _write_point(out, name, files_model)
        objective, constraints, convex = curvatures(files_model)
        rows.append({
            "model": name,
            "instance": entry.name,
            "problem": spec["spec"],
            "problem_number": number,
            "formulation": label.split("-")[0],
            "encoding": training.encoding,
            "files": files,
            "solution": solution,
            "probtype": probtype(files_model),
            "gams_type": files_model.gams_type(),
            "objcurvature": objective,
            "conscurvature": constraints,
            "convex": convex,
            **model_sizes(files_model),
            "known": spec.get("known"),
            "tier": spec.get("tier"),
            "measured": spec.get("strong_scip"),
            "reference": problem.reference_objective(),  # the scale of its values (best constant network)
            "note": "; ".join(n for n in (note, missing_point) if n),
        })
    return rows


def _load_point(training: TrainingModel, network: Weights | None) -> str | None:
    """Set the model's variables to ``network``'s point; why not, if it cannot."""
    if network is None:
        return "no stored best weights: no solution file"
    try:
        training.load_network(network)
    except ValueError as exc:
        return f"best weights do not fit this model: {exc}"
    return None


def _write_point(out: Path, name: str, model: FileModel) -> str | None:
    start = model.problem.start
    if start is None:
        return None
    relative = f"{SOLUTION_FOLDER}/{name}.p1.sol"
    (out / SOLUTION_FOLDER).mkdir(parents=True, exist_ok=True)
    atomic_write_text(out / relative, write_solution(model, np.asarray(start, dtype=float)))
    return relative


MEASUREMENTS = "file-measurements.json"  # relu-opt library validate --record: each model solved from its file


def merged_with_folder(rows: list[dict[str, Any]], out: Path) -> list[dict[str, Any]]:
    """``rows`` in place of the same models' rows of the manifest already in ``out`` (in its
    order; new models last), so that exporting a few problems into the library's folder updates
    their metadata instead of replacing every other model's."""
    existing = out / "manifest.json"
    if not existing.is_file():
        return rows
    fresh = {row["model"]: row for row in rows}
    kept = [fresh.pop(row["model"], row) for row in json.loads(existing.read_text())["models"]]
    return kept + list(fresh.values())


def write_manifest(rows: list[dict[str, Any]], out: Path) -> None:
    """manifest.json (every row), instancedata.csv and relu-opt.solu (see metadata.py), with the
    per-model measurements recorded earlier (``MEASUREMENTS``) merged in."""
    measured = out / MEASUREMENTS
    if measured.is_file():
        stored = json.loads(measured.read_text())
        for row in rows:
            row.update(stored.get(row["model"], {}))
    atomic_write_text(out / "manifest.json", json.dumps({"models": rows}, indent=1) + "\n")
    write_instancedata(rows, out / "instancedata.csv")
    write_solu(rows, out / "relu-opt.solu")
