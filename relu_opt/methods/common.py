"""What every method shares: its Result, in the same form and with the same certificate."""

from __future__ import annotations

import math
from typing import Any

from ..bounds import parameter_bounds
from ..certify import certify
from ..errors import InputError
from ..formulation import TrainingProblem
from ..network import Weights
from ..results import Result, SolutionStatus, Termination
from ..solve import spec_for


def method_result(
    problem: TrainingProblem,
    method: str,
    weights: Weights | None,
    objective: float,
    bound: float,
    termination: Termination,
    wall_time: float,
    version: str,
    details: dict[str, Any] | None = None,
    nodes: int = 0,
) -> Result:
    """A Result of ``method`` on ``problem``, certified by the numpy re-check."""
    parameters = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    if weights is None:
        status = SolutionStatus.INFEASIBLE if termination is Termination.INFEASIBLE else SolutionStatus.NO_SOLUTION
    else:
        status = SolutionStatus.OPTIMAL if termination is Termination.OPTIMAL else SolutionStatus.FEASIBLE
    pre, post = ([], []) if weights is None else weights.trace(problem.dataset.x)[:2]
    result = Result(
        termination=termination,
        solution_status=status,
        objective=objective if weights is not None else math.inf,
        bound=bound,
        wall_time=wall_time,
        nodes=nodes,
        solver=method,
        solver_version=version,
        problem=spec_for(problem, parameters, method),
        weights=weights,
        pre_activations=list(pre),
        post_activations=list(post),
        details=details or {},
    )
    result.certificate = certify(result, problem.dataset)
    return result


def require_one_hidden_scalar(problem: TrainingProblem, method: str) -> None:
    arch = problem.architecture
    if arch.n_hidden_layers != 1 or arch.n_outputs != 1:
        raise InputError(
            f"{method} needs one hidden layer and a scalar output "
            f"(this network: {arch.n_hidden_layers} hidden layers, {arch.n_outputs} outputs)"
        )
