"""Exact enumeration (Arora et al. 2018): one hidden layer, scalar output, weight box.

Every network is, after sign normalization, a sign class (k positive neurons) plus one
activation pattern per neuron. With both fixed, training is a convex QP (squared loss) or an LP
(L1, L-infinity) in u and the output bias:

    min  loss( sum_j s_j D_j X~ u_j + b, t )   s.t. (2 D_j - I) X~ u_j >= 0,  |u_jk| <= U_k, |b| <= B_b.

The minimum over all classes and pattern tuples (patterns of one sign group taken as multisets,
since those neurons are interchangeable) is the global optimum. The QPs are built here with numpy
and solved by HiGHS directly: no Pyomo model, no lowering, no encoding; an oracle independent of
the MINLP route. Cost: (#patterns)^m QPs, so only tiny data.

Degenerate subproblems (equal or linearly dependent columns, hence a singular Hessian) made
HiGHS's active-set QP solver cycle without end on 12 of 8,436 subproblems of square-N9 with
width 3. Equal same-sign patterns are therefore merged exactly, each HiGHS solve has a time
limit, an unfinished squared-loss subproblem is re-solved by an interior-point method (Clarabel
via cvxpy), and one that still fails is counted: the result then reports only its incumbent.
"""

from __future__ import annotations

import itertools
import math
import time

import numpy as np

from ..bounds import parameter_bounds
from ..relaxations.cell_problem import (
    better, merged_blocks, squared_subproblem_conic, subproblem, tight_subproblem, unmerge, unsettled,
)
from ..errors import InputError
from ..formulation import TrainingProblem
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from ..results import OPTIMALITY_GAP, ZERO_LEVEL, Result, Termination
from .arrangements import all_patterns
from .common import method_result, require_one_hidden_scalar
from ..backends.highs_library import new_highs

MAX_SUBPROBLEMS = 200_000


