"""The strongest valid formulation, assembled from steps that can each be switched off.

Steps (each measured in the benchmark, see README):
1. warm start: multi-start projected Adam (``warmstart.py``) gives an incumbent and a cutoff;
2. sign normalization where it is exact (one hidden layer, scalar output; see
   ``reformulations/sign_normalized.py``): no bilinear terms are left;
3. sign split: one model per sign class (k positive output weights, k = 0..m; neurons of one
   sign are interchangeable, so classes are all that matter), the most promising class first,
   every class with the best objective so far as a cutoff. Classes prove their bounds
   independently; the overall bound is the smallest of them;
4. symmetry: ordering constraints between interchangeable neurons (off by default: measured to
   help some classes and hurt others, see the issue-3 note);
5. bound tightening (OBBT) of each sign class's pre-activations, given its cutoff.
Vector outputs (one hidden layer, box) get anchor normalization instead of sign normalization
(``reformulations/output_normalized.py``), with one part per anchor class; outputs whose labels
are all zero are dropped first. Where nothing is exact (deeper networks) the plain model gets
what is valid there: the warm start and optional symmetry ordering.
"""

from __future__ import annotations

import math
import time
from dataclasses import asdict, dataclass, replace
from typing import Any

import numpy as np

from .backends import Progress, SolveOptions, get_backend
from .bounds import parameter_bounds
from .certify import certify
from .formulation import TrainingModel, TrainingProblem, build_model
from .data import Dataset
from .network import Layer, Weights
from .obbt import tighten
from .reformulations.output_normalized import anchor_blocker, anchor_classes, build_anchor_model, network_class
from .reformulations.sign_normalized import build_normalized_model, normalization_blocker
from .reformulations.symmetry import add_neuron_ordering, sort_neurons
from .results import Result, SolutionStatus, Termination
from .solve import lower_for_solver, problem_spec, resolve_tolerances, solve_model
from .warmstart import LocalSearchResult, local_search


@dataclass(frozen=True)
class Strategy:
    normalize: bool = True
    split_signs: bool = True
    warm_start: bool = True
    symmetry: bool = False
    obbt: bool = False  # bound tightening per sign class, given its cutoff (obbt.py)
    starts: int = 32  # local-search starts for the warm start


STRONG = Strategy()
PLAIN = Strategy(normalize=False, split_signs=False, warm_start=False, symmetry=False)
FORMULATIONS = {
    "strong": STRONG,
    "normalized": Strategy(split_signs=False),  # one sign-normalized model, binaries choose signs
    "plain": PLAIN,  # the literal model
}
FINISHED = (Termination.OPTIMAL, Termination.CUTOFF)


# Anchor classes number C(m + 2p - 1, 2p - 1) for width m and p outputs (1,140 for the ETR formulas'
# m = 17, p = 2): past this many, building them alone eats the time and any unsolved one leaves the
# bound at 0, so one plain model (with the warm start) is the better bet.
MAX_ANCHOR_CLASSES = 64


def plan(problem: TrainingProblem, strategy: Strategy, warm: LocalSearchResult | None = None):
    """The parts to solve (classes, or one ``None``), how to build each, and the normalization
    applied: "sign", "anchor", or the reason none applies."""
    arch, domain = problem.architecture, problem.domain
    blocker = normalization_blocker(arch, domain) if strategy.normalize else "not requested"
    if blocker is None:
        parts = _sign_classes(arch.hidden[0], warm) if strategy.split_signs else [None]

        def build(signs, tightened=None):
            return build_normalized_model(problem, signs=signs, symmetry=strategy.symmetry, tightened=tightened)

        return parts, build, "sign"
    if strategy.normalize and anchor_blocker(arch, domain) is None:
        classes = _anchor_classes(problem, warm)
        if len(classes) <= MAX_ANCHOR_CLASSES:
            return classes, lambda anchors, tightened=None: build_anchor_model(problem, anchors), "anchor"
        blocker = f"{len(classes)} anchor classes (more than {MAX_ANCHOR_CLASSES}): one plain model instead"

    def build_plain(_, tightened=None):
        training = build_model(problem)
        if strategy.symmetry:
            add_neuron_ordering(training)
        return training

    return [None], build_plain, blocker


