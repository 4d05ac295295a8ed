"""A mixed sign class solved cell by cell: branching on one neuron's hyperplane, not on points.

In a class with one neuron E of one sign and the group R of the other sign (+-, ++-, +--, ...),
fixing E's activation pattern (a cell of its hyperplane arrangement: about N^2 cells for two
inputs, not 2^N) leaves E linear and R one-signed, so the convex-regression relaxation bounds
every network of the cell (``relaxations/convex_regression.py``). The class is then:

1. **the cell pass**: every cell's bound, one warm LP moving from cell to neighbouring cell
   (``relaxations/cell_bounds.py``); a cell whose bound reaches the cutoff is closed;
2. **the leaves**: each open cell, lowest bound first, solved exactly by the solver with E's
   pattern fixed (its binaries then cost nothing; R is one group of one sign);
3. **the bound**: the class's least objective is the least over its cells, so when time runs
   out the class still has the bound min(cutoff, open cells' bounds, unfinished leaves'
   bounds), where branch-and-bound over points left 0.

Measured (teacher N = 64, two inputs, width 3, cutoff 0.4963): class +-- has 4,034 cells, all
closed, 8 ms each; class ++- leaves 945 open. Where no single neuron is alone in its sign
(++--) or the cells are too many, the class goes to branch-and-bound as before.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import pyomo.environ as pyo

from ..backends import Backend, SolveOptions
from ..methods.arrangements import EnumerationTimeout, all_patterns, similar_order
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds
from ..relaxations.cell_bounds import CellBounder
from ..results import Termination

MAX_CELLS = 20_000  # cells of one neuron: about N^2 with two inputs (N = 128: 16,258)
MIN_POINTS = 32  # below, branch-and-bound over points closes mixed classes faster (measured: N = 24,
# width 2: 74 s by cells and leaves, 6-20 s by branch-and-bound)
CELL_PASS_SHARE = 0.5  # at most this share of the part's time goes to the cell pass
MAX_LEAVES = 8  # more open cells than this: branch-and-bound over the class instead, floored by them
LEAF_SECONDS = 30.0  # a leaf's own limit (it also stops at the part's time)


@dataclass
class CellPlan:
    """The enumerated neuron E of a class and the group R of the other sign."""

    fixed: int  # E's slot in the class
    fixed_sign: int
    group_sign: int
    group_size: int


@dataclass
class CellOutcome:
    termination: Termination
    bound: float
    record: dict[str, Any] = field(default_factory=dict)
    best_weights: Any = None  # the best network a leaf found (original form), if any
    best_objective: float = math.inf


def cell_plan(signs: tuple[int, ...] | None) -> CellPlan | None:
    """E and R for a mixed class with a neuron alone in its sign (None otherwise)."""
    if signs is None or len(set(signs)) != 2:
        return None
    positive = [j for j, s in enumerate(signs) if s > 0]
    negative = [j for j, s in enumerate(signs) if s < 0]
    alone, others = (positive, negative) if len(positive) <= len(negative) else (negative, positive)
    if len(alone) != 1:
        return None
    return CellPlan(alone[0], int(signs[alone[0]]), int(signs[others[0]]), len(others))


def cells_apply(problem, signs: tuple[int, ...] | None) -> bool:
    """Squared loss, a box, a mixed class with a lone neuron, few inputs, enough points."""
    return (problem.loss == "squared" and problem.domain.decay is None and problem.domain.box is not None
            and problem.architecture.n_hidden_layers == 1 and problem.architecture.n_outputs == 1
            and problem.dataset.n_inputs <= 3 and problem.dataset.n_points >= MIN_POINTS
            and cell_plan(signs) is not None)


def solve_by_cells(plan, part, backend: Backend, options: SolveOptions, remaining: Callable[[], float | None],
                   cutoff: float, best_value: float, solve_leaf: Callable) -> CellOutcome | None:
    """The class ``part`` by its cells (module docstring). ``solve_leaf(training, time_limit,
    cutoff)`` solves one built model and returns its Result. None where cells do not apply or
    are too many (the caller solves the class as before)."""
    import highspy

    begin = time.perf_counter()
    problem = plan.problem
    layout = cell_plan(part.signs)
    if layout is None or not cells_apply(problem, part.signs):
        return None
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    left = remaining()
    # the cells must leave time to use them: enumeration past CELL_PASS_SHARE of the part's time
    # gives the class back to branch-and-bound
    deadline = None if left is None else begin + CELL_PASS_SHARE * left
    try:
        patterns = all_patterns(x_tilde, max_candidates=8 * MAX_CELLS, deadline=deadline)
    except EnumerationTimeout:
        return None
    if len(patterns) > MAX_CELLS:
        return None
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss,
                                                             plan.objective_limit)
    bounder = CellBounder(data.x, x_tilde, data.y[:, 0], layout.group_sign, layout.group_size, u_bound,
                          (float(bias_lower[0]), float(bias_upper[0])), layout.fixed_sign, highspy)
    order = similar_order(patterns)
    bounds = np.full(len(patterns), -np.inf)
    left = remaining()
    pass_budget = None if left is None else CELL_PASS_SHARE * left
    done = 0
    for index in order:
        if pass_budget is not None and time.perf_counter() - begin > pass_budget:
            break
        bounder.set_pattern(patterns[index])
        bounds[index] = bounder.bound(target=cutoff).bound
        done += 1
    record: dict[str, Any] = {"cells": int(len(patterns)), "cells_bounded": done,
                              "cells_closed": int(np.sum(bounds >= cutoff)),
                              "cell_pass_seconds": time.perf_counter() - begin,
                              "seconds": time.perf_counter() - begin}
    open_cells = [int(i) for i in np.argsort(bounds) if bounds[i] < cutoff]
    floor_of = np.maximum(bounds, 0.0)  # a cell not bounded yet: every loss is >= 0
    outcome = CellOutcome(Termination.CUTOFF, cutoff, record)
    if not open_cells:
        outcome.bound = float(np.min(bounds))
        return outcome
    if len(open_cells) > MAX_LEAVES:
        # too many leaves: the class goes to branch-and-bound, and whatever it proves, the
        # class's least objective is at least the least over its cells
        outcome.termination = Termination.TIME_LIMIT
        outcome.bound = max(0.0, min(cutoff, float(np.min(floor_of[open_cells]))))
        record["open_cells"] = len(open_cells)
        outcome.record["floor"] = outcome.bound
        return outcome
    # the leaves, lowest bound first; each proves its own cell (cut off, or its optimum)
    best, leaves = best_value, 0
    floors: list[float] = []  # bounds of the cells not proven: each bounds the class from below
    for position, index in enumerate(open_cells):
        cell_bound = float(floor_of[index])
        left = remaining()
        if left is not None and left <= 0.05:
            floors += [float(floor_of[i]) for i in open_cells[position:]]
            break
        cell_cutoff = min(cutoff, _below(best, cutoff, best_value))
        if cell_bound >= cell_cutoff:
            continue  # closed by a better incumbent found since
        training = plan_leaf(plan, part, layout, patterns[index])
        result = solve_leaf(training, LEAF_SECONDS if left is None else min(LEAF_SECONDS, left), cell_cutoff)
        leaves += 1
        if (result.weights is not None and result.certificate.max_domain_violation == 0
                and result.certificate.verdict.value != "rejected"):
            value = result.certificate.recomputed_objective
            if value < min(outcome.best_objective, best_value):
                outcome.best_objective, outcome.best_weights = value, result
                best = min(best, value)
        if result.termination not in (Termination.OPTIMAL, Termination.CUTOFF):
            floors.append(max(float(result.bound), cell_bound))
    record.update(leaves=leaves, leaves_unfinished=len(floors), seconds=time.perf_counter() - begin)
    outcome.termination = Termination.TIME_LIMIT if floors else Termination.OPTIMAL
    # the class's least objective is the least over its cells: closed ones are above the cutoff,
    # solved leaves at their optimum (the best found), the others above their floors
    outcome.bound = max(0.0, min([cutoff, outcome.best_objective, *floors]))
    return outcome


def _below(best: float, cutoff: float, start: float) -> float:
    """A cutoff lowered by a leaf's better incumbent by the same gap the part's cutoff had."""
    if not math.isfinite(best) or not math.isfinite(start) or best >= start:
        return cutoff
    return cutoff - (start - best)


def plan_leaf(plan, part, layout: CellPlan, pattern: np.ndarray):
    """The class's model with E's pattern fixed: on each point, pre >= 0 and post = pre where E
    is active, pre <= 0 and post = 0 where it is not (valid in every encoding)."""
    from .plan import build_part

    training = build_part(plan, part)
    m, e = training.model, layout.fixed
    points = range(plan.problem.dataset.n_points)
    active = {i: bool(pattern[i]) for i in points}
    m.cell_sign = pyo.Constraint(points, rule=lambda _, i: m.pre[1, i, e] >= 0 if active[i] else m.pre[1, i, e] <= 0)
    m.cell_post = pyo.Constraint(
        points, rule=lambda _, i: (m.post[1, i, e] == m.pre[1, i, e]) if active[i] else (m.post[1, i, e] == 0)
    )
    return training
