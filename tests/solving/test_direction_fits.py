"""The direction tree's own networks: real networks of the class, valued by the forward pass,
never worse than the network whose directions they start from; and the cutoff they lower."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.certify import certify
from relu_opt.generators import teacher_dataset
from relu_opt.methods.arrangements import all_patterns
from relu_opt.network import Layer, Weights, augmented, loss_value
from relu_opt.reformulations.anchor_normalized import network_class
from relu_opt.solving.leaf_account import LeafAccount, CellOutcome, lowered_cutoff
from relu_opt.solving.direction_fits import TupleFitter
from relu_opt.solving.direction_parts import network_result
from relu_opt.results import Termination


def _problem(seed: int, bound: float = 2.0, hidden_bias: bool = True):
    data = teacher_dataset(7, 2, [2], 2, seed=seed)
    return define_problem(data, [2], bound=bound, hidden_bias=hidden_bias)


def _random_network(rng, bound: float, hidden_bias: bool) -> Weights:
    return Weights((
        Layer(rng.uniform(-bound, bound, (2, 2)), rng.uniform(-bound, bound, 2) if hidden_bias else None),
        Layer(rng.uniform(-bound, bound, (2, 2)), rng.uniform(-bound, bound, 2)),
    ))


def _tuple_and_angles(net: Weights, x_tilde: np.ndarray, patterns: np.ndarray):
    """The network's class (anchors), its neurons' cells and output angles, in the model's
    (sorted-anchor) neuron order."""
    pre = net.trace(x_tilde[:, :2])[0][0]
    w2 = net.layers[1].weight
    anchors = []
    for j in range(2):
        k = int(np.argmax(np.abs(w2[:, j])))
        anchors.append((k, 1 if w2[k, j] >= 0 else -1))
    order = sorted(range(2), key=lambda j: anchors[j])
    cells, angles = [], []
    for j in order:
        side = (pre[:, j] > 0).astype(float)
        matches = np.flatnonzero((patterns == side).all(axis=1))
        if matches.size == 0:
            return None
        cells.append(int(matches[0]))
        angles.append(math.atan2(w2[1, j], w2[0, j]))
    return tuple(anchors[j] for j in order), tuple(cells), tuple(angles)


@pytest.mark.parametrize("hidden_bias", [True, False])
def test_a_fit_is_a_real_network_no_worse_than_its_start(hidden_bias):
    """Started from a network's own cells and output directions, the fit's loss is at most that
    network's (its u solves the first QP's constraints), it is the forward pass's loss of the
    returned weights, and those weights lie in the box."""
    problem = _problem(0, hidden_bias=hidden_bias)
    x_tilde = augmented(problem.dataset.x, hidden_bias)
    patterns = all_patterns(x_tilde)
    rng = np.random.default_rng(1)
    checked = 0
    for _ in range(60):
        net = _random_network(rng, 2.0, hidden_bias)
        found = _tuple_and_angles(net, x_tilde, patterns)
        if found is None:
            continue
        anchors, cells, angles = found
        fit = TupleFitter(problem, patterns, anchors).fit(cells, angles)
        assert fit is not None
        start = loss_value(net.predict(problem.dataset.x), problem.dataset.y, "squared")
        assert fit.value <= start * (1 + 1e-9) + 1e-12
        assert fit.value == pytest.approx(loss_value(fit.weights.predict(problem.dataset.x), problem.dataset.y, "squared"))
        assert network_class(fit.weights) == anchors or fit.value < start  # it may leave the class only by improving
        for layer in fit.weights.layers:
            assert np.all(np.abs(layer.weight) <= 2.0 * (1 + 1e-12))
        checked += 1
    assert checked >= 30


def test_the_tree_network_is_certified_like_a_solvers():
    """``network_result`` wraps a fit as a Result whose certificate re-computes its loss."""
    from relu_opt.backends import get_backend

    problem = _problem(2)
    x_tilde = augmented(problem.dataset.x, True)
    patterns = all_patterns(x_tilde)
    rng = np.random.default_rng(3)
    net = _random_network(rng, 2.0, True)
    anchors, cells, angles = _tuple_and_angles(net, x_tilde, patterns)
    fit = TupleFitter(problem, patterns, anchors).fit(cells, angles)
    result = network_result(problem, fit, get_backend("scip"), 0.1)
    assert result.weights is fit.weights
    assert result.certificate.recomputed_objective == pytest.approx(fit.value, rel=1e-12)
    assert result.certificate.max_domain_violation == 0
    assert result.termination is Termination.TIME_LIMIT  # a network, not a proof
    assert certify(result, problem.dataset).verdict.value != "rejected"


@pytest.mark.parametrize("start, best", [(0.15318, 0.151337), (2.0, 0.5), (1e-3, 1e-9), (5.0, 0.0)])
def test_a_lowered_cutoff_keeps_the_relative_gap(start, best):
    """A better incumbent lowers the cutoff to the same share below it as the first cutoff was
    below the start (the same absolute gap is a larger share of a smaller objective)."""
    share = 5e-7
    cutoff = start * (1 - share)
    lowered = lowered_cutoff(best, cutoff, start)
    assert lowered <= best
    if best > 0:
        assert (best - lowered) / best == pytest.approx(share, rel=1e-9)
    assert lowered_cutoff(start * 2, cutoff, start) == cutoff  # a worse one changes nothing
    assert lowered_cutoff(math.inf, cutoff, start) == cutoff


def test_a_users_cutoff_is_not_taken_for_a_gap():
    """--cutoff far below the start: a better incumbent lowers the cutoff to itself, not to the
    same share below it (which had closed nodes at half the optimum found)."""
    assert lowered_cutoff(0.9, 0.95, 2.0) == 0.9 and lowered_cutoff(0.9, 1.8, 2.0) == 0.9
    assert lowered_cutoff(0.9, 0.5, 2.0) == 0.5  # the user's own cutoff is lower still
    assert lowered_cutoff(2.5, 0.95, 2.0) == 0.95


def test_leaves_closed_without_a_solve_keep_the_class_bound_below_them():
    """A leaf closed because a better incumbent lowered the cutoff proves only its floor: the
    class bound is never above it."""
    account = LeafAccount(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.0)
    account.closed(0.97)
    assert account.close().bound == pytest.approx(0.97)


def test_the_board_lowers_a_leaf_cutoff():
    """Parts solved side by side: another part's better objective lowers this class's leaves'
    cutoff (relative gap kept)."""
    class Board:
        def best(self) -> float:
            return 0.5

    account = LeafAccount(CellOutcome(Termination.CUTOFF, 1.0), cutoff=0.999, start=1.0, board=Board())
    assert account.leaf_cutoff() == pytest.approx(0.5 * 0.999)
