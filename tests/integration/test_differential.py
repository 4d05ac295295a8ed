"""Differential testing (issue 10): random tiny instances through every route that applies; no
proven bound may exceed another route's re-checked loss, and proven optima must agree.

The default run takes eight seeded instances; ``-m slow`` runs sixty with every route, the plain
bilinear model included (the full harness: ``relu-opt differential --instances 200``)."""

from __future__ import annotations

import math

import pytest

from relu_opt.bench.differential import ROUTES, Outcome, check, random_instance, run_routes
from relu_opt.bench.tiny_instances import SHAPES, realistic_instance

from ..conftest import require_solver

FAST_ROUTES = ["strong/scip", "strong/gurobi", "enumeration", "convex"]


@pytest.mark.parametrize("seed", range(8))
def test_routes_agree_and_no_bound_exceeds_a_loss(seed):
    require_solver("scip")
    instance = random_instance(seed)
    plain = instance.hidden == (1,) and not instance.has_decay  # the bilinear model, where it is quick
    report = run_routes(instance, FAST_ROUTES + (["plain/scip"] if plain else []), time_limit=20)
    assert not report.problems, report.problems
    proven = [o for o in report.outcomes if o.proven]
    assert len(proven) >= 2, [(o.route, o.verdict) for o in report.outcomes]  # something to compare


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(100, 160))
def test_routes_agree_on_many_random_instances(seed):
    report = run_routes(random_instance(seed), list(ROUTES), time_limit=30)
    assert not report.problems, report.problems


@pytest.mark.parametrize("shape", [s for s in SHAPES if s != "box-decay"])
def test_real_data_shapes_give_no_false_bound_and_no_false_verdict(shape):
    """One instance of each real-data shape (issue 19's generators), every fast route; the
    checks include the exact rational objective of every returned network and the verdict
    check (no claimed optimum beaten by another route's network). Box + decay, which only the
    bilinear model takes, runs with -m slow."""
    require_solver("scip")
    seed = SHAPES.index(shape)  # the seed whose instance has this shape
    report = run_routes(realistic_instance(seed), FAST_ROUTES, time_limit=20)
    assert not report.problems, report.problems


def test_the_split_floor_stays_below_every_routes_network_on_two_outputs():
    """The split floor (scalar problems along rotated output axes) as a route of its own: its
    bound below the default route's re-checked network on the two-output real-data shape."""
    require_solver("scip")
    instance = realistic_instance(SHAPES.index("two-outputs"))
    assert not instance.scalar_output
    report = run_routes(instance, ["strong/scip", "split-floor"], time_limit=20)
    assert not report.problems, report.problems
    assert [o.route for o in report.outcomes] == ["strong/scip", "split-floor"]
    split = report.outcomes[1]
    assert split.verdict in ("global_optimum", "feasible_not_proven") and math.isfinite(split.upper)


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(100, 180))
def test_real_data_shapes_on_many_instances(seed):
    report = run_routes(realistic_instance(seed), list(ROUTES), time_limit=30)
    assert not report.problems, report.problems


def test_the_checks_catch_a_false_bound_and_a_disagreement():
    """The harness can fail: a bound above another route's exact loss, and two proven
    intervals that do not meet, are both reported."""
    honest = Outcome("a", "global_optimum", 0.99999, 1.0, 10.0, 0.1)
    false_bound = Outcome("b", "feasible_not_proven", 1.2, math.inf, 10.0, 0.1)
    assert check("x", [honest, false_bound]).problems
    apart = Outcome("c", "global_optimum", 1.5, 1.5000001, 10.0, 0.1)
    report = check("y", [honest, apart])
    assert any("do not overlap" in p for p in report.problems)
    assert not check("z", [honest, Outcome("d", "global_optimum", 0.999995, 1.0000001, 10.0, 0.1)]).problems
    # an honest interval with a wrong verdict: another route's network beats the claimed optimum
    beaten = Outcome("e", "global_optimum", 0.0, 0.0115, 3e8, 0.1)
    better = Outcome("f", "feasible_not_proven", 0.0, 0.0, 3e8, 0.1, exact=0.0)
    report = check("w", [beaten, better], reference=0.07)
    assert any("false verdict" in p for p in report.problems)
    # the exact rational objective counts: a bound above it is false even if the float is not
    rounded = Outcome("g", "feasible_not_proven", 0.0, 0.5000000001, 1.0, 0.1, exact=0.4)
    assert check("v", [Outcome("h", "global_optimum", 0.45, 0.45, 1.0, 0.1), rounded], reference=1.0).problems
    # the default route refusing a valid instance is a finding; a licence's refusal is not
    assert check("u", [Outcome("strong/scip", "refused", 0.0, math.inf, math.nan, 0.1, "2 output bias intervals")]).problems
    assert not check("t", [Outcome("strong/gurobi", "refused", 0.0, math.inf, math.nan, 0.1, "size-limited license")]).problems


def test_random_instances_are_reproducible_and_varied():
    first, again = random_instance(3), random_instance(3)
    assert first.name == again.name and (first.dataset.x == again.dataset.x).all()
    names = [random_instance(seed).name for seed in range(40)]
    assert {"generic", "duplicates", "collinear"} <= {n.split("-")[5] for n in names}
    assert {"s0.001", "s1", "s1000"} <= {n.split("-")[6] for n in names}
    shapes = {realistic_instance(seed).name.split("-")[2] for seed in range(len(SHAPES))}
    assert len(shapes) == len(SHAPES)  # one seed of each shape in the first len(SHAPES) seeds
