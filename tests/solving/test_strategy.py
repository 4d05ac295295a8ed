"""Warm starts, cutoffs, symmetry ordering and the combined result of a multi-part strategy."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, Strategy, train
from relu_opt.architecture import Architecture, Domain, WeightBox, WeightDecay
from relu_opt.backends import BACKENDS
from relu_opt.bounds import parameter_bounds
from relu_opt.results import Verdict
from relu_opt.formulation import TrainingProblem, build_model
from relu_opt.generators import teacher_dataset
from relu_opt.generators.teacher import random_network
from relu_opt.backends.lowered import lower
from relu_opt.network import decay_penalty, loss_value
from relu_opt.reformulations.symmetry import add_neuron_ordering, sort_neurons
from relu_opt.results import Termination
from relu_opt.solving.warm_start import local_search

from ..conftest import require_solver
from ..backends.test_backends import MODELS
from ..test_formulation import violations


@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
@pytest.mark.parametrize("hidden", [(2,), (3, 2)])
def test_local_search_stays_in_the_box_and_reports_its_exact_loss(loss, hidden):
    data = teacher_dataset(10, 2, [2], 2, seed=1)
    arch = Architecture(2, hidden, 2)
    bounds = parameter_bounds(data, arch, Domain(WeightBox(0.7)), loss)
    found = local_search(data, arch, bounds, loss, starts=8, steps=300)
    assert all(np.abs(layer.weight).max() <= 0.7 + 1e-12 for layer in found.weights.layers)
    assert all(np.abs(layer.bias).max() <= 0.7 + 1e-12 for layer in found.weights.layers)
    assert found.objective == pytest.approx(loss_value(found.weights.predict(data.x), data.y, loss))
    assert list(found.objectives) == sorted(found.objectives) and found.objective == found.objectives[0]
    zero = loss_value(np.zeros_like(data.y), data.y, loss)
    assert found.objective < zero  # it learned something


def test_local_search_with_weight_decay_counts_the_penalty():
    data = teacher_dataset(10, 1, [2], 1, seed=2)
    arch = Architecture(1, (2,), 1)
    bounds = parameter_bounds(data, arch, Domain(decay=WeightDecay(0.1)), "squared")
    found = local_search(data, arch, bounds, "squared", decay=WeightDecay(0.1), starts=4, steps=300)
    expected = loss_value(found.weights.predict(data.x), data.y, "squared") + decay_penalty(found.weights, WeightDecay(0.1).coefficients(len(found.weights.layers)))
    assert found.objective == pytest.approx(expected)


def test_sorting_neurons_keeps_the_function_and_satisfies_the_ordering():
    data = teacher_dataset(6, 2, [2], 2, seed=0)
    arch = Architecture(2, (3, 2), 2)
    net = random_network(arch.sizes, np.random.default_rng(3))
    ordered = sort_neurons(net)
    assert np.allclose(ordered.predict(data.x), net.predict(data.x))
    training = build_model(TrainingProblem(data, arch, Domain(WeightBox(1.0))))
    add_neuron_ordering(training)
    training.load_network(ordered)
    assert violations(training.model) == []
    training.load_network(net)  # unsorted: breaks the ordering (the first layer's column 0 is not sorted)
    assert any(name.startswith("neuron_order") for name in violations(training.model)) or np.all(
        np.diff(net.layers[0].weight[:, 0]) <= 0
    )


@pytest.mark.parametrize("solver", ["scip", "gurobi", "highs"])
@pytest.mark.parametrize("name", ["ranged-min", "sos1", "disjunction"])
def test_cutoff_below_the_optimum_proves_a_bound_and_above_it_changes_nothing(solver, name):
    require_solver(solver)
    build, optimum, features = MODELS[name]
    if not features <= BACKENDS[solver].capabilities:
        pytest.skip(f"{solver} does not take {name}")
    problem = lower(build())
    below = BACKENDS[solver].solve(problem, SolveOptions(cutoff=optimum - 0.5))
    assert below.termination is Termination.CUTOFF
    assert optimum - 0.5 <= below.bound <= optimum + 1e-6 and below.values is None
    above = BACKENDS[solver].solve(problem, SolveOptions(cutoff=optimum + 0.5))
    assert above.termination is Termination.OPTIMAL
    assert above.objective == pytest.approx(optimum, abs=1e-6)


def test_warm_start_reaches_the_solver(global_solver):
    """With 0.5 s the plain model of N=8, m=2 is far from solved; given the local-search
    network as a start, the incumbent can only be as good or better than it."""
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=1)
    strategy = Strategy(normalize=False, sign_split=False, warm_start=True)
    result = train(data, [2], bound=3, solver=global_solver, strategy=strategy, options=SolveOptions(time_limit=0.5))
    warm = result.details["warm_start"]["objective"]
    assert result.certificate.upper <= warm + 1e-6 * max(1.0, warm)
    assert result.termination is Termination.TIME_LIMIT


def test_time_limited_strong_solve_is_not_proven_and_keeps_incumbent_and_bound(global_solver):
    """N=64, m=3 is not solved in 2 s. Gurobi's pip license takes no quadratic model of this
    size (200 variables), so Gurobi gets the L1 loss (a MILP, allowed up to 2000)."""
    data = teacher_dataset(64, 2, [3], 1, noise=0.1, seed=0)
    loss = "squared" if global_solver == "scip" else "l1"
    result = train(data, [3], bound=3, loss=loss, solver=global_solver, options=SolveOptions(time_limit=2))
    assert result.termination is Termination.TIME_LIMIT
    assert result.certificate.verdict is Verdict.NOT_PROVEN and not result.proven_optimal
    assert result.weights is not None and result.bound < result.objective
    started = [p for p in result.details["parts"] if "nodes" in p]
    assert len(started) >= 1 and result.wall_time < 10


def test_combined_result_accounts_for_every_sign_class():
    require_solver("scip")
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=0)
    result = train(data, [2], bound=3, solver="scip")
    parts = result.details["parts"]
    assert {p["part"] for p in parts} == {"++", "+-", "--"}
    assert all(p["termination"] in ("optimal", "cutoff") for p in parts)
    assert result.bound == pytest.approx(min(p["bound"] for p in parts))
    assert result.nodes == sum(p["nodes"] for p in parts)
    assert result.certificate.proves_optimality


def test_a_solver_failure_leaves_a_not_proven_result_not_a_crash(monkeypatch):
    """Issue 10: 'SCIP: error in LP solver!' ended the run with exit 1. A part whose solver
    fails proves nothing; the run reports what it has (the warm start), NOT PROVEN."""
    require_solver("scip")
    from relu_opt.backends.scip import ScipBackend

    def broken(self, problem, options):
        raise Exception("SCIP: error in LP solver!")

    monkeypatch.setattr(ScipBackend, "solve", broken)
    data = teacher_dataset(6, 1, [2], 1, seed=0)
    result = train(data, [2], bound=2.0)
    assert result.certificate.verdict is Verdict.NOT_PROVEN and result.weights is not None
    solved = [part for part in result.details["parts"] if "screen" not in part or "error" in part]
    assert solved and all("error in LP solver" in part["error"] for part in solved)
    assert all(part["termination"] == "cutoff" for part in result.details["parts"] if part not in solved)
    assert result.bound == 0.0
