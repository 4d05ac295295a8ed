"""Exact anchor normalization for one hidden layer and vector outputs (p >= 2), weight box.

For a neuron with output column w2_j != 0 let k* be a coordinate of largest magnitude,
c = |w2_{k*j}| <= B2 and a_j = w2_j / c: then a_{k*j} = +-1 (the *anchor*), |a_kj| <= 1, and
w2_j relu(w1_j . x + b1_j) = a_j relu(u_j . x~) with u_j = c (w1_j, b1_j), which ranges exactly
over the box B2 * [B1 box] (as in the scalar case). Conversely every (u_j, a_j) maps back with
w2_j = c_j a_j, (w1_j, b1_j) = u_j / c_j for any c_j in [max_k |u_jk| / B_k, B2].

A *class* fixes every neuron's anchor (k*, sign); neurons with equal anchors are
interchangeable, so classes are multisets: C(2p + m - 1, m) of them. Within a class the anchored
output is linear in the activations; only the other p - 1 outputs keep bilinear terms a_kj h_ij,
now with a_kj in [-1, 1] instead of [-B2, B2], and the scaling continuum (w1 c, w2 / c) is gone.
The plain model's bound stays at 0 for hours on two-output instances; measured here, classes
with cutoffs close most of the gap (see the issue-3 note).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
import pyomo.environ as pyo

from dataclasses import replace

from ..architecture import Architecture, Domain
from ..bounds import parameter_bounds
from ..data import Dataset
from ..encodings import get_encoding
from ..errors import InputError
from ..formulation import TrainingModel, TrainingProblem, add_objective, set_output_values, variable_value
from ..network import Layer, Weights, augmented
from .sign_normalized import neuron_scales, normalized_bounds
from .skeleton import add_normalized_neurons, load_normalized_neurons, neuron_bounds, original_activations

NAME = "anchor-normalized"
Anchor = tuple[int, int]  # (output k*, sign)


def anchor_blocker(architecture: Architecture, domain: Domain) -> str | None:
    if architecture.n_hidden_layers != 1:
        return f"it needs exactly one hidden layer (this network has {architecture.n_hidden_layers})"
    if architecture.n_outputs < 2:
        return "it is for two or more outputs (one output: use sign normalization)"
    if domain.decay is not None:
        return "it is implemented for a weight box without weight decay"
    return None


def first_output_domain(domain: Domain) -> Domain:
    """The domain seen by the first output alone (only its bias interval): the bounds of u,
    which do not depend on the outputs, come from the scalar problem."""
    if domain.box is None or not domain.box.output_bias_range:
        return domain
    return replace(domain, box=replace(domain.box, output_bias_range=domain.box.output_bias_range[:1]))


def anchor_classes(width: int, outputs: int) -> list[tuple[Anchor, ...]]:
    """All multisets of ``width`` anchors, each a sorted tuple."""
    kinds = [(k, s) for k in range(outputs) for s in (1, -1)]
    return [tuple(c) for c in itertools.combinations_with_replacement(kinds, width)]


def network_class(network: Weights) -> tuple[Anchor, ...]:
    """The class of a network: each neuron's largest output coordinate and its sign
    (a zero column counts as (0, +1))."""
    w2 = network.layers[-1].weight
    anchors = []
    for j in range(w2.shape[1]):
        column = w2[:, j]
        k = int(np.argmax(np.abs(column)))
        anchors.append((k, 1 if column[k] >= 0 else -1))
    return tuple(sorted(anchors))


@dataclass
class AnchorTrainingModel(TrainingModel):
    anchors: tuple[Anchor, ...] = ()
    u_bound: np.ndarray | None = None

    def normalized(self) -> tuple[np.ndarray, np.ndarray]:
        """(u as m x d, a as p x m) from the current values."""
        m, width = self.model, self.architecture.hidden[0]
        u = np.array([[variable_value(m.u[j, k]) for k in range(self.u_bound.size)] for j in range(width)])
        a = np.array([[variable_value(m.a[k, j]) for j in range(width)] for k in range(self.architecture.n_outputs)])
        return u, a

    def weights(self) -> Weights:
        u, a = self.normalized()
        arch = self.architecture
        bias = np.array([variable_value(self.model.b[2, k]) for k in range(arch.n_outputs)]) if arch.output_bias else None
        return anchor_weights(u, a, bias, arch, self.bounds.parameters, self.domain)

    def activations(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The solver's activations divided by c_j: those of the original network."""
        u = self.normalized()[0]
        return original_activations(self, neuron_scales(u, self.architecture, self.bounds.parameters, self.domain))

    def load_network(self, network: Weights) -> None:
        hidden, output = network.layers
        w2 = output.weight
        anchors = [(int(np.argmax(np.abs(w2[:, j]))), 0) for j in range(w2.shape[1])]
        anchors = [(k, 1 if w2[k, j] >= 0 else -1) for j, (k, _) in enumerate(anchors)]
        order = sorted(range(len(anchors)), key=lambda j: anchors[j])
        if tuple(anchors[j] for j in order) != self.anchors:
            raise ValueError(f"the network's anchors {sorted(anchors)} are not this class {self.anchors}")
        inner = hidden.weight if hidden.bias is None else np.hstack([hidden.weight, hidden.bias[:, None]])
        c = np.array([np.max(np.abs(w2[:, j])) for j in range(w2.shape[1])])
        u = (c[:, None] * inner)[order]
        a = (w2 / np.where(c > 0, c, 1.0)[None, :])[:, order]
        m, data = self.model, self.dataset
        for (k, j), value in np.ndenumerate(a):
            if not m.a[k, j].fixed:
                m.a[k, j].set_value(float(value))
        if self.architecture.output_bias:
            for k, value in enumerate(output.bias):
                m.b[2, k].set_value(float(value))
        post = load_normalized_neurons(self, u, augmented(data.x, self.architecture.hidden_bias))
        bias = output.bias if output.bias is not None else np.zeros(w2.shape[0])
        set_output_values(m, post @ a.T + bias[None, :], data.y)


