"""relu-opt: train small ReLU networks to certified global optimality.

Flow (one file each): data -> architecture/domain -> build_model(encoding) -> lower ->
backend.solve -> Result -> certify.
"""

from .api import build_training, define_problem, train
from .architecture import Architecture, Domain, WeightBox, WeightDecay
from .backends import SolveOptions, available_backends
from .certify import Certificate, Verdict, certify
from .data import Dataset, load_dataset
from .encodings import ENCODINGS
from .errors import InputError, ReluOptError, SolverRefusedError, SolverUnavailableError
from .formulation import TrainingModel, TrainingProblem, build_model
from .solve import solve_model
from .strategy import Strategy, solve_with_strategy
from .network import Layer, Weights
from .results import Result, SolutionStatus, Termination

__version__ = "0.1.0"

__all__ = [
    "Architecture",
    "Certificate",
    "Dataset",
    "Domain",
    "ENCODINGS",
    "InputError",
    "Layer",
    "ReluOptError",
    "Result",
    "SolutionStatus",
    "SolveOptions",
    "SolverRefusedError",
    "SolverUnavailableError",
    "Termination",
    "TrainingModel",
    "TrainingProblem",
    "Strategy",
    "Verdict",
    "WeightBox",
    "WeightDecay",
    "Weights",
    "available_backends",
    "build_model",
    "build_training",
    "certify",
    "define_problem",
    "solve_with_strategy",
    "load_dataset",
    "solve_model",
    "train",
]
