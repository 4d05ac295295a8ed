"""Lower bounds for one-input networks from which gaps between the sorted inputs hold the kinks.

With one input, a one-hidden-layer network with output bias is f(x) = c + sum_j v_j relu(w_j x + b_j):
continuous, piecewise linear in x (values in R^p), with at most m kinks (one per neuron, at
-b_j / w_j). On the data this is all that matters: between two neighbouring inputs x_k < x_k+1
(a *gap*) f either has no kink, one, or two and more. Fix that choice for every gap (a
*configuration*) and describe f on the data by its values F_k at the distinct inputs and its slopes
s_k just right of them. With sigma_g = (F_k+1 - F_k) / h_g the gap's secant:

- no kink: s_k = sigma_g = s_k+1 (linear rows);
- one kink at x_k+1 - mu h_g, mu in [0, 1]: sigma_g = (1 - mu) s_k + mu s_k+1, the same mu for every
  output: with each output's sign of s_k+1 - s_k fixed and mu in [lo, hi] this is
  lo (s_k+1 - s_k) <= sigma_g - s_k <= hi (s_k+1 - s_k) per output (linear rows), exact up to the
  outputs sharing mu; halving [lo, hi] closes that coupling (one output: exact as soon as the sign
  is fixed);
- two or more kinks: any secant (the piece between them takes up the difference), no rows.

Every network of the box lies in a configuration with a + 2b = m gaps of one (a) and of two (b)
kinks (fewer kinks are included by adding some, nothing else is needed: the slopes left of the first
kink are left free, i.e. the neurons' orientation and the box's limits on where kinks sit are
relaxed). Its values and slopes are bounded: |s| <= sum_j |v_j| |w_j| and, for a network whose loss
is below the cutoff, every F_k within sqrt(cutoff) of a label at x_k (so the bound min(cutoff,
nodes) is valid whatever the optimum). Each node is then the least-squares QP of
``dense_qp.solve_least_squares`` (C z >= 0, a box) and its bound is the Lagrangian dual function at
the solver's multipliers (``cell_problem.squared_dual_bound``): rigorous whatever the solver did.

Measured (issue 22; ``solving/kink_floor.py`` with the warm start's objective as the cutoff): the
ETR inversion gadget with its label moved by 0.1 (15 points, 5 ReLUs, two outputs, 7,098
configurations): floor 1/150 = 0.0066667 in 6 s, where the anchor classes' direction tree left
24 of 56 classes unstarted after 1,200 s (bound 0); with X = 1, Y = 1.2 forced (17 points): 5.5e-5
in 8 s; the 4-ReLU gadget: 0.0265251989 in 4 s, the optimum the direction tree certified
(0.02652519894) to 2.5e-9.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace
from typing import Iterator

import numpy as np

from ..reformulations.data_scaling import power_of_two_scale
from .cell_problem import squared_dual_bound
from .dense_qp import solve_least_squares

NONE, ONE, TWO = 0, 1, 2  # kinks in a gap (TWO: two or more)


@dataclass(frozen=True)
class KinkNode:
    """A configuration (kinks per gap), and for its one-kink gaps the signs of each output's
    slope change (None: not yet split) and the kink's place as a share mu of the gap, measured
    from the right-hand input (an interval in [0, 1])."""

    kinds: tuple[int, ...]
    signs: tuple[tuple[float, ...] | None, ...]
    places: tuple[tuple[float, float], ...]

    @classmethod
    def root(cls, kinds: tuple[int, ...]) -> "KinkNode":
        return cls(kinds, tuple(None for _ in kinds), tuple((0.0, 1.0) for _ in kinds))

    @property
    def one_kink_gaps(self) -> list[int]:
        return [g for g, kind in enumerate(self.kinds) if kind == ONE]


@dataclass(frozen=True)
class KinkNodeBound:
    bound: float  # rigorous; -inf when the QP did not finish
    z: np.ndarray | None  # the QP's point [F, s] (for the choice of the next split)
    value: float = float("inf")  # the QP's objective at z (>= bound; what a network from z could reach)


def configurations(gaps: int, width: int) -> Iterator[tuple[int, ...]]:
    """The maximal configurations: a gaps with one kink and b with two, a + 2b = width (or every
    gap with two when even that is fewer kinks than the width)."""
    if 2 * gaps <= width:
        yield tuple(TWO for _ in range(gaps))
        return
    for b in range(width // 2 + 1):
        a = width - 2 * b
        if a + b > gaps:
            continue
        for doubles in itertools.combinations(range(gaps), b):
            rest = [g for g in range(gaps) if g not in doubles]
            for singles in itertools.combinations(rest, a):
                kinds = [NONE] * gaps
                for g in doubles:
                    kinds[g] = TWO
                for g in singles:
                    kinds[g] = ONE
                yield tuple(kinds)


def configuration_count(gaps: int, width: int) -> int:
    if 2 * gaps <= width:
        return 1
    return sum(math.comb(gaps, b) * math.comb(gaps - b, width - 2 * b)
               for b in range(width // 2 + 1) if width - 2 * b + b <= gaps)


class KinkGapRelaxation:
    """The node bounds of one problem (module docstring). ``x``: one input column; ``y``: N x p
    labels; ``slope_bound``: |s| <= it; ``cutoff``: only networks below it matter (their values
    lie within sqrt(cutoff) of the labels)."""

    def __init__(self, x: np.ndarray, y: np.ndarray, width: int, slope_bound: float, cutoff: float) -> None:
        x = np.asarray(x, dtype=float).reshape(-1)
        y = np.asarray(y, dtype=float).reshape(len(x), -1)
        # Units of their own (powers of two, exact): inputs by their spread, labels less their mean
        # by their largest deviation; only gaps and differences of values enter the rows (the
        # output bias is free), so neither offset changes anything. DAQP's tolerances are
        # absolute: data at 1e-3 left every root node unsolved before this.
        self.x_unit = power_of_two_scale(np.ptp(x))
        self.y_unit = power_of_two_scale(y - y.mean(axis=0))
        self.x_origin = float(x.min())  # the problem's input = x_origin + x_unit * this one's
        x = (x - x.min()) / self.x_unit
        y = (y - y.mean(axis=0)) / self.y_unit
        slope_bound = slope_bound * self.x_unit / self.y_unit
        cutoff = cutoff / self.y_unit ** 2
        self.cutoff = cutoff
        self.inputs, group = np.unique(x, return_inverse=True)
        self.width = width
        self.gap_lengths = np.diff(self.inputs)
        self.n_outputs = p = y.shape[1]
        k_count = len(self.inputs)
        self.n_vars = 2 * k_count * p
        self.design = np.zeros((len(x) * p, self.n_vars))
        for i, k in enumerate(group):
            self.design[i * p + np.arange(p), k * p + np.arange(p)] = 1.0
        self.target = y.reshape(-1)
        reach = math.sqrt(max(cutoff, 0.0)) if math.isfinite(cutoff) else math.inf
        value_lower = np.minimum(0.0, y.min(axis=0) - reach)  # 0 inside: z = 0 stays feasible
        value_upper = np.maximum(0.0, y.max(axis=0) + reach)
        self.lower = np.concatenate([np.tile(value_lower, k_count), np.full(k_count * p, -slope_bound)])
        self.upper = np.concatenate([np.tile(value_upper, k_count), np.full(k_count * p, slope_bound)])
        # per gap g = (k, k + 1) and output: the secant, s_k and s_k+1 as rows over z
        eye = np.eye(self.n_vars)
        values = [eye[k * p: (k + 1) * p] for k in range(k_count)]  # the rows picking F_k
        slopes = [eye[(k_count + k) * p: (k_count + k + 1) * p] for k in range(k_count)]  # s_k
        # each gap's rows times its length h (positive, so the same rows): h sigma_g = F_k+1 - F_k,
        # no 1 / h where inputs are near-duplicates
        self.secant = [values[g + 1] - values[g] for g in range(k_count - 1)]
        self.left_slope = [slopes[g] * h for g, h in enumerate(self.gap_lengths)]
        self.right_slope = [slopes[g + 1] * h for g, h in enumerate(self.gap_lengths)]
        # the KKT polish's fixed blocks (the same at every node)
        self.hessian = 2.0 * self.design.T @ self.design
        self.gradient_at_zero = 2.0 * self.design.T @ self.target

    @property
    def gaps(self) -> int:
        return len(self.gap_lengths)

    def curve(self, z: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """A QP point's values F_k and slopes s_k (each distinct inputs x p), in this relaxation's units."""
        count, p = len(self.inputs), self.n_outputs
        return z[: count * p].reshape(count, p), z[count * p:].reshape(count, p)

    def in_input_units(self, t: float) -> float:
        """A place on this relaxation's input axis as the problem's input."""
        return self.x_origin + self.x_unit * t

    def rows(self, node: KinkNode) -> tuple[np.ndarray, int]:
        """The node's rows C z >= 0: first the equalities E as [E; -E], then the inequalities;
        and the number of equalities."""
        equalities, inequalities = [], []
        for g, kind in enumerate(node.kinds):
            if kind == NONE:
                equalities += [self.secant[g] - self.left_slope[g], self.secant[g] - self.right_slope[g]]
            elif kind == ONE and node.signs[g] is not None:
                e = np.asarray(node.signs[g])[:, None]
                change = self.right_slope[g] - self.left_slope[g]
                deviation = self.secant[g] - self.left_slope[g]
                lo, hi = node.places[g]
                inequalities += [e * change, e * (deviation - lo * change), e * (hi * change - deviation)]
        equal = np.vstack(equalities) if equalities else np.zeros((0, self.n_vars))
        blocks = [equal, -equal, *inequalities]
        return np.vstack(blocks), equal.shape[0]

    def bound(self, node: KinkNode) -> KinkNodeBound:
        cone, n_equal = self.rows(node)
        point = solve_least_squares(self.design, cone, self.target, self.lower, self.upper)
        if point is None:
            return KinkNodeBound(-math.inf, None)
        value = squared_dual_bound(self.design, cone, self.target, self.lower, self.upper, point.residual,
                                   point.cone_duals, point.dual_signs)
        primal = float(point.residual @ point.residual) * self.y_unit ** 2
        if value >= self.cutoff:  # closed already: no polish needed
            return KinkNodeBound(float(value) * self.y_unit ** 2, point.z, primal)
        residual, duals = self._refined_duals(cone, n_equal, point)
        refined = squared_dual_bound(self.design, cone, self.target, self.lower, self.upper, residual, duals, (1.0,))
        return KinkNodeBound(float(max(value, refined)) * self.y_unit ** 2, point.z, primal)

    def _refined_duals(self, cone: np.ndarray, n_equal: int, point) -> tuple[np.ndarray, np.ndarray]:
        """(residual, multipliers) of the exact KKT point on DAQP's final active set: DAQP stops
        at its tolerance (stationarity ~1e-8), and the dual bound pays every leftover coefficient
        times its column's bound (slopes up to m B^2, 300-900 here: 0.2 % of the bound, measured).
        One least-squares solve of the KKT system over the equalities (either sign: split back into
        the [E; -E] pair) and the inequalities DAQP made active, the latter clipped at 0. Any
        residual and multipliers >= 0 give a valid bound (the dual function); the caller keeps the
        larger of the two."""
        lam = np.maximum(np.asarray(point.cone_duals, dtype=float) * point.dual_signs[0], 0.0)
        active = 2 * n_equal + np.flatnonzero(lam[2 * n_equal:] > 0)
        rows = cone[np.concatenate([np.arange(n_equal), active])]
        n, k = self.n_vars, rows.shape[0]
        kkt = np.zeros((n + k, n + k))
        kkt[:n, :n] = self.hessian
        kkt[:n, n:], kkt[n:, :n] = -rows.T, rows
        rhs = np.concatenate([self.gradient_at_zero, np.zeros(k)])
        try:  # (an SVD least-squares solve cost 10x the node's QP)
            solution = np.linalg.solve(kkt, rhs)
        except np.linalg.LinAlgError:  # dependent active rows
            solution, *_ = np.linalg.lstsq(kkt, rhs, rcond=None)
        if not np.all(np.isfinite(solution)):
            return point.residual, lam
        z, values = solution[:n], solution[n:]
        if not np.all((z >= self.lower) & (z <= self.upper)):
            return point.residual, lam  # the active set leaves the box: keep the solver's point
        refined = np.zeros_like(lam)
        free = values[:n_equal]
        refined[:n_equal], refined[n_equal:2 * n_equal] = np.maximum(free, 0.0), np.maximum(-free, 0.0)
        refined[active] = np.maximum(values[n_equal:], 0.0)
        return self.design @ z - self.target, refined

    def children(self, node: KinkNode, z: np.ndarray | None, place_tolerance: float) -> list[KinkNode]:
        """Split the signs of the one-kink gap whose slope change is largest at z, once all are
        split halve the place of the gap where the outputs' places disagree most (one output:
        nothing to halve); [] for a leaf."""
        singles = node.one_kink_gaps
        if z is None:
            z = np.zeros(self.n_vars)
        changes = {g: (self.right_slope[g] - self.left_slope[g]) @ z for g in singles}
        unsplit = [g for g in singles if node.signs[g] is None]
        if unsplit:
            g = max(unsplit, key=lambda gap: float(np.abs(changes[gap]).sum()))
            return [replace(node, signs=node.signs[:g] + (tuple(e),) + node.signs[g + 1:])
                    for e in itertools.product((1.0, -1.0), repeat=self.n_outputs)]
        if self.n_outputs == 1:
            return []
        best, chosen = 0.0, None
        for g in singles:
            lo, hi = node.places[g]
            if hi - lo <= place_tolerance:
                continue
            # the outputs' own places mu_l = (sigma_l - s_k,l) / change_l spread at most
            # (hi - lo) apart; weighted by the change, that is what halving can remove
            score = (hi - lo) * float(np.abs(changes[g]).sum())  # (changes carry the gap's length)
            if chosen is None or score > best:
                best, chosen = score, g
        if chosen is None:
            return []
        lo, hi = node.places[chosen]
        middle = (lo + hi) / 2
        return [replace(node, places=node.places[:chosen] + (part,) + node.places[chosen + 1:])
                for part in ((lo, middle), (middle, hi))]
