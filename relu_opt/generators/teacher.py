"""Teacher-student data: a random ReLU network labels random inputs, plus optional noise."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..data import Dataset
from ..errors import InputError
from ..network import Layer, Weights


def random_network(
    sizes: Sequence[int], rng: np.random.Generator, scale: float = 1.0, bias: bool = True
) -> Weights:
    """Weights and biases uniform in [-scale, scale] for layer sizes (d_0, ..., d_{L+1})."""
    return Weights(
        tuple(
            Layer(
                rng.uniform(-scale, scale, size=(rows, cols)),
                rng.uniform(-scale, scale, size=rows) if bias else None,
            )
            for cols, rows in zip(sizes[:-1], sizes[1:])
        )
    )


def teacher_dataset(
    n_points: int,
    n_inputs: int,
    hidden: Sequence[int],
    n_outputs: int = 1,
    noise: float = 0.1,
    seed: int = 0,
    bias: bool = True,
) -> Dataset:
    """Inputs uniform in [-1, 1]^n, labels from a random teacher network plus Gaussian noise.

    The teacher's weights lie in [-1, 1], so with no noise a student of the same shape fits
    exactly inside the box |w| <= 1 (loss 0).
    """
    if n_points < 1 or n_inputs < 1 or n_outputs < 1 or noise < 0:
        raise InputError("teacher data needs n_points, n_inputs, n_outputs >= 1 and noise >= 0")
    rng = np.random.default_rng(seed)
    teacher = random_network((n_inputs, *hidden, n_outputs), rng, bias=bias)
    x = rng.uniform(-1.0, 1.0, size=(n_points, n_inputs))
    y = teacher.predict(x) + noise * rng.standard_normal((n_points, n_outputs))
    name = f"teacher-N{n_points}-n{n_inputs}-m{'x'.join(map(str, hidden))}-p{n_outputs}-s{seed}"
    return Dataset(
        x,
        y,
        name=name,
        metadata={
            "generator": "teacher",
            "parameters": {
                "n_points": n_points,
                "n_inputs": n_inputs,
                "hidden": list(hidden),
                "n_outputs": n_outputs,
                "noise": noise,
                "seed": seed,
                "bias": bias,
            },
            "teacher": teacher.to_lists(),
        },
    )
