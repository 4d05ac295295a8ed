"""Networks read off the kink floor's nodes: incumbents for one-input, vector-output problems.

A node of ``relaxations/kink_gaps.py`` says which gaps between neighbouring inputs hold one kink or
two, and its QP point gives each one-kink gap's place (the outputs' own places mu_l = (sigma_l -
s_k,l) / (s_k+1,l - s_k,l), averaged with the slope changes as weights, kept in the node's
interval). Put a neuron at each of those places (two at the thirds of a two-kink gap), choose each
neuron's orientation, and the network's outputs are linear in its output weights and bias: one
least-squares solve per orientation set gives the best network with those kinks. The node dropped
the orientation (the slope left of every kink is minus the sum of the left-facing neurons' slope
changes) and the box; this puts both back, so what comes out is a network of the problem, scored
by the plain forward pass. With a neuron to spare, one more feature, x itself (a neuron on at
every input), makes every orientation set the same, so one solve is enough.

Why (issue 22): the library's ETR inversion gadget (15 points, 5 ReLUs, two outputs) has an exact
fit by construction, and neither the warm start nor 120 s of SCIP found one (best 0.235): the
floor was 0 and the incumbent was the problem. The kink floor walks exactly the configurations an
exact fit must lie in.
"""

from __future__ import annotations

import itertools
import time

import numpy as np

from ..bounds import ParameterBounds, parameter_bounds
from ..formulation import TrainingProblem
from ..network import Layer, Weights
from ..relaxations.kink_gaps import ONE, TWO, KinkGapRelaxation, KinkNode, KinkNodeBound
from .warm_start import polish_incumbent

MAX_ORIENTATION_SETS = 256  # 2^kinks least-squares solves (each a few microseconds); beyond: skip


def kink_places(relaxation: KinkGapRelaxation, node: KinkNode, z: np.ndarray) -> list[float]:
    """The node's kinks at its QP point ``z``, as the problem's inputs (sorted)."""
    values, slopes = relaxation.curve(z)
    places: list[float] = []
    for g, kind in enumerate(node.kinds):
        left, h = relaxation.inputs[g], relaxation.gap_lengths[g]
        if kind == TWO:
            places += [left + h / 3, left + 2 * h / 3]
        elif kind == ONE:
            secant = (values[g + 1] - values[g]) / h
            change = slopes[g + 1] - slopes[g]
            weight = float(np.abs(change).sum())
            lo, hi = node.places[g]
            mu = (lo + hi) / 2 if weight <= 0 else float(np.sign(change) @ (secant - slopes[g])) / weight
            mu = min(max(mu, lo), hi)
            places.append(left + (1.0 - mu) * h)  # mu is measured from the right-hand input
    return sorted(relaxation.in_input_units(t) for t in places)


def best_network(problem: TrainingProblem, bounds: ParameterBounds, places: list[float]) -> tuple[Weights, float] | None:
    """The best network (squared loss, forward pass) with a neuron at each of ``places`` (the
    problem's input units) over every orientation set, within the box; None when there are more
    kinks than neurons or too many orientation sets."""
    x = problem.dataset.x[:, 0]
    y = problem.dataset.y
    width = problem.architecture.hidden[0]
    kinks = len(places)
    spare = width - kinks
    if spare < 0 or (spare == 0 and 2 ** kinks > MAX_ORIENTATION_SETS):
        return None
    orientation_sets = [(1.0,) * kinks] if spare > 0 else list(itertools.product((1.0, -1.0), repeat=kinks))
    linear = _linear_neuron(x) if spare > 0 else None
    best: tuple[Weights, float] | None = None
    for orientations in orientation_sets:
        net = _fitted(problem, bounds, places, orientations, linear, x, y)
        value = problem.objective(net)  # the loss: the kink floor runs without decay
        if best is None or value < best[1]:
            best = (net, value)
    return best


def _linear_neuron(x: np.ndarray) -> tuple[float, float]:
    """(orientation, place) of a neuron that is on at every input, so linear there: facing right
    with its kink at or left of the smallest input, or left with it at or right of the largest;
    whichever place is nearer 0 (the box allows it the larger input weight)."""
    right, left = min(0.0, float(x.min())), max(0.0, float(x.max()))
    return (1.0, right) if abs(right) <= abs(left) else (-1.0, left)


