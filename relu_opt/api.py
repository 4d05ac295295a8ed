"""The Python API: ``train(...)`` mirrors ``relu-opt solve``; ``build_training`` gives the model."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .architecture import Architecture, Domain, WeightBox, WeightDecay
from .backends import DEFAULT_BACKEND, SolveOptions, get_backend
from .bounds import parameter_bounds
from .data import Dataset, load_dataset
from .encodings import get_encoding
from .errors import InputError
from .formulation import TrainingModel, TrainingProblem, build_model
from .network import LOSSES
from .results import Result
from .solving import Strategy, solve, strategy_for

DEFAULT_ENCODING = "bigm"
DEFAULT_FORMULATION = "strong"


def define_problem(
    data: Dataset | str | Path | tuple[np.ndarray, np.ndarray],
    hidden: Sequence[int] | int = (),
    *,
    hidden_bias: bool = True,
    output_bias: bool = True,
    bound: float | None = None,
    bias_bound: float | None = None,
    layer_bounds: dict[int, float] | None = None,
    weight_decay: float | None = None,
    decay_biases: bool = True,
    loss: str = "squared",
    encoding: str = DEFAULT_ENCODING,
) -> TrainingProblem:
    """Data, widths, biases, domain, loss and encoding of a training problem, validated.

    ``data`` is a Dataset, a path to a CSV/JSON/NPZ file, or a pair ``(x, y)`` of arrays;
    ``hidden`` lists hidden-layer widths (empty: a linear model). The domain is the box
    ``|w|, |b| <= bound`` (per layer via ``layer_bounds``, layers 1..L+1; biases bounded by
    ``bias_bound`` instead when given), weight decay ``(weight_decay/2) ||theta||^2``, or both.
    """
    dataset = _as_dataset(data)
    widths = (hidden,) if isinstance(hidden, int) else tuple(hidden)
    architecture = Architecture(
        dataset.n_inputs, widths, dataset.n_outputs, hidden_bias=hidden_bias, output_bias=output_bias
    )
    box = None
    if bound is not None or layer_bounds or bias_bound is not None:
        box = WeightBox(bound, tuple(sorted((layer_bounds or {}).items())), bias_default=bias_bound)
    decay = WeightDecay(weight_decay, decay_biases) if weight_decay is not None else None
    problem = TrainingProblem(dataset, architecture, Domain(box, decay), loss, encoding)
    validate(problem)
    return problem


def validate(problem: TrainingProblem) -> None:
    """Raise InputError for what no solve could take: an unknown loss or encoding, a layer the
    box names that the network lacks, a layer without any bound."""
    if problem.loss not in LOSSES:
        raise InputError(f"unknown loss {problem.loss!r}; choose from {', '.join(LOSSES)}")
    get_encoding(problem.encoding)
    parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)


def build_training(
    data: Dataset | str | Path | tuple[np.ndarray, np.ndarray],
    hidden: Sequence[int] | int = (),
    **problem: object,
) -> TrainingModel:
    """The literal training problem as a Pyomo model (keywords as :func:`define_problem`)."""
    return build_model(define_problem(data, hidden, **problem))  # type: ignore[arg-type]


def train(
    data: Dataset | str | Path | tuple[np.ndarray, np.ndarray],
    hidden: Sequence[int] | int = (),
    *,
    solver: str = DEFAULT_BACKEND,
    options: SolveOptions | None = None,
    formulation: str = DEFAULT_FORMULATION,
    strategy: Strategy | None = None,
    method: str = "minlp",
    method_options: dict[str, object] | None = None,
    **problem: object,
) -> Result:
    """Train a ReLU network to certified global optimality over the stated domain.

    ``formulation`` is ``"strong"`` (default: the strongest valid formulation, see
    ``solving/strategy.py``), ``"normalized"`` or ``"plain"`` (the literal model); ``strategy``
    sets the steps one by one instead. ``method`` other than ``"minlp"`` takes another route (see
    ``relu_opt.methods``: convex, sampled, gated, enumeration, nuclear) with ``method_options``.
    Other keywords are those of :func:`define_problem`. Returns the :class:`Result` with its
    independent certificate attached.
    """
    defined = define_problem(data, hidden, **problem)  # type: ignore[arg-type]
    if method != "minlp":
        from .methods import run_method

        parameters = dict(method_options or {})
        if options is not None and options.time_limit is not None:
            parameters.setdefault("time_limit", options.time_limit)
        return run_method(method, defined, **parameters)
    backend = get_backend(solver)  # fail on a missing solver before building anything
    return solve(defined, backend, options, strategy or strategy_for(formulation))


def _as_dataset(data: Dataset | str | Path | tuple[np.ndarray, np.ndarray]) -> Dataset:
    if isinstance(data, Dataset):
        return data
    if isinstance(data, (str, Path)):
        return load_dataset(data)
    x, y = data
    return Dataset(np.asarray(x, dtype=float), np.asarray(y, dtype=float))


__all__ = [
    "DEFAULT_ENCODING",
    "DEFAULT_FORMULATION",
    "build_training",
    "define_problem",
    "strategy_for",
    "train",
]
