"""The convex-regression bound of a one-sign class: closed forms, validity against the class's own
certified optimum, and the same certified optimum with and without it."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import define_problem, train
from relu_opt.data import Dataset
from relu_opt.generators import teacher_dataset
from relu_opt.solving.class_screen import screen_bound
from relu_opt.solving.plan import Part, build_part, make_plan
from relu_opt.solving.single import solve_model
from relu_opt.solving.strategy import STRONG, Strategy
from tests.conftest import certifies

V_SHAPE = Dataset(np.array([[-1.0], [0.0], [1.0]]), np.array([[-1.0], [0.0], [-1.0]]))


def test_a_convex_fit_of_an_upside_down_v_costs_two_thirds():
    """y = -|x| at -1, 0, 1. A convex fit g has g(0) <= (g(-1) + g(1)) / 2; by symmetry the best
    is the constant -2/3 (loss 2 (1/3)^2 + (2/3)^2 = 2/3), which two ReLUs plus a bias realize."""
    problem = define_problem(V_SHAPE, [2], bound=5.0)
    convex = screen_bound(problem, (1, 1))
    assert 2 / 3 * (1 - 1e-4) <= convex.bound <= 2 / 3 + 1e-12  # tangents of r^2 stop at 1e-4
    concave = screen_bound(problem, (-1, -1))  # -relu(x) - relu(-x) = -|x| fits exactly
    assert 0.0 <= concave.bound <= 1e-9
    assert screen_bound(problem, (1, -1)) is None  # mixed classes get no bound


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_bound_never_exceeds_the_class_optimum(seed):
    """Each one-sign class solved on its own (branch-and-bound, no screen) certifies its
    optimum; the screen's bound (LP duality) lies below it."""
    data = teacher_dataset(12, 2, [2], 1, noise=0.2, seed=seed)
    problem = define_problem(data, [2], bound=2.0)
    plan = make_plan(problem, Strategy(warm_start=False, screen=False))
    for signs in ((1, 1), (-1, -1)):
        result = solve_model(build_part(plan, Part(signs=signs)))
        assert result.proven_optimal
        screen = screen_bound(problem, signs)
        assert screen.bound <= result.certificate.upper * (1 + 1e-6), (signs, screen.bound, result.objective)


def test_with_and_without_the_screen_the_certified_optimum_is_the_same():
    data = teacher_dataset(14, 2, [2], 1, noise=0.1, seed=5)
    without = train(data, [2], bound=3.0, strategy=Strategy(screen=False), options=_one_process())
    screened = train(data, [2], bound=3.0, strategy=STRONG, options=_one_process())
    assert without.proven_optimal
    certifies(screened, without.objective)
    assert any("screen" in part for part in screened.details["parts"])


def test_other_losses_and_too_many_points_are_not_screened():
    problem = define_problem(V_SHAPE, [2], bound=5.0, loss="l1")
    assert screen_bound(problem, (1, 1)) is None


def _one_process():
    from relu_opt.backends import SolveOptions

    return SolveOptions(jobs=1)


def test_the_screen_works_after_another_highs_solve_in_the_same_process():
    """HiGHS 1.16 refused every run whose "threads" option differed from the first solve's in the
    process: the screen silently returned 0 in CI (fixed by not setting it)."""
    highspy = pytest.importorskip("highspy")
    first = highspy.Highs()
    first.setOptionValue("output_flag", False)
    first.addVar(0.0, 1.0)
    first.run()
    assert screen_bound(define_problem(V_SHAPE, [2], bound=5.0), (1, 1)).bound >= 2 / 3 * (1 - 1e-4)
