"""Solve a plan's parts one after another, each with the best objective so far as its cutoff.

Each part proves its own bound (a part cut off is within the gap of the best found; a part not
finished keeps its solver's dual bound; a part never started keeps the trivial bound 0 of a
nonnegative objective); the plan's bound is the smallest of them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from ..backends import Backend, Progress, SolveOptions
from ..errors import ReluOptError
from ..network import zero_network_objective
from ..results import Result, Termination
from ..reformulations.symmetry import sort_neurons
from .plan import Part, Plan, build_part
from .single import lower_for, resolve_tolerances, solve_model
from .tightening import tighten
from .warm_start import LocalSearchResult

FINISHED = (Termination.OPTIMAL, Termination.CUTOFF)
OBBT_SHARE = 0.1  # at most this share of the remaining time goes to bound tightening
TOO_LATE = 0.05  # seconds: a part that would start with less time left is not started


class Clock:
    """Wall time since a solve started, against its time limit (None: no limit)."""

    def __init__(self, limit: float | None) -> None:
        self.start = time.perf_counter()
        self.limit = limit

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def remaining(self) -> float | None:
        return None if self.limit is None else self.limit - self.elapsed()

    def out_of_time(self, margin: float = TOO_LATE) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= margin


@dataclass
class PartOutcome:
    """What one part's solve proved (in the plan's units)."""

    part: Part
    termination: Termination = Termination.TIME_LIMIT  # until solved: not started in time
    bound: float = 0.0  # loss and penalty are nonnegative: 0 bounds a part never started
    record: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"part": self.part.label, "termination": self.termination.value, **self.record}


@dataclass
class PartsOutcome:
    parts: list[PartOutcome]
    best: Result | None  # the best part result, if one beat the warm start
    nodes: int
    logs: list[str]
    model_size: dict[str, int]  # of the last model built

    @property
    def finished(self) -> bool:
        return all(p.termination in FINISHED for p in self.parts)

    @property
    def bound(self) -> float:
        return min(p.bound for p in self.parts)

    @property
    def termination(self) -> Termination:
        unfinished = [p.termination for p in self.parts if p.termination not in FINISHED]
        return unfinished[0] if unfinished else Termination.OPTIMAL


def solve_parts(
    plan: Plan, backend: Backend, options: SolveOptions, clock: Clock, warm: LocalSearchResult | None,
    estimate: float | None = None,
) -> PartsOutcome:
    """Solve each part with the best objective so far as cutoff (tightening its bounds with it,
    if the plan asks); ``options.progress`` sees the whole run's clock and node count.
    ``estimate``: the optimum's rough size for the solver's numerics when nothing is found yet."""
    best_value = warm.objective if warm is not None else math.inf
    best: Result | None = None
    outcomes: list[PartOutcome] = []
    nodes, logs, size = 0, [], {}
    trivial = zero_network_objective(plan.problem.dataset.y, plan.problem.loss)
    for part in plan.parts:
        outcome = PartOutcome(part)
        outcomes.append(outcome)
        if clock.out_of_time():
            continue  # out of time: not even built (building a large part takes seconds)
        seconds = build_seconds(plan)
        remaining = clock.remaining()
        if remaining is not None and seconds > remaining:
            outcome.record = {"not_built": f"building one takes about {seconds:.0f} s, {max(remaining, 0):.0f} s were left"}
            continue
        tightened = report = None
        if plan.tightening and math.isfinite(best_value):
            remaining = clock.remaining()
            budget = 30.0 if remaining is None else OBBT_SHARE * remaining
            tightened, report = tighten(plan.problem, part.signs, best_value, budget)
        training = build_part(plan, part, tightened)
        if clock.out_of_time():
            continue
        if len(plan.parts) == 1 and warm is not None:
            _load_warm_start(training, warm.weights)
        lowered = lower_for(training, backend)
        size = lowered.size()
        asked = resolve_tolerances(options, lowered, trivial)
        cutoff = None
        if len(plan.parts) > 1 and math.isfinite(best_value):
            # Prove only improvements beyond the gap: a class cut off is within it.
            cutoff = best_value - max(asked.abs_gap, asked.rel_gap * abs(best_value))
        part_options = replace(
            options, time_limit=clock.remaining(), cutoff=cutoff,
            progress=_offset_progress(options.progress, clock.elapsed(), nodes, best_value),
        )
        known = best_value if math.isfinite(best_value) else estimate
        try:
            result = solve_model(training, backend, part_options, lowered, objective_estimate=known)
        except ReluOptError:
            raise  # refusals (licence size, capabilities) are the user's to see
        except Exception as exc:  # a solver failure ("error in LP solver!"): this part proves nothing
            outcome.termination = Termination.NUMERICAL_ERROR
            outcome.record = {"error": f"{type(exc).__name__}: {exc}", "model_size": size}
            continue
        nodes += result.nodes
        logs.append(f"==== part {part.label} ====\n{result.log}")
        outcome.termination, outcome.bound = result.termination, result.bound
        outcome.record = {
            "cutoff": cutoff,
            "objective": result.solver_objective if result.weights is not None else math.inf,
            "bound": result.bound,
            "nodes": result.nodes,
            "seconds": result.wall_time,
            "model_size": size,
        }
        if report is not None:
            outcome.record["bound_tightening"] = report.to_dict()
        cert = result.certificate
        if result.weights is not None and cert.max_domain_violation == 0:
            outcome.record["recomputed"] = cert.recomputed_objective
            if cert.recomputed_objective < best_value or (best is None and warm is None):
                best_value, best = cert.recomputed_objective, result
    return PartsOutcome(outcomes, best, nodes, logs, size)


BUILD_SECONDS_PER_RELU = 4e-4
"""Building and lowering a model took 0.34-0.40 ms per ReLU (point x hidden neuron), measured
with 1,000 and 4,000 points (strong and plain, big-M): a part that would take longer than the
time left is not started, so a time limit also bounds model building (a 2-million-point CSV with
--time-limit 5 ran for over 10 minutes before)."""


def build_seconds(plan: Plan) -> float:
    """The expected time to build and lower one part of ``plan``."""
    problem = plan.problem
    return BUILD_SECONDS_PER_RELU * problem.dataset.n_points * sum(problem.architecture.hidden)


def _load_warm_start(training, weights) -> None:
    """Offer the local-search network to the solver (sorted to satisfy symmetry ordering)."""
    if hasattr(training.model, "neuron_order"):
        weights = sort_neurons(weights)
    try:
        training.load_network(weights)
    except ValueError:
        pass  # the network does not fit this model (another sign class): no start


def _offset_progress(
    report: Callable[[Progress], None] | None, elapsed: float, nodes: int, incumbent: float
) -> Callable[[Progress], None] | None:
    """Progress of one part shown on the whole run's clock and node count."""
    if report is None:
        return None

    def shifted(progress: Progress) -> None:
        report(
            Progress(
                elapsed=elapsed + progress.elapsed,
                nodes=nodes + progress.nodes,
                incumbent=min(progress.incumbent, incumbent),
                bound=progress.bound,
            )
        )

    return shifted


__all__ = ["Clock", "PartOutcome", "PartsOutcome", "solve_parts"]
