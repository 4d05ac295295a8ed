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

from .convex_regression import MAX_ROUNDS, enough_rows, nearest_pairs, violated_pairs
from .dual_bound import SeparableProgram, dual_bound
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
        radius = group_size * (np.abs(x_tilde) @ u_bound)
        subgradient = np.tile(group_size * u_bound[:inputs], n)
        self.col_lower = np.concatenate([np.zeros(n), -subgradient, [bias_range[0]], np.full(n, -np.inf), -u_bound])
        self.col_upper = np.concatenate([radius, subgradient, [bias_range[1]], np.full(n, np.inf), u_bound])
        self.quadratic = np.zeros(self.n_exact_columns)
        self.quadratic[self.r0:self.u0] = 1.0
        self.pattern = np.zeros(n, dtype=int)
        self.pairs: list[tuple[int, int]] = []
        self.pair_set: set[tuple[int, int]] = set()
        self.tangents: list[list[float]] = [[] for _ in range(n)]
        self.row_kinds: list[tuple[str, object]] = []  # per LP row after the first 2N
        self.scale = max(float(np.max(np.abs(y))), 1e-300)
        self.highs = self._initial_model(group_size)
        self._add_pairs(sorted(nearest_pairs(x, 8)) if group_size > 0 else [])
        for i in range(n):
            self._add_tangents(i, [-self.scale, 0.0, self.scale])

    # ---------------------------------------------------------------- model building

    def _initial_model(self, group_size: int):
        hs = self.highspy
        highs = new_highs(hs)
        highs.setOptionValue("output_flag", False)
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
            self.row_kinds.append(("convex", (k, i)))
            self.pairs.append((k, i))
            self.pair_set.add((k, i))

    def _add_tangents(self, i: int, points: list[float]) -> None:
        for a in points:
            if len(self.tangents[i]) >= MAX_TANGENTS_PER_POINT:
                return
            # t_i - 2 a r_i >= -a^2
            index = np.array([self.t0 + i, self.r0 + i], dtype=np.int32)
            self.highs.addRow(-a * a, np.inf, 2, index, np.array([1.0, -2.0 * a]))
            self.row_kinds.append(("tangent", i))
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
        cone, convexity; the tangent rows belong to the LP only)."""
        n = self.n
        convex_rows = [2 * n + k for k, (kind, _) in enumerate(self.row_kinds) if kind == "convex"]
        program = self._program()
        multipliers = np.concatenate([duals[:2 * n], duals[convex_rows]]) if convex_rows else duals[:2 * n]
        return max(dual_bound(program, multipliers), dual_bound(program, -multipliers))

    def _program(self) -> SeparableProgram:
        n, d, inputs = self.n, self.d, self.inputs
        rows, cols, vals = [], [], []
        # residual rows
        rows += [np.arange(n)] * 3
        cols += [self.r0 + np.arange(n), self.g0 + np.arange(n), np.full(n, self.b0)]
        vals += [np.ones(n), np.full(n, -self.sign), -np.ones(n)]
        active = np.flatnonzero(self.pattern)
        rows.append(np.repeat(active, d))
        cols.append(np.tile(self.u0 + np.arange(d), active.size))
        vals.append((-self.fixed_sign * self.x_tilde[active]).ravel())
        # cone rows
        rows.append(np.repeat(n + np.arange(n), d))
        cols.append(np.tile(self.u0 + np.arange(d), n))
        vals.append(((2 * self.pattern[:, None] - 1) * self.x_tilde).ravel())
        # convexity rows
        if self.pairs:
            k, i = np.array(self.pairs, dtype=int).T
            row = 2 * n + np.arange(k.size)
            rows += [row, row, np.repeat(row, inputs)]
            cols += [self.g0 + i, self.g0 + k, (self.xi0 + k[:, None] * inputs + np.arange(inputs)[None, :]).ravel()]
            vals += [np.ones(k.size), -np.ones(k.size), (-(self.x[i] - self.x[k])).ravel()]
        n_rows = 2 * n + len(self.pairs)
        values = np.concatenate(vals).astype(float)
        keep = values != 0
        matrix = (np.concatenate(rows)[keep], np.concatenate(cols)[keep], values[keep], (n_rows, self.n_exact_columns))
        row_lower = np.concatenate([-self.y, np.zeros(n), np.zeros(len(self.pairs))])
        row_upper = np.concatenate([-self.y, np.full(n, np.inf), np.full(len(self.pairs), np.inf)])
        return SeparableProgram(matrix, row_lower, row_upper, self.col_lower, self.col_upper, self.quadratic)


def similar_order(patterns: np.ndarray) -> np.ndarray:
    """An order of the cells in which each is near the previous one (greedy nearest neighbour in
    Hamming distance): moving between them changes few rows of the warm LP. Patterns are packed
    64 points to a word and distances counted with popcount (N = 64, 4,034 cells: 1.3 s point by
    point, 0.12 s packed)."""
    count = len(patterns)
    if count <= 2:
        return np.arange(count)
    words = _packed_words(patterns)
    order = np.empty(count, dtype=np.int64)
    order[0] = 0
    used = np.zeros(count, dtype=bool)
    used[0] = True
    current = words[0]
    for step in range(1, count):
        distance = _popcount(words ^ current).sum(axis=1, dtype=np.int64)
        distance[used] = np.iinfo(np.int64).max
        chosen = int(np.argmin(distance))
        order[step] = chosen
        used[chosen] = True
        current = words[chosen]
    return order


def _packed_words(patterns: np.ndarray) -> np.ndarray:
    packed = np.packbits(np.asarray(patterns, dtype=bool), axis=1)
    padding = (-packed.shape[1]) % 8
    return np.ascontiguousarray(np.pad(packed, ((0, 0), (0, padding)))).view(np.uint64)


_BYTE_COUNTS = np.array([bin(value).count("1") for value in range(256)], dtype=np.int64)


def _popcount(words: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):  # numpy >= 2.0
        return np.bitwise_count(words)
    as_bytes = words.view(np.uint8).reshape(words.shape[0], -1)  # numpy 1.x: a byte table
    return _BYTE_COUNTS[as_bytes]
