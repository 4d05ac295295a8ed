"""The input column reduction is exact: zero, constant and identical columns and mixed scales
map networks one to one within the box (both ways), and solves agree with the unreduced data."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import define_problem, train
from relu_opt.backends import SolveOptions
from relu_opt.bounds import parameter_bounds
from relu_opt.generators.teacher import random_network
from relu_opt.network import Layer, Weights
from relu_opt.reformulations.input_columns import InputColumns

from ..conftest import require_solver


def _data(rng):
    """Five columns: generic, zero, constant 0.7, a copy of column 1, and one at scale 1e-3."""
    x = rng.uniform(-1, 1, (7, 5))
    x[:, 1] = 0.0
    x[:, 2] = 0.7
    x[:, 3] = x[:, 0]
    x[:, 4] *= 1e-3
    return x, rng.normal(size=(7, 1))


def _in_box(weights: Weights, bounds) -> bool:
    first = weights.layers[0]
    columns = bounds.first_layer_weights(first.weight.shape[1])
    tolerance = 1e-12
    ok = bool(np.all(np.abs(first.weight) <= columns * (1 + tolerance)))
    ok &= first.bias is None or bool(np.all(np.abs(first.bias) <= bounds.bias[0] * (1 + tolerance)))
    return ok


def test_every_reduced_network_is_a_network_of_the_box_with_the_same_outputs():
    rng = np.random.default_rng(0)
    x, y = _data(rng)
    problem = define_problem((x, y), [3], bound=1.5, bias_bound=0.4)
    columns = InputColumns.of(problem)
    assert columns.zeros == (1,) and [d for d, _ in columns.constants] == [2]
    assert (0, 3) in columns.groups and any(s < 1e-2 for s in columns.scales)
    reduced = columns.reduce(problem)
    assert reduced.architecture.n_inputs == 2
    user_bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    reduced_bounds = parameter_bounds(reduced.dataset, reduced.architecture, reduced.domain, reduced.loss)
    for _ in range(50):
        net = random_network(reduced.architecture.sizes, rng)
        first = net.layers[0]
        # spread the reduced weights over the whole reduced box, corners included
        weight = rng.uniform(-1, 1, first.weight.shape) * reduced_bounds.first_layer_weights(2)
        bias = rng.choice([-1.0, 1.0], first.bias.shape) * reduced_bounds.bias[0] * rng.uniform(0.5, 1, first.bias.shape)
        net = Weights((Layer(weight, bias), *net.layers[1:]))
        back = columns.retrieve(net)
        assert _in_box(back, user_bounds)
        assert np.allclose(back.predict(x), net.predict(reduced.dataset.x), atol=1e-12)


def test_every_network_of_the_box_has_a_reduced_twin_inside_the_reduced_box():
    rng = np.random.default_rng(1)
    x, y = _data(rng)
    problem = define_problem((x, y), [2], bound=1.0, bias_bound=0.3)
    columns = InputColumns.of(problem)
    reduced = columns.reduce(problem)
    reduced_bounds = parameter_bounds(reduced.dataset, reduced.architecture, reduced.domain, reduced.loss)
    for _ in range(50):
        net = random_network(problem.architecture.sizes, rng)
        first = net.layers[0]
        weight = np.column_stack([
            sum(first.weight[:, g] for g in group) * scale for group, scale in zip(columns.groups, columns.scales)
        ])
        bias = first.bias * 0.3 + sum(first.weight[:, d] * c for d, c in columns.constants)
        twin = Weights((Layer(weight, bias), *net.layers[1:]))
        user = Weights((Layer(first.weight, first.bias * 0.3), *net.layers[1:]))
        assert _in_box(twin, reduced_bounds)
        assert np.allclose(twin.predict(reduced.dataset.x), user.predict(x), atol=1e-12)


def test_weight_decay_drops_only_zero_columns():
    rng = np.random.default_rng(2)
    x, y = _data(rng)
    columns = InputColumns.of(define_problem((x, y), [2], weight_decay=0.1))
    assert columns.zeros == (1,) and not columns.constants and all(len(g) == 1 for g in columns.groups)
    assert all(s == 1.0 for s in columns.scales)


def test_tidy_columns_are_left_alone():
    rng = np.random.default_rng(3)
    assert InputColumns.of(define_problem((rng.uniform(-1, 1, (5, 2)), rng.normal(size=(5, 1))), [2], bound=1.0)) is None


@pytest.mark.parametrize("shape", ["zero", "constant", "identical", "mixed"])
def test_a_solve_with_such_a_column_certifies_the_optimum_of_the_data_without_it(shape):
    """The reduced problem is the same problem: its certified optimum equals the optimum on the
    data where the column is absent (zero, constant: the bias absorbs it within the widened
    bound, here never binding) or the copy is dropped and its bound doubled (same box: 2B)."""
    require_solver("scip")
    rng = np.random.default_rng(4)
    base = rng.uniform(-1, 1, (6, 1))
    y = np.abs(base) - 0.3 + rng.normal(0, 0.1, (6, 1))
    extra = {"zero": np.zeros((6, 1)), "constant": np.full((6, 1), 0.5), "identical": base,
             "mixed": rng.uniform(-1, 1, (6, 1)) * 1e-3}[shape]
    options = SolveOptions(time_limit=60, jobs=1)
    with_column = train((np.hstack([base * 1e3 if shape == "mixed" else base, extra]), y), [2], bound=1.0,
                        bias_bound=2.0, options=options)
    assert with_column.proven_optimal
    reference = train((base * 1e3 if shape == "mixed" else base, y), [2], method="enumeration", bound=1.0,
                      layer_bounds={1: 2.0} if shape == "identical" else None, bias_bound=2.0,
                      options=SolveOptions(time_limit=60))
    if shape == "mixed":  # the small column may help: the reference without it bounds from above
        assert with_column.objective <= reference.objective * (1 + 1e-6)
    else:
        assert reference.proven_optimal
        assert with_column.objective == pytest.approx(reference.objective, rel=2e-6, abs=1e-12)
