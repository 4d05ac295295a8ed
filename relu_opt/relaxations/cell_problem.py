"""The convex problem of one cell: every hidden neuron's activation pattern and output sign fixed.

One hidden layer, scalar output, weight box. With neuron j's pattern D_j (the points where it is
active) and sign s_j fixed, the network's outputs are linear in the normalized neurons u_j
(``reformulations/sign_normalized.py``):

    min  loss( sum_j s_j D_j X~ u_j + b, t )   s.t. (2 D_j - I) X~ u_j >= 0,  |u_jk| <= U_k,  b in [b_lo, b_hi]

a QP (squared loss) or an LP (L1, L-infinity). Every feasible point of it is a real network with
that loss (the cone rows make relu(X~ u_j) = D_j X~ u_j exactly), and its minimum, bounded from
below rigorously by the Lagrangian dual at the solver's multipliers (``dual_bound.py``), bounds
every network of the cell. Exact enumeration solves one per cell; the class search descends over
cells; neurons of one sign with equal patterns merge exactly (``merged_blocks``).

Degenerate subproblems (equal or linearly dependent columns, hence a singular Hessian) made
HiGHS's active-set QP solver cycle without end on 12 of 8,436 subproblems of square-N9 with
width 3: each HiGHS solve has a time limit, and an unfinished squared-loss subproblem is
re-solved by an interior-point method (Clarabel via cvxpy).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from .dual_bound import ROUNDING, SeparableProgram, dual_bound
from ..backends.highs_library import new_highs

QP_TOLERANCE = 1e-9


@dataclass(frozen=True)
class Solved:
    """One subproblem: the exact loss of its solution and a rigorous lower bound of its
    minimum (the Lagrangian dual function at the solver's multipliers, ``dual_bound.py``).
    The solver's own "optimal" value may sit above the true minimum by its tolerances times the
    variables' ranges (6e-8 of 0.264 with near-duplicate inputs, issue 19): the bound may not."""

    value: float
    solution: tuple[np.ndarray, float] | None  # (v per block, output bias)
    bound: float


def merged_blocks(patterns: np.ndarray, chosen: tuple[int, ...], signs: np.ndarray) -> list[tuple[np.ndarray, int, list[int]]]:
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


def unmerge(v: np.ndarray, blocks, width: int, d: int) -> np.ndarray:
    u = np.zeros((width, d))
    for (_, _, neurons), block in zip(blocks, v):
        u[neurons] = block / len(neurons)
    return u


QP_TIME_LIMIT = 1.0  # seconds per HiGHS subproblem; one that does not finish is retried, never skipped silently


def design_matrix(x_tilde: np.ndarray, blocks) -> np.ndarray:
    return np.hstack([sign * pattern[:, None] * x_tilde for pattern, sign, _ in blocks] + [np.ones((len(x_tilde), 1))])


def variable_bounds(u_bound: np.ndarray, bias_range: tuple[float, float], blocks) -> tuple[np.ndarray, np.ndarray]:
    """(lower, upper) of [v_1 .. v_k, b]: each block's box, then the output bias's interval."""
    upper = np.concatenate([*(len(neurons) * u_bound for _, _, neurons in blocks), [bias_range[1]]])
    lower = np.concatenate([*(-len(neurons) * u_bound for _, _, neurons in blocks), [bias_range[0]]])
    return lower, upper


def squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_range, tight: bool = False,
                              check_cone: bool = True):
    """The squared-loss subproblem with cvxpy's interior-point solver (Clarabel): the fallback for
    degenerate (singular-Hessian) subproblems that HiGHS's active-set QP solver does not finish,
    and (``tight``: gaps and feasibility 1e-12, the solution checked against its pattern's cone)
    the polish of the winning one. Without cvxpy (the ``convex`` extra) nothing is solved: the
    subproblem stays unsolved and is reported, and no polish happens."""
    try:
        import cvxpy as cp
    except ImportError:
        return None
    d = x_tilde.shape[1]
    design, (lower, upper) = design_matrix(x_tilde, blocks), variable_bounds(u_bound, bias_range, blocks)
    cone = cone_matrix(x_tilde, blocks)
    z = cp.Variable(len(upper))
    cone_rows = cone @ z >= 0
    constraints = [z >= lower, z <= upper, cone_rows]
    program = cp.Problem(cp.Minimize(cp.sum_squares(design @ z - t)), constraints)
    settings = {"tol_gap_abs": 1e-12, "tol_gap_rel": 1e-12, "tol_feas": 1e-12} if tight else {}
    try:
        with warnings.catch_warnings():  # an inaccurate solve is accepted or refused below, and its
            warnings.simplefilter("ignore", UserWarning)  # bound is the dual function's: no warning
            program.solve(solver=cp.CLARABEL, **settings)
    except (cp.error.SolverError, TypeError):
        return None
    accepted = (cp.OPTIMAL, cp.OPTIMAL_INACCURATE) if tight else (cp.OPTIMAL,)
    if program.status not in accepted or z.value is None:
        return None
    solution = np.clip(z.value, lower, upper)
    if tight and check_cone:
        for j, (pattern, _, _) in enumerate(blocks):
            values = x_tilde @ solution[j * d:(j + 1) * d]
            if np.any((2 * pattern - 1) * values < -1e-12 * (1 + np.abs(values).max())):
                return None  # outside its pattern's cone: the network would change pattern
    r = design @ solution - t
    cone_duals = np.zeros(cone.shape[0]) if cone_rows.dual_value is None else np.asarray(cone_rows.dual_value, float)
    bound = centred_dual_bound(design, cone, t, lower, upper, solution, cone_duals)
    return Solved(float(r @ r), (solution[:-1].reshape(len(blocks), d), float(solution[-1])), bound)


