"""Each encoding: post = max(0, pre) holds at the values it assigns, and nowhere else."""

from __future__ import annotations

import pyomo.environ as pyo
import pytest

from relu_opt.encodings import ENCODINGS, get_encoding
from relu_opt.errors import InputError

TOLERANCE = 1e-9


def relu_block(encoding: str, lower: float = -2.0, upper: float = 3.0):
    m = pyo.ConcreteModel()
    m.pre, m.post = pyo.Var(bounds=(lower, upper)), pyo.Var(bounds=(0, max(upper, 0)))
    m.block = pyo.Block()
    record = get_encoding(encoding).add_relu(m.block, m.pre, m.post, lower, upper)
    return m, record


def satisfied(m) -> bool:
    for c in m.component_data_objects(pyo.Constraint, active=True, descend_into=True):
        parent = c.parent_block()
        if hasattr(parent, "binary_indicator_var") and round(parent.binary_indicator_var.value or 0) != 1:
            continue  # a disjunct that is not selected
        value = pyo.value(c.body)
        if (c.lower is not None and value < pyo.value(c.lower) - TOLERANCE) or (
            c.upper is not None and value > pyo.value(c.upper) + TOLERANCE
        ):
            return False
    return True


@pytest.mark.parametrize("encoding", list(ENCODINGS))
@pytest.mark.parametrize("z", [-1.5, -1e-3, 0.0, 0.7, 3.0])
def test_assigned_relu_satisfies_the_encoding(encoding, z):
    m, _ = relu_block(encoding)
    m.pre.set_value(z)
    m.post.set_value(max(z, 0.0))
    get_encoding(encoding).assign(m.block, z)
    assert satisfied(m)


@pytest.mark.parametrize("encoding", ["bigm", "complementarity"])
def test_a_wrong_post_activation_violates_the_encoding(encoding):
    """Big-M and complementarity state the ReLU as constraints on (pre, post) only, so a wrong
    output breaks one of them whatever the encoding's own variables are."""
    m, _ = relu_block(encoding)
    m.pre.set_value(-1.0)
    m.post.set_value(0.5)  # relu(-1) is 0
    get_encoding(encoding).assign(m.block, -1.0)
    assert not satisfied(m)


def test_records_say_what_was_added_and_encodings_declare_needs():
    for name, encoding in ENCODINGS.items():
        _, record = relu_block(name)
        assert record.encoding == name and (record.variables or record.constraints)
        assert encoding.requires
    with pytest.raises(InputError, match="unknown encoding"):
        get_encoding("magic")
