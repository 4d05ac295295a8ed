"""Independent re-check of a result: recompute the objective of the returned weights with numpy.

Depends only on numpy, the numpy network and the result types. Whatever the verdict, the
optimum over the domain lies in [bound, recomputed objective]: the upper end is the exact
objective of real weights, the lower end the solver's proven bound (see ``results.py`` for the
scale-free gap). Verdicts: REJECTED if the solver's objective and the recomputed one disagree,
the weights leave the domain, or the bound exceeds the weights' exact objective; GLOBAL OPTIMUM
if the bound is a proven one and the certified gap is at most OPTIMALITY_GAP (a time-limited
solve whose interval is that narrow has proved it too); OPTIMAL WITHIN its gap if the solver
finished but the interval is wider (a loose --gap, or a solver's tolerance); else NOT PROVEN. :func:`certified_result` is the one place a
:class:`Result` is made: the certificate is built with it, never attached later.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

import numpy as np

from .network import Weights, decay_penalty, loss_value
from .results import (
    OPTIMALITY_GAP,
    ZERO_LEVEL,
    Certificate,
    ProblemSpec,
    Result,
    SolutionStatus,
    Termination,
    Verdict,
)

if TYPE_CHECKING:
    from .data import Dataset

AGREEMENT_TOLERANCE = 1e-4
"""The solver's objective and the recomputed one must agree within this, relative to the larger
of the two, or of AGREEMENT_FLOOR x the reference objective (a scale, not a constant).

Solvers satisfy constraints only up to a feasibility tolerance, and on bilinear models they use
it: on the 38/7 example SCIP's and Gurobi's objectives lay up to 1.0e-5 (relative) below the
true loss of their own weights, and on exact fits a few 1e-8 below 0 (of a zero network's
objective of 2). A disagreement beyond this means the weights read back are not what the solver
solved: the result is rejected. Within it, the certificate does not depend on the solver's
objective at all: it states the interval [bound, recomputed objective]."""

AGREEMENT_FLOOR = 0.1

DOMAIN_TOLERANCE = 1e-6
"""Weights may exceed their bound by this much, relative to the bound (scale-free: a bias bound
of 1e-3 allows 1e-9, not 1e-6)."""

FINISHED = (Termination.OPTIMAL,)
PROVEN_BOUND = (
    Termination.OPTIMAL, Termination.TIME_LIMIT, Termination.NODE_LIMIT, Termination.INTERRUPTED,
    Termination.BOUND_ONLY,
)
"""Stops after which the reported bound is one the solver (or method) proved."""


def certify(result: Result, dataset: "Dataset", requested_gap: float | None = None) -> Certificate:
    """Re-check ``result`` against the dataset it was trained on (only ``.x`` and ``.y`` are
    read). The solver's value is ``result.solver_objective`` (``objective`` if that is NaN)."""
    x, y = np.asarray(dataset.x, dtype=float), np.asarray(dataset.y, dtype=float)
    spec = result.problem
    reference = spec.reference_objective(y)
    solver_value = result.solver_objective if not math.isnan(result.solver_objective) else result.objective
    lower = max(result.bound, 0.0) if not math.isnan(result.bound) else 0.0  # losses are >= 0
    if result.weights is None:
        if result.termination is Termination.INFEASIBLE:
            return Certificate(
                Verdict.INFEASIBLE, lower=math.inf, reference=reference, requested_gap=requested_gap,
                reasons=["solver proved infeasibility"],
            )
        return Certificate(
            Verdict.NO_SOLUTION, lower=lower, reference=reference, requested_gap=requested_gap,
            reasons=[f"solver stopped ({result.termination.value}) without a solution"],
        )

    weights = result.weights
    pre, post, outputs = weights.trace(x)
    loss = loss_value(outputs, y, spec.loss)
    penalty = decay_penalty(weights, spec.penalty_coefficients(len(weights.layers)))
    upper = loss + penalty
    cert = Certificate(
        Verdict.NOT_PROVEN,
        recomputed_loss=loss,
        recomputed_penalty=penalty,
        objective_difference=upper - solver_value if math.isfinite(solver_value) else math.nan,
        max_relu_violation=_max_relu_violation(result),
        max_forward_mismatch=_max_difference(result.post_activations, post),
        max_domain_violation=_domain_violation(weights, spec),
        lower=lower,
        upper=upper,
        reference=reference,
        requested_gap=requested_gap,
    )
    if math.isfinite(solver_value):
        tolerance = AGREEMENT_TOLERANCE * max(abs(solver_value), abs(upper), AGREEMENT_FLOOR * reference)
        if not abs(cert.objective_difference) <= tolerance:
            cert.reasons.append(
                f"recomputed objective {upper:.10g} differs from the solver's "
                f"{solver_value:.10g} by {cert.objective_difference:.3g} (tolerance {tolerance:.2g})"
            )
    if cert.max_domain_violation > 0:
        cert.reasons.append(f"weights leave the domain by {cert.max_domain_violation:.3g}")
    excess = lower - upper
    if excess > OPTIMALITY_GAP * max(upper, ZERO_LEVEL * reference):
        cert.reasons.append(
            f"the proven bound {lower:.10g} exceeds the exact objective {upper:.10g} of the returned "
            "weights: the bound is not valid"
        )
    elif excess > 0:  # rounding: the bound meets the exact objective
        cert.lower = upper
    if cert.reasons:
        cert.verdict = Verdict.REJECTED
    elif result.termination in PROVEN_BOUND and cert.gap <= OPTIMALITY_GAP:
        # The interval proves it, whether or not the solver reached its own (stricter) gap.
        cert.verdict = Verdict.GLOBAL_OPTIMUM
    elif result.termination in FINISHED and result.solution_status is SolutionStatus.OPTIMAL:
        cert.verdict = Verdict.WITHIN_GAP
        asked = "" if requested_gap is None else f" (requested gap {requested_gap:g})"
        cert.reasons.append(
            f"proven within a certified gap of {cert.gap:.3g}{asked}, above the {OPTIMALITY_GAP:g} "
            "a global-optimum certificate needs"
        )
    else:
        cert.reasons.append(f"solver stopped ({result.termination.value}) without proving optimality")
    return cert


