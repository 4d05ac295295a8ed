"""The convex-regression bound of every cell of one neuron, cell after cell in one warm LP.

``convex_regression.regression_bound`` builds and solves its LP from scratch: about 30 ms per
LP and 4 rounds per cell at 64 points, 0.13 s per cell, 9 minutes for the 4,034 cells of one
neuron. Neighbouring cells differ in the side of a few points, so here one HiGHS model is kept:
moving to the next cell changes the coefficients of those points' rows only, the convexity
rows and tangents found so far stay (every subset of the rows relaxes, so keeping them is valid
and makes the next cell's first LP nearly final), and the simplex restarts from the last basis.
Each bound is still the exact problem's Lagrangian dual function at the LP's multipliers
(``dual_bound.py``): warm or cold, a bound is valid.

Columns: G (N), xi (N n), b, r (N), u_E (d), t (N, the squares' epigraphs: only the LP has them).
Rows: residual definitions (N), the cell's cone rows (N), then convexity rows and tangent rows
as they are added.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from .convex_regression import MAX_ROUNDS, FixedNeuron, enough_rows, exact_program, nearest_pairs, violated_pairs
from .dual_bound import dual_bound
from ..backends.highs_library import new_highs

MAX_CONVEXITY_ROWS_PER_POINT = 24  # kept across cells; more would slow every LP
MAX_TANGENTS_PER_POINT = 64


@dataclass(frozen=True)
class CellBound:
    bound: float
    rounds: int


class CellBounder:
    """Bounds of the cells of one fixed neuron (sign ``fixed_sign``) in a class whose other
    neurons form one group R (sign ``sign``, ``group_size`` neurons), relaxed to a convex
    function (``convex_regression.py``'s relaxation with one fixed neuron)."""

    def __init__(self, x: np.ndarray, x_tilde: np.ndarray, y: np.ndarray, sign: float, group_size: int,
                 u_bound: np.ndarray, bias_range: tuple[float, float], fixed_sign: int, highspy) -> None:
        self.highspy = highspy
        self.x, self.x_tilde, self.y = x, x_tilde, y
        self.sign, self.fixed_sign = float(sign), int(fixed_sign)
        n, inputs = x.shape
        d = x_tilde.shape[1]
        self.n, self.inputs, self.d = n, inputs, d
        self.g0, self.xi0, self.b0 = 0, n, n + n * inputs
        self.r0 = self.b0 + 1
        self.u0 = self.r0 + n
        self.t0 = self.u0 + d
        self.n_exact_columns = self.t0  # columns of the exact program (no epigraphs)
        self.radius = group_size * (np.abs(x_tilde) @ u_bound)
        self.subgradient_bound = group_size * u_bound[:inputs]
        self.u_bound, self.bias_range = u_bound, bias_range
        self.col_lower = np.concatenate([np.zeros(n), -np.tile(self.subgradient_bound, n), [bias_range[0]],
                                         np.full(n, -np.inf), -u_bound])
        self.col_upper = np.concatenate([self.radius, np.tile(self.subgradient_bound, n), [bias_range[1]],
                                         np.full(n, np.inf), u_bound])
        self.pattern = np.zeros(n, dtype=int)
        self.pairs: list[tuple[int, int]] = []
        self.pair_set: set[tuple[int, int]] = set()
        self.tangents: list[list[float]] = [[] for _ in range(n)]
        self.extra_rows = 0  # LP rows after the first 2N (convexity and tangent rows)
        self.convex_rows: list[int] = []  # the LP rows of the convexity pairs, in pair order
        self.scale = max(float(np.max(np.abs(y))), 1e-300)
        self.highs = self._initial_model(group_size)
        self._add_pairs(sorted(nearest_pairs(x, 8)) if group_size > 0 else [])
        for i in range(n):
            self._add_tangents(i, [-self.scale, 0.0, self.scale])

    # ---------------------------------------------------------------- model building

    def _initial_model(self, group_size: int):
        hs = self.highspy
        highs = new_highs(hs)
        n, d = self.n, self.d
        lower = np.concatenate([self.col_lower, np.zeros(n)])
        upper = np.concatenate([self.col_upper, np.full(n, np.inf)])
        cost = np.concatenate([np.zeros(self.n_exact_columns), np.ones(n)])
        highs.addVars(lower.size, lower, upper)
        highs.changeColsCost(cost.size, np.arange(cost.size, dtype=np.int32), cost)
        for i in range(n):  # r_i - s G_i - b (- s_E x~_i . u_E when active) = -y_i
            index = np.array([self.r0 + i, self.g0 + i, self.b0], dtype=np.int32)
            highs.addRow(-self.y[i], -self.y[i], 3, index, np.array([1.0, -self.sign, -1.0]))
        for i in range(n):  # the cone row of pattern 0: -x~_i . u_E >= 0
            index = np.arange(self.u0, self.u0 + d, dtype=np.int32)
            highs.addRow(0.0, np.inf, d, index, -self.x_tilde[i])
        return highs

    def _add_pairs(self, pairs: list[tuple[int, int]]) -> None:
        room = MAX_CONVEXITY_ROWS_PER_POINT * self.n - len(self.pairs)
        pairs = [p for p in pairs if p not in self.pair_set][:max(room, 0)]
        for k, i in pairs:  # G_i - G_k - xi_k . (x_i - x_k) >= 0
            index = np.concatenate([[self.g0 + i, self.g0 + k], self.xi0 + k * self.inputs + np.arange(self.inputs)])
            values = np.concatenate([[1.0, -1.0], -(self.x[i] - self.x[k])])
            self.highs.addRow(0.0, np.inf, index.size, index.astype(np.int32), values)
            self.convex_rows.append(2 * self.n + self.extra_rows)
            self.extra_rows += 1
            self.pairs.append((k, i))
            self.pair_set.add((k, i))

    def _add_tangents(self, i: int, points: list[float]) -> None:
        for a in points:
            if len(self.tangents[i]) >= MAX_TANGENTS_PER_POINT:
                return
            # t_i - 2 a r_i >= -a^2
            index = np.array([self.t0 + i, self.r0 + i], dtype=np.int32)
            self.highs.addRow(-a * a, np.inf, 2, index, np.array([1.0, -2.0 * a]))
            self.extra_rows += 1
            self.tangents[i].append(a)

    def set_pattern(self, pattern: np.ndarray) -> None:
        """Move to the cell ``pattern`` (0/1 per point): only the changed points' rows change."""
        pattern = np.asarray(pattern, dtype=int)
        for i in np.flatnonzero(pattern != self.pattern):
            active = pattern[i] == 1
            for k in range(self.d):
                column = self.u0 + k
                self.highs.changeCoeff(i, column, float(-self.fixed_sign * self.x_tilde[i, k]) if active else 0.0)
                self.highs.changeCoeff(self.n + i, column, float((1.0 if active else -1.0) * self.x_tilde[i, k]))
        self.pattern = pattern.copy()

    # ---------------------------------------------------------------- bounds

    def bound(self, target: float | None = None, time_budget: float | None = None) -> CellBound:
        """The current cell's bound; rows are generated until it reaches ``target``, stalls,
        or the rows and tangents are exact at the LP's solution."""
        begin = time.perf_counter()
        best, history = 0.0, []
        rounds = 0
        for rounds in range(1, MAX_ROUNDS + 1):
            self.highs.run()
            hs = self.highspy
            solution = self.highs.getSolution()
            if self.highs.getModelStatus() != hs.HighsModelStatus.kOptimal or not solution.dual_valid:
                break
            duals = np.asarray(solution.row_dual, dtype=float)
            values = np.asarray(solution.col_value, dtype=float)
            value = self._dual_bound(duals)
            best = max(best, value)
            history.append(best)
            if enough_rows(history, target, begin, time_budget):
                break
            g = values[self.g0:self.g0 + self.n]
            xi = values[self.xi0:self.b0].reshape(self.n, self.inputs)
            residual = values[self.r0:self.u0]
            added = sorted(violated_pairs(self.x, g, xi, self.pair_set)) if self.pairs or history else []
            before = len(self.pairs)
            self._add_pairs(added)
            loose = [i for i in range(self.n)
                     if min((abs(a - residual[i]) for a in self.tangents[i]), default=np.inf) > 1e-6 * self.scale
                     and len(self.tangents[i]) < MAX_TANGENTS_PER_POINT]
            for i in loose:
                self._add_tangents(i, [float(residual[i])])
            if len(self.pairs) == before and not loose:
                break
        return CellBound(max(best, 0.0), rounds)

    def _dual_bound(self, duals: np.ndarray) -> float:
        """The exact program's dual function at the LP's multipliers of its own rows (residual,
        cone, convexity; the tangent rows belong to the LP only). The program is
        ``convex_regression``'s with this cell's neuron fixed: its rows are [convexity rows in
        sorted pair order; residual rows; cone rows]."""
        program = exact_program(self.x, self.x_tilde, self.y, self.sign, self.radius, self.subgradient_bound,
                                self.u_bound, self.bias_range, (FixedNeuron(self.pattern, self.fixed_sign),),
                                self.pairs)
        in_sorted_order = np.argsort(np.array(self.pairs, dtype=int).reshape(-1, 2) @ [self.n, 1], kind="stable")
        convex = duals[np.asarray(self.convex_rows, dtype=int)][in_sorted_order]
        multipliers = np.concatenate([convex, duals[:2 * self.n]])
        return max(dual_bound(program, multipliers), dual_bound(program, -multipliers))
