"""Symmetry breaking for the plain model: hidden neurons of a layer are interchangeable.

Permuting the neurons of layer l (rows of W_l and b_l, columns of W_{l+1}) leaves the network's
function unchanged, so requiring w[l, j, 0] >= w[l, j+1, 0] keeps at least one optimal solution.
"""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo

from ..formulation import TrainingModel
from ..network import Layer, Weights


def add_neuron_ordering(training: TrainingModel) -> None:
    """Order each hidden layer's neurons by their first incoming weight."""
    m, arch = training.model, training.architecture
    pairs = [(l, j) for l, width in enumerate(arch.hidden, start=1) for j in range(width - 1)]
    m.neuron_order = pyo.Constraint(pairs, rule=lambda _, l, j: m.w[l, j, 0] >= m.w[l, j + 1, 0])


def sort_neurons(weights: Weights) -> Weights:
    """The same function with each hidden layer's neurons sorted by first incoming weight
    (descending), so that it satisfies :func:`add_neuron_ordering`."""
    layers = list(weights.layers)
    for l in range(len(layers) - 1):
        order = np.argsort(-layers[l].weight[:, 0], kind="stable")
        current, following = layers[l], layers[l + 1]
        layers[l] = Layer(current.weight[order], None if current.bias is None else current.bias[order])
        layers[l + 1] = Layer(following.weight[:, order], following.bias)
    return Weights(tuple(layers))
