"""Exact rescaling of the data to unit magnitude, so that no solver tolerance depends on its scale.

Solvers compare with absolute tolerances (feasibility 1e-6 or 1e-9, "zero" 1e-9). On data of
magnitude 1e-3 an optimal loss is ~1e-7, below those tolerances: SCIP certified a bound 12 %
above the true optimum, and the enumeration oracle was wrong on 5 of 5 such cases (issue 10).
Solving in normalized units and mapping back removes that dependence.

With ``x = sx x'`` and ``t = sy t'`` (sx, sy powers of 2, so the scaled data are the original
bits with another exponent), positive homogeneity of ReLU gives a bijection between networks:

    hidden layer l <= L:  W_l = W'_l,            b_l = sx b'_l
    output layer L + 1:   W   = (sy / sx) W',     b   = sy b'

under which ``f(x) = sy f'(x')`` and so the loss scales by ``F = sy^2`` (squared) or ``sy``
(L1, L-infinity). The domain maps exactly: a box ``|theta| <= B`` becomes
``|theta'| <= B / factor`` per layer and per kind (weights, biases); weight decay
``(c/2) theta^2`` becomes ``(c factor^2 / 2F) theta'^2`` per group (``WeightDecay.layer_factors``).
So both problems have the same optimum up to the factor F, and the certificate, computed on the
original data with the mapped-back weights, states it in the user's units.

Metamorphic consequence (tested): scaling x, y and every bias bound by a power of 2 leaves the
scaled problem bit-for-bit unchanged, hence the same solve, the same verdict and an optimum
scaled by exactly s^2.

**Offsets.** Labels like house prices (y ~ 1e5 +- 1e3) scaled by their largest magnitude keep
their variation at 1e-2 of the unit scale and their loss at 1e-4 of it, below what solver
tolerances resolve: an exact fit was reported as a bound of 3.6e-4 (enumeration) and certified
"optimal" at 0.0115 (issue 19). Where the output bias can absorb a constant (it exists and weight
decay does not penalize it), the labels' midrange o_k is taken out first: t = sy t' + o, and
the output bias maps as b = sy b' + o. The box |b_k| <= B then becomes the *interval*
b'_k in [(-B - o_k)/sy, (B - o_k)/sy] (``WeightBox.output_bias_range``): still exact, and the
scaled labels have unit spread. Adding a constant to the labels (and to the bias bound) thus
changes only o, not what the solver sees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ..architecture import Domain, WeightBox, WeightDecay
from ..data import Dataset
from ..formulation import TrainingProblem
from ..network import Layer, Weights


def power_of_two_scale(values: np.ndarray) -> float:
    """The power of 2 nearest (in log scale) to the largest magnitude of ``values`` (1 if all 0)."""
    largest = float(np.max(np.abs(values))) if np.size(values) else 0.0
    if largest == 0.0 or not math.isfinite(largest):
        return 1.0
    return math.ldexp(1.0, round(math.log2(largest)))


def absorbs_offset(problem: TrainingProblem) -> bool:
    """The output bias can take a constant out of the labels exactly: it exists, a box bounds
    it (an interval maps to an interval), and weight decay does not penalize it (its penalty
    would not map to a penalty of the shifted bias)."""
    domain, arch = problem.domain, problem.architecture
    if not arch.output_bias or domain.box is None or domain.box.bias_bound(arch.layers[-1]) is None:
        return False
    return domain.decay is None or not domain.decay.include_biases


@dataclass(frozen=True)
class DataScaling:
    """The reduction ``problem -> scaled problem`` and back (``reduce`` / ``retrieve``)."""

    x_scale: float
    y_scale: float
    loss: str
    n_layers: int  # affine layers L + 1
    y_offset: tuple[float, ...] = ()  # per output; empty: no offset taken out

    @classmethod
    def of(cls, problem: TrainingProblem) -> "DataScaling":
        y = np.asarray(problem.dataset.y, dtype=float)
        offset: tuple[float, ...] = ()
        if absorbs_offset(problem) and y.size:
            offset = tuple(float(v) for v in (y.max(axis=0) + y.min(axis=0)) / 2)
            if not any(offset):
                offset = ()
        centred = y - np.array(offset) if offset else y
        return cls(
            power_of_two_scale(problem.dataset.x),
            power_of_two_scale(centred),
            problem.loss,
            len(problem.architecture.layers),
            offset,
        )

    @property
    def identity(self) -> bool:
        return self.x_scale == 1.0 and self.y_scale == 1.0 and not self.y_offset

    def describe(self) -> dict[str, object]:
        """The scaling for a result's details: factors, and the offset taken out of y."""
        described: dict[str, object] = {"x": self.x_scale, "y": self.y_scale, "objective": self.objective_factor}
        if self.y_offset:
            described["y_offset"] = list(self.y_offset)
        return described

    @property
    def objective_factor(self) -> float:
        """F: original objective = F x scaled objective."""
        return self.y_scale**2 if self.loss == "squared" else self.y_scale

    def factors(self, layer: int) -> tuple[float, float]:
        """(weight, bias) factor of affine layer ``layer``: original = factor x scaled."""
        if layer < self.n_layers:
            return 1.0, self.x_scale
        return self.y_scale / self.x_scale, self.y_scale

    def reduce(self, problem: TrainingProblem) -> TrainingProblem:
        """The same problem in normalized units: scaled data, mapped box and decay."""
        data = problem.dataset
        y = data.y - np.array(self.y_offset) if self.y_offset else data.y
        scaled = Dataset(data.x / self.x_scale, y / self.y_scale, name=data.name, metadata=data.metadata)
        return replace(problem, dataset=scaled, domain=self._domain(problem))

    def retrieve(self, weights: Weights) -> Weights:
        """Scaled-problem weights as weights of the original problem."""
        return self._shift_output_bias(self._map(weights, lambda value, factor: value * factor), +1.0)

    def scaled_weights(self, weights: Weights) -> Weights:
        """Original-problem weights as weights of the scaled problem (the inverse of retrieve)."""
        return self._map(self._shift_output_bias(weights, -1.0), lambda value, factor: value / factor)

    def _shift_output_bias(self, weights: Weights, direction: float) -> Weights:
        last = weights.layers[-1]
        if not self.y_offset or last.bias is None:
            return weights
        bias = last.bias + direction * np.array(self.y_offset)
        return Weights((*weights.layers[:-1], Layer(last.weight, bias)))

    def objective(self, scaled_value: float) -> float:
        return scaled_value * self.objective_factor

    def _map(self, weights: Weights, apply) -> Weights:
        layers = []
        for number, layer in enumerate(weights.layers, start=1):
            w_factor, b_factor = self.factors(number)
            bias = None if layer.bias is None else apply(layer.bias, b_factor)
            layers.append(Layer(apply(layer.weight, w_factor), bias))
        return Weights(tuple(layers))

    def _domain(self, problem: TrainingProblem) -> Domain:
        domain, arch = problem.domain, problem.architecture
        box = None
        if domain.box is not None:
            # Every layer's and kind's bound explicitly (a layer the box leaves open stays
            # open: weight decay bounds it), divided by its factor.
            weights = tuple(
                (l, domain.box.bound(l) / self.factors(l)[0]) for l in arch.layers if domain.box.bound(l) is not None
            )
            biases = tuple(
                (l, domain.box.bias_bound(l) / self.factors(l)[1])
                for l in arch.layers
                if arch.has_bias(l) and domain.box.bias_bound(l) is not None
            )
            ranges: tuple[tuple[float, float], ...] = ()
            if self.y_offset:
                # |b_k| <= B becomes b'_k = (b_k - o_k) / sy in [(-B - o_k) / sy, (B - o_k) / sy]
                # (or the shifted interval the box already had).
                out = arch.layers[-1]
                given = domain.box.output_bias_range or tuple(
                    (-domain.box.bias_bound(out), domain.box.bias_bound(out)) for _ in self.y_offset
                )
                sy = self.factors(out)[1]
                ranges = tuple(((lo - o) / sy, (hi - o) / sy) for (lo, hi), o in zip(given, self.y_offset))
            elif domain.box.output_bias_range:
                sy = self.factors(arch.layers[-1])[1]
                ranges = tuple((lo / sy, hi / sy) for lo, hi in domain.box.output_bias_range)
            # per-column bounds of the first layer's weights (merged or scaled input columns):
            # hidden weights do not change with a common x scale
            columns = tuple(b / self.factors(1)[0] for b in domain.box.input_weight_bounds)
            box = WeightBox(per_layer=weights, bias_per_layer=biases, output_bias_range=ranges,
                            input_weight_bounds=columns)
        decay = None
        if domain.decay is not None:
            given = domain.decay.layer_factors or ((1.0, 1.0),) * self.n_layers
            factors = tuple(
                (fw * self.factors(l)[0] ** 2 / self.objective_factor, fb * self.factors(l)[1] ** 2 / self.objective_factor)
                for l, (fw, fb) in zip(arch.layers, given)
            )
            decay = WeightDecay(domain.decay.lam, domain.decay.include_biases, factors)
        return Domain(box, decay)
