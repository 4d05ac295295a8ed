"""Interval bounds contain every reachable pre-activation; decay implies a valid box."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.architecture import Architecture, Domain, WeightBox, WeightDecay
from relu_opt.bounds import interval_bounds, parameter_bounds
from relu_opt.errors import InputError
from relu_opt.generators.teacher import random_network, teacher_dataset


@pytest.mark.parametrize("hidden", [(2,), (3, 2), (2, 2, 2)])
def test_bounds_contain_every_network_in_the_box(hidden):
    data = teacher_dataset(10, 2, [2], 2, seed=0)
    arch = Architecture(2, hidden, 2)
    bounds = interval_bounds(data, arch, parameter_bounds(data, arch, Domain(WeightBox(1.5)), "squared"))
    rng = np.random.default_rng(1)
    for _ in range(200):
        net = random_network(arch.sizes, rng, scale=1.5)
        pre, post, out = net.trace(data.x)
        for l, z in enumerate(pre, start=1):
            assert np.all(z >= bounds.pre_lower[l - 1] - 1e-12)
            assert np.all(z <= bounds.pre_upper[l - 1] + 1e-12)
        assert np.all(out >= bounds.out_lower - 1e-12) and np.all(out <= bounds.out_upper + 1e-12)
    # ... and the extreme network (all weights +B, inputs' signs matched) reaches the first bound.
    x = data.x[0]
    reach = 1.5 * np.abs(x).sum() + 1.5
    assert bounds.pre_upper[0][0, 0] == pytest.approx(reach)


def test_zero_input_without_bias_is_stable():
    from relu_opt.data import Dataset

    data = Dataset(np.array([[0.0], [1.0]]), np.array([0.0, 1.0]))
    arch = Architecture(1, (1,), 1, hidden_bias=False, output_bias=False)
    bounds = interval_bounds(data, arch, parameter_bounds(data, arch, Domain(WeightBox(2.0)), "squared"))
    assert bounds.pre(1, 0, 0) == (0.0, 0.0)
    assert bounds.pre(1, 1, 0) == (-2.0, 2.0)


def test_weight_decay_implies_a_bound():
    data = teacher_dataset(5, 1, [1], seed=0)
    arch = Architecture(1, (2,), 1)
    bounds = parameter_bounds(data, arch, Domain(decay=WeightDecay(0.5)), "squared")
    expected = np.sqrt(2 * np.sum(data.y**2) / 0.5)
    assert bounds.implied_by_decay == pytest.approx(expected)
    assert bounds.weight == (expected, expected) and bounds.bias == (expected, expected)
    boxed = parameter_bounds(data, arch, Domain(WeightBox(0.1), WeightDecay(0.5)), "squared")
    assert boxed.weight == (0.1, 0.1)


def test_decay_without_biases_needs_a_box_for_biases():
    data = teacher_dataset(5, 1, [1], seed=0)
    arch = Architecture(1, (2,), 1)
    with pytest.raises(InputError, match="layer 1 has no bound"):
        parameter_bounds(data, arch, Domain(decay=WeightDecay(0.5, include_biases=False)), "squared")
    arch_no_bias = Architecture(1, (2,), 1, hidden_bias=False, output_bias=False)
    bounds = parameter_bounds(data, arch_no_bias, Domain(decay=WeightDecay(0.5, False)), "squared")
    assert bounds.bias == (0.0, 0.0)
