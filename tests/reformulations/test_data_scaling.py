"""The data scaling is exact: networks map one to one, objectives scale by F, domains map."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.architecture import Architecture
from relu_opt.bounds import parameter_bounds
from relu_opt.generators.teacher import random_network
from relu_opt.network import decay_penalty, loss_value
from relu_opt.reformulations.data_scaling import DataScaling, power_of_two_scale


def test_scales_are_powers_of_two_near_the_largest_magnitude():
    assert power_of_two_scale(np.array([[3e-3, -1e-3]])) == 2.0**-8
    assert power_of_two_scale(np.array([[0.0]])) == 1.0
    assert power_of_two_scale(np.array([[1.0, -1.4]])) == 1.0


@pytest.mark.parametrize("hidden", [(2,), (3, 2), ()])
@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
def test_objectives_scale_by_the_factor_and_domains_map_exactly(hidden, loss):
    rng = np.random.default_rng(5)
    x, y = rng.uniform(-1, 1, (6, 2)) * 3e-3, rng.uniform(-1, 1, (6, 2)) * 700
    problem = define_problem((x, y), hidden, bound=1.5, bias_bound=0.2, weight_decay=0.3, loss=loss)
    scaling = DataScaling.of(problem)
    scaled = scaling.reduce(problem)
    arch = Architecture(2, hidden, 2)
    original_bounds = parameter_bounds(problem.dataset, arch, problem.domain, loss)
    scaled_bounds = parameter_bounds(scaled.dataset, arch, scaled.domain, loss)
    for _ in range(5):
        net = random_network(arch.sizes, rng, scale=1.0)
        back = scaling.retrieve(net)
        original = loss_value(back.predict(x), y, loss) + decay_penalty(
            back, problem.domain.decay.coefficients(len(arch.layers)))
        mapped = loss_value(net.predict(scaled.dataset.x), scaled.dataset.y, loss) + decay_penalty(
            net, scaled.domain.decay.coefficients(len(arch.layers)))
        assert original == pytest.approx(scaling.objective_factor * mapped, rel=1e-12)
        again = scaling.scaled_weights(back)
        assert all(np.allclose(a.weight, b.weight) for a, b in zip(again.layers, net.layers))
    for layer in arch.layers:  # a bound on the original is the scaled bound times its factor
        weight_factor, bias_factor = scaling.factors(layer)
        assert scaled_bounds.weight[layer - 1] * weight_factor == pytest.approx(original_bounds.weight[layer - 1], rel=1e-12)
        assert scaled_bounds.bias[layer - 1] * bias_factor == pytest.approx(original_bounds.bias[layer - 1], rel=1e-12)
