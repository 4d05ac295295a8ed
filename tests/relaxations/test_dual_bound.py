"""The Lagrangian dual bound (relaxations/dual_bound.py): never above the objective of any
feasible point, whatever the multipliers; equal to the optimum at exact multipliers."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relu_opt.relaxations.dual_bound import SeparableProgram, dual_bound


def _program(matrix, row_lower, row_upper, col_lower, col_upper, quadratic, linear=None):
    matrix = np.asarray(matrix, dtype=float)
    rows, cols = np.nonzero(matrix)
    return SeparableProgram((rows, cols, matrix[rows, cols], matrix.shape), np.asarray(row_lower, float),
                            np.asarray(row_upper, float), np.asarray(col_lower, float), np.asarray(col_upper, float),
                            np.asarray(quadratic, float), None if linear is None else np.asarray(linear, float))


def test_exact_multipliers_give_the_optimum():
    # min x^2 - 2x (optimum at x = 1 unconstrained) s.t. x <= 0.5: optimum 0.25 - 1 = -0.75 at
    # x = 0.5; the row's multiplier is f'(0.5) = -1 (it binds the upper side, so lam <= 0).
    program = _program([[1.0]], [-np.inf], [0.5], [-np.inf], [np.inf], [1.0], [-2.0])
    assert dual_bound(program, np.array([-1.0])) == pytest.approx(-0.75, abs=1e-13)  # less the rounding allowance
    assert dual_bound(program, np.array([-1.0])) <= -0.75
    assert dual_bound(program, np.array([-0.5])) < -0.75  # other multipliers: weaker, still valid
    assert dual_bound(program, np.array([+1.0])) < -0.75  # a sign the row cannot take is dropped


def test_an_unbounded_direction_gives_minus_infinity():
    # min x, x free, no rows: unbounded below, and no multiplier can hide it
    program = _program(np.zeros((1, 1)), [0.0], [0.0], [-np.inf], [np.inf], [0.0], [1.0])
    assert dual_bound(program, np.array([3.0])) == -math.inf


@pytest.mark.parametrize("seed", range(20))
def test_no_multipliers_lift_the_bound_above_a_feasible_point(seed):
    """Random programs, random feasible points, random (and near-optimal) multipliers."""
    rng = np.random.default_rng(seed)
    n_rows, n_cols = int(rng.integers(1, 6)), int(rng.integers(1, 6))
    matrix = rng.normal(size=(n_rows, n_cols)) * (rng.random((n_rows, n_cols)) < 0.7)
    col_lower, col_upper = -rng.uniform(0.5, 3, n_cols), rng.uniform(0.5, 3, n_cols)
    quadratic = rng.uniform(0, 2, n_cols) * (rng.random(n_cols) < 0.6)
    linear = rng.normal(size=n_cols)
    point = rng.uniform(col_lower, col_upper)
    activity = matrix @ point
    row_lower = np.where(rng.random(n_rows) < 0.5, activity - rng.uniform(0, 1, n_rows), -np.inf)
    row_upper = np.where(rng.random(n_rows) < 0.5, activity + rng.uniform(0, 1, n_rows), np.inf)
    program = _program(matrix, row_lower, row_upper, col_lower, col_upper, quadratic, linear)
    value = float(quadratic @ point**2 + linear @ point)
    for _ in range(50):
        multipliers = rng.normal(scale=float(rng.choice([1e-3, 1.0, 1e3])), size=n_rows)
        assert dual_bound(program, multipliers) <= value
