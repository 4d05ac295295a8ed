"""The direction-and-cell relaxation never bounds above a real network of its node."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relu_opt.methods.arrangements import all_patterns
from relu_opt.network import augmented
from relu_opt.relaxations.direction_cells import DirectionRelaxation, Slot, anchor_sector, largest_share

highspy = pytest.importorskip("highspy")


def _network_loss(x_tilde, y, directions, u, c):
    outputs = sum(np.outer(np.maximum(x_tilde @ u_j, 0.0), a_j) for a_j, u_j in zip(directions, u)) + c
    return float(np.sum((outputs - y) ** 2))


def test_anchor_sectors_tile_the_circle_around_the_axes():
    sectors = sorted(anchor_sector(a) for a in [(0, 1), (1, 1), (0, -1), (1, -1)])
    assert all(hi - lo == pytest.approx(math.pi / 2) for lo, hi in sectors)
    assert all(sectors[k][1] == pytest.approx(sectors[k + 1][0]) for k in range(3))
    lo, hi = anchor_sector((1, -1))
    assert math.sin((lo + hi) / 2) == pytest.approx(-1.0)
    # the share of a coordinate over a sector: 1 where it is the largest, tan/cot elsewhere
    assert largest_share(-math.pi / 4, math.pi / 4, 0) == 1.0
    assert largest_share(0.0, 0.3, 1) == pytest.approx(math.tan(0.3))


@pytest.mark.parametrize("seed, bias, inputs", [(0, True, 2), (3, False, 2), (5, True, 1),
                                                pytest.param(1, True, 2, marks=pytest.mark.slow),
                                                pytest.param(2, True, 2, marks=pytest.mark.slow),
                                                pytest.param(6, True, 1, marks=pytest.mark.slow)])
def test_node_bounds_stay_below_networks_of_the_node(seed, bias, inputs):
    """Networks near a planted one (so the bounds are close to the losses and a wrong row would
    show) and random ones; each in nodes that contain it: its cells fixed or free, sectors of
    widths from pi/2 down to 1e-3 around its output directions. The bound is at most its loss
    (up to the dual bound's rounding, 1e-9 relative). Without a hidden bias x~ = x: the convexity
    rows' subgradients must still span every input (they once took one coordinate too few).
    One input: the free neurons' convexity by the chain of sorted points, with a repeated input."""
    rng = np.random.default_rng(seed)
    n_points, u_box = 9, 2.0
    x = rng.uniform(-1, 1, size=(n_points, inputs))
    if inputs == 1:
        x[-1] = x[0]
    x_tilde = augmented(x, bias)
    d = x_tilde.shape[1]
    planted_u = rng.uniform(-u_box, u_box, size=(2, d))
    planted_angles = rng.uniform(-math.pi, math.pi, size=2)
    unit = lambda angle: np.array([math.cos(angle), math.sin(angle)]) / max(abs(math.cos(angle)), abs(math.sin(angle)))
    y = sum(np.outer(np.maximum(x_tilde @ u, 0), unit(t)) for u, t in zip(planted_u, planted_angles))
    y = y + 0.3 + 0.05 * rng.normal(size=y.shape)
    patterns = all_patterns(x_tilde)
    index = {tuple(p): k for k, p in enumerate(patterns.astype(int))}
    relaxation = DirectionRelaxation(x, x_tilde, y, patterns, np.full(d, u_box), np.full(2, -1.0), np.full(2, 1.0), highspy)
    checked = tight = 0
    for trial in range(120):
        near = trial % 2 == 0
        u = planted_u + (0.002 * rng.normal(size=(2, d)) if near else rng.uniform(-u_box, u_box, size=(2, d)) - planted_u)
        u = np.clip(u, -u_box, u_box)
        angles = planted_angles + (0.001 * rng.normal(size=2) if near else rng.uniform(-math.pi, math.pi, size=2))
        c = np.clip(np.mean(y - sum(np.outer(np.maximum(x_tilde @ u_j, 0), unit(t)) for u_j, t in zip(u, angles)), axis=0), -1, 1)
        loss = _network_loss(x_tilde, y, [unit(t) for t in angles], u, c)
        slots = []
        for j in range(2):
            key = tuple((x_tilde @ u[j] > 0).astype(int))
            if key not in index or np.min(np.abs(x_tilde @ u[j])) < 1e-9:
                break  # on a hyperplane: the pattern is a face, not a cell
            width = float(rng.choice([math.pi / 2, 0.3, 0.02, 1e-3]))
            offset = rng.uniform(0, width)
            cell = None if rng.random() < 0.25 else index[key]
            slots.append(Slot(cell, angles[j] - offset, angles[j] - offset + width))
        else:
            result = relaxation.bound(tuple(slots))
            assert result.bound <= loss * (1 + 1e-9) + 1e-12, (trial, result, loss, slots)
            checked += 1
            tight += result.bound > 0.5 * loss
    assert checked >= 100 and tight >= 10  # enough of them close to the bound to mean something


@pytest.mark.parametrize("seed", [0, 1])
def test_one_input_chain_rows_bound_as_all_pairs_do(seed):
    """On a line, "convex with slopes in [-L, L]" by the sorted chain (K - 2 rows) and by all
    N (N - 1) pairs with subgradient variables describe the same values: the bounds agree."""
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-1, 1, size=(10, 1)), axis=0)
    x[3] = x[2]  # a repeated input
    x[7] = x[6] + 1e-7  # and a near-repeated one
    x = rng.permutation(x)
    x_tilde = augmented(x, True)
    y = rng.normal(size=(10, 2))
    patterns = all_patterns(x_tilde)
    line = DirectionRelaxation(x, x_tilde, y, patterns, np.full(2, 2.0), np.full(2, -1.0), np.full(2, 1.0), highspy)
    pairs = DirectionRelaxation(x, x_tilde, y, patterns, np.full(2, 2.0), np.full(2, -1.0), np.full(2, 1.0), highspy)
    pairs.line = None
    assert line.line is not None
    compared = 0
    for _ in range(30):
        slots = []
        for j in range(2):
            lo = rng.uniform(-math.pi, math.pi)
            width = float(rng.choice([math.pi / 2, 0.3, 0.01]))
            slots.append(Slot(None if rng.random() < 0.7 else int(rng.integers(len(patterns))), lo, lo + width))
        a, b = line.bound(tuple(slots)), pairs.bound(tuple(slots))
        # both are rigorous bounds of one minimum: they differ by the solves' accuracy only
        assert a.bound == pytest.approx(b.bound, rel=1e-4, abs=1e-6)
        compared += a.bound > 1e-3
    assert compared >= 10
