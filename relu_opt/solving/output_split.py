"""A lower bound for vector-output networks from scalar problems along the outputs' axes.

For any orthonormal basis d_1 .. d_p of the output space the squared loss splits exactly,
sum_i ||F_i - Y_i||^2 = sum_k sum_i (d_k . (F_i - Y_i))^2, and d_k . F is a one-output network
with the same hidden layer, output weights d_k . w2_j (each in the box ||d_k||_1 B2) and bias
d_k . c. Letting every term have a hidden layer of its own can only lower the sum, so every
network's loss is >= sum_k opt(d_k . Y): the optima of p scalar problems, which the scalar routes
(sign classes, convex-regression screens, pairs of cells) certify where the anchor classes of the
vector problem stay at bound 0 (issue 22: two outputs, N = 32, width 3: bound 0 after 600 s; its
axes' scalar problems are certified in 8-19 s each, and the bound over a few rotations is 0.380
against the best known 0.460).

For two outputs the basis is rotated (angles in [0, 90) degrees, coarse first); with more, the
axes alone. Per anchor class the bound is higher: a class that fixes the sign of d . w2_j for a
neuron (``projected_screen.side`` for one neuron) admits only the scalar sign classes with that
many positive output weights, so only their bounds count (``class_floor``). The scalar solutions'
hidden layers, refitted to every output (least squares, then Levenberg-Marquardt), are candidate
incumbents of the vector problem.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np

from ..architecture import Architecture, Domain, WeightBox
from ..backends import Progress, SolveOptions
from ..bounds import parameter_bounds
from ..data import Dataset
from ..formulation import TrainingProblem
from ..network import Layer, Weights
from ..reformulations.anchor_normalized import Anchor
from ..results import Verdict
from .warm_start import fit_output_layer, polish_incumbent

SPLIT_SHARE, SPLIT_SECONDS = 0.3, 300.0  # the floor's share of the time left, and its cap
MAX_WIDTH = 4  # the scalar routes' reach (pairs of cells, cells): wider, the scalar problems stay open too
ANGLES = 16  # rotations tried at most for two outputs (the budget usually ends them first)
MIN_BASES, STALL_RISE = 4, 1e-2
"""Rotations 0, 45, 22.5 and 67.5 degrees always (the best of teacher-N32-n2-m3-p2-s0's was the
fourth: 0.364, 0.293, 0.310, 0.380; the finer ones 0.338-0.371), then more only while each raises
the floor by STALL_RISE (relative)."""
TRUSTED = {v.value for v in (Verdict.GLOBAL_OPTIMUM, Verdict.WITHIN_GAP, Verdict.NOT_PROVEN, Verdict.NO_SOLUTION)}
"""Verdicts whose bound is the solver's proof (a rejected certificate's is not used)."""
LIFT_SECONDS = 0.3  # Levenberg-Marquardt polish of a scalar solution's hidden layer, refitted to every output


def split_floor_applies(problem: TrainingProblem) -> bool:
    """Two or more outputs, one hidden layer of at most MAX_WIDTH neurons, squared loss, a box
    and no decay (the objective is the loss, which the basis splits exactly)."""
    arch = problem.architecture
    return (arch.n_outputs >= 2 and arch.n_hidden_layers == 1 and arch.hidden[0] <= MAX_WIDTH
            and problem.loss == "squared" and problem.domain.decay is None and problem.domain.box is not None)


def bases(n_outputs: int) -> list[tuple[float, np.ndarray]]:
    """(angle in degrees or nan, orthonormal rows) to try, in order: for two outputs rotations by
    0, 45, 22.5, 67.5, ... degrees (each new one halves the largest gap left); else the axes."""
    if n_outputs != 2:
        return [(math.nan, np.eye(n_outputs))]
    found = []
    for index in range(ANGLES):
        share, base, k = 0.0, 0.5, index  # van der Corput: 0, 1/2, 1/4, 3/4, 1/8, ...
        while k:
            share += base * (k & 1)
            k >>= 1
            base /= 2
        angle = math.radians(90.0 * share)
        rows = np.array([[math.cos(angle), math.sin(angle)], [-math.sin(angle), math.cos(angle)]])
        found.append((90.0 * share, rows))
    return found


def projected_problem(problem: TrainingProblem, direction: np.ndarray) -> TrainingProblem:
    """The one-output problem of d . F against d . Y: the hidden layer's box as it was, the
    output weights in ||d||_1 B2, the output bias in the image of its interval (or box)."""
    arch, data = problem.architecture, problem.dataset
    bounds = parameter_bounds(data, arch, problem.domain, problem.loss)
    out = arch.layers[-1]
    stretch = float(np.abs(direction).sum())
    per_layer = tuple((l, float(bounds.weight[l - 1])) for l in arch.layers[:-1]) + ((out, stretch * bounds.weight[-1]),)
    bias_per_layer = tuple((l, float(bounds.bias[l - 1])) for l in arch.layers[:-1] if arch.has_bias(l))
    bias_range: tuple[tuple[float, float], ...] = ()
    if arch.output_bias:
        lower, upper = bounds.output_bias_interval(arch)
        ends = np.stack([direction * lower, direction * upper])
        bias_range = ((float(ends.min(axis=0).sum()), float(ends.max(axis=0).sum())),)
    box = WeightBox(per_layer=per_layer, bias_per_layer=bias_per_layer, output_bias_range=bias_range,
                    input_weight_bounds=tuple(bounds.input_weight))
    scalar = Architecture(arch.n_inputs, arch.hidden, 1, arch.hidden_bias, arch.output_bias)
    targets = (data.y @ direction)[:, None]
    return TrainingProblem(Dataset(data.x, targets), scalar, Domain(box), problem.loss, problem.encoding)


@dataclass
class Projection:
    """One scalar problem's outcome: its proven bound overall and per number of positive output
    weights (its sign classes; missing counts fall back to the overall bound)."""

    direction: np.ndarray
    bound: float
    objective: float
    verdict: str
    seconds: float
    by_positives: dict[int, float] = field(default_factory=dict)

    def bound_for(self, positives: range) -> float:
        """The least bound over the sign classes with these many positive output weights."""
        return min((max(self.by_positives.get(k, self.bound), self.bound) for k in positives), default=self.bound)


@dataclass
class Basis:
    angle: float
    projections: list[Projection]

    @property
    def bound(self) -> float:
        return sum(p.bound for p in self.projections)


@dataclass
class SplitFloor:
    """What the scalar problems proved: every network's loss is >= ``bound``."""

    bound: float
    bases: list[Basis]
    seconds: float
    network: Weights | None = None  # a lifted scalar solution better than the cutoff
    objective: float | None = None

    def class_floor(self, anchors: tuple[Anchor, ...]) -> float:
        """A lower bound for the anchor class ``anchors``: per basis, per axis, only the sign
        classes of the scalar problem that the class's fixed signs of d . w2_j admit."""
        return max((sum(p.bound_for(admitted_positives(p.direction, anchors)) for p in b.projections)
                    for b in self.bases), default=0.0)

    def record(self, factor: float = 1.0) -> dict[str, Any]:
        return {"bound": self.bound * factor, "seconds": self.seconds,
                "network_objective": None if self.objective is None else self.objective * factor,
                "bases": [{"angle": None if math.isnan(b.angle) else b.angle,
                           "bound": b.bound * factor,
                           "axes": [{"bound": p.bound * factor, "objective": p.objective * factor,
                                     "verdict": p.verdict, "seconds": p.seconds} for p in b.projections]}
                          for b in self.bases]}


