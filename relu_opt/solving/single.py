"""Solve one built model: lower it, check the backend takes it, solve, read back, certify."""

from __future__ import annotations

import math
import time
from dataclasses import replace

from ..backends import Backend, SolveOptions, check_capabilities, get_backend
from ..backends.lowered import LoweredProblem, lower
from ..bounds import ParameterBounds
from ..certify import certified_result
from ..encodings import ENCODINGS
from ..formulation import TrainingModel, TrainingProblem, reference_objective
from ..results import OPTIMALITY_GAP, ZERO_LEVEL, ProblemSpec, Result

TIGHT_FEASIBILITY_TOL = 1e-9


GAP_SHARE = 0.5
"""The solver is asked for this share of every gap (relative, absolute, cutoff margins): the
rest absorbs the difference between its objective and the exact objective of its weights, so a
solve that stops on its gap also meets the certificate's (results.py)."""


def resolve_tolerances(options: SolveOptions, reference: float) -> SolveOptions:
    """What the backend is asked for, from the user's options.

    Gaps: GAP_SHARE of the requested relative gap and of the absolute gap, whose default is
    OPTIMALITY_GAP x ZERO_LEVEL x ``reference`` (the best constant network's objective): what a
    global-optimum certificate accepts for an optimum near 0 (results.py). It scales with the
    data; an absolute constant (1e-6 before) certified plain models 13x above their optimum on
    data scaled by 1e-3 (issue 10).
    Feasibility tolerance: 1e-9 (in the normalized units the solver sees). The bound of a
    nonconvex (bilinear) model is a bound of the problem relaxed by that tolerance, so it lies
    below the true optimum by about the tolerance's effect: on 38/7 (plain complementarity) the
    certified gap was 9.6e-5 at SCIP's default 1e-6, 1.2e-5 at 1e-7, 1.3e-6 at 1e-8 and 6.1e-7 at
    1e-9, so only 1e-9 makes the 1e-6 of a global-optimum certificate reachable. The price is
    paid by the plain bilinear encodings (complementarity 2.3 s -> 67 s, SOS1 2.2 s -> 43 s on
    38/7; big-M and indicator unchanged at 0.1 s; the anchor classes of rank-one-golden
    0.37 s -> 0.77 s). Convex models (the sign-normalized MIQP): at 1e-6 the per-point epigraph
    rows let the objective sit 8e-3 (N=8) below the true loss; at 1e-9 SCIP was also faster
    (N=16: 8.3 s instead of 18.9 s).
    """
    abs_gap = OPTIMALITY_GAP * ZERO_LEVEL * reference if options.abs_gap is None else options.abs_gap
    feasibility = TIGHT_FEASIBILITY_TOL if options.feasibility_tol is None else options.feasibility_tol
    return replace(
        options, rel_gap=GAP_SHARE * options.rel_gap, abs_gap=GAP_SHARE * abs_gap, feasibility_tol=feasibility
    )


NEAR_DUPLICATE_DUAL_FEASIBILITY = 1e-9
NEAR_DUPLICATE = 1e-4
"""Two distinct inputs closer than this share of the inputs' scale make nearly parallel rows, whose
reduced costs nearly cancel: the LP dual feasibility tolerance is then tightened to 1e-9 (the
failure it prevents: backends/scip.py, DUAL_FEASIBILITY)."""


def has_near_duplicates(x) -> bool:
    """Are two distinct points closer than NEAR_DUPLICATE of the largest |x|? (Identical points
    are one point to every LP row, no risk.)"""
    import numpy as np

    x = np.asarray(x, dtype=float)
    if x.shape[0] < 2 or x.shape[0] > 20_000:
        return False
    scale = float(np.max(np.abs(x))) or 1.0
    if x.shape[0] <= 2000:  # every pair
        distances = np.max(np.abs(x[:, None, :] - x[None, :, :]), axis=2)
        np.fill_diagonal(distances, np.inf)
        close = (distances > 0) & (distances < NEAR_DUPLICATE * scale)
        return bool(np.any(close))
    order = np.lexsort(x.T[::-1])  # sorted rows: a near pair is often adjacent
    steps = np.max(np.abs(np.diff(x[order], axis=0)), axis=1)
    return bool(np.any((steps > 0) & (steps < NEAR_DUPLICATE * scale)))


def lower_for(training: TrainingModel, backend: Backend | str) -> LoweredProblem:
    """The solver-neutral problem, after checking ``backend`` can take it (raises otherwise)."""
    backend = get_backend(backend) if isinstance(backend, str) else backend
    problem = lower(training.model)
    check_capabilities(backend, problem, advice=_advice(backend.capabilities, problem.features))
    return problem


