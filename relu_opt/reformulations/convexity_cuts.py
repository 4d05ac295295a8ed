"""Convexity rows for a sign class: each sign group's sum of ReLUs is a convex function of x.

In a sign class the output is G(x) - H(x) + b with G = sum of the positive neurons' ReLUs and
H = sum of the negative ones': both convex piecewise-linear functions of the input x (each
relu(u . (x, 1)) is). So their values at the data points are those of a convex function:

    G_i >= G_k + xi_k . (x_i - x_k)   for all points i != k,

with xi_k a subgradient of G at x_k (the sum of the active neurons' input weights, so
|xi_kd| <= (group size) x the bound on u_jd). The rows hold for every network of the class,
with that xi_k: the optimum is unchanged. They are what big-M lacks: its relaxation lets a
neuron's post-activation float anywhere between relu(pre) and its upper bound once the binary is
fractional, so a group's values could be any nonnegative numbers (the root bound of every class
was 0); with the rows they must be convex. A class of one sign is then bounded by convex
regression at the root; in a mixed class, branching on the smaller group's binaries pins H down
while G stays convex.
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo

from .sign_normalized import NormalizedTrainingModel


def add_convexity_rows(training: NormalizedTrainingModel, neighbours: int | None = None,
                       pairs: "frozenset[tuple[int, int]] | None" = None) -> int:
    """Add the rows for each sign group of a model with fixed signs; return how many.
    ``neighbours``: only pairs where i is among the nearest of k (None: all pairs); ``pairs``:
    exactly these (k, i) (e.g. those the class screen found binding)."""
    if training.signs is None:
        return 0
    m = training.model
    x = training.dataset.x
    n_points, n_inputs = x.shape
    width = len(training.signs)
    groups = [g for g in ([j for j in range(width) if training.signs[j] == s] for s in (1, -1)) if g]
    u_bound = training.u_bound[:n_inputs]
    index = [(g, k, d) for g in range(len(groups)) for k in range(n_points) for d in range(n_inputs)]
    m.group_subgradient = pyo.Var(
        index, bounds=lambda _, g, k, d: (-len(groups[g]) * float(u_bound[d]), len(groups[g]) * float(u_bound[d]))
    )

    def value(g: int, i: int):
        return sum(m.post[1, i, j] for j in groups[g])

    if pairs is None:
        near = _nearest(x, neighbours)
        pairs = frozenset((k, i) for k in range(n_points) for i in near[k])
    rows = [(g, i, k) for g in range(len(groups)) for k, i in sorted(pairs)]
    m.group_convexity = pyo.Constraint(
        rows,
        rule=lambda _, g, i, k: value(g, i)
        >= value(g, k) + sum(m.group_subgradient[g, k, d] * float(x[i, d] - x[k, d]) for d in range(n_inputs)),
    )
    return len(rows)


def load_subgradients(training: NormalizedTrainingModel, u: np.ndarray) -> None:
    """Set the subgradient variables for neuron vectors ``u`` (rows; bias last): the sum of the
    active neurons' input weights at each point (a warm start then satisfies every row)."""
    m = training.model
    if not hasattr(m, "group_subgradient") or training.signs is None:
        return
    x = training.dataset.x
    n_inputs = x.shape[1]
    x_tilde = np.hstack([x, np.ones((x.shape[0], 1))])[:, : u.shape[1]]
    active = x_tilde @ u.T > 0
    groups = [g for g in ([j for j in range(len(training.signs)) if training.signs[j] == s] for s in (1, -1)) if g]
    for g, members in enumerate(groups):
        for k in range(x.shape[0]):
            xi = sum((u[j, :n_inputs] for j in members if active[k, j]), np.zeros(n_inputs))
            for d in range(n_inputs):
                m.group_subgradient[g, k, d].set_value(float(xi[d]))


def _nearest(x: np.ndarray, neighbours: int | None) -> list[list[int]]:
    """For each point, the other points (all, or its ``neighbours`` nearest)."""
    n_points = x.shape[0]
    if neighbours is None or neighbours >= n_points - 1:
        return [[i for i in range(n_points) if i != k] for k in range(n_points)]
    distances = np.linalg.norm(x[:, None, :] - x[None, :, :], axis=2)
    return [[int(i) for i in np.argsort(distances[k]) if i != k][:neighbours] for k in range(n_points)]
