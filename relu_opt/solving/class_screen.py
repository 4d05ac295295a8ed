"""A lower bound for a sign class of one sign, before any branch-and-bound: convex regression.

With every output weight of one sign s, the output is s G(x) + b with G = sum of ReLUs, a
convex, nonnegative function of x (``reformulations/convexity_cuts.py``). Relaxing "sum of m
ReLUs in the box" to "any convex function with subgradients in m times the box" leaves a convex
QP (squared loss) over the values G_i, the subgradients xi_k and the output bias:

    min  sum_i r_i^2   s.t.  r_i = s G_i + b - y_i,   G_i >= G_k + xi_k . (x_i - x_k)  (i != k),
         0 <= G_i <= m |x~_i| . U,   |xi_kd| <= m U_d,   |b| <= B_b.

Its optimum bounds the class's loss from below (a penalty, if any, only adds). Big-M's root bound
of the same class was 0: its relaxation lets each post-activation float up to its bound.

The bound is made rigorous from the solver's multipliers rather than its objective: for any
multipliers the Lagrangian dual function is a lower bound (weak duality), and here it has a
closed form (separable over the box), so an inaccurate QP solve can only weaken it, never make
it invalid. Mixed classes (a difference of two convex functions fits any values) get no bound.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..relaxations.dual_bound import SeparableProgram, dual_bound
from ..formulation import TrainingProblem
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds

MAX_POINTS = 400
# Rows are generated: each point's nearest neighbours first, then in each round the most violated
# rows of the QP's solution (a subset of the rows relaxes the QP, so every round's bound is valid).
FIRST_NEIGHBOURS = 8
ADD_PER_POINT = 4
MAX_ROUNDS = 40
STALL, STALL_ROUNDS = 1e-3, 3  # stop when 3 rounds raised the bound by less than 0.1 %  # N (N - 1) convexity rows: 160,000 at this size


@dataclass(frozen=True)
class ScreenBound:
    bound: float  # a valid lower bound of the class's objective (in the plan's units)
    seconds: float
    rounds: int = 1  # LPs solved (rows and tangents added between them)
    pairs: frozenset[tuple[int, int]] = frozenset()  # (k, i): the convexity rows binding at the bound

    def to_dict(self) -> dict[str, float]:
        return {"bound": self.bound, "seconds": self.seconds, "rounds": self.rounds, "rows": len(self.pairs)}


def screen_bound(problem: TrainingProblem, signs: tuple[int, ...] | None,
                 objective_limit: float | None = None, target: float | None = None,
                 time_budget: float | None = None) -> ScreenBound | None:
    """The convex-regression bound of a one-sign class (None: mixed class, another loss than
    squared, too many points, or HiGHS unavailable). ``target``: stop once the bound reaches it
    (the class's cutoff); ``time_budget``: stop adding rows after this many seconds."""
    if signs is None or len(set(signs)) != 1 or problem.loss != "squared":
        return None
    data, arch = problem.dataset, problem.architecture
    if data.n_points > MAX_POINTS or data.n_points < 2:
        return None
    try:
        import highspy
    except ImportError:
        return None
    start = time.perf_counter()
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss, objective_limit)
    width, sign = len(signs), float(signs[0])
    x, y = data.x, data.y[:, 0]
    n_points, n_inputs = x.shape
    bias_range = (float(bias_lower[0]), float(bias_upper[0]))
    radius = width * (np.abs(augmented(x, arch.hidden_bias)) @ u_bound)
    pairs = _nearest_pairs(x, FIRST_NEIGHBOURS)
    scale = max(float(np.max(np.abs(y))), 1e-300)
    tangents = [np.array([-scale, 0.0, scale]) for _ in range(n_points)]
    bound, rounds, history, binding = 0.0, 0, [], frozenset()
    for rounds in range(1, MAX_ROUNDS + 1):
        lp = _relaxation(x, y, sign, radius, width * u_bound[:n_inputs], bias_range, pairs)
        solved = _solve(lp, tangents, highspy)
        if solved is None:
            break
        duals, values = solved
        value = max(dual_bound(lp, duals), dual_bound(lp, -duals))  # either sign convention
        if value > bound:
            bound = value
            convex = np.abs(duals[: len(pairs)])
            binding = frozenset(p for p, d in zip(sorted(pairs), convex) if d > 1e-9 * max(float(convex.max()), 1e-300))
        history.append(bound)
        if target is not None and bound >= target:
            break
        if time_budget is not None and time.perf_counter() - start > time_budget:
            break
        if len(history) > STALL_ROUNDS and history[-1] <= history[-1 - STALL_ROUNDS] * (1 + STALL):
            break  # the last rounds added rows and tangents that do not move the bound
        g = values[:n_points]
        xi = values[n_points:n_points * (1 + n_inputs)].reshape(n_points, n_inputs)
        residual = values[np.flatnonzero(lp.quadratic)]
        added = _violated_pairs(x, g, xi, pairs)
        loose = [i for i in range(n_points) if np.min(np.abs(tangents[i] - residual[i])) > 1e-6 * scale]
        if not added and not loose:
            break  # convex values and a tight square at every point: the QP's optimum
        pairs = pairs | added
        for i in loose:
            tangents[i] = np.append(tangents[i], residual[i])
    return ScreenBound(bound, time.perf_counter() - start, rounds, binding)


