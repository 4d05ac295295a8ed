"""The objective of a network in exact rational arithmetic, for the differential harness.

Every float (weights, data) is a dyadic rational, so ``fractions.Fraction`` evaluates the
forward pass, the loss and the penalty with no rounding at all: the exact objective of the
returned network on the given data. A bound above it is false, however small the excess.
(The numpy certificate rounds; this is the independent referee for tiny instances only: its
cost grows with N x width x inputs Fractions.)
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from ..network import Weights


def exact_objective(weights: Weights, x: np.ndarray, y: np.ndarray, loss: str,
                    coefficients: tuple[tuple[float, float], ...] = ()) -> Fraction:
    """Loss (squared, l1, linf) of ``weights`` on (x, y), plus the weight-decay penalty
    sum_l (c_w/2)||W_l||^2 + (c_b/2)||b_l||^2 when ``coefficients`` (per layer) are given."""
    layers = [
        ([[Fraction(float(v)) for v in row] for row in layer.weight],
         None if layer.bias is None else [Fraction(float(v)) for v in layer.bias])
        for layer in weights.layers
    ]
    residuals = []
    for point, target in zip(np.asarray(x, dtype=float), np.asarray(y, dtype=float)):
        a = [Fraction(float(v)) for v in point]
        for number, (weight, bias) in enumerate(layers):
            z = [sum((w * v for w, v in zip(row, a)), Fraction(0)) + (bias[j] if bias is not None else 0)
                 for j, row in enumerate(weight)]
            a = z if number == len(layers) - 1 else [max(Fraction(0), value) for value in z]
        residuals += [value - Fraction(float(t)) for value, t in zip(a, target)]
    if loss == "squared":
        value = sum((r * r for r in residuals), Fraction(0))
    elif loss == "l1":
        value = sum((abs(r) for r in residuals), Fraction(0))
    else:
        value = max(abs(r) for r in residuals)
    for (weight, bias), (c_weight, c_bias) in zip(layers, coefficients):
        value += Fraction(float(c_weight)) / 2 * sum((w * w for row in weight for w in row), Fraction(0))
        if bias is not None and c_bias:
            value += Fraction(float(c_bias)) / 2 * sum((b * b for b in bias), Fraction(0))
    return value
