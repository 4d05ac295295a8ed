"""The literature's other routes, each checked against an independent one."""

from __future__ import annotations

import itertools
from fractions import Fraction
from math import comb

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.data import Dataset
from relu_opt.api import define_problem
from relu_opt.results import Verdict
from relu_opt.errors import InputError
from relu_opt.generators import teacher_dataset
from relu_opt.methods.arrangements import all_patterns, sampled_patterns
from relu_opt.network import augmented
from relu_opt.results import Termination

from ..conftest import BLOG, XOR, agree, certifies, require_solver

pytest.importorskip("cvxpy")


# ---------------------------------------------------------------- activation patterns

@pytest.mark.parametrize("n_points", [5, 9, 14])
def test_pattern_count_matches_central_arrangement_formula(n_points):
    """N hyperplanes through 0 in general position in R^3 cut it into 2 sum_{k<3} C(N-1, k) cells."""
    x = np.random.default_rng(n_points).uniform(-1, 1, (n_points, 2))
    patterns = all_patterns(augmented(x, True))
    assert len(patterns) == 2 * sum(comb(n_points - 1, k) for k in range(3))
    assert len({tuple(p) for p in patterns}) == len(patterns)


def test_every_sampled_pattern_is_found_and_every_found_pattern_is_realizable():
    x = augmented(np.random.default_rng(1).uniform(-1, 1, (8, 2)), True)
    exact = {tuple(p) for p in all_patterns(x)}
    assert {tuple(p) for p in sampled_patterns(x, 50_000, seed=2)} <= exact
    assert len(exact) == 2 * (1 + 7 + 21)  # and each was kept only after its LP found a gate


def test_degenerate_collinear_data_still_enumerates_exactly():
    """Points on one line (rank 2 with bias) and a repeated point: brute force over many gates
    finds the same cells."""
    x = np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [2.0, 2.0], [-1.0, -1.0]])
    exact = {tuple(p) for p in all_patterns(augmented(x, True))}
    dense = {tuple(p) for p in sampled_patterns(augmented(x, True), 200_000, seed=0)}
    assert dense == exact and len(exact) == 2 * 4  # 4 distinct points on a line: 2 * 4 cells


def _cells_by_zaslavsky(points: np.ndarray) -> int:
    """Cells of the central arrangement {g : (x_i, 1) . g = 0} of distinct integer points in the
    plane, from its intersection lattice: 2 (1 + sum over lines L through two or more points of
    (|L| - 1)) (general position: 2 (1 + C(N, 2)); all on one line: 2N)."""
    lines = set()
    for i, j in itertools.combinations(range(len(points)), 2):
        d = points[j] - points[i]
        lines.add(frozenset(k for k in range(len(points)) if d[0] * (points[k][1] - points[i][1]) == d[1] * (points[k][0] - points[i][0])))
    return 2 * (1 + sum(len(line) - 1 for line in lines))


@pytest.mark.parametrize("layout", ["grid", "long-lines"])
def test_collinear_points_give_the_cells_of_the_intersection_lattice(layout):
    """Lines of many collinear points (ETR gadgets' grids): the cells around a ray where k
    hyperplanes meet are those of the k hyperplanes' own arrangement (2k), not 2^k candidates
    (X+X=X's 46 points, lines of 16: 297 s before, 0.1 s now, the same 1,402 cells). The count
    must equal the one from the intersection lattice."""
    if layout == "grid":
        points = np.array([[i, j] for i in range(-2, 3) for j in range(-2, 3)])
    else:  # two lines of 18 and 14 points crossing, and four points off both
        t = np.arange(-8, 10)
        points = np.vstack([np.c_[t, 2 * t + 1], np.c_[np.arange(-6, 8) * 3, -np.arange(-6, 8)],
                            [[5, 0], [-4, 7], [9, -2], [1, 20]]])
        points = np.unique(points, axis=0)
    patterns = all_patterns(augmented(points.astype(float), True))
    assert len({tuple(p) for p in patterns}) == len(patterns) == _cells_by_zaslavsky(points)
    dense = {tuple(p) for p in sampled_patterns(augmented(points.astype(float), True), 100_000, seed=3)}
    assert dense <= {tuple(p) for p in patterns}


