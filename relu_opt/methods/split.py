"""The split floor alone (``--method split-floor``): a lower bound for a vector-output problem
from the scalar problems along rotated output axes (``solving/output_split.py``), each solved by
the default route, with the better of a local search's network and the scalar solutions' hidden
layers refitted to every output as its incumbent.

The default route runs the same floor before the anchor classes where their direction trees do not
reach; this method runs it on any vector-output problem it applies to, on its own, within the time
limit (it stops earlier once the rotations stop raising the floor): a second route for the
differential harness and a quick bound for large instances.
"""

from __future__ import annotations

import time

from ..backends import DEFAULT_BACKEND, SolveOptions, get_backend
from ..bounds import parameter_bounds
from ..errors import InputError
from ..formulation import TrainingProblem
from ..results import Result, Termination
from ..solving.output_split import MAX_WIDTH, scalar_options, split_floor, split_floor_applies
from ..solving.pipeline import solve
from ..solving.warm_start import local_search
from .common import method_result

NAME = "split-floor"


def solve_split_floor(problem: TrainingProblem, time_limit: float | None = None, seed: int = 0) -> Result:
    """The split floor's bound and the best network found on the way (certified by the numpy
    re-check like every Result; a global optimum only where the two meet)."""
    if not split_floor_applies(problem):
        arch, domain = problem.architecture, problem.domain
        found = (f"{arch.n_outputs} output(s), hidden layers {list(arch.hidden)}, {problem.loss} loss, "
                 f"{'a box' if domain.box is not None else 'no box'}{', weight decay' if domain.decay else ''}")
        raise InputError(
            f"{NAME} needs two or more outputs, one hidden layer of at most {MAX_WIDTH} neurons, the squared "
            f"loss and a weight box without weight decay (this problem: {found})"
        )
    begin = time.perf_counter()
    backend = get_backend(DEFAULT_BACKEND)
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    warm = local_search(problem.dataset, problem.architecture, bounds, problem.loss, seed=seed,
                        time_budget=None if time_limit is None else 0.1 * time_limit)

    def solve_scalar(scalar: TrainingProblem, limit: float | None) -> Result:
        return solve(scalar, backend, scalar_options(SolveOptions(seed=seed), limit))

    left = None if time_limit is None else max(time_limit - (time.perf_counter() - begin), 0.0)
    found = split_floor(problem, solve_scalar, warm.objective, left)
    network, objective = (found.network, found.objective) if found.network is not None else (warm.weights, warm.objective)
    details = {"split_floor": found.record(), "warm_start": {"objective": warm.objective, "seconds": warm.seconds}}
    return method_result(problem, NAME, network, objective, found.bound, Termination.BOUND_ONLY,
                         time.perf_counter() - begin, backend.version(), details)


__all__ = ["NAME", "solve_split_floor"]