def check_solvable(problem: TrainingProblem, solver: str, strategy: Strategy) -> None:
    """Raise, before any work, if ``solver`` cannot take the models ``strategy`` would build."""
    parts, build, _ = plan(problem, strategy)
    lower_for_solver(build(parts[0]), solver)


def solve_with_strategy(
    problem: TrainingProblem,
    solver: str = "scip",
    options: SolveOptions | None = None,
    strategy: Strategy = STRONG,
) -> Result:
    """Solve to certified optimality with the steps ``strategy`` enables; one combined Result."""
    zero = _zero_outputs(problem)
    if zero and strategy.normalize:
        return _without_zero_outputs(problem, zero, solver, options, strategy)
    options = options or SolveOptions()
    get_backend(solver)
    clock = _Clock(options.time_limit)
    details: dict[str, Any] = {"strategy": asdict(strategy)}
    warm = None
    if strategy.warm_start:
        warm = _warm_start(problem, strategy.starts, options.seed)
        details["warm_start"] = {
            "objective": warm.objective,
            "seconds": warm.seconds,
            "starts": strategy.starts,
            "best_objectives": list(warm.objectives[:5]),
        }
    parts, build, normalization = plan(problem, strategy, warm)
    details["normalization"] = {
        "sign": "applied",
        "anchor": "applied (anchor normalization: each neuron's largest output weight is +-1)",
    }.get(normalization, f"not applied: {normalization}")
    tightening = None
    if strategy.obbt and normalization == "sign":  # OBBT works on sign classes
        tightening = lambda signs, cutoff, budget: tighten(problem, signs, cutoff, budget)  # noqa: E731
    return _solve_parts(parts, build, warm, solver, options, clock, details, tightening)


def _zero_outputs(problem: TrainingProblem) -> list[int]:
    """Outputs whose labels are all zero (never all outputs: then nothing would be left)."""
    y = problem.dataset.y
    zero = [k for k in range(y.shape[1]) if not np.any(y[:, k])]
    return zero if len(zero) < y.shape[1] else []


def _without_zero_outputs(problem, zero, solver, options, strategy) -> Result:
    """Drop outputs whose labels are all zero, solve, and give them zero weights back.

    Exact: zero output weights (and bias) make such an output's loss 0 whatever the hidden
    layers do, and the other outputs do not depend on them (squared and L1 losses add over
    outputs, L-infinity takes a maximum, weight decay only shrinks), so both problems have the
    same optimum. With one output left, sign normalization may apply.
    """
    data, arch = problem.dataset, problem.architecture
    keep = [k for k in range(data.n_outputs) if k not in zero]
    reduced = replace(
        problem,
        dataset=Dataset(data.x, data.y[:, keep], name=data.name, metadata=data.metadata),
        architecture=replace(arch, n_outputs=len(keep)),
    )
    result = solve_with_strategy(reduced, solver, options, strategy)
    if result.weights is not None:
        last = result.weights.layers[-1]
        weight = np.zeros((data.n_outputs, last.weight.shape[1]))
        weight[keep] = last.weight
        bias = None
        if last.bias is not None:
            bias = np.zeros(data.n_outputs)
            bias[keep] = last.bias
        result.weights = Weights((*result.weights.layers[:-1], Layer(weight, bias)))
    result.problem = replace(
        result.problem,
        architecture=arch.describe(),
        formulation=f"{result.problem.formulation}, zero outputs {[k + 1 for k in zero]} dropped",
        data={**result.problem.data, "n_outputs": data.n_outputs},
    )
    result.details["zero_outputs_dropped"] = [k + 1 for k in zero]
    result.certificate = certify(result, data)
    return result


