"""The result of a solve: why the solver stopped, what it found, what it proved.

Two separate enums as in Pyomo's contrib.solver: ``Termination`` (why it stopped) and
``SolutionStatus`` (what solution exists). "No bound" is always +-inf, never None.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from .network import Weights

if TYPE_CHECKING:
    from .certify import Certificate


class Termination(str, Enum):
    OPTIMAL = "optimal"  # the solver proved optimality within its gap tolerances
    CUTOFF = "cutoff"  # proved that no solution is better than the given cutoff
    BOUND_ONLY = "bound_only"  # a method proved a bound, but its solution does not fit the problem
    HEURISTIC = "heuristic"  # a heuristic method: an incumbent, nothing proven
    TIME_LIMIT = "time_limit"
    NODE_LIMIT = "node_limit"
    INTERRUPTED = "interrupted"
    INFEASIBLE = "infeasible"
    UNBOUNDED = "unbounded"
    NUMERICAL_ERROR = "numerical_error"
    UNKNOWN = "unknown"


class SolutionStatus(str, Enum):
    OPTIMAL = "optimal"
    FEASIBLE = "feasible"
    INFEASIBLE = "infeasible"
    NO_SOLUTION = "no_solution"


@dataclass(frozen=True)
class ProblemSpec:
    """What was solved, in words a certificate can state: loss, domain, architecture, sizes."""

    loss: str
    domain: str
    architecture: str
    encoding: str
    formulation: str
    weight_bounds: tuple[float, ...]
    bias_bounds: tuple[float, ...]
    decay: float | None = None
    decay_includes_biases: bool = True
    model_size: dict[str, int] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)  # name, n_points, n_inputs, n_outputs


@dataclass
class Result:
    """One solve. ``objective`` is the incumbent (+inf if none), ``bound`` the proven lower bound."""

    termination: Termination
    solution_status: SolutionStatus
    objective: float
    bound: float
    wall_time: float
    nodes: int
    solver: str
    solver_version: str
    problem: ProblemSpec
    weights: Weights | None = None
    pre_activations: list[Any] = field(default_factory=list)
    post_activations: list[Any] = field(default_factory=list)
    log: str = ""
    certificate: "Certificate | None" = None
    details: dict[str, Any] = field(default_factory=dict)  # formulation steps, per-part statistics

    @property
    def abs_gap(self) -> float:
        if math.isinf(self.objective) or math.isinf(self.bound):
            return math.inf
        return max(self.objective - self.bound, 0.0)

    @property
    def gap(self) -> float:
        """Relative gap |objective - bound| / |objective| (0 when both are 0, inf without a bound)."""
        if self.abs_gap == 0.0:
            return 0.0
        if self.objective == 0.0 or math.isinf(self.abs_gap):
            return math.inf
        return self.abs_gap / abs(self.objective)

    @property
    def proven_optimal(self) -> bool:
        """True only if the solver proved it *and* the independent certificate agrees."""
        return self.certificate is not None and self.certificate.proves_optimality

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary (infinite numbers become the strings "inf" / "-inf")."""
        cert = self.certificate
        return {
            "objective": _number(self.objective),
            "bound": _number(self.bound),
            "gap": _number(self.gap),
            "abs_gap": _number(self.abs_gap),
            "proven_optimal": self.proven_optimal,
            "recomputed_objective": None if cert is None else _number(cert.recomputed_objective),
            "termination": self.termination.value,
            "solution_status": self.solution_status.value,
            "verdict": None if cert is None else cert.verdict.value,
            "certificate": None if cert is None else cert.to_dict(),
            "solver": self.solver,
            "solver_version": self.solver_version,
            "encoding": self.problem.encoding,
            "formulation": self.problem.formulation,
            "loss": self.problem.loss,
            "domain": self.problem.domain,
            "architecture": self.problem.architecture,
            "model_size": self.problem.model_size,
            "data_size": self.problem.data,
            "wall_time": self.wall_time,
            "nodes": self.nodes,
            "weights": None if self.weights is None else self.weights.to_lists(),
            "details": self.details,
        }


def _number(value: float) -> float | str:
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    if math.isnan(value):
        return "nan"
    return float(value)
