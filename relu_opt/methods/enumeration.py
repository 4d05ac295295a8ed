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
from ..errors import InputError
from ..formulation import TrainingProblem
from ..network import augmented, zero_network_objective
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from ..results import ZERO_LEVEL, Result, Termination
from .arrangements import all_patterns
from .common import method_result, require_one_hidden_scalar

MAX_SUBPROBLEMS = 200_000
SUBPROBLEM_ALLOWANCE = 1e-9
"""The bound is the best subproblem value less this share of max(best, ZERO_LEVEL x the zero
network's objective): each subproblem is solved to HiGHS's tolerances (1e-9 here, on data
normalized to unit scale by the caller), so its value may sit that much above its optimum."""
QP_TOLERANCE = 1e-9


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
    _, u_bound, bias_bound = normalized_bounds(data, arch, problem.domain, problem.loss)
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
    solved = failed = retried = 0
    stopped = False
    out_bias = bias_bound if arch.output_bias else 0.0
    for positive in range(width + 1):
        signs = np.array([1] * positive + [-1] * (width - positive))
        for chosen in _pattern_tuples(len(patterns), positive, width - positive):
            if time_limit is not None and time.perf_counter() - start > time_limit:
                stopped = True
                break
            solved += 1
            blocks = _merged_blocks(patterns, chosen, signs)
            arguments = (x_tilde, data.y[:, 0], blocks, u_bound, out_bias)
            value, solution = _subproblem(highspy, *arguments, problem.loss)
            if value is None and problem.loss == "squared":
                retried += 1
                value, solution = _squared_subproblem_conic(*arguments)
            if value is None:
                failed += 1
            elif value < best[0]:
                best = (value, (_unmerge(solution[0], blocks, width, x_tilde.shape[1]), solution[1]), signs)
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
    parameters = parameter_bounds(data, arch, problem.domain, problem.loss)
    weights = weights_from_normalized(u, signs, bias, arch, parameters, problem.domain)
    details = {"patterns": int(len(patterns)), "subproblems": solved, "subproblems_total": tuples,
               "retried_with_clarabel": retried, "failed_subproblems": failed,
               "best_subproblem_objective": value, "polished": polished is not None,
               "stopped_by_time_limit": stopped}
    # A subproblem not solved (or not reached) may hide the optimum: then only the incumbent is known.
    if failed == 0 and not stopped:
        trivial = zero_network_objective(data.y, problem.loss)
        termination = Termination.OPTIMAL
        bound = value - SUBPROBLEM_ALLOWANCE * max(value, ZERO_LEVEL * trivial)
    else:
        termination = Termination.TIME_LIMIT if stopped else Termination.HEURISTIC
        bound = 0.0  # every loss is >= 0
    return method_result(
        problem, "enumeration", weights, value, bound, termination,
        time.perf_counter() - start, _version(highspy), details, nodes=solved,
    )


def _version(highspy) -> str:
    return f"HiGHS {highspy.Highs().version()} (one QP/LP per pattern tuple)"


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


def _merged_blocks(patterns: np.ndarray, chosen: tuple[int, ...], signs: np.ndarray) -> list[tuple[np.ndarray, int, list[int]]]:
    """(pattern, sign, neurons) blocks of a pattern tuple, exact simplifications only.

    Neurons of one sign with the same pattern act through their sum v = u_j + u_k, and v ranges
    over exactly cone ∩ (c · box) (take u_j = v / c): one block with its bound scaled by c.
    A pattern with no active point contributes nothing (u = 0 is feasible). Both remove singular
    directions of the QP's Hessian, on which HiGHS's active-set QP solver was seen to cycle.
    """
    blocks: dict[tuple[int, int], list[int]] = {}
    for neuron, (pattern, sign) in enumerate(zip(chosen, signs)):
        if patterns[pattern].any():
            blocks.setdefault((pattern, int(sign)), []).append(neuron)
    return [(patterns[p], sign, neurons) for (p, sign), neurons in blocks.items()]


