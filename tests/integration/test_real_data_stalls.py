"""Shapes of real data that stalled the previous release (each not proven in 60 s there): each
is certified now, and its optimum is checked against a second route or its own mathematics.
Times are measured by the benchmarks (README), not asserted here."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.data import Dataset

from ..conftest import require_solver

OPTIONS = SolveOptions(time_limit=60, jobs=1)


def _rng():
    return np.random.default_rng(7)


@pytest.mark.parametrize("width", [1, 2])
def test_two_identical_inputs_with_two_outputs(width):
    """The network gives both points the same outputs: the optimum is half the squared label
    difference, 0.36 (the projected convex-regression bound of every anchor class proves it)."""
    require_solver("scip")
    data = Dataset(np.array([[0.3], [0.3]]), np.array([[0.5, -0.2], [-0.1, 0.4]]))
    result = train(data, [width], bound=1.0, options=OPTIONS)
    assert result.proven_optimal and result.objective == pytest.approx(0.36, rel=1e-6)


@pytest.mark.parametrize("shape", ["mixed-scales", "zero-column", "three-inputs"])
def test_column_shapes_certify_and_agree_with_enumeration(shape):
    require_solver("scip")
    rng = _rng()
    if shape == "mixed-scales":
        x = rng.uniform(-1, 1, (6, 2)) * np.array([1e3, 1e-3])
    elif shape == "zero-column":
        x = rng.uniform(-1, 1, (6, 3))
        x[:, 1] = 0.0
    else:
        x = rng.uniform(-1, 1, (7, 3))
    y = (np.abs(x @ np.array([1.0, -0.5, 0.3][: x.shape[1]]) / np.abs(x).max(axis=0).sum()) + 0.1 * rng.normal(size=len(x)))[:, None]
    data = Dataset(x, y)
    result = train(data, [2], bound=1.0, options=OPTIONS)
    assert result.proven_optimal
    if shape != "three-inputs":  # (enumeration of 3 inputs takes tens of seconds)
        exact = train(data, [2], bound=1.0, method="enumeration", options=OPTIONS)
        assert exact.proven_optimal and result.objective == pytest.approx(exact.objective, rel=2e-6, abs=1e-12)


def test_box_and_weight_decay_certify_and_agree_with_the_plain_model():
    require_solver("scip")
    rng = _rng()
    data = Dataset(rng.uniform(-1, 1, (5, 2)), rng.normal(size=(5, 1)))
    strong = train(data, [2], bound=1.0, weight_decay=0.1, options=OPTIONS)
    assert strong.proven_optimal
    plain = train(data, [2], bound=1.0, weight_decay=0.1, formulation="plain", options=SolveOptions(time_limit=10, jobs=1))
    # the bilinear model need not finish; its network is never better, its bound never higher
    assert plain.objective >= strong.objective * (1 - 2e-6) and plain.bound <= strong.objective * (1 + 2e-6)
