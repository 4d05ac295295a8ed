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

import pyomo.environ as pyo

from .sign_normalized import NormalizedTrainingModel


def add_convexity_rows(training: NormalizedTrainingModel, pairs: "frozenset[tuple[int, int]] | None" = None) -> int:
    """Add the rows for each sign group of a model with fixed signs; return how many.
    ``pairs``: exactly these (k, i) (e.g. those the class screen found binding); None: all."""
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
        pairs = frozenset((k, i) for k in range(n_points) for i in range(n_points) if i != k)
    rows = [(g, i, k) for g in range(len(groups)) for k, i in sorted(pairs)]
    m.group_convexity = pyo.Constraint(
        rows,
        rule=lambda _, g, i, k: value(g, i)
        >= value(g, k) + sum(m.group_subgradient[g, k, d] * float(x[i, d] - x[k, d]) for d in range(n_inputs)),
    )
    return len(rows)
