"""Rescaling by positive homogeneity: the same function, inside the box exactly when some
rescaling is; and the warm start's free runs, which use it, find exact fits the box's
gradient runs miss."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from relu_opt.api import define_problem
from relu_opt.bounds import parameter_bounds
from relu_opt.generators.teacher import random_network
from relu_opt.library.index import INSTANCES
from relu_opt.network import Layer, Weights, loss_value
from relu_opt.solving.rebalance import rebalance
from relu_opt.solving.warm_start import local_search


def _inside(net: Weights, limits: list[tuple]) -> bool:
    arrays = [a for layer in net.layers for a in (layer.weight, layer.bias)]
    return all(np.all(a >= lo) and np.all(a <= hi) for a, (lo, hi) in zip(arrays, limits))


def _scaled_out(net: Weights, rng: np.random.Generator) -> Weights:
    """The same function with every hidden neuron rescaled by a random factor in [1/8, 8]."""
    layers, previous = [], np.ones(net.layers[0].weight.shape[1])
    for index, layer in enumerate(net.layers):
        last = index == len(net.layers) - 1
        factor = np.ones(layer.weight.shape[0]) if last else np.exp(rng.uniform(-2.0, 2.0, layer.weight.shape[0]))
        layers.append(Layer(layer.weight * factor[:, None] / previous[None, :], layer.bias * factor))
        previous = factor
    return Weights(tuple(layers))


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("widths", [[2, 3, 1], [2, 2, 2, 1], [3, 2, 2]])
def test_a_rescaled_network_of_the_box_comes_back_into_it_with_the_same_function(seed, widths):
    rng = np.random.default_rng(seed)
    net = random_network(widths, rng, scale=0.9)  # every parameter in [-0.9, 0.9]
    limits = [(-1.0, 1.0)] * (2 * len(net.layers))
    moved = _scaled_out(net, rng)
    back = rebalance(moved, limits)
    assert back is not None
    assert _inside(back, limits)
    x = rng.uniform(-2, 2, (50, widths[0]))
    assert np.allclose(back.predict(x), net.predict(x), rtol=1e-12, atol=1e-12)


def test_no_rescaling_fits_when_a_path_product_exceeds_the_box():
    """w2 * w1 is invariant under rescaling: 3 * 3 = 9 > 2 * 2 cannot fit |w| <= 2."""
    net = Weights((Layer(np.array([[3.0]]), np.array([0.0])), Layer(np.array([[3.0]]), np.array([0.0]))))
    assert rebalance(net, [(-2.0, 2.0)] * 4) is None
    fitted = rebalance(net, [(-3.0, 3.0)] * 4)
    assert fitted is not None and np.allclose(fitted.predict(np.array([[1.0]])), 9.0)


def test_sign_limits_and_output_biases_are_respected():
    """A rescaling keeps signs: a weight whose sign its interval forbids, or an output bias
    outside its interval (no rescaling moves it), cannot be fitted."""
    net = Weights((Layer(np.array([[0.5, -0.5]]), np.array([0.1])), Layer(np.array([[-0.5]]), np.array([2.0]))))
    box = [(-1.0, 1.0)] * 3
    assert rebalance(net, box + [(-3.0, 3.0)]) is not None
    assert rebalance(net, box + [(-1.0, 1.0)]) is None  # output bias 2 outside [-1, 1]
    negative_outputs = [(-1.0, 1.0), (-1.0, 1.0), (0.0, 1.0), (-3.0, 3.0)]  # output weight must be >= 0
    assert rebalance(net, negative_outputs) is None


def test_free_runs_find_the_exact_fit_of_the_two_hidden_layer_teacher():
    """Library teacher-N8-n2-m2x2-p1-s0 has an exact fit in |w| <= 3 (its stored network
    polishes to ~1e-30); 32 projected-Adam starts end at 1.5e-4 or worse. The exact fit is a
    closed-form optimum (0 is a lower bound of any squared loss)."""
    problem = define_problem(INSTANCES / "teacher" / "teacher-N8-n2-m2x2-p1-s0.csv", [2, 2], bound=3.0)
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    gradient_only = local_search(problem.dataset, problem.architecture, bounds)
    assert gradient_only.objective > 1e-6
    found = [
        local_search(problem.dataset, problem.architecture, bounds, free_starts=256, free_seconds=5.0, seed=seed)
        for seed in range(3)
    ]
    for result in found:
        assert _inside(result.weights, [(-3.0, 3.0)] * 6)
        assert loss_value(result.weights.predict(problem.dataset.x), problem.dataset.y, "squared") == pytest.approx(
            result.objective, abs=1e-20)
    assert sum(result.objective < 1e-20 for result in found) >= 2


def test_free_runs_are_skipped_under_weight_decay():
    """Rescaling changes a decay penalty, so the free runs stay off there."""
    rng = np.random.default_rng(0)
    problem = define_problem((rng.normal(size=(8, 2)), rng.normal(size=(8, 1))), [2], weight_decay=0.1)
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    result = local_search(problem.dataset, problem.architecture, bounds, decay=problem.domain.decay, free_starts=64)
    assert result.free_runs == 0


def test_every_parameter_combination_of_signs_is_kept():
    rng = np.random.default_rng(3)
    net = random_network([2, 2, 1], rng, scale=0.5)
    back = rebalance(_scaled_out(net, rng), [(-1.0, 1.0)] * 4)
    for original, rescaled in itertools.zip_longest(net.layers, back.layers):
        assert np.array_equal(np.sign(original.weight), np.sign(rescaled.weight))
        assert np.array_equal(np.sign(original.bias), np.sign(rescaled.bias))