def _unmerge(v: np.ndarray, blocks, width: int, d: int) -> np.ndarray:
    u = np.zeros((width, d))
    for (_, _, neurons), block in zip(blocks, v):
        u[neurons] = block / len(neurons)
    return u


QP_TIME_LIMIT = 1.0  # seconds per HiGHS subproblem; one that does not finish is retried, never skipped silently


def _design(x_tilde: np.ndarray, blocks) -> np.ndarray:
    return np.hstack([sign * pattern[:, None] * x_tilde for pattern, sign, _ in blocks] + [np.ones((len(x_tilde), 1))])


def _variable_bounds(u_bound: np.ndarray, bias_bound: float, blocks) -> np.ndarray:
    return np.concatenate([*(len(neurons) * u_bound for _, _, neurons in blocks), [bias_bound]])


def _squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_bound, tight: bool = False):
    """The squared-loss subproblem with cvxpy's interior-point solver (Clarabel): the fallback for
    degenerate (singular-Hessian) subproblems that HiGHS's active-set QP solver does not finish,
    and (``tight``: gaps and feasibility 1e-12, the solution checked against its pattern's cone)
    the polish of the winning one. Without cvxpy (the ``convex`` extra) nothing is solved: the
    subproblem stays unsolved and is reported, and no polish happens."""
    try:
        import cvxpy as cp
    except ImportError:
        return None, None
    d = x_tilde.shape[1]
    design, bounds = _design(x_tilde, blocks), _variable_bounds(u_bound, bias_bound, blocks)
    z = cp.Variable(len(bounds))
    constraints = [cp.abs(z) <= bounds]
    for j, (pattern, _, _) in enumerate(blocks):
        constraints.append(((2 * pattern[:, None] - 1) * x_tilde) @ z[j * d:(j + 1) * d] >= 0)
    program = cp.Problem(cp.Minimize(cp.sum_squares(design @ z - t)), constraints)
    settings = {"tol_gap_abs": 1e-12, "tol_gap_rel": 1e-12, "tol_feas": 1e-12} if tight else {}
    try:
        program.solve(solver=cp.CLARABEL, **settings)
    except (cp.error.SolverError, TypeError):
        return None, None
    if program.status == cp.INFEASIBLE:
        return math.inf, None
    accepted = (cp.OPTIMAL, cp.OPTIMAL_INACCURATE) if tight else (cp.OPTIMAL,)
    if program.status not in accepted or z.value is None:
        return None, None
    solution = np.clip(z.value, -bounds, bounds)
    if tight:
        for j, (pattern, _, _) in enumerate(blocks):
            values = x_tilde @ solution[j * d:(j + 1) * d]
            if np.any((2 * pattern - 1) * values < -1e-12 * (1 + np.abs(values).max())):
                return None, None  # outside its pattern's cone: the network would change pattern
    r = design @ solution - t
    return float(r @ r), (solution[:-1].reshape(len(blocks), d), float(solution[-1]))


