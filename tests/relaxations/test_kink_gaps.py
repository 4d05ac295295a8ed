"""The kink-gap relaxation never bounds above a real network of its node, and its search reaches
the least loss of one kink plus a line found by an independent grid search."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.relaxations.kink_gaps import (ONE, TWO, KinkGapRelaxation, KinkNode, configuration_count,
                                            configurations)
from relu_opt.solving.kink_floor import kink_floor, kink_floor_applies

pytest.importorskip("highspy")


def _forward(x, w, b, v, c):
    return np.maximum(np.outer(x, w) + b, 0.0) @ v.T + c  # N x p


def _node_of(relaxation, x, w, b, v, rng):
    """A node holding the network: each gap's kinks counted (two or more: TWO), each one-kink gap
    with the signs of its slope change and a random interval of places around its kink."""
    inputs, gaps = np.unique(x), relaxation.gaps
    kinds, signs, places = [0] * gaps, [None] * gaps, [(0.0, 1.0)] * gaps
    kinks = [(-bj / wj, j) for j, (wj, bj) in enumerate(zip(w, b)) if wj != 0]
    for g in range(gaps):
        inside = [(t, j) for t, j in kinks if inputs[g] <= t <= inputs[g + 1]]
        if len(inside) >= 2:
            kinds[g] = TWO
        elif len(inside) == 1:
            t, j = inside[0]
            kinds[g] = ONE
            change = v[:, j] * abs(w[j])  # the slope change of relu(w x + b) at its kink, times v
            if rng.random() < 0.5:
                signs[g] = tuple(1.0 if c >= 0 else -1.0 for c in change)
            place = (inputs[g + 1] - t) / (inputs[g + 1] - inputs[g])
            lo, hi = max(0.0, place - rng.random() * 0.3), min(1.0, place + rng.random() * 0.3)
            places[g] = (lo, hi) if rng.random() < 0.8 else (place, place)
    return KinkNode(tuple(kinds), tuple(signs), tuple(places))


@pytest.mark.parametrize("seed, outputs", [(0, 2), (1, 2), (2, 1), (3, 3)])
def test_node_bounds_stay_below_networks_of_the_node(seed, outputs):
    """Hundreds of networks (half near a planted one, so bounds are tight and a wrong row would
    show), each in a node built from its own kinks: bound <= loss (to the dual bound's rounding)."""
    rng = np.random.default_rng(seed)
    n, width, box = 12, 3, 3.0
    x = np.sort(rng.uniform(-2, 2, n))
    w0, b0, v0 = rng.uniform(-box, box, width), rng.uniform(-box, box, width), rng.uniform(-box, box, (outputs, width))
    c0 = rng.uniform(-1, 1, outputs)
    y = _forward(x, w0, b0, v0, c0) + 0.1 * rng.standard_normal((n, outputs))
    checked = 0
    for trial in range(300):
        scale = 0.05 if trial % 2 == 0 else box
        w = np.clip(w0 + scale * rng.standard_normal(width), -box, box) if trial % 2 == 0 else rng.uniform(-box, box, width)
        b = np.clip(b0 + scale * rng.standard_normal(width), -box, box) if trial % 2 == 0 else rng.uniform(-box, box, width)
        v = np.clip(v0 + scale * rng.standard_normal((outputs, width)), -box, box) if trial % 2 == 0 else rng.uniform(-box, box, (outputs, width))
        c = c0 + 0.05 * rng.standard_normal(outputs)
        loss = float(np.sum((_forward(x, w, b, v, c) - y) ** 2))
        relaxation = KinkGapRelaxation(x, y, width, width * box * box, cutoff=2 * loss + 1e-9)
        node = _node_of(relaxation, x, w, b, v, rng)
        bound = relaxation.bound(node).bound
        assert bound <= loss * (1 + 1e-7) + 1e-9, (trial, bound, loss, node)
        checked += 1
    assert checked == 300


def test_configurations_are_the_maximal_ones():
    assert configuration_count(14, 5) == len(list(configurations(14, 5))) == 2002 + 364 * 11 + 14 * 78
    # too few gaps for the width: every gap takes two or more kinks
    assert list(configurations(2, 5)) == [(TWO, TWO)]
    for kinds in configurations(6, 4):
        assert sum(kinds) == 4  # a + 2b = width


def _one_kink_and_a_line(x, y, grid=4001):
    """min over t on a fine grid (plus each data point) of the least squares of c + s x + d relu(x - t),
    every output its own c, s, d: an independent estimate of the relaxation's optimum for width 1."""
    best = math.inf
    for t in np.unique(np.concatenate([np.linspace(x.min(), x.max(), grid), x])):
        basis = np.column_stack([np.ones_like(x), x, np.maximum(x - t, 0.0)])
        coef, *_ = np.linalg.lstsq(basis, y, rcond=None)
        best = min(best, float(np.sum((basis @ coef - y) ** 2)))
    return best


@pytest.mark.parametrize("seed", [0, pytest.param(1, marks=pytest.mark.slow)])
def test_search_reaches_one_kink_and_a_line(seed):
    """Width 1, two outputs: the relaxation (slopes left free) is exactly 'one kink plus a line';
    the search, run to the end with a cutoff just above that optimum, returns it (to the
    halvings' resolution and the grid's) and never more. (Before the KKT polish of each node's
    multipliers the dual bound stayed 0.2 % below: DAQP's stationarity 1e-8 times slopes of 900.)"""
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-1, 1, 9))
    y = np.column_stack([np.abs(x - 0.2) + 0.1 * rng.standard_normal(9), np.maximum(0.3 - x, 0) + 0.1 * rng.standard_normal(9)])
    reference = _one_kink_and_a_line(x, y)
    problem = define_problem((x[:, None], y), [1], bound=30.0)
    assert kink_floor_applies(problem)
    found = kink_floor(problem, cutoff=1.001 * reference, seconds=None)
    assert found.bound <= reference * (1 + 1e-9)
    assert found.bound >= reference * (1 - 1e-4)


