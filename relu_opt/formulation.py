"""The model factory: data + architecture + domain + encoding + loss -> a Pyomo model.

Components carry deterministic integer indices (layers 1..L+1 as in the mathematics, points,
neurons and inputs 0-based as in the numpy arrays):

    w[l, j, k]    weight from unit k of layer l-1 to unit j of layer l
    b[l, j]       bias of unit j of layer l (only layers that have biases)
    pre[l, i, j]  pre-activation of hidden unit j of layer l on data point i
    post[l, i, j] its ReLU output
    out[i, k]     network output k on data point i
    relu[l, i, j] block holding the encoding of post = max(0, pre)

The first layer's pre-activations are linear in the weights (x is data); every later layer and
the output multiply a weight by an activation: bilinear equalities.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyomo.environ as pyo

from .architecture import Architecture, Domain
from .bounds import NetworkBounds, interval_bounds, parameter_bounds
from .data import Dataset
from .encodings import Encoding, Record, get_encoding
from .errors import InputError
from .network import LOSSES, Layer, Weights, constant_fit_objective, decay_penalty, loss_value


@dataclass
class TrainingModel:
    """A built training problem: the Pyomo model plus what is needed to read weights back."""

    model: pyo.ConcreteModel
    dataset: Dataset
    architecture: Architecture
    domain: Domain
    loss: str
    encoding: str
    bounds: NetworkBounds
    records: dict[tuple[int, int, int], Record] = field(default_factory=dict)
    formulation: str = "plain"

    @property
    def n_stable(self) -> int:
        """ReLUs whose bounds fix their state, so no encoding was needed."""
        return sum(1 for r in self.records.values() if r.encoding.startswith("stable"))

    def weights(self) -> Weights:
        """The network whose weights are the current variable values."""
        m, arch = self.model, self.architecture
        layers = []
        for l in arch.layers:
            rows, cols = arch.weight_shape(l)
            weight = np.array([[variable_value(m.w[l, j, k]) for k in range(cols)] for j in range(rows)])
            bias = np.array([variable_value(m.b[l, j]) for j in range(rows)]) if arch.has_bias(l) else None
            layers.append(Layer(weight, bias))
        return Weights(tuple(layers))

    def load_network(self, network: Weights) -> None:
        """Set every variable to the values ``network`` gives (a warm start, or a test that the
        model contains this network). The network must have this model's shape."""
        m, arch, data = self.model, self.architecture, self.dataset
        encoding = get_encoding(self.encoding)
        for l, layer in zip(arch.layers, network.layers):
            for (j, k), value in np.ndenumerate(layer.weight):
                m.w[l, j, k].set_value(float(value))
            if arch.has_bias(l):
                for j, value in enumerate(layer.bias):
                    m.b[l, j].set_value(float(value))
        pre, post, out = network.trace(data.x)
        for (l, i, j), block in m.relu.items():
            z = float(pre[l - 1][i, j])
            m.pre[l, i, j].set_value(z)
            if not m.post[l, i, j].fixed:
                m.post[l, i, j].set_value(float(post[l - 1][i, j]))
            if not self.records[l, i, j].encoding.startswith("stable"):
                encoding.assign(block, z)
        set_output_values(m, out, data.y)

    def activations(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The solver's own pre- and post-activations, per hidden layer (N x width)."""
        m, n = self.model, self.dataset.n_points
        pre, post = [], []
        for l, width in enumerate(self.architecture.hidden, start=1):
            pre.append(np.array([[variable_value(m.pre[l, i, j]) for j in range(width)] for i in range(n)]))
            post.append(np.array([[variable_value(m.post[l, i, j]) for j in range(width)] for i in range(n)]))
        return pre, post


def variable_value(var: pyo.Var) -> float:
    """A variable's value after a solve (raises if the solver left it unset)."""
    value = var.value
    if value is None:
        raise RuntimeError(f"variable {var.name} has no value: the solver returned no solution")
    return float(value)


@dataclass(frozen=True)
class TrainingProblem:
    """What to train: data, network shape, domain, loss, and the ReLU encoding to model it with."""

    dataset: Dataset
    architecture: Architecture
    domain: Domain
    loss: str = "squared"
    encoding: str = "bigm"

    def reference_objective(self) -> float:
        """The objective of the best constant network of the domain: the scale every gap and
        tolerance is measured against (``results.py``; unchanged by a constant added to the
        labels that the output bias can hold)."""
        return reference_objective(self.dataset, self.architecture, self.domain, self.loss)

    def objective(self, weights: Weights) -> float:
        """Training loss plus weight-decay penalty of ``weights``, by a numpy forward pass."""
        data = self.dataset
        loss = loss_value(weights.predict(data.x), data.y, self.loss)
        if self.domain.decay is None:
            return loss
        return loss + decay_penalty(weights, self.domain.decay.coefficients(len(weights.layers)))


def reference_objective(dataset: Dataset, architecture: Architecture, domain: Domain, loss: str) -> float:
    """:meth:`TrainingProblem.reference_objective` from its parts."""
    parameters = parameter_bounds(dataset, architecture, domain, loss)
    lower, upper = parameters.output_bias_interval(architecture)
    c_bias = domain.decay.coefficients(len(architecture.layers))[-1][1] if domain.decay is not None else 0.0
    return constant_fit_objective(dataset.y, loss, lower, upper, c_bias if architecture.output_bias else 0.0)


def build_model(problem: TrainingProblem) -> TrainingModel:
    """Build the exact training problem over its domain; every encoding has the same optimum."""
    dataset, architecture, domain = problem.dataset, problem.architecture, problem.domain
    loss, encoding = problem.loss, problem.encoding
    if loss not in LOSSES:
        raise InputError(f"unknown loss {loss!r}; choose from {', '.join(LOSSES)}")
    if (dataset.n_inputs, dataset.n_outputs) != (architecture.n_inputs, architecture.n_outputs):
        raise InputError(
            f"architecture expects {architecture.n_inputs} inputs and {architecture.n_outputs} "
            f"outputs, the data has {dataset.n_inputs} and {dataset.n_outputs}"
        )
    relu_encoding = get_encoding(encoding)
    bounds = interval_bounds(
        dataset, architecture, parameter_bounds(dataset, architecture, domain, loss)
    )
    m = pyo.ConcreteModel(name=f"relu_opt_{dataset.name}")
    _add_parameters(m, architecture, bounds)
    _add_activations(m, dataset, architecture, bounds)
    training = TrainingModel(m, dataset, architecture, domain, loss, relu_encoding.name, bounds)
    training.records = add_relus(m, relu_encoding, bounds)
    penalty = 0.0
    if domain.decay is not None:
        coefficients = domain.decay.coefficients(len(architecture.layers))
        penalty = sum(0.5 * coefficients[l - 1][0] * var**2 for (l, _, _), var in m.w.items())
        penalty += sum(0.5 * coefficients[l - 1][1] * var**2 for (l, _), var in m.b.items() if coefficients[l - 1][1] > 0)
    add_objective(m, dataset, loss, bounds, penalty)
    return training


def add_relus(
    m: pyo.ConcreteModel, encoding: Encoding, bounds: NetworkBounds
) -> dict[tuple[int, int, int], Record]:
    """Link every ``post[l,i,j] = max(0, pre[l,i,j])`` in block ``relu[l,i,j]``. Neurons whose
    bounds fix their state need no encoding: always off fixes post = 0, always on is post = pre."""
    records = {}
    m.relu = pyo.Block(list(m.pre.keys()))
    for key in m.pre.keys():
        lower, upper = bounds.pre(*key)
        block, pre, post = m.relu[key], m.pre[key], m.post[key]
        if upper <= 0:
            post.fix(0.0)
            records[key] = Record("stable-inactive", (), ())
        elif lower >= 0:
            block.identity = pyo.Constraint(expr=post == pre)
            records[key] = Record.of_block("stable-active", block)
        else:
            records[key] = encoding.add_relu(block, pre, post, lower, upper)
    return records


def _add_parameters(m: pyo.ConcreteModel, arch: Architecture, bounds: NetworkBounds) -> None:
    weight_index = [
        (l, j, k) for l in arch.layers for j in range(arch.sizes[l]) for k in range(arch.sizes[l - 1])
    ]
    bias_index = [(l, j) for l in arch.layers if arch.has_bias(l) for j in range(arch.sizes[l])]
    weight_bound = bounds.parameters.weight
    bias_bound = bounds.parameters.bias
    out_lower, out_upper = bounds.parameters.output_bias_interval(arch)
    output_layer = arch.layers[-1]

    def bias_interval(l: int, j: int) -> tuple[float, float]:
        if l == output_layer:
            return float(out_lower[j]), float(out_upper[j])
        return -bias_bound[l - 1], bias_bound[l - 1]

    columns = bounds.parameters.first_layer_weights(arch.n_inputs)

    def weight_interval(l: int, k: int) -> tuple[float, float]:
        limit = float(columns[k]) if l == 1 else weight_bound[l - 1]
        return -limit, limit

    m.w = pyo.Var(weight_index, bounds=lambda _, l, j, k: weight_interval(l, k))
    m.b = pyo.Var(bias_index, bounds=lambda _, l, j: bias_interval(l, j))


def _add_activations(
    m: pyo.ConcreteModel, data: Dataset, arch: Architecture, bounds: NetworkBounds
) -> None:
    hidden_index = [
        (l, i, j)
        for l, width in enumerate(arch.hidden, start=1)
        for i in range(data.n_points)
        for j in range(width)
    ]
    m.pre = pyo.Var(hidden_index, bounds=lambda _, l, i, j: bounds.pre(l, i, j))
    m.post = pyo.Var(
        hidden_index, bounds=lambda _, l, i, j: (0.0, float(bounds.post_upper(l)[i, j]))
    )
    m.out = pyo.Var(
        [(i, k) for i in range(data.n_points) for k in range(arch.n_outputs)],
        bounds=lambda _, i, k: (float(bounds.out_lower[i, k]), float(bounds.out_upper[i, k])),
    )

    def affine(l: int, i: int, j: int) -> pyo.Expression:
        """z = W_l a_{l-1} + b_l on point i: linear for l = 1 (a_0 = x is data), else bilinear."""
        if l == 1:
            terms = sum(m.w[l, j, k] * float(data.x[i, k]) for k in range(arch.n_inputs))
        else:
            terms = sum(m.w[l, j, k] * m.post[l - 1, i, k] for k in range(arch.sizes[l - 1]))
        return terms + m.b[l, j] if arch.has_bias(l) else terms

    output_layer = arch.layers[-1]
    m.pre_definition = pyo.Constraint(
        hidden_index, rule=lambda _, l, i, j: m.pre[l, i, j] == affine(l, i, j)
    )
    m.out_definition = pyo.Constraint(
        m.out.index_set(), rule=lambda _, i, k: m.out[i, k] == affine(output_layer, i, k)
    )


def add_objective(
    m: pyo.ConcreteModel, data: Dataset, loss: str, bounds: NetworkBounds, penalty: object = 0.0
) -> None:
    """Objective ``loss(out, y) + penalty`` on ``m.out[i, k]``; L1 and L-infinity get epigraph
    variables (``abs_residual[i,k]``, ``max_residual``) so that the model stays linear."""
    residual = {(i, k): m.out[i, k] - float(data.y[i, k]) for (i, k) in m.out.keys()}
    if loss == "squared":
        loss_expr = sum(r**2 for r in residual.values())
    else:
        # |r| <= e as two linear inequalities; the objective pushes e down to |r|.
        worst = np.maximum(np.abs(bounds.out_upper - data.y), np.abs(bounds.out_lower - data.y))
        if loss == "l1":
            m.abs_residual = pyo.Var(
                m.out.index_set(), bounds=lambda _, i, k: (0.0, float(worst[i, k]))
            )
            error = m.abs_residual
            loss_expr = sum(m.abs_residual.values())
        else:
            m.max_residual = pyo.Var(bounds=(0.0, float(worst.max())))
            error = {key: m.max_residual for key in residual}
            loss_expr = m.max_residual
        m.residual_upper = pyo.Constraint(
            m.out.index_set(), rule=lambda _, i, k: residual[i, k] <= error[i, k]
        )
        m.residual_lower = pyo.Constraint(
            m.out.index_set(), rule=lambda _, i, k: -residual[i, k] <= error[i, k]
        )
    m.loss = pyo.Expression(expr=loss_expr)
    m.penalty = pyo.Expression(expr=penalty)
    m.objective = pyo.Objective(expr=m.loss + m.penalty, sense=pyo.minimize)


def set_output_values(m: pyo.ConcreteModel, outputs: np.ndarray, targets: np.ndarray) -> None:
    """Set ``out`` and the loss's epigraph variables from network outputs (for warm starts)."""
    residual = outputs - targets
    for (i, k), var in m.out.items():
        var.set_value(float(outputs[i, k]))
    if hasattr(m, "abs_residual"):
        for (i, k), var in m.abs_residual.items():
            var.set_value(float(abs(residual[i, k])))
    if hasattr(m, "max_residual"):
        m.max_residual.set_value(float(np.max(np.abs(residual))))