def solve_enumeration(
    problem: TrainingProblem, max_subproblems: int = MAX_SUBPROBLEMS, time_limit: float | None = None
) -> Result:
    """The exact optimum by enumeration; stopped by ``time_limit`` (seconds), it reports the
    best network so far as not proven. Call it on data of unit scale (``run_method`` does)."""
    import highspy

    start = time.perf_counter()
    require_one_hidden_scalar(problem, "exact enumeration")
    if problem.domain.decay is not None:
        raise InputError("exact enumeration is implemented for a weight box without weight decay")
    data, arch = problem.dataset, problem.architecture
    width = arch.hidden[0]
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss)
    x_tilde = augmented(data.x, arch.hidden_bias)
    patterns = all_patterns(x_tilde)
    tuples = count_subproblems(len(patterns), width)
    if tuples > max_subproblems:
        raise InputError(
            f"exact enumeration needs {tuples} subproblems ({len(patterns)} patterns, width {width}); "
            f"the limit is {max_subproblems}: use a smaller instance"
        )
    best = (math.inf, None)
    best_blocks = None
    bounds: list[tuple[float, list, np.ndarray]] = []  # (rigorous bound, blocks, signs) per subproblem
    solved = failed = retried = 0
    stopped = False
    out_bias = (float(bias_lower[0]), float(bias_upper[0]))  # (0, 0) without an output bias
    for positive in range(width + 1):
        signs = np.array([1] * positive + [-1] * (width - positive))
        for chosen in _pattern_tuples(len(patterns), positive, width - positive):
            if time_limit is not None and time.perf_counter() - start > time_limit:
                stopped = True
                break
            solved += 1
            blocks = merged_blocks(patterns, chosen, signs)
            arguments = (x_tilde, data.y[:, 0], blocks, u_bound, out_bias)
            outcome = subproblem(highspy, *arguments, problem.loss)
            if unsettled(outcome) and problem.loss == "squared":
                retried += 1
                outcome = better(outcome, squared_subproblem_conic(*arguments))
            if outcome is None or outcome.solution is None or not math.isfinite(outcome.bound):
                failed += 1
                continue
            bounds.append((outcome.bound, blocks, signs))
            if outcome.value < best[0]:
                v, b = outcome.solution
                best = (outcome.value, (unmerge(v, blocks, width, x_tilde.shape[1]), b), signs)
                best_blocks = blocks
        if stopped:
            break
    if best[1] is None:
        if stopped:
            return method_result(
                problem, "enumeration", None, math.inf, 0.0, Termination.TIME_LIMIT,
                time.perf_counter() - start, _version(highspy), {"subproblems": solved, "stopped_by_time_limit": True},
            )
        raise InputError("exact enumeration found no feasible subproblem (this should not happen)")
    value, (u, bias), signs = best
    polished = _polish(x_tilde, data.y[:, 0], best_blocks, u_bound, out_bias, problem.loss, width)
    if polished is not None and polished[0] < value:
        value, (u, bias) = polished[0], polished[1]
    # A subproblem whose bound (from HiGHS's 1e-9 multipliers) sits too far below the best value
    # to certify it is solved again, tightly, for better multipliers (thin cones of nearly
    # collinear points left such bounds 1.2e-6 below the optimum).
    slack = 0.25 * OPTIMALITY_GAP * max(value, ZERO_LEVEL * problem.reference_objective())
    tightened = 0
    for k, (bound, blocks, _) in enumerate(bounds):
        if bound < value - slack and (time_limit is None or time.perf_counter() - start <= time_limit):
            again = tight_subproblem(highspy, x_tilde, data.y[:, 0], blocks, u_bound, out_bias, problem.loss)
            if again is not None and math.isfinite(again.bound) and again.bound > bound:
                bounds[k] = (again.bound, blocks, bounds[k][2])
            tightened += 1
    lowest = min((b for b, _, _ in bounds), default=math.inf)
    parameters = parameter_bounds(data, arch, problem.domain, problem.loss)
    weights = weights_from_normalized(u, signs, bias, arch, parameters, problem.domain)
    details = {"patterns": int(len(patterns)), "subproblems": solved, "subproblems_total": tuples,
               "retried_with_clarabel": retried, "failed_subproblems": failed,
               "best_subproblem_objective": value, "polished": polished is not None,
               "resolved_for_bounds": tightened,
               "stopped_by_time_limit": stopped}
    # A subproblem not solved (or not reached) may hide the optimum: then only the incumbent is known.
    details["least_subproblem_bound"] = lowest
    if failed == 0 and not stopped:
        termination = Termination.OPTIMAL
        bound = max(0.0, min(lowest, value))
    else:
        termination = Termination.TIME_LIMIT if stopped else Termination.HEURISTIC
        bound = 0.0  # every loss is >= 0
    return method_result(
        problem, "enumeration", weights, value, bound, termination,
        time.perf_counter() - start, _version(highspy), details, nodes=solved,
    )


def _version(highspy) -> str:
    return f"HiGHS {new_highs(highspy).version()} (one QP/LP per pattern tuple)"


def count_subproblems(n_patterns: int, width: int) -> int:
    """How many subproblems enumeration solves: per sign class, multisets of patterns."""
    return sum(
        math.comb(n_patterns + k - 1, k) * math.comb(n_patterns + width - k - 1, width - k)
        for k in range(width + 1)
    )


def _pattern_tuples(n_patterns: int, positive: int, negative: int):
    """Multisets of patterns for each sign group (neurons within a group are interchangeable)."""
    for first in itertools.combinations_with_replacement(range(n_patterns), positive):
        for second in itertools.combinations_with_replacement(range(n_patterns), negative):
            yield first + second


def _polish(x_tilde, t, blocks, u_bound, bias_range, loss, width):
    """Re-solve the winning subproblem at tight tolerances by a second solver (an interior-point
    method): kept by the caller only if it is better, so the incumbent carries neither solver's
    last tolerance. Squared loss only (the L1/L-infinity subproblems are LPs, solved exactly)."""
    if loss != "squared" or blocks is None:
        return None
    polished = squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_range, tight=True)
    if polished is None:
        return None
    v, b = polished.solution
    return polished.value, (unmerge(v, blocks, width, x_tilde.shape[1]), b)