def _warm_start(problem: TrainingProblem, starts: int, seed: int) -> LocalSearchResult:
    decay = problem.domain.decay
    return local_search(
        problem.dataset,
        problem.architecture,
        parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss),
        problem.loss,
        decay=None if decay is None else decay.lam,
        decay_biases=True if decay is None else decay.include_biases,
        starts=starts,
        seed=seed,
    )


def _anchor_classes(problem: TrainingProblem, warm: LocalSearchResult | None) -> list[tuple]:
    """Vector outputs: every anchor class, the warm start's first, then by how many anchors
    they share with it (anchor_normalized.py)."""
    classes = anchor_classes(problem.architecture.hidden[0], problem.architecture.n_outputs)
    if warm is None:
        return classes
    home = network_class(warm.weights)
    shared = lambda c: -sum(min(c.count(a), home.count(a)) for a in set(c))  # noqa: E731
    return sorted(classes, key=lambda c: (c != home, shared(c)))


def _sign_classes(width: int, warm: LocalSearchResult | None) -> list[tuple[int, ...]]:
    """All sign classes (k positive neurons first), the warm start's class first, then by
    distance from it: classes near a good incumbent tend to hold the optimum."""
    k_warm = width
    if warm is not None:
        k_warm = int(np.sum(warm.weights.layers[-1].weight[0] > 0))
    order = sorted(range(width + 1), key=lambda k: (abs(k - k_warm), -k))
    return [tuple([1] * k + [-1] * (width - k)) for k in order]


class _Clock:
    def __init__(self, limit: float | None) -> None:
        self.start = time.perf_counter()
        self.limit = limit

    def elapsed(self) -> float:
        return time.perf_counter() - self.start

    def remaining(self) -> float | None:
        return None if self.limit is None else self.limit - self.elapsed()


@dataclass
class _Part:
    """One model of a strategy (a sign class, or the whole problem) and what its solve proved."""

    signs: tuple[int, ...] | None
    termination: Termination = Termination.TIME_LIMIT  # until solved: not started in time
    bound: float = 0.0  # loss and penalty are nonnegative: 0 bounds a part never started
    record: dict[str, Any] | None = None


OBBT_SHARE = 0.1  # at most this share of the remaining time goes to bound tightening


def _solve_parts(parts, build, warm, solver, options, clock, details, tightening=None) -> Result:
    """Solve each part with the best objective so far as cutoff (tightening its bounds with it,
    if asked); combine into one Result."""
    best_value = warm.objective if warm is not None else math.inf
    best: Result | None = None
    solved: list[_Part] = []
    nodes, logs, training = 0, [], None
    for signs in parts:
        part = _Part(signs)
        solved.append(part)
        remaining = clock.remaining()
        if remaining is not None and remaining <= 0.05 and training is not None:
            continue  # out of time: not even built (building a large part takes seconds)
        tightened = report = None
        if tightening is not None and math.isfinite(best_value):
            budget = 30.0 if remaining is None else OBBT_SHARE * remaining
            tightened, report = tightening(signs, best_value, budget)
            remaining = clock.remaining()
        training = build(signs, tightened)
        if remaining is not None and remaining <= 0.05:
            continue
        cutoff = None
        if len(parts) == 1 and warm is not None:
            _load_warm_start(training, warm.weights)
        problem = lower_for_solver(training, solver)
        part_options = resolve_tolerances(options, problem)
        if len(parts) > 1 and math.isfinite(best_value):
            # Prove only improvements beyond the gap: a class cut off is within it.
            cutoff = best_value - max(part_options.abs_gap, options.rel_gap * abs(best_value))
        part_options = replace(
            part_options, time_limit=remaining, cutoff=cutoff,
            progress=_offset_progress(options.progress, clock.elapsed(), nodes, best_value),
        )
        result = solve_model(training, solver, part_options, problem)
        nodes += result.nodes
        logs.append(f"==== part {'all' if signs is None else signs} ====\n{result.log}")
        part.termination, part.bound = result.termination, max(result.bound, 0.0)
        part.record = {
            "cutoff": cutoff,
            "objective": result.objective,
            "bound": result.bound,
            "nodes": result.nodes,
            "seconds": result.wall_time,
            "model_size": result.problem.model_size,
        }
        if report is not None:
            part.record["bound_tightening"] = report.to_dict()
        cert = result.certificate
        if result.weights is not None and cert.max_domain_violation == 0:
            part.record["recomputed"] = cert.recomputed_objective
            if cert.recomputed_objective < best_value or (best is None and warm is None):
                best_value, best = cert.recomputed_objective, result
    details["parts"] = [
        {"part": _part_label(p.signs), "termination": p.termination.value, **(p.record or {})}
        for p in solved
    ]
    return _combine(best, warm, training, solver, clock, details, solved, nodes, logs)