def _fitted(problem: TrainingProblem, bounds: ParameterBounds, places: list[float], orientations: tuple[float, ...],
            linear: tuple[float, float] | None, x: np.ndarray, y: np.ndarray) -> Weights:
    """Least-squares output weights for neurons relu(o (x - t)), then each neuron's scale chosen
    inside the box (input and output weight at the same share of their limits, within what its
    place allows) and everything clipped to the box (the forward pass scores what is left)."""
    slopes = list(orientations) + ([linear[0]] if linear is not None else [])
    kinks = list(places) + ([linear[1]] if linear is not None else [])
    features = np.column_stack([np.maximum(o * (x - t), 0.0) for o, t in zip(slopes, kinks)] + [np.ones_like(x)])
    coefficients, *_ = np.linalg.lstsq(features, y, rcond=None)
    width = problem.architecture.hidden[0]
    w_limit = float(bounds.first_layer_weights(1)[0])
    b_limit, v_limit = float(bounds.bias[0]), float(bounds.weight[-1])
    w1 = np.zeros((width, 1))
    b1 = np.full(width, -b_limit)  # unused neurons: weight 0, bias <= 0: off everywhere
    v = np.zeros((y.shape[1], width))
    for j, (o, t) in enumerate(zip(slopes, kinks)):
        most = w_limit if t == 0 else min(w_limit, b_limit / abs(t))  # the largest input weight t allows
        size = float(np.abs(coefficients[j]).max())
        # inside the box where possible, input and output weights the same share of their limits:
        # at the box's edge the polish that follows stalls (the gadget's exact fit came out at
        # 7.5e-10 with the input weight at its limit, outside the certified gap of 0)
        scale = min(most, max(np.sqrt(most * size / v_limit), size / v_limit)) if size > 0 else most
        w1[j, 0], b1[j] = o * scale, -o * scale * t
        v[:, j] = np.clip(coefficients[j] / scale, -v_limit, v_limit)
    lower, upper = bounds.output_bias_interval(problem.architecture)
    # the bias that goes with the clipped weights: the mean residual, inside its interval
    hidden = np.maximum(x[:, None] * w1[:, 0] + b1, 0.0)
    c = np.clip((y - hidden @ v.T).mean(axis=0), lower, upper)
    return Weights((Layer(w1, b1), Layer(v, c)))


READ_SHARE, READ_FREE_SECONDS = 0.1, 0.1
"""Reading networks gets at most this share of the search's time (and this much free): at 0.3 it
cost the one-input twins, where nothing better is found, most of the floor's time again (N16:
4.3 s instead of 2.5 s); at 0.1 the gadgets' networks come as soon or sooner (the 5-ReLU exact
fit at 2.6 s after 93 reads instead of 3.5 s after 353: fewer reads of the early nodes leave time
for the later, better ones)."""
POLISH_ABOVE, POLISH_SECONDS, NEW_BEST_POLISH_SECONDS = 1.5, 0.05, 0.5
"""A network within POLISH_ABOVE x the best objective is polished (Levenberg-Marquardt, which also
moves the kinks) for at most POLISH_SECONDS: the node's places are the relaxation's, and an exact
fit needs them exact; a new best once more for NEW_BEST_POLISH_SECONDS (the inversion gadget's
exact fit: 3.2e-10 after the short polish, 1.4e-10 after the long one, and only the latter is
inside the certified gap of the bound 0; a further 0.5 s changed nothing)."""


class NodeNetworks:
    """The best network read off the nodes offered so far (``objective``: its loss, else the cutoff)."""

    def __init__(self, problem: TrainingProblem, relaxation: KinkGapRelaxation, cutoff: float, begin: float) -> None:
        self.problem, self.relaxation = problem, relaxation
        self.bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
        self.objective = cutoff
        self.network: Weights | None = None
        self.begin, self.spent, self.read = begin, 0.0, 0
        self.found_at: float | None = None  # seconds into the search when the best was found

    def offer(self, node: KinkNode, result: KinkNodeBound) -> None:
        """Read a network off ``node``'s QP point when its value is below the best so far (else no
        network with these kinks can be) and the time share allows."""
        if not result.value < self.objective:
            return
        start = time.perf_counter()
        if self.spent > READ_FREE_SECONDS + READ_SHARE * (start - self.begin):
            return
        found = best_network(self.problem, self.bounds, kink_places(self.relaxation, node, result.z))
        self.read += 1
        if found is not None and found[1] < POLISH_ABOVE * self.objective:
            net, value = found
            polished, polished_value = polish_incumbent(self.problem, net, POLISH_SECONDS)
            if polished_value is not None and polished_value < value:
                net, value = polished, polished_value
            if value < self.objective:
                polished, polished_value = polish_incumbent(self.problem, net, NEW_BEST_POLISH_SECONDS)
                if polished_value is not None and polished_value < value:
                    net, value = polished, polished_value
                self.network, self.objective = net, value
                self.found_at = time.perf_counter() - self.begin
        self.spent += time.perf_counter() - start