@pytest.mark.parametrize("case", ["general", "duplicates", "near-duplicates", "collinear", "grid3d", "no-bias"])
def test_cells_without_the_lp_check_are_the_cells_the_lp_check_keeps(case, monkeypatch):
    """Rays in general position give their candidates without an LP; each must still be an
    open cell, and degenerate rays (duplicates, collinear points, an integer grid) must find
    exactly the cells the LP check of every candidate finds."""
    import relu_opt.methods.arrangements as arrangements

    rng = np.random.default_rng(5)
    x = rng.uniform(-1, 1, (14, 2))
    if case == "duplicates":
        x[3], x[9] = x[5], x[5]
    elif case == "near-duplicates":  # (at 1e-8 the LP's own 1e-9 margin decides cells by its warm start)
        x[3], x[9] = x[5] + 1e-4, x[5] - 3e-5
    elif case == "collinear":
        x[7] = (x[1] + x[2]) / 2
        x[8] = 2 * x[1] - x[2]
    elif case == "grid3d":
        x = rng.integers(-2, 3, (12, 3)).astype(float)
    x_tilde = augmented(x, case != "no-bias")
    fast = {tuple(p) for p in all_patterns(x_tilde)}
    checked = arrangements._open_cells  # every candidate through the LP, as before the shortcut
    calls = []

    def all_checked(projected, candidates, deadline=None):
        calls.append(len(candidates))
        return checked(projected, candidates, deadline)

    monkeypatch.setattr(arrangements, "_open_cells", all_checked)
    monkeypatch.setattr(arrangements, "GENERAL_POSITION_SHORTCUT", False)
    slow = {tuple(p) for p in all_patterns(x_tilde)}
    assert fast == slow
    dense = {tuple(p) for p in sampled_patterns(x_tilde, 100_000, seed=1)}
    assert dense <= fast


# ---------------------------------------------------------------- convex reformulation

def test_convex_reformulation_and_minlp_agree_when_the_width_suffices(global_solver):
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=0)
    convex = train(data, [2], weight_decay=0.05, method="convex")
    assert convex.termination is Termination.OPTIMAL and convex.details["neurons_used"] <= 2
    minlp = train(data, [2], weight_decay=0.05, solver=global_solver, options=SolveOptions(time_limit=120))
    for result in (convex, minlp):
        assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert max(convex.certificate.lower, minlp.certificate.lower) <= min(convex.certificate.upper, minlp.certificate.upper) + 1e-7
    assert agree(convex.certificate.upper, minlp.certificate.upper, 1e-5)


def test_convex_optimum_bounds_every_width_from_below():
    """Width 1 is too narrow for this optimum: the convex value is a lower bound only, and the
    certified width-1 optimum lies above it."""
    require_solver("scip")
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=0)
    convex = train(data, [1], weight_decay=0.05, method="convex")
    assert convex.termination is Termination.BOUND_ONLY and not convex.proven_optimal
    minlp = train(data, [1], weight_decay=0.05)
    assert minlp.proven_optimal and convex.bound <= minlp.certificate.lower + 1e-9
    assert convex.certificate.upper >= minlp.certificate.lower - 1e-9  # the pruned incumbent is a network


def test_sampled_and_gated_relaxations_never_beat_the_optimum():
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=0)
    optimum = train(data, [2], weight_decay=0.05, method="convex").certificate.upper
    for method in ("sampled", "gated"):
        result = train(data, [2], weight_decay=0.05, method=method, method_options={"samples": 30})
        assert result.termination is Termination.HEURISTIC and not result.proven_optimal
        assert result.certificate.upper >= optimum - 1e-7


