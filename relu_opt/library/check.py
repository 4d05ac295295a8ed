"""``relu-opt library check``: a model file and a solution point -> exact violations, the exact
objective, and the true training loss of the network the point encodes.

The model is read from its MPS file (``checker.py``): given a model of another format from the
library layout (``gms/ lp/ nl/ osil/``), the same model's ``mps/`` file is read — every format
of a model states the same rows (``model_files.py``). The network's loss needs the library:
the model's name (``<dataset>-p<k>-<formulation>-<encoding>``) says which problem it is, the
model is rebuilt, the point's values set by name, and the weights read back as a solve would.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from ..api import define_problem
from ..backends.lowered import lower
from ..errors import InputError
from ..network import Weights
from .checker import CheckReport, check_point, read_mps
from .export import models_for
from .index import find, problem_arguments
from .model_files import plain_name
from .solutions import read_solution

MODEL_NAME = re.compile(r"^(?P<instance>.+)-p(?P<number>\d+)-(?P<formulation>plain|normalized)-(?P<encoding>[a-z0-9]+)$")


@dataclass
class FileCheck:
    model: str
    report: CheckReport
    network_loss: float | None  # objective (loss + penalty) of the encoded network, numpy forward pass
    network_note: str

    def lines(self) -> list[str]:
        r = self.report
        out = [
            f"{self.model}: {'feasible' if r.feasible else 'NOT feasible'} within {TOLERANCE_TEXT}",
            f"  objective (exact, at the point)  {float(r.objective):.12g}"
            + ("" if r.stated_objective is None else f"   stated {r.stated_objective:.12g}"
               + ("" if r.objective_agrees else "  (DISAGREES)")),
            f"  bounds violated by               {r.bound_violation:.3g} (relative {r.bound_violation_relative:.3g})",
            f"  rows violated by                 {r.row_violation:.3g} (relative {r.row_violation_relative:.3g})"
            + (f"; worst {r.worst}" if r.worst else ""),
            f"  integrality violated by          {r.integrality_violation:.3g}",
            f"  SOS1 violated by                 {r.sos1_violation:.3g} (second largest member, relative to their bounds)",
        ]
        if r.missing:
            out.append(f"  {len(r.missing)} variables have no value, e.g. {', '.join(r.missing[:3])}")
        if r.unknown:
            out.append(f"  {len(r.unknown)} values name no variable of the model, e.g. {', '.join(r.unknown[:3])}")
        if self.network_loss is not None:
            gap = self.network_loss - float(r.objective)
            out.append(f"  network's true objective         {self.network_loss:.12g}  (model objective {'+' if gap >= 0 else '-'} {abs(gap):.3g})")
        else:
            out.append(f"  network's true objective         unknown: {self.network_note}")
        return out


TOLERANCE_TEXT = "1e-9 (relative to each row, bound and SOS1 set over the variables' box)"


def mps_of(model_path: Path) -> Path:
    """The MPS file of a model given in any format of the library layout."""
    name = model_name(model_path)
    if ".mps" in model_path.name:
        return model_path
    folder = model_path.parent.parent / "mps"
    for candidate in (folder / f"{name}.mps", folder / f"{name}.mps.gz"):
        if candidate.is_file():
            return candidate
    raise InputError(f"{model_path}: the checker reads MPS; no {name}.mps beside it in {folder}")


def model_name(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".mps", ".lp", ".gms", ".nl", ".osil", ".sol", ".p1"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


def check_files(model_path: Path, solution_path: Path) -> FileCheck:
    for path in (model_path, solution_path):
        if not path.is_file():
            raise InputError(f"no such file: {path}")
    try:
        mps = read_mps(mps_of(model_path))
        stated, values = read_solution(solution_path)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    report = check_point(mps, values, stated)
    loss, note = network_loss(model_name(model_path), values)
    return FileCheck(model_name(model_path), report, loss, note)


def network_loss(name: str, values: dict[str, str]) -> tuple[float | None, str]:
    """The true objective of the network a library model's point encodes (None and why not)."""
    network, value, note = network_of_point(name, values)
    return value, note


def network_of_point(name: str, values: dict[str, str]) -> tuple[Weights | None, float | None, str]:
    """The network a library model's point encodes and its true objective (numpy forward pass);
    (None, None, why not) where it cannot be read."""
    match = MODEL_NAME.match(name)
    if match is None:
        return None, None, f"{name!r} is not a library model name (<dataset>-p<k>-<formulation>-<encoding>)"
    try:
        entry = find(match["instance"])
        spec = entry.problems[int(match["number"]) - 1]["spec"]
    except (InputError, IndexError) as exc:
        return None, None, str(exc)
    arguments = problem_arguments(spec)
    problem = define_problem(entry.file, arguments.pop("hidden"), **arguments)
    label = f"{match['formulation']}-{match['encoding']}"
    models = dict(models_for(problem, [match["encoding"]] if match["formulation"] == "plain" else []))
    if label not in models:
        return None, None, f"no {label} model for this problem"
    training = models[label]
    for var in lower(training.model).variables:
        text = values.get(plain_name(var.name))
        if text is not None:
            var.set_value(float(text), skip_validation=True)
    try:
        network = training.weights()
    except (RuntimeError, ValueError) as exc:
        return None, None, f"the point does not give every weight: {exc}"
    value = problem.objective(network)
    if not math.isfinite(value):
        return None, None, "the network's objective is not finite"
    return network, value, ""
