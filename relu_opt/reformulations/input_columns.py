"""Exact reductions of the input columns: drop what carries no information, scale what differs.

Real files have columns that are all zero, constant, or copies of another, and columns on
scales 1e3 and 1e-3 side by side. Each made a solver stall (issue 20: a zero column left
HiGHS's QPs singular, mixed scales left SCIP's LPs badly conditioned). Only the first layer
sees the inputs, so each is an exact change of that layer:

* a **zero** column: its weights never act; dropped, and given weight 0 back (inside every
  box, and the least a weight-decay penalty can be);
* a **constant** column c (not 0), when the layer has biases and a box bounds it: W_jd c + b_j
  ranges over exactly [-(Bb + B |c|), Bb + B |c|] (a Minkowski sum of intervals), so the column
  is dropped and the hidden bias bound widened by B |c|; a reduced bias b' maps back as b = b'
  within [-Bb, Bb] and the rest, |b'| - Bb <= B |c|, carried by the column's weight;
* **identical** columns (box): W_jd x_d + W_je x_d = (W_jd + W_je) x_d, and the sum ranges
  over exactly [-2B, 2B]: one column with a per-column bound 2B; its weight maps back halved;
* **scales** (box): each kept column is divided by a power of 2 that brings its magnitude to
  the largest column's (x_d = r_d x'_d), and its weight bound becomes B r_d
  (W'_jd = W_jd r_d): the same bits in another exponent, a per-column box.

Weight decay penalizes each weight separately, so under decay only zero columns are dropped
(merging or scaling would need a penalty per column). With every column zero or constant,
one column is kept, so that the network still has an input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np

from ..bounds import parameter_bounds
from ..data import Dataset
from ..formulation import TrainingProblem
from ..network import Layer, Weights
from .data_scaling import power_of_two_scale


@dataclass(frozen=True)
class InputColumns:
    n_inputs: int  # columns of the user's data
    groups: tuple[tuple[int, ...], ...]  # per reduced column: the identical original columns it stands for
    scales: tuple[float, ...]  # per reduced column: x_d = scale x'_d
    constants: tuple[tuple[int, float], ...]  # dropped constant columns (index, value)
    zeros: tuple[int, ...]  # dropped zero columns
    bias_bound: float = 0.0  # the first layer's bias bound before the constants widened it
    weight_bound: float = 0.0  # the first layer's weight bound (box)

    @classmethod
    def of(cls, problem: TrainingProblem) -> "InputColumns | None":
        """The reduction for ``problem``, or None when every column stays as it is."""
        x, arch, domain = problem.dataset.x, problem.architecture, problem.domain
        n = x.shape[1]
        if n == 0 or problem.dataset.n_points == 0:
            return None
        box_only = domain.decay is None and domain.box is not None
        parameters = parameter_bounds(problem.dataset, arch, domain, problem.loss)
        if parameters.input_weight:
            return None  # already reduced
        zeros = [d for d in range(n) if not np.any(x[:, d])]
        constants = []
        if box_only and arch.hidden_bias:
            constants = [d for d in range(n) if d not in zeros and np.all(x[:, d] == x[0, d])]
        groups: list[list[int]] = []
        for d in range(n):
            if d in zeros or d in constants:
                continue
            twin = next((g for g in groups if box_only and np.array_equal(x[:, g[0]], x[:, d])), None)
            if twin is None:
                groups.append([d])
            else:
                twin.append(d)
        if not groups:  # keep one column: the network needs an input
            keep = (constants or zeros)[0]
            groups = [[keep]]
            zeros = [d for d in zeros if d != keep]
            constants = [d for d in constants if d != keep]
        scales = [1.0] * len(groups)
        if box_only:
            largest = power_of_two_scale(x[:, [g[0] for g in groups]])
            scales = [min(1.0, power_of_two_scale(x[:, g[0]]) / largest) for g in groups]
        if not zeros and not constants and all(len(g) == 1 for g in groups) and all(s == 1.0 for s in scales):
            return None
        return cls(n, tuple(tuple(g) for g in groups), tuple(scales), tuple((d, float(x[0, d])) for d in constants),
                   tuple(zeros), float(parameters.bias[0]), float(parameters.weight[0]))

    def describe(self) -> dict[str, object]:
        described: dict[str, object] = {}
        if self.zeros:
            described["zero_columns_dropped"] = [d + 1 for d in self.zeros]
        if self.constants:
            described["constant_columns_into_bias"] = [d + 1 for d, _ in self.constants]
        merged = [[d + 1 for d in g] for g in self.groups if len(g) > 1]
        if merged:
            described["identical_columns_merged"] = merged
        scaled = {g[0] + 1: s for g, s in zip(self.groups, self.scales) if s != 1.0}
        if scaled:
            described["columns_scaled"] = scaled
        return described

    def reduce(self, problem: TrainingProblem) -> TrainingProblem:
        data, arch, domain = problem.dataset, problem.architecture, problem.domain
        x = np.column_stack([data.x[:, g[0]] / s for g, s in zip(self.groups, self.scales)])
        dataset = Dataset(x, data.y, name=data.name, metadata=data.metadata)
        architecture = replace(arch, n_inputs=len(self.groups))
        if domain.box is None or domain.decay is not None:
            return replace(problem, dataset=dataset, architecture=architecture)
        box = domain.box
        columns = tuple(self.weight_bound * len(g) * s for g, s in zip(self.groups, self.scales))
        biases = dict(box.bias_per_layer)
        if self.constants:
            biases[1] = self.bias_bound + self.weight_bound * sum(abs(c) for _, c in self.constants)
        weights = dict(box.per_layer)
        weights.setdefault(1, self.weight_bound)
        reduced_box = replace(box, per_layer=tuple(sorted(weights.items())), bias_per_layer=tuple(sorted(biases.items())),
                              input_weight_bounds=columns)
        return replace(problem, dataset=dataset, architecture=architecture, domain=replace(domain, box=reduced_box))

    def retrieve(self, weights: Weights) -> Weights:
        first, *rest = weights.layers
        reduced = first.weight
        weight = np.zeros((reduced.shape[0], self.n_inputs))
        for d, (group, scale) in enumerate(zip(self.groups, self.scales)):
            for original in group:
                weight[:, original] = reduced[:, d] / scale / len(group)
        bias = None if first.bias is None else first.bias.copy()
        if self.constants and bias is not None:
            # |b'| beyond the bias bound is carried by the constant columns' weights, each
            # within its box: (|b'| - Bb) / sum |c| <= B.
            total = sum(abs(c) for _, c in self.constants)
            excess = np.maximum(np.abs(bias) - self.bias_bound, 0.0)
            share = np.sign(bias) * np.minimum(excess / total, self.weight_bound)
            for d, c in self.constants:
                weight[:, d] = share * math.copysign(1.0, c)
            bias = bias - share * total
        return Weights((Layer(weight, bias), *rest))
