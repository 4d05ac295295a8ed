"""Small datasets with known structure: the seed blog's example, XOR, sampled 1-D functions, and
an instance whose optimum is provably irrational.
"""

from __future__ import annotations

import numpy as np

from ..data import Dataset
from ..errors import InputError

FUNCTIONS = {
    "abs": np.abs,  # = relu(x) + relu(-x): exact with 2 units
    "square": np.square,
    "sine": lambda x: np.sin(np.pi * x),
    "step": lambda x: (x > 0).astype(float),  # discontinuous: never fit exactly by a CPWL
    "triangle": lambda x: np.maximum(0.0, 1.0 - np.abs(x)),  # 3 units with biases
    "sawtooth": lambda x: 2.0 * (x - np.floor(x + 0.5)),
}


def blog_quadratic() -> Dataset:
    """(1, 1), (2, 4), (3, 9): one unit without biases has optimum 38/7 (seed blog)."""
    return Dataset(np.array([[1.0], [2.0], [3.0]]), np.array([[1.0], [4.0], [9.0]]), name="blog-quadratic")


def xor() -> Dataset:
    """XOR on {0, 1}^2: 2 units with biases fit it exactly; 1 unit cannot."""
    x = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    return Dataset(x, np.array([[0.0], [1.0], [1.0], [0.0]]), name="xor")


def function_samples(function: str, n_points: int, low: float = -1.0, high: float = 1.0) -> Dataset:
    """``n_points`` equally spaced samples of a 1-D function on [low, high]."""
    if function not in FUNCTIONS:
        raise InputError(f"unknown function {function!r}; choose from {', '.join(FUNCTIONS)}")
    if n_points < 2 or not high > low:
        raise InputError("function samples need at least 2 points and high > low")
    x = np.linspace(low, high, n_points)
    return Dataset(x[:, None], FUNCTIONS[function](x)[:, None], name=f"{function}-N{n_points}")


def rank_one(targets: np.ndarray | None = None) -> Dataset:
    """Two points x = 0, 1 with vector targets T (rows). One hidden unit with a bias and no
    output bias gives outputs h a' with h = (relu(b), relu(w + b)) any nonnegative pair, so
    training is the best rank-1 approximation of T (Eckart-Young, when T >= 0 the Perron vector
    is nonnegative): optimum ||T||_F^2 - sigma_1(T)^2. For T = [[1, 0], [1, 1]] that is
    (3 - sqrt 5) / 2, irrational, with irrational optimal weights."""
    t = np.array([[1.0, 0.0], [1.0, 1.0]]) if targets is None else np.asarray(targets, dtype=float)
    if t.shape[0] != 2 or np.any(t < 0):
        raise InputError("rank-one instances take two rows of nonnegative targets")
    return Dataset(np.array([[0.0], [1.0]]), t, name="rank-one")


def rank_one_optimum(targets: np.ndarray) -> float:
    """||T||_F^2 - sigma_1(T)^2, the closed-form optimum of :func:`rank_one`."""
    singular = np.linalg.svd(np.asarray(targets, dtype=float), compute_uv=False)
    return float(np.sum(singular**2) - singular[0] ** 2)
