"""Bounds on parameters and on every pre-activation, from interval arithmetic over data and box.

Pure functions: the result is passed explicitly to the formulation and the encodings, never stored
as a side effect. Big-M constants and the variable bounds spatial branch-and-bound needs come from
here, never from an arbitrary constant.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .architecture import Architecture, Domain
from .data import Dataset
from .errors import InputError
from .network import loss_value


@dataclass(frozen=True)
class ParameterBounds:
    """``|W_l| <= weight[l-1]`` and ``|b_l| <= bias[l-1]`` for layers ``l = 1..L+1``."""

    weight: tuple[float, ...]
    bias: tuple[float, ...]  # the output layer's: the largest magnitude its interval allows
    implied_by_decay: float | None = None  # the bound weight decay implies, when it applies
    output_bias_range: tuple[tuple[float, float], ...] = ()  # per output; empty: +-bias[-1]
    input_weight: tuple[float, ...] = ()  # the first layer's bound per input column; empty: weight[0]

    def first_layer_weights(self, n_inputs: int) -> np.ndarray:
        """|W_1[:, d]| <= this[d]: per input column (merged or scaled columns differ)."""
        if self.input_weight:
            return np.array(self.input_weight, dtype=float)
        return np.full(n_inputs, self.weight[0])

    def output_bias_interval(self, architecture: Architecture) -> tuple[np.ndarray, np.ndarray]:
        """(lower, upper) of each output's bias: 0 without an output bias, else the box's
        interval (a shifted one once the labels' offset is taken out), else +-bias[-1]."""
        p = architecture.n_outputs
        if not architecture.output_bias:
            return np.zeros(p), np.zeros(p)
        if self.output_bias_range:
            lower, upper = np.array(self.output_bias_range, dtype=float).T
            return lower, upper
        return np.full(p, -self.bias[-1]), np.full(p, self.bias[-1])


@dataclass(frozen=True)
class NetworkBounds:
    """Interval bounds per data point: lists run over hidden layers, arrays are N x width."""

    parameters: ParameterBounds
    pre_lower: tuple[np.ndarray, ...]
    pre_upper: tuple[np.ndarray, ...]
    out_lower: np.ndarray
    out_upper: np.ndarray

    def post_upper(self, hidden_layer: int) -> np.ndarray:
        """Upper bound of the ReLU output of hidden layer ``hidden_layer`` (1-based)."""
        return np.maximum(self.pre_upper[hidden_layer - 1], 0.0)

    def pre(self, layer: int, point: int, neuron: int) -> tuple[float, float]:
        return (
            float(self.pre_lower[layer - 1][point, neuron]),
            float(self.pre_upper[layer - 1][point, neuron]),
        )


def parameter_bounds(
    dataset: Dataset, architecture: Architecture, domain: Domain, loss: str
) -> ParameterBounds:
    """Per-layer bounds on weights and biases implied by the domain.

    Weight decay bounds every penalized parameter: theta = 0 is feasible, so at an optimum
    (c/2) theta_k^2 <= F(theta*) <= F(0) = loss(0) for a parameter with coefficient c, i.e.
    |theta_k| <= sqrt(2 loss(0) / c). That bound never cuts off an optimum, so it is safe to
    add to a box. ``implied_by_decay`` reports it for plain decay (every coefficient lambda).
    """
    implied = None
    coefficients = None
    if domain.decay is not None:
        loss_at_zero = loss_value(np.zeros_like(dataset.y), dataset.y, loss)
        coefficients = domain.decay.coefficients(len(architecture.layers))
        implied = math.sqrt(2.0 * loss_at_zero / domain.decay.lam)
    if domain.box is not None:
        domain.box.check_layers(architecture)
    weight, bias = [], []
    for layer in architecture.layers:
        w_box = domain.box.bound(layer) if domain.box is not None else None
        b_box = domain.box.bias_bound(layer) if domain.box is not None else None
        w_decay = b_decay = None
        if coefficients is not None:
            c_weight, c_bias = coefficients[layer - 1]
            w_decay = math.sqrt(2.0 * loss_at_zero / c_weight)
            b_decay = math.sqrt(2.0 * loss_at_zero / c_bias) if c_bias > 0 else None
        w_bound = _tighter(w_box, w_decay)
        b_bound = _tighter(b_box, b_decay)
        if w_bound is None or (architecture.has_bias(layer) and b_bound is None):
            raise InputError(
                f"layer {layer} has no bound: give --bound or --layer-bound {layer}=B "
                f"(weight decay bounds biases only when it penalizes them)"
            )
        weight.append(w_bound)
        bias.append(b_bound if architecture.has_bias(layer) else 0.0)
    ranges: tuple[tuple[float, float], ...] = ()
    if domain.box is not None and domain.box.output_bias_range and architecture.output_bias:
        if len(domain.box.output_bias_range) != architecture.n_outputs:
            raise InputError(
                f"{len(domain.box.output_bias_range)} output bias intervals for {architecture.n_outputs} outputs"
            )
        # The interval replaces the box's symmetric output bias bound; a bound weight decay
        # implies (b_decay of the output layer, the loop's last) still holds.
        cap = math.inf if b_decay is None else b_decay
        ranges = tuple((max(lo, -cap), min(hi, cap)) for lo, hi in domain.box.output_bias_range)
        if any(lo > hi for lo, hi in ranges):
            raise InputError("the output bias interval and the bound weight decay implies do not meet")
        bias[-1] = max(max(abs(lo), abs(hi)) for lo, hi in ranges)
    columns: tuple[float, ...] = ()
    if domain.box is not None and domain.box.input_weight_bounds:
        if len(domain.box.input_weight_bounds) != architecture.n_inputs:
            raise InputError(
                f"{len(domain.box.input_weight_bounds)} input column bounds for {architecture.n_inputs} inputs"
            )
        # They replace the first layer's weight bound, column by column (set by the input
        # column reduction, which applies to boxes without weight decay).
        columns = tuple(float(b) for b in domain.box.input_weight_bounds)
        weight[0] = max(columns)
    return ParameterBounds(tuple(weight), tuple(bias), implied if domain.decay and domain.decay.uniform else None,
                           ranges, columns)



def _tighter(a: float | None, b: float | None) -> float | None:
    values = [v for v in (a, b) if v is not None]
    return min(values) if values else None


def interval_bounds(
    dataset: Dataset, architecture: Architecture, parameters: ParameterBounds
) -> NetworkBounds:
    """Propagate ``|W| <= B`` through the network, point by point.

    Layer 1: z = W x + b with x fixed data, so |z_j| <= B_1 ||x||_1 + B_b. Later layers see
    activations a in [0, u] and |w a| <= B u, so |z_j| <= B_l sum_k u_k + B_b.
    """
    pre_lower, pre_upper = [], []
    magnitude = np.abs(dataset.x)  # |a_{l-1}| upper bound per point and unit
    for layer in architecture.layers:
        rows, _ = architecture.weight_shape(layer)
        if layer == 1:
            column_bounds = parameters.first_layer_weights(architecture.n_inputs)
        if layer == architecture.layers[-1]:
            radius = (magnitude @ column_bounds) if layer == 1 else parameters.weight[layer - 1] * magnitude.sum(axis=1)
            low, high = parameters.output_bias_interval(architecture)
            return NetworkBounds(parameters, tuple(pre_lower), tuple(pre_upper),
                                 -radius[:, None] + low[None, :], radius[:, None] + high[None, :])
        weighted = (magnitude @ column_bounds) if layer == 1 else parameters.weight[layer - 1] * magnitude.sum(axis=1)
        radius = weighted + parameters.bias[layer - 1]
        upper = np.repeat(radius[:, None], rows, axis=1)
        pre_lower.append(-upper)
        pre_upper.append(upper)
        magnitude = upper  # ReLU output lies in [0, upper]
    raise AssertionError("unreachable: an architecture always has an output layer")
