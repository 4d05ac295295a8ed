"""A bound for every network of a width-2 class whose two neurons lie in given sets of cells.

A neuron's cells are the realizable activation patterns of its hyperplane over the data (the
arrangement: about N^2 / 2 with two inputs and a bias, not 2^N). Over a *set* of cells, a point
on which every cell of the set agrees is fixed: its post-activation is u . x~_i with
u . x~_i >= 0 (active) or 0 with u . x~_i <= 0 (inactive), linear in u. A point on which the
set disagrees is relaxed by the ReLU's convex hull over the box: g_i >= 0, g_i >= u . x~_i,
g_i <= (u . x~_i + M_i) / 2 with M_i = |x~_i| . u_bound >= |u . x~_i|. With the output signs
s fixed (sign normalization: ``reformulations/sign_normalized.py``) the prediction
c + s_a g_a + s_b g_b is linear in every variable, so the node is a least-squares QP
(``dense_qp.py``); with one cell per neuron it is the exact problem of that pair of cells.

The bound is the Lagrangian dual function of the QP at the solver's multipliers
(``cell_problem.squared_dual_bound``): an inexact solve only weakens it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .cell_problem import centred_dual_bound
from .dense_qp import solve_least_squares, working_set


@dataclass(frozen=True)
class PairBound:
    bound: float  # rigorous lower bound of the squared loss over the node (-inf: not solved)
    u: np.ndarray | None  # the QP's neurons (one row each, normalized) and output bias: a network
    output_bias: float  # of the node when every set is a single cell
    gaps: tuple = ()  # per neuron: g_i - relu(u . x~_i) at the QP's point (0 where fixed)
    working: tuple | None = None  # (constraint keys, at lower side) of the QP's final working set
    shares: tuple = ()  # per neuron: the share of its set's cells active at each point


class PairRelaxation:
    """The node QPs of one class: data ``x_tilde`` (N x d), targets ``y``, output signs
    ``signs`` (one +-1 a neuron), box ``u_bound`` per coordinate of u, output-bias interval
    ``bias_range``, and ``patterns`` (cells x N, 0/1) of the arrangement."""

    def __init__(self, x_tilde: np.ndarray, y: np.ndarray, signs: tuple[int, ...], u_bound: np.ndarray,
                 bias_range: tuple[float, float], patterns: np.ndarray, highspy=None) -> None:
        self.x_tilde, self.y = np.asarray(x_tilde, dtype=float), np.asarray(y, dtype=float)
        self.signs = tuple(float(s) for s in signs)
        self.u_bound = np.asarray(u_bound, dtype=float)
        self.bias_range = bias_range
        self.patterns = np.asarray(patterns, dtype=np.int8)
        self.radius = np.abs(self.x_tilde) @ self.u_bound  # |u . x~_i| <= radius_i
        self.highspy = highspy
        ones = np.flatnonzero(np.all(self.x_tilde == 1.0, axis=0))
        self.bias = int(ones[-1]) if len(ones) else None  # the hidden bias's coordinate of u
        if self.bias is not None:
            weights = np.delete(np.arange(self.x_tilde.shape[1]), self.bias)
            self.reach = np.abs(self.x_tilde[:, weights]) @ self.u_bound[weights]  # |w . x_i|

    def sides(self, cells: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(active, inactive, free) points of a set of cells."""
        return self._sides_and_share(cells)[0]

    def _sides_and_share(self, cells: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray]:
        """``sides`` and the share of the set's cells active at each point (for ``split``)."""
        on = self.patterns[cells].sum(axis=0, dtype=np.int64)
        count = len(cells)
        sides = (np.flatnonzero(on == count), np.flatnonzero(on == 0), np.flatnonzero((on > 0) & (on < count)))
        return sides, on / count

    def bound(self, *cell_sets: np.ndarray, start: tuple | None = None) -> PairBound:
        """The bound over one set of cells per neuron (as many sets as signs). ``start``: a
        parent node's :attr:`PairBound.working`, where the QP solver's active set starts (a child
        differs from its parent in a few points: teacher-N32-n2-m4's nodes took 85 iterations
        from an empty working set, 29 from their own final one)."""
        n, d = self.x_tilde.shape
        k = len(cell_sets)
        known: dict[int, tuple] = {}  # a run of interchangeable neurons shares one set object
        for cells in cell_sets:
            if id(cells) not in known:
                known[id(cells)] = self._sides_and_share(cells)
        sides = [known[id(cells)][0] for cells in cell_sets]
        shares = tuple(known[id(cells)][1] for cells in cell_sets)
        free_total = sum(len(s[2]) for s in sides)
        # columns: u of each neuron (d each), output bias, the constant 1, g of each free point
        one = k * d + 1
        columns = k * d + 2 + free_total
        design = np.zeros((n, columns))
        design[:, k * d] = 1.0
        lower = np.concatenate([*([-self.u_bound] * k), [self.bias_range[0], 1.0], np.zeros(free_total)])
        upper = np.concatenate([*([self.u_bound] * k), [self.bias_range[1], 1.0], np.zeros(free_total)])
        # rows, neuron after neuron: u . x~_i >= 0 (active), -u . x~_i >= 0 (inactive), and for a
        # free point g_i - u . x~_i >= 0 and the hull's chord (u . x~_i + M_i) / 2 - g_i >= 0
        cone = np.zeros((sum(len(a) + len(i) + 2 * len(f) for a, i, f in sides), columns))
        g_columns = []  # per neuron: the columns of its free points' g
        column = k * d + 2
        row = 0
        for neuron, (active, inactive, free) in enumerate(sides):
            block = slice(neuron * d, (neuron + 1) * d)
            sign = self.signs[neuron]
            design[active, block] += sign * self.x_tilde[active]
            if self.bias is not None:
                # implied by the fixed points (w . x_i + b >= 0 where active, <= 0 where not): with a
                # bias box as wide as the labels' offset (1e4), the box's far side times a
                # solver's 1e-9 had cost an exact pair 2e-3 of its bound
                bias = neuron * d + self.bias
                if len(active):
                    lower[bias] = max(lower[bias], -float(np.min(self.reach[active])))
                if len(inactive):
                    upper[bias] = min(upper[bias], float(np.min(self.reach[inactive])))
            cone[row:row + len(active), block] = self.x_tilde[active]
            row += len(active)
            cone[row:row + len(inactive), block] = -self.x_tilde[inactive]
            row += len(inactive)
            g = column + np.arange(len(free))
            g_columns.append(g)
            if len(free):
                design[free, g] += sign
                above = np.arange(row, row + len(free))
                cone[above, g] = 1.0
                cone[above, block] = -self.x_tilde[free]
                below = above + len(free)
                cone[below, g] = -1.0
                cone[below, block] = 0.5 * self.x_tilde[free]
                cone[below, one] = 0.5 * self.radius[free]
                row += 2 * len(free)
                upper[g] = self.radius[free]
                column += len(free)
        keys = self._keys(k, d, sides)
        point = solve_least_squares(design, cone, self.y, lower, upper, self.highspy,
                                    None if start is None else _warm(keys, start))
        if point is None:
            return PairBound(-np.inf, None, 0.0, shares=shares)
        bound = centred_dual_bound(design, cone, self.y, lower, upper, point.z, point.cone_duals, point.dual_signs,
                                   bias=k * d, both=False)
        u = point.z[:k * d].reshape(k, d)
        gaps = tuple(np.zeros(n) for _ in sides)
        for gap, u_j, (_, _, free), g in zip(gaps, u, sides, g_columns):
            gap[free] = point.z[g] - np.maximum(self.x_tilde[free] @ u_j, 0.0)
        working = None
        if point.multipliers is not None:
            held = np.flatnonzero(point.multipliers)
            order = np.argsort(keys[held])
            working = (keys[held][order], point.multipliers[held][order] < 0)
        return PairBound(bound, u, float(point.z[k * d]), gaps, working, shares)

    def _keys(self, k: int, d: int, sides: list) -> np.ndarray:
        """A name for each constraint of a node's QP (its bounds, then its rows, in the order
        ``bound`` builds them) that is the same in every node: the columns of u, the output bias
        and the constant by their index; a free point's g bound, and the rows of a fixed, a
        relaxed-from-below and a relaxed-from-above point by (kind, neuron, point)."""
        n = self.x_tilde.shape[0]
        base = k * d + 2

        def named(kind: int, neuron: int, points: np.ndarray) -> np.ndarray:
            return base + (kind * k + neuron) * n + points

        g_bounds = [named(0, j, free) for j, (_, _, free) in enumerate(sides)]
        rows = []
        for j, (active, inactive, free) in enumerate(sides):
            rows += [named(1, j, active), named(1, j, inactive), named(2, j, free), named(3, j, free)]
        return np.concatenate([np.arange(base), *g_bounds, *rows]).astype(np.int64)

    def split(self, cells: np.ndarray, gap: np.ndarray | None = None,
              share: np.ndarray | None = None) -> tuple[int, float] | None:
        """The point to divide ``cells`` on and its score (None: one cell, nothing left to
        divide). With ``gap`` (the node's hull gap per point, :attr:`PairBound.gaps`): the point
        whose relaxed post-activation is furthest from the ReLU of the QP's neuron, ties broken
        by the more even division; without it: the most even division.

        Why the gap: the relaxation is wrong only at that point's side, so fixing it there moves
        the bound most. Measured (teacher data, 2 inputs, cutoff at the optimum, nodes for the
        classes ++ / +-): N = 64: 59,062 / 83,035 nodes by the even division, 2,664 / 1,559 by
        the gap; N = 128: 167,512 / 188,901 against 7,539 / 8,859 (gap x evenness and
        gap x sqrt(evenness) scored in between: 4,034 / 2,895 and 3,416 / 1,983 at N = 64)."""
        if len(cells) <= 1:
            return None
        if share is None:  # (the node's PairBound.shares has it)
            share = self.patterns[cells].mean(axis=0)
        balance = np.minimum(share, 1.0 - share)
        score = balance if gap is None else np.where(balance > 0, gap + TIE * balance, -1.0)
        point = int(np.argmax(score))
        return (point, float(score[point])) if balance[point] > 0 else None


def _warm(keys: np.ndarray, start: tuple) -> np.ndarray | None:
    """DAQP's starting flags for the constraints ``keys`` from a parent's working set (None: an
    empty one, the cold start)."""
    held, at_lower = start
    if len(held) == 0:
        return None
    place = np.minimum(np.searchsorted(held, keys), len(held) - 1)
    active = held[place] == keys
    return working_set(active, active & at_lower[place])


TIE = 1e-12  # a gap this small (relative to labels of order 1: the plan's units) is no gap
