"""relu-opt: train small ReLU networks to certified global optimality.

Flow (a folder or file each): data -> architecture/domain -> formulation (+ encodings/,
reformulations/) -> solving/ (strategy, plan, parts) -> backends/ -> results + certify.
"""

from .api import build_training, define_problem, train
from .architecture import Architecture, Domain, WeightBox, WeightDecay
from .backends import SolveOptions, available_backends
from .certify import certify
from .data import Dataset, load_dataset
from .encodings import ENCODINGS
from .errors import InputError, ReluOptError, SolverRefusedError, SolverUnavailableError
from .formulation import TrainingModel, TrainingProblem, build_model
from .network import Layer, Weights
from .results import Certificate, Result, SolutionStatus, Termination, Verdict
from .solving import Strategy, solve, solve_model

__version__ = "0.1.0"


def __getattr__(name: str):
    """``relu_opt.ReLURegressor`` without importing scikit-learn for everyone else."""
    if name == "ReLURegressor":
        from .interop.estimator import ReLURegressor

        return ReLURegressor
    raise AttributeError(f"module 'relu_opt' has no attribute {name!r}")

__all__ = [
    "Architecture",
    "Certificate",
    "Dataset",
    "Domain",
    "ENCODINGS",
    "InputError",
    "Layer",
    "ReLURegressor",
    "ReluOptError",
    "Result",
    "SolutionStatus",
    "SolveOptions",
    "SolverRefusedError",
    "SolverUnavailableError",
    "Strategy",
    "Termination",
    "TrainingModel",
    "TrainingProblem",
    "Verdict",
    "WeightBox",
    "WeightDecay",
    "Weights",
    "available_backends",
    "build_model",
    "build_training",
    "certify",
    "define_problem",
    "load_dataset",
    "solve",
    "solve_model",
    "train",
]