def solve_model(
    training: TrainingModel,
    backend: Backend | str = "scip",
    options: SolveOptions | None = None,
    lowered: LoweredProblem | None = None,
    objective_estimate: float | None = None,
) -> Result:
    """Solve a built model as it is (in its own units), read the weights back and certify them
    against the model's dataset. ``lowered`` is the output of :func:`lower_for` if the caller
    already has it. ``objective_estimate`` (e.g. a warm start's objective) tells the backend the
    optimum's rough size (``SolveOptions.objective_estimate``). (``relu_opt.train`` also rescales
    the data first; this does not.)"""
    options = options or SolveOptions()
    backend = get_backend(backend) if isinstance(backend, str) else backend
    lowered = lowered or lower_for(training, backend)
    reference = reference_objective(training.dataset, training.architecture, training.domain, training.loss)
    asked = resolve_tolerances(options, reference)
    if asked.dual_feasibility_tol is None and has_near_duplicates(training.dataset.x):
        asked = replace(asked, dual_feasibility_tol=NEAR_DUPLICATE_DUAL_FEASIBILITY)
    if objective_estimate is not None and math.isfinite(objective_estimate):
        asked = replace(asked, objective_estimate=max(objective_estimate, ZERO_LEVEL * reference))
    reached: list[float] = []  # the polished objective that stopped the solve, if one did
    if options.stop_at is not None and training.loss == "squared":
        asked = replace(asked, incumbent_check=_stopping_check(training, lowered, options.stop_at, reached))
    raw = backend.solve(lowered, asked)
    weights, pre, post = None, None, None
    if raw.values is not None:
        lowered.assign(raw.values)
        weights = training.weights()
        pre, post = training.activations()
    return certified_result(
        dataset=training.dataset,
        spec=problem_spec(training, lowered.size()),
        termination=raw.termination,
        solver_objective=raw.objective,
        bound=raw.bound,
        weights=weights,
        solver=backend.name,
        solver_version=backend.version(),
        wall_time=raw.wall_time,
        nodes=raw.nodes,
        pre_activations=pre,
        post_activations=post,
        log=raw.log,
        requested_gap=options.rel_gap,
        details={"stopped_by_polished_incumbent": reached[-1]} if reached else None,
    )


CHECK_POLISH_SECONDS = 0.2  # per incumbent checked
CHECK_SHARE, CHECK_ALLOWANCE = 0.1, 1.0  # polishing takes at most 10 % of the solve, plus 1 s


def _stopping_check(training: TrainingModel, lowered: LoweredProblem, stop_at: float, reached: list[float]):
    """A check of each new incumbent (``SolveOptions.incumbent_check``): its network polished
    by Levenberg-Marquardt reaches ``stop_at`` (the objective that did is appended to
    ``reached``). Why: an incumbent found by branch-and-bound sits at the solver's tolerances,
    and one at 0.0055 was one polish away from an exact fit (library
    teacher-N20-n2-m3-p1-s0-exact), yet the solve ran to its time limit. The pipeline polishes
    the final network again, so the polished network itself need not be kept."""
    from .warm_start import polish_incumbent

    problem = TrainingProblem(training.dataset, training.architecture, training.domain, training.loss, training.encoding)
    begin, spent = time.perf_counter(), [0.0]

    def check(values) -> bool:
        start = time.perf_counter()
        if spent[0] > CHECK_SHARE * (start - begin) + CHECK_ALLOWANCE:
            return False
        lowered.assign(values)
        network = training.weights()
        _, value = polish_incumbent(problem, network, CHECK_POLISH_SECONDS)
        if value is None:  # no step helped: the incumbent as it is
            value = problem.objective(network)
        spent[0] += time.perf_counter() - start
        if value <= stop_at:
            reached.append(value)
            return True
        return False

    return check


def problem_spec(training: TrainingModel, size: dict[str, int]) -> ProblemSpec:
    """State what was solved, including the implied bound weight decay adds."""
    problem = TrainingProblem(
        training.dataset, training.architecture, training.domain, training.loss, training.encoding
    )
    return spec_for(problem, training.bounds.parameters, training.formulation, size)


def spec_for(
    problem: TrainingProblem, parameters: ParameterBounds, formulation: str, size: dict[str, int] | None = None
) -> ProblemSpec:
    """The ProblemSpec of ``problem`` solved by ``formulation`` (a model or a method)."""
    domain, data = problem.domain, problem.dataset
    description = domain.describe()
    if parameters.implied_by_decay is not None:
        description += (
            f" (implies |theta| <= {parameters.implied_by_decay:.6g} at any optimum, "
            "so that bound is added without changing the optimum)"
        )
    decay = domain.decay
    return ProblemSpec(
        loss=problem.loss,
        domain=description,
        architecture=problem.architecture.describe(),
        encoding=problem.encoding,
        formulation=formulation,
        weight_bounds=parameters.weight,
        bias_bounds=parameters.bias,
        decay=None if decay is None else decay.lam,
        decay_includes_biases=True if decay is None else decay.include_biases,
        model_size=size or {},
        data={
            "name": data.name,
            "n_points": data.n_points,
            "n_inputs": data.n_inputs,
            "n_outputs": data.n_outputs,
        },
        decay_coefficients=() if decay is None else decay.coefficients(len(problem.architecture.layers)),
        output_bias_range=tuple(zip(*(map(float, side) for side in parameters.output_bias_interval(problem.architecture)))),
    )


def _advice(backend_capabilities: frozenset[str], features: frozenset[str]) -> str:
    """What the user can change (encoding, loss) so that this backend could take the model;
    nothing is suggested that would leave the model unsolvable by it anyway."""
    missing = features - backend_capabilities
    if "quadratic_constraints" in missing:
        return (
            " Hidden layers make the plain model bilinear (weight x activation), which only "
            "spatial branch-and-bound solves; no encoding or loss changes that."
        )
    hints = []
    if "mixed_integer_quadratic_objective" in missing:
        hints.append("--loss l1 or --loss linf gives a MILP")
    if missing & {"sos1", "indicator"}:
        usable = [name for name, e in ENCODINGS.items() if e.requires <= backend_capabilities]
        hints.append(f"Encodings this solver takes: {', '.join(usable) or 'none'}")
    return "".join(f" {hint}." for hint in hints)
