"""The realistic suite's data: what users have, not what the library's tidy files are.

Library data are rounded to 4 digits, centred and well scaled; users' data are standardized
with scikit-learn's StandardScaler and written at full double precision, and their labels
carry offsets (prices, clinical scores). On such data the default solve once ran 10-20x slower
than on the rounded twin of the same data (SCIP's LP "numerical troubles"), and false
certificates appeared (issues 19, 20). Each instance here therefore comes twice: *unrounded*
(as a user has it) and *rounded* to 4 significant digits (as the library has it); the
suite's rule is that the two stay within 1.5x of each other, and that no release is 1.5x
slower than the previous one on either (``relu-opt report --compare``).

Families (all scalar output, one hidden layer):
* ``recipe``: issue 20's recipe: x uniform in [-1, 1]^2, y = relu(x1 - x2) - 0.5 relu(x1 + x2)
  + 0.05 noise, x standardized; width 2, box 1.
* ``teacher``: a random ReLU teacher of the student's width labels standardized inputs, noise
  0.1; N 16-32, inputs 1-3, width 2-3, box 3, several seeds.
* ``diabetes``: scikit-learn's bundled diabetes data (no download): body-mass index and s5 as
  inputs (standardized), the disease-progression score as label (offset ~150, spread ~300),
  N = 24 and 32 points sampled with a fixed seed; width 2, box 10, bias bound 400.

    python -m relu_opt.bench.realistic instances/realistic   # writes the CSV files (needs scikit-learn)
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..data import Dataset, save_dataset_csv
from ..generators.teacher import random_network


@dataclass(frozen=True)
class RealisticInstance:
    name: str  # file stem without the "-unrounded" / "-rounded" suffix
    hidden: int
    bound: float
    bias_bound: float | None = None

    def runs(self, folder: Path, time_limit: float) -> list[dict[str, Any]]:
        """The suite entries of both twins."""
        entries = []
        for twin in ("unrounded", "rounded"):
            entry: dict[str, Any] = {
                "path": str(folder / f"{self.name}-{twin}.csv"), "hidden": [self.hidden], "bound": self.bound,
                "time_limit": time_limit, "extra": {"family": self.name.split("-")[0], "twin": twin},
            }
            if self.bias_bound is not None:
                entry["bias_bound"] = self.bias_bound
            entries.append(entry)
        return entries


TEACHERS = ((16, 1, 2, 0), (24, 1, 3, 0), (16, 2, 2, 0), (16, 2, 2, 1), (24, 2, 2, 0), (16, 2, 3, 0),
            (16, 2, 3, 1), (16, 3, 2, 0), (24, 3, 2, 0))
"""(points, inputs, width, seed) of the teacher family."""

INSTANCES = (
    RealisticInstance("recipe-N20", 2, 1.0),
    *(RealisticInstance(f"teacher-N{n}-n{d}-m{m}-s{s}", m, 3.0) for n, d, m, s in TEACHERS),
    RealisticInstance("diabetes-N24", 2, 10.0, 400.0),
    RealisticInstance("diabetes-N32", 2, 10.0, 400.0),
)


def standardized(x: np.ndarray) -> np.ndarray:
    """StandardScaler's transform: each column to mean 0 and (population) deviation 1."""
    deviation = x.std(axis=0)
    return (x - x.mean(axis=0)) / np.where(deviation > 0, deviation, 1.0)


def recipe(points: int = 20, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, size=(points, 2))
    y = np.maximum(x[:, 0] - x[:, 1], 0) - 0.5 * np.maximum(x[:, 0] + x[:, 1], 0) + 0.05 * rng.standard_normal(points)
    return Dataset(standardized(x), y[:, None], name=f"recipe-N{points}")


def teacher(points: int, inputs: int, width: int, seed: int) -> Dataset:
    rng = np.random.default_rng(1000 + seed)
    x = standardized(rng.uniform(-1, 1, size=(points, inputs)))
    network = random_network((inputs, width, 1), rng)
    y = network.predict(x) + 0.1 * rng.standard_normal((points, 1))
    return Dataset(x, y, name=f"teacher-N{points}-n{inputs}-m{width}-s{seed}")


def diabetes(points: int, seed: int = 0) -> Dataset:
    from sklearn.datasets import load_diabetes  # bundled with scikit-learn: no download

    data = load_diabetes(scaled=False)
    chosen = np.sort(np.random.default_rng(seed).choice(len(data.target), points, replace=False))
    columns = [data.feature_names.index("bmi"), data.feature_names.index("s5")]
    x = standardized(data.data[chosen][:, columns])
    return Dataset(x, data.target[chosen][:, None].astype(float), name=f"diabetes-N{points}")


def rounded(dataset: Dataset, digits: int = 4) -> Dataset:
    """Every value rounded to ``digits`` significant digits (as the library's files are)."""
    def round_significant(values: np.ndarray) -> np.ndarray:
        return np.array([[float(f"{v:.{digits}g}") for v in row] for row in values])

    return Dataset(round_significant(dataset.x), round_significant(dataset.y), name=dataset.name)


def dataset_of(instance: RealisticInstance) -> Dataset:
    family, *rest = instance.name.split("-")
    if family == "recipe":
        return recipe(int(rest[0][1:]))
    if family == "diabetes":
        return diabetes(int(rest[0][1:]))
    n, d, m, s = (int(part[1:]) for part in rest)
    return teacher(n, d, m, s)


def write_instances(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for instance in INSTANCES:
        data = dataset_of(instance)
        for twin, version in (("unrounded", data), ("rounded", rounded(data))):
            path = folder / f"{instance.name}-{twin}.csv"
            save_dataset_csv(version, path, [
                f"generator: python -m relu_opt.bench.realistic ({instance.name}, {twin})",
                f"suite: relu-opt bench --suite realistic (width {instance.hidden}, box {instance.bound:g}"
                + (f", bias bound {instance.bias_bound:g})" if instance.bias_bound is not None else ")"),
            ])
            written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "instances/realistic")
    for path in write_instances(target):
        print(path)
