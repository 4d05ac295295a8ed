"""A good network in every sign class before any branch-and-bound: the primal side of a solve.

Branch-and-bound closes a class fast once it has a cutoff near the optimum; without one, a
class can spend the whole budget proving its own optimum while the global one sits in a class
that never starts (issue 20: a one-sign class ran 670,594 nodes to bound 0.026; the optimum
0.0355 was elsewhere, and the warm start had found 0.0733). So each sign class (scalar output,
one hidden layer) first gets its own incumbent:

1. the best few warm-start networks whose output signs fit the class, or, if none does, a
   short local search kept inside the class (output weights on their side of 0);
2. a descent over activation patterns: with every neuron's pattern fixed the problem is convex
   (the exact enumeration's subproblem: a QP for the squared loss, an LP for L1 / L-infinity),
   so the best network of the pattern's cell is one solve; then one point at a time moves to
   the other side of one neuron's hyperplane (the points nearest to it first), keeping a move
   when the cell's optimum is lower. Each step is a real network of the class (its loss is
   recomputed exactly), so this only ever improves the incumbent.

The classes are then ordered by their incumbents (the most promising first) and each part's
model starts from its own class's network. The search proves nothing: every bound still comes
from the solver (and the class screen).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from ..bounds import parameter_bounds
from ..formulation import TrainingProblem
from ..network import Weights, augmented
from ..reformulations.sign_normalized import normalized_bounds, weights_from_normalized
from .warm_start import LocalSearchResult, local_search

MAX_POINTS = 5000  # beyond, one cell's QP takes seconds: the warm start's networks are kept as they are
NEIGHBOURS = 6  # points nearest to a neuron's hyperplane tried per neuron and round
DESCENTS = 8  # pattern descents per class, from its best networks (measured: 3 missed the optimum
# of teacher N32 width 2, 0.2529, 10 found it) ...
SMALL_POINTS, SMALL_DESCENTS = 24, 3  # ... but up to 24 points branch-and-bound finds optima itself
# and the search's seconds showed in the total (teacher N16, 3 inputs: 1.6 s of 6.6 s with 8)
CLASS_STARTS = 16  # local-search starts kept inside each class


@dataclass(frozen=True)
class ClassIncumbent:
    signs: tuple[int, ...]
    weights: Weights | None
    objective: float  # exact objective of ``weights`` (inf without)
    cells: int = 0  # convex subproblems solved by the pattern descent


def search_classes(problem: TrainingProblem, classes: list[tuple[int, ...]], warm: LocalSearchResult | None,
                   time_budget: float, seed: int = 0) -> dict[tuple[int, ...], ClassIncumbent]:
    """An incumbent per sign class within ``time_budget`` seconds (shared evenly)."""
    begin = time.perf_counter()
    found: dict[tuple[int, ...], ClassIncumbent] = {}
    for position, signs in enumerate(classes):
        left = time_budget - (time.perf_counter() - begin)
        if left <= 0:
            break
        share = left / (len(classes) - position)
        found[signs] = _one_class(problem, signs, warm, share, seed)
    return found


def _one_class(problem: TrainingProblem, signs: tuple[int, ...], warm: LocalSearchResult | None,
               budget: float, seed: int) -> ClassIncumbent:
    begin = time.perf_counter()
    # the warm start's networks of this class, and a local search kept inside the class: the
    # unconstrained one leaves whole classes without a good network
    data, arch = problem.dataset, problem.architecture
    small = data.n_points <= SMALL_POINTS
    pool = list(_fitting_candidates(warm, signs))
    if not small or not pool:
        bounds = parameter_bounds(data, arch, problem.domain, problem.loss)
        local = local_search(data, arch, bounds, problem.loss, decay=problem.domain.decay, starts=CLASS_STARTS,
                             steps=1000, seed=seed + 1, time_budget=0.3 * budget, output_signs=_slot_signs(signs))
        pool += list(local.candidates or [local.weights])
    pool = [_in_slots(start, signs) for start in pool]
    scored = sorted(((problem.objective(net), k) for k, net in enumerate(pool)))
    incumbents = [ClassIncumbent(signs, pool[k], value) for value, k in scored[:SMALL_DESCENTS if small else DESCENTS]]
    descend = problem.domain.decay is None and problem.domain.box is not None  # the cells' problems take a box only
    if descend and problem.dataset.n_points <= MAX_POINTS:
        for k, incumbent in enumerate(incumbents):
            share = (budget - (time.perf_counter() - begin)) / (len(incumbents) - k)
            weights, value, cells = _pattern_descent(problem, signs, incumbent.weights, incumbent.objective, share)
            incumbents[k] = ClassIncumbent(signs, weights, value, cells)
    best = min(incumbents, key=lambda c: c.objective)
    return ClassIncumbent(signs, best.weights, best.objective, sum(c.cells for c in incumbents))


def _slot_signs(signs: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(int(s) for s in signs)


def _positives(weights: Weights) -> int:
    return int(np.sum(weights.layers[-1].weight[0] > 0))


def _fitting_candidates(warm: LocalSearchResult | None, signs: tuple[int, ...]) -> list[Weights]:
    """The warm start's networks (best first) with as many positive output weights as the
    class (a zero output weight fits either sign)."""
    if warm is None:
        return []
    wanted = sum(s > 0 for s in signs)
    fitting = []
    for network in warm.candidates or (warm.weights,):
        w2 = network.layers[-1].weight[0]
        if int(np.sum(w2 > 0)) <= wanted <= len(w2) - int(np.sum(w2 < 0)):
            fitting.append(network)
    return fitting


def _in_slots(weights: Weights, signs: tuple[int, ...]) -> Weights:
    """The same network with its neurons ordered as the class's slots (positives first)."""
    hidden, output = weights.layers
    w2 = output.weight[0]
    wanted = sum(s > 0 for s in signs)
    order = sorted(range(len(w2)), key=lambda j: -w2[j])  # largest output weight first
    positive, rest = order[:wanted], order[wanted:]
    permutation = np.array(positive + rest)
    from ..network import Layer

    return Weights((
        Layer(hidden.weight[permutation], None if hidden.bias is None else hidden.bias[permutation]),
        Layer(output.weight[:, permutation], output.bias),
    ))


