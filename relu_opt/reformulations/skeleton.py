"""What the normalized models (sign and anchor normalization) share: one hidden layer of
neurons ``u_j`` acting on augmented inputs ``x~ = (x, 1)``, their bounds, their ReLUs, and the
way a solution's activations are read back in the original network's units."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo

from ..bounds import NetworkBounds, ParameterBounds
from ..encodings import Record, get_encoding
from ..formulation import TrainingModel, add_relus


def neuron_bounds(
    x_tilde: np.ndarray, u_bound: np.ndarray, width: int, n_outputs: int,
    out_bias: tuple[np.ndarray, np.ndarray], parameters: ParameterBounds,
) -> NetworkBounds:
    """Interval bounds of a normalized model: |u_j . x~_i| <= sum_k |x~_ik| U_k per point, and
    each output is a signed sum of ``width`` activations plus the output bias, which lies in
    ``out_bias`` = (lower, upper) per output."""
    radius = np.abs(x_tilde) @ u_bound
    pre_upper = np.repeat(radius[:, None], width, axis=1)
    out_radius = np.repeat((width * radius)[:, None], n_outputs, axis=1)
    low, high = (np.broadcast_to(np.asarray(v, dtype=float), (n_outputs,)) for v in out_bias)
    return NetworkBounds(parameters, (-pre_upper,), (pre_upper,), -out_radius + low[None, :], out_radius + high[None, :])


def add_normalized_neurons(
    m: pyo.ConcreteModel, x_tilde: np.ndarray, u_bound: np.ndarray, bounds: NetworkBounds, encoding: str
) -> dict[tuple[int, int, int], Record]:
    """Variables ``u[j, k]``, ``pre[1, i, j] = u_j . x~_i``, ``post[1, i, j] = relu(pre)`` (by
    ``encoding``) on ``m``; returns the encoding's records."""
    width = bounds.pre_upper[0].shape[1]
    neurons, points, coords = range(width), range(x_tilde.shape[0]), range(u_bound.size)
    post_upper = bounds.post_upper(1)
    m.u = pyo.Var(neurons, coords, bounds=lambda _, j, k: (-u_bound[k], u_bound[k]))
    hidden_index = [(1, i, j) for i in points for j in neurons]
    m.pre = pyo.Var(hidden_index, bounds=lambda _, l, i, j: bounds.pre(l, i, j))
    m.post = pyo.Var(hidden_index, bounds=lambda _, l, i, j: (0.0, float(post_upper[i, j])))
    m.pre_definition = pyo.Constraint(
        hidden_index,
        rule=lambda _, l, i, j: m.pre[l, i, j] == sum(m.u[j, k] * float(x_tilde[i, k]) for k in coords),
    )
    return add_relus(m, get_encoding(encoding), bounds)


def load_normalized_neurons(training: TrainingModel, u: np.ndarray, x_tilde: np.ndarray) -> np.ndarray:
    """Set u, the pre- and post-activations and the encoding's variables of a normalized model
    from neuron vectors ``u`` (rows); return the post-activations (N x m)."""
    m = training.model
    for (j, k), value in np.ndenumerate(u):
        m.u[j, k].set_value(float(value))
    pre = x_tilde @ u.T
    encoding = get_encoding(training.encoding)
    for (l, i, j), block in m.relu.items():
        m.pre[l, i, j].set_value(float(pre[i, j]))
        if not m.post[l, i, j].fixed:
            m.post[l, i, j].set_value(float(max(pre[i, j], 0.0)))
        if not training.records[l, i, j].encoding.startswith("stable"):
            encoding.assign(block, float(pre[i, j]))
    return np.maximum(pre, 0.0)


def original_activations(training: TrainingModel, scale: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """A normalized model's activations divided by each neuron's scale |w2_j|: those of the
    original network (a neuron of scale 0 is inactive in both)."""
    pre, post = TrainingModel.activations(training)
    safe = np.where(scale > 0, scale, np.inf)
    return [pre[0] / safe], [post[0] / safe]
