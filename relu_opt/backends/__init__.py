"""Solver backends by name, each declaring what it can take."""

from __future__ import annotations

from ..errors import InputError, SolverRefusedError, SolverUnavailableError
from .lowered import FEATURE_DESCRIPTIONS, LoweredProblem
from .base import Backend, Progress, RawSolution, SolveOptions
from .gurobi import GurobiBackend
from .highs import HighsBackend
from .scip import ScipBackend

BACKENDS: dict[str, Backend] = {b.name: b for b in (ScipBackend(), GurobiBackend(), HighsBackend())}
DEFAULT_BACKEND = "scip"


def get_backend(name: str) -> Backend:
    """The backend called ``name``, checked to be usable here."""
    backend = BACKENDS.get(name.lower())
    if backend is None:
        raise InputError(f"unknown solver {name!r}; choose from {', '.join(BACKENDS)}")
    reason = backend.unavailable_reason()
    if reason is not None:
        raise SolverUnavailableError(f"solver {backend.name} is not available: {reason}")
    return backend


def available_backends() -> list[str]:
    return [name for name, backend in BACKENDS.items() if backend.unavailable_reason() is None]


def check_capabilities(backend: Backend, problem: LoweredProblem, advice: str = "") -> None:
    """Refuse, before solving, a model with features the backend lacks."""
    missing = sorted(problem.features - backend.capabilities)
    if not missing:
        return
    needs = "; ".join(FEATURE_DESCRIPTIONS[f] for f in missing)
    capable = [
        name
        for name, other in BACKENDS.items()
        if problem.features <= other.capabilities and other.unavailable_reason() is None
    ]
    alternatives = f" Solvers that can: {', '.join(capable)}." if capable else ""
    raise SolverRefusedError(
        f"{backend.name} cannot take this model: it has {needs}.{alternatives}{advice}"
    )


__all__ = [
    "BACKENDS",
    "DEFAULT_BACKEND",
    "Backend",
    "Progress",
    "RawSolution",
    "SolveOptions",
    "available_backends",
    "check_capabilities",
    "get_backend",
]
