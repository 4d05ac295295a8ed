"""One built model to one certified Result: the tolerances the backend is asked for."""

from __future__ import annotations

import pytest

from relu_opt.api import build_training
from relu_opt.backends import SolveOptions
from relu_opt.results import OPTIMALITY_GAP, ZERO_LEVEL, Verdict
from relu_opt.solving.single import GAP_SHARE, TIGHT_FEASIBILITY_TOL, resolve_tolerances, solve_model

from ..conftest import BLOG, BLOG_OPTIMUM, require_solver


def test_tolerances_scale_with_the_data_and_leave_room_for_the_solver():
    asked = resolve_tolerances(SolveOptions(), reference=98.0)
    assert asked.abs_gap == pytest.approx(GAP_SHARE * OPTIMALITY_GAP * ZERO_LEVEL * 98.0)
    assert asked.rel_gap == pytest.approx(GAP_SHARE * OPTIMALITY_GAP)
    assert asked.feasibility_tol == TIGHT_FEASIBILITY_TOL
    mine = resolve_tolerances(SolveOptions(rel_gap=0.1, abs_gap=1.0, feasibility_tol=1e-6), reference=98.0)
    assert (mine.rel_gap, mine.abs_gap, mine.feasibility_tol) == (GAP_SHARE * 0.1, GAP_SHARE * 1.0, 1e-6)


def test_a_built_model_is_solved_as_it_is_and_certified():
    require_solver("scip")
    training = build_training(BLOG, [1], hidden_bias=False, output_bias=False, bound=10, encoding="bigm")
    result = solve_model(training, "scip", SolveOptions(time_limit=60))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert result.certificate.requested_gap == OPTIMALITY_GAP
    assert result.objective == pytest.approx(BLOG_OPTIMUM, rel=1e-6)
    assert result.bound <= BLOG_OPTIMUM * (1 + 1e-9)
