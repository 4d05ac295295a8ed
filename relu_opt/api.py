"""The Python API: ``train(...)`` mirrors ``relu-opt solve``; ``solve_model`` solves a built model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .architecture import Architecture, Domain, WeightBox, WeightDecay
from .backends import DEFAULT_BACKEND, SolveOptions, check_capabilities, get_backend
from .certify import certify
from .data import Dataset, load_dataset
from .encodings import ENCODINGS
from .formulation import TrainingModel, build_model
from .lowering import lower
from .results import ProblemSpec, Result, SolutionStatus, Termination

DEFAULT_ENCODING = "bigm"


def train(
    data: Dataset | str | Path | tuple[np.ndarray, np.ndarray],
    hidden: Sequence[int] | int = (),
    *,
    solver: str = DEFAULT_BACKEND,
    options: SolveOptions | None = None,
    **problem: object,
) -> Result:
    """Train a ReLU network to certified global optimality over the stated domain.

    ``data`` is a Dataset, a path to a CSV/JSON/NPZ file, or a pair ``(x, y)`` of arrays;
    ``hidden`` lists hidden-layer widths (empty: a linear model); the remaining keywords are
    those of :func:`build_training` (bound, weight_decay, loss, encoding, ...). Returns the
    :class:`Result` with its independent :class:`Certificate` attached::

        result = train([[1], [2], [3]], ...)  # see README for complete examples
    """
    get_backend(solver)  # fail on a missing solver before building anything
    training = build_training(data, hidden, **problem)  # type: ignore[arg-type]
    return solve_model(training, solver, options or SolveOptions())


def build_training(
    data: Dataset | str | Path | tuple[np.ndarray, np.ndarray],
    hidden: Sequence[int] | int = (),
    *,
    hidden_bias: bool = True,
    output_bias: bool = True,
    bound: float | None = None,
    layer_bounds: dict[int, float] | None = None,
    weight_decay: float | None = None,
    decay_biases: bool = True,
    loss: str = "squared",
    encoding: str = DEFAULT_ENCODING,
) -> TrainingModel:
    """The training problem as a Pyomo model: data, widths, biases, domain, loss, encoding.

    The domain is the box ``|w|, |b| <= bound`` (per layer via ``layer_bounds``, layers
    1..L+1), weight decay ``(weight_decay/2) ||theta||^2``, or both.
    """
    dataset = _as_dataset(data)
    widths = (hidden,) if isinstance(hidden, int) else tuple(hidden)
    architecture = Architecture(
        dataset.n_inputs, widths, dataset.n_outputs, hidden_bias=hidden_bias, output_bias=output_bias
    )
    box = None
    if bound is not None or layer_bounds:
        box = WeightBox(bound, tuple(sorted((layer_bounds or {}).items())))
    decay = WeightDecay(weight_decay, decay_biases) if weight_decay is not None else None
    return build_model(dataset, architecture, Domain(box, decay), encoding=encoding, loss=loss)


def _as_dataset(data: Dataset | str | Path | tuple[np.ndarray, np.ndarray]) -> Dataset:
    if isinstance(data, Dataset):
        return data
    if isinstance(data, (str, Path)):
        return load_dataset(data)
    x, y = data
    return Dataset(np.asarray(x, dtype=float), np.asarray(y, dtype=float))


def solve_model(training: TrainingModel, solver: str = DEFAULT_BACKEND, options: SolveOptions | None = None) -> Result:
    """Lower a built model, check the solver can take it, solve, read back and certify."""
    options = options or SolveOptions()
    backend = get_backend(solver)
    problem = lower(training.model)
    check_capabilities(backend, problem, advice=_advice(backend.capabilities, problem.features))
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
    domain = training.domain
    parameters = training.bounds.parameters
    description = domain.describe()
    if parameters.implied_by_decay is not None:
        description += (
            f" (implies |theta| <= {parameters.implied_by_decay:.6g} at any optimum, "
            "so that bound is added without changing the optimum)"
        )
    return ProblemSpec(
        loss=training.loss,
        domain=description,
        architecture=training.architecture.describe(),
        encoding=training.encoding,
        formulation="plain",
        weight_bounds=parameters.weight,
        bias_bounds=parameters.bias,
        decay=None if domain.decay is None else domain.decay.lam,
        decay_includes_biases=True if domain.decay is None else domain.decay.include_biases,
        model_size=size,
    )


_ADVICE = {
    "quadratic_constraints": "Hidden layers make the plain model bilinear (weight x activation), "
    "which needs spatial branch-and-bound",
    "mixed_integer_quadratic_objective": "--loss l1 or --loss linf give a MILP",
}


def _advice(backend_capabilities: frozenset[str], features: frozenset[str]) -> str:
    """What the user can change (encoding, loss) so that this backend could take the model."""
    missing = features - backend_capabilities
    hints = [_ADVICE[f] for f in sorted(missing) if f in _ADVICE]
    if missing & {"sos1", "indicator"}:
        usable = [name for name, e in ENCODINGS.items() if e.requires <= backend_capabilities]
        hints.append(f"encodings this solver takes: {', '.join(usable) or 'none'}")
    return "".join(f" {hint}." for hint in hints)


__all__ = ["DEFAULT_ENCODING", "build_training", "solve_model", "train"]
