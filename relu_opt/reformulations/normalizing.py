"""The chain of exact reductions that puts a problem into normalized units, and back.

Input columns first (zero, constant and identical columns out, each column on the largest
column's scale: ``input_columns.py``), then one power-of-2 scale for x and y with the labels'
offset taken out (``data_scaling.py``). Every route that solves in normalized units (the
branch-and-bound pipeline, exact enumeration) uses this one chain, so that they see the same
problem; ``retrieve`` maps weights back through it in reverse.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..formulation import TrainingProblem
from ..network import Weights
from .data_scaling import DataScaling
from .input_columns import InputColumns


@dataclass(frozen=True)
class Normalizing:
    steps: tuple  # InputColumns (if any) then DataScaling

    @classmethod
    def of(cls, problem: TrainingProblem) -> "Normalizing":
        steps = []
        columns = InputColumns.of(problem)
        if columns is not None:
            steps.append(columns)
            problem = columns.reduce(problem)
        steps.append(DataScaling.of(problem))
        return cls(tuple(steps))

    @property
    def scaling(self) -> DataScaling:
        return self.steps[-1]

    @property
    def objective_factor(self) -> float:
        """Original objective = factor x normalized objective."""
        return self.scaling.objective_factor

    def reduce(self, problem: TrainingProblem) -> TrainingProblem:
        for step in self.steps:
            problem = step.reduce(problem)
        return problem

    def retrieve(self, weights: Weights) -> Weights:
        for step in reversed(self.steps):
            weights = step.retrieve(weights)
        return weights

    def describe(self) -> dict[str, Any]:
        described = dict(self.scaling.describe())
        for step in self.steps:
            if isinstance(step, InputColumns):
                described.update(step.describe())
        return described