def cone_matrix(x_tilde: np.ndarray, blocks) -> np.ndarray:
    """Rows (2 D_j - I) X~ v_j >= 0 of every block, over the columns [v_1 .. v_k, b]."""
    n, d = x_tilde.shape
    n_core = len(blocks) * d + 1
    rows = []
    for j, (pattern, _, _) in enumerate(blocks):
        block = np.zeros((n, n_core))
        block[:, j * d:(j + 1) * d] = (2 * pattern[:, None] - 1) * x_tilde
        rows.append(block)
    return np.vstack(rows) if rows else np.zeros((0, n_core))


def unsettled(outcome: Solved | None) -> bool:
    """Not finished, or no finite bound: worth a second solver."""
    return outcome is None or outcome.solution is None or not math.isfinite(outcome.bound)


def better(first: Solved | None, second: Solved | None) -> Solved | None:
    """The two attempts combined: the better solution, the higher bound (both are valid)."""
    if first is None or first.solution is None:
        return second
    if second is None or second.solution is None:
        return first
    value, solution = min((first.value, first.solution), (second.value, second.solution), key=lambda p: p[0])
    return Solved(value, solution, max(first.bound, second.bound))


def _triplets(matrix: np.ndarray, column_offset: int = 0) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols = np.nonzero(matrix)
    return rows, cols + column_offset, matrix[rows, cols]


def squared_dual_bound(design, cone, t, lower, upper, residual, cone_duals, signs=(1.0, -1.0)) -> float:
    """A rigorous lower bound of min ||A z - t||^2 over the cones and the box, from a solution's
    residual r (the multipliers of r = A z - t are 2 r) and the cone rows' multipliers (>= 0 for
    C z >= 0 after multiplying by one of ``signs``: the larger bound counts).

    This is ``dual_bound`` of the program with columns [z, r] and rows [C z >= 0; r - A z = -t]
    written out for its shape with dense products (the direction tree evaluates it at every
    node: 0.108 ms through the general sparse route on a 32 x 14 node, most of it building
    triplets): the same terms, the same rounding allowance. (Routing the dense program through
    ``dual_bound`` instead, tried: 0.11 ms, since it builds the [z, r] matrix and treats the N
    residual columns generically; test_dense_qp checks the two agree at any multipliers.)"""
    design, cone = np.asarray(design, dtype=float), np.asarray(cone, dtype=float)
    t, lower, upper = np.asarray(t, dtype=float), np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    definition = 2.0 * np.asarray(residual, dtype=float)
    if not np.all(np.isfinite(definition)):
        definition = np.where(np.isfinite(definition), definition, 0.0)
    # the r columns (q = 1, coefficient -lam_d): least at r = lam_d / 2, value -lam_d^2 / 4
    r_error = ROUNDING * np.abs(definition)
    r_terms = [-(definition ** 2) / 4.0, -r_error * (np.abs(definition) + r_error) / 2.0, -definition * t]
    from_definition = design.T @ definition  # A' lam_d
    definition_size = np.abs(design).T @ np.abs(definition)
    reach = np.maximum(np.abs(lower), np.abs(upper))
    best = -math.inf
    for sign in signs:
        lam = sign * np.asarray(cone_duals, dtype=float)
        lam = np.where(np.isfinite(lam) & (lam > 0), lam, 0.0)  # only the finite lower side (0) binds
        coefficient = from_definition - cone.T @ lam  # c - M'lam over the z columns
        error = ROUNDING * (definition_size + np.abs(cone).T @ lam)
        moving = (coefficient != 0) | (error > 0)
        at = np.where(coefficient > 0, lower, upper)  # a linear term is least at the bound opposite its sign
        if np.any(moving & ~np.isfinite(np.where(coefficient == 0, reach, at))):
            continue  # an unbounded direction: -inf with these multipliers
        terms = np.concatenate([coefficient[moving] * at[moving], -(error[moving] * reach[moving]), *r_terms])
        value = math.fsum(terms.tolist()) - ROUNDING * math.fsum(np.abs(terms).tolist())
        best = max(best, value)
    return best