def _subproblem(highspy, x_tilde, t, blocks, u_bound, bias_bound, loss):
    """The convex subproblem for fixed blocks (pattern, sign, neurons), solved by HiGHS: variables
    [v_1 .. v_k (d each), b, (residual epigraphs for L1/L-infinity)]. Returns (loss, (v, b)),
    (inf, None) if infeasible, (None, None) if HiGHS did not finish."""
    n, d = x_tilde.shape
    m = len(blocks)
    # prediction_i = sum_j s_j D_ij x~_i . v_j + b  ->  rows of A (N x (m d + 1))
    design = _design(x_tilde, blocks)
    n_core = m * d + 1
    upper = _variable_bounds(u_bound, bias_bound, blocks)
    lower = -upper
    cone_rows = []  # (2 D_j - I) X~ v_j >= 0
    for j, (pattern, _, _) in enumerate(blocks):
        block = np.zeros((n, n_core))
        block[:, j * d:(j + 1) * d] = (2 * pattern[:, None] - 1) * x_tilde
        cone_rows.append(block)
    cone = np.vstack(cone_rows) if cone_rows else np.zeros((0, n_core))

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("time_limit", QP_TIME_LIMIT)
    h.setOptionValue("primal_feasibility_tolerance", QP_TOLERANCE)
    h.setOptionValue("dual_feasibility_tolerance", QP_TOLERANCE)
    inf = highspy.kHighsInf
    if loss == "squared":
        h.addVars(n_core, lower, upper)
        # ||A z - t||^2 = z'A'A z - 2 t'A z + t't: Hessian 2 A'A (HiGHS: 1/2 z'Qz)
        _add_rows(h, cone, 0.0, inf)
        costs = -2.0 * design.T @ t
        for k in range(n_core):
            h.changeColCost(k, float(costs[k]))
        _pass_hessian(h, highspy, 2.0 * design.T @ design)
    else:
        extra = n if loss == "l1" else 1
        h.addVars(n_core, lower, upper)
        h.addVars(extra, np.zeros(extra), np.full(extra, inf))
        width = n_core + extra
        padded = np.hstack([cone, np.zeros((cone.shape[0], extra))])
        _add_rows(h, padded, 0.0, inf)
        epigraph = np.eye(n) if loss == "l1" else np.ones((n, 1))
        # e >= A z - t and e >= t - A z
        _add_rows(h, np.hstack([-design, epigraph]), -t, np.full(n, inf))
        _add_rows(h, np.hstack([design, epigraph]), t, np.full(n, inf))
        for k in range(n_core, width):
            h.changeColCost(k, 1.0)
    h.run()
    status = h.getModelStatus()
    if status == highspy.HighsModelStatus.kInfeasible:
        return math.inf, None
    if status != highspy.HighsModelStatus.kOptimal:
        return None, None
    z = np.array(h.getSolution().col_value)[:n_core]
    prediction = design @ z
    residual = prediction - t
    # the loss recomputed from the solution, not HiGHS's objective (which omits the constant t't)
    exact = {"squared": float(residual @ residual), "l1": float(np.abs(residual).sum()), "linf": float(np.abs(residual).max())}[loss]
    return exact, (z[:-1].reshape(m, d), float(z[-1]))


def _add_rows(h, matrix: np.ndarray, lower, upper) -> None:
    lower = np.broadcast_to(np.asarray(lower, dtype=float), (matrix.shape[0],))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), (matrix.shape[0],))
    for row, lo, hi in zip(matrix, lower, upper):
        index = np.flatnonzero(row).astype(np.int32)
        h.addRow(float(lo), float(hi), len(index), index, row[index])


def _pass_hessian(h, highspy, q: np.ndarray) -> None:
    """Lower triangle, column-wise, as HiGHS expects."""
    n = q.shape[0]
    starts, index, values = [0], [], []
    for col in range(n):
        for row in range(col, n):
            if q[row, col] != 0.0:
                index.append(row)
                values.append(q[row, col])
        starts.append(len(index))
    h.passHessian(n, len(values), highspy.HessianFormat.kTriangular, np.array(starts, dtype=np.int32),
                  np.array(index, dtype=np.int32), np.array(values))


def _polish(x_tilde, t, blocks, u_bound, bias_bound, loss, width):
    """Re-solve the winning subproblem at tight tolerances by a second solver (an interior-point
    method): kept by the caller only if it is better, so the incumbent carries neither solver's
    last tolerance. Squared loss only (the L1/L-infinity subproblems are LPs, solved exactly)."""
    if loss != "squared" or blocks is None:
        return None
    value, solution = _squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_bound, tight=True)
    if solution is None:
        return None
    return value, (_unmerge(solution[0], blocks, width, x_tilde.shape[1]), solution[1])
