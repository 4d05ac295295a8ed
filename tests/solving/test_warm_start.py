"""The warm start: bounded by its time budget, and exact about the objective it reports."""

from __future__ import annotations

import time

import numpy as np
import pytest

from relu_opt.architecture import Architecture, Domain, WeightBox
from relu_opt.bounds import parameter_bounds
from relu_opt.data import Dataset
from relu_opt.network import loss_value
from relu_opt.solving.warm_start import MAX_POINTS, local_search


def test_a_time_budget_stops_the_steps():
    rng = np.random.default_rng(0)
    data = Dataset(rng.uniform(-1, 1, (2000, 2)), rng.uniform(-1, 1, (2000, 1)))
    arch = Architecture(2, (3,), 1)
    bounds = parameter_bounds(data, arch, Domain(WeightBox(2.0)), "squared")
    begin = time.perf_counter()
    found = local_search(data, arch, bounds, starts=8, steps=100_000, time_budget=0.3)
    assert time.perf_counter() - begin < 5  # 100,000 steps would take minutes
    assert found.objective == pytest.approx(loss_value(found.weights.predict(data.x), data.y, "squared"))


def test_large_data_is_subsampled_for_the_steps_but_scored_on_every_point():
    rng = np.random.default_rng(1)
    n = 3 * MAX_POINTS
    x = rng.uniform(-1, 1, (n, 1))
    data = Dataset(x, np.abs(x) - 0.3)
    arch = Architecture(1, (2,), 1)
    found = local_search(data, arch, parameter_bounds(data, arch, Domain(WeightBox(2.0)), "squared"), starts=4, steps=300)
    assert found.objective == pytest.approx(loss_value(found.weights.predict(data.x), data.y, "squared"))
    assert found.objective < 0.01 * loss_value(np.zeros_like(data.y), data.y, "squared")  # |x| is learnable
