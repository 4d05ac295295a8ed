"""Certificates on data shaped like users' data (issue 19): label offsets, near-duplicate
inputs. The reproductions of the outside differential test, on every route, and the
metamorphic rule that adding a constant the output bias can absorb changes nothing.

Witnesses are networks stated in the issue, checked here by a numpy forward pass: a bound
above a witness's loss is false, whatever route claims it."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt.api import train
from relu_opt.backends import SolveOptions
from relu_opt.data import Dataset
from relu_opt.generators.teacher import teacher_dataset
from relu_opt.network import Layer, Weights, constant_fit_objective, loss_value
from relu_opt.results import OPTIMALITY_GAP, ZERO_LEVEL

from ..conftest import require_solver

NEAR_DUPLICATES = Dataset(np.array([[-0.963], [0.415], [-0.9629999], [0.4150001]]),
                          np.array([[-0.998], [0.007], [-0.127], [-0.593]]), name="e04")
NEAR_DUPLICATE_WITNESS = Weights((
    Layer(np.array([[-10.0], [-10.0]]), np.array([-9.629999, -9.616599])),
    Layer(np.array([[-10.0, -10.0]]), np.array([-0.42849])),
))
OFFSET = Dataset(np.array([[0.087], [-0.607], [0.992]]), np.array([[9999.486], [9999.514], [9999.146]]), name="e01")
OFFSET_WITNESS = Weights((Layer(np.array([[0.375691]]), np.array([-0.004685])),
                          Layer(np.array([[-1.0]]), np.array([9999.514]))))

ROUTES = [
    ("scip", "minlp", 1), ("scip", "minlp", 2), ("gurobi", "minlp", 1), ("scip", "enumeration", 1),
]


def _run(data, route, **problem):
    solver, method, jobs = route
    require_solver(solver)
    return train(data, [problem.pop("width")], solver=solver, method=method,
                 options=SolveOptions(time_limit=60, jobs=jobs), **problem)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r[1]}-{r[0]}-jobs{r[2]}")
def test_near_duplicate_inputs_linf_no_bound_above_a_real_network(route):
    witness = loss_value(NEAR_DUPLICATE_WITNESS.predict(NEAR_DUPLICATES.x), NEAR_DUPLICATES.y, "linf")
    assert witness < 0.435491  # the network: 0.43549, below the falsely certified 0.4354947676
    result = _run(NEAR_DUPLICATES, route, width=2, loss="linf", bound=10.0)
    assert result.bound <= witness
    assert result.proven_optimal  # and the optimum is found: within the certificate's gap of the witness
    assert result.objective <= witness * (1 + OPTIMALITY_GAP)


@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r[1]}-{r[0]}-jobs{r[2]}")
def test_label_offset_exact_fit_is_certified_as_an_exact_fit(route):
    witness = loss_value(OFFSET_WITNESS.predict(OFFSET.x), OFFSET.y, "squared")
    reference = constant_fit_objective(OFFSET.y, "squared", -20000.0, 20000.0)
    assert witness <= 1e-10 * reference  # an exact fit, up to the 6 digits the issue gives
    result = _run(OFFSET, route, width=1, bound=1.0, bias_bound=20000.0)
    assert result.bound <= witness
    assert result.proven_optimal
    assert result.objective <= OPTIMALITY_GAP * ZERO_LEVEL * reference  # the certificate's exact-fit level


def test_the_verdict_scale_ignores_an_offset_the_bias_can_hold():
    """The reference objective (best constant network) does not grow with an offset: an
    interval [0, 0.0115] on labels ~1e4 is not a certificate (the zero network's loss of 3e8
    made it look like one)."""
    from relu_opt.results import relative_gap

    y = OFFSET.y - 9999.0
    for offset in (0.0, 10.0, 1e3, 1e4):
        assert constant_fit_objective(y + offset, "squared", -2e4, 2e4) == pytest.approx(
            constant_fit_objective(y, "squared", -2e4, 2e4), rel=1e-6)
    reference = constant_fit_objective(OFFSET.y, "squared", -2e4, 2e4)
    assert relative_gap(0.0, 0.0115, reference) > OPTIMALITY_GAP
    # without an output bias nothing can absorb the offset: the zero network is the reference
    assert constant_fit_objective(OFFSET.y, "squared") == pytest.approx(float(np.sum(OFFSET.y**2)))


@pytest.mark.parametrize("offset", [10.0, 1e3, 1e4])
def test_adding_a_constant_to_the_labels_changes_neither_verdict_nor_optimum(offset):
    """Metamorphic: labels + c with the bias bound widened by c is the same problem (the
    output bias absorbs c): the same verdict and the same certified optimum."""
    require_solver("scip")
    data = teacher_dataset(10, 2, [2], 1, noise=0.1, seed=3)
    options = SolveOptions(time_limit=60, jobs=1)
    base = train(data, [2], bound=1.0, bias_bound=1.0 + offset, options=options)
    moved = train(Dataset(data.x, data.y + offset), [2], bound=1.0, bias_bound=1.0 + offset, options=options)
    assert base.proven_optimal and moved.proven_optimal
    # the labels themselves are rounded when the constant is added (1e-12 at 1e4): the optima
    # agree to the certificate's gap, not to the last bit
    assert moved.objective == pytest.approx(base.objective, rel=2 * OPTIMALITY_GAP)
    assert base.details["scaling"]["y"] == moved.details["scaling"]["y"]  # the same problem after the offset


def test_inputs_all_zero_without_hidden_bias_are_solved():
    """Issue 19 C: the network is constant; its optimum is the best constant the box allows."""
    data = Dataset(np.zeros((4, 1)), np.array([[1.0], [2.0], [0.5], [1.5]]))
    for method in ("enumeration", "minlp"):
        result = train(data, [1], bound=2.0, hidden_bias=False, method=method, options=SolveOptions(time_limit=30, jobs=1))
        assert result.proven_optimal
        assert result.objective == pytest.approx(1.25, rel=1e-6)  # sum (y - mean)^2, the mean 1.25 inside the box
