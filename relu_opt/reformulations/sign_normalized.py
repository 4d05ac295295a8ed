"""Exact sign normalization: one hidden layer, scalar output -> no bilinear terms.

Positive homogeneity gives w2_j relu(w1_j.x + b1_j) = s_j relu(u_j.(x, 1)) with s_j = sign(w2_j)
and u_j = |w2_j| (w1_j, b1_j). The output sum_j s_j relu(u_j.x~_i) + b2 is linear in u once the
signs and activation patterns are fixed, so the model is a mixed-integer convex QP (squared loss)
or MILP (L1, L-infinity) instead of a nonconvex one.

Domains map exactly:
* box |W1| <= B1, |b1| <= Bb1, |w2| <= B2: the reachable set of u_j is exactly
  |u_jk| <= B1 B2 (weights), |u_j0| <= Bb1 B2 (bias), because {c v : 0 <= c <= B2, v in box}
  = B2 * box (the box is convex and contains 0). The output bias keeps its own bound.
* weight decay (lam/2)||theta||^2 on weights and biases, without a box: for u_j = c v the
  penalty (lam/2)(||v||^2 + c^2) = (lam/2)(||u||^2/c^2 + c^2) is smallest at c^2 = ||u||, where it
  is lam ||u_j||_2. The problem becomes min loss + lam sum_j ||u_j||_2 + (lam/2) b2^2, a
  mixed-integer SOCP. From lam sum ||u_j|| <= loss(0): |u_jk| <= loss(0) / lam.
  With a coefficient per group (c1 on W1, cb on b1, c2 on w2, as the data scaling makes them)
  the same minimisation gives ||D u_j||_2 with D = sqrt(c2) diag(sqrt(c1), ..., sqrt(cb)) at
  c^2 = ||D u_j|| / c2.
* a box together with weight decay: the scale c_j = |w2_j| is no longer free, so it stays a
  variable, as t_j = c_j^2: the penalty of neuron j is (1/2)(sum_k c_k u_jk^2 / t_j + c2 t_j),
  jointly convex in (u_j, t_j) (quadratic over linear); the box is |u_jk| <= B_k g_j with
  g_j^2 <= t_j <= B2^2 (a network with t_j above g_j^2 maps back with c_j = sqrt(t_j), still in
  the box, at the same penalty). The model is a mixed-integer SOCP (``_add_boxed_decay``):
  exact both ways, where the unboxed-decay model's closed form lam ||u_j|| needed c_j free.

Signs are fixed per model (``signs=(+1, +1, -1)``: a *sign class*; neurons of one sign are
interchangeable) or chosen by binaries (``signs=None``). Weights map back with |w2_j| = c_j, any
c_j in [max_k |u_jk| / B_k, B2] (box; the geometric middle is used) or c_j = sqrt(||u_j||) (decay),
and the certificate re-checks them in the original network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyomo.environ as pyo

from ..architecture import Architecture, Domain
from ..bounds import NetworkBounds, ParameterBounds, parameter_bounds
from ..data import Dataset
from ..encodings import get_encoding
from ..errors import InputError
from ..formulation import TrainingModel, TrainingProblem, add_objective, set_output_values, variable_value
from ..network import LOSSES, Layer, Weights, augmented, zero_network_objective
from .skeleton import add_normalized_neurons, load_normalized_neurons, neuron_bounds, original_activations

NAME = "sign-normalized"


def normalization_blocker(architecture: Architecture, domain: Domain) -> str | None:
    """None if the normalization is exact for this problem, else the reason it is not."""
    if architecture.n_hidden_layers != 1:
        return f"it needs exactly one hidden layer (this network has {architecture.n_hidden_layers})"
    if architecture.n_outputs != 1:
        return f"it needs a scalar output (this network has {architecture.n_outputs} outputs)"
    if domain.decay is not None:
        if not domain.decay.include_biases and (architecture.hidden_bias or architecture.output_bias) \
                and domain.box is None:
            return "weight decay must penalize the biases too, or a box must bound them"
    return None


@dataclass(frozen=True)
class TightenedBounds:
    """Bounds valid for every solution with objective below ``cutoff`` (arrays N x m and N x 1)."""

    pre_lower: np.ndarray
    pre_upper: np.ndarray
    out_lower: np.ndarray
    out_upper: np.ndarray
    cutoff: float


@dataclass
class NormalizedTrainingModel(TrainingModel):
    """A sign-normalized model; weights read back in the original network's form."""

    signs: tuple[int, ...] | None = None  # None: chosen by the binaries sign[j]
    u_bound: np.ndarray | None = None  # per coordinate of u_j: weights..., bias

    @property
    def n_neurons(self) -> int:
        return self.architecture.hidden[0]

    def neuron_signs(self) -> tuple[int, ...]:
        if self.signs is not None:
            return self.signs
        return tuple(1 if self.model.sign[j].value > 0.5 else -1 for j in range(self.n_neurons))

    def normalized(self) -> tuple[np.ndarray, np.ndarray, float]:
        """(u as m x d, signs, output bias) from the current values."""
        m = self.model
        d = self.u_bound.size
        u = np.array([[variable_value(m.u[j, k]) for k in range(d)] for j in range(self.n_neurons)])
        bias = variable_value(m.b[2, 0]) if self.architecture.output_bias else 0.0
        return u, np.array(self.neuron_signs()), bias

    def weights(self) -> Weights:
        u, signs, out_bias = self.normalized()
        return weights_from_normalized(u, signs, out_bias, self.architecture, self.bounds.parameters, self.domain)

    def activations(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The solver's activations, divided by |w2_j| to be those of the original network."""
        u = self.normalized()[0]
        return original_activations(self, neuron_scales(u, self.architecture, self.bounds.parameters, self.domain))

    def load_network(self, network: Weights) -> None:
        """Set every variable from an original-form network. Raises ValueError if its output
        signs do not fit this model's sign class."""
        hidden, output = network.layers
        w2 = output.weight[0]
        inner = hidden.weight if hidden.bias is None else np.hstack([hidden.weight, hidden.bias[:, None]])
        u = np.abs(w2)[:, None] * inner
        order = _slot_order(np.sign(w2), self.signs, u[:, 0] if hasattr(self.model, "symmetry") else None)
        if order is None:
            raise ValueError(
                f"the network has {int(np.sum(w2 > 0))} positive output weights; "
                f"this sign class has {sum(s > 0 for s in self.signs)}"
            )
        u, signs = u[order], np.where(w2[order] < 0, -1, 1)
        if self.signs is not None:
            signs = np.array(self.signs)
        m, data = self.model, self.dataset
        if self.architecture.output_bias:
            m.b[2, 0].set_value(float(output.bias[0]))
        post = load_normalized_neurons(self, u, augmented(data.x, self.architecture.hidden_bias))
        if self.signs is None:
            for j, s in enumerate(signs):
                m.sign[j].set_value(int(s > 0))
                for i in range(data.n_points):
                    m.post_positive[i, j].set_value(float(post[i, j]) if s > 0 else 0.0)
                    m.post_negative[i, j].set_value(0.0 if s > 0 else float(post[i, j]))
        if hasattr(m, "u_norm"):
            weights = decay_norm_weights(self.architecture, self.domain)[0]
            for j in range(self.n_neurons):
                m.u_norm[j].set_value(float(np.linalg.norm(weights * u[j])))
        if hasattr(m, "scale_square"):  # a box and weight decay: the network's own scales
            weights, c_output, _ = decay_norm_weights(self.architecture, self.domain)
            scales = np.abs(w2[order])
            for j in range(self.n_neurons):
                t = float(scales[j] ** 2)
                q = float(np.sum((weights / np.sqrt(c_output)) ** 2 * u[j] ** 2))
                p = q / t if t > 0 else 0.0
                for var, value in ((m.scale_root[j], scales[j]), (m.scale_square[j], t), (m.penalty_part[j], p),
                                   (m.cone_difference[j], p - t), (m.cone_sum[j], p + t)):
                    var.set_value(float(value))
        outputs = (post @ signs)[:, None] + (output.bias[0] if self.architecture.output_bias else 0.0)
        set_output_values(m, outputs, data.y)


def neuron_scales(u: np.ndarray, architecture: Architecture, parameters: ParameterBounds, domain: Domain) -> np.ndarray:
    """|w2_j| of each neuron when mapping u_j back: under weight decay the balanced
    sqrt(||D u_j|| / c2) (where the penalty is ||D u_j||, see :func:`decay_norm_weights`); in a
    box the geometric middle of the valid range [max_k |u_jk| / B_k, B2], which keeps both
    layers inside their bounds."""
    n = architecture.n_inputs
    if domain.decay is not None:
        weights, c_output, _ = decay_norm_weights(architecture, domain)
        balanced = np.sqrt(np.linalg.norm(u * weights[None, :], axis=1) / c_output)
        if domain.box is None:
            return balanced
        # the penalty is convex in t = c^2: its unconstrained minimizer clipped to the box's range
        per_coordinate = np.concatenate([parameters.first_layer_weights(n), [parameters.bias[0]] if architecture.hidden_bias else []])
        smallest = np.max(np.abs(u) / per_coordinate, axis=1)
        return np.clip(balanced, smallest, parameters.weight[1])
    per_coordinate = np.concatenate([parameters.first_layer_weights(n), [parameters.bias[0]] if architecture.hidden_bias else []])
    smallest = np.max(np.abs(u) / per_coordinate, axis=1)
    return np.clip(np.sqrt(smallest * parameters.weight[1]), smallest, None)


def decay_norm_weights(architecture: Architecture, domain: Domain) -> tuple[np.ndarray, float, float]:
    """(D's diagonal per coordinate of u_j, the output weights' coefficient c2, the output
    bias's coefficient): a neuron's least penalty is ||D u_j||_2 (module docstring)."""
    (c_hidden, c_hidden_bias), (c_output, c_output_bias) = domain.decay.coefficients(2)
    diagonal = [np.sqrt(c_output * c_hidden)] * architecture.n_inputs
    if architecture.hidden_bias:
        diagonal.append(np.sqrt(c_output * c_hidden_bias))
    return np.array(diagonal), c_output, c_output_bias


def weights_from_normalized(
    u: np.ndarray,
    signs: np.ndarray,
    out_bias: float,
    architecture: Architecture,
    parameters: ParameterBounds,
    domain: Domain,
) -> Weights:
    """The original network of normalized neurons u_j (rows; bias coordinate last) with output
    signs s_j: W1_j = u_j / c_j, w2_j = s_j c_j with c_j from :func:`neuron_scales`."""
    scale = neuron_scales(u, architecture, parameters, domain)
    inner = u / np.where(scale > 0, scale, 1.0)[:, None]
    n = architecture.n_inputs
    hidden = Layer(inner[:, :n], inner[:, n] if architecture.hidden_bias else None)
    output = Layer((np.asarray(signs) * scale)[None, :], np.array([out_bias]) if architecture.output_bias else None)
    return Weights((hidden, output))


def _slot_order(
    w2_signs: np.ndarray, class_signs: tuple[int, ...] | None, sort_key: np.ndarray | None
) -> np.ndarray | None:
    """A permutation putting the network's neurons into the model's slots: positive slots first
    (neurons with w2 = 0 fit either sign), each group sorted by ``sort_key`` descending when the
    model orders neurons. None if the counts do not fit the class."""
    positive = [j for j, s in enumerate(w2_signs) if s > 0]
    negative = [j for j, s in enumerate(w2_signs) if s < 0]
    zero = [j for j, s in enumerate(w2_signs) if s == 0]
    slots_positive = len(positive) + len(zero) if class_signs is None else sum(s > 0 for s in class_signs)
    if len(positive) > slots_positive or len(negative) > len(w2_signs) - slots_positive:
        return None
    fill = slots_positive - len(positive)
    groups = [positive + zero[:fill], negative + zero[fill:]]
    if sort_key is not None:
        groups = [sorted(group, key=lambda j: -sort_key[j]) for group in groups]
    return np.array(groups[0] + groups[1], dtype=int)


def normalized_bounds(
    dataset: Dataset, architecture: Architecture, domain: Domain, loss: str, objective_limit: float | None = None
) -> tuple[ParameterBounds, np.ndarray, tuple[np.ndarray, np.ndarray]]:
    """(original parameter bounds, bound per coordinate of u_j, (lower, upper) of each output's
    bias: 0 without an output bias; an interval off 0 once the labels' offset is taken out).

    Under weight decay each neuron's penalty ||D u_j|| is at most the optimum, hence at most
    the zero network's objective, or ``objective_limit`` (the objective of a known network,
    e.g. the warm start) when that is smaller: bounds valid for every optimal solution. Tighter
    bounds mean smaller big-M constants, whose product with the integrality tolerance was 1e-6
    of the optimum (issue 10 note)."""
    original = parameter_bounds(dataset, architecture, domain, loss)
    n = architecture.n_inputs
    if domain.decay is None:
        w2 = original.weight[1]
        u_bound = list(original.first_layer_weights(n) * w2)
        if architecture.hidden_bias:
            u_bound.append(original.bias[0] * w2)
    else:
        # sum_j ||D u_j|| + (c_b/2) b2^2 <= F(optimum) <= min(loss(0), objective_limit) (with a
        # box too: each neuron's penalty is at least ||D u_j||, by the AM-GM inequality).
        weights = decay_norm_weights(architecture, domain)[0]
        limit = zero_network_objective(dataset.y, loss)
        if objective_limit is not None and 0 < objective_limit < limit:
            limit = objective_limit
        with np.errstate(divide="ignore"):
            u_bound = list(np.where(weights > 0, limit / np.where(weights > 0, weights, 1.0), np.inf))
        if domain.box is not None:
            box = np.concatenate([original.first_layer_weights(n), [original.bias[0]] if architecture.hidden_bias else []])
            u_bound = list(np.minimum(u_bound, box * original.weight[1]))
    return original, np.array(u_bound), original.output_bias_interval(architecture)


def build_normalized_model(
    problem: TrainingProblem,
    signs: tuple[int, ...] | None = None,
    symmetry: bool = False,
    tightened: "TightenedBounds | None" = None,
    objective_limit: float | None = None,
) -> NormalizedTrainingModel:
    """The sign-normalized training problem (raises InputError where it is not exact).

    ``signs`` fixes the output sign of each neuron (positives must come first); ``None`` lets
    binaries choose. ``symmetry`` adds ordering constraints between interchangeable neurons.
    ``tightened`` replaces interval bounds by tighter ones (``obbt.py``), valid for every
    solution better than their cutoff: big-M constants shrink and stable activations drop out.
    ``objective_limit``: the objective of a known network; under weight decay it bounds u
    (:func:`normalized_bounds`).
    """
    dataset, architecture, domain = problem.dataset, problem.architecture, problem.domain
    loss, encoding = problem.loss, problem.encoding
    blocker = normalization_blocker(architecture, domain)
    if blocker is not None:
        raise InputError(f"sign normalization does not apply: {blocker}")
    if loss not in LOSSES:
        raise InputError(f"unknown loss {loss!r}; choose from {', '.join(LOSSES)}")
    width = architecture.hidden[0]
    if signs is not None:
        signs = tuple(int(s) for s in signs)
        if len(signs) != width or any(s not in (-1, 1) for s in signs) or list(signs) != sorted(signs, reverse=True):
            raise InputError(f"signs must be {width} values of +1 then -1, got {signs}")
    relu_encoding = get_encoding(encoding)
    original, u_bound, out_bias = normalized_bounds(dataset, architecture, domain, loss, objective_limit)

    x_tilde = augmented(dataset.x, architecture.hidden_bias)
    bounds = neuron_bounds(x_tilde, u_bound, width, 1, out_bias, original)
    if tightened is not None:
        bounds = NetworkBounds(
            original,
            (np.maximum(bounds.pre_lower[0], tightened.pre_lower),),
            (np.minimum(bounds.pre_upper[0], tightened.pre_upper),),
            np.maximum(bounds.out_lower, tightened.out_lower),
            np.minimum(bounds.out_upper, tightened.out_upper),
        )
    post_upper = bounds.post_upper(1)

    m = pyo.ConcreteModel(name=f"relu_opt_{dataset.name}_normalized")
    neurons, points, coords = range(width), range(dataset.n_points), range(u_bound.size)
    training = NormalizedTrainingModel(
        m, dataset, architecture, domain, loss, relu_encoding.name, bounds,
        formulation=NAME, signs=signs, u_bound=u_bound,
    )
    training.records = add_normalized_neurons(m, x_tilde, u_bound, bounds, relu_encoding.name)
    m.b = pyo.Var([(2, 0)] if architecture.output_bias else [], bounds=(float(out_bias[0][0]), float(out_bias[1][0])))
    m.out = pyo.Var(
        [(i, 0) for i in points],
        bounds=lambda _, i, k: (float(bounds.out_lower[i, 0]), float(bounds.out_upper[i, 0])),
    )

    bias = m.b[2, 0] if architecture.output_bias else 0.0
    if signs is not None:
        m.out_definition = pyo.Constraint(
            m.out.index_set(),
            rule=lambda _, i, k: m.out[i, k] == sum(signs[j] * m.post[1, i, j] for j in neurons) + bias,
        )
    else:
        _add_sign_binaries(m, neurons, points, post_upper, bias)
    if symmetry:
        _add_ordering(m, neurons, signs, u_bound)

    penalty = 0.0
    if domain.decay is not None and domain.box is not None:
        penalty = _add_boxed_decay(m, training, neurons, coords, bias, objective_limit)
    elif domain.decay is not None:
        weights, _, c_output_bias = decay_norm_weights(architecture, domain)
        # ||D u_j||_2 <= u_norm[j] as a second-order cone (u_norm >= 0): the least penalty of
        # neuron j. Each is at most loss(0) at an optimum (the objective of the zero network).
        largest = float(np.max(u_bound * weights))  # the limit of normalized_bounds
        m.u_norm = pyo.Var(neurons, bounds=(0.0, largest))
        m.u_norm_cone = pyo.Constraint(
            neurons,
            rule=lambda _, j: sum(float(weights[k]) ** 2 * m.u[j, k] ** 2 for k in coords) <= m.u_norm[j] ** 2,
        )
        penalty = sum(m.u_norm.values()) + (0.5 * c_output_bias * bias**2 if architecture.output_bias else 0.0)
    add_objective(m, dataset, loss, bounds, penalty)
    return training


def _add_boxed_decay(m, training: "NormalizedTrainingModel", neurons, coords, bias, objective_limit):
    """Weight decay inside a box (module docstring): per neuron the squared scale t_j, its root
    bound g_j (|u_jk| <= B_k g_j, g_j^2 <= t_j <= B2^2) and the penalty's epigraph p_j t_j >=
    sum_k c_k u_jk^2, a rotated cone written as the second-order cone
    ||(2 sqrt(c_k) u_j, p_j - t_j)|| <= p_j + t_j. Returns the penalty expression."""
    architecture, domain, parameters = training.architecture, training.domain, training.bounds.parameters
    weights, c_output, c_output_bias = decay_norm_weights(architecture, domain)
    n = architecture.n_inputs
    box = np.concatenate([parameters.first_layer_weights(n), [parameters.bias[0]] if architecture.hidden_bias else []])
    scale_bound = float(parameters.weight[1])
    limit = zero_network_objective(training.dataset.y, training.loss)
    if objective_limit is not None and 0 < objective_limit < limit:
        limit = objective_limit
    penalty_bound = 2.0 * limit  # p_j / 2 <= the neuron's penalty <= the optimum <= limit
    m.scale_root = pyo.Var(neurons, bounds=(0.0, scale_bound))  # g_j
    m.scale_square = pyo.Var(neurons, bounds=(0.0, scale_bound**2))  # t_j
    m.penalty_part = pyo.Var(neurons, bounds=(0.0, penalty_bound))  # p_j
    m.cone_difference = pyo.Var(neurons, bounds=(-scale_bound**2, penalty_bound))  # p_j - t_j
    m.cone_sum = pyo.Var(neurons, bounds=(0.0, penalty_bound + scale_bound**2))  # p_j + t_j
    index = [(j, k) for j in neurons for k in coords]
    m.scale_box_upper = pyo.Constraint(index, rule=lambda _, j, k: m.u[j, k] <= float(box[k]) * m.scale_root[j])
    m.scale_box_lower = pyo.Constraint(index, rule=lambda _, j, k: -m.u[j, k] <= float(box[k]) * m.scale_root[j])
    m.scale_root_square = pyo.Constraint(neurons, rule=lambda _, j: m.scale_root[j] ** 2 <= m.scale_square[j])
    m.cone_difference_definition = pyo.Constraint(
        neurons, rule=lambda _, j: m.cone_difference[j] == m.penalty_part[j] - m.scale_square[j])
    m.cone_sum_definition = pyo.Constraint(
        neurons, rule=lambda _, j: m.cone_sum[j] == m.penalty_part[j] + m.scale_square[j])
    m.penalty_cone = pyo.Constraint(
        neurons, rule=lambda _, j: sum(4.0 * float(weights[k]) ** 2 / c_output * m.u[j, k] ** 2 for k in coords)
        + m.cone_difference[j] ** 2 <= m.cone_sum[j] ** 2,
    )
    penalty = sum(0.5 * (m.penalty_part[j] + c_output * m.scale_square[j]) for j in neurons)
    return penalty + (0.5 * c_output_bias * bias**2 if architecture.output_bias else 0.0)


def _add_sign_binaries(m, neurons, points, post_upper, bias) -> None:
    """sign[j] = 1: neuron j adds post to the output, 0: subtracts it. post splits into a
    positive and a negative part, each forced to 0 unless the sign selects it (exact for binaries)."""
    m.sign = pyo.Var(neurons, within=pyo.Binary)
    index = [(i, j) for i in points for j in neurons]
    radius = {(i, j): float(post_upper[i, j]) for i, j in index}
    m.post_positive = pyo.Var(index, bounds=lambda _, i, j: (0.0, radius[i, j]))
    m.post_negative = pyo.Var(index, bounds=lambda _, i, j: (0.0, radius[i, j]))
    m.post_split = pyo.Constraint(
        index, rule=lambda _, i, j: m.post[1, i, j] == m.post_positive[i, j] + m.post_negative[i, j]
    )
    m.positive_if_sign = pyo.Constraint(
        index, rule=lambda _, i, j: m.post_positive[i, j] <= radius[i, j] * m.sign[j]
    )
    m.negative_unless_sign = pyo.Constraint(
        index, rule=lambda _, i, j: m.post_negative[i, j] <= radius[i, j] * (1 - m.sign[j])
    )
    m.out_definition = pyo.Constraint(
        m.out.index_set(),
        rule=lambda _, i, k: m.out[i, k]
        == sum(m.post_positive[i, j] - m.post_negative[i, j] for j in neurons) + bias,
    )


def _add_ordering(m, neurons, signs, u_bound) -> None:
    """Neurons of one sign are interchangeable: order them by the first coordinate of u. With
    sign binaries, positive neurons come first and the order applies within each group."""
    pairs = list(zip(list(neurons)[:-1], list(neurons)[1:]))
    if signs is not None:
        same = [(j, k) for j, k in pairs if signs[j] == signs[k]]
        m.symmetry = pyo.Constraint(same, rule=lambda _, j, k: m.u[j, 0] >= m.u[k, 0])
        return
    spread = 2.0 * float(u_bound[0])
    m.sign_order = pyo.Constraint(pairs, rule=lambda _, j, k: m.sign[j] >= m.sign[k])
    m.symmetry = pyo.Constraint(
        pairs, rule=lambda _, j, k: m.u[j, 0] - m.u[k, 0] >= -spread * (m.sign[j] - m.sign[k])
    )
