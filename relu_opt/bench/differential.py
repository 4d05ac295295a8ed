"""Differential testing: tiny random instances, every route that applies, and the two checks that
a certificate must survive whatever route made it.

1. **Soundness**: no route's proven bound exceeds another route's re-checked loss (the exact
   objective of real weights in the domain). A violation is a false certificate somewhere.
2. **Agreement**: routes that both claim a global optimum have overlapping certified intervals.

Instances vary what breaks solvers: 3-7 points, 1-2 inputs, width 1-2, biases on or off, box
1-5, duplicate points, collinear points, weight decay, and data scaled by 1e-3, 1 or 1e3 (each
bias bound scaled with it, so the problem is the same up to the scale). Routes: the strong
formulation on SCIP (the default), the plain model on SCIP, the strong formulation on Gurobi
(where its licence takes the model), exact enumeration (box), the convex reformulation
(weight decay) and the split floor (vector outputs, box: scalar problems along rotated output
axes, a lower bound that must stay below every route's network).

    relu-opt differential --instances 200 --seed 0 --out differential.json
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable


from ..api import define_problem, train
from ..backends import BACKENDS, SolveOptions
from ..errors import ReluOptError, SolverRefusedError
from ..results import OPTIMALITY_GAP, ZERO_LEVEL, Result
from ..solving.output_split import split_floor_applies
from .tiny_instances import Instance, random_instance, realistic_instance
from .exact_objective import exact_objective

TOLERANCE = 1e-9
"""Slack of both checks, relative to max(value, ZERO_LEVEL x the zero network's objective):
rounding of objectives computed in double precision, far below any certified gap (1e-6)."""


@dataclass(frozen=True)
class Route:
    name: str
    run: Callable[[Instance, float], Result]
    applies: Callable[[Instance], bool]


def _solver_route(formulation: str, solver: str) -> Callable[[Instance, float], Result]:
    def run(instance: Instance, time_limit: float) -> Result:
        return train(instance.dataset, instance.hidden, solver=solver, formulation=formulation,
                     options=SolveOptions(time_limit=time_limit), **instance.options)
    return run


def _method_route(method: str) -> Callable[[Instance, float], Result]:
    def run(instance: Instance, time_limit: float) -> Result:
        return train(instance.dataset, instance.hidden, method=method,
                     options=SolveOptions(time_limit=time_limit), **instance.options)
    return run


def _available(solver: str) -> bool:
    return BACKENDS[solver].unavailable_reason() is None


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


ROUTES: dict[str, Route] = {
    r.name: r
    for r in (
        Route("strong/scip", _solver_route("strong", "scip"), lambda i: _available("scip")),
        Route("plain/scip", _solver_route("plain", "scip"), lambda i: _available("scip")),
        Route("strong/gurobi", _solver_route("strong", "gurobi"), lambda i: _available("gurobi")),
        Route("enumeration", _method_route("enumeration"), lambda i: not i.has_decay and i.scalar_output),
        Route("convex", _method_route("convex"),
              lambda i: i.has_decay and not i.has_box and i.scalar_output and i.loss == "squared" and _has("cvxpy")),
        Route("split-floor", _method_route("split-floor"),
              lambda i: _available("scip") and split_floor_applies(define_problem(i.dataset, i.hidden, **i.options))),
    )
}


@dataclass
class Outcome:
    route: str
    verdict: str
    lower: float
    upper: float
    route_reference: float  # the route's own certificate scale (its reference objective)
    seconds: float
    error: str = ""
    exact: float = math.inf  # the returned network's objective in exact rational arithmetic

    @property
    def proven(self) -> bool:
        return self.verdict == "global_optimum"

    @property
    def has_weights(self) -> bool:
        return math.isfinite(self.upper) and self.verdict not in ("rejected", "crashed")

    @property
    def best_upper(self) -> float:
        """The least objective this route's network is known to have (exact where computed)."""
        return min(self.upper, self.exact)


@dataclass
class InstanceReport:
    name: str
    outcomes: list[Outcome]
    problems: list[str] = field(default_factory=list)  # soundness or agreement violations
    agreements: int = 0  # pairs of proven routes whose intervals overlap
    reference: float = math.nan  # the harness's own scale for judging verdicts


MUST_TAKE = ("strong/scip", "plain/scip")  # routes that take every valid instance


def run_routes(instance: Instance, routes: list[str], time_limit: float) -> InstanceReport:
    """Every applicable route on ``instance``, then both checks on their results."""
    outcomes = []
    for name in routes:
        route = ROUTES[name]
        if not route.applies(instance):
            continue
        begin = time.perf_counter()
        try:
            result = route.run(instance, time_limit)
        except SolverRefusedError as exc:  # the licence's size limit: not a finding
            outcomes.append(Outcome(name, "refused", 0.0, math.inf, math.nan, time.perf_counter() - begin, str(exc)))
            continue
        except ReluOptError as exc:  # a method's limits; a finding on the default route (below)
            outcomes.append(Outcome(name, "refused", 0.0, math.inf, math.nan, time.perf_counter() - begin, str(exc)))
            continue
        except Exception as exc:  # a crash is a finding: recorded, and the harness goes on
            outcomes.append(Outcome(name, "crashed", 0.0, math.inf, math.nan, time.perf_counter() - begin,
                                    f"{type(exc).__name__}: {exc}"))
            continue
        cert = result.certificate
        exact = math.inf
        if result.weights is not None and cert.verdict.value != "rejected":
            coefficients = result.problem.penalty_coefficients(len(result.weights.layers))
            exact = float(exact_objective(result.weights, instance.dataset.x, instance.dataset.y,
                                          result.problem.loss, coefficients))
        outcomes.append(Outcome(name, cert.verdict.value, cert.lower, cert.upper, cert.reference,
                                time.perf_counter() - begin, exact=exact))
    return check(instance.name, outcomes, instance.reference())


def check(name: str, outcomes: list[Outcome], reference: float = math.nan) -> InstanceReport:
    """The checks a set of route outcomes must pass (see the module docstring); ``reference``:
    the harness's own scale (:meth:`Instance.reference`) for the verdict check."""
    report = InstanceReport(name, outcomes, reference=reference)
    for a in outcomes:
        if a.verdict == "rejected":
            report.problems.append(f"{a.route}: its certificate was rejected by the re-check")
        if a.verdict == "crashed":
            report.problems.append(f"{a.route} crashed: {a.error}")
        if a.verdict == "refused" and a.route in MUST_TAKE and "licen" not in a.error:
            # every instance here is a valid problem: the default route must take it (a
            # constant label column made the solve refuse its own reduced problem once)
            report.problems.append(f"{a.route} refused a valid instance: {a.error}")
        for b in outcomes:
            if a is b or not b.has_weights or a.verdict in ("refused", "crashed"):
                continue
            scale = b.route_reference if math.isnan(reference) else reference
            slack = TOLERANCE * max(b.best_upper, ZERO_LEVEL * scale)
            if a.lower > b.best_upper + slack:
                report.problems.append(
                    f"{a.route} proved the bound {a.lower:.12g}, but {b.route}'s weights have the exact "
                    f"objective {b.best_upper:.12g}: a false bound"
                )
            if a.proven and not math.isnan(reference):
                # A global optimum within OPTIMALITY_GAP: no route's network may beat it by more.
                allowed = OPTIMALITY_GAP * max(a.upper, ZERO_LEVEL * reference) + slack
                if a.upper - b.best_upper > allowed:
                    report.problems.append(
                        f"{a.route} claims the global optimum {a.upper:.12g}, but {b.route}'s weights have "
                        f"the objective {b.best_upper:.12g}: a false verdict"
                    )
    proven = [o for o in outcomes if o.proven]
    for i, a in enumerate(proven):
        for b in proven[i + 1:]:
            slack = TOLERANCE * max(a.upper, b.upper, ZERO_LEVEL * a.route_reference)
            if max(a.lower, b.lower) <= min(a.upper, b.upper) + slack:
                report.agreements += 1
            else:
                report.problems.append(
                    f"{a.route} [{a.lower:.12g}, {a.upper:.12g}] and {b.route} [{b.lower:.12g}, {b.upper:.12g}] "
                    "both claim the optimum and do not overlap"
                )
    return report


def summarize(reports: list[InstanceReport]) -> dict[str, Any]:
    runs = [o for r in reports for o in r.outcomes]
    verdicts: dict[str, dict[str, int]] = {}
    for o in runs:
        verdicts.setdefault(o.route, {}).setdefault(o.verdict, 0)
        verdicts[o.route][o.verdict] += 1
    return {
        "instances": len(reports),
        "runs": len(runs),
        "proven_runs": sum(o.proven for o in runs),
        "agreements": sum(r.agreements for r in reports),
        "bound_checks": sum(
            1 for r in reports for a in r.outcomes for b in r.outcomes
            if a is not b and b.has_weights and a.verdict not in ("refused", "crashed")
        ),
        "problems": [f"{r.name}: {p}" for r in reports for p in r.problems],
        "verdicts_by_route": verdicts,
        "optimality_gap": OPTIMALITY_GAP,
    }


GENERATORS: dict[str, Callable[[int], Instance]] = {
    "tidy": random_instance,
    "realistic": realistic_instance,
}
"""tidy: rounded, centred random data; realistic: one real-data shape each (``data_shapes.py``)."""


def run_differential(
    count: int, seed: int = 0, routes: list[str] | None = None, time_limit: float = 30.0,
    progress: Callable[[InstanceReport], None] | None = None, kind: str = "tidy",
) -> tuple[list[InstanceReport], dict[str, Any]]:
    """``count`` instances of ``kind`` (seeds ``seed .. seed + count - 1``) through ``routes``."""
    chosen = list(routes or ROUTES)
    generate = GENERATORS[kind]
    reports = []
    for k in range(count):
        report = run_routes(generate(seed + k), chosen, time_limit)
        reports.append(report)
        if progress is not None:
            progress(report)
    return reports, summarize(reports)