def _pattern_descent(problem: TrainingProblem, signs: tuple[int, ...], start: Weights, value: float,
                     budget: float) -> tuple[Weights, float, int]:
    """Descend over activation patterns from ``start``'s (module docstring, step 2)."""
    import highspy

    from ..relaxations.cell_problem import cell_optimum

    begin = time.perf_counter()
    data, arch = problem.dataset, problem.architecture
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss)
    parameters = parameter_bounds(data, arch, problem.domain, problem.loss)
    x_tilde = augmented(data.x, arch.hidden_bias)
    target = data.y[:, 0]
    bias_range = (float(bias_lower[0]), float(bias_upper[0]))
    sign_array = np.array(signs)
    hidden, output = start.layers
    inner = hidden.weight if hidden.bias is None else np.hstack([hidden.weight, hidden.bias[:, None]])
    u = np.abs(output.weight[0])[:, None] * inner
    patterns = (x_tilde @ u.T > 0).astype(int).T  # neuron x point
    best, best_value, cells = start, value, 0

    def evaluate(candidate_patterns: np.ndarray):
        nonlocal cells
        cells += 1
        solved = cell_optimum(highspy, x_tilde, target, candidate_patterns, sign_array, u_bound, bias_range, problem.loss)
        if solved is None:
            return None, math.inf, None
        v, b = solved
        network = weights_from_normalized(v, sign_array, b, arch, parameters, problem.domain)
        return network, problem.objective(network), v

    network, objective, v = evaluate(patterns)
    if network is not None and objective < best_value:
        best, best_value, u = network, objective, v
    norms = np.maximum(np.linalg.norm(x_tilde, axis=1), 1e-300)
    improved = True
    while improved and time.perf_counter() - begin < budget:
        improved = False
        for j in range(len(signs)):
            distance = np.abs(x_tilde @ u[j]) / norms
            for i in np.argsort(distance)[:NEIGHBOURS]:
                if time.perf_counter() - begin >= budget:
                    break
                trial = patterns.copy()
                trial[j, i] = 1 - trial[j, i]
                network, objective, v = evaluate(trial)
                if network is not None and objective < best_value * (1 - 1e-12):
                    best, best_value, patterns, u, improved = network, objective, trial, v, True
                    break  # new hyperplanes: recompute the nearest points
    return best, best_value, cells


def promising_order(classes: list[tuple[int, ...]], found: dict[tuple[int, ...], ClassIncumbent]) -> list[tuple[int, ...]]:
    """Classes by their incumbents, the lowest first (classes not searched keep their place
    after those that were)."""
    return sorted(classes, key=lambda s: (found[s].objective if s in found else math.inf, classes.index(s)))
