"""Optimization-based bound tightening for the sign-normalized model, given a cutoff.

Only solutions better than the cutoff (the best objective found so far) matter, so:
1. every residual is bounded: loss <= cutoff gives |r_i| <= sqrt(cutoff) (squared loss) or
   |r_i| <= cutoff (L1, L-infinity), hence out_i lies in [t_i - rho, t_i + rho]; for the squared
   loss also sum_i |r_i| <= sqrt(N cutoff) (Cauchy-Schwarz), a linear cut coupling the points;
2. each pre-activation u_j . x~_i is minimised and maximised over the LP relaxation of the big-M
   model with those constraints (HiGHS, dual simplex warm-started between the LPs).
The bounds feed back into ``build_normalized_model``: smaller big-M constants, and activations
whose bounds no longer straddle 0 need no binary. Rounds repeat while they tighten and time lasts.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace

import numpy as np
import pyomo.environ as pyo

from ..backends.lowered import lower
from ..formulation import TrainingProblem
from ..reformulations.sign_normalized import NormalizedTrainingModel, TightenedBounds, build_normalized_model
from ..backends.highs_library import new_highs


@dataclass(frozen=True)
class TighteningReport:
    """What tightening achieved, for the result's details."""

    seconds: float
    rounds: int
    lps: int
    mean_width_before: float  # mean width of pre-activation intervals
    mean_width_after: float
    unstable_before: int  # activations whose interval straddles 0 (each needs a binary)
    unstable_after: int
    complete: bool  # False if the time budget cut it short

    def to_dict(self) -> dict[str, float | int | bool]:
        return self.__dict__.copy()


def residual_radius(loss: str, cutoff: float) -> float:
    """Largest |residual| of any point in a solution with objective below ``cutoff``."""
    return math.sqrt(max(cutoff, 0.0)) if loss == "squared" else max(cutoff, 0.0)


def tighten(
    problem: TrainingProblem,
    signs: tuple[int, ...] | None,
    cutoff: float,
    time_budget: float,
    max_rounds: int = 3,
) -> tuple[TightenedBounds, TighteningReport]:
    """Bounds on pre-activations and outputs valid for every solution better than ``cutoff``."""
    import highspy

    start = time.perf_counter()
    relaxed = replace(problem, encoding="bigm")  # the big-M LP relaxation serves every encoding
    base = build_normalized_model(relaxed, signs=signs)
    rho = residual_radius(problem.loss, cutoff)
    y = problem.dataset.y
    bounds = TightenedBounds(
        base.bounds.pre_lower[0].copy(), base.bounds.pre_upper[0].copy(), y - rho, y + rho, cutoff
    )
    before = _widths(bounds)
    rounds = lps = 0
    complete = True
    while rounds < max_rounds:
        training = build_normalized_model(relaxed, signs=signs, tightened=bounds)
        _add_coupling_cut(training, problem.loss, cutoff)
        lp, columns = _relaxation(training, highspy)
        new_lower, new_upper = bounds.pre_lower.copy(), bounds.pre_upper.copy()
        for (l, i, j), column in columns.items():
            for sense in (1.0, -1.0):
                if time.perf_counter() - start > time_budget:
                    complete = False
                    break
                value = _optimise(lp, column, sense)
                lps += 1
                if value is None:
                    continue
                slack = 1e-7 * (1 + abs(value))  # LP tolerances: never cut off a true value
                if sense > 0:
                    new_lower[i, j] = max(new_lower[i, j], value - slack)
                else:
                    new_upper[i, j] = min(new_upper[i, j], value + slack)
        rounds += 1
        improved = np.sum(bounds.pre_upper - bounds.pre_lower) - np.sum(new_upper - new_lower)
        bounds = replace(bounds, pre_lower=new_lower, pre_upper=new_upper)
        if not complete or improved <= 1e-3 * np.sum(new_upper - new_lower):
            break
    after = _widths(bounds)
    return bounds, TighteningReport(
        time.perf_counter() - start, rounds, lps, before[0], after[0], before[1], after[1], complete
    )


def _widths(bounds: TightenedBounds) -> tuple[float, int]:
    unstable = int(np.sum((bounds.pre_lower < 0) & (bounds.pre_upper > 0)))
    return float(np.mean(bounds.pre_upper - bounds.pre_lower)), unstable


def _add_coupling_cut(training: NormalizedTrainingModel, loss: str, cutoff: float) -> None:
    """Linear consequences of 'objective <= cutoff' that couple the points."""
    m, data = training.model, training.dataset
    if loss == "squared":
        m.obbt_abs = pyo.Var(m.out.index_set(), bounds=(0, None))
        m.obbt_abs_upper = pyo.Constraint(
            m.out.index_set(), rule=lambda _, i, k: m.out[i, k] - float(data.y[i, k]) <= m.obbt_abs[i, k]
        )
        m.obbt_abs_lower = pyo.Constraint(
            m.out.index_set(), rule=lambda _, i, k: float(data.y[i, k]) - m.out[i, k] <= m.obbt_abs[i, k]
        )
        m.obbt_cut = pyo.Constraint(
            expr=sum(m.obbt_abs.values()) <= math.sqrt(data.n_points * max(cutoff, 0.0))
        )
    elif loss == "l1":
        m.obbt_cut = pyo.Constraint(expr=m.loss <= cutoff)


def _relaxation(training: NormalizedTrainingModel, highspy):
    """The model's LP relaxation in HiGHS (no objective, binaries continuous, quadratic rows
    dropped: a relaxation stays a relaxation) and the column of each pre-activation."""
    from ..backends.highs import highs_model

    problem = lower(training.model)
    problem.objective_constant, problem.objective_linear, problem.objective_quadratic = 0.0, {}, {}
    problem.rows = [r for r in problem.rows if not r.quadratic]
    for column in problem.columns:
        column.integer = False
    position = {id(v): c for c, v in enumerate(problem.variables)}
    columns = {key: position[id(var)] for key, var in training.model.pre.items() if id(var) in position}
    lp = new_highs(highspy)
    lp.passModel(highs_model(problem, highspy))
    return lp, columns


def _optimise(lp, column: int, sense: float) -> float | None:
    """The minimum (sense +1) or maximum (sense -1) of x_column over the relaxation; None
    unless HiGHS solved the LP to optimality."""
    import highspy

    lp.changeColCost(column, sense)
    lp.run()
    ok = lp.getModelStatus() == highspy.HighsModelStatus.kOptimal
    value = lp.getInfo().objective_function_value * sense if ok else None
    lp.changeColCost(column, 0.0)
    return value
