"""Plain numpy network: weights as arrays, forward pass, losses, penalty.

This is the independent side of every certificate: it knows nothing of Pyomo or solvers, so a
loss recomputed here does not share a bug with the model that produced the weights.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

LOSSES = ("squared", "l1", "linf")
"""squared: sum_i ||y_i - t_i||_2^2;  l1: sum_i ||y_i - t_i||_1;  linf: max_i ||y_i - t_i||_inf."""


@dataclass(frozen=True)
class Layer:
    """One affine layer ``z = W a + b``; ``bias`` is None when the layer has none."""

    weight: np.ndarray
    bias: np.ndarray | None

    def apply(self, activations: np.ndarray) -> np.ndarray:
        z = activations @ self.weight.T
        return z if self.bias is None else z + self.bias


@dataclass(frozen=True)
class Weights:
    """All layers of a network, input to output; ReLU after every layer but the last."""

    layers: tuple[Layer, ...]

    def trace(self, x: np.ndarray) -> tuple[list[np.ndarray], list[np.ndarray], np.ndarray]:
        """Forward pass keeping pre- and post-activations of every hidden layer (N x width)."""
        pre, post = [], []
        a = np.asarray(x, dtype=float)
        for layer in self.layers[:-1]:
            z = layer.apply(a)
            a = np.maximum(z, 0.0)
            pre.append(z)
            post.append(a)
        return pre, post, self.layers[-1].apply(a)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return self.trace(x)[2]

    def parameters(self, include_biases: bool = True) -> np.ndarray:
        """All parameters as one flat vector (biases optional)."""
        parts = [layer.weight.ravel() for layer in self.layers]
        if include_biases:
            parts += [layer.bias for layer in self.layers if layer.bias is not None]
        return np.concatenate(parts) if parts else np.zeros(0)

    def to_lists(self) -> list[dict[str, object]]:
        return [
            {"W": layer.weight.tolist(), "b": None if layer.bias is None else layer.bias.tolist()}
            for layer in self.layers
        ]

    @classmethod
    def from_lists(cls, layers: list[dict[str, object]]) -> "Weights":
        return cls(
            tuple(
                Layer(
                    np.atleast_2d(np.asarray(entry["W"], dtype=float)),
                    None if entry.get("b") is None else np.asarray(entry["b"], dtype=float),
                )
                for entry in layers
            )
        )


def augmented(x: np.ndarray, bias: bool) -> np.ndarray:
    """Inputs with a column of ones appended when the layer has a bias: x~ = (x, 1)."""
    x = np.asarray(x, dtype=float)
    return np.hstack([x, np.ones((x.shape[0], 1))]) if bias else x


def loss_value(outputs: np.ndarray, targets: np.ndarray, loss: str) -> float:
    """The training loss of predictions ``outputs`` against ``targets`` (both N x p)."""
    residual = np.asarray(outputs, dtype=float) - np.asarray(targets, dtype=float)
    if loss == "squared":
        return float(np.sum(residual**2))
    if loss == "l1":
        return float(np.sum(np.abs(residual)))
    if loss == "linf":
        return float(np.max(np.abs(residual)))
    raise ValueError(f"unknown loss {loss!r}; choose from {', '.join(LOSSES)}")


def zero_network_objective(targets: np.ndarray, loss: str) -> float:
    """The objective of the zero network (every weight and bias 0): the loss of predicting 0,
    no penalty. It measures the data's scale: scaling the targets by s scales it as the loss."""
    targets = np.asarray(targets, dtype=float)
    return loss_value(np.zeros_like(targets), targets, loss)


def constant_fit_objective(
    targets: np.ndarray, loss: str, bias_lower: np.ndarray | float = 0.0, bias_upper: np.ndarray | float = 0.0,
    bias_coefficient: float = 0.0,
) -> float:
    """The objective of the best *constant* network (every weight 0, the output bias c_k in
    [bias_lower_k, bias_upper_k]; 0 without an output bias): the scale certificates measure
    gaps against. Unlike the zero network's objective it does not move when a constant the
    bias can hold is added to the labels (issue 19: with y ~ 1e4 the zero network's loss made
    a 0.0115-wide interval look certified). Each c_k is the loss's own best constant
    (mean, median, midrange; the mean shrunk by a weight-decay penalty (c_b/2) c^2 on the
    bias), clipped to its interval: an objective some network of the domain attains."""
    targets = np.asarray(targets, dtype=float)
    n_points, n_outputs = targets.shape
    if loss == "squared":
        centre = targets.sum(axis=0) / (n_points + 0.5 * bias_coefficient) if n_points else np.zeros(n_outputs)
    elif loss == "l1":
        centre = np.median(targets, axis=0)
    else:
        centre = (targets.max(axis=0) + targets.min(axis=0)) / 2
    constant = np.clip(centre, np.broadcast_to(bias_lower, (n_outputs,)), np.broadcast_to(bias_upper, (n_outputs,)))
    outputs = np.broadcast_to(constant, targets.shape)
    return loss_value(outputs, targets, loss) + 0.5 * bias_coefficient * float(np.sum(constant**2))


def duplicate_floor(inputs: np.ndarray, targets: np.ndarray, loss: str) -> float:
    """The least loss any function of x has on these data: points with identical inputs get
    identical outputs, so each group of them costs at least its labels' spread around their
    best common value (mean: sum of squares; median: sum of absolute errors; midrange: largest
    error). 0 without repeated inputs. A lower bound for every network, whatever its domain."""
    x, y = np.asarray(inputs, dtype=float), np.asarray(targets, dtype=float)
    if len(x) < 2:
        return 0.0
    _, group = np.unique(x, axis=0, return_inverse=True)
    group = np.ravel(group)
    if group.max() + 1 == len(x):
        return 0.0
    parts = [constant_fit_objective(y[group == g], loss, -np.inf, np.inf)  # the group's best common value
             for g in np.unique(group) if np.count_nonzero(group == g) > 1]
    return float(max(parts)) if loss == "linf" else float(np.sum(parts))


def decay_penalty(weights: Weights, coefficients: Sequence[tuple[float, float]]) -> float:
    """Weight-decay term ``sum_l (c_w / 2) ||W_l||^2 + (c_b / 2) ||b_l||^2`` with one
    ``(c_w, c_b)`` pair per layer (``WeightDecay.coefficients``; plain decay: both lambda)."""
    total = 0.0
    for layer, (c_weight, c_bias) in zip(weights.layers, coefficients):
        total += 0.5 * c_weight * float(np.sum(layer.weight**2))
        if layer.bias is not None:
            total += 0.5 * c_bias * float(np.sum(layer.bias**2))
    return total
