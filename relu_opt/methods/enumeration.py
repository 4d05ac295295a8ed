"""Exact enumeration (Arora et al. 2018): one hidden layer, scalar output, weight box.

Every network is, after sign normalization, a sign class (k positive neurons) plus one
activation pattern per neuron. With both fixed, training is a convex QP (squared loss) or an LP
(L1, L-infinity) in u and the output bias:

    min  loss( sum_j s_j D_j X~ u_j + b, t )   s.t. (2 D_j - I) X~ u_j >= 0,  |u_jk| <= U_k, |b| <= B_b.

The minimum over all classes and pattern tuples (patterns of one sign group taken as multisets,
since those neurons are interchangeable) is the global optimum. The QPs are built here with numpy
and solved by HiGHS directly: no Pyomo model, no lowering, no encoding; an oracle independent of
the MINLP route. Cost: (#patterns)^m QPs, so only tiny data.
"""

from __future__ import annotations

import itertools
import math
import time

import numpy as np

from ..errors import InputError
from ..formulation import TrainingProblem
from ..bounds import parameter_bounds
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from ..results import Result, Termination
from .arrangements import all_patterns, augmented
from .common import method_result, require_one_hidden_scalar

MAX_SUBPROBLEMS = 200_000


def solve_enumeration(problem: TrainingProblem, max_subproblems: int = MAX_SUBPROBLEMS) -> Result:
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
    tuples = _count_tuples(len(patterns), width)
    if tuples > max_subproblems:
        raise InputError(
            f"exact enumeration needs {tuples} subproblems ({len(patterns)} patterns, width {width}); "
            f"the limit is {max_subproblems}: use a smaller instance"
        )
    best = (math.inf, None)
    solved = 0
    for positive in range(width + 1):
        signs = [1] * positive + [-1] * (width - positive)
        for chosen in _pattern_tuples(len(patterns), positive, width - positive):
            solved += 1
            value, solution = _subproblem(
                highspy, x_tilde, data.y[:, 0], patterns[list(chosen)], signs, u_bound,
                bias_bound if arch.output_bias else 0.0, problem.loss,
            )
            if value < best[0]:
                best = (value, (solution, signs))
    if best[1] is None:
        raise InputError("exact enumeration found no feasible subproblem (this should not happen)")
    (u, bias), signs = best[1]
    parameters = parameter_bounds(data, arch, problem.domain, problem.loss)
    weights = weights_from_normalized(u, np.array(signs), bias, arch, parameters, problem.domain)
    details = {"patterns": int(len(patterns)), "subproblems": solved, "best_subproblem_objective": best[0]}
    return method_result(
        problem, "enumeration", weights, best[0], best[0], Termination.OPTIMAL,
        time.perf_counter() - start, f"HiGHS {highspy.Highs().version()} (one QP/LP per pattern tuple)",
        details, nodes=solved,
    )


def _count_tuples(n_patterns: int, width: int) -> int:
    return sum(
        math.comb(n_patterns + k - 1, k) * math.comb(n_patterns + width - k - 1, width - k)
        for k in range(width + 1)
    )


def _pattern_tuples(n_patterns: int, positive: int, negative: int):
    """Multisets of patterns for each sign group (neurons within a group are interchangeable)."""
    for first in itertools.combinations_with_replacement(range(n_patterns), positive):
        for second in itertools.combinations_with_replacement(range(n_patterns), negative):
            yield first + second


def _subproblem(highspy, x_tilde, t, patterns, signs, u_bound, bias_bound, loss):
    """The convex subproblem for fixed signs and patterns, solved by HiGHS: variables
    [u_1 .. u_m (d each), b, (residual epigraphs for L1/L-infinity)]."""
    n, d = x_tilde.shape
    m = len(signs)
    # prediction_i = sum_j s_j D_ij x~_i . u_j + b  ->  rows of A (N x (m d + 1))
    design = np.hstack([signs[j] * patterns[j][:, None] * x_tilde for j in range(m)] + [np.ones((n, 1))])
    n_core = m * d + 1
    lower = np.concatenate([-np.tile(u_bound, m), [-bias_bound]])
    upper = -lower
    cone_rows = []  # (2 D_j - I) X~ u_j >= 0
    for j in range(m):
        block = np.zeros((n, n_core))
        block[:, j * d:(j + 1) * d] = (2 * patterns[j][:, None] - 1) * x_tilde
        cone_rows.append(block)
    cone = np.vstack(cone_rows) if cone_rows else np.zeros((0, n_core))

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
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
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return math.inf, None
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
