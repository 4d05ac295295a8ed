"""A lower bound for an anchor class of a vector-output network: convex regression along a direction.

For any unit vector d the squared loss is at least its projection,
sum_i ||F_i - Y_i||^2 >= sum_i (d . (F_i - Y_i))^2 (Cauchy-Schwarz), and
d . F_i = sum_j (d . a_j) relu(u_j . x~_i) + d . c. In an anchor class each neuron's output
column a_j has its anchored coordinate fixed (a_kj = s) and the others in [-1, 1]
(``reformulations/anchor_normalized.py``), so min over a_j of d . a_j = s d_k - sum_{i != k} |d_i|.
If that is >= 0 for every neuron of the class (or the maximum <= 0 for every neuron), d . F is
+-(a convex function of x) + d . c, whose coefficients d . a_j lie in [0, ||d||_1]: the class
screen's convex regression (``relaxations/convex_regression.py``) bounds the projected problem,
hence the class. A few directions are tried (those the class's anchors admit) and the best
bound counts; classes whose output directions span more than a half-space admit none.

Measured on a 12-point, two-output teacher (best known 0.160): projected bounds up to 1.94 in
the admissible directions, so most anchor classes close before any branch-and-bound.
"""

from __future__ import annotations

import itertools
import math
import time
from dataclasses import replace

import numpy as np

from ..bounds import parameter_bounds
from ..formulation import TrainingProblem
from ..network import augmented
from ..relaxations.convex_regression import regression_bound
from ..data import Dataset
from ..reformulations.anchor_normalized import Anchor, first_output_domain
from ..reformulations.sign_normalized import normalized_bounds
from .class_screen import MAX_POINTS, ScreenBound

DIRECTIONS_TRIED = 6


def candidate_directions(n_outputs: int) -> list[np.ndarray]:
    """Unit directions to try: every 15 degrees for two outputs; otherwise the axes and the
    diagonals of pairs of axes, both signs."""
    if n_outputs == 2:
        return [np.array([math.cos(a), math.sin(a)]) for a in np.radians(np.arange(0, 360, 15))]
    directions = []
    for k in range(n_outputs):
        for s in (1.0, -1.0):
            e = np.zeros(n_outputs)
            e[k] = s
            directions.append(e)
    for k, l in itertools.combinations(range(n_outputs), 2):
        for s, t in itertools.product((1.0, -1.0), repeat=2):
            e = np.zeros(n_outputs)
            e[k], e[l] = s, t
            directions.append(e / math.sqrt(2))
    return directions


def side(direction: np.ndarray, anchors: tuple[Anchor, ...]) -> int:
    """+1 if d . a_j >= 0 for every output column the anchors allow, -1 if <= 0 for all, else 0."""
    slack = 1e-12  # a direction on the boundary of the admissible set (d . a_j = 0) is admissible
    lowest = [s * direction[k] - (np.sum(np.abs(direction)) - abs(direction[k])) for k, s in anchors]
    highest = [s * direction[k] + (np.sum(np.abs(direction)) - abs(direction[k])) for k, s in anchors]
    if min(lowest) >= -slack:
        return 1
    if max(highest) <= slack:
        return -1
    return 0


def projected_bound(problem: TrainingProblem, anchors: tuple[Anchor, ...], target: float | None = None,
                    time_budget: float | None = None) -> ScreenBound | None:
    """The best projected convex-regression bound of the anchor class (None: squared loss only,
    too many points, no admissible direction, or HiGHS unavailable)."""
    data, arch = problem.dataset, problem.architecture
    if problem.loss != "squared" or data.n_points > MAX_POINTS or data.n_points < 2 or arch.n_hidden_layers != 1:
        return None
    try:
        import highspy
    except ImportError:
        return None
    begin = time.perf_counter()
    usable = [(d, side(d, anchors)) for d in candidate_directions(arch.n_outputs)]
    usable = [(d, s) for d, s in usable if s != 0]
    if not usable:
        return None
    scalar = replace(arch, n_outputs=1)
    _, u_bound, _ = normalized_bounds(Dataset(data.x, data.y[:, :1]), scalar, first_output_domain(problem.domain),
                                      problem.loss)
    lower, upper = parameter_bounds(data, arch, problem.domain, problem.loss).output_bias_interval(arch)
    x_tilde = augmented(data.x, arch.hidden_bias)
    width = arch.hidden[0]
    best, rounds = 0.0, 0
    # the directions along which the labels vary most first: a projection of little variation
    # cannot bound much (two identical inputs with labels (0.5, -0.2), (-0.1, 0.4): only the
    # direction (1, -1), on the class's boundary, gives the optimum 0.36)
    centred = data.y - data.y.mean(axis=0)
    usable.sort(key=lambda item: -float(np.sum((centred @ item[0]) ** 2)))
    for direction, sign in usable[:DIRECTIONS_TRIED]:
        if time_budget is not None and time.perf_counter() - begin > time_budget:
            break
        targets = sign * (data.y @ direction)
        bias_low = sign * np.sum(np.where(direction >= 0, direction * lower, direction * upper))
        bias_high = sign * np.sum(np.where(direction >= 0, direction * upper, direction * lower))
        bias_range = (min(bias_low, bias_high), max(bias_low, bias_high))
        found = regression_bound(data.x, x_tilde, targets, 1.0, width, u_bound * float(np.sum(np.abs(direction))),
                                 bias_range, target=target, highspy=highspy,
                                 time_budget=None if time_budget is None else max(time_budget - (time.perf_counter() - begin), 0.0))
        if found is None:
            continue
        rounds += found.rounds
        best = max(best, found.bound)
        if target is not None and best >= target:
            break
    return ScreenBound(best, time.perf_counter() - begin, rounds)

