"""Anchor normalization (one hidden layer, vector outputs, box): exact, and certifies what the
plain model cannot."""

from __future__ import annotations

import numpy as np
import pyomo.environ as pyo
import pytest

from relu_opt import SolveOptions, train
from relu_opt.api import define_problem
from relu_opt.backends import available_backends
from relu_opt.data import Dataset
from relu_opt.generators import teacher_dataset
from relu_opt.generators.classic import rank_one_optimum
from relu_opt.generators.teacher import random_network
from relu_opt.network import loss_value
from relu_opt.reformulations.anchor_normalized import anchor_classes, build_anchor_model, network_class

from ..conftest import certifies
from ..test_formulation import violations


@pytest.mark.parametrize("encoding", ["bigm", "sos1", "indicator", "complementarity"])
@pytest.mark.parametrize("outputs", [2, 3])
def test_every_network_in_the_box_is_a_point_of_its_anchor_class(encoding, outputs):
    data = teacher_dataset(6, 2, [2], outputs, seed=0)
    problem = define_problem(data, [3], bound=1.5, encoding=encoding)
    rng = np.random.default_rng(1)
    for _ in range(4):
        net = random_network((2, 3, outputs), rng, scale=1.5)
        training = build_anchor_model(problem, network_class(net))
        training.load_network(net)
        assert violations(training.model) == []
        assert pyo.value(training.model.objective) == pytest.approx(loss_value(net.predict(data.x), data.y, "squared"), rel=1e-10)
        mapped = training.weights()
        assert np.allclose(mapped.predict(data.x), net.predict(data.x), atol=1e-12)
        assert max(np.abs(layer.weight).max() for layer in mapped.layers) <= 1.5 + 1e-12


def test_anchor_classes_are_multisets():
    assert len(anchor_classes(2, 2)) == 10 and len(anchor_classes(3, 2)) == 20 and len(anchor_classes(1, 3)) == 6


def test_golden_ratio_instance_is_certified_against_its_closed_form():
    """Eckart-Young: the optimum (3 - sqrt 5)/2 is irrational; the anchor classes certify it in
    well under a second (the plain model took SCIP 59 s)."""
    targets = np.array([[1.0, 0.0], [1.0, 1.0]])
    data = Dataset(np.array([[0.0], [1.0]]), targets)
    result = train(data, [1], output_bias=False, bound=10, options=SolveOptions(time_limit=120))
    assert "anchor-normalized" in result.problem.formulation
    certifies(result, rank_one_optimum(targets))


def test_anchor_and_plain_formulations_agree_on_a_vector_instance(global_solver):
    """The bilinear plain model is the independent route; SCIP takes 18 s on it, Gurobi 2 s, so
    it runs on Gurobi where Gurobi is installed (the anchor model on the solver under test)."""
    data = teacher_dataset(3, 1, [1], 2, noise=0.1, seed=5)
    strong = train(data, [1], bound=2, solver=global_solver, options=SolveOptions(time_limit=120))
    plain_solver = "gurobi" if "gurobi" in available_backends() else global_solver
    plain = train(data, [1], bound=2, solver=plain_solver, formulation="plain", options=SolveOptions(time_limit=120))
    assert strong.proven_optimal and plain.proven_optimal
    assert max(strong.certificate.lower, plain.certificate.lower) <= min(strong.certificate.upper, plain.certificate.upper) + 1e-6


def test_bound_tightening_is_skipped_for_anchor_classes():
    """OBBT tightens sign classes only; asking for it on a vector problem must not break it."""
    targets = np.array([[1.0, 0.0], [1.0, 1.0]])
    data = Dataset(np.array([[0.0], [1.0]]), targets)
    from relu_opt import Strategy

    result = train(data, [1], output_bias=False, bound=10, strategy=Strategy(obbt=True))
    certifies(result, rank_one_optimum(targets))
    assert all("bound_tightening" not in part for part in result.details["parts"])


def test_too_many_anchor_classes_fall_back_to_one_plain_model():
    """Width 6 with two outputs has C(9, 3) = 84 anchor classes: more than the cap, so the plan
    is one plain model, and the reason is stated."""
    from relu_opt.solving.plan import MAX_ANCHOR_CLASSES, Normalization, Part, make_plan
    from relu_opt.solving.strategy import STRONG

    problem = define_problem(teacher_dataset(6, 1, [1], 2, seed=0), [6], bound=2.0)
    plan = make_plan(problem, STRONG)
    assert len(anchor_classes(6, 2)) == 84 > MAX_ANCHOR_CLASSES
    assert plan.parts == (Part(),) and plan.normalization is Normalization.NONE
    assert "84 anchor classes" in plan.describe()
    plan = make_plan(define_problem(teacher_dataset(6, 1, [1], 2, seed=0), [5], bound=2.0), STRONG)
    assert len(plan.parts) == 56 and plan.normalization is Normalization.ANCHOR
