"""Nuclear-norm sequential convex heuristic for exact fits (the seed blog; Doelman & Verhaegen 2016).

One hidden layer with biases, any number of outputs, a weight box. An exact fit satisfies
affine constraints Z = W1 X + b1 1', H >= 0, H >= Z and two families of bilinear equalities:
h (h - z) = 0 for every hidden unit and point, and W2 H + b2 1' = Y. A bilinear equality A B = C
holds iff the matrix [[C + A0 B + A B0 + A0 B0, A + A0], [B + B0, I]], affine in (A, B) for fixed
parameters (A0, B0), has rank dim(I). The heuristic minimises the nuclear norms of these matrices
(a convex program), then sets A0 <- -A*, B0 <- -B* and repeats.

It certifies nothing: the result is an incumbent whose loss the numpy forward pass recomputes.
The violations of both bilinear families are recorded per iteration.
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np

from ..bounds import parameter_bounds
from ..errors import InputError
from ..formulation import TrainingProblem
from ..network import Layer, Weights, loss_value
from ..results import Result, Termination
from .common import method_result

EXACT_FIT = 1e-6  # largest bilinear violation counted as satisfied


def solve_nuclear(
    problem: TrainingProblem,
    iterations: int = 30,
    init: str = "random",
    seed: int = 0,
    output_weight: float = 1.0,
) -> Result:
    """Run the heuristic; ``init`` is "zero" or "random" (parameters of the first round)."""
    try:
        import cvxpy as cp
    except ImportError:
        raise InputError("the nuclear-norm heuristic needs cvxpy (pip install 'relu-opt[convex]')") from None
    start = time.perf_counter()
    arch, data = problem.architecture, problem.dataset
    if arch.n_hidden_layers != 1 or not (arch.hidden_bias and arch.output_bias):
        raise InputError("the nuclear-norm heuristic needs one hidden layer with biases")
    if problem.domain.box is None:
        raise InputError("the nuclear-norm heuristic needs a weight box (--bound B)")
    if init not in ("zero", "random", "warm"):
        raise InputError(f"init must be 'zero', 'random' or 'warm', got {init!r}")
    bounds = parameter_bounds(data, arch, problem.domain, problem.loss)
    x, y = data.x.T, data.y.T  # n x N, p x N
    n, p, m, N = arch.n_inputs, arch.n_outputs, arch.hidden[0], data.n_points

    W1, b1 = cp.Variable((m, n)), cp.Variable(m)
    W2, b2 = cp.Variable((p, m)), cp.Variable(p)
    Z, H = W1 @ x + cp.reshape(b1, (m, 1), order="F") @ np.ones((1, N)), cp.Variable((m, N))
    h0, g0, a0, k0 = _initial_parameters(problem, init, seed, bounds)
    constraints = [
        H >= 0, H >= Z,
        cp.abs(W1) <= bounds.weight[0], cp.abs(b1) <= bounds.bias[0],
        cp.abs(W2) <= bounds.weight[1], cp.abs(b2) <= bounds.bias[1],
    ]
    history: list[dict[str, float]] = []
    best: tuple[float, Weights | None] = (np.inf, None)
    for iteration in range(1, iterations + 1):
        G = H - Z
        relu_terms = []
        for j in range(m):
            for i in range(N):
                corner = h0[j, i] * G[j, i] + H[j, i] * g0[j, i] + h0[j, i] * g0[j, i]
                relu_terms.append(cp.normNuc(cp.bmat([[_cell(corner), _cell(H[j, i] + h0[j, i])],
                                                     [_cell(G[j, i] + g0[j, i]), np.ones((1, 1))]])))
        target = y - cp.reshape(b2, (p, 1), order="F") @ np.ones((1, N))
        output_corner = target + a0 @ H + W2 @ k0 + a0 @ k0
        output_block = cp.bmat([[output_corner, W2 + a0], [H + k0, np.eye(m)]])
        program = cp.Problem(cp.Minimize(cp.sum(relu_terms) + output_weight * cp.normNuc(output_block)), constraints)
        program.solve(solver=cp.CLARABEL)
        if W1.value is None:
            raise InputError(f"the nuclear-norm program was not solved: {program.status}")
        h, g = H.value, H.value - Z.value
        relu_violation = float(np.max(np.abs(h * g)))
        output_violation = float(np.max(np.abs(W2.value @ h + b2.value[:, None] - y)))
        weights = Weights((Layer(W1.value.copy(), b1.value.copy()), Layer(W2.value.copy(), b2.value.copy())))
        recomputed = loss_value(weights.predict(data.x), data.y, problem.loss)
        history.append({
            "iteration": iteration, "relu_violation": relu_violation,
            "output_violation": output_violation, "recomputed_loss": recomputed,
        })
        if recomputed < best[0]:
            best = (recomputed, weights)
        if max(relu_violation, output_violation) <= EXACT_FIT:
            break
        h0, g0, a0, k0 = -h, -g, -W2.value, -h  # the blog's update: minus the optimum
    details: dict[str, Any] = {
        "iterations": len(history),
        "init": init,
        "exact_fit": bool(history and max(history[-1]["relu_violation"], history[-1]["output_violation"]) <= EXACT_FIT),
        "history": history,
    }
    return method_result(
        problem, "nuclear-norm", best[1], best[0], -np.inf, Termination.HEURISTIC,
        time.perf_counter() - start, f"cvxpy {cp.__version__} / CLARABEL", details,
    )


def _cell(expression):
    import cvxpy as cp

    return cp.reshape(expression, (1, 1), order="F")


def _initial_parameters(problem: TrainingProblem, init: str, seed: int, bounds):
    """(h0, g0, a0, k0) for the first round. "warm": minus the values of the best local-search
    network, the parameters for which that network is an optimum of the convex program."""
    m, N, p = problem.architecture.hidden[0], problem.dataset.n_points, problem.architecture.n_outputs
    if init == "zero":
        return np.zeros((m, N)), np.zeros((m, N)), np.zeros((p, m)), np.zeros((m, N))
    if init == "random":
        rng = np.random.default_rng(seed)
        return tuple(0.1 * rng.standard_normal(shape) for shape in [(m, N), (m, N), (p, m), (m, N)])
    from ..solving.warm_start import local_search

    net = local_search(problem.dataset, problem.architecture, bounds, problem.loss, seed=seed).weights
    pre, post, _ = net.trace(problem.dataset.x)
    h, z = post[0].T, pre[0].T
    return -h, -(h - z), -net.layers[1].weight, -h
