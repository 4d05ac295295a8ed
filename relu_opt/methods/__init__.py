"""The other routes to a global optimum or a bound, each returning the same certified Result.

| method | what it gives | where it applies |
|---|---|---|
| minlp | certified optimum (the default route, ``relu_opt.solving``) | everywhere |
| convex | exact convex reformulation: optimum, or a lower bound for every width | 1 hidden layer, scalar output, weight decay |
| sampled | randomized relaxation (Gaussian gates): an upper bound | same |
| gated | gated-ReLU relaxation read as ReLU weights: a heuristic | same |
| enumeration | exact enumeration of signs and patterns (one QP each) | 1 hidden layer, scalar output, box; tiny data |
| nuclear | nuclear-norm sequential convex heuristic for exact fits | 1 hidden layer with biases, box |
| split-floor | a lower bound from scalar problems along rotated output axes, and an incumbent | 1 hidden layer (width <= 4), vector output, box |

Enumeration (the exact oracle) runs on data rescaled to unit magnitude
(``reformulations/data_scaling.py``) and is certified on the user's data; the weight-decay
methods are scale-covariant only with a coefficient per parameter group, which the convex
program does not take, so they run as given, with tolerances relative to the data's scale; the
heuristics prove no bound, so no certificate depends on their tolerances.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..certify import certified_result
from ..errors import InputError
from ..formulation import TrainingProblem
from ..reformulations.normalizing import Normalizing
from ..results import Result
from .convex import solve_convex, solve_gated
from .enumeration import solve_enumeration
from .nuclear import solve_nuclear


@dataclass(frozen=True)
class Method:
    name: str
    gives: str  # one line for --help and README
    run: Callable[..., Result]  # (problem, **parameters) -> Result in the problem's units
    scaled: bool  # solved on data rescaled to unit magnitude (box methods)


METHODS: dict[str, Method] = {
    m.name: m
    for m in (
        Method("convex", "exact convex reformulation (weight decay)",
               lambda problem, **kw: solve_convex(problem), scaled=False),
        Method("sampled", "randomized relaxation with Gaussian gates (an upper bound)",
               lambda problem, samples=100, seed=0, **kw: solve_convex(problem, "sampled", samples, seed), scaled=False),
        Method("gated", "gated-ReLU relaxation read as ReLU weights (a heuristic)",
               lambda problem, samples=100, seed=0, **kw: solve_gated(problem, samples, seed), scaled=False),
        Method("enumeration", "all sign and pattern choices, one QP each (tiny data, box)",
               lambda problem, time_limit=None, **kw: solve_enumeration(problem, time_limit=time_limit), scaled=True),
        Method("nuclear", "nuclear-norm heuristic for exact fits (box)",
               lambda problem, iterations=30, init="random", seed=0, **kw: solve_nuclear(problem, iterations, init, seed),
               scaled=False),  # a heuristic: no bound, so no certificate depends on its tolerances
        Method("split-floor", "a bound from scalar problems along rotated output axes (vector outputs, box)",
               lambda problem, time_limit=None, seed=0, **kw: _split_floor(problem, time_limit, seed),
               scaled=False),  # its scalar solves are the default route, which scales its own data
    )
}
METHOD_CHOICES = ("minlp", *METHODS)


def _split_floor(problem: TrainingProblem, time_limit: float | None, seed: int) -> Result:
    # Imported here: it runs the solving pipeline, which imports methods.arrangements (a cycle
    # if this package imported it at load time).
    from .split import solve_split_floor

    return solve_split_floor(problem, time_limit, seed)


def check_parameters(samples: int = 100, iterations: int = 30, time_limit: float | None = None, **_: Any) -> None:
    """Refuse impossible method options before any work."""
    if samples < 1:
        raise InputError(f"--samples must be at least 1, got {samples}")
    if iterations < 1:
        raise InputError(f"--iterations must be at least 1, got {iterations}")
    if time_limit is not None and not (time_limit > 0):
        raise InputError(f"impossible time limit: {time_limit}")


def run_method(name: str, problem: TrainingProblem, **parameters: Any) -> Result:
    """Run method ``name``; box methods on rescaled data, mapped back and certified on the
    user's own data."""
    method = METHODS.get(name)
    if method is None:
        raise InputError(f"unknown method {name!r}; choose from {', '.join(METHOD_CHOICES)}")
    check_parameters(**parameters)
    if not method.scaled:
        return method.run(problem, **parameters)
    normalizing = Normalizing.of(problem)
    inner = method.run(normalizing.reduce(problem), **parameters)
    return _in_user_units(inner, normalizing, problem)


def _in_user_units(result: Result, scaling: Normalizing, problem: TrainingProblem) -> Result:
    from ..bounds import parameter_bounds
    from ..solving.single import spec_for

    factor = scaling.objective_factor
    weights = None if result.weights is None else scaling.retrieve(result.weights)
    parameters = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    details = dict(result.details)
    details["scaling"] = scaling.describe()
    return certified_result(
        dataset=problem.dataset,
        spec=spec_for(problem, parameters, result.problem.formulation),
        termination=result.termination,
        solver_objective=result.solver_objective * factor if weights is not None else math.inf,
        bound=result.bound * factor,
        weights=weights,
        solver=result.solver,
        solver_version=result.solver_version,
        wall_time=result.wall_time,
        nodes=result.nodes,
        details=details,
    )


__all__ = ["METHODS", "METHOD_CHOICES", "Method", "check_parameters", "run_method"]
