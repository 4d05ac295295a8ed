"""Optima known from mathematics: closed forms, exact fits, vertex enumeration."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.results import Verdict
from relu_opt.data import Dataset, load_dataset
from relu_opt.generators import teacher_dataset

from ..conftest import XOR, certifies, require_solver

ALL_SOLVERS = ["scip", "gurobi", "highs"]


def linear_data() -> Dataset:
    return teacher_dataset(12, 2, [2], 1, noise=0.3, seed=11)


@pytest.mark.parametrize("solver", ALL_SOLVERS)
def test_linear_least_squares_matches_lstsq(solver):
    require_solver(solver)
    data = linear_data()
    design = np.hstack([data.x, np.ones((data.n_points, 1))])
    theta, *_ = np.linalg.lstsq(design, data.y[:, 0], rcond=None)
    optimum = float(np.sum((design @ theta - data.y[:, 0]) ** 2))
    assert np.abs(theta).max() < 100  # the box below does not bind
    certifies(train(data, [], bound=100, solver=solver), optimum)


@pytest.mark.parametrize("solver", ALL_SOLVERS)
def test_ridge_regression_matches_closed_form(solver):
    """min ||X th - t||^2 + (lam/2)||th||^2  =>  th = (X'X + lam/2 I)^-1 X't; decay-only domain."""
    require_solver(solver)
    data, lam = linear_data(), 2.0
    design = np.hstack([data.x, np.ones((data.n_points, 1))])
    theta = np.linalg.solve(design.T @ design + lam / 2 * np.eye(3), design.T @ data.y[:, 0])
    optimum = float(np.sum((design @ theta - data.y[:, 0]) ** 2) + lam / 2 * theta @ theta)
    result = train(data, [], weight_decay=lam, solver=solver)
    certifies(result, optimum)
    assert "weight decay" in result.problem.domain and "implies |theta| <=" in result.problem.domain


@pytest.mark.parametrize("solver", ALL_SOLVERS)
def test_l1_line_fit_matches_vertex_enumeration(solver):
    """An L1 regression optimum is attained by a line through two data points (LP vertex)."""
    require_solver(solver)
    data = teacher_dataset(9, 1, [2], 1, noise=0.5, seed=4)
    x, t = data.x[:, 0], data.y[:, 0]
    best = min(
        np.sum(np.abs(t - (t[i] + (t[j] - t[i]) / (x[j] - x[i]) * (x - x[i]))))
        for i, j in itertools.combinations(range(len(x)), 2)
    )
    certifies(train(data, [], bound=100, loss="l1", solver=solver), best)


@pytest.mark.parametrize("encoding", ["bigm", "sos1", "indicator", "complementarity"])
def test_xor_two_hidden_units_fit_exactly(encoding, global_solver):
    """relu(x1 + x2) - 2 relu(x1 + x2 - 1) computes XOR: weights within |w| <= 2, loss 0."""
    data = load_dataset(XOR)
    result = train(data, [2], bound=2, encoding=encoding, solver=global_solver, options=SolveOptions(time_limit=60))
    certifies(result, 0.0)
    assert np.allclose(result.weights.predict(data.x), data.y, atol=1e-2)


def test_xor_one_hidden_unit_cannot_fit(global_solver):
    """One ReLU is monotone along every line, XOR is not: the proven bound must be positive."""
    data = load_dataset(XOR)
    result = train(data, [1], bound=2, solver=global_solver, options=SolveOptions(time_limit=60))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert result.bound > 0.1