def admitted_positives(direction: np.ndarray, anchors: tuple[Anchor, ...]) -> range:
    """How many of the neurons' d . w2_j can be >= 0 in the anchor class: a neuron anchored at
    (k, s) has w2_j ~ a_j with a_kj = s and |a_lj| <= 1, so d . a_j lies in
    s d_k +- sum_{l != k} |d_l|; a neuron whose interval is on one side counts on that side."""
    slack = 1e-12
    forced_up = forced_down = 0
    for k, s in anchors:
        spread = float(np.abs(direction).sum() - abs(direction[k]))
        centre = s * float(direction[k])
        if centre - spread >= -slack:
            forced_up += 1
        elif centre + spread <= slack:
            forced_down += 1
    return range(forced_up, len(anchors) - forced_down + 1)


def split_floor(problem: TrainingProblem, solve_scalar: Callable[[TrainingProblem, float | None], Any],
                cutoff: float, seconds: float | None,
                progress: Callable[[Progress], None] | None = None, elapsed_before: float = 0.0,
                enough: Callable[[float, float], bool] | None = None, max_bases: int | None = None) -> SplitFloor:
    """The bound of the module docstring over the bases of :func:`bases` while ``seconds`` last
    (None: all of them), at most ``max_bases`` of them; ``solve_scalar(problem, time_limit)`` is the
    pipeline's solve (a Result).
    Stops early once ``enough(floor, best objective)`` (the floor certifies the incumbent)."""
    begin = time.monotonic()
    deadline = None if seconds is None else begin + seconds
    done: list[Basis] = []
    floor, best, network = 0.0, cutoff, None
    for angle, rows in bases(problem.architecture.n_outputs)[:max_bases]:
        projections = []
        for index, direction in enumerate(rows):
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0.5:
                break
            share = None if left is None else left / (len(rows) - index)  # the rest of this basis shares it
            started = time.monotonic()
            scalar = projected_problem(problem, direction)
            if _negligible(scalar.dataset.y, problem.dataset.y):
                projections.append(Projection(direction, 0.0, math.nan, "not solved: no spread", 0.0))
                continue
            result = solve_scalar(scalar, share)
            projections.append(_projection(direction, result, time.monotonic() - started))
            lifted = _lifted(problem, result.weights)
            if lifted is not None and lifted[1] < best:
                network, best = lifted
        if len(projections) < len(rows):
            break
        basis = Basis(angle, projections)
        done.append(basis)
        rose = basis.bound > floor * (1 + STALL_RISE)
        floor = max(floor, basis.bound)
        if progress is not None:
            progress(Progress(elapsed_before + time.monotonic() - begin, 0, best, floor))
        if enough is not None and enough(floor, best):
            break
        if len(done) >= MIN_BASES and not rose:
            break  # the coarse rotations are done and the last one did not help: finer ones seldom do
    return SplitFloor(floor, done, time.monotonic() - begin, network, None if network is None else best)


