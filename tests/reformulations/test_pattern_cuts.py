"""Radon rows between one neuron's activation binaries: which subsets, and that every real
activation pattern satisfies them (so the optimum cannot change), checked against enumeration."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from relu_opt.api import define_problem, train
from relu_opt.backends import SolveOptions
from relu_opt.generators import teacher_dataset
from relu_opt.network import augmented
from relu_opt.reformulations.pattern_cuts import add_pattern_cuts, duplicate_groups, radon_partitions
from relu_opt.solving.plan import Part, build_part, make_plan
from relu_opt.solving.strategy import Strategy
from tests.conftest import certifies


def test_a_point_inside_a_triangle_and_two_crossing_segments():
    triangle = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0], [1.0, 1.0]])
    assert radon_partitions(augmented(triangle, True), neighbours=3) == [((0, 1, 2), (3,))]
    square = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])  # diagonals 0-1 and 2-3 cross
    assert radon_partitions(augmented(square, True), neighbours=3) == [((0, 1), (2, 3))]


def test_on_a_line_the_middle_point_lies_between_its_neighbours():
    x = np.array([[0.0], [1.0], [3.0]])
    assert radon_partitions(augmented(x, True), neighbours=2) == [((0, 2), (1,))]
    # without a bias the pattern of a line is {x > 0}, {x < 0} or none: points of one sign
    # share their state (2 x1 - x2 = 0 gives z1 = z2); points of opposite signs are dependent
    # with coefficients of one sign (x1 + x3 = 0), which gives no row
    assert radon_partitions(augmented(np.array([[1.0], [2.0]]), False), neighbours=1) == [((0,), (1,))]
    assert radon_partitions(augmented(np.array([[1.0], [-1.0]]), False), neighbours=1) == []


def test_identical_inputs_are_grouped():
    x = augmented(np.array([[0.0, 1.0], [2.0, 2.0], [0.0, 1.0]]), True)
    assert duplicate_groups(x) == [[0, 2]]


@pytest.mark.parametrize("n_inputs,bias", [(1, True), (2, True), (2, False), (3, True)])
def test_every_realizable_pattern_satisfies_every_row(n_inputs, bias):
    """Each row's claim checked on 4,000 random neurons: the pattern [u . x~ > 0] never has all
    of A active and all of B inactive (or the reverse)."""
    rng = np.random.default_rng(n_inputs)
    x = rng.uniform(-1, 1, (30, n_inputs))
    x[5] = x[3]  # a duplicate
    x_tilde = augmented(x, bias)
    partitions = radon_partitions(x_tilde, neighbours=5)
    assert partitions, "random points always have local dependencies"
    u = rng.standard_normal((4000, x_tilde.shape[1]))
    patterns = (x_tilde @ u.T > 0).T  # 4000 x N
    for a, b in partitions:
        a_on, b_on = patterns[:, list(a)].all(axis=1), patterns[:, list(b)].all(axis=1)
        a_off, b_off = (~patterns[:, list(a)]).all(axis=1), (~patterns[:, list(b)]).all(axis=1)
        assert not np.any(a_on & b_off) and not np.any(b_on & a_off), (a, b)


def test_rows_are_added_to_each_neuron_with_binaries_and_the_warm_pattern_satisfies_them():
    problem = define_problem(teacher_dataset(20, 2, [2], 1, seed=4), [2], bound=2.0)
    plan = make_plan(problem, Strategy(pattern_cuts=True))
    training = build_part(plan, plan.parts[1])
    rows = list(training.model.pattern_cuts.values())
    assert len(rows) > 20
    # any network, loaded with its canonical pattern, is feasible for every row
    rng = np.random.default_rng(0)
    for _ in range(5):
        u = rng.uniform(-1, 1, (2, 3))
        z = (augmented(problem.dataset.x, True) @ u.T > 0).astype(float)
        for (l, i, j), block in training.model.relu.items():
            if hasattr(block, "on"):
                block.on.set_value(z[i, j])
        assert all(pyo.value(row.body) <= row.upper + 1e-9 and pyo.value(row.body) >= (row.lower if row.lower is not None else -np.inf) - 1e-9 for row in rows)


def test_the_plain_and_complementarity_models_get_none_without_binaries():
    problem = define_problem(teacher_dataset(10, 2, [2], 1, seed=4), [2], bound=2.0, encoding="complementarity")
    training = build_part(make_plan(problem, Strategy(pattern_cuts=True, normalize=False)), Part())
    assert add_pattern_cuts(training) == 0


def test_with_rows_the_optimum_is_the_enumerated_one():
    data = teacher_dataset(7, 2, [2], 1, noise=0.2, seed=11)
    oracle = train(data, [2], bound=2.0, method="enumeration")
    assert oracle.proven_optimal
    result = train(data, [2], bound=2.0, strategy=Strategy(pattern_cuts=True))
    certifies(result, oracle.objective)


def test_with_rows_two_outputs_agree_with_the_anchor_and_the_plain_model():
    """Two outputs (anchor classes): the same certified optimum with and without the rows, inside
    the interval the plain model proves in 10 s (it does not close it: bilinear at 1e-9)."""
    data = teacher_dataset(4, 1, [2], 2, noise=0.3, seed=2)
    anchored = train(data, [1], bound=2.0)
    with_rows = train(data, [1], bound=2.0, strategy=Strategy(pattern_cuts=True))
    certifies(with_rows, anchored.objective)
    plain = train(data, [1], bound=2.0, formulation="plain", options=SolveOptions(time_limit=10))
    assert plain.certificate.lower <= with_rows.objective * (1 + 1e-6)
    assert with_rows.objective <= plain.certificate.upper * (1 + 1e-6)
