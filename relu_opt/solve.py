"""Solve one built model: lower it, check the solver takes it, solve, read back, certify."""

from __future__ import annotations

from dataclasses import replace

from .backends import DEFAULT_BACKEND, SolveOptions, check_capabilities, get_backend
from .certify import certify
from .encodings import ENCODINGS
from .bounds import ParameterBounds
from .formulation import TrainingModel, TrainingProblem
from .lowering import LoweredProblem, lower
from .results import ProblemSpec, Result, SolutionStatus, Termination

TIGHT_FEASIBILITY_TOL = 1e-9
TIGHT_ABS_GAP = 1e-9
LOOSE_ABS_GAP = 1e-6


def resolve_tolerances(options: SolveOptions, problem: LoweredProblem) -> SolveOptions:
    """Defaults for the tolerances the user left open, by the model's convexity.

    Convex models (linear, convex MIQP, SOC): feasibility tolerance 1e-9 and absolute gap 1e-9.
    Measured with SCIP on the sign-normalized MIQP (teacher data, n=2, m=2): at the default 1e-6
    the per-point epigraph rows let the objective sit 8e-3 (N=8) and 6e-5 (N=16) below the true
    loss of the returned weights; at 1e-9 that fell to 1.5e-5 and 7.8e-8, and N=16 solved in
    8.3 s instead of 18.9 s.
    Nonconvex models (bilinear): the solver's feasibility tolerance and absolute gap 1e-6; a
    tight tolerance made spatial branch-and-bound 5-40x slower, and proving gaps finer than the
    tolerance is noise (a Gurobi solve of XOR with weight decay ran 600 s with the absolute gap
    stuck at 1.2e-6).
    """
    convex = "nonconvex_constraints" not in problem.features
    if options.abs_gap is None:
        options = replace(options, abs_gap=TIGHT_ABS_GAP if convex else LOOSE_ABS_GAP)
    if options.feasibility_tol is None and convex:
        options = replace(options, feasibility_tol=TIGHT_FEASIBILITY_TOL)
    return options


def lower_for_solver(training: TrainingModel, solver: str) -> LoweredProblem:
    """The solver-neutral problem, after checking ``solver`` can take it (raises otherwise)."""
    backend = get_backend(solver)
    problem = lower(training.model)
    check_capabilities(backend, problem, advice=_advice(backend.capabilities, problem.features))
    return problem


def solve_model(
    training: TrainingModel,
    solver: str = DEFAULT_BACKEND,
    options: SolveOptions | None = None,
    problem: LoweredProblem | None = None,
) -> Result:
    """Solve a built model, read the weights back and certify them.

    ``problem`` is the output of :func:`lower_for_solver` if the caller already has it.
    """
    options = options or SolveOptions()
    backend = get_backend(solver)
    problem = problem or lower_for_solver(training, solver)
    options = resolve_tolerances(options, problem)
    raw = backend.solve(problem, options)

    weights, pre, post = None, [], []
    if raw.values is not None:
        problem.assign(raw.values)
        weights = training.weights()
        pre, post = training.activations()
    if raw.values is None:
        status = (
            SolutionStatus.INFEASIBLE
            if raw.termination is Termination.INFEASIBLE
            else SolutionStatus.NO_SOLUTION
        )
    elif raw.termination is Termination.OPTIMAL:
        status = SolutionStatus.OPTIMAL
    else:
        status = SolutionStatus.FEASIBLE

    result = Result(
        termination=raw.termination,
        solution_status=status,
        objective=raw.objective,
        bound=raw.bound,
        wall_time=raw.wall_time,
        nodes=raw.nodes,
        solver=backend.name,
        solver_version=backend.version(),
        problem=problem_spec(training, problem.size()),
        weights=weights,
        pre_activations=pre,
        post_activations=post,
        log=raw.log,
    )
    result.certificate = certify(result, training.dataset)
    return result


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
    return ProblemSpec(
        loss=problem.loss,
        domain=description,
        architecture=problem.architecture.describe(),
        encoding=problem.encoding,
        formulation=formulation,
        weight_bounds=parameters.weight,
        bias_bounds=parameters.bias,
        decay=None if domain.decay is None else domain.decay.lam,
        decay_includes_biases=True if domain.decay is None else domain.decay.include_biases,
        model_size=size or {},
        data={
            "name": data.name,
            "n_points": data.n_points,
            "n_inputs": data.n_inputs,
            "n_outputs": data.n_outputs,
        },
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


__all__ = ["lower_for_solver", "problem_spec", "resolve_tolerances", "solve_model"]
