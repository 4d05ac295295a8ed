"""Networks read off the kink floor's nodes (``solving/kink_networks.py``): a planted network comes
back from its own kinks, every network read is inside the box and scored by its forward pass, and
the floor's search finds a planted exact fit that the bound 0 then certifies."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import Layer, SolveOptions, Weights, define_problem, train
from relu_opt.bounds import parameter_bounds
from relu_opt.cli.summary import format_result
from relu_opt.network import loss_value
from relu_opt.relaxations.kink_gaps import NONE, ONE, KinkGapRelaxation, KinkNode
from relu_opt.results import Verdict
from relu_opt.solving.kink_floor import kink_floor, slope_bound
from relu_opt.solving.kink_networks import _fitted, best_network, kink_places

from ..conftest import require_solver

KINKS = np.array([-0.5, 0.1, 0.6])
ORIENTATIONS = np.array([1.0, -1.0, 1.0])  # mixed: the slope left of all kinks is not 0


def _planted(seed: int, n: int = 12) -> tuple[np.ndarray, np.ndarray, Weights]:
    """A width-3, two-output network with kinks at KINKS, and n inputs with at least two between
    neighbouring kinks (so each gap with a kink holds exactly one)."""
    rng = np.random.default_rng(seed)
    edges = [-1.0, *KINKS, 1.0]
    per_piece = [n // 4 + (1 if k < n % 4 else 0) for k in range(4)]
    x = np.sort(np.concatenate([rng.uniform(lo + 0.02, hi - 0.02, size)
                                for lo, hi, size in zip(edges[:-1], edges[1:], per_piece)]))[:, None]
    w = ORIENTATIONS * np.array([2.0, 1.5, 1.0])
    hidden = Layer(w[:, None], -w * KINKS)
    output = Layer(rng.uniform(-1.5, 1.5, (2, 3)), rng.uniform(-0.5, 0.5, 2))
    net = Weights((hidden, output))
    return x, net.predict(x), net


def _problem(x, y, width: int = 3):
    return define_problem((x, y), [width], bound=3.0)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_planted_kinks_give_back_the_planted_network(seed):
    x, y, _ = _planted(seed)
    problem = _problem(x, y)
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    net, value = best_network(problem, bounds, list(KINKS))
    assert value < 1e-20
    assert value == loss_value(net.predict(x), y, "squared")
    # the orientation decides: every neuron facing right cannot bend the left end
    facing_right = _fitted(problem, bounds, list(KINKS), (1.0, 1.0, 1.0), None, x[:, 0], y)
    assert loss_value(facing_right.predict(x), y, "squared") > 1e-4


@pytest.mark.parametrize("seed", range(5))
def test_every_network_read_is_inside_the_box(seed):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(-2, 2, 10))[:, None]
    y = rng.standard_normal((10, 2)) * 5
    problem = define_problem((x, y), [3], bound=1.5)
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    for kinks in ([rng.uniform(-2, 2)], sorted(rng.uniform(-2, 2, 2)), sorted(rng.uniform(-2, 2, 3))):
        net, value = best_network(problem, bounds, list(kinks))
        assert value == pytest.approx(problem.objective(net), rel=1e-12)
        hidden, output = net.layers
        assert np.all(np.abs(hidden.weight) <= 1.5) and np.all(np.abs(hidden.bias) <= 1.5)
        assert np.all(np.abs(output.weight) <= 1.5) and np.all(np.abs(output.bias) <= 1.5)
    assert best_network(problem, bounds, [0.0] * 4) is None  # more kinks than neurons


def test_a_node_at_the_planted_values_and_slopes_gives_back_the_planted_kinks():
    x, y, net = _planted(0)
    relaxation = KinkGapRelaxation(x[:, 0], y, 3, 100.0, 1.0)
    inputs = np.array([relaxation.in_input_units(t) for t in relaxation.inputs])
    kinds = tuple(ONE if np.any((KINKS > a) & (KINKS < b)) else NONE for a, b in zip(inputs[:-1], inputs[1:]))
    assert kinds.count(ONE) == 3
    # the relaxation's own units: inputs from x_origin by x_unit, labels less their mean by y_unit
    values = (net.predict(inputs[:, None]) - y.mean(axis=0)) / relaxation.y_unit
    step = 1e-7
    slopes = (net.predict(inputs[:, None] + step) - net.predict(inputs[:, None])) / step
    slopes = slopes * relaxation.x_unit / relaxation.y_unit
    z = np.concatenate([values.reshape(-1), slopes.reshape(-1)])
    places = kink_places(relaxation, KinkNode.root(kinds), z)
    assert places == pytest.approx(list(KINKS), abs=1e-5)


@pytest.mark.parametrize("seed", [0, 1])
def test_the_floor_search_finds_a_planted_exact_fit(seed):
    x, y, _ = _planted(seed)
    problem = _problem(x, y)
    reference = problem.reference_objective()
    found = kink_floor(problem, reference, 30.0, enough=lambda floor, objective: objective <= 1e-14 * reference)
    assert found.network is not None
    assert found.objective == problem.objective(found.network)
    assert found.objective <= 1e-14 * reference
    assert found.nodes < found.configurations  # found before every configuration was bounded:
    assert found.bound == 0.0  # so nothing above 0 may be claimed


def test_without_networks_the_search_reads_none():
    x, y, _ = _planted(0)
    problem = _problem(x, y)
    found = kink_floor(problem, problem.reference_objective(), 1.0, networks=False)
    assert found.network is None and found.networks_read == 0
    assert slope_bound(problem) > 0


def test_the_solve_certifies_the_exact_fit_it_reads_off_the_floor():
    """The ETR inversion gadget (15 points, 5 ReLUs, two outputs): an exact fit by construction
    (``generators/etr_gadgets.py``), found neither by the warm start nor by 120 s of SCIP before
    the floor read networks off its nodes."""
    require_solver("scip")
    result = train("instances/etr/etr-inversion-gadget.csv", [5], bound=8.0,
                   options=SolveOptions(time_limit=120, jobs=1))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    kinks = result.details["kink_floor"]
    assert kinks["network_objective"] is not None
    assert result.objective <= 1e-9  # the labels' reference objective is 11.6
    problem = define_problem("instances/etr/etr-inversion-gadget.csv", [5], bound=8.0)
    assert result.objective == pytest.approx(problem.objective(result.weights), rel=1e-9)
    text = format_result(result, problem.dataset)
    assert "kink network" in text and "the network read off the kink floor fits exactly" in text
