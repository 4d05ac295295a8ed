"""Lower bounds for two-output networks whose neurons' output directions lie in sectors.

One hidden layer, two outputs, a weight box, squared loss. In anchor-normalized form
(``reformulations/anchor_normalized.py``) neuron j contributes a_j relu(u_j . x~) to the two
outputs, with ||a_j||_inf = 1 and |u_jq| <= U_q. Write a_j's direction as an angle: the anchor
classes are the four sectors of width pi/2 around the axes, and a node narrows each neuron's
sector [lo, hi] (width < pi) and may fix its activation pattern (a cell of its arrangement).

- **Fixed pattern.** W_j = a_j u_j^T is linear in the outputs: F_i gets W_j x~_i at the active
  points. Rank one is relaxed to "W_j x~_i lies in the sector's cone at the active points and in
  minus the cone at the others" (two linear rows per point: the cone's inward normals), with
  |W_j[l, q]| <= max over the sector of |a_l| times U_q. Exact when the sector is one direction
  and the points span R^(n+1); first-order in the width otherwise (the perpendicular part of
  W_j x~_i may be up to tan(width) of the parallel part), so narrow sectors do not converge to
  the optimum fast: a node that stays open at a modest width is a leaf for the exact solver.
- **Free pattern.** v_j(x) = a_j relu(u_j . x~): for every e with e . a >= 0 on the whole sector
  (the dual cone, spanned by the two inward normals) e . v_j is nonnegative and convex in x with
  subgradients bounded by ||e||_1 U: the class screen's convex-regression rows, once per normal.
  With one input the same set is described through sorted neighbours (``convexity_on_a_line``:
  3 (K - 1) rows instead of N (N - 1); nodes of the 15-point inversion gadget 2.8x faster).

Each node is then min ||A z - t||^2 over polyhedral rows and a box, solved by a small dense QP
solver (``dense_qp.py``: DAQP, about 0.06 ms a node; HiGHS as the fallback, 2-3 ms) and bounded
rigorously by the Lagrangian dual function of the unregularized problem at the solver's
multipliers (``cell_problem.squared_dual_bound``), so neither the solve's proximal term nor an
inexact solve can raise a bound above the truth.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from .cell_problem import squared_dual_bound
from .dense_qp import solve_least_squares

QUARTER = math.pi / 4


def anchor_sector(anchor: tuple[int, int]) -> tuple[float, float]:
    """The angles of a_j = (a_1, a_2) whose largest coordinate is ``anchor`` = (output, sign)."""
    centre = {(0, 1): 0.0, (1, 1): math.pi / 2, (0, -1): math.pi, (1, -1): -math.pi / 2}[tuple(anchor)]
    return centre - QUARTER, centre + QUARTER


def direction_ratio(anchor_output: int, angle: float) -> float:
    """a[other] / |a[anchor]| of the direction (cos, sin)(angle) whose largest coordinate is the
    anchor output's (the anchor coordinate itself is the anchor's sign)."""
    d = (math.cos(angle), math.sin(angle))
    return d[1 - anchor_output] / abs(d[anchor_output])


def inward_normals(lo: float, hi: float) -> tuple[np.ndarray, np.ndarray]:
    """n with n . d >= 0 exactly on the cone of the directions from angle lo to hi (< pi)."""
    return np.array([-math.sin(lo), math.cos(lo)]), np.array([math.sin(hi), -math.cos(hi)])


@functools.lru_cache(maxsize=65536)
def largest_share(lo: float, hi: float, coordinate: int) -> float:
    """max over angles in [lo, hi] of |d_l| / ||d||_inf (d = (cos, sin)): monotone between
    multiples of pi/4, so the endpoints and those multiples inside decide. (Cached: the tree's
    sectors are halvings of four quarters, and this was 15 % of a node's time.)"""
    angles = [lo, hi] + [k * QUARTER for k in range(-12, 13) if lo < k * QUARTER < hi]
    share = 0.0
    for angle in angles:
        d = np.abs([math.cos(angle), math.sin(angle)])
        share = max(share, float(d[coordinate] / d.max()))
    return min(share * (1 + 1e-12), 1.0)


@dataclass(frozen=True)
class Slot:
    """One neuron in a node: its pattern (index into the cells, None: free) and its sector."""

    cell: int | None
    lo: float
    hi: float

    @property
    def width(self) -> float:
        return self.hi - self.lo


@dataclass(frozen=True)
class NodeBound:
    bound: float  # rigorous; -inf when no solve finished
    value: float  # the relaxation's value at the solver's point (diagnostics)


class DirectionRelaxation:
    """The node bounds of one problem (module docstring). ``u_bound``: U per coordinate of x~;
    ``bias_lower``/``bias_upper``: the output biases' intervals (length 2)."""

    def __init__(self, x: np.ndarray, x_tilde: np.ndarray, y: np.ndarray, patterns: np.ndarray,
                 u_bound: np.ndarray, bias_lower: np.ndarray, bias_upper: np.ndarray, highspy) -> None:
        self.x, self.x_tilde, self.y = np.asarray(x, float), np.asarray(x_tilde, float), np.asarray(y, float)
        self.patterns = np.asarray(patterns, dtype=float)
        self.u_bound = np.asarray(u_bound, float)
        self.bias_lower, self.bias_upper = np.asarray(bias_lower, float), np.asarray(bias_upper, float)
        self.highspy = highspy
        n_points, d = self.x_tilde.shape
        self.reach = np.abs(self.x_tilde) @ self.u_bound  # |u . x~_i| <= reach_i
        others = ~np.eye(n_points, dtype=bool)
        self.pair_i, self.pair_k = np.nonzero(others)
        self.line = convexity_on_a_line(self.x[:, 0]) if self.x.shape[1] == 1 else None
        # per cell: x~_i at its active points (0 elsewhere), and x~_i signed by its side
        self.active_rows = self.patterns[:, :, None] * self.x_tilde[None, :, :]
        self.side_rows = (2 * self.patterns - 1)[:, :, None] * self.x_tilde[None, :, :]
        self._cached_piece = functools.lru_cache(maxsize=4096)(self._piece)

    def bound(self, slots: tuple[Slot, ...]) -> NodeBound:
        fixed = all(s.cell is not None for s in slots)
        design, cone, lower, upper = self._fixed_program(slots) if fixed else self._program(slots)
        t = self.y.reshape(-1)
        point = solve_least_squares(design, cone, t, lower, upper, self.highspy)
        if point is None:
            return NodeBound(-math.inf, math.inf)
        bound = squared_dual_bound(design, cone, t, lower, upper, point.residual, point.cone_duals, point.dual_signs)
        return NodeBound(float(bound), float(point.residual @ point.residual))

    def _line_rows(self, base: int, g0: int, normals, lower: np.ndarray, upper: np.ndarray) -> list[np.ndarray]:
        """One input: e . v >= 0 and convex with subgradients in [-L, L] through the sorted
        points' neighbours (``convexity_on_a_line``); g_(s, i) at g0 + s N + i as in the
        all-pairs rows."""
        n_points = self.x_tilde.shape[0]
        points = np.arange(n_points)
        over_points = np.vstack([np.hstack([np.eye(n_points), np.zeros((n_points, n_points))]), self.line])
        rows = []
        for s, normal in enumerate(normals):
            slope = float(np.abs(normal).sum()) * float(self.u_bound[0])
            g = g0 + s * n_points
            lower[g: g + n_points], upper[g: g + n_points] = -slope, slope
            block = np.zeros((over_points.shape[0], len(lower)))
            for l in range(2):
                block[:, base + 2 * points + l] = normal[l] * over_points[:, :n_points]
            block[:, g: g + n_points] = over_points[:, n_points:]
            rows.append(block)
        return rows

    def _fixed_program(self, slots: tuple[Slot, ...]):
        """``_program`` where every pattern is fixed (most of the tree's nodes), assembled from
        each slot's cached piece (siblings share all slots but one): the same matrices."""
        n_points, d = self.x_tilde.shape
        pieces = [self._cached_piece(s.cell, s.lo, s.hi) for s in slots]
        width = 2 * d * len(slots)
        design = np.zeros((2 * n_points, width + 2))
        cone = np.zeros((2 * n_points * len(slots), width + 2))
        for j, (piece_design, piece_cone, _, _) in enumerate(pieces):
            design[:, 2 * d * j: 2 * d * (j + 1)] = piece_design
            cone[2 * n_points * j: 2 * n_points * (j + 1), 2 * d * j: 2 * d * (j + 1)] = piece_cone
        design[0::2, width], design[1::2, width + 1] = 1.0, 1.0
        lower = np.concatenate([p[2] for p in pieces] + [self.bias_lower])
        upper = np.concatenate([p[3] for p in pieces] + [self.bias_upper])
        return design, cone, lower, upper

    def _piece(self, cell: int, lo: float, hi: float):
        """One fixed slot's columns: its design rows, its cone rows, its box."""
        slot = Slot(cell, lo, hi)
        design, cone, lower, upper = self._program((slot,))
        columns = slice(0, design.shape[1] - 2)
        for array in (design, cone):
            array.setflags(write=False)
        return design[:, columns], cone[:, columns], lower[columns], upper[columns]

    def _program(self, slots: tuple[Slot, ...]):
        """(A, C, lower, upper) over the columns [each slot's block, output biases]; rows of
        A in the order (point, output) of y.reshape(-1)."""
        n_points, d = self.x_tilde.shape
        n = self.x.shape[1]  # input coordinates (x~ has one more only with a hidden bias)
        sizes = [2 * d if s.cell is not None else 2 * n_points + 2 * n_points * n for s in slots]
        offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
        n_vars = int(offsets[-1]) + 2
        design = np.zeros((2 * n_points, n_vars))
        lower, upper = np.zeros(n_vars), np.zeros(n_vars)
        rows: list[np.ndarray] = []
        points = np.arange(n_points)
        for slot, base in zip(slots, offsets[:-1]):
            if slot.width >= math.pi:
                raise ValueError("a sector must be narrower than pi")
            normals = inward_normals(slot.lo, slot.hi)
            shares = [largest_share(slot.lo, slot.hi, l) for l in range(2)]
            if slot.cell is not None:
                active, side = self.active_rows[slot.cell], self.side_rows[slot.cell]
                for l in range(2):
                    columns = slice(base + l * d, base + (l + 1) * d)
                    design[points * 2 + l, columns] = active
                    upper[columns] = shares[l] * self.u_bound
                    lower[columns] = -shares[l] * self.u_bound
                block = np.zeros((2 * n_points, n_vars))  # one row per point and inward normal
                for s, normal in enumerate(normals):
                    for l in range(2):
                        block[s * n_points:(s + 1) * n_points, base + l * d: base + (l + 1) * d] = normal[l] * side
                rows.append(block)
            else:
                # v_il at base + 2 i + l; g_(s, i) at base + 2N + (s N + i) n
                for l in range(2):
                    design[points * 2 + l, base + 2 * points + l] = 1.0
                    upper[base + 2 * points + l] = shares[l] * self.reach
                    lower[base + 2 * points + l] = -shares[l] * self.reach
                g0 = base + 2 * n_points
                if self.line is not None:
                    rows += self._line_rows(base, g0, normals, lower, upper)
                    continue
                i, k = self.pair_i, self.pair_k
                pairs = np.arange(len(i))
                for s, normal in enumerate(normals):
                    slope = float(np.abs(normal).sum()) * self.u_bound[:n]
                    g = g0 + s * n_points * n
                    for q in range(n):
                        upper[g + points * n + q] = slope[q]
                        lower[g + points * n + q] = -slope[q]
                    sign_rows = np.zeros((n_points, n_vars))
                    convex_rows = np.zeros((len(i), n_vars))
                    for l in range(2):
                        sign_rows[points, base + 2 * points + l] = normal[l]
                        convex_rows[pairs, base + 2 * k + l] += normal[l]
                        convex_rows[pairs, base + 2 * i + l] -= normal[l]
                    for q in range(n):
                        convex_rows[pairs, g + i * n + q] = -(self.x[k, q] - self.x[i, q])
                    rows += [sign_rows, convex_rows]
        design[points * 2, n_vars - 2] = 1.0
        design[points * 2 + 1, n_vars - 1] = 1.0
        lower[-2:], upper[-2:] = self.bias_lower, self.bias_upper
        cone = np.vstack(rows) if rows else np.zeros((0, n_vars))
        return design, cone, lower, upper


def convexity_on_a_line(x: np.ndarray) -> np.ndarray:
    """Rows over [phi (N), g (N)] for "phi is the restriction of a convex function with
    subgradients g_i at the points" on one coordinate x, exactly, with 3 (K - 1) rows for K
    distinct inputs instead of the N (N - 1) pairs of ``convex_regression``: equal values at
    equal inputs, and between neighbours a < b in sorted order g_a gap <= phi_b - phi_a <=
    g_b gap and g_a <= g_b (a convex function's secant slope lies between the subgradients at
    its ends; conversely the interpolation is then convex with those subgradients). The
    subgradients' own row keeps the chain tight where neighbours are 1e-7 apart: from the
    secant rows alone (scaled by the gap) a solver's tolerance let the slopes around such a
    pair break convexity by 0.4 (measured: bounds 13 % below the all-pairs rows)."""
    x = np.asarray(x, dtype=float)
    n = len(x)
    order = np.argsort(x, kind="stable")
    _, first_of = np.unique(x[order], return_index=True)
    rows = []

    def row(*terms):
        r = np.zeros(2 * n)
        for column, value in terms:
            r[column] += value
        rows.append(r)

    for group_start, group_end in zip(first_of, list(first_of[1:]) + [n]):
        for other in order[group_start + 1: group_end]:
            rep = order[group_start]
            row((rep, 1.0), (other, -1.0))
            row((rep, -1.0), (other, 1.0))
    representatives = order[first_of]
    for a, b in zip(representatives[:-1], representatives[1:]):
        gap = float(x[b] - x[a])
        row((b, 1.0), (a, -1.0), (n + a, -gap))
        row((n + b, gap), (b, -1.0), (a, 1.0))
        row((n + b, 1.0), (n + a, -1.0))
    return np.vstack(rows) if rows else np.zeros((0, 2 * n))
