"""The result of a solve: why the solver stopped, what it found, what it proved, what the
independent re-check says.

Two separate enums as in Pyomo's contrib.solver: ``Termination`` (why it stopped) and
``SolutionStatus`` (what solution exists). "No bound" is always +-inf, never None. A Result is
made complete by one factory, :func:`relu_opt.certify.certified_result`: its ``objective`` is the
exact objective of its weights (numpy), its ``bound`` the proven lower bound, its ``gap`` the
certified, scale-free gap defined here (:class:`Certificate`).

What "global optimum" means (the same at every data scale):

* the optimum lies in ``[lower, upper]``: ``upper`` is the objective of the returned weights
  recomputed in numpy, ``lower`` the solver's proven bound (at least 0: every objective is a
  loss plus a penalty);
* the certified gap is ``(upper - lower) / max(upper, ZERO_LEVEL * reference)``, where
  ``reference`` is the objective of the best *constant* network of the domain (every weight 0,
  the output bias the best constant its interval allows; ``network.constant_fit_objective``).
  Relative to the optimum, as in MINLPLib; where the optimum is near 0 (an exact fit), relative
  to a fixed small share of the reference, so that no absolute constant enters, and adding a
  constant to the labels that the bias can absorb changes nothing (the zero network's
  objective, used before, grew with such an offset and let a wide interval pass as certified);
* ``GLOBAL OPTIMUM`` needs a proven bound, an accepted re-check and a certified gap of at
  most ``OPTIMALITY_GAP``. A finished proof with a wider interval (a loose ``--gap``) is
  ``OPTIMAL WITHIN`` its gap, never a global optimum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .network import Weights

OPTIMALITY_GAP = 1e-6
"""Largest certified gap a GLOBAL OPTIMUM may have (MINLPLib's convention)."""

ZERO_LEVEL = 1e-4
"""Objectives below this share of the reference objective (the best constant network's) count as
"near 0": their gap is measured against ZERO_LEVEL x that objective. So an exact fit is certified
when the interval's width is at most OPTIMALITY_GAP x ZERO_LEVEL = 1e-10 of the reference."""


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


class Verdict(str, Enum):
    GLOBAL_OPTIMUM = "global_optimum"
    WITHIN_GAP = "optimal_within_gap"  # proven, but the certified gap is above OPTIMALITY_GAP
    NOT_PROVEN = "feasible_not_proven"
    REJECTED = "rejected"
    INFEASIBLE = "infeasible"
    NO_SOLUTION = "no_solution"


def json_number(value: float | None) -> float | str | None:
    """A float for JSON: infinities become the strings "inf" / "-inf", NaN and None become None."""
    if value is None or math.isnan(value):
        return None
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return float(value)


def json_ready(value: Any) -> Any:
    """``value`` with every float made JSON-safe by :func:`json_number`, through dicts, lists
    and tuples (numpy scalars become Python numbers)."""
    if hasattr(value, "item") and getattr(value, "ndim", 1) == 0:  # a numpy scalar
        value = value.item()
    if isinstance(value, dict):
        return {key: json_ready(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        return [json_ready(item) for item in (value.tolist() if hasattr(value, "tolist") else value)]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    try:
        return json_number(float(value))
    except (TypeError, ValueError):
        return str(value)


def relative_gap(lower: float, upper: float, reference: float) -> float:
    """The scale-free certified gap of the interval [lower, upper] (see the module docstring)."""
    if math.isnan(lower) or math.isnan(upper) or math.isinf(upper) or math.isinf(lower):
        return math.inf
    width = max(upper - lower, 0.0)
    if width == 0.0:
        return 0.0
    scale = max(abs(upper), ZERO_LEVEL * reference)
    return width / scale if scale > 0 else math.inf


@dataclass
class Certificate:
    verdict: Verdict
    recomputed_loss: float = math.nan
    recomputed_penalty: float = 0.0
    objective_difference: float = math.nan  # recomputed objective minus solver objective
    max_relu_violation: float = math.nan  # solver's own |post - max(0, pre)|
    max_forward_mismatch: float = math.nan  # solver's post vs the numpy forward pass
    max_domain_violation: float = math.nan
    lower: float = 0.0  # the optimum over the domain lies in [lower, upper]
    upper: float = math.inf
    reference: float = math.nan  # objective of the best constant network: the scale of gaps
    requested_gap: float | None = None  # the relative gap the solver was asked to prove
    reasons: list[str] = field(default_factory=list)

    @property
    def recomputed_objective(self) -> float:
        return self.recomputed_loss + self.recomputed_penalty

    @property
    def abs_gap(self) -> float:
        """Width of the certified interval [lower, upper]."""
        width = self.upper - self.lower
        return max(width, 0.0) if math.isfinite(width) else math.inf

    @property
    def gap(self) -> float:
        """Certified relative gap, scale-free (:func:`relative_gap`)."""
        return relative_gap(self.lower, self.upper, self.reference)

    @property
    def within_requested_gap(self) -> bool:
        """The interval meets the gap the solver was asked for (never true for a rejected or
        unsolved result)."""
        if self.verdict not in (Verdict.GLOBAL_OPTIMUM, Verdict.WITHIN_GAP):
            return False
        target = OPTIMALITY_GAP if self.requested_gap is None else max(self.requested_gap, OPTIMALITY_GAP)
        return self.gap <= target

    @property
    def proves_optimality(self) -> bool:
        return self.verdict is Verdict.GLOBAL_OPTIMUM

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "recomputed_loss": json_number(self.recomputed_loss),
            "recomputed_penalty": json_number(self.recomputed_penalty),
            "recomputed_objective": json_number(self.recomputed_objective),
            "objective_difference": json_number(self.objective_difference),
            "max_relu_violation": json_number(self.max_relu_violation),
            "max_forward_mismatch": json_number(self.max_forward_mismatch),
            "max_domain_violation": json_number(self.max_domain_violation),
            "optimum_interval": [json_number(self.lower), json_number(self.upper)],
            "certified_gap": json_number(self.gap),
            "certified_abs_gap": json_number(self.abs_gap),
            "reference_objective": json_number(self.reference),
            "optimality_gap": OPTIMALITY_GAP,
            "requested_gap": json_number(self.requested_gap),
            "within_requested_gap": self.within_requested_gap,
            "reasons": list(self.reasons),
        }


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
    # (lower, upper) of each output's bias; empty: +-bias_bounds[-1] (0: no output bias)
    output_bias_range: tuple[tuple[float, float], ...] = ()
    data: dict[str, Any] = field(default_factory=dict)  # name, n_points, n_inputs, n_outputs
    # (weight, bias) penalty coefficient per layer; empty: lambda on every penalized group
    decay_coefficients: tuple[tuple[float, float], ...] = ()

    def reference_objective(self, targets) -> float:
        """The best constant network's objective on ``targets`` (the scale of certified gaps)."""
        import numpy as np

        from .network import constant_fit_objective

        n_outputs = np.shape(targets)[1]
        if self.output_bias_range:
            lower, upper = np.array(self.output_bias_range, dtype=float).T
        else:
            limit = self.bias_bounds[-1] if self.bias_bounds else 0.0
            lower, upper = np.full(n_outputs, -limit), np.full(n_outputs, limit)
        c_bias = self.penalty_coefficients(len(self.weight_bounds))[-1][1] if self.weight_bounds else 0.0
        return constant_fit_objective(targets, self.loss, lower, upper, c_bias)

    def penalty_coefficients(self, n_layers: int) -> tuple[tuple[float, float], ...]:
        if self.decay is None:
            return ((0.0, 0.0),) * n_layers
        if self.decay_coefficients:
            return self.decay_coefficients
        return ((self.decay, self.decay if self.decay_includes_biases else 0.0),) * n_layers


@dataclass
class Result:
    """One solve, certified. ``objective`` is the exact objective of ``weights`` (+inf without
    weights), ``solver_objective`` what the solver reported for them, ``bound`` the proven
    lower bound. Make one with :func:`relu_opt.certify.certified_result`."""

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
    certificate: Certificate | None = None
    details: dict[str, Any] = field(default_factory=dict)  # formulation steps, per-part statistics
    solver_objective: float = math.nan

    @property
    def abs_gap(self) -> float:
        if self.certificate is not None and self.weights is not None:
            return self.certificate.abs_gap
        if math.isinf(self.objective) or math.isinf(self.bound):
            return math.inf
        return max(self.objective - self.bound, 0.0)

    @property
    def gap(self) -> float:
        """The certified relative gap (scale-free; inf without weights or without a bound)."""
        if self.certificate is not None and self.weights is not None:
            return self.certificate.gap
        return math.inf

    @property
    def proven_optimal(self) -> bool:
        """True only if the solver proved it *and* the independent certificate agrees."""
        return self.certificate is not None and self.certificate.proves_optimality

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dictionary (infinite numbers become the strings "inf" / "-inf")."""
        cert = self.certificate
        return {
            "objective": json_number(self.objective),
            "lower_bound": json_number(self.bound),
            "bound": json_number(self.bound),  # deprecated: lower_bound (kept for one release)
            "gap": json_number(self.gap),
            "abs_gap": json_number(self.abs_gap),
            "proven_optimal": self.proven_optimal,
            "within_requested_gap": cert is not None and cert.within_requested_gap,
            "recomputed_objective": None if cert is None else json_number(cert.recomputed_objective),
            "solver_objective": json_number(self.solver_objective),
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
            "details": json_ready(self.details),
        }