def anchor_weights(u: np.ndarray, a: np.ndarray, bias: np.ndarray | None, architecture: Architecture,
                   parameters, domain: Domain) -> Weights:
    """The network of anchor-normalized (u: m x d, a: p x m, output bias): each neuron's scale
    c_j split between its layers so both stay in their boxes (|w2| <= c_j <= B2)."""
    scale = neuron_scales(u, architecture, parameters, domain)
    inner = u / np.where(scale > 0, scale, 1.0)[:, None]
    n = architecture.n_inputs
    return Weights((
        Layer(inner[:, :n], inner[:, n] if architecture.hidden_bias else None),
        Layer(a * scale[None, :], bias),
    ))


def anchor_u_bound(problem: TrainingProblem) -> np.ndarray:
    """The box of each u_j = c (w1_j, b1_j): the scalar problem's (it does not depend on y)."""
    dataset, architecture = problem.dataset, problem.architecture
    scalar = architecture.__class__(architecture.n_inputs, architecture.hidden, 1, architecture.hidden_bias, architecture.output_bias)
    scalar_data = Dataset(dataset.x, dataset.y[:, :1], name=dataset.name)
    _, u_bound, _ = normalized_bounds(scalar_data, scalar, first_output_domain(problem.domain), problem.loss)
    return u_bound


def build_anchor_model(problem: TrainingProblem, anchors: tuple[Anchor, ...]) -> AnchorTrainingModel:
    dataset, architecture, domain = problem.dataset, problem.architecture, problem.domain
    blocker = anchor_blocker(architecture, domain)
    if blocker is not None:
        raise InputError(f"anchor normalization does not apply: {blocker}")
    width, p = architecture.hidden[0], architecture.n_outputs
    anchors = tuple(sorted(anchors))
    if len(anchors) != width or any(not (0 <= k < p and s in (1, -1)) for k, s in anchors):
        raise InputError(f"anchors must be {width} pairs (output, +-1), got {anchors}")
    u_bound = anchor_u_bound(problem)
    original = parameter_bounds(dataset, architecture, domain, problem.loss)
    out_bias = original.output_bias_interval(architecture)
    x_tilde = augmented(dataset.x, architecture.hidden_bias)
    bounds = neuron_bounds(x_tilde, u_bound, width, p, out_bias, original)

    m = pyo.ConcreteModel(name=f"relu_opt_{dataset.name}_anchored")
    neurons, points = range(width), range(dataset.n_points)
    relu = get_encoding(problem.encoding)
    training = AnchorTrainingModel(m, dataset, architecture, domain, problem.loss, relu.name, bounds,
                                   formulation=NAME, anchors=anchors, u_bound=u_bound)
    training.records = add_normalized_neurons(m, x_tilde, u_bound, bounds, relu.name)
    m.a = pyo.Var(range(p), neurons, bounds=(-1.0, 1.0))
    for j, (k, s) in enumerate(anchors):
        m.a[k, j].fix(float(s))
    m.b = pyo.Var([(2, k) for k in range(p)] if architecture.output_bias else [],
                  bounds=lambda _, l, k: (float(out_bias[0][k]), float(out_bias[1][k])))
    m.out = pyo.Var(
        [(i, k) for i in points for k in range(p)],
        bounds=lambda _, i, k: (float(bounds.out_lower[i, k]), float(bounds.out_upper[i, k])),
    )
    m.out_definition = pyo.Constraint(
        m.out.index_set(),
        rule=lambda _, i, k: m.out[i, k] == sum(m.a[k, j] * m.post[1, i, j] for j in neurons)
        + (m.b[2, k] if architecture.output_bias else 0.0),
    )
    add_objective(m, dataset, problem.loss, bounds)
    return training
