"""Differential testing: tiny random instances, every route that applies, and the two checks that
a certificate must survive whatever route made it.

1. **Soundness**: no route's proven bound exceeds another route's re-checked loss (the exact
   objective of real weights in the domain). A violation is a false certificate somewhere.
2. **Agreement**: routes that both claim a global optimum have overlapping certified intervals.

Instances vary what breaks solvers: 3-7 points, 1-2 inputs, width 1-2, biases on or off, box
1-5, duplicate points, collinear points, weight decay, and data scaled by 1e-3, 1 or 1e3 (each
bias bound scaled with it, so the problem is the same up to the scale). Routes: the strong
formulation on SCIP (the default), the plain model on SCIP, the strong formulation on Gurobi
(where its licence takes the model), exact enumeration (box) and the convex reformulation
(weight decay).

    relu-opt differential --instances 200 --seed 0 --out differential.json
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ..api import train
from ..backends import BACKENDS, SolveOptions
from ..data import Dataset
from ..errors import ReluOptError
from ..results import OPTIMALITY_GAP, ZERO_LEVEL, Result

SCALES = (1e-3, 1.0, 1e3)
TOLERANCE = 1e-9
"""Slack of both checks, relative to max(value, ZERO_LEVEL x the zero network's objective):
rounding of objectives computed in double precision, far below any certified gap (1e-6)."""


@dataclass(frozen=True)
class Instance:
    name: str
    dataset: Dataset
    hidden: tuple[int, ...]
    options: dict[str, Any]  # keywords of relu_opt.train: domain, biases

    @property
    def has_decay(self) -> bool:
        return self.options.get("weight_decay") is not None


def random_instance(seed: int) -> Instance:
    """A tiny instance drawn from ``seed`` (the same seed, the same instance, on any machine)."""
    rng = np.random.default_rng(seed)
    n_points, n_inputs, width = int(rng.integers(3, 8)), int(rng.integers(1, 3)), int(rng.integers(1, 3))
    x = rng.uniform(-2, 2, (n_points, n_inputs)).round(3)
    shape = rng.choice(["generic", "duplicates", "collinear"])
    if shape == "duplicates" and n_points >= 4:
        x[-1], x[-2] = x[0], x[1]
    elif shape == "collinear" and n_inputs == 2:
        direction = rng.uniform(-1, 1, 2)
        x = (np.linspace(-1.5, 1.5, n_points)[:, None] * direction).round(3)
    y = (np.abs(x @ rng.uniform(-1, 1, n_inputs)) - 0.5 + rng.normal(0, 0.3, n_points)).round(4)[:, None]
    scale = float(rng.choice(SCALES))
    options: dict[str, Any] = {}
    biases = rng.random() >= 0.35
    if not biases:
        options.update(hidden_bias=False, output_bias=False)
    if rng.random() < 0.2 and biases:
        options["weight_decay"] = float(rng.choice([0.05, 0.2])) * scale**2  # same problem at every scale
    else:
        bound = float(rng.choice([1.0, 2.0, 5.0]))
        options.update(bound=bound, bias_bound=bound * scale)
    name = f"rand-{seed}-N{n_points}-n{n_inputs}-m{width}-{shape}-s{scale:g}"
    return Instance(name, Dataset(x * scale, y * scale, name=name), (width,), options)


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
        Route("enumeration", _method_route("enumeration"), lambda i: not i.has_decay),
        Route("convex", _method_route("convex"), lambda i: i.has_decay and _has("cvxpy")),
    )
}


@dataclass
class Outcome:
    route: str
    verdict: str
    lower: float
    upper: float
    trivial: float
    seconds: float
    error: str = ""

    @property
    def proven(self) -> bool:
        return self.verdict == "global_optimum"

    @property
    def has_weights(self) -> bool:
        return math.isfinite(self.upper) and self.verdict not in ("rejected", "crashed")


@dataclass
class InstanceReport:
    name: str
    outcomes: list[Outcome]
    problems: list[str] = field(default_factory=list)  # soundness or agreement violations
    agreements: int = 0  # pairs of proven routes whose intervals overlap


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
        except ReluOptError as exc:  # refused (licence size, method limits): not a finding
            outcomes.append(Outcome(name, "refused", 0.0, math.inf, math.nan, time.perf_counter() - begin, str(exc)))
            continue
        except Exception as exc:  # a crash is a finding: recorded, and the harness goes on
            outcomes.append(Outcome(name, "crashed", 0.0, math.inf, math.nan, time.perf_counter() - begin,
                                    f"{type(exc).__name__}: {exc}"))
            continue
        cert = result.certificate
        outcomes.append(Outcome(name, cert.verdict.value, cert.lower, cert.upper, cert.trivial, time.perf_counter() - begin))
    return check(instance.name, outcomes)


def check(name: str, outcomes: list[Outcome]) -> InstanceReport:
    report = InstanceReport(name, outcomes)
    for a in outcomes:
        if a.verdict == "rejected":
            report.problems.append(f"{a.route}: its certificate was rejected by the re-check")
        if a.verdict == "crashed":
            report.problems.append(f"{a.route} crashed: {a.error}")
        for b in outcomes:
            if a is b or not b.has_weights or a.verdict in ("refused", "crashed"):
                continue
            slack = TOLERANCE * max(b.upper, ZERO_LEVEL * b.trivial)
            if a.lower > b.upper + slack:
                report.problems.append(
                    f"{a.route} proved the bound {a.lower:.12g}, but {b.route}'s weights have the exact "
                    f"objective {b.upper:.12g}: a false bound"
                )
    proven = [o for o in outcomes if o.proven]
    for i, a in enumerate(proven):
        for b in proven[i + 1:]:
            slack = TOLERANCE * max(a.upper, b.upper, ZERO_LEVEL * a.trivial)
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


def run_differential(
    count: int, seed: int = 0, routes: list[str] | None = None, time_limit: float = 30.0,
    progress: Callable[[InstanceReport], None] | None = None,
) -> tuple[list[InstanceReport], dict[str, Any]]:
    """``count`` random instances (seeds ``seed .. seed + count - 1``) through ``routes``."""
    chosen = list(routes or ROUTES)
    reports = []
    for k in range(count):
        report = run_routes(random_instance(seed + k), chosen, time_limit)
        reports.append(report)
        if progress is not None:
            progress(report)
    return reports, summarize(reports)
