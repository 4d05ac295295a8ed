"""A fast local method: multi-start projected Adam on the network itself, in numpy.

It supplies an incumbent and a cutoff to the exact solve, and its loss next to the certified
optimum measures the gap gradient training leaves. All starts run as one batch (arrays carry a
leading "start" axis), so 32 starts cost little more than one. Weights stay in the box by
projection after every step; weight decay enters the gradient. A time budget stops the
steps early (every start keeps its weights so far): the warm start never eats a solve's limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import numpy as np

from ..architecture import Architecture, WeightDecay
from ..bounds import ParameterBounds, parameter_bounds
from ..data import Dataset
from ..network import Layer, Weights, decay_penalty, loss_value
from .polish import polish
from .rebalance import rebalance


MAX_POINTS = 4096
"""Gradient steps use at most this many points (a random subset): with two million points one
step of 32 starts took seconds and gigabytes. The final candidates are scored on all points."""


@dataclass(frozen=True)
class LocalSearchResult:
    weights: Weights
    objective: float  # loss + penalty of ``weights``, computed exactly in numpy
    objectives: tuple[float, ...]  # final objective of every start, best first
    seconds: float
    candidates: tuple[Weights, ...] = ()  # every start's network, in the order of ``objectives``
    free_runs: int = 0  # Levenberg-Marquardt runs from random weights finished in the budget


def local_search(
    dataset: Dataset,
    architecture: Architecture,
    bounds: ParameterBounds,
    loss: str = "squared",
    decay: WeightDecay | None = None,
    starts: int = 32,
    steps: int = 2000,
    learning_rate: float = 0.02,
    seed: int = 0,
    time_budget: float | None = None,
    output_signs: tuple[int, ...] | None = None,
    free_starts: int = 0,
    free_seconds: float = 1.0,
) -> LocalSearchResult:
    """Best of ``starts`` projected-Adam runs inside the box ``bounds`` (never leaves it),
    stopping after ``time_budget`` seconds if given. ``output_signs`` (scalar output): keep
    each hidden neuron's output weight >= 0 (+1) or <= 0 (-1), i.e. inside one sign class.
    ``free_starts``: as many Levenberg-Marquardt runs from random weights in a wider box,
    each rescaled into the box by positive homogeneity where it fits (``rebalance.py``), for at
    most ``free_seconds``."""
    begin = time.perf_counter()
    coefficients = None if decay is None else decay.coefficients(len(architecture.layers))
    rng = np.random.default_rng(seed)
    limits = _limits(architecture, bounds, output_signs)
    params = _initial(architecture, bounds, starts, rng)
    for p, (low, high) in zip(params, limits):
        np.clip(p, low, high, out=p)
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    train_x, train_y, weight = dataset.x, dataset.y, 1.0
    if dataset.n_points > MAX_POINTS:
        # The steps see a random subset (their gradients scaled up to the whole loss); the
        # candidates are scored on every point below.
        chosen = np.sort(rng.choice(dataset.n_points, MAX_POINTS, replace=False))
        train_x, train_y, weight = dataset.x[chosen], dataset.y[chosen], dataset.n_points / MAX_POINTS
    x = np.broadcast_to(train_x, (starts, *train_x.shape))
    for step in range(1, steps + 1):
        if time_budget is not None and time.perf_counter() - begin > time_budget:
            break
        grads = _gradients(params, architecture, x, train_y, loss, coefficients, weight)
        rate = learning_rate * 0.5 * (1 + np.cos(np.pi * step / steps)) + 1e-4  # cosine decay
        for index, (p, g) in enumerate(zip(params, grads)):
            m, v = moments[index]
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            p -= rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-12)
            low, high = limits[index]
            np.clip(p, low, high, out=p)

    candidates = [_network(params, architecture, s) for s in range(starts)]
    out_of_time = time_budget is not None and time.perf_counter() - begin > time_budget
    if loss == "squared" and architecture.n_hidden_layers >= 1 and not out_of_time:
        candidates = [fit_output_layer(net, dataset, bounds, coefficients, output_signs) for net in candidates]
    scored = sorted(
        (
            loss_value(net.predict(dataset.x), dataset.y, loss)
            + (0.0 if coefficients is None else decay_penalty(net, coefficients)),
            index,
        )
        for index, net in enumerate(candidates)
    )
    if loss == "squared" and not out_of_time:
        # Levenberg-Marquardt on the few best gradient runs: gradient steps stop near a minimum,
        # not at it (an almost exact fit at 6.8e-10 stays uncertified where 1e-10 is needed).
        left = None if time_budget is None else max(0.0, time_budget - (time.perf_counter() - begin))
        for value, index in scored[:POLISHED]:
            share = POLISH_SECONDS if left is None else min(POLISH_SECONDS, left / POLISHED)
            candidates[index] = polish(candidates[index], dataset, limits, coefficients, share)
        scored = sorted((_objective(net, dataset, loss, coefficients), index) for index, net in enumerate(candidates))
    free_runs = 0
    in_time = time_budget is None or time.perf_counter() - begin < time_budget
    if free_starts and loss == "squared" and coefficients is None and in_time:
        left = free_seconds if time_budget is None else min(free_seconds, time_budget - (time.perf_counter() - begin))
        free, free_runs = _free_runs(dataset, architecture, bounds, limits, free_starts, rng, left)
        candidates.extend(free)
        scored.extend((_objective(net, dataset, loss, None), len(candidates) - len(free) + k) for k, net in enumerate(free))
        scored.sort()
    best_value, best_index = scored[0]
    return LocalSearchResult(
        candidates[best_index], best_value, tuple(v for v, _ in scored), time.perf_counter() - begin,
        tuple(candidates[index] for _, index in scored), free_runs,
    )


POLISHED = 3  # candidates polished by Levenberg-Marquardt
POLISH_SECONDS = 1.0  # at most, each
FREE_WIDENING = 4.0  # the free runs' box, in multiples of the domain's (output biases excepted)
FREE_ITERATIONS = 200  # from a random start LM needs more steps than from a trained network


def _free_runs(dataset: Dataset, arch: Architecture, bounds: ParameterBounds, limits: list, count: int,
               rng: np.random.Generator, time_budget: float) -> tuple[list[Weights], int]:
    """Levenberg-Marquardt from random weights in a box FREE_WIDENING times the domain's, each
    result rescaled into the domain (``rebalance``) or dropped. Why: projected gradient steps
    stay in the part of the box they start in; on two hidden layers (library
    teacher-N8-n2-m2x2-p1-s0) 256 Adam starts ended at 1.5e-4 or worse, while about one LM run in
    130 reached the exact fit (5e-31), whose largest weight, 4.1, rescales to within |w| <= 3."""
    begin = time.perf_counter()
    budget = max(0.0, time_budget)
    last = len(limits) - 1  # the output biases: no rescaling moves them, so they keep their interval
    wide = [limit if k == last else (np.asarray(limit[0]) * FREE_WIDENING, np.asarray(limit[1]) * FREE_WIDENING)
            for k, limit in enumerate(limits)]
    params = _initial(arch, bounds, count, rng)
    exact = 1e-24 * max(float(np.sum(dataset.y**2)), 1e-300)
    found, runs = [], 0
    for start in range(count):
        left = budget - (time.perf_counter() - begin)
        if left <= 0:
            break
        runs += 1
        net = polish(_network(params, arch, start), dataset, wide, None, left, iterations=FREE_ITERATIONS)
        inside = rebalance(net, limits)
        if inside is not None:
            found.append(inside)
            if loss_value(inside.predict(dataset.x), dataset.y, "squared") <= exact:
                break  # an exact fit: nothing left to find
    return found, runs


def _objective(net: Weights, dataset: Dataset, loss: str, coefficients) -> float:
    return loss_value(net.predict(dataset.x), dataset.y, loss) + (0.0 if coefficients is None else decay_penalty(net, coefficients))


def _limits(arch: Architecture, bounds: ParameterBounds,
            output_signs: tuple[int, ...] | None = None) -> list[tuple[np.ndarray | float, np.ndarray | float]]:
    """(lower, upper) of each parameter array [W_1, b_1, W_2, b_2, ...]: the box, and the
    output bias's own interval (off 0 once the labels' offset is taken out); with
    ``output_signs``, the output weights on their side of 0."""
    limits = []
    for l in arch.layers:
        if l == 1:
            columns = bounds.first_layer_weights(arch.n_inputs)  # per input column
            limits.append((-columns, columns))
        elif l == arch.layers[-1] and output_signs is not None:
            signs = np.asarray(output_signs, dtype=float)
            limit = bounds.weight[l - 1]
            limits.append((np.where(signs > 0, 0.0, -limit), np.where(signs > 0, limit, 0.0)))
        else:
            limits.append((-bounds.weight[l - 1], bounds.weight[l - 1]))
        if l == arch.layers[-1]:
            limits.append(bounds.output_bias_interval(arch))
        else:
            limits.append((-bounds.bias[l - 1], bounds.bias[l - 1]))
    return limits


def _initial(arch: Architecture, bounds: ParameterBounds, starts: int, rng: np.random.Generator) -> list[np.ndarray]:
    """He-style initialisation clipped to the box: [W_1, b_1, W_2, b_2, ...], each (starts, ...)."""
    params = []
    for l in arch.layers:
        rows, cols = arch.weight_shape(l)
        scale = min(np.sqrt(6.0 / cols), bounds.weight[l - 1])
        params.append(rng.uniform(-scale, scale, size=(starts, rows, cols)))
        bias_scale = min(0.5, bounds.bias[l - 1]) if arch.has_bias(l) else 0.0
        params.append(rng.uniform(-bias_scale, bias_scale, size=(starts, rows)))
    return params


def _gradients(params, arch: Architecture, x, y, loss: str, coefficients, weight: float = 1.0):
    """Backpropagation for all starts at once; biases of bias-free layers stay zero."""
    activations, pre = [x], []
    for l in arch.layers:
        W, b = params[2 * (l - 1)], params[2 * (l - 1) + 1]
        z = np.einsum("snk,sjk->snj", activations[-1], W) + b[:, None, :]
        pre.append(z)
        activations.append(np.maximum(z, 0.0) if l < arch.layers[-1] else z)
    residual = activations[-1] - y[None]
    if loss == "squared":
        delta = 2.0 * weight * residual
    elif loss == "l1":
        delta = weight * np.sign(residual)
    else:  # linf: subgradient at the worst residual of each start
        flat = np.abs(residual).reshape(residual.shape[0], -1)
        delta = np.zeros_like(flat)
        worst = flat.argmax(axis=1)
        delta[np.arange(len(worst)), worst] = np.sign(residual.reshape(len(worst), -1)[np.arange(len(worst)), worst])
        delta = delta.reshape(residual.shape)
    grads = [None] * len(params)
    for l in reversed(arch.layers):
        W = params[2 * (l - 1)]
        grads[2 * (l - 1)] = np.einsum("snj,snk->sjk", delta, activations[l - 1])
        grads[2 * (l - 1) + 1] = delta.sum(axis=1) if arch.has_bias(l) else np.zeros_like(params[2 * (l - 1) + 1])
        if coefficients is not None:
            c_weight, c_bias = coefficients[l - 1]
            grads[2 * (l - 1)] += c_weight * W
            if arch.has_bias(l):
                grads[2 * (l - 1) + 1] += c_bias * params[2 * (l - 1) + 1]
        if l > 1:
            delta = np.einsum("snj,sjk->snk", delta, W) * (pre[l - 2] > 0)
    return grads


def _network(params, arch: Architecture, start: int) -> Weights:
    return Weights(
        tuple(
            Layer(
                params[2 * (l - 1)][start].copy(),
                params[2 * (l - 1) + 1][start].copy() if arch.has_bias(l) else None,
            )
            for l in arch.layers
        )
    )


def fit_output_layer(net: Weights, data: Dataset, bounds: ParameterBounds, coefficients,
                     output_signs: tuple[int, ...] | None = None) -> Weights:
    """With hidden layers fixed the squared loss is least squares in the output layer: solve it
    exactly (ridge with decay) and keep the result if it stays in the box."""
    last = net.layers[-1]
    hidden = net.trace(data.x)[1][-1]
    columns = [hidden] + ([np.ones((data.n_points, 1))] if last.bias is not None else [])
    design = np.hstack(columns)
    penalty = np.zeros(design.shape[1])
    if coefficients is not None:
        c_weight, c_bias = coefficients[-1]
        penalty[: hidden.shape[1]] = c_weight / 2
        if last.bias is not None:
            penalty[-1] = c_bias / 2
    solution = np.linalg.lstsq(
        np.vstack([design, np.diag(np.sqrt(penalty))]),
        np.vstack([data.y, np.zeros((design.shape[1], data.n_outputs))]),
        rcond=None,
    )[0].T
    weight, bias = solution[:, : hidden.shape[1]], (solution[:, -1] if last.bias is not None else None)
    if bias is not None:
        low, high = bounds.output_bias_interval(Architecture(1, (1,), len(bias)))
        if np.any(bias < low) or np.any(bias > high):
            return net
    if np.abs(weight).max(initial=0) > bounds.weight[-1]:
        return net
    if output_signs is not None and np.any(weight * np.asarray(output_signs)[None, :] < 0):
        return net  # it left the sign class
    return Weights((*net.layers[:-1], Layer(weight, bias)))


def polish_incumbent(problem, net: Weights, time_budget: float = 0.5) -> tuple[Weights, float | None]:
    """The solver's incumbent polished by Levenberg-Marquardt (squared loss): the solver stops
    at its feasibility tolerances, so its network's exact loss can sit a few 1e-6 (relative)
    above the optimum of its own activation region, and an interval proven to 1e-6 was then
    reported "within 3.2e-6" (library teacher-N8-n2-m2-p1-s2, an almost exact fit); a
    time-limited incumbent at 0.0055 polished to an exact fit (1e-31) where the data have one.
    Returns (network, its objective), or (``net``, None) when no step helped; the network is
    never worse and stays in the domain's box."""
    if problem.loss != "squared":
        return net, None
    architecture, dataset = problem.architecture, problem.dataset
    bounds = parameter_bounds(dataset, architecture, problem.domain, problem.loss)
    decay = problem.domain.decay
    coefficients = None if decay is None else decay.coefficients(len(architecture.layers))
    polished = polish(net, dataset, _limits(architecture, bounds), coefficients, time_budget)
    if polished is net:
        return net, None
    return polished, _objective(polished, dataset, problem.loss, coefficients)
