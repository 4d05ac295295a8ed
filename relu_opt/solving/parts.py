"""Solve a plan's parts one after another, each with the best objective so far as its cutoff.

Each part proves its own bound (a part cut off is within the gap of the best found; a part not
finished keeps its solver's dual bound; a part never started keeps the trivial bound 0 of a
nonnegative objective); the plan's bound is the smallest of them.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Protocol

from ..backends import Backend, Progress, SolveOptions
from ..errors import ReluOptError
from ..results import Result, Termination
from ..reformulations.symmetry import sort_neurons
from .plan import Part, Plan, build_part
from .cell_parts import cells_apply, solve_by_cells
from .pair_scope import pair_tree_applies
from .pair_tree import solve_by_pair_tree
from .direction_parts import solve_by_directions
from .direction_scope import directions_apply
from .class_screen import ScreenBound, screen_bound
from .projected_screen import projected_bound
from .single import lower_for, resolve_tolerances, solve_model
from .tightening import tighten
from .warm_start import LocalSearchResult

FINISHED = (Termination.OPTIMAL, Termination.CUTOFF)
OBBT_SHARE = 0.1  # at most this share of the remaining time goes to bound tightening
SCREEN_SHARE, SCREEN_SECONDS = 0.1, 30.0  # the class screen's budget (it stops at the cutoff)
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


class Board(Protocol):
    """The best objective found by any part so far, shared by parts solved side by side."""

    def best(self) -> float: ...

    def offer(self, value: float) -> None: ...


@dataclass
class PartRun:
    """One part's outcome, its solver's result (None if it was not solved) and its log."""

    outcome: PartOutcome
    result: Result | None = None
    size: dict[str, int] = field(default_factory=dict)
    deferred: Any = None  # its leaves, handed to the caller as units (DeferredLeaves, DeferredCells)


def solve_parts(
    plan: Plan, backend: Backend, options: SolveOptions, clock: Clock, warm: LocalSearchResult | None,
    estimate: float | None = None,
) -> PartsOutcome:
    """Solve each part with the best objective so far as cutoff (tightening its bounds with it,
    if the plan asks); ``options.progress`` sees the whole run's clock and node count.
    ``estimate``: the optimum's rough size for the solver's numerics when nothing is found yet.
    (``parallel.py`` runs them side by side instead.)"""
    best_value = warm.objective if warm is not None else math.inf
    runs: list[PartRun] = []
    nodes = 0
    screens = screen_parts(plan, options, clock.remaining, best_value)
    for part in plan.parts:
        progress = _offset_progress(options.progress, clock.elapsed(), nodes, best_value)
        run = solve_part(plan, part, backend, replace(options, progress=progress), clock.remaining,
                         best_value, estimate, warm, screen=screens.get(part))
        runs.append(run)
        nodes += run.outcome.record.get("nodes", 0)
        best = best_result(runs, warm)  # the next part's cutoff
        if best is not None:
            best_value = min(best_value, best.certificate.recomputed_objective)
        best_value = min(best_value, run.outcome.record.get("polished", math.inf))
    return outcome_of(runs, best_result(runs, warm))


def screen_parts(plan: Plan, options: SolveOptions, remaining: Callable[[], float | None],
                 best_value: float) -> dict[Part, ScreenBound]:
    """The class screen of every one-sign class, before any part is solved (each takes under
    a second at 128 points; a class it prunes then never takes a worker or a model build).
    Together they get at most SCREEN_SHARE of the time left."""
    screens = {part: ScreenBound(plan.floor_of(part), 0.0, rounds=0, source="scalar problems along the outputs' axes")
               for part in plan.parts if plan.floor_of(part) > 0}
    candidates = [p for p in plan.parts if (p.signs is not None and len(set(p.signs)) == 1) or p.anchors is not None]
    if not plan.screen or not candidates:
        return screens
    target = _part_cutoff(plan, options, best_value)
    for part in candidates:
        if part in screens and target is not None and screens[part].bound >= target:
            continue  # its floor (output_split.py) already prunes it
        left = remaining()
        budget = SCREEN_SECONDS if left is None else min(SCREEN_SECONDS, SCREEN_SHARE * left / len(candidates))
        if part.anchors is not None:
            screen = projected_bound(plan.problem, part.anchors, target, budget)
        else:
            screen = screen_bound(plan.problem, part.signs, plan.objective_limit, target, budget)
        if screen is not None and screen.bound >= screens.get(part, screen).bound:
            screens[part] = screen
    return screens


def pruned_by_screen(plan: Plan, part: Part, options: SolveOptions, best_value: float,
                     screen: ScreenBound | None) -> PartRun | None:
    """The run of a class its screen bound prunes (the bound reaches its cutoff), else None."""
    if screen is None:
        return None
    cutoff = _part_cutoff(plan, options, best_value)
    if cutoff is None or screen.bound < cutoff:
        return None
    record = {"cutoff": cutoff, "bound": screen.bound, "nodes": 0, "seconds": screen.seconds, "screen": screen.to_dict()}
    return PartRun(PartOutcome(part, Termination.CUTOFF, screen.bound, record))


def _part_cutoff(plan: Plan, options: SolveOptions, best_value: float) -> float | None:
    """A part's cutoff: the best objective so far minus the gap (several parts), or the user's."""
    cutoff = None
    if len(plan.parts) > 1 and math.isfinite(best_value):
        cutoff = _below_gap(resolve_tolerances(options, plan.problem.reference_objective()), best_value)
    if options.cutoff is not None:  # the user's: prove that nothing lies below it
        cutoff = options.cutoff if cutoff is None else min(cutoff, options.cutoff)
    return cutoff


def _below_gap(asked: SolveOptions, value: float) -> float:
    """Prove only improvements beyond the gap: a class cut off is within it."""
    return value - max(asked.abs_gap, asked.rel_gap * abs(value))


def best_result(runs: list[PartRun], warm: LocalSearchResult | None) -> Result | None:
    """The first part result (plan order) with the least exact loss of weights inside the
    domain, if it beats the warm start (any, without a warm start)."""
    best, best_value = None, warm.objective if warm is not None else math.inf
    for run in runs:
        result = run.result
        if result is None or result.weights is None or result.certificate.max_domain_violation != 0:
            continue
        # A part stopped by its polished incumbent counts at that value: the pipeline polishes
        # the chosen network again (the solver's own may be worse than the warm start).
        value = min(result.certificate.recomputed_objective, run.outcome.record.get("polished", math.inf))
        if value < best_value or (best is None and warm is None):
            best, best_value = result, value
    return best


def outcome_of(runs: list[PartRun], best: Result | None) -> PartsOutcome:
    """The plan's outcome from its parts' runs (in plan order)."""
    logs = [f"==== part {r.outcome.part.label} ====\n{r.result.log}" for r in runs if r.result is not None]
    sizes = [r.size for r in runs if r.size]
    nodes = sum(r.outcome.record.get("nodes", 0) for r in runs)
    return PartsOutcome([r.outcome for r in runs], best, nodes, logs, sizes[-1] if sizes else {})


def solve_part(
    plan: Plan, part: Part, backend: Backend, options: SolveOptions, remaining: Callable[[], float | None],
    best_value: float, estimate: float | None, warm: LocalSearchResult | None, board: Board | None = None,
    screen: ScreenBound | None = None, defer_leaves: bool = False,
) -> PartRun:
    """Build and solve one part with ``best_value`` (minus the gap) as its cutoff, within
    ``remaining()`` seconds. ``board``: the incumbents of parts solved beside this one (the
    solver reports its own to it and takes a lower cutoff from it while solving). ``screen``:
    the class's convex-regression bound (:func:`screen_parts`): it prunes the class when it
    reaches the cutoff, else its binding rows join the model and it floors the class's bound.
    ``defer_leaves``: a class solved by directions or cells may hand its leaves back as units of
    work (``run.deferred``, ``parallel.py``)."""
    if options.stop_at is not None and best_value <= options.stop_at:
        reason = "an incumbent already certifies the solve against its floor"
        return PartRun(PartOutcome(part, Termination.CUTOFF, 0.0, {"skipped": reason, "nodes": 0}))
    pruned = pruned_by_screen(plan, part, options, best_value, screen)
    if pruned is not None:
        return pruned
    remaining = until_certified(remaining, options, board)
    outcome = PartOutcome(part)
    run = PartRun(outcome)
    left = remaining()
    if left is not None and left <= TOO_LATE:
        return run  # out of time: not even built (building a large part takes seconds)
    seconds = build_seconds(plan)
    if left is not None and seconds > left:
        outcome.record = {"not_built": f"building one takes about {seconds:.0f} s, {max(left, 0):.0f} s were left"}
        return run
    cutoff = _part_cutoff(plan, options, best_value)
    cell_floor, cell_record = 0.0, {}
    by_units = _unit_method(plan, part)
    if by_units is not None and cutoff is not None:
        units_run = _solve_by_units(by_units, plan, part, backend, options, remaining, cutoff, best_value, estimate,
                                    board, defer_leaves)
        if units_run is not None and "floor" not in units_run.outcome.record:
            return units_run
        if units_run is not None:  # many cells open: branch-and-bound below, floored by the cells
            cell_floor, cell_record = units_run.outcome.bound, units_run.outcome.record
    tightened = report = None
    if plan.tightening and math.isfinite(best_value):
        left = remaining()
        budget = 30.0 if left is None else OBBT_SHARE * left
        tightened, report = tighten(plan.problem, part.signs, best_value, budget)
    training = build_part(plan, part, tightened, None if screen is None else screen.pairs)
    left = remaining()
    if left is not None and left <= TOO_LATE:
        return run
    start = plan.start_of(part)
    if start is not None:
        _load_warm_start(training, start)
    elif len(plan.parts) == 1 and warm is not None:
        _load_warm_start(training, warm.weights)
    lowered = lower_for(training, backend)
    run.size = lowered.size()
    part_options = replace(options, time_limit=remaining(), cutoff=cutoff)
    if board is not None:
        # Its incumbents go to the board, where every part that starts later reads its cutoff.
        # A running part does not take the others': lowering SCIP's objective limit mid-solve
        # (a prototype, removed) made one solve take 8 to 145 s instead of a steady 9.1-9.5 s
        # (teacher N16 m3, 2 jobs, 12 runs).
        part_options = replace(part_options, incumbent_sink=board.offer)
        # another part's polished incumbent certifies the solve
        stop = certified_check(options, board) or options.stop_requested
        part_options = replace(part_options, stop_requested=stop)
    known = best_value if math.isfinite(best_value) else estimate
    try:
        result = solve_model(training, backend, part_options, lowered, objective_estimate=known)
    except ReluOptError:
        raise  # refusals (licence size, capabilities) are the user's to see
    except Exception as exc:  # a solver failure ("error in LP solver!"): this part proves nothing
        outcome.termination = Termination.NUMERICAL_ERROR
        outcome.record = {"error": f"{type(exc).__name__}: {exc}", "model_size": run.size}
        return run
    run.result = result
    outcome.termination, outcome.bound = result.termination, result.bound
    if screen is not None and result.termination not in FINISHED:
        outcome.bound = max(outcome.bound, screen.bound)  # the screen's bound holds for the class
    if result.termination not in FINISHED:
        outcome.bound = max(outcome.bound, cell_floor)  # so does the cells' least bound
    outcome.record = {
        "cutoff": cutoff,
        "objective": result.solver_objective if result.weights is not None else math.inf,
        "bound": result.bound,
        "nodes": result.nodes,
        "seconds": result.wall_time,
        "model_size": run.size,
    }
    if report is not None:
        outcome.record["bound_tightening"] = report.to_dict()
    if screen is not None:
        outcome.record["screen"] = screen.to_dict()
        outcome.record["bound"] = outcome.bound
    if cell_record:
        outcome.record["cells"] = {k: v for k, v in cell_record.items() if k not in ("cutoff", "bound", "nodes")}
        outcome.record["bound"] = outcome.bound
    cert = result.certificate
    if result.weights is not None and cert.max_domain_violation == 0:
        outcome.record["recomputed"] = cert.recomputed_objective
        if board is not None:
            board.offer(cert.recomputed_objective)
        polished = result.details.get("stopped_by_polished_incumbent")
        if polished is not None:  # the solver stopped there (solving/single.py)
            outcome.record["stopped"] = "its polished incumbent certifies the solve against the floor"
            outcome.record["polished"] = polished
            if board is not None:
                board.offer(polished)
    return run


def _unit_method(plan: Plan, part: Part) -> Callable | None:
    """How the class is split into smaller exact problems, if it is: a class of 2-5 neurons by
    sets of its neurons' cells (``pair_tree.py``), a wider mixed sign class by one neuron's cells
    (``cell_parts.py``), a two-output anchor class by output directions and cells
    (``direction_parts.py``)."""
    if plan.pair_tree and pair_tree_applies(plan.problem, part.signs):
        return solve_by_pair_tree
    if not plan.cells:
        return None
    if part.signs is not None and cells_apply(plan.problem, part.signs):
        return solve_by_cells
    if part.anchors is not None and directions_apply(plan.problem, part.anchors):
        return solve_by_directions
    return None


def _solve_by_units(method: Callable, plan: Plan, part: Part, backend: Backend, options: SolveOptions,
                    remaining: Callable[[], float | None], cutoff: float, best_value: float,
                    estimate: float | None, board: Board | None, defer_leaves: bool = False) -> PartRun | None:
    """The class by ``method`` (cells or directions), as a part's run (None: it does not apply).
    ``defer_leaves``: a class whose leaves are handed back as units (``run.deferred``) is not
    finished; the caller solves them and finishes it with :func:`unit_run`."""
    solve_leaf = leaf_solver(backend, options, board, best_value, estimate)
    found = method(plan, part, backend, options, remaining, cutoff, best_value, solve_leaf, board,
                   defer_leaves=defer_leaves)
    if found is None:
        return None
    run = unit_run(part, found, cutoff, board)
    run.deferred = found.deferred
    return run


def leaf_solver(backend: Backend, options: SolveOptions, board: Board | None, best_value: float,
                estimate: float | None) -> Callable:
    """``solve_leaf(training, limit, cutoff, parameters)``: one leaf's model solved with the
    part's options (its incumbents told to ``board``); ``parameters``: solver parameters per
    backend name, set before the user's own."""
    # a running leaf stops there too
    stop = certified_check(options, board) or options.stop_requested
    leaf_options = replace(options, progress=None, incumbent_sink=None if board is None else board.offer,
                           stop_requested=stop)
    known = best_value if math.isfinite(best_value) else estimate

    def solve_leaf(training, limit: float, leaf_cutoff: float, parameters: dict | None = None) -> Result:
        own = (parameters or {}).get(backend.name, ())
        return solve_model(training, backend, replace(leaf_options, time_limit=limit, cutoff=leaf_cutoff,
                                                      parameters=tuple(own) + tuple(options.parameters)),
                           objective_estimate=known)

    return solve_leaf


