"""Tiny instances for the differential harness: tidy random data, and data shaped like users'.

The first generator (:func:`random_instance`) draws rounded, centred, well-scaled data; every
false certificate an outside test found was on data that is not (:func:`realistic_instance`):
targets with an offset (house prices are ~1e5, not ~1), near-duplicate inputs, columns on
different scales, constant columns, full double precision. Each instance here has one such
*shape* on top of a small random teacher problem:

    offset       y + o, o in {10, 1e2, 1e3, 1e4}, the bias bound widened to hold the offset
    near-dup     two points 1e-5 or 1e-7 apart with different labels
    mixed-scale  input columns scaled by 1e3 and 1e-3
    zero-col     an input column that is all 0
    const-col    an input column that is constant (not 0)
    same-cols    two identical input columns
    extreme-box  weight box 0.01 or 100
    box-decay    a box and weight decay together
    two-outputs  two output columns (one of them may be an offset copy)
    flat-output  two output columns, the second constant (not 0): dropped once its offset is out
    unrounded    full-precision standardized data

Each instance picks one of the losses squared / L1 / L-infinity (squared most often).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..data import Dataset

SCALES = (1e-3, 1.0, 1e3)

SHAPES = (
    "offset", "near-dup", "mixed-scale", "zero-col", "const-col", "same-cols", "extreme-box",
    "box-decay", "two-outputs", "unrounded", "flat-output",
)
OFFSETS = (10.0, 1e2, 1e3, 1e4)


@dataclass(frozen=True)
class Instance:
    name: str
    dataset: Dataset
    hidden: tuple[int, ...]
    options: dict[str, Any]  # keywords of relu_opt.train: domain, biases

    @property
    def has_decay(self) -> bool:
        return self.options.get("weight_decay") is not None

    @property
    def has_box(self) -> bool:
        return self.options.get("bound") is not None

    @property
    def scalar_output(self) -> bool:
        return self.dataset.n_outputs == 1

    @property
    def loss(self) -> str:
        return str(self.options.get("loss", "squared"))

    def reference(self) -> float:
        """The objective of the best constant network the output bias allows (or of the zero
        network, without one), computed here, independently of the code under test: the scale
        a claimed gap is judged against. Adding a constant to the labels leaves it unchanged
        when the bias bound holds the constant."""
        y = np.asarray(self.dataset.y, dtype=float)
        if self.options.get("output_bias") is False:
            best = np.zeros(y.shape[1])
        else:
            limit = self.options.get("bias_bound", self.options.get("bound", math.inf))
            centre = {"squared": y.mean(axis=0), "l1": np.median(y, axis=0),
                      "linf": (y.max(axis=0) + y.min(axis=0)) / 2}[self.loss]
            best = np.clip(centre, -limit, limit)
        residual = y - best
        return float({"squared": np.sum(residual**2), "l1": np.sum(np.abs(residual)),
                      "linf": np.max(np.abs(residual))}[self.loss])


def random_instance(seed: int) -> Instance:
    """A tiny instance drawn from ``seed`` (the same seed, the same instance, on any machine)."""
    rng = np.random.default_rng(seed)
    n_points, n_inputs, width = int(rng.integers(3, 8)), int(rng.integers(1, 3)), int(rng.integers(1, 3))
    x = rng.uniform(-2, 2, (n_points, n_inputs)).round(3)
    shape = rng.choice(["generic", "duplicates", "collinear"])
    if shape == "duplicates" and n_points >= 4:
        x[-1], x[-2] = x[0], x[1]
    elif shape == "collinear" and n_inputs == 2:
        direction = rng.uniform(-1, 1, 2)
        x = (np.linspace(-1.5, 1.5, n_points)[:, None] * direction).round(3)
    y = (np.abs(x @ rng.uniform(-1, 1, n_inputs)) - 0.5 + rng.normal(0, 0.3, n_points)).round(4)[:, None]
    scale = float(rng.choice(SCALES))
    options: dict[str, Any] = {}
    biases = rng.random() >= 0.35
    if not biases:
        options.update(hidden_bias=False, output_bias=False)
    if rng.random() < 0.2 and biases:
        options["weight_decay"] = float(rng.choice([0.05, 0.2])) * scale**2  # same problem at every scale
    else:
        bound = float(rng.choice([1.0, 2.0, 5.0]))
        options.update(bound=bound, bias_bound=bound * scale)
    name = f"rand-{seed}-N{n_points}-n{n_inputs}-m{width}-{shape}-s{scale:g}"
    return Instance(name, Dataset(x * scale, y * scale, name=name), (width,), options)


def realistic_instance(seed: int, shape: str | None = None) -> Instance:
    """A tiny instance with one real-data shape, drawn from ``seed`` (reproducible on any
    machine). ``shape`` forces one of :data:`SHAPES`; by default the seed picks it."""
    rng = np.random.default_rng(10_000 + seed)
    shape = shape or SHAPES[seed % len(SHAPES)]
    n_points = int(rng.integers(3, 7))
    n_inputs = 2 if shape in ("mixed-scale", "same-cols") else (3 if shape in ("zero-col", "const-col") else int(rng.integers(1, 3)))
    width = int(rng.integers(1, 3))
    x = rng.uniform(-1, 1, (n_points, n_inputs))
    teacher = rng.uniform(-1, 1, n_inputs)
    y = (np.abs(x @ teacher) - 0.4 + rng.normal(0, 0.3, n_points))[:, None]
    if shape != "unrounded":
        x, y = x.round(3), y.round(3)
    bound = float(rng.choice([1.0, 2.0, 5.0]))
    options: dict[str, Any] = {"bound": bound}
    loss = str(rng.choice(["squared", "squared", "l1", "linf"]))
    if shape == "offset":
        offset = float(rng.choice(OFFSETS))
        y = y + offset
        options["bias_bound"] = 2.0 * offset + bound
        loss = str(rng.choice(["squared", "squared", "linf"]))
    elif shape == "near-dup":
        gap = float(rng.choice([1e-5, 1e-7]))
        x[-1] = x[0] + gap
        y[-1] = y[0] + float(rng.choice([-1, 1])) * rng.uniform(0.3, 1.0)
        options["bound"] = float(rng.choice([2.0, 10.0]))
    elif shape == "mixed-scale":
        x = x * np.array([1e3, 1e-3])
    elif shape == "zero-col":
        x[:, 1] = 0.0
    elif shape == "const-col":
        x[:, 1] = 0.7
    elif shape == "same-cols":
        x[:, 1] = x[:, 0]
    elif shape == "extreme-box":
        options["bound"] = float(rng.choice([0.01, 100.0]))
    elif shape == "box-decay":
        options["weight_decay"] = float(rng.choice([0.05, 0.2]))
        loss = "squared"
    elif shape == "two-outputs":
        second = y[:, :1] * float(rng.choice([-1.0, 0.5])) + float(rng.choice([0.0, 10.0]))
        y = np.hstack([y, second])
        options["bias_bound"] = 20.0 + bound
        loss = "squared"
        width = 1 if n_points > 4 else width
    elif shape == "flat-output":
        y = np.hstack([y, np.full((n_points, 1), float(rng.choice([3.0, -10.0])))])
        options["bias_bound"] = 20.0 + bound
        loss = str(rng.choice(["squared", "l1", "linf"]))
    elif shape == "unrounded":
        x = (x - x.mean(axis=0)) / np.where(x.std(axis=0) > 0, x.std(axis=0), 1.0)
    options["loss"] = loss
    name = f"real-{seed}-{shape}-N{n_points}-n{n_inputs}-m{width}-p{y.shape[1]}-{loss}"
    return Instance(name, Dataset(x, y, name=name), (width,), options)
