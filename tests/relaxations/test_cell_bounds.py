"""Cell bounds (convex regression with one neuron's pattern fixed): never above the loss of a
network in the cell, warm (one LP cell after cell) or cold; equal to the class screen with no
fixed neuron."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.network import augmented
from relu_opt.methods.arrangements import similar_order
from relu_opt.relaxations.cell_bounds import CellBounder
from relu_opt.relaxations.convex_regression import FixedNeuron, regression_bound

highspy = pytest.importorskip("highspy")


def _data(seed: int, n_inputs: int, shape: str = "generic"):
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (10, n_inputs))
    if shape == "duplicates":
        x[-1], x[-2] = x[0], x[1]
    elif shape == "collinear":
        x = np.linspace(-1, 1, 10)[:, None] * rng.uniform(-1, 1, n_inputs)[None, :]
    y = np.abs(x @ rng.uniform(-1, 1, n_inputs)) - 0.3 + rng.normal(0, 0.2, 10)
    return x, y


def _network_loss(x_tilde, y, u_fixed, fixed_sign, u_group, group_sign, bias):
    out = fixed_sign * np.maximum(x_tilde @ u_fixed, 0) + group_sign * np.maximum(x_tilde @ u_group.T, 0).sum(axis=1) + bias
    return float(np.sum((out - y) ** 2))


@pytest.mark.parametrize("n_inputs, shape, hidden_bias", [(1, "generic", True), (2, "generic", True), (3, "generic", True),
                                                          (2, "duplicates", True), (2, "collinear", True),
                                                          (2, "generic", False)])
def test_no_network_of_a_cell_beats_its_bound(n_inputs, shape, hidden_bias):
    """Hundreds of random networks of the class (one + neuron E, two - neurons R) in the box:
    each one's loss is at least the bound of the cell its E neuron lies in, warm and cold."""
    x, y = _data(n_inputs + 10 * hidden_bias, n_inputs, shape)
    x_tilde = augmented(x, hidden_bias)
    u_bound = np.full(x_tilde.shape[1], 2.0)
    bias_range = (-1.0, 1.0)
    bounder = CellBounder(x, x_tilde, y, -1.0, 2, u_bound, bias_range, 1, highspy)
    rng = np.random.default_rng(7)
    seen: dict[tuple, float] = {}
    for _ in range(300):
        u_fixed = rng.uniform(-2, 2, x_tilde.shape[1])
        u_group = rng.uniform(-2, 2, (2, x_tilde.shape[1]))
        bias = rng.uniform(*bias_range)
        pattern = tuple((x_tilde @ u_fixed > 0).astype(int))
        if pattern not in seen:
            bounder.set_pattern(np.array(pattern))
            seen[pattern] = bounder.bound().bound
            cold = regression_bound(x, x_tilde, y, -1.0, 2, u_bound, bias_range, (FixedNeuron(np.array(pattern), 1),))
            assert cold.bound <= _network_loss(x_tilde, y, u_fixed, 1, u_group, -1, bias) + 1e-9
        assert seen[pattern] <= _network_loss(x_tilde, y, u_fixed, 1, u_group, -1, bias) + 1e-9
    assert len(seen) > 3  # several cells were met


def test_the_order_moves_between_neighbouring_cells():
    patterns = np.array([[0, 0, 0], [1, 1, 1], [0, 0, 1], [0, 1, 1]])
    order = similar_order(patterns)
    steps = [int(np.sum(patterns[a] != patterns[b])) for a, b in zip(order, order[1:])]
    assert sorted(order) == [0, 1, 2, 3] and max(steps) == 1


@pytest.mark.parametrize("points", [5, 64, 70, 130])
def test_the_order_takes_a_nearest_remaining_cell_at_every_step(points):
    """The packed popcount distances agree with counting point by point (word boundaries at 64)."""
    patterns = np.random.default_rng(points).integers(0, 2, size=(60, points))
    order = similar_order(patterns)
    assert sorted(order) == list(range(60))
    for step in range(1, 60):
        left = order[step:]
        distances = np.sum(patterns[left] != patterns[order[step - 1]], axis=1)
        assert np.sum(patterns[order[step]] != patterns[order[step - 1]]) == distances.min()