def centred_dual_bound(design, cone, t, lower, upper, z, cone_duals, signs=(1.0, -1.0), bias: int = -1,
                       both: bool = True) -> float:
    """``squared_dual_bound`` at the solution ``z`` and, the larger, at ``z`` with its output bias
    (column ``bias``, in no cone row) moved to its least-squares value for the rest, clipped
    to its interval. The bias's term in the dual function is (sum of residuals) x (its far
    bound): with labels offset by 1e4 and a bias interval as wide, a solver's 1e-9 in that sum
    cost a pair of cells 2e-3 of its bound; centred, the sum is rounding. Any multipliers give a
    valid bound, so the larger of the two is (``both=False``: the centred one only, half the work
    where thousands of nodes are bounded)."""
    z = np.asarray(z, dtype=float)
    residual = design @ z - t
    moved = z.copy()
    moved[bias] = np.clip(z[bias] - float(np.mean(residual)), lower[bias], upper[bias])
    centred = squared_dual_bound(design, cone, t, lower, upper, design @ moved - t, cone_duals, signs)
    if not both:
        return centred
    return max(centred, squared_dual_bound(design, cone, t, lower, upper, residual, cone_duals, signs))


def _linear_dual_bound(design, cone, t, lower, upper, loss, row_duals) -> float:
    """A rigorous lower bound of the L1 / L-infinity subproblem (the LP HiGHS solved: columns
    [z, e], rows [cone; e - A z >= -t; e + A z >= t]) from its row multipliers."""
    n, n_core = design.shape
    n_cone = cone.shape[0]
    extra = n if loss == "l1" else 1
    epigraph = np.eye(n) if loss == "l1" else np.ones((n, 1))
    matrix = np.vstack([
        np.hstack([cone, np.zeros((n_cone, extra))]),
        np.hstack([-design, epigraph]),
        np.hstack([design, epigraph]),
    ])
    rows, cols, vals = _triplets(matrix)
    # a finite cap on each residual epigraph keeps the dual function finite for any multipliers
    reach = np.abs(design) @ np.maximum(np.abs(lower), np.abs(upper)) + np.abs(t)
    cap = reach if loss == "l1" else np.array([reach.max(initial=0.0)])
    program = SeparableProgram(
        (rows, cols, vals, matrix.shape),
        np.concatenate([np.zeros(n_cone), -t, t]), np.full(n_cone + 2 * n, np.inf),
        np.concatenate([lower, np.zeros(extra)]), np.concatenate([upper, cap]),
        np.zeros(n_core + extra), np.concatenate([np.zeros(n_core), np.ones(extra)]),
    )
    duals = np.asarray(row_duals, dtype=float)
    return max(dual_bound(program, sign * duals) for sign in (1.0, -1.0))


def tight_subproblem(highspy, x_tilde, t, blocks, u_bound, bias_range, loss) -> Solved | None:
    """The subproblem again at tight tolerances, for a higher rigorous bound: an interior-point
    solve at 1e-12 (squared loss), HiGHS's LP at 1e-10 (L1, L-infinity)."""
    if loss == "squared":
        return squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_range, tight=True, check_cone=False)
    return subproblem(highspy, x_tilde, t, blocks, u_bound, bias_range, loss, tolerance=TIGHT_LP_TOLERANCE)


TIGHT_LP_TOLERANCE = 1e-10  # HiGHS's smallest feasibility tolerances


