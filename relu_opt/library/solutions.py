"""Solution points of exported models, as MINLPLib writes them (``sol/<model>.p1.sol``):

    =obj= 5.428571428571429
    w_1_0_0 1.0423709...
    ...

one line per variable, in the model's own (plain) names, the same in every format. A point is
made from a network by the model's ``load_network`` (export.py): every variable (pre-activations,
activations, binaries, sign variables of normalized models) from the weights' forward pass.
"""

from __future__ import annotations

import gzip
import math
from fractions import Fraction
from pathlib import Path

import numpy as np

from .model_files import FileModel


def objective_value(model: FileModel, values: np.ndarray) -> float:
    p = model.problem
    total = p.objective_constant + sum(c * values[i] for i, c in p.objective_linear.items())
    return float(total + sum(c * values[i] * values[j] for (i, j), c in p.objective_quadratic.items()))


def write_solution(model: FileModel, values: np.ndarray) -> str:
    """The ``.sol`` text of ``values`` (one per column of ``model``)."""
    if len(values) != len(model.names) or not np.all(np.isfinite(values)):
        missing = [n for n, v in zip(model.names, values) if not math.isfinite(v)]
        raise ValueError(f"the point has no value for {len(missing)} variables, e.g. {missing[:3]}")
    lines = [f"=obj= {repr(objective_value(model, values))}"]
    lines += [f"{name} {repr(float(v))}" for name, v in zip(model.names, values)]
    return "\n".join(lines) + "\n"


def read_solution(path: Path) -> tuple[float | None, dict[str, str]]:
    """(stated objective or None, {name: value text}) of a MINLPLib ``.sol`` file. Values stay
    text so that the checker can read them exactly."""
    opener = gzip.open if str(path).endswith(".gz") else open
    stated, values = None, {}
    with opener(path, "rt") as handle:  # type: ignore[operator]
        for number, line in enumerate(handle, start=1):
            fields = line.split()
            if not fields or fields[0].startswith("#"):
                continue
            if len(fields) != 2:
                raise ValueError(f"{path}:{number}: expected 'name value', got {line.strip()!r}")
            try:
                Fraction(fields[1])  # the checker reads every value exactly
            except (ValueError, ZeroDivisionError):
                raise ValueError(f"{path}:{number}: {fields[1]!r} is not a number") from None
            if fields[0] == "=obj=":
                stated = float(fields[1])
            else:
                values[fields[0]] = fields[1]
    return stated, values