def certified_check(options: SolveOptions, board: Board | None) -> Callable[[], bool] | None:
    """True once an incumbent on the board reaches ``options.stop_at``: it certifies the whole
    solve against the pipeline's floor (None: nothing to check)."""
    if board is None or options.stop_at is None:
        return None
    return lambda: board.best() <= options.stop_at


def until_certified(remaining: Callable[[], float | None], options: SolveOptions,
                    board: Board | None) -> Callable[[], float | None]:
    """``remaining``, but no time left once :func:`certified_check` holds: a class's leaves then
    stop starting. (The 4-ReLU inversion gadget: the kink floor and the tree's network met after
    68 s, and one class's leaves ran on to the 600 s limit.)"""
    certified = certified_check(options, board)
    if certified is None:
        return remaining
    return lambda: 0.0 if certified() else remaining()


def unit_run(part: Part, found, cutoff: float, board: Board | None) -> PartRun:
    """A class solved by cells or directions (a ``CellOutcome``) as a part's run."""
    record = {"cutoff": cutoff, "bound": found.bound, "nodes": 0, **found.record}
    run = PartRun(PartOutcome(part, found.termination, found.bound, record), found.best_weights)
    if found.best_weights is not None:
        record["objective"] = record["recomputed"] = found.best_objective
        if board is not None:
            board.offer(found.best_objective)
    return run


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


__all__ = ["Board", "Clock", "PartOutcome", "PartRun", "PartsOutcome", "screen_parts", "solve_part", "solve_parts"]