def _nearest_pairs(x: np.ndarray, neighbours: int) -> set[tuple[int, int]]:
    """(k, i): point i among the ``neighbours`` nearest of point k."""
    distances = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=2)
    np.fill_diagonal(distances, np.inf)
    near = np.argsort(distances, axis=1)[:, : min(neighbours, x.shape[0] - 1)]  # the point itself sorts last
    return {(k, int(i)) for k in range(x.shape[0]) for i in near[k]}


def _violated_pairs(x: np.ndarray, g: np.ndarray, xi: np.ndarray, pairs: set[tuple[int, int]]) -> set[tuple[int, int]]:
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


def _solve(lp: SeparableProgram, tangents: list[np.ndarray], highspy) -> tuple[np.ndarray, np.ndarray] | None:
    """Row multipliers and column values of an LP that bounds each square r_i^2 from below by
    its tangents at ``tangents[i]`` (simplex is robust where HiGHS's QP solver was not: it
    called this semidefinite QP "non-convex", or ran for minutes at 64 points). None if the LP
    did not solve. Only the multipliers matter for the bound (``dual_bound``)."""
    highs = highspy.Highs()
    # No "threads" option: HiGHS 1.16 refuses to run when it differs from the thread count an
    # earlier solve in this process started its scheduler with (measured: the screen returned 0).
    highs.setOptionValue("output_flag", False)
    if highs.passModel(_highs_lp(lp, tangents, highspy)) != highspy.HighsStatus.kOk:
        return None
    highs.run()
    solution = highs.getSolution()
    if highs.getModelStatus() != highspy.HighsModelStatus.kOptimal or not solution.dual_valid:
        return None
    n_rows = lp.row_lower.size
    return np.asarray(solution.row_dual, dtype=float)[:n_rows], np.asarray(solution.col_value, dtype=float)


def _relaxation(x, y, sign, radius, subgradient_bound, bias_range: tuple[float, float],
                pairs: set[tuple[int, int]]) -> SeparableProgram:
    n_points, n_inputs = x.shape
    g0, xi0, b0, r0 = 0, n_points, n_points + n_points * n_inputs, n_points + n_points * n_inputs + 1
    n_cols = r0 + n_points
    k, i = np.array(sorted(pairs), dtype=int).reshape(-1, 2).T
    n_convex = k.size
    convex_row = np.arange(n_convex)
    # G_i - G_k - xi_k . (x_i - x_k) >= 0
    rows = [convex_row, convex_row, np.repeat(convex_row, n_inputs)]
    cols = [g0 + i, g0 + k, (xi0 + k[:, None] * n_inputs + np.arange(n_inputs)[None, :]).ravel()]
    vals = [np.ones(n_convex), -np.ones(n_convex), (-(x[i] - x[k])).ravel()]
    residual_row = n_convex + np.arange(n_points)  # r_i - s G_i - b = -y_i
    rows += [residual_row] * 3
    cols += [r0 + np.arange(n_points), g0 + np.arange(n_points), np.full(n_points, b0)]
    vals += [np.ones(n_points), np.full(n_points, -sign), -np.ones(n_points)]
    row_lower = np.concatenate([np.zeros(n_convex), -y])
    row_upper = np.concatenate([np.full(n_convex, np.inf), -y])
    col_lower = np.concatenate([np.zeros(n_points), -np.tile(subgradient_bound, n_points), [bias_range[0]],
                                np.full(n_points, -np.inf)])
    col_upper = np.concatenate([radius, np.tile(subgradient_bound, n_points), [bias_range[1]],
                                np.full(n_points, np.inf)])
    quadratic = np.zeros(n_cols)
    quadratic[r0:] = 1.0
    matrix = (np.concatenate(rows), np.concatenate(cols), np.concatenate(vals).astype(float),
              (n_convex + n_points, n_cols))
    return SeparableProgram(matrix, row_lower, row_upper, col_lower, col_upper, quadratic)


def _highs_lp(lp: SeparableProgram, tangents: list[np.ndarray], highspy):
    """The relaxation's rows, plus one column t_i per square with rows t_i - 2 a r_i >= -a^2
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
