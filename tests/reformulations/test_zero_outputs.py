"""Outputs with all-zero labels are dropped and given zero weights back."""

from __future__ import annotations

import numpy as np

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
