"""Drop outputs whose labels are all zero; give them zero weights back.

Exact where a zero bias is allowed (always, except when the labels' offset was taken out and
the shifted bias interval excludes 0; then nothing is dropped): zero output weights (and bias)
make such an output's loss 0 whatever the hidden layers do, and the other outputs do not depend on them (squared and L1 losses add over outputs,
L-infinity takes a maximum, weight decay only shrinks), so both problems have the same optimum.
With one output left, sign normalization may apply. Never drops every output: with all labels
zero the zero network is optimal and nothing needs solving (``all_targets_zero``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..bounds import parameter_bounds
from ..data import Dataset
from ..formulation import TrainingProblem
from ..network import Layer, Weights


def zero_bias_allowed(problem: TrainingProblem) -> np.ndarray:
    """Per output: may its bias be 0 (true without an output bias)?"""
    arch = problem.architecture
    lower, upper = parameter_bounds(problem.dataset, arch, problem.domain, problem.loss).output_bias_interval(arch)
    return (lower <= 0) & (upper >= 0)


def all_targets_zero(problem: TrainingProblem) -> bool:
    """Every label is 0 and the zero network lies in the domain: it is optimal."""
    return not np.any(problem.dataset.y) and bool(np.all(zero_bias_allowed(problem)))


@dataclass(frozen=True)
class ZeroOutputs:
    dropped: tuple[int, ...]  # 0-based outputs whose labels are all zero
    n_outputs: int

    @classmethod
    def of(cls, problem: TrainingProblem) -> "ZeroOutputs | None":
        """The reduction for ``problem``, or None when no output (or every output) is all zero."""
        y = problem.dataset.y
        allowed = zero_bias_allowed(problem)
        zero = tuple(k for k in range(y.shape[1]) if not np.any(y[:, k]) and allowed[k])
        if not zero or len(zero) == y.shape[1]:
            return None
        return cls(zero, y.shape[1])

    @property
    def kept(self) -> list[int]:
        return [k for k in range(self.n_outputs) if k not in self.dropped]

    def describe(self) -> str:
        return f"zero outputs {[k + 1 for k in self.dropped]} dropped"

    def reduce(self, problem: TrainingProblem) -> TrainingProblem:
        data, arch, domain = problem.dataset, problem.architecture, problem.domain
        dataset = Dataset(data.x, data.y[:, self.kept], name=data.name, metadata=data.metadata)
        if domain.box is not None and domain.box.output_bias_range:
            # per-output bias intervals (the labels' offsets taken out) follow their outputs
            ranges = tuple(domain.box.output_bias_range[k] for k in self.kept)
            domain = replace(domain, box=replace(domain.box, output_bias_range=ranges))
        return replace(problem, dataset=dataset, architecture=replace(arch, n_outputs=len(self.kept)), domain=domain)

    def retrieve(self, weights: Weights) -> Weights:
        last = weights.layers[-1]
        weight = np.zeros((self.n_outputs, last.weight.shape[1]))
        weight[self.kept] = last.weight
        bias = None
        if last.bias is not None:
            bias = np.zeros(self.n_outputs)
            bias[self.kept] = last.bias
        return Weights((*weights.layers[:-1], Layer(weight, bias)))
