"""The kink floor inside the solve: it floors the result, never contradicts the other routes, and
runs only where its relaxation holds."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from relu_opt import SolveOptions, define_problem, train
from relu_opt.solving import kink_floor as module
from relu_opt.results import Verdict
from relu_opt.solving.strategy import STRONG, with_steps

from ..conftest import require_solver


def _one_input_two_outputs(seed: int, n: int = 7):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-1, 1, n))[:, None]
    y = np.column_stack([np.maximum(x[:, 0] - 0.1, 0) - 0.5 * np.maximum(0.4 - x[:, 0], 0),
                         np.maximum(0.2 - x[:, 0], 0)]) + 0.05 * rng.standard_normal((n, 2))
    return x, y


@pytest.mark.parametrize("seed", [0, pytest.param(3, marks=pytest.mark.slow)])
def test_the_floor_bounds_the_solve_and_agrees_with_the_route_without_it(seed):
    """Both routes certify the same optimum (two methods agreeing); with the floor, the result's
    bound is at least the floor and the floor at most the optimum."""
    require_solver("scip")
    x, y = _one_input_two_outputs(seed)
    options = SolveOptions(time_limit=120, jobs=1)
    with_floor = train((x, y), [2], bound=3.0, options=options)
    without = train((x, y), [2], bound=3.0, options=options, strategy=with_steps(STRONG, kink_floor=False))
    assert "kink_floor" in with_floor.details and "kink_floor" not in without.details
    floor = with_floor.details["kink_floor"]["bound"]
    assert with_floor.bound >= floor * (1 - 1e-12)
    assert with_floor.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert without.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    optimum = min(with_floor.objective, without.objective)
    assert floor <= optimum * (1 + 1e-7)
    assert with_floor.objective == pytest.approx(without.objective, rel=1e-5)


def test_a_scalar_or_two_input_problem_does_not_run_it():
    require_solver("scip")
    x, y = _one_input_two_outputs(1)
    options = SolveOptions(time_limit=30, jobs=1)
    assert "kink_floor" not in train((x, y[:, :1]), [2], bound=3.0, options=options).details
    assert "kink_floor" not in train((np.hstack([x, x ** 2]), y), [1], bound=3.0, options=options).details


def test_the_floor_does_not_depend_on_the_machines_speed(monkeypatch):
    """Where the search stops because its floor has stalled, the floor is the same on a machine a
    thousand times slower (a clock that jumps 1 ms per reading): the stall is counted in nodes.
    (Counted in seconds, the moved-label gadget's floor had stopped at 0.0021 beside other runs
    and at 1/150 alone.)"""
    x, y = _one_input_two_outputs(0, n=9)
    problem = define_problem((x, y), [2], bound=3.0)
    cutoff = problem.reference_objective()
    plain = module.kink_floor(problem, cutoff, None, networks=False)
    ticks = itertools.count()
    monkeypatch.setattr(module.time, "perf_counter", lambda: next(ticks) * 1e-3)
    slow = module.kink_floor(problem, cutoff, None, networks=False)
    assert plain.nodes > 0
    assert slow.bound == plain.bound and slow.nodes == plain.nodes and slow.stalled == plain.stalled