@pytest.mark.parametrize("kwargs, message", [
    (dict(bound=1.0), "needs weight decay and no weight box"),
    (dict(weight_decay=0.1, bound=1.0), "no weight box"),
])
def test_convex_method_refuses_the_wrong_domain(kwargs, message):
    with pytest.raises(InputError, match=message):
        train(teacher_dataset(5, 1, [1], seed=0), [1], method="convex", **kwargs)


# ---------------------------------------------------------------- exact enumeration

@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
def test_enumeration_and_minlp_agree(loss, global_solver):
    data = teacher_dataset(6, 1, [2], 1, noise=0.1, seed=0)
    enumeration = train(data, [2], bound=2.0, loss=loss, method="enumeration")
    minlp = train(data, [2], bound=2.0, loss=loss, solver=global_solver, options=SolveOptions(time_limit=60))
    certifies(minlp, enumeration.certificate.upper)
    assert enumeration.details["subproblems"] == 300  # 12 patterns: C(13,2)*1*2 + 12*12 = 300


def test_enumeration_refuses_what_it_cannot_do():
    with pytest.raises(InputError, match="weight box without weight decay"):
        train(teacher_dataset(5, 1, [1], seed=0), [1], weight_decay=0.1, method="enumeration")
    with pytest.raises(InputError, match="needs .* subproblems"):
        train(teacher_dataset(64, 2, [1], seed=0), [3], bound=1.0, method="enumeration")


@pytest.mark.parametrize("data, hidden, kwargs", [
    (teacher_dataset(6, 2, [2], 1, seed=0), [2], dict(bound=1.0)),  # one output: nothing to split
    (teacher_dataset(6, 2, [2], 2, seed=0), [2], dict(weight_decay=0.1)),  # decay: the loss is not all
    (teacher_dataset(6, 2, [2], 2, seed=0), [5], dict(bound=1.0)),  # wider than the scalar routes reach
])
def test_the_split_floor_method_refuses_what_it_cannot_split(data, hidden, kwargs):
    with pytest.raises(InputError, match="split-floor needs two or more outputs"):
        train(data, hidden, method="split-floor", **kwargs)


def test_merging_equal_patterns_keeps_the_subproblem_value():
    """Two same-sign neurons with one pattern act through their sum, which ranges over the cone
    with the box doubled: the merged block must give the QP value of the two separate blocks."""
    import highspy

    from relu_opt.relaxations import cell_problem as C

    data = teacher_dataset(6, 1, [2], 1, noise=0.1, seed=0)
    x_tilde = augmented(data.x, True)
    patterns = all_patterns(x_tilde)
    signs = np.array([1, 1])
    merged = C.merged_blocks(patterns, (2, 2), signs)
    assert len(merged) == 1 and merged[0][2] == [0, 1]
    u_bound, t = np.array([1.0, 1.0]), data.y[:, 0]
    separate = [(patterns[2], 1, [0]), (patterns[2], 1, [1])]
    merged_result = C.subproblem(highspy, x_tilde, t, merged, u_bound, (-2.0, 2.0), "l1")
    separate_result = C.subproblem(highspy, x_tilde, t, separate, u_bound, (-2.0, 2.0), "l1")
    assert merged_result.value == pytest.approx(separate_result.value, abs=1e-9)
    # each value is bracketed by its own rigorous dual bound (HiGHS's LP duals at 1e-9)
    for solved in (merged_result, separate_result):
        assert solved.value - 1e-7 <= solved.bound <= solved.value
    inactive = next(i for i, p in enumerate(patterns) if not p.any())
    [(kept, sign, neurons)] = C.merged_blocks(patterns, (inactive, 2), signs)  # no active point: dropped
    assert np.array_equal(kept, patterns[2]) and (sign, neurons) == (1, [1])


