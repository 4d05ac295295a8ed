"""Small dense least-squares QPs: min ||A z - t||^2 s.t. C z >= 0, lower <= z <= upper.

The direction tree of two-output classes (``direction_cells.py``) solves thousands of these, each
with a dozen to a few hundred columns. HiGHS spent about 2-3 ms on each (teacher-N8-n2-m2-p2-s0:
18,262 QPs, 28.5 s in ``Highs.run`` alone), most of it setting up a sparse model for a problem
that fits in a few kilobytes. DAQP (Arnstrom, Bemporad, Axehill: a dual active-set solver for
small dense QPs, MIT licence, ``pip install daqp``) solves the same node in about 0.06 ms, and
its multipliers gave bounds 3e-6 to 9e-5 *higher* than HiGHS's on the same nodes (measured on
teacher-N8 nodes with one or both patterns fixed and on the root).

What is returned is never trusted as a bound: the caller evaluates the Lagrangian dual function
of the unregularized problem at these multipliers (``cell_problem.squared_dual_bound``), so the
proximal term that keeps the Hessian positive definite, or an inexact solve, can only weaken a
bound. Where DAQP is missing or reports no solution, HiGHS solves the node as before.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

try:  # an optional speed-up: the HiGHS route below gives the same certificates
    import daqp
except ImportError:  # pragma: no cover - exercised where daqp is not installed
    daqp = None

from .cell_problem import QP_TIME_LIMIT, add_least_squares
from ..backends.highs_library import new_highs

PROXIMAL = 1e-8  # regularization of the solve only (HiGHS's active-set QP cycled without it)
INFINITE = 1e30  # DAQP's infinite bound
DAQP_SOLVED = 1  # exit flag of an optimal solve (2 is "soft optimal": not used here)
DAQP_PROXIMAL = 1e-6
"""DAQP's own proximal-point iterations (its ``eps_prox``), which converge to the unregularized
solution. Without them DAQP reported "infeasible" (flag -1) on 51 of 290 teacher-N8 nodes and on
about half of random ones with near-opposite sector normals (every node here is feasible: z = 0
is), each then re-solved by HiGHS; with them: none, at the same speed."""


@dataclass(frozen=True)
class LeastSquaresPoint:
    """A solution (clipped into the box) and the cone rows' multipliers: >= 0 for C z >= 0 in
    ``dual_signs`` (1,); HiGHS's convention is not pinned down here, so (1, -1): both are tried
    and the larger bound counts."""

    z: np.ndarray
    residual: np.ndarray
    cone_duals: np.ndarray
    dual_signs: tuple[float, ...]
    multipliers: np.ndarray | None = None  # DAQP's, bounds then rows (nonzero: in its final working set)


def solve_least_squares(design: np.ndarray, cone: np.ndarray, t: np.ndarray, lower: np.ndarray,
                        upper: np.ndarray, highspy=None, working: np.ndarray | None = None) -> LeastSquaresPoint | None:
    """The QP of the module docstring by DAQP, else HiGHS; None if neither finished.
    ``working``: DAQP's starting working set (:func:`working_set`), e.g. a parent node's."""
    hessian = 2.0 * design.T @ design + PROXIMAL * np.eye(design.shape[1])
    point = _by_daqp(design, cone, t, lower, upper, hessian, working) if daqp is not None else None
    if point is None and working is not None and daqp is not None:  # a start DAQP could not use
        point = _by_daqp(design, cone, t, lower, upper, hessian, None)
    if point is None:
        point = _by_highs(design, cone, t, lower, upper, hessian, highspy)
    return point


def working_set(active: np.ndarray, at_lower: np.ndarray) -> np.ndarray:
    """DAQP's ``sense`` flags starting from a working set: constraints (bounds, then rows)
    ``active``, at their lower side where ``at_lower``. Only where to start: the solve still
    ends at a KKT point, and bounds come from the dual function at its multipliers."""
    return (np.asarray(active, dtype=bool) * DAQP_ACTIVE | np.asarray(at_lower, dtype=bool) * DAQP_LOWER).astype(np.int32)


DAQP_ACTIVE, DAQP_LOWER = 1, 2  # DAQP's sense bits


def _by_daqp(design, cone, t, lower, upper, hessian, working=None) -> LeastSquaresPoint | None:
    n, m = design.shape[1], cone.shape[0]
    upper_all = np.concatenate([np.minimum(upper, INFINITE), np.full(m, INFINITE)])
    lower_all = np.concatenate([np.maximum(lower, -INFINITE), np.zeros(m)])
    sense = np.zeros(n + m, dtype=np.int32) if working is None else working
    try:
        z, _, flag, info = daqp.solve(hessian, -2.0 * design.T @ t, np.ascontiguousarray(cone, dtype=float), upper_all,
                                      lower_all, sense, eps_prox=DAQP_PROXIMAL)
    except Exception:  # a solver error is a missing bound here, never a wrong one
        return None
    if flag != DAQP_SOLVED:
        return None
    z = np.clip(np.asarray(z, dtype=float), lower, upper)
    # DAQP's multiplier of a row active at its lower side is negative
    multipliers = np.asarray(info["lam"], dtype=float)
    return LeastSquaresPoint(z, design @ z - t, -multipliers[n:], (1.0,), multipliers)


def _by_highs(design, cone, t, lower, upper, hessian, highspy) -> LeastSquaresPoint | None:
    if highspy is None:
        import highspy
    h = new_highs(highspy)
    h.setOptionValue("time_limit", QP_TIME_LIMIT)
    add_least_squares(h, highspy, design, cone, t, lower, upper, hessian)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    solution = h.getSolution()
    z = np.clip(np.asarray(solution.col_value, dtype=float), lower, upper)
    duals = np.asarray(solution.row_dual, dtype=float)[:cone.shape[0]] if solution.dual_valid else np.zeros(cone.shape[0])
    return LeastSquaresPoint(z, design @ z - t, duals, (1.0, -1.0))
