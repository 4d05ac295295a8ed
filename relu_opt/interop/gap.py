"""How far is a trained network from the global optimum of its architecture?

Given a network (trained anywhere) and its data, :func:`optimality_gap` recomputes the
network's loss, certifies the optimum of the same architecture over a stated domain (default:
the smallest box that contains the network's weights, rounded up to two significant digits, so
that the network itself is a candidate), and states the gap: "12.3 % above the global optimum",
or, when the optimum is not proven in time, "at most ... above the best found, at least ...
(from the proven bound)"."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..api import train
from ..backends import SolveOptions
from ..data import Dataset
from ..errors import InputError
from ..network import Weights, loss_value
from ..results import Result


LOSS_WORDS = {
    "squared": "sum of squared errors",
    "l1": "sum of absolute errors",
    "linf": "largest absolute error",
}


@dataclass
class GapReport:
    network_loss: float
    box: float
    result: Result  # the certified solve over the box
    loss: str = "squared"

    @property
    def lower(self) -> float:
        return self.result.certificate.lower

    @property
    def upper(self) -> float:
        return self.result.certificate.upper

    @property
    def proven(self) -> bool:
        return self.result.proven_optimal

    def excess(self) -> tuple[float, float]:
        """(least, most) relative excess of the network over the optimum: the optimum lies in
        [lower, upper], so the excess lies in [loss/upper - 1, loss/lower - 1]."""
        least = self.network_loss / self.upper - 1 if self.upper > 0 else math.inf
        most = self.network_loss / self.lower - 1 if self.lower > 0 else math.inf
        return max(least, 0.0), most

    def describe(self) -> str:
        least, most = self.excess()
        loss = f"{LOSS_WORDS[self.loss]} {self.network_loss:.6g}"
        if self.proven:
            if self.network_loss <= self.upper * (1 + 1e-6):
                return f"this network is globally optimal for its architecture (|w| <= {self.box:g}): {loss}"
            return (
                f"this network's loss is {_times(least)} the global optimum of its architecture "
                f"({loss}; certified optimum {self.upper:.6g}, |w| <= {self.box:g})"
            )
        text = (
            f"the optimum is not proven within the time limit: it is at least {self.lower:.6g} and at most "
            f"{self.upper:.6g} (|w| <= {self.box:g}); this network ({loss}) is {_times(least)} the best "
            "network found"
        )
        if math.isfinite(most):
            text += f" and at most {_times(most)} the optimum"
        return text


def _times(excess: float) -> str:
    """A relative excess in words a reader takes in: '12.3 % above', '40 times'."""
    if not math.isfinite(excess):
        return "infinitely far above"
    if excess < 1:
        return f"{100 * excess:.3g} % above"
    return f"{excess + 1:.3g} times"


def smallest_box(weights: Weights) -> float:
    """The largest |weight| or |bias|, rounded up to two significant digits (at least 1e-3)."""
    largest = max(
        max(float(np.max(np.abs(layer.weight))), float(np.max(np.abs(layer.bias))) if layer.bias is not None else 0.0)
        for layer in weights.layers
    )
    largest = max(largest, 1e-3)
    digits = 10 ** (math.floor(math.log10(largest)) - 1)
    return math.ceil(largest / digits - 1e-9) * digits


def optimality_gap(
    weights: Weights, data: Dataset, loss: str = "squared", box: float | None = None,
    solver: str = "scip", time_limit: float = 60.0,
) -> GapReport:
    """The network's loss, the certified optimum of its architecture over ``box``, the gap."""
    n_inputs, n_outputs = weights.layers[0].weight.shape[1], weights.layers[-1].weight.shape[0]
    if (n_inputs, n_outputs) != (data.n_inputs, data.n_outputs):
        raise InputError(
            f"the network maps {n_inputs} inputs to {n_outputs} outputs; the data has {data.n_inputs} and {data.n_outputs}"
        )
    hidden = tuple(layer.weight.shape[0] for layer in weights.layers[:-1])
    hidden_bias = all(layer.bias is not None for layer in weights.layers[:-1])
    output_bias = weights.layers[-1].bias is not None
    box = smallest_box(weights) if box is None else box
    network_loss = loss_value(weights.predict(data.x), data.y, loss)
    result = train(
        data, hidden, bound=box, hidden_bias=hidden_bias, output_bias=output_bias, loss=loss,
        solver=solver, options=SolveOptions(time_limit=time_limit),
    )
    return GapReport(network_loss, box, result, loss)