def certified_result(
    *,
    dataset: "Dataset",
    spec: ProblemSpec,
    termination: Termination,
    solver_objective: float,
    bound: float,
    weights: Weights | None,
    solver: str,
    solver_version: str,
    wall_time: float,
    nodes: int = 0,
    pre_activations: list[Any] | None = None,
    post_activations: list[Any] | None = None,
    log: str = "",
    details: dict[str, Any] | None = None,
    requested_gap: float | None = None,
) -> Result:
    """The one factory of Results: map the termination to a solution status, certify against
    ``dataset``, and return the complete Result (objective = exact objective of the weights,
    bound = the proven bound, at least 0). Without solver activations the numpy forward
    pass's are used (methods that build no model)."""
    if weights is None:
        status = SolutionStatus.INFEASIBLE if termination is Termination.INFEASIBLE else SolutionStatus.NO_SOLUTION
        pre, post = [], []
    else:
        status = SolutionStatus.OPTIMAL if termination is Termination.OPTIMAL else SolutionStatus.FEASIBLE
        if pre_activations is None or post_activations is None:
            pre, post = weights.trace(dataset.x)[:2]
        else:
            pre, post = pre_activations, post_activations
    draft = Result(
        termination=termination,
        solution_status=status,
        objective=solver_objective if weights is not None else math.inf,
        bound=bound,
        wall_time=wall_time,
        nodes=nodes,
        solver=solver,
        solver_version=solver_version,
        problem=spec,
        weights=weights,
        pre_activations=list(pre),
        post_activations=list(post),
        log=log,
        details=details if details is not None else {},
        solver_objective=solver_objective if weights is not None else math.inf,
    )
    certificate = certify(draft, dataset, requested_gap)
    objective = certificate.upper if weights is not None else math.inf
    return replace(draft, objective=objective, bound=certificate.lower, certificate=certificate)


def _max_relu_violation(result: Result) -> float:
    violations = [
        float(np.max(np.abs(np.asarray(h) - np.maximum(np.asarray(z), 0.0))))
        for z, h in zip(result.pre_activations, result.post_activations)
        if np.size(z)
    ]
    return max(violations, default=0.0)


def _max_difference(solver_values: list[Any], recomputed: list[np.ndarray]) -> float:
    differences = [
        float(np.max(np.abs(np.asarray(a) - b)))
        for a, b in zip(solver_values, recomputed)
        if np.size(b)
    ]
    return max(differences, default=0.0)


def _domain_violation(weights: Weights, spec: ProblemSpec) -> float:
    """How far weights leave their bounds, beyond DOMAIN_TOLERANCE (0 when inside)."""
    worst = 0.0
    for layer, w_bound, b_bound in zip(weights.layers, spec.weight_bounds, spec.bias_bounds):
        arrays = [(layer.weight, w_bound)] + ([(layer.bias, b_bound)] if layer.bias is not None else [])
        for values, bound in arrays:
            if values.size:
                excess = float(np.max(np.abs(values))) - bound
                if excess > DOMAIN_TOLERANCE * bound:
                    worst = max(worst, excess)
    return worst