def _combine(best, warm, training, solver, clock, details, parts, nodes, logs) -> Result:
    """One Result for all parts: the best weights found, the smallest part bound."""
    finished = all(p.termination in FINISHED for p in parts)
    bound = min(p.bound for p in parts)
    if best is not None:
        weights, objective, version = best.weights, best.objective, best.solver_version
        pre, post, spec = best.pre_activations, best.post_activations, best.problem
    else:  # nothing beat the warm start (or nothing was found at all)
        version = get_backend(solver).version()
        weights = None if warm is None else warm.weights
        objective = math.inf if warm is None else warm.objective
        pre, post = ([], []) if weights is None else weights.trace(training.dataset.x)[:2]
        spec = problem_spec(training, details["parts"][0].get("model_size", {}))
    unfinished = [p.termination for p in parts if p.termination not in FINISHED]
    result = Result(
        termination=Termination.OPTIMAL if finished else unfinished[0],
        solution_status=(
            SolutionStatus.NO_SOLUTION
            if weights is None
            else SolutionStatus.OPTIMAL if finished else SolutionStatus.FEASIBLE
        ),
        objective=objective,
        bound=bound,
        wall_time=clock.elapsed(),
        nodes=nodes,
        solver=solver,
        solver_version=version,
        problem=replace(spec, formulation=_formulation_name(details)),
        weights=weights,
        pre_activations=list(pre),
        post_activations=list(post),
        log="\n".join(logs),
        details=details,
    )
    result.certificate = certify(result, training.dataset)
    return result


def _part_label(part) -> str:
    """'++-' for a sign class, 'y1+ y1+ y2-' for an anchor class, 'all' for one model."""
    if part is None:
        return "all"
    if part and isinstance(part[0], tuple):
        return " ".join(f"y{k + 1}{'+' if s > 0 else '-'}" for k, s in part)
    return "".join("+" if s > 0 else "-" for s in part)


def _formulation_name(details: dict[str, Any]) -> str:
    steps = []
    if details["normalization"] == "applied":
        steps.append("sign-normalized")
        if details["strategy"]["split_signs"]:
            steps.append("split by sign class")
    elif details["normalization"].startswith("applied (anchor"):
        steps.append("anchor-normalized, split by anchor class")
    else:
        steps.append("plain")
    if details["strategy"]["warm_start"]:
        steps.append("warm start")
    if details["strategy"]["symmetry"]:
        steps.append("symmetry ordering")
    if details["strategy"]["obbt"] and details["normalization"] == "applied":
        steps.append("bound tightening")
    return ", ".join(steps)


def _load_warm_start(training: TrainingModel, weights: Weights) -> None:
    """Offer the local-search network to the solver (sorted to satisfy symmetry ordering)."""
    if hasattr(training.model, "neuron_order"):
        weights = sort_neurons(weights)
    try:
        training.load_network(weights)
    except ValueError:
        pass  # the network does not fit this model (another sign class): no start


def _offset_progress(report, elapsed: float, nodes: int, incumbent: float):
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
