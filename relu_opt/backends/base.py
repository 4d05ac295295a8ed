"""What a backend is: a name, declared capabilities, an availability check and ``solve``.

Backends take a :class:`~relu_opt.backends.lowered.LoweredProblem` (never a Pyomo model, never an
encoding) and return a :class:`RawSolution` read from the solver's own attributes.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator, Protocol

import numpy as np

from ..errors import InputError
from .lowered import LoweredProblem
from ..results import Termination


@dataclass(frozen=True)
class Progress:
    """A snapshot during a solve, for live displays (numbers in the solver's own terms)."""

    elapsed: float
    nodes: int
    incumbent: float  # +inf before the first solution
    bound: float  # -inf before the first bound


@dataclass(frozen=True)
class SolveOptions:
    """Options every backend understands; ``None`` leaves the solver's default."""

    time_limit: float | None = None
    rel_gap: float = 1e-6
    abs_gap: float | None = None  # None: chosen by the model's convexity (see api.py)
    threads: int | None = None
    seed: int = 0
    feasibility_tol: float | None = None  # constraint violation the solver may accept
    # LP dual feasibility (reduced costs) the solver may accept; None: the backend's choice.
    # relu-opt tightens it where the data make LP bounds fragile (solving/single.py).
    dual_feasibility_tol: float | None = None
    # Only solutions with objective below the cutoff are of interest; if none exists the solver
    # stops with Termination.CUTOFF and the cutoff is a proven lower bound.
    cutoff: float | None = None
    log_file: str | None = None
    verbose: bool = False  # echo the solver's own log on the terminal
    progress: Callable[[Progress], None] | None = None  # called often; throttle in the callee
    # A rough size of the optimal objective (e.g. a warm start's), if known: SCIP scales its
    # objective epigraph rows by it (backends/scip.py), others ignore it.
    objective_estimate: float | None = None
    # Solver parameters by the solver's own names (SCIP "numerics/epsilon", Gurobi "MIPFocus",
    # HiGHS "mip_rel_gap"), set last, so they override relu-opt's choices.
    parameters: tuple[tuple[str, float | int | str], ...] = ()
    # Parts of a solve running at the same time (solving/parallel.py), each in its own process;
    # ``scheduler``: a Dask scheduler's address to run them on instead of local processes.
    jobs: int = 1
    scheduler: str | None = None
    # Parts solved side by side share their incumbents: SCIP reports each new incumbent's
    # objective to ``incumbent_sink`` as it finds it (solving/parallel.py).
    incumbent_sink: Callable[[float], None] | None = None
    # A polished incumbent at or below ``stop_at`` (the model's units) certifies the whole solve
    # against its floor (solving/pipeline.py), so the solve may end there. SCIP calls
    # ``incumbent_check`` with every new incumbent's variable values (solving/single.py sets
    # it from ``stop_at``) and polls ``stop_requested`` (another part reached it) about once a
    # second; either returning True ends the solve (Termination.INTERRUPTED). Others ignore them.
    stop_at: float | None = None
    incumbent_check: Callable[[Any], bool] | None = None
    stop_requested: Callable[[], bool] | None = None

    def __post_init__(self) -> None:
        checks = [
            ("time limit", self.time_limit, self.time_limit is None or self.time_limit > 0),
            ("relative gap", self.rel_gap, 0 <= self.rel_gap < 1),
            ("absolute gap", self.abs_gap, self.abs_gap is None or self.abs_gap >= 0),
            ("threads", self.threads, self.threads is None or self.threads >= 1),
            ("number of jobs", self.jobs, isinstance(self.jobs, int) and self.jobs >= 1),
            ("cutoff", self.cutoff, self.cutoff is None or math.isfinite(self.cutoff)),
            ("seed", self.seed, self.seed >= 0),
            (
                "dual feasibility tolerance",
                self.dual_feasibility_tol,
                self.dual_feasibility_tol is None or 0 < self.dual_feasibility_tol < 1,
            ),
            (
                "feasibility tolerance",
                self.feasibility_tol,
                self.feasibility_tol is None or 0 < self.feasibility_tol < 1,
            ),
        ]
        for name, value, ok in checks:
            if not ok or (isinstance(value, float) and math.isnan(value)):
                raise InputError(f"impossible {name}: {value}")


def apply_cutoff(
    termination: Termination, options: SolveOptions, bound: float, objective: float
) -> tuple[Termination, float]:
    """With a cutoff, 'infeasible' means 'nothing better than the cutoff' (our models are
    feasible without one), and so does an optimum at or above it (HiGHS ignores the cutoff on
    LPs). The cutoff, or the higher proven bound, is then the bound."""
    if options.cutoff is None:
        return termination, bound
    if termination in (Termination.INFEASIBLE, Termination.CUTOFF):
        return Termination.CUTOFF, options.cutoff
    if termination is Termination.OPTIMAL and objective >= options.cutoff:
        return Termination.CUTOFF, max(bound, options.cutoff)
    return termination, bound


@dataclass
class RawSolution:
    termination: Termination
    values: np.ndarray | None  # column values of the best solution, None if there is none
    objective: float  # +inf without a solution
    bound: float  # -inf without a proven bound
    nodes: int
    wall_time: float
    log: str


class Backend(Protocol):
    name: str
    capabilities: frozenset[str]

    def unavailable_reason(self) -> str | None:
        """None if the solver can be used here, else a one-line reason."""

    def version(self) -> str: ...

    def solve(self, problem: LoweredProblem, options: SolveOptions) -> RawSolution: ...


@contextlib.contextmanager
def log_path(options: SolveOptions) -> Iterator[Path]:
    """The user's log file, or a temporary one removed afterwards; the text lands in the Result."""
    if options.log_file:
        yield Path(options.log_file)
        return
    handle, name = tempfile.mkstemp(prefix="relu_opt_", suffix=".log")
    os.close(handle)
    try:
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)


@contextlib.contextmanager
def c_output_to(path: Path, enabled: bool = True) -> Iterator[None]:
    """Send what C libraries print on file descriptors 1 and 2 to ``path`` while inside.

    Solvers' sub-libraries print past every verbosity setting (SCIP's LP solver SoPlex writes
    "Cannot set feasibility tolerance to small value 1e-12 without GMP" to stderr). A file, not
    a pipe, takes it, so a long log cannot fill a pipe buffer and hang the solve (the Pyomo/SCIP
    hang in SOLVER_NOTES). Python's own streams are flushed first and are unaffected after.
    """
    if not enabled:
        yield
        return
    for stream in (sys.stdout, sys.stderr):
        stream.flush()
    _flush_c_stdio()
    saved = [os.dup(1), os.dup(2)]
    try:
        with open(path, "ab") as sink:
            os.dup2(sink.fileno(), 1)
            os.dup2(sink.fileno(), 2)
            yield
    finally:
        _flush_c_stdio()  # C's buffers would otherwise reach the terminal at exit
        for fd, copy in zip((1, 2), saved):
            os.dup2(copy, fd)
            os.close(copy)


def _flush_c_stdio() -> None:
    try:
        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError):  # no C library to ask (unusual platforms)
        pass


def read_log(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def solver_number(value: float | None, missing: float) -> float:
    """Solvers write infinity as huge numbers (1e20, 1e100); normalise to +-inf.

    ``missing`` is returned when the solver has no value at all (None or NaN).
    """
    if value is None or math.isnan(value):
        return missing
    if abs(value) >= 1e19:
        return math.copysign(math.inf, value)
    return float(value)
