"""Bring a network into the weight box by positive homogeneity, if any rescaling can.

relu(a z) = a relu(z) for a > 0, so multiplying hidden neuron j's incoming weights and bias
by a_j and dividing its outgoing weights by a_j leaves the network's function unchanged. A
network trained outside the box (where local search moves freely) may therefore still be a
network *of* the box: the question is whether some a > 0 puts every parameter inside its
interval. In logarithms that is a system of difference constraints x_v - x_u <= c (one per
nonzero parameter, x = log a per hidden neuron, inputs and outputs fixed at 0), feasible
exactly when its constraint graph has no negative cycle (Bellman-Ford). The margin is then
maximized by bisection, so the result sits inside the box rather than on its faces and a
polish from it is not blocked by clipping.

Measured on library teacher-N8-n2-m2x2-p1-s0 (two hidden layers): Levenberg-Marquardt from
random starts in a box 100 times wider found an exact fit (5e-31) whose largest weight was 4.1;
rescaled it lies in the box |w| <= 3, where 256 projected-Adam starts found nothing below 1.5e-4.
"""

from __future__ import annotations

import math

import numpy as np

from ..network import Layer, Weights

TINY = 1e-300  # parameters below this are zero for the constraints (they stay zero when scaled)


def rebalance(net: Weights, limits: list[tuple]) -> Weights | None:
    """``net`` rescaled neuron by neuron so that every parameter lies in ``limits`` ((lower,
    upper) per array [W_1, b_1, W_2, ...], broadcastable), the same function; None if no
    positive rescaling fits (or the output biases, which no rescaling moves, are outside)."""
    depth = len(net.layers)
    widths = [layer.weight.shape[0] for layer in net.layers[:-1]]
    offsets = np.concatenate([[1], 1 + np.cumsum(widths)]).astype(int)  # node 0: inputs and outputs

    def node(layer: int, neuron: int) -> int:  # layer 0 (inputs) and the last (outputs) are node 0
        return 0 if layer == 0 or layer == depth else int(offsets[layer - 1] + neuron)

    edges: list[tuple[int, int, float]] = []  # (u, v, c): x_v - x_u <= c
    for index, layer in enumerate(net.layers):
        lower, upper = (np.broadcast_to(np.asarray(b, dtype=float), layer.weight.shape) for b in limits[2 * index])
        for (j, i), value in np.ndenumerate(layer.weight):
            capacity = _capacity(value, lower[j, i], upper[j, i])
            if capacity is None:
                return None
            if capacity < math.inf:
                edges.append((node(index, i), node(index + 1, j), capacity))
        if layer.bias is None:
            continue
        lower, upper = (np.broadcast_to(np.asarray(b, dtype=float), layer.bias.shape) for b in limits[2 * index + 1])
        for j, value in enumerate(layer.bias):
            capacity = _capacity(value, lower[j], upper[j])
            if capacity is None:
                return None
            if capacity < math.inf:
                edges.append((0, node(index + 1, j), capacity))
    nodes = int(offsets[-1])
    if _potentials(nodes, edges, 0.0) is None:
        return None
    low, high = 0.0, 1.0  # the largest uniform margin (in log scale) that stays feasible
    while _potentials(nodes, edges, high) is not None and high < 64:
        low, high = high, 2 * high
    for _ in range(30):
        middle = (low + high) / 2
        low, high = (middle, high) if _potentials(nodes, edges, middle) is not None else (low, middle)
    scales = np.exp(_potentials(nodes, edges, low))
    return _clipped(_scaled(net, scales, offsets), limits)


def _capacity(value: float, lower: float, upper: float) -> float | None:
    """Largest log-factor by which ``value`` may grow and stay in [lower, upper]: inf for a zero,
    None if it cannot fit at any positive factor."""
    if abs(value) <= TINY:
        return math.inf if lower <= 0.0 <= upper else None
    limit = upper if value > 0 else lower
    if limit * value <= 0:
        return None
    return math.log(limit / value)


def _potentials(nodes: int, edges: list[tuple[int, int, float]], margin: float) -> np.ndarray | None:
    """x with x_v - x_u <= c - margin for every edge and x_0 = 0, or None (negative cycle)."""
    distance = np.zeros(nodes)  # a virtual source reaches every node at 0
    for _ in range(nodes + 1):
        changed = False
        for u, v, c in edges:
            if distance[u] + c - margin < distance[v] - 1e-15:
                distance[v] = distance[u] + c - margin
                changed = True
        if not changed:
            return distance - distance[0]
    return None


def _scaled(net: Weights, scales: np.ndarray, offsets: np.ndarray) -> Weights:
    layers = []
    previous = np.ones(net.layers[0].weight.shape[1])
    for index, layer in enumerate(net.layers):
        last = index == len(net.layers) - 1
        current = np.ones(layer.weight.shape[0]) if last else scales[offsets[index]:offsets[index + 1]]
        weight = layer.weight * current[:, None] / previous[None, :]
        bias = None if layer.bias is None else layer.bias * current
        layers.append(Layer(weight, bias))
        previous = current
    return Weights(tuple(layers))


def _clipped(net: Weights, limits: list[tuple]) -> Weights:
    """Rounding of exp/log may leave a parameter an ulp outside its interval."""
    layers = []
    for index, layer in enumerate(net.layers):
        weight = np.clip(layer.weight, *limits[2 * index])
        bias = None if layer.bias is None else np.clip(layer.bias, *limits[2 * index + 1])
        layers.append(Layer(weight, bias))
    return Weights(tuple(layers))
