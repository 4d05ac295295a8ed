"""Polish a network to machine precision: Levenberg-Marquardt on all weights (squared loss).

Gradient training stops near an optimum, not at it: an almost exact fit at 6.8e-10 is not
certified where the certificate needs 1e-10 of the reference objective, and a warm start 1e-6
above a class's optimum costs the branch-and-bound its cutoff. Near a minimizer the activation
pattern is usually fixed, so the network is smooth (multilinear) in its weights there, and a
damped Gauss-Newton step converges quadratically to the minimum of that region. Weights are
kept in the box by projection; a step is taken only if the exact objective falls, so the result
is never worse than the start. Nothing here is a certificate: the solver and the numpy re-check
judge the polished network like any other.
"""

from __future__ import annotations

import time

import numpy as np

from ..data import Dataset
from ..network import Layer, Weights, decay_penalty, loss_value

ITERATIONS = 60
MAX_PARAMETERS = 2000  # a dense J'J of this size is 32 MB and a solve of it well under a second
MAX_ROWS = 50_000  # points x outputs: the Jacobian is rows x parameters (and each step a forward pass)


def polish(net: Weights, data: Dataset, limits: list[tuple], coefficients=None, time_budget: float = 1.0,
           iterations: int = ITERATIONS) -> Weights:
    """``net`` improved by Levenberg-Marquardt steps inside ``limits`` ((lower, upper) per
    parameter array [W_1, b_1, W_2, ...], broadcastable), or ``net`` itself if no step helps."""
    begin = time.perf_counter()
    has_bias = [layer.bias is not None for layer in net.layers]
    theta = _flatten(net)
    if theta.size > MAX_PARAMETERS or data.n_points * data.n_outputs > MAX_ROWS:
        return net
    lower, upper = _bounds_vector(net, limits)
    damping = 1e-3
    penalty_weights = _penalty_vector(net, coefficients)

    def objective(vector: np.ndarray) -> float:
        candidate = _unflatten(vector, net, has_bias)
        value = loss_value(candidate.predict(data.x), data.y, "squared")
        return value if coefficients is None else value + decay_penalty(candidate, coefficients)

    current = start = objective(theta)
    floor = 1e-30 * max(float(np.sum(data.y**2)), 1e-300)  # below this an exact fit is exact
    for _ in range(iterations):
        if time.perf_counter() - begin > time_budget or current <= floor:
            break
        jacobian, outputs = _jacobian(_unflatten(theta, net, has_bias), data.x)
        residual = (outputs - data.y).ravel()
        normal = jacobian.T @ jacobian + np.diag(penalty_weights)
        gradient = jacobian.T @ residual + penalty_weights * theta
        improved = False
        while damping < 1e12:
            try:  # a dead network (all ReLUs off) has zero columns: the damping alone may be too small
                step = np.linalg.solve(normal + damping * (np.diag(np.diag(normal)) + 1e-12 * np.eye(theta.size)), -gradient)
            except np.linalg.LinAlgError:
                step = None
            if step is None or not np.all(np.isfinite(step)):
                damping *= 10
                continue
            trial = np.clip(theta + step, lower, upper)
            value = objective(trial)
            if value < current:
                negligible = value > current * (1 - 1e-9)  # no longer worth a step
                theta, current, improved = trial, value, not negligible
                damping = max(damping / 10, 1e-15)
                break
            damping *= 10
        if not improved or damping >= 1e12:
            break
    return _unflatten(theta, net, has_bias) if current < start else net


def _flatten(net: Weights) -> np.ndarray:
    parts = []
    for layer in net.layers:
        parts.append(layer.weight.ravel())
        if layer.bias is not None:
            parts.append(layer.bias.ravel())
    return np.concatenate(parts).astype(float)


def _unflatten(vector: np.ndarray, like: Weights, has_bias: list[bool]) -> Weights:
    layers, at = [], 0
    for layer, bias in zip(like.layers, has_bias):
        size = layer.weight.size
        weight = vector[at:at + size].reshape(layer.weight.shape)
        at += size
        b = None
        if bias:
            b = vector[at:at + layer.bias.size].copy()
            at += layer.bias.size
        layers.append(Layer(weight.copy(), b))
    return Weights(tuple(layers))


def _bounds_vector(net: Weights, limits: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
    lower, upper = [], []
    for index, layer in enumerate(net.layers):
        for array, (low, high) in ((layer.weight, limits[2 * index]), (layer.bias, limits[2 * index + 1])):
            if array is None:
                continue
            lower.append(np.broadcast_to(low, array.shape).ravel())
            upper.append(np.broadcast_to(high, array.shape).ravel())
    return np.concatenate(lower), np.concatenate(upper)


def _penalty_vector(net: Weights, coefficients) -> np.ndarray:
    """The diagonal of the penalty's Hessian: c per parameter ((c/2) theta^2 each)."""
    parts = []
    for index, layer in enumerate(net.layers):
        c_weight, c_bias = (0.0, 0.0) if coefficients is None else coefficients[index]
        parts.append(np.full(layer.weight.size, c_weight))
        if layer.bias is not None:
            parts.append(np.full(layer.bias.size, c_bias))
    return np.concatenate(parts)


def _jacobian(net: Weights, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """d outputs / d parameters, one row per (point, output), columns in :func:`_flatten`'s
    order, and the outputs. Backpropagation with one adjoint per output."""
    pre, post, outputs = net.trace(x)
    activations = [np.asarray(x, dtype=float)] + post
    n, p = outputs.shape
    adjoint = np.broadcast_to(np.eye(p), (n, p, p)).copy()  # d output_k / d z of the last layer
    blocks: list[np.ndarray] = []
    for index in range(len(net.layers) - 1, -1, -1):
        layer = net.layers[index]
        incoming = activations[index]  # n x d_in
        weight_block = np.einsum("nki,nj->nkij", adjoint, incoming).reshape(n * p, -1)
        layer_blocks = [weight_block]
        if layer.bias is not None:
            layer_blocks.append(adjoint.reshape(n * p, -1))
        blocks = layer_blocks + blocks
        if index > 0:
            adjoint = np.einsum("nki,ij->nkj", adjoint, layer.weight) * (pre[index - 1] > 0)[:, None, :]
    return np.hstack(blocks), outputs
