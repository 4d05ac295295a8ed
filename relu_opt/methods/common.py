"""What every method shares: its Result, in the same form and with the same certificate."""

from __future__ import annotations

from typing import Any

from ..bounds import parameter_bounds
from ..certify import certified_result
from ..errors import InputError
from ..formulation import TrainingProblem
from ..network import Weights
from ..results import Result, Termination
from ..solving.single import spec_for


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
    return certified_result(
        dataset=problem.dataset,
        spec=spec_for(problem, parameters, method),
        termination=termination,
        solver_objective=objective,
        bound=bound,
        weights=weights,
        solver=method,
        solver_version=version,
        wall_time=wall_time,
        nodes=nodes,
        details=details,
    )


def require_one_hidden_scalar(problem: TrainingProblem, method: str) -> None:
    arch = problem.architecture
    if arch.n_hidden_layers != 1 or arch.n_outputs != 1:
        raise InputError(
            f"{method} needs one hidden layer and a scalar output "
            f"(this network: {arch.n_hidden_layers} hidden layers, {arch.n_outputs} outputs)"
        )
