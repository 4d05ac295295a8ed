"""A rigorous lower bound of a convex program from *any* multipliers (weak duality).

Solvers stop at tolerances: an LP or QP reported "optimal" can lie above the true optimum by
about (dual infeasibility) x (the variables' ranges). With near-duplicate inputs that was 6e-8
of an optimum of 0.264 in the exact enumeration (issue 19), enough to claim a bound above a
real network's loss. The value of the Lagrangian dual function at the solver's multipliers has
no such error: it is a lower bound for every choice of multipliers, so an inexact solve can only
weaken it, never make it invalid.

The programs here have a separable objective and a column box:

    minimize  sum_j q_j x_j^2 + c_j x_j
    s.t.      row_lower <= A x <= row_upper,   col_lower <= x <= col_upper,   q_j >= 0.

For row multipliers lam (lam_i >= 0 binds a row's lower side, lam_i <= 0 its upper side) the
dual function is  min over the box of  sum_j (q_j x_j^2 + (c - A'lam)_j x_j)  +  sum_i lam_i side_i,
separable, hence in closed form. It is evaluated with exactly rounded sums, less a rounding
allowance, so that floating point cannot lift it above the true value either.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass

import numpy as np

ROUNDING = 16 * sys.float_info.epsilon
"""Relative allowance on the sum of the dual function's terms' magnitudes for the rounding of
each term (a product or two of doubles) and of A'lam."""


@dataclass
class SeparableProgram:
    """min q.x^2 + c.x s.t. row_lower <= A x <= row_upper, col_lower <= x <= col_upper."""

    matrix: tuple  # (rows, columns, values, (n_rows, n_columns)): coordinate triplets
    row_lower: np.ndarray
    row_upper: np.ndarray
    col_lower: np.ndarray
    col_upper: np.ndarray
    quadratic: np.ndarray  # q_j >= 0
    linear: np.ndarray | None = None  # c_j (None: 0)

    @property
    def n_columns(self) -> int:
        return self.matrix[3][1]


def dual_bound(program: SeparableProgram, multipliers: np.ndarray) -> float:
    """The Lagrangian dual function of ``program`` at row ``multipliers`` (each clipped to the
    sign its row's finite sides allow): a lower bound of the program's minimum for any
    multipliers, -inf where they leave an unbounded direction."""
    rows, cols, vals, (n_rows, n_cols) = program.matrix
    lam = np.array(multipliers, dtype=float, copy=True)
    lam[np.isinf(program.row_lower) & (lam > 0)] = 0.0  # only a finite lower side takes lam > 0
    lam[np.isinf(program.row_upper) & (lam < 0)] = 0.0
    lam[~np.isfinite(lam)] = 0.0
    linear = np.zeros(n_cols) if program.linear is None else np.asarray(program.linear, dtype=float)
    products = vals * lam[rows]
    coefficient = linear - np.bincount(cols, weights=products, minlength=n_cols)  # c - A'lam
    coefficient_error = ROUNDING * np.bincount(cols, weights=np.abs(products), minlength=n_cols)
    q, lo, hi = program.quadratic, program.col_lower, program.col_upper
    a, e = coefficient, coefficient_error
    curved = q > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        x = np.clip(np.where(curved, -a / (2.0 * q), 0.0), lo, hi)
        # The true coefficient a' lies within e of a; its minimizer x' has |x'| <= (|a| + e) / 2q
        # (and lies in the box), and q x'^2 + a' x' >= q x^2 + a x - e |x'|.
        reach = np.minimum(np.where(curved, (np.abs(a) + e) / (2.0 * q), np.inf), np.maximum(np.abs(lo), np.abs(hi)))
    flat = ~curved
    at = np.where(a > 0, lo, hi)  # a linear term is least at the bound opposite its sign
    moving = flat & ((a != 0) | (e > 0))
    if np.any(moving & ~np.isfinite(np.where(a == 0, np.maximum(np.abs(lo), np.abs(hi)), at))):
        return -math.inf
    terms = [
        (q[curved] * x[curved] ** 2 + a[curved] * x[curved]),
        -(e[curved] * reach[curved]),
        a[moving] * at[moving],
        -(e[moving] * np.maximum(np.abs(lo[moving]), np.abs(hi[moving]))),
    ]
    side = np.where(lam > 0, program.row_lower, program.row_upper)
    used = lam != 0
    terms.append(lam[used] * side[used])
    flat_terms = np.concatenate(terms)
    value = math.fsum(flat_terms.tolist())
    return value - ROUNDING * math.fsum(np.abs(flat_terms).tolist())
