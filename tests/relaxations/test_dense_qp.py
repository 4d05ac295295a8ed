"""The small dense QPs of the direction tree: DAQP and the HiGHS fallback give the same rigorous
bounds, and neither bounds above the problem's true minimum."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.relaxations import dense_qp
from relu_opt.relaxations.cell_problem import squared_dual_bound

highspy = pytest.importorskip("highspy")


def _random_program(seed: int):
    """min ||A z - t||^2, C z >= 0, box: a rank-deficient A (as the free neurons' blocks are)."""
    rng = np.random.default_rng(seed)
    rows, cols = 12, 9
    design = rng.normal(size=(rows, 5)) @ rng.normal(size=(5, cols))
    cone = rng.normal(size=(7, cols))
    t = rng.normal(size=rows) * 3
    lower, upper = -rng.uniform(0.5, 2, cols), rng.uniform(0.5, 2, cols)
    return design, cone, t, lower, upper


def _bound(program, point):
    design, cone, t, lower, upper = program
    return squared_dual_bound(design, cone, t, lower, upper, point.residual, point.cone_duals, point.dual_signs)


def _minimum_by_cvxpy(program) -> float:
    cp = pytest.importorskip("cvxpy")
    design, cone, t, lower, upper = program
    z = cp.Variable(design.shape[1])
    problem = cp.Problem(cp.Minimize(cp.sum_squares(design @ z - t)), [cone @ z >= 0, z >= lower, z <= upper])
    problem.solve(solver=cp.CLARABEL)
    return float(problem.value)


@pytest.mark.parametrize("seed", range(6))
def test_daqp_and_highs_bound_the_same_minimum_from_below(seed, monkeypatch):
    program = _random_program(seed)
    minimum = _minimum_by_cvxpy(program)
    by_daqp = dense_qp.solve_least_squares(*program, highspy=highspy)
    assert by_daqp is not None and by_daqp.dual_signs == (1.0,)
    monkeypatch.setattr(dense_qp, "daqp", None)
    by_highs = dense_qp.solve_least_squares(*program, highspy=highspy)
    assert by_highs is not None and by_highs.dual_signs == (1.0, -1.0)
    for point in (by_daqp, by_highs):
        bound = _bound(program, point)
        assert bound <= minimum * (1 + 1e-9) + 1e-9  # valid
        assert bound >= minimum - 1e-5 * (1 + minimum)  # and tight: the solve was not a failure
    # DAQP's multipliers have the sign convention the bound is told (the other sign: weaker,
    # where some row binds)
    if np.max(np.abs(by_daqp.cone_duals)) > 1e-3:
        flipped = dense_qp.LeastSquaresPoint(by_daqp.z, by_daqp.residual, -by_daqp.cone_duals, (1.0,))
        assert _bound(program, flipped) < _bound(program, by_daqp) - 1e-6


def test_a_failed_daqp_solve_falls_back_to_highs(monkeypatch):
    program = _random_program(0)

    class Failing:
        @staticmethod
        def solve(*args, **kwargs):
            return np.zeros(program[0].shape[1]), 0.0, -1, {"lam": np.zeros(1)}

    monkeypatch.setattr(dense_qp, "daqp", Failing)
    point = dense_qp.solve_least_squares(*program, highspy=highspy)
    assert point is not None and point.dual_signs == (1.0, -1.0)
    assert _bound(program, point) == pytest.approx(_minimum_by_cvxpy(program), rel=1e-5, abs=1e-6)


def _bound_by_the_general_route(design, cone, t, lower, upper, residual, cone_duals, signs):
    """The same bound through ``dual_bound`` on the program [z, r], [C z >= 0; r - A z = -t]
    built as coordinate triplets (the route squared_dual_bound took before its dense form)."""
    from relu_opt.relaxations.dual_bound import SeparableProgram, dual_bound

    n, n_core = design.shape
    n_cone = cone.shape[0]
    matrix = np.block([[cone, np.zeros((n_cone, n))], [-design, np.eye(n)]])
    rows, cols = np.nonzero(matrix)
    program = SeparableProgram(
        (rows, cols, matrix[rows, cols], matrix.shape),
        np.concatenate([np.zeros(n_cone), -t]), np.concatenate([np.full(n_cone, np.inf), -t]),
        np.concatenate([lower, np.full(n, -np.inf)]), np.concatenate([upper, np.full(n, np.inf)]),
        np.concatenate([np.zeros(n_core), np.ones(n)]),
    )
    return max(dual_bound(program, np.concatenate([s * cone_duals, 2 * residual])) for s in signs)


@pytest.mark.parametrize("seed", range(8))
def test_the_dense_dual_bound_is_the_general_one(seed):
    """At any multipliers (a solver's, perturbed ones, wrong-signed ones) the dense evaluation
    equals the general separable dual function, to rounding; an infinite box side along a
    moving coefficient gives -inf in both."""
    program = _random_program(seed)
    design, cone, t, lower, upper = program
    point = dense_qp.solve_least_squares(design, cone, t, lower, upper, highspy)
    rng = np.random.default_rng(seed)
    for residual, duals in [(point.residual, point.cone_duals),
                            (point.residual + rng.normal(size=point.residual.shape) * 0.1,
                             point.cone_duals + rng.normal(size=point.cone_duals.shape))]:
        for signs in [(1.0,), (1.0, -1.0), (-1.0,)]:
            dense = squared_dual_bound(design, cone, t, lower, upper, residual, duals, signs)
            general = _bound_by_the_general_route(design, cone, t, lower, upper, residual, duals, signs)
            assert dense == pytest.approx(general, rel=1e-12, abs=1e-12)
    open_upper = upper.copy()
    open_upper[0] = np.inf
    residual = point.residual + 1.0
    assert (squared_dual_bound(design, cone, t, lower, open_upper, residual, point.cone_duals, (1.0,))
            == _bound_by_the_general_route(design, cone, t, lower, open_upper, residual, point.cone_duals, (1.0,)))
