"""The split floor (``solving/output_split.py``): the loss splits exactly along a rotated basis of
the outputs, every projected network lies in its scalar problem's box, the floor and its class
floors are below the loss of hundreds of random networks, it is exact where the outputs repeat
each other, and a solve with it certifies the same optimum as one without."""

from __future__ import annotations

import math

import numpy as np
import pytest

from relu_opt import Layer, SolveOptions, Weights, define_problem, train
from relu_opt.bounds import parameter_bounds
from relu_opt.cli.summary import format_result
from relu_opt.network import loss_value
from relu_opt.reformulations.anchor_normalized import network_class
from relu_opt.results import Verdict
from relu_opt.solving import output_split, pipeline
from relu_opt.solving.output_split import admitted_positives, bases, projected_problem, split_floor

from ..conftest import require_solver

BOUND = 2.0


def _data(seed: int, n: int = 8, outputs: int = 2) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1, 1, (n, 2))
    teacher = _random_network(rng, 2, outputs, 1.0)
    return x, teacher.predict(x) + 0.3 * rng.normal(size=(n, outputs)) + 5.0  # an offset, as users' data have


def _random_network(rng: np.random.Generator, width: int, outputs: int, bound: float) -> Weights:
    return Weights((Layer(rng.uniform(-bound, bound, (width, 2)), rng.uniform(-bound, bound, width)),
                    Layer(rng.uniform(-bound, bound, (outputs, width)), rng.uniform(-bound, bound, outputs))))


def _projected_network(net: Weights, direction: np.ndarray) -> Weights:
    hidden, out = net.layers
    return Weights((hidden, Layer((direction @ out.weight)[None, :], np.array([direction @ out.bias]))))


def _inside(net: Weights, problem) -> bool:
    bounds = parameter_bounds(problem.dataset, problem.architecture, problem.domain, problem.loss)
    hidden, out = net.layers
    low, high = bounds.output_bias_interval(problem.architecture)
    slack = 1e-12
    return bool(np.abs(hidden.weight).max() <= bounds.weight[0] + slack and np.abs(hidden.bias).max() <= bounds.bias[0] + slack
                and np.abs(out.weight).max() <= bounds.weight[-1] + slack
                and np.all(out.bias >= low - slack) and np.all(out.bias <= high + slack))


@pytest.mark.parametrize("outputs", [2, 3])
def test_the_loss_splits_exactly_and_each_projection_is_in_its_scalar_box(outputs: int) -> None:
    rng = np.random.default_rng(outputs)
    x, y = _data(outputs, outputs=outputs)
    problem = define_problem((x, y), 2, bound=BOUND, bias_bound=2 * BOUND)
    for _, rows in bases(outputs)[:5]:
        assert np.allclose(rows @ rows.T, np.eye(outputs))
        scalars = [projected_problem(problem, d) for d in rows]
        for _ in range(50):
            net = _random_network(rng, 2, outputs, BOUND)
            projected = [_projected_network(net, d) for d in rows]
            assert all(_inside(p, s) for p, s in zip(projected, scalars))
            total = sum(s.objective(p) for p, s in zip(projected, scalars))
            assert math.isclose(total, problem.objective(net), rel_tol=1e-10)


def test_admitted_positives_by_hand_and_by_sampling() -> None:
    axis = np.array([1.0, 0.0])
    # anchored at output 1 (+): d . a = 1 >= 0; anchored at output 2: d . a = a_1 in [-1, 1], either side
    assert admitted_positives(axis, ((0, 1), (1, 1))) == range(1, 3)
    assert admitted_positives(axis, ((0, -1), (0, -1), (1, -1))) == range(0, 2)
    rng = np.random.default_rng(0)
    for _ in range(300):
        angle = rng.uniform(0, 2 * math.pi)
        d = np.array([math.cos(angle), math.sin(angle)])
        anchors = tuple((int(rng.integers(2)), int(rng.choice([-1, 1]))) for _ in range(3))
        columns = []
        for k, s in anchors:
            a = rng.uniform(-1, 1, 2)
            a[k] = s
            columns.append(a)
        assert int(sum(d @ a >= 0 for a in columns)) in admitted_positives(d, anchors) or any(abs(d @ a) < 1e-12 for a in columns)


@pytest.fixture(scope="module")
def tiny_floor():
    require_solver("scip")
    x, y = _data(3)
    problem = define_problem((x, y), 2, bound=BOUND, bias_bound=8.0)
    solve = lambda scalar, limit: pipeline.solve(scalar, "scip", SolveOptions(time_limit=limit))  # noqa: E731
    return problem, split_floor(problem, solve, math.inf, seconds=60, enough=None, max_bases=2)


def test_the_floor_and_its_class_floors_are_below_random_networks(tiny_floor) -> None:
    problem, found = tiny_floor
    assert len(found.bases) == 2 and found.bound > 0
    assert all(p.verdict == Verdict.GLOBAL_OPTIMUM.value for b in found.bases for p in b.projections)
    rng = np.random.default_rng(1)
    for _ in range(300):
        net = _random_network(rng, 2, 2, BOUND)
        net = Weights((net.layers[0], Layer(net.layers[1].weight, rng.uniform(-8, 8, 2))))
        loss = problem.objective(net)
        assert found.bound <= loss * (1 + 1e-9)
        assert found.class_floor(network_class(net)) <= loss * (1 + 1e-9)


