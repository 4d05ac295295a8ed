"""Outputs with all-zero labels are dropped and given zero weights back."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.network import Layer, Weights
from relu_opt.reformulations.zero_outputs import ZeroOutputs, all_targets_zero


def test_zero_outputs_are_dropped_and_restored():
    x = np.array([[0.0], [1.0], [2.0]])
    y = np.array([[0.0, 1.0, 0.0], [0.0, 2.0, 0.0], [0.0, 0.5, 0.0]])
    problem = define_problem((x, y), [2], bound=1.0)
    reduction = ZeroOutputs.of(problem)
    assert reduction.dropped == (0, 2) and reduction.kept == [1]
    reduced = reduction.reduce(problem)
    assert reduced.architecture.n_outputs == 1 and (reduced.dataset.y[:, 0] == y[:, 1]).all()
    small = Weights((Layer(np.ones((2, 1)), np.zeros(2)), Layer(np.array([[0.5, -0.25]]), np.array([0.1]))))
    full = reduction.retrieve(small)
    assert full.layers[-1].weight.shape == (3, 2) and (full.layers[-1].weight[[0, 2]] == 0).all()
    assert np.allclose(full.predict(x)[:, 1], small.predict(x)[:, 0]) and (full.predict(x)[:, [0, 2]] == 0).all()


def test_nothing_to_drop_and_everything_zero():
    x = np.array([[0.0], [1.0]])
    assert ZeroOutputs.of(define_problem((x, np.array([[1.0], [2.0]])), [1], bound=1.0)) is None
    everything = define_problem((x, np.zeros((2, 2))), [1], bound=1.0)
    assert ZeroOutputs.of(everything) is None and all_targets_zero(everything)


def test_a_constant_label_column_with_an_offset_is_dropped_with_its_bias_interval():
    """A constant, nonzero label column becomes all zero once its offset is taken out, and is
    dropped with its own shifted bias interval (the ETR datasets: the build crashed with "2 output
    bias intervals for 1 outputs"). The two-output optimum is the one-output optimum of the other
    column: the constant column is fitted exactly by its bias."""
    from relu_opt import SolveOptions, train
    from tests.conftest import require_solver

    require_solver("scip")
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, (7, 2))
    varying = np.maximum(x[:, 0] - x[:, 1], 0) + 0.1 * rng.standard_normal(7)
    y = np.column_stack([varying, np.full(7, 5.0)])
    options = SolveOptions(time_limit=60, jobs=1)
    both = train((x, y), [2], bound=1.0, bias_bound=10.0, options=options)
    one = train((x, y[:, :1]), [2], bound=1.0, bias_bound=10.0, options=options)
    assert both.proven_optimal and one.proven_optimal
    assert "zero outputs [2] dropped" in both.problem.formulation
    assert both.objective == pytest.approx(one.objective, rel=2e-6, abs=1e-12)
    assert np.allclose(both.weights.predict(x)[:, 1], 5.0)
