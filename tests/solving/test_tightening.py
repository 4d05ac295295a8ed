"""Bound tightening keeps every solution better than its cutoff: the optimum's
pre-activations lie inside the tightened intervals, which are no wider than before."""

from __future__ import annotations

import numpy as np

from relu_opt import train
from relu_opt.api import define_problem
from relu_opt.generators import teacher_dataset
from relu_opt.network import augmented
from relu_opt.reformulations.sign_normalized import build_normalized_model
from relu_opt.solving.tightening import tighten

from ..conftest import require_solver


def test_tightened_bounds_contain_the_optimum_and_shrink():
    require_solver("scip")
    data = teacher_dataset(6, 2, [2], 1, noise=0.05, seed=2)
    problem = define_problem(data, [2], bound=2.0)
    optimum = train(data, [2], bound=2.0, formulation="strong")
    assert optimum.proven_optimal
    hidden, output = optimum.weights.layers
    signs = tuple(int(s) for s in np.where(output.weight[0] >= 0, 1, -1))
    order = np.argsort([-s for s in signs], kind="stable")  # positive neurons first, as in a class
    u = (np.abs(output.weight[0])[:, None] * np.hstack([hidden.weight, hidden.bias[:, None]]))[order]
    cutoff = optimum.objective * (1 + 1e-6)
    bounds, report = tighten(problem, tuple(sorted(signs, reverse=True)), cutoff, time_budget=10)
    pre = augmented(data.x, True) @ u.T
    slack = 1e-6 * (1 + np.abs(pre))
    assert np.all(bounds.pre_lower <= pre + slack) and np.all(pre <= bounds.pre_upper + slack)
    base = build_normalized_model(problem, signs=tuple(sorted(signs, reverse=True)))
    assert np.all(bounds.pre_upper - bounds.pre_lower <= base.bounds.pre_upper[0] - base.bounds.pre_lower[0] + 1e-9)
    assert report.mean_width_after <= report.mean_width_before and report.lps > 0
