"""The model contains every network of the domain, with the right objective, for every encoding."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest
from pyomo.gdp import Disjunct

from relu_opt.architecture import Architecture, Domain, WeightBox, WeightDecay
from relu_opt.data import Dataset
from relu_opt.encodings import ENCODINGS
from relu_opt.errors import InputError
from relu_opt.formulation import TrainingProblem, build_model
from relu_opt.generators.teacher import random_network, teacher_dataset
from relu_opt.backends.lowered import lower
from relu_opt.network import decay_penalty, loss_value

TOLERANCE = 1e-9


def violations(model: pyo.ConcreteModel) -> list[str]:
    """Names of constraints the current variable values violate (disjunctions: the chosen side)."""
    bad = []
    for c in model.component_data_objects(pyo.Constraint, active=True, descend_into=pyo.Block):
        value = pyo.value(c.body)
        if (c.lower is not None and value < pyo.value(c.lower) - TOLERANCE) or (
            c.upper is not None and value > pyo.value(c.upper) + TOLERANCE
        ):
            bad.append(c.name)
    for v in model.component_data_objects(pyo.Var, descend_into=(pyo.Block, Disjunct)):
        if v.value is None or (v.lb is not None and v.value < v.lb - TOLERANCE) or (
            v.ub is not None and v.value > v.ub + TOLERANCE
        ):
            bad.append(v.name)
    for sos in model.component_data_objects(pyo.SOSConstraint, active=True, descend_into=pyo.Block):
        if sum(abs(v.value) > TOLERANCE for v in sos.variables) > 1:
            bad.append(sos.name)
    for d in model.component_data_objects(Disjunct, descend_into=pyo.Block):
        if round(d.binary_indicator_var.value) == 1:
            for c in d.component_data_objects(pyo.Constraint, active=True):
                value = pyo.value(c.body)
                if (c.lower is not None and value < pyo.value(c.lower) - TOLERANCE) or (
                    c.upper is not None and value > pyo.value(c.upper) + TOLERANCE
                ):
                    bad.append(c.name)
    return bad


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
@pytest.mark.parametrize("hidden, outputs", [((2,), 1), ((3, 2), 2)])
def test_every_network_in_the_box_is_feasible_with_its_loss(encoding, loss, hidden, outputs):
    data = teacher_dataset(6, 2, [2], outputs, seed=3)
    arch = Architecture(2, hidden, outputs)
    training = build_model(TrainingProblem(data, arch, Domain(WeightBox(1.0), WeightDecay(0.1)), loss, encoding))
    rng = np.random.default_rng(7)
    for _ in range(5):
        net = random_network(arch.sizes, rng, scale=1.0)
        training.load_network(net)
        assert violations(training.model) == []
        expected = loss_value(net.predict(data.x), data.y, loss) + decay_penalty(net, WeightDecay(0.1).coefficients(len(net.layers)))
        assert pyo.value(training.model.objective) == pytest.approx(expected, rel=1e-12, abs=1e-12)
        assert np.allclose(training.weights().parameters(), net.parameters())


def test_variable_count_matches_the_blog_formula():
    """Blog: sum_l d_l d_{l+1} weights + N sum_l d_l hidden activations (no biases, complementarity).
    Our model also has pre-activation and output variables: +N*sum(hidden) + N*p."""
    n, hidden, p, N = 3, (4, 2), 2, 5
    data = Dataset(np.ones((N, n)) + np.arange(N)[:, None], np.zeros((N, p)))
    arch = Architecture(n, hidden, p, hidden_bias=False, output_bias=False)
    training = build_model(TrainingProblem(data, arch, Domain(WeightBox(1.0)), encoding="complementarity"))
    sizes = (n, *hidden, p)
    blog = sum(a * b for a, b in zip(sizes[:-1], sizes[1:])) + N * sum(hidden)
    assert lower(training.model).size()["variables"] == blog + N * sum(hidden) + N * p


def test_deterministic_integer_indices():
    data = teacher_dataset(2, 2, [1], seed=0)
    training = build_model(TrainingProblem(data, Architecture(2, (3,), 1), Domain(WeightBox(1.0))))
    m = training.model
    assert sorted(m.w.keys())[:3] == [(1, 0, 0), (1, 0, 1), (1, 1, 0)]
    assert (2, 0, 2) in m.w and (2, 0) in m.b and (1, 1, 2) in m.pre and (1, 0) in m.out
    assert m.relu[1, 1, 2].on.name == "relu[1,1,2].on"
    names_again = [v.name for v in build_model(TrainingProblem(data, Architecture(2, (3,), 1), Domain(WeightBox(1.0)))).model.component_data_objects(pyo.Var)]
    assert names_again == [v.name for v in m.component_data_objects(pyo.Var)]


@pytest.mark.parametrize(
    "encoding, features",
    [
        ("complementarity", {"quadratic_objective", "quadratic_constraints", "nonconvex_constraints"}),
        ("bigm", {"quadratic_objective", "quadratic_constraints", "nonconvex_constraints", "integer", "mixed_integer_quadratic_objective"}),
        ("sos1", {"quadratic_objective", "quadratic_constraints", "nonconvex_constraints", "sos1"}),
        ("indicator", {"quadratic_objective", "quadratic_constraints", "nonconvex_constraints", "integer", "indicator", "mixed_integer_quadratic_objective"}),
    ],
)
def test_features_of_each_encoding(encoding, features):
    data = teacher_dataset(3, 1, [1], seed=0)
    training = build_model(TrainingProblem(data, Architecture(1, (1,), 1), Domain(WeightBox(1.0)), encoding=encoding))
    assert lower(training.model).features == features
    assert ENCODINGS[encoding].requires <= features


def test_linear_model_is_a_qp_or_lp():
    data = teacher_dataset(5, 2, [1], seed=0)
    arch = Architecture(2, (), 1)
    assert lower(build_model(TrainingProblem(data, arch, Domain(WeightBox(1.0)))).model).features == {"quadratic_objective"}
    assert lower(build_model(TrainingProblem(data, arch, Domain(WeightBox(1.0)), "l1")).model).features == frozenset()


def test_stable_neurons_need_no_encoding():
    data = Dataset(np.array([[0.0], [1.0]]), np.array([0.0, 1.0]))
    arch = Architecture(1, (1,), 1, hidden_bias=False, output_bias=False)
    training = build_model(TrainingProblem(data, arch, Domain(WeightBox(2.0))))
    assert training.records[1, 0, 0].encoding == "stable-inactive"
    assert training.model.post[1, 0, 0].fixed
    assert training.records[1, 1, 0].encoding == "bigm"
    assert training.n_stable == 1


def test_shape_mismatch_and_unknown_names_are_input_errors():
    data = teacher_dataset(3, 2, [1], seed=0)
    with pytest.raises(InputError, match="expects 1 inputs"):
        build_model(TrainingProblem(data, Architecture(1, (1,), 1), Domain(WeightBox(1.0))))
    with pytest.raises(InputError, match="unknown encoding 'foo'"):
        build_model(TrainingProblem(data, Architecture(2, (1,), 1), Domain(WeightBox(1.0)), encoding="foo"))
    with pytest.raises(InputError, match="unknown loss 'l3'"):
        build_model(TrainingProblem(data, Architecture(2, (1,), 1), Domain(WeightBox(1.0)), "l3"))


def test_repeated_inputs_leave_a_floor_no_network_beats():
    """Identical inputs get identical outputs: each group costs its labels' spread."""
    from relu_opt.network import duplicate_floor

    x = np.array([[0.3], [0.3], [1.0], [1.0], [1.0], [2.0]])
    y = np.array([[0.5], [-0.1], [1.0], [2.0], [4.0], [7.0]])
    # by hand: group {0.5, -0.1}: mean 0.2, 0.09 + 0.09; group {1, 2, 4}: mean 7/3, (16 + 1 + 25) / 9
    assert duplicate_floor(x, y, "squared") == pytest.approx(0.18 + 42 / 9, rel=1e-12)
    assert duplicate_floor(x, y, "l1") == pytest.approx(0.6 + 3.0, rel=1e-12)  # medians 0.2 (either) and 2
    assert duplicate_floor(x, y, "linf") == pytest.approx(1.5, rel=1e-12)  # midrange 2.5 of {1, 2, 4}
    assert duplicate_floor(np.array([[0.0], [1.0]]), np.array([[1.0], [2.0]]), "squared") == 0.0
    rng = np.random.default_rng(0)
    from relu_opt.generators.teacher import random_network
    from relu_opt.network import loss_value

    for _ in range(50):
        net = random_network((1, 3, 1), rng, scale=2.0)
        assert loss_value(net.predict(x), y, "squared") >= duplicate_floor(x, y, "squared") - 1e-12