def test_the_lifted_network_is_scored_by_its_forward_pass(tiny_floor) -> None:
    problem, found = tiny_floor
    assert found.network is not None  # the cutoff was +inf: any lifted solution beats it
    assert found.objective == pytest.approx(loss_value(found.network.predict(problem.dataset.x), problem.dataset.y, "squared"))
    assert found.objective >= found.bound * (1 - 1e-9)


def test_repeated_outputs_are_split_exactly_at_45_degrees() -> None:
    """Y = (y, y): along (1, 1)/sqrt2 the target is sqrt2 y with output box sqrt2 B, along (-1, 1)
    it is 0. So the floor at 45 degrees is 2 opt(y), and copying the scalar optimum's output to
    both outputs reaches it: the floor is the vector optimum."""
    require_solver("scip")
    x, y = _data(4, outputs=1)
    problem = define_problem((x, np.hstack([y, y])), 2, bound=BOUND, bias_bound=8.0)
    solve = lambda scalar, limit: pipeline.solve(scalar, "scip", SolveOptions(time_limit=limit))  # noqa: E731
    found = split_floor(problem, solve, math.inf, seconds=60, enough=None, max_bases=2)
    at_45 = next(b for b in found.bases if b.angle == 45.0)
    scalar = train((x, y), 2, bound=BOUND, bias_bound=8.0, options=SolveOptions(time_limit=60))
    assert scalar.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert at_45.bound == pytest.approx(2 * scalar.bound, rel=1e-5)
    copied = Weights((scalar.weights.layers[0], Layer(np.vstack([scalar.weights.layers[1].weight] * 2),
                                                      np.repeat(scalar.weights.layers[1].bias, 2))))
    assert problem.objective(copied) == pytest.approx(at_45.bound, rel=1e-5)
    assert found.bound == pytest.approx(at_45.bound, rel=1e-5)


@pytest.fixture(scope="module")
def tiny_optimum(tiny_floor):
    """The tiny problem certified by the anchor classes' direction trees (no split floor there)."""
    problem, _ = tiny_floor
    result = pipeline.solve(problem, "scip", SolveOptions(time_limit=120))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert "split_floor" not in result.details
    return result


def test_the_floor_is_below_the_optimum_another_route_certifies(tiny_floor, tiny_optimum) -> None:
    _, found = tiny_floor
    assert found.bound <= tiny_optimum.certificate.upper * (1 + 1e-9)
    assert found.class_floor(network_class(tiny_optimum.weights)) <= tiny_optimum.certificate.upper * (1 + 1e-9)


def test_a_solve_with_the_split_floor_certifies_the_same_optimum(tiny_floor, tiny_optimum, monkeypatch) -> None:
    """The split floor first (forced on by lifting the direction trees' gate; one basis), then the
    anchor classes: the same optimum as without it, the floor below it, and the summary says so."""
    problem, _ = tiny_floor
    monkeypatch.setattr(pipeline, "directions_apply", lambda problem, anchors: False)
    monkeypatch.setattr(output_split, "ANGLES", 1)
    result = pipeline.solve(problem, "scip", SolveOptions(time_limit=120))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert result.objective == pytest.approx(tiny_optimum.objective, rel=1e-5)
    floor = result.details["split_floor"]
    assert len(floor["bases"]) == 1 and 0 < floor["bound"] <= result.objective * (1 + 1e-9)
    assert set(floor["classes"]) == {p["part"] for p in result.details["parts"]}
    assert all(p["bound"] >= floor["bound"] * (1 - 1e-12) for p in result.details["parts"])
    assert "split floor" in format_result(result, problem.dataset)


class _Claimed:
    """A scalar solve's result as the split floor reads it, with the verdict given."""

    def __init__(self, verdict: Verdict, bound: float) -> None:
        self.certificate = type("Certificate", (), {"verdict": verdict})()
        self.bound, self.objective, self.weights = bound, bound, None
        self.details = {"parts": [{"part": "++", "bound": bound}]}


@pytest.mark.parametrize("verdict,counted", [(Verdict.GLOBAL_OPTIMUM, True), (Verdict.NOT_PROVEN, True),
                                             (Verdict.REJECTED, False), (Verdict.INFEASIBLE, False)])
def test_only_bounds_the_certificate_stands_behind_are_summed(verdict: Verdict, counted: bool) -> None:
    x, y = _data(6)
    problem = define_problem((x, y), 2, bound=BOUND, bias_bound=8.0)
    found = split_floor(problem, lambda scalar, limit: _Claimed(verdict, 0.25), math.inf, seconds=None, max_bases=1)
    assert found.bound == (0.5 if counted else 0.0)
    assert found.class_floor(((0, 1), (0, 1))) == (0.5 if counted else 0.0)


def test_the_floor_means_the_same_at_every_scale_and_offset() -> None:
    """x and y scaled by s (bias bounds with them: the same problem, loss x s^2) and labels
    shifted by 1e4 (the output bias box holds the shift both times): the same floor."""
    require_solver("scip")
    x, y = _data(7)
    solve = lambda scalar, limit: pipeline.solve(scalar, "scip", SolveOptions(time_limit=limit))  # noqa: E731

    def floor(x, y, bias_bound):
        problem = define_problem((x, y), 2, bound=BOUND, bias_bound=bias_bound)
        return split_floor(problem, solve, math.inf, seconds=60, max_bases=1).bound

    base = floor(x, y, 2e4)
    assert base > 0
    for s in (1e-3, 1e3):
        assert floor(s * x, s * y, 2e4 * s) / s**2 == pytest.approx(base, rel=1e-5)
    assert floor(x, y + 1e4, 2e4) == pytest.approx(base, rel=1e-5)