def subproblem(highspy, x_tilde, t, blocks, u_bound, bias_range, loss, tolerance: float = QP_TOLERANCE) -> Solved | None:
    """The convex subproblem for fixed blocks (pattern, sign, neurons), solved by HiGHS: variables
    [v_1 .. v_k (d each), b, (residual epigraphs for L1/L-infinity)]. Returns its solution's
    exact loss and a rigorous bound, or None if HiGHS did not finish (every subproblem is
    feasible: v = 0 is, so "infeasible" is a failure too)."""
    n, d = x_tilde.shape
    # prediction_i = sum_j s_j D_ij x~_i . v_j + b  ->  rows of A (N x (m d + 1))
    design = design_matrix(x_tilde, blocks)
    n_core = design.shape[1]
    lower, upper = variable_bounds(u_bound, bias_range, blocks)
    cone = cone_matrix(x_tilde, blocks)

    h = new_highs(highspy)
    h.setOptionValue("time_limit", QP_TIME_LIMIT)
    h.setOptionValue("primal_feasibility_tolerance", tolerance)
    h.setOptionValue("dual_feasibility_tolerance", tolerance)
    inf = highspy.kHighsInf
    if loss == "squared":
        add_least_squares(h, highspy, design, cone, t, lower, upper, 2.0 * design.T @ design)
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
        return None
    solution = h.getSolution()
    z = np.clip(np.array(solution.col_value)[:n_core], lower, upper)
    residual = design @ z - t
    # the loss recomputed from the solution, not HiGHS's objective (which omits the constant t't)
    exact = {"squared": float(residual @ residual), "l1": float(np.abs(residual).sum()), "linf": float(np.abs(residual).max())}[loss]
    duals = np.asarray(solution.row_dual, dtype=float) if solution.dual_valid else np.zeros(h.getNumRow())
    if loss == "squared":
        bound = centred_dual_bound(design, cone, t, lower, upper, z, duals[:cone.shape[0]])
    else:
        bound = _linear_dual_bound(design, cone, t, lower, upper, loss, duals)
    return Solved(exact, (z[:-1].reshape(len(blocks), d), float(z[-1])), bound)


def add_least_squares(h, highspy, design, cone, t, lower, upper, hessian) -> None:
    """min ||A z - t||^2 over C z >= 0 and the box into an empty HiGHS model: ||A z - t||^2 =
    z'A'A z - 2 t'A z + t't, so Hessian 2 A'A (HiGHS minimizes 1/2 z'Qz; ``hessian`` may add a
    proximal term) and costs -2 A't (the constant t't is left out of HiGHS's objective)."""
    n = design.shape[1]
    h.addVars(n, lower, upper)
    _add_rows(h, cone, 0.0, highspy.kHighsInf)
    costs = -2.0 * design.T @ t
    for k in range(n):
        h.changeColCost(k, float(costs[k]))
    _pass_hessian(h, highspy, hessian)


def _add_rows(h, matrix: np.ndarray, lower, upper) -> None:
    """All rows of a dense matrix in one call (row by row cost a fifth of a small QP's time)."""
    lower = np.broadcast_to(np.asarray(lower, dtype=float), (matrix.shape[0],))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), (matrix.shape[0],))
    if matrix.shape[0] == 0:
        return
    rows, cols = np.nonzero(matrix)
    starts = np.searchsorted(rows, np.arange(matrix.shape[0])).astype(np.int32)
    h.addRows(matrix.shape[0], np.ascontiguousarray(lower), np.ascontiguousarray(upper), len(rows), starts,
              cols.astype(np.int32), np.ascontiguousarray(matrix[rows, cols]))


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


def cell_optimum(highspy, x_tilde, t, patterns, signs, u_bound, bias_range, loss) -> tuple[np.ndarray, float] | None:
    """The best network of one cell: ``patterns`` (neuron x point, 0/1) and ``signs`` fixed.
    Returns (u as neuron x coordinate, output bias), or None if no solver finished."""
    width = len(signs)
    table, chosen = np.unique(np.asarray(patterns, dtype=int), axis=0, return_inverse=True)
    blocks = merged_blocks(table, tuple(int(c) for c in np.ravel(chosen)), np.asarray(signs))
    outcome = subproblem(highspy, x_tilde, t, blocks, u_bound, bias_range, loss)
    if unsettled(outcome) and loss == "squared":
        outcome = better(outcome, squared_subproblem_conic(x_tilde, t, blocks, u_bound, bias_range))
    if outcome is None or outcome.solution is None:
        return None
    v, b = outcome.solution
    return unmerge(v, blocks, width, x_tilde.shape[1]), b
