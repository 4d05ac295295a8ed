"""The other routes to a global optimum or a bound, each returning the same Result form.

| method | what it gives | where it applies |
|---|---|---|
| minlp | certified optimum (the default route, see strategy.py) | everywhere |
| convex | exact convex reformulation: optimum, or a lower bound for every width | 1 hidden layer, scalar output, weight decay |
| sampled | randomized relaxation (Gaussian gates): an upper bound | same |
| gated | gated-ReLU relaxation read as ReLU weights: a heuristic | same |
| enumeration | exact enumeration of signs and patterns (one QP each) | 1 hidden layer, scalar output, box; tiny data |
| nuclear | nuclear-norm sequential convex heuristic for exact fits | 1 hidden layer with biases, box |
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..formulation import TrainingProblem
from ..results import Result
from .convex import solve_convex, solve_gated
from .enumeration import solve_enumeration
from .nuclear import solve_nuclear

METHODS: dict[str, Callable[..., Result]] = {
    "convex": lambda problem, **kw: solve_convex(problem),
    "sampled": lambda problem, samples=100, seed=0, **kw: solve_convex(problem, "sampled", samples, seed),
    "gated": lambda problem, samples=100, seed=0, **kw: solve_gated(problem, samples, seed),
    "enumeration": lambda problem, **kw: solve_enumeration(problem),
    "nuclear": lambda problem, iterations=30, init="random", seed=0, **kw: solve_nuclear(problem, iterations, init, seed),
}


def run_method(name: str, problem: TrainingProblem, **parameters: Any) -> Result:
    from ..errors import InputError

    if name not in METHODS:
        raise InputError(f"unknown method {name!r}; choose from minlp, {', '.join(METHODS)}")
    return METHODS[name](problem, **parameters)


__all__ = ["METHODS", "run_method"]