def test_an_unfinished_subproblem_makes_enumeration_not_proven(monkeypatch):
    """A subproblem no solver finished may hide the optimum: the result must not claim it."""
    from relu_opt.methods import enumeration as E

    original, calls = E.subproblem, []

    def flaky(*args):
        calls.append(1)
        return None if len(calls) == 5 else original(*args)

    monkeypatch.setattr(E, "subproblem", flaky)
    monkeypatch.setattr(E, "squared_subproblem_conic", lambda *args, **kwargs: None)
    result = train(teacher_dataset(6, 1, [2], 1, noise=0.1, seed=0), [2], bound=2.0, method="enumeration")
    assert result.details["failed_subproblems"] == 1
    assert not result.proven_optimal and result.bound == 0.0


# ---------------------------------------------------------------- nuclear-norm heuristic

def test_nuclear_norm_heuristic_reaches_an_exact_fit_from_a_good_start():
    data = teacher_dataset(10, 2, [2], 1, noise=0.0, seed=0)  # an exact fit exists in |w| <= 1
    result = train(data, [2], bound=1.0, method="nuclear", method_options={"init": "warm", "iterations": 5})
    assert result.details["exact_fit"] and result.certificate.upper <= 1e-6
    assert not result.proven_optimal  # a heuristic never claims optimality


def test_nuclear_norm_heuristic_records_violations_per_iteration():
    data = teacher_dataset(8, 2, [2], 1, noise=0.0, seed=1)
    result = train(data, [2], bound=1.0, method="nuclear", method_options={"iterations": 3})
    history = result.details["history"]
    assert [h["iteration"] for h in history] == list(range(1, len(history) + 1))
    assert all({"relu_violation", "output_violation", "recomputed_loss"} <= h.keys() for h in history)
    assert result.certificate.upper == pytest.approx(min(h["recomputed_loss"] for h in history))


# ---------------------------------------------------------------- exact symbolic certificate

def test_z3_proves_38_over_7_exactly():
    pytest.importorskip("z3")
    from relu_opt.methods.exact import certify_exact

    problem = define_problem(BLOG, [1], hidden_bias=False, output_bias=False, bound=10)
    certificate = certify_exact(problem, Fraction(38, 7))
    assert certificate.verdict == "exact optimum"
    w1 = Fraction(certificate.at_upper.witness["w[1,0,0]"])
    w2 = Fraction(certificate.at_upper.witness["w[2,0,0]"])
    assert w1 * w2 == Fraction(18, 7)  # exact: the optimal slope through the origin
    assert certify_exact(problem, Fraction(27, 5)).verdict == "above upper"
    assert certify_exact(problem, Fraction(6)).verdict == "below lower"


def test_z3_proves_one_relu_cannot_fit_xor():
    pytest.importorskip("z3")
    from relu_opt.methods.exact import decide

    problem = define_problem(XOR, [1], bound=2)
    assert decide(problem, Fraction(1, 10)).status == "unsat"


def test_a_zero_input_without_bias_is_never_active():
    """The point x = 0 of a bias-free layer lies on every hyperplane: its open-cell LP can never
    be strict, and keeping it found no pattern at all (the differential harness's instance
    rand-1029). It is inactive in every pattern."""
    x = np.array([[2.0, 1.0], [1.0, 0.5001], [0.0, 0.0], [-1.0, -0.5], [-2.0, -1.0001]])
    patterns = all_patterns(x)
    assert len(patterns) > 0 and (patterns[:, 2] == 0).all()
    assert {tuple(p) for p in patterns} == {tuple(p) for p in all_patterns(np.delete(x, 2, axis=0)) for p in [np.insert(p, 2, 0)]}
    result = train(Dataset(x, np.array([[1.0], [0.4], [0.0], [0.2], [1.1]])), [1], bound=2.0,
                   hidden_bias=False, output_bias=False, method="enumeration")
    assert result.proven_optimal
