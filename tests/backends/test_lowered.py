"""The solver-neutral problem: what lowering finds in each encoding, and reading values back."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from relu_opt.api import define_problem
from relu_opt.backends.lowered import lower
from relu_opt.formulation import build_model
from relu_opt.generators import teacher_dataset

EXPECTED_FEATURES = {
    "bigm": {"integer"},
    "indicator": {"integer", "indicator"},
    "sos1": {"sos1"},
    "complementarity": {"quadratic_constraints", "nonconvex_constraints"},
}


@pytest.mark.parametrize("encoding", list(EXPECTED_FEATURES))
def test_each_encoding_lowers_to_its_features(encoding):
    data = teacher_dataset(5, 1, [2], 1, seed=0)
    training = build_model(define_problem(data, [2], bound=2.0, encoding=encoding))
    features = lower(training.model).features
    # every plain model with a hidden layer is bilinear in the output layer
    assert EXPECTED_FEATURES[encoding] <= features
    assert {"quadratic_constraints", "nonconvex_constraints"} <= features


def test_sizes_count_what_the_model_has():
    data = teacher_dataset(4, 2, [1], 1, seed=1)
    lowered = lower(build_model(define_problem(data, [1], bound=1.0)).model)
    size = lowered.size()
    assert size["variables"] == len(lowered.columns) and size["constraints"] >= data.n_points
    assert size["binary_variables"] == sum(c.integer for c in lowered.columns)


def test_second_order_cone_rows_are_recognized():
    m = pyo.ConcreteModel()
    m.u, m.v, m.t = pyo.Var(bounds=(-1, 1)), pyo.Var(bounds=(-1, 1)), pyo.Var(bounds=(0, 2))
    m.cone = pyo.Constraint(expr=4 * m.u**2 + m.v**2 <= 9 * m.t**2)
    m.not_cone = pyo.Constraint(expr=m.u * m.v <= 1)
    m.objective = pyo.Objective(expr=m.t)
    lowered = lower(m)
    cone, other = lowered.rows
    squares, t, b = cone.second_order_cone(lowered.columns)
    assert lowered.variables[t] is m.t and b == 9 and sorted(squares.values()) == [1, 4]
    assert other.second_order_cone(lowered.columns) is None


def test_assigned_values_are_clipped_to_their_bounds():
    """Solvers return values up to their tolerance outside a bound; the weights read back must
    lie in the domain the certificate states."""
    m = pyo.ConcreteModel()
    m.w = pyo.Var(bounds=(-1e-3, 1e-3))
    m.objective = pyo.Objective(expr=m.w)
    lowered = lower(m)
    lowered.assign(np.array([1e-3 + 1e-9]))
    assert m.w.value == 1e-3


def test_branching_priorities_come_from_the_models_priority_suffix():
    import pyomo.environ as pyo

    from relu_opt.backends.lowered import lower

    m = pyo.ConcreteModel()
    m.a = pyo.Var(within=pyo.Binary)
    m.b = pyo.Var(within=pyo.Binary)
    m.obj = pyo.Objective(expr=m.a + m.b)
    assert [c.priority for c in lower(m).columns] == [0, 0]
    m.priority = pyo.Suffix(direction=pyo.Suffix.EXPORT)
    m.priority[m.b] = 7
    assert [c.priority for c in lower(m).columns] == [0, 7]
