"""The projected convex-regression bound of an anchor class (vector outputs): never above the
loss of a network of the class; directions only where the class admits them."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.generators import teacher_dataset
from relu_opt.network import Layer, Weights, loss_value
from relu_opt.solving.projected_screen import candidate_directions, projected_bound, side

pytest.importorskip("highspy")


def test_admissible_directions_keep_every_column_of_the_class_on_one_side():
    rng = np.random.default_rng(0)
    anchors = ((0, 1), (1, 1))  # columns (1, t) and (t, 1), |t| <= 1
    for d in candidate_directions(2):
        s = side(d, anchors)
        columns = [np.array([1.0, t]) for t in rng.uniform(-1, 1, 50)] + [np.array([t, 1.0]) for t in rng.uniform(-1, 1, 50)]
        if s > 0:
            assert all(d @ a >= -1e-12 for a in columns)
        elif s < 0:
            assert all(d @ a <= 1e-12 for a in columns)
    assert side(np.array([1.0, 1.0]) / np.sqrt(2), anchors) == 1
    assert side(np.array([1.0, 0.0]), ((0, 1), (0, -1))) == 0  # opposite anchors: no direction


@pytest.mark.parametrize("anchors", [((0, 1), (0, 1)), ((0, 1), (1, 1)), ((0, -1), (1, 1)), ((1, -1), (1, -1))])
def test_no_network_of_an_anchor_class_beats_its_projected_bound(anchors):
    data = teacher_dataset(10, 2, [2], 2, noise=0.2, seed=4)
    problem = define_problem(data, [2], bound=2.0)
    found = projected_bound(problem, anchors)
    if found is None:
        pytest.skip("no admissible direction for this class")
    rng = np.random.default_rng(1)
    for _ in range(300):
        hidden = Layer(rng.uniform(-2, 2, (2, 2)), rng.uniform(-2, 2, 2))
        columns = rng.uniform(-1, 1, (2, 2))
        for j, (k, s) in enumerate(anchors):
            columns[k, j] = s  # the anchored coordinate, others in [-1, 1]: a network of the class
        scale = rng.uniform(0, 2, 2)
        output = Layer(columns * scale[None, :], rng.uniform(-2, 2, 2))
        net = Weights((hidden, output))
        assert found.bound <= loss_value(net.predict(data.x), data.y, "squared") + 1e-9
