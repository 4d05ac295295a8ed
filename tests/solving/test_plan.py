"""A plan is data: parts a worker process could take, the warm start's class first."""

from __future__ import annotations

import pickle

import numpy as np

from relu_opt.api import define_problem
from relu_opt.generators import teacher_dataset
from relu_opt.network import Layer, Weights
from relu_opt.solving.plan import Normalization, Part, build_part, make_plan, sign_classes
from relu_opt.solving.strategy import PLAIN, STRONG, Strategy


def test_sign_classes_start_from_the_warm_starts_class():
    warm = Weights((Layer(np.ones((3, 1)), None), Layer(np.array([[1.0, -1.0, -2.0]]), None)))
    assert sign_classes(3, warm) == [(1, -1, -1), (1, 1, -1), (-1, -1, -1), (1, 1, 1)]
    assert sign_classes(2, None)[0] == (1, 1)


def test_plans_say_what_applies_and_why_not():
    scalar = define_problem(teacher_dataset(5, 1, [2], 1, seed=0), [2], bound=2.0)
    plan = make_plan(scalar, STRONG)
    assert plan.normalization is Normalization.SIGN and [p.label for p in plan.parts] == ["++", "+-", "--"]
    assert make_plan(scalar, Strategy(sign_split=False)).parts == (Part(),)
    plain = make_plan(scalar, PLAIN)
    assert plain.normalization is Normalization.NONE and plain.describe() == "not applied: not requested"
    deep = make_plan(define_problem(teacher_dataset(5, 1, [2], 1, seed=0), [2, 2], bound=2.0), STRONG)
    assert "one hidden layer" in deep.describe()
    vector = make_plan(define_problem(teacher_dataset(5, 1, [1], 2, seed=0), [2], bound=2.0), STRONG)
    assert vector.normalization is Normalization.ANCHOR and vector.parts[0].label.startswith("y")


def test_a_plan_and_its_parts_pickle_and_build_in_another_process_the_same_model():
    plan = make_plan(define_problem(teacher_dataset(5, 2, [2], 1, seed=3), [2], bound=2.0), STRONG)
    copy = pickle.loads(pickle.dumps(plan))
    assert copy.parts == plan.parts and copy.normalization is plan.normalization
    assert (copy.problem.dataset.x == plan.problem.dataset.x).all() and copy.problem.domain == plan.problem.domain
    built, rebuilt = build_part(plan, plan.parts[1]), build_part(copy, copy.parts[1])
    assert built.formulation == rebuilt.formulation and built.signs == rebuilt.signs
    assert len(list(built.model.component_data_objects())) == len(list(rebuilt.model.component_data_objects()))