@pytest.mark.parametrize("scale", [1e-3, 1e3])
def test_floor_scales_with_the_data(scale):
    """x and y times s, the box's slopes unchanged in units of y per x: the floor times s^2."""
    rng = np.random.default_rng(4)
    x = np.sort(rng.uniform(-1, 1, 10))
    y = np.column_stack([np.sin(3 * x), np.cos(2 * x)]) + 0.05 * rng.standard_normal((10, 2))
    plain = kink_floor(define_problem((x[:, None], y), [2], bound=3.0), cutoff=0.05, seconds=20)
    scaled = kink_floor(define_problem((scale * x[:, None], scale * y), [2], bound=3.0, bias_bound=3.0 * scale),
                        cutoff=0.05 * scale ** 2, seconds=20)
    assert plain.bound > 0
    assert scaled.bound == pytest.approx(plain.bound * scale ** 2, rel=1e-3)


def test_applies_only_where_the_relaxation_holds():
    x, y = np.linspace(0, 1, 6)[:, None], np.zeros((6, 2))
    y[:, 0] = np.linspace(0, 1, 6) ** 2
    assert kink_floor_applies(define_problem((x, y), [2], bound=3.0))
    assert not kink_floor_applies(define_problem((x, y[:, :1]), [2], bound=3.0))  # scalar output
    assert not kink_floor_applies(define_problem((x, y), [2], bound=3.0, hidden_bias=False))
    assert not kink_floor_applies(define_problem((x, y), [2], weight_decay=0.1))
    assert not kink_floor_applies(define_problem((np.hstack([x, x ** 2]), y), [2], bound=3.0))
    with pytest.raises(ValueError, match="finite cutoff"):
        kink_floor(define_problem((x, y), [2], bound=3.0), cutoff=math.inf, seconds=1)
