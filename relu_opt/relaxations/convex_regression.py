"""Convex regression: the lower bound of every one-sign group of neurons, with or without fixed neurons.

A group R of neurons that all have output sign s contributes s G(x) with G = sum of their ReLUs:
a convex, nonnegative function of x with subgradients in |R| times the box. Relaxing "sum of
|R| ReLUs" to "any such convex function" leaves a convex problem over the values G_i at the
points, their subgradients xi_k and the output bias. Neurons E outside R may be kept exactly,
each with its activation pattern D fixed (a *cell* of its hyperplane arrangement): their outputs
are then linear in their normalized weights u_E, with the pattern's cone rows. So

    min  sum_i r_i^2   s.t.  r_i = s G_i + sum_E s_E D_Ei x~_i . u_E + b - y_i,
         G_i >= G_k + xi_k . (x_i - x_k)   (i != k),    0 <= G_i <= |R| |x~_i| . U,   |xi_kd| <= |R| U_d,
         (2 D_E - I) X~ u_E >= 0,   |u_E| <= U,   b in [b_lo, b_hi]

bounds from below every network of the class whose E neurons have those patterns. With E empty
it is the class screen of a one-sign class (``solving/class_screen.py``); with one neuron of a
mixed class in E it bounds one cell of that neuron (``solving/cell_parts.py``): a difference of
two convex functions fits anything, but one fixed ReLU and one convex function do not.

The N (N - 1) convexity rows are generated (each point's nearest neighbours first, then the
most violated rows of each solution), each square is bounded by its tangents (an LP: HiGHS's
simplex was robust where its QP solver was not), and the bound is the exact problem's
Lagrangian dual function at the LP's multipliers (``dual_bound.py``), so it is valid however
inexact the LP solve and however few rows it had: a subset of rows relaxes further.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .dual_bound import SeparableProgram, dual_bound
from ..backends.highs_library import new_highs

FIRST_NEIGHBOURS = 8
ADD_PER_POINT = 4
MAX_ROUNDS = 40
STALL, STALL_ROUNDS = 1e-3, 3  # stop when 3 rounds raised the bound by less than 0.1 %


@dataclass(frozen=True)
class RegressionBound:
    bound: float  # valid lower bound of the squared loss over the networks it covers
    seconds: float
    rounds: int = 1  # LPs solved (rows and tangents added between them)
    pairs: frozenset[tuple[int, int]] = frozenset()  # (k, i): convexity rows binding at the bound

    def to_dict(self) -> dict[str, float]:
        return {"bound": self.bound, "seconds": self.seconds, "rounds": self.rounds, "rows": len(self.pairs)}


@dataclass(frozen=True)
class FixedNeuron:
    """A neuron kept exactly, with its activation pattern (0/1 per point) and output sign."""

    pattern: np.ndarray
    sign: int


def regression_bound(x: np.ndarray, x_tilde: np.ndarray, y: np.ndarray, sign: float, group_size: int,
                     u_bound: np.ndarray, bias_range: tuple[float, float], fixed: tuple[FixedNeuron, ...] = (),
                     target: float | None = None, time_budget: float | None = None,
                     pairs: frozenset[tuple[int, int]] | None = None, highspy=None) -> RegressionBound | None:
    """The bound described in the module docstring. ``sign``, ``group_size``: R's sign and
    number of neurons; ``fixed``: the neurons E; ``target``: stop once the bound reaches it;
    ``pairs``: convexity rows to start with (besides each point's nearest neighbours).
    None if HiGHS is not installed."""
    if highspy is None:
        try:
            import highspy
        except ImportError:
            return None
    start = time.perf_counter()
    n_points, n_inputs = x.shape
    radius = group_size * (np.abs(x_tilde) @ u_bound)
    rows_in_use = nearest_pairs(x, FIRST_NEIGHBOURS) | set(pairs or ())
    scale = max(float(np.max(np.abs(y))), 1e-300)
    tangents = [np.array([-scale, 0.0, scale]) for _ in range(n_points)]
    bound, rounds, history, binding = 0.0, 0, [], frozenset()
    for rounds in range(1, MAX_ROUNDS + 1):
        lp = exact_program(x, x_tilde, y, sign, radius, group_size * u_bound[:n_inputs], u_bound, bias_range, fixed,
                      rows_in_use)
        solved = _solve(lp, tangents, highspy)
        if solved is None:
            break
        duals, values = solved
        value = max(dual_bound(lp, duals), dual_bound(lp, -duals))  # either sign convention
        if value > bound:
            bound = value
            convex = np.abs(duals[: len(rows_in_use)])
            top = max(float(convex.max()), 1e-300) if convex.size else 1.0
            binding = frozenset(p for p, d in zip(sorted(rows_in_use), convex) if d > 1e-9 * top)
        history.append(bound)
        if enough_rows(history, target, start, time_budget):
            break
        g = values[:n_points]
        xi = values[n_points:n_points * (1 + n_inputs)].reshape(n_points, n_inputs)
        residual = values[np.flatnonzero(lp.quadratic)]
        added = violated_pairs(x, g, xi, rows_in_use) if group_size > 0 else set()
        loose = [i for i in range(n_points) if np.min(np.abs(tangents[i] - residual[i])) > 1e-6 * scale]
        if not added and not loose:
            break  # convex values and a tight square at every point: the problem's optimum
        rows_in_use = rows_in_use | added
        for i in loose:
            tangents[i] = np.append(tangents[i], residual[i])
    return RegressionBound(max(bound, 0.0), time.perf_counter() - start, rounds, binding)


def enough_rows(history: list[float], target: float | None, start: float, time_budget: float | None) -> bool:
    """Stop generating rows: the bound reached the target, the time is up, or the last rounds
    did not move it (a bound still 0 is not a stall: too few rows yet)."""
    if target is not None and history[-1] >= target:
        return True
    if time_budget is not None and time.perf_counter() - start > time_budget:
        return True
    return len(history) > STALL_ROUNDS and 0 < history[-1] <= history[-1 - STALL_ROUNDS] * (1 + STALL)


def nearest_pairs(x: np.ndarray, neighbours: int) -> set[tuple[int, int]]:
    """(k, i): point i among the ``neighbours`` nearest of point k."""
    distances = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=2)
    np.fill_diagonal(distances, np.inf)
    near = np.argsort(distances, axis=1)[:, : min(neighbours, x.shape[0] - 1)]  # the point itself sorts last
    return {(k, int(i)) for k in range(x.shape[0]) for i in near[k]}


def violated_pairs(x: np.ndarray, g: np.ndarray, xi: np.ndarray, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """The most violated convexity rows G_i >= G_k + xi_k . (x_i - x_k) not yet in ``pairs``:
    for each k the worst ADD_PER_POINT points i (violations above a relative 1e-7)."""
    supporting = g[:, None] + np.einsum("kd,kid->ki", xi, x[None, :, :] - x[:, None, :])  # [k, i]
    violation = supporting - g[None, :]
    np.fill_diagonal(violation, -np.inf)
    tolerance = 1e-7 * max(float(np.max(np.abs(g))), 1.0)
    added = set()
    for k in range(x.shape[0]):
        for i in np.argsort(-violation[k])[:ADD_PER_POINT]:
            if violation[k, i] > tolerance and (k, int(i)) not in pairs:
                added.add((k, int(i)))
    return added


def exact_program(x, x_tilde, y, sign, radius, subgradient_bound, u_bound, bias_range, fixed, pairs) -> SeparableProgram:
    """Columns [G (N), xi (N n), b, r (N), u_E (d each)]; rows [convexity; residual
    definitions; cone rows of each fixed neuron]."""
    n_points, n_inputs = x.shape
    d = x_tilde.shape[1]
    g0, xi0, b0, r0 = 0, n_points, n_points + n_points * n_inputs, n_points + n_points * n_inputs + 1
    u0 = r0 + n_points
    n_cols = u0 + d * len(fixed)
    k, i = np.array(sorted(pairs), dtype=int).reshape(-1, 2).T
    n_convex = k.size
    convex_row = np.arange(n_convex)
    # G_i - G_k - xi_k . (x_i - x_k) >= 0
    rows = [convex_row, convex_row, np.repeat(convex_row, n_inputs)]
    cols = [g0 + i, g0 + k, (xi0 + k[:, None] * n_inputs + np.arange(n_inputs)[None, :]).ravel()]
    vals = [np.ones(n_convex), -np.ones(n_convex), (-(x[i] - x[k])).ravel()]
    residual_row = n_convex + np.arange(n_points)  # r_i - s G_i - b - sum_E s_E D_Ei x~_i u_E = -y_i
    rows += [residual_row] * 3
    cols += [r0 + np.arange(n_points), g0 + np.arange(n_points), np.full(n_points, b0)]
    vals += [np.ones(n_points), np.full(n_points, -sign), -np.ones(n_points)]
    row_lower = [np.zeros(n_convex), -y]
    row_upper = [np.full(n_convex, np.inf), -y]
    next_row = n_convex + n_points
    for e, neuron in enumerate(fixed):
        columns = u0 + e * d + np.arange(d)
        active = np.flatnonzero(neuron.pattern)
        # the residual rows: -s_E x~_i . u_E on the active points
        rows.append(np.repeat(n_convex + active, d))
        cols.append(np.tile(columns, active.size))
        vals.append((-neuron.sign * x_tilde[active]).ravel())
        # the cone rows: (2 D - I) x~_i . u_E >= 0
        cone = np.arange(n_points)
        rows.append(np.repeat(next_row + cone, d))
        cols.append(np.tile(columns, n_points))
        vals.append(((2 * np.asarray(neuron.pattern)[:, None] - 1) * x_tilde).ravel())
        row_lower.append(np.zeros(n_points))
        row_upper.append(np.full(n_points, np.inf))
        next_row += n_points
    col_lower = np.concatenate([np.zeros(n_points), -np.tile(subgradient_bound, n_points), [bias_range[0]],
                                np.full(n_points, -np.inf), -np.tile(u_bound, len(fixed))])
    col_upper = np.concatenate([radius, np.tile(subgradient_bound, n_points), [bias_range[1]],
                                np.full(n_points, np.inf), np.tile(u_bound, len(fixed))])
    quadratic = np.zeros(n_cols)
    quadratic[r0:u0] = 1.0
    values = np.concatenate(vals).astype(float)
    keep = values != 0
    matrix = (np.concatenate(rows)[keep], np.concatenate(cols)[keep], values[keep], (next_row, n_cols))
    return SeparableProgram(matrix, np.concatenate(row_lower), np.concatenate(row_upper), col_lower, col_upper,
                            quadratic)


def _solve(lp: SeparableProgram, tangents: list[np.ndarray], highspy) -> tuple[np.ndarray, np.ndarray] | None:
    """Row multipliers and column values of an LP that bounds each square r_i^2 from below by
    its tangents at ``tangents[i]`` (simplex is robust where HiGHS's QP solver was not: it
    called this semidefinite QP "non-convex", or ran for minutes at 64 points). None if the LP
    did not solve. Only the multipliers matter for the bound (``dual_bound``)."""
    highs = new_highs(highspy)
    # No "threads" option: HiGHS 1.16 refuses to run when it differs from the thread count an
    # earlier solve in this process started its scheduler with (measured: the screen returned 0).
    if highs.passModel(_highs_lp(lp, tangents, highspy)) != highspy.HighsStatus.kOk:
        return None
    highs.run()
    solution = highs.getSolution()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal or not solution.dual_valid:
        return None
    n_rows = lp.row_lower.size
    return np.asarray(solution.row_dual, dtype=float)[:n_rows], np.asarray(solution.col_value, dtype=float)


def _highs_lp(lp: SeparableProgram, tangents: list[np.ndarray], highspy):
    """The program's rows, plus one column t_i per square with rows t_i - 2 a r_i >= -a^2
    (a in tangents[i]); minimize sum t_i."""
    rows, cols, vals, (n_rows, n_cols) = lp.matrix
    squares = np.flatnonzero(lp.quadratic)
    counts = np.array([len(t) for t in tangents])
    points = np.concatenate(tangents)
    owner = np.repeat(np.arange(squares.size), counts)
    tangent_row = n_rows + np.arange(points.size)
    extra_rows = np.concatenate([tangent_row, tangent_row])
    extra_cols = np.concatenate([n_cols + owner, squares[owner]])
    extra_vals = np.concatenate([np.ones(points.size), -2.0 * points])
    lower = -points * points
    row = n_rows + points.size
    rows = np.concatenate([rows, extra_rows]).astype(int)
    cols = np.concatenate([cols, extra_cols]).astype(int)
    vals = np.concatenate([vals, extra_vals])
    total_cols = n_cols + squares.size
    order = np.lexsort((rows, cols))  # column-wise
    rows, cols, vals = rows[order], cols[order], vals[order]
    model = highspy.HighsLp()
    model.num_col_, model.num_row_ = total_cols, row
    model.col_cost_ = np.concatenate([np.zeros(n_cols), np.ones(squares.size)])
    model.col_lower_ = np.concatenate([lp.col_lower, np.zeros(squares.size)])
    model.col_upper_ = np.concatenate([lp.col_upper, np.full(squares.size, np.inf)])
    model.row_lower_ = np.concatenate([lp.row_lower, lower])
    model.row_upper_ = np.concatenate([lp.row_upper, np.full(row - n_rows, np.inf)])
    model.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    model.a_matrix_.start_ = np.searchsorted(cols, np.arange(total_cols + 1))
    model.a_matrix_.index_, model.a_matrix_.value_ = rows, vals
    return model
