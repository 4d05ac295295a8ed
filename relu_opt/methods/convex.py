"""The convex reformulation (Pilanci & Ergen 2020) and its randomized relaxation.

One hidden layer, scalar output, weight decay on weights and biases (no box). With the activation
patterns D_k of the data, training is equivalent to the group-lasso program

    min  loss( sum_k D_k X~ (v_k - w_k) + b, t ) + lam sum_k (||v_k|| + ||w_k||) + (lam/2) b^2
    s.t. (2 D_k - I) X~ v_k >= 0,  (2 D_k - I) X~ w_k >= 0,

(the same objective as the sign-normalized model: lam ||u_j|| is the balanced decay of a neuron).
Over *all* patterns its optimum is a lower bound for every width and is the optimum of width m
when the solution uses at most m neurons. Over *sampled* patterns (Gaussian gates) it is a
restriction: its solution is a network whose objective is an upper bound. The gated-ReLU variant
drops the cone constraints (gates fixed); its ReLU reading is only a heuristic.

Neurons map back as (v / sqrt||v||, +sqrt||v||) and (w / sqrt||w||, -sqrt||w||).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from ..errors import InputError
from ..formulation import TrainingProblem
from ..bounds import parameter_bounds
from ..network import Weights
from ..reformulations.sign_normalized import weights_from_normalized
from ..results import ZERO_LEVEL, Result, Termination
from ..network import augmented
from .arrangements import all_patterns, sampled_patterns
from .common import method_result, require_one_hidden_scalar

ZERO_NEURON = 1e-6  # a neuron whose ||u|| is below this share of the largest is dropped
SOLVER_ALLOWANCE = 1e-7
"""The interior-point solution is optimal to Clarabel's gap tolerances (CLARABEL_GAP below,
relative and, scaled by the zero network's objective, absolute); the reported lower bound is its
objective minus this share of max(|objective|, ZERO_LEVEL x the zero network's objective), so
that it stays a bound at every data scale (an absolute 1e-7 was larger than small optima)."""
CLARABEL_GAP = 1e-10


def solve_convex(problem: TrainingProblem, patterns: str = "all", samples: int = 100, seed: int = 0) -> Result:
    """``patterns="all"``: the exact reformulation; ``"sampled"``: the randomized relaxation
    with ``samples`` Gaussian gates."""
    start = time.perf_counter()
    _check(problem, "the convex reformulation")
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    d = all_patterns(x_tilde) if patterns == "all" else sampled_patterns(x_tilde, samples, seed)
    value, v, w, bias, solver = _group_lasso(problem, x_tilde, d, constrained=True)
    neurons = _merge_compatible(_neurons(v, w), x_tilde)
    width = arch.hidden[0]
    details: dict[str, Any] = {
        "patterns": int(len(d)),
        "pattern_source": "all (exact enumeration)" if patterns == "all" else f"{samples} Gaussian gates, seed {seed}",
        "convex_objective": value,
        "neurons_used": len(neurons),
        "width": width,
    }
    weights = _network(neurons[:width], width, bias, problem)
    objective = problem.objective(weights)
    if patterns == "all":
        bound = value - SOLVER_ALLOWANCE * max(abs(value), ZERO_LEVEL * problem.reference_objective())
        exact = len(neurons) <= width
        details["exact"] = exact
        termination = Termination.OPTIMAL if exact else Termination.BOUND_ONLY
        if not exact:
            details["note"] = (
                f"the convex optimum uses {len(neurons)} neurons > width {width}: it is a lower "
                f"bound; the incumbent keeps the {width} largest neurons"
            )
    else:
        bound, termination = -np.inf, Termination.HEURISTIC
        details["note"] = "sampled patterns restrict the program: the result is an upper bound, no lower bound"
    return method_result(
        problem, "convex" if patterns == "all" else "sampled-convex", weights, objective, bound,
        termination, time.perf_counter() - start, solver, details,
    )


def solve_gated(problem: TrainingProblem, samples: int = 100, seed: int = 0) -> Result:
    """Gated-ReLU relaxation with sampled gates; the ReLU network read from it is a heuristic."""
    start = time.perf_counter()
    _check(problem, "the gated-ReLU relaxation")
    data, arch = problem.dataset, problem.architecture
    x_tilde = augmented(data.x, arch.hidden_bias)
    d = sampled_patterns(x_tilde, samples, seed)
    value, v, _, bias, solver = _group_lasso(problem, x_tilde, d, constrained=False)
    neurons = _neurons(v, np.zeros_like(v))
    width = arch.hidden[0]
    weights = _network(neurons[:width], width, bias, problem)
    details = {
        "patterns": int(len(d)),
        "gated_objective": value,
        "neurons_used": len(neurons),
        "width": width,
        "note": "gated-ReLU optimum, read as ReLU weights (patterns change): a heuristic incumbent",
    }
    return method_result(
        problem, "gated-relu", weights, problem.objective(weights), -np.inf,
        Termination.HEURISTIC, time.perf_counter() - start, solver, details,
    )


def _check(problem: TrainingProblem, what: str) -> None:
    require_one_hidden_scalar(problem, what)
    domain = problem.domain
    if domain.decay is None or domain.box is not None:
        raise InputError(f"{what} needs weight decay and no weight box (--weight-decay L without --bound)")
    if not domain.decay.include_biases and (problem.architecture.hidden_bias or problem.architecture.output_bias):
        raise InputError(f"{what} needs weight decay on the biases too")


def _group_lasso(problem: TrainingProblem, x_tilde: np.ndarray, d: np.ndarray, constrained: bool):
    try:
        import cvxpy as cp
    except ImportError:
        raise InputError("the convex methods need cvxpy (pip install 'relu-opt[convex]')") from None
    lam = problem.domain.decay.lam
    t = problem.dataset.y[:, 0]
    n_patterns, n_coords = len(d), x_tilde.shape[1]
    mask = d.T.astype(float)  # N x P
    v = cp.Variable((n_patterns, n_coords))
    w = cp.Variable((n_patterns, n_coords)) if constrained else None
    effective = v - w if constrained else v
    prediction = cp.sum(cp.multiply(mask, x_tilde @ effective.T), axis=1)
    bias = cp.Variable() if problem.architecture.output_bias else None
    if bias is not None:
        prediction = prediction + bias
    residual = prediction - t
    loss = {"squared": cp.sum_squares, "l1": cp.norm1, "linf": cp.norm_inf}[problem.loss](residual)
    penalty = lam * cp.sum(cp.norm(v, 2, axis=1))
    constraints = []
    if constrained:
        penalty += lam * cp.sum(cp.norm(w, 2, axis=1))
        signs = 2.0 * mask - 1.0
        constraints = [cp.multiply(signs, x_tilde @ v.T) >= 0, cp.multiply(signs, x_tilde @ w.T) >= 0]
    if bias is not None:
        penalty += lam / 2 * cp.square(bias)
    program = cp.Problem(cp.Minimize(loss + penalty), constraints)
    reference = problem.reference_objective()
    program.solve(solver=cp.CLARABEL, tol_gap_rel=CLARABEL_GAP, tol_gap_abs=CLARABEL_GAP * reference)
    if program.status == "optimal_inaccurate":  # not to the tolerances the bound relies on
        version = f"cvxpy {cp.__version__} / CLARABEL (inaccurate)"
    elif program.status != "optimal":
        raise InputError(f"the convex program was not solved: {program.status}")
    else:
        version = f"cvxpy {cp.__version__} / CLARABEL"
    return (
        float(program.value),
        np.asarray(v.value),
        np.asarray(w.value) if constrained else None,
        0.0 if bias is None else float(bias.value),
        version,
    )


def _neurons(v: np.ndarray, w: np.ndarray) -> list[tuple[np.ndarray, int]]:
    """Nonzero (u, sign) pairs, largest first."""
    candidates = [(row, 1) for row in v] + [(row, -1) for row in w]
    norms = np.array([np.linalg.norm(u) for u, _ in candidates])
    if norms.size == 0 or norms.max() == 0:
        return []
    keep = np.flatnonzero(norms > ZERO_NEURON * norms.max())
    return [candidates[k] for k in keep[np.argsort(-norms[keep])]]


def _merge_compatible(neurons: list[tuple[np.ndarray, int]], x_tilde: np.ndarray) -> list[tuple[np.ndarray, int]]:
    """Merge neurons of one sign that fit one closed pattern cone (their values on the data are
    never strictly of opposite sign): the sum has the same output on the data and, by the
    triangle inequality, no larger penalty. Interior-point solutions spread an optimum over many
    such neurons; merged, the network often fits the width."""
    merged: list[tuple[np.ndarray, int]] = []
    for u, sign in neurons:
        values = x_tilde @ u
        tolerance = 1e-7 * (np.abs(values).max() + 1e-300)
        for index, (other, other_sign) in enumerate(merged):
            if other_sign != sign:
                continue
            others = x_tilde @ other
            limit = 1e-7 * (np.abs(others).max() + 1e-300)
            if not np.any(((values > tolerance) & (others < -limit)) | ((values < -tolerance) & (others > limit))):
                merged[index] = (other + u, sign)
                break
        else:
            merged.append((u, sign))
    return sorted(merged, key=lambda pair: -np.linalg.norm(pair[0]))


def _network(neurons, width: int, bias: float, problem: TrainingProblem) -> Weights:
    """Balanced weights of the given (u, sign) neurons, padded with zero neurons to ``width``."""
    arch = problem.architecture
    coords = arch.n_inputs + int(arch.hidden_bias)
    u, signs = np.zeros((width, coords)), np.ones(width)
    for j, (vector, sign) in enumerate(neurons):
        u[j], signs[j] = vector, sign
    parameters = parameter_bounds(problem.dataset, arch, problem.domain, problem.loss)
    return weights_from_normalized(u, signs, bias, arch, parameters, problem.domain)