def _negligible(projected: np.ndarray, targets: np.ndarray) -> bool:
    """Targets that vary by rounding only (repeated outputs, d across them): their bound is 0,
    and a solve would chase the rounding to a certificate relative to it."""
    spread = float(np.ptp(targets, axis=0).max(initial=0.0))
    return float(np.ptp(projected)) <= 1e-9 * spread


def _projection(direction: np.ndarray, result: Any, seconds: float) -> Projection:
    """The scalar result's proven bounds: overall, and per sign class ('++-': two positive).
    A result whose certificate rejected the solver's claims proves nothing here (bound 0)."""
    verdict = result.certificate.verdict.value if result.certificate is not None else "none"
    if verdict not in TRUSTED or not math.isfinite(result.bound):
        return Projection(direction, 0.0, float(result.objective), verdict, seconds)
    bound = max(float(result.bound), 0.0)
    by_positives: dict[int, float] = {}
    for part in result.details.get("parts", []):
        label = part.get("part", "")
        if label and set(label) <= {"+", "-"}:
            value = float(part.get("bound", 0.0))
            count = label.count("+")
            by_positives[count] = min(by_positives.get(count, math.inf), value)
    return Projection(direction, bound, float(result.objective), verdict, seconds, by_positives)


def _lifted(problem: TrainingProblem, scalar: Weights | None) -> tuple[Weights, float] | None:
    """A scalar solution's hidden layer with the vector problem's output layer fitted to it
    (least squares inside the box, then a short Levenberg-Marquardt polish): a candidate
    incumbent, scored by the forward pass."""
    if scalar is None:
        return None
    arch, data = problem.architecture, problem.dataset
    hidden = scalar.layers[0]
    width = hidden.weight.shape[0]
    start = Weights((hidden, Layer(np.zeros((arch.n_outputs, width)),
                                   np.zeros(arch.n_outputs) if arch.output_bias else None)))
    bounds = parameter_bounds(data, arch, problem.domain, problem.loss)
    fitted = fit_output_layer(start, data, bounds, None)
    polished, _ = polish_incumbent(problem, fitted, LIFT_SECONDS)
    return polished, problem.objective(polished)


def budget(remaining: float | None) -> float:
    return SPLIT_SECONDS if remaining is None else max(0.0, min(SPLIT_SECONDS, SPLIT_SHARE * remaining))


def scalar_options(options: SolveOptions, time_limit: float | None) -> SolveOptions:
    """The vector solve's options for a scalar problem: its machine settings, none of its
    cutoffs, callbacks or stopping rules (those are about the vector problem)."""
    return SolveOptions(time_limit=time_limit, threads=options.threads, seed=options.seed, jobs=options.jobs,
                        scheduler=options.scheduler)


__all__ = ["SplitFloor", "split_floor", "split_floor_applies", "projected_problem", "bases", "admitted_positives",
           "budget", "scalar_options"]
