"""The human-readable result: the verdict's words, no negative squared loss, short class lists."""

from __future__ import annotations


import numpy as np

from relu_opt.certify import certified_result
from relu_opt.cli.summary import format_result
from relu_opt.data import Dataset
from relu_opt.network import Layer, Weights
from relu_opt.results import ProblemSpec, Termination

DATA = Dataset(np.array([[0.0], [1.0], [2.0]]), np.array([[0.0], [1.0], [2.0]]))
SPEC = ProblemSpec("squared", "|w|, |b| <= 2", "1 -> 1 -> 1 ReLU network, biases on", "bigm", "plain", (2.0, 2.0), (2.0, 2.0))
IDENTITY = Weights((Layer(np.array([[1.0]]), np.array([0.0])), Layer(np.array([[1.0]]), np.array([0.0]))))
HALF = Weights((Layer(np.array([[0.5]]), np.array([0.0])), Layer(np.array([[1.0]]), np.array([0.0]))))


def result(weights, solver_objective, bound, termination=Termination.OPTIMAL, gap=1e-6, details=None):
    return certified_result(
        dataset=DATA, spec=SPEC, termination=termination, solver_objective=solver_objective, bound=bound,
        weights=weights, solver="scip", solver_version="SCIP test", wall_time=0.1, requested_gap=gap,
        details=details or {},
    )


def test_an_exact_fit_reads_as_a_global_optimum_with_a_nonnegative_objective():
    text = format_result(result(IDENTITY, -7.99e-8, -1e-7), DATA)  # a solver's objective below 0
    assert "GLOBAL OPTIMUM" in text
    assert "objective        0   (exact" in text and "-7.99e-08" in text.split("solver's value")[1]
    assert "certified relative gap 1" not in text


def test_a_loose_requested_gap_reads_as_optimal_within_it():
    loose = result(HALF, 1.25, 0.8, gap=0.5)
    text = format_result(loose, DATA)
    assert "OPTIMAL WITHIN 36.00%" in text and "GLOBAL OPTIMUM" not in text
    assert not loose.proven_optimal and loose.certificate.within_requested_gap
    assert loose.to_dict()["within_requested_gap"] is True and loose.to_dict()["proven_optimal"] is False


def test_unstarted_classes_are_summarized_in_one_line():
    parts = [{"part": "++", "termination": "time_limit", "bound": 0.1, "nodes": 5, "seconds": 1.0}]
    parts += [{"part": f"class{k}", "termination": "time_limit"} for k in range(55)]
    text = format_result(result(HALF, 1.25, 0.1, Termination.TIME_LIMIT, details={"parts": parts}), DATA)
    assert "55 classes not started" in text and text.count("class") < 10


def test_counts_are_singular_where_they_should_be():
    one_input = format_result(result(IDENTITY, 0.0, 0.0), DATA)
    assert "1 input," in one_input and "1 inputs" not in one_input and "3 points" in one_input
