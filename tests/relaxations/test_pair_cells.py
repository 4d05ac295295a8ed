"""The bound over pairs of cell sets never lies above a real network of the node."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.methods.arrangements import all_patterns
from relu_opt.network import augmented
from relu_opt.relaxations.pair_cells import PairRelaxation

pytest.importorskip("highspy")


def _loss(x_tilde, y, signs, u, c):
    outputs = c + sum(s * np.maximum(x_tilde @ u_j, 0.0) for s, u_j in zip(signs, u))
    return float(np.sum((outputs - y) ** 2))


def _cell_of(patterns, x_tilde, u_j):
    """The index of the cell holding neuron u_j (None: a point lies on its hyperplane)."""
    values = x_tilde @ u_j
    if np.any(np.abs(values) < 1e-9):
        return None
    matches = np.flatnonzero(np.all(patterns == (values > 0), axis=1))
    return int(matches[0]) if len(matches) else None


@pytest.mark.parametrize("seed, bias, inputs, signs", [
    (0, True, 2, (1, -1)), (1, True, 2, (1, 1)), (2, False, 2, (-1, 1)), (3, True, 1, (1, -1)),
    (4, True, 3, (-1, -1)), (5, True, 2, (1, -1)), (6, True, 2, (1, 1, -1)), (7, False, 1, (1, -1, -1)),
    (8, True, 2, (1, 1, -1, -1, -1)),
])
def test_node_bounds_stay_below_networks_of_the_node(seed, bias, inputs, signs):
    """Hundreds of networks (random in the box, and near a planted one so the bound is close to
    the loss and a wrong row would show), each in nodes that hold it: its own pair of cells,
    and sets grown around its cells by freeing random points. The bound is at most its loss
    (up to the dual bound's rounding, 1e-9 relative). Seed 5 repeats an input with another label."""
    rng = np.random.default_rng(seed)
    n_points, box = 10, 2.0
    x = rng.uniform(-1, 1, size=(n_points, inputs))
    if seed == 5:
        x[-1] = x[0]
    x_tilde = augmented(x, bias)
    d = x_tilde.shape[1]
    width = len(signs)
    planted = rng.uniform(-box, box, size=(width, d))
    y = sum(s * np.maximum(x_tilde @ u, 0.0) for s, u in zip(signs, planted)) + rng.normal(0, 0.05, n_points)
    patterns = all_patterns(x_tilde)
    relaxation = PairRelaxation(x_tilde, y, signs, np.full(d, box), (-1.0, 1.0), patterns)
    root = relaxation.bound(*(np.arange(len(patterns)) for _ in signs))
    checked = 0
    for trial in range(300):
        near = trial % 2 == 0
        u = planted + rng.normal(0, 0.05, size=(width, d)) if near else rng.uniform(-box, box, size=(width, d))
        u = np.clip(u, -box, box)
        c = float(rng.uniform(-1, 1))
        cells = [_cell_of(patterns, x_tilde, u_j) for u_j in u]
        if None in cells:
            continue
        loss = _loss(x_tilde, y, signs, u, c)
        for free in (0, 2, 5):
            sets = []
            for cell in cells:
                points = rng.choice(n_points, size=free, replace=False)
                keep = np.delete(np.arange(n_points), points)
                sets.append(np.flatnonzero(np.all(patterns[:, keep] == patterns[cell, keep], axis=1)))
            bound = relaxation.bound(*sets).bound
            assert bound <= loss + 1e-9 * max(1.0, loss), (trial, free, bound, loss)
            warm = relaxation.bound(*sets, start=root.working).bound  # the solver starts elsewhere
            assert warm <= loss + 1e-9 * max(1.0, loss), (trial, free, warm, loss)
            checked += 1
    assert checked > 300


def test_a_pair_of_single_cells_is_the_exact_problem():
    """With one cell per neuron the node's QP is the pair's exact problem: its solution is a
    network of that pair whose loss the bound meets."""
    rng = np.random.default_rng(7)
    x = rng.uniform(-1, 1, size=(12, 2))
    x_tilde = augmented(x, True)
    y = np.maximum(x_tilde @ np.array([1.0, -0.5, 0.2]), 0) - np.maximum(x_tilde @ np.array([-0.3, 1.0, -0.1]), 0)
    patterns = all_patterns(x_tilde)
    relaxation = PairRelaxation(x_tilde, y, (1, -1), np.full(3, 2.0), (-1.0, 1.0), patterns)
    for a, b in rng.integers(0, len(patterns), size=(20, 2)):
        node = relaxation.bound(np.array([a]), np.array([b]))
        loss = _loss(x_tilde, y, (1, -1), node.u, node.output_bias)
        assert node.bound <= loss + 1e-9
        assert loss - node.bound <= 1e-4 * max(1.0, loss)  # DAQP's regularized solve, its dual bound


def test_a_split_divides_the_cells_by_one_point():
    rng = np.random.default_rng(1)
    x_tilde = augmented(rng.normal(size=(9, 2)), True)
    patterns = all_patterns(x_tilde)
    relaxation = PairRelaxation(x_tilde, np.zeros(9), (1, 1), np.ones(3), (0.0, 0.0), patterns)
    every = np.arange(len(patterns))
    point, share = relaxation.split(every)
    assert 0 < share <= 0.5
    off = every[patterns[every, point] == 0]
    assert 0 < len(off) < len(every)
    assert relaxation.split(np.array([3])) is None


def test_the_split_takes_the_free_point_of_the_largest_hull_gap():
    """The node's gaps are 0 at fixed points and >= 0 at free ones (g lies above the ReLU of the
    QP's neuron); with them the split takes the free point of the largest gap."""
    rng = np.random.default_rng(3)
    x_tilde = augmented(rng.normal(size=(12, 2)), True)
    patterns = all_patterns(x_tilde)
    y = np.abs(x_tilde[:, 0]) - 0.5 * np.maximum(x_tilde[:, 1], 0.0)  # needs both signs
    relaxation = PairRelaxation(x_tilde, y, (1, -1), np.full(3, 2.0), (-1.0, 1.0), patterns)
    every = np.arange(len(patterns))
    some = every[patterns[every, 0] == 1]  # point 0 fixed active for the first neuron
    node = relaxation.bound(some, every)
    assert len(node.gaps) == 2 and node.gaps[0][0] == 0.0
    free = [relaxation.sides(cells)[2] for cells in (some, every)]
    for gap, points in zip(node.gaps, free):
        assert np.all(gap >= -1e-7)
        assert np.all(np.delete(gap, points) == 0.0)
    gap = node.gaps[1]
    assert gap.max() > 1e-6  # the hull relaxation is not exact at the root
    point, score = relaxation.split(every, gap)
    assert point == int(np.argmax(gap)) and score == pytest.approx(gap.max())


@pytest.mark.parametrize("seed, signs", [(0, (1, -1)), (1, (1, 1, -1)), (2, (1, 1, -1, -1))])
def test_a_child_started_from_its_parent_s_working_set_gets_the_same_bound(seed, signs):
    """Down a path of splits, each child's QP solved from its parent's final working set (the
    search's warm start) and from an empty one: the same bound (both are the dual function at
    the solver's multipliers of one QP), and the parent's set is named by constraints that
    exist in the child (keys survive the renumbering of columns and rows)."""
    rng = np.random.default_rng(seed)
    x_tilde = augmented(rng.uniform(-1, 1, size=(14, 2)), True)
    y = rng.normal(size=14)
    patterns = all_patterns(x_tilde)
    relaxation = PairRelaxation(x_tilde, y, signs, np.full(3, 2.0), (-2.0, 2.0), patterns)
    sets = tuple(np.arange(len(patterns)) for _ in signs)
    node = relaxation.bound(*sets)
    for depth in range(12):
        neuron = depth % len(signs)
        split = relaxation.split(sets[neuron], node.gaps[neuron])
        if split is None:
            break
        point = split[0]
        side = patterns[sets[neuron], point] == depth % 2
        sets = sets[:neuron] + (sets[neuron][side],) + sets[neuron + 1:]
        cold = relaxation.bound(*sets)
        warm = relaxation.bound(*sets, start=node.working)
        assert node.working is not None and len(node.working[0]) > 0
        assert warm.bound == pytest.approx(cold.bound, rel=1e-6, abs=1e-9)
        node = warm
    assert depth >= 6
