"""Two-output anchor classes solved by output directions and cells agree with the other routes."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.generators import teacher_dataset
from relu_opt.solving import direction_scope
from relu_opt.solving.direction_leaves import OpenTuple, add_product_rows, model_anchors, narrow_directions
from relu_opt.solving.direction_parts import _children
from relu_opt.relaxations.direction_cells import Slot, anchor_sector, direction_ratio
from relu_opt.solving.strategy import PLAIN, STRONG, with_steps

from ..conftest import require_solver


def test_cells_are_fixed_first_in_order_for_twins_then_sectors_halved():
    sector = anchor_sector((0, 1))
    root = (Slot(None, *sector), Slot(None, *sector))
    first = _children(root, ((0, 1), (0, 1)), 5, math.pi / 4)
    assert [c[0].cell for c in first] == [0, 1, 2, 3, 4]
    # interchangeable neurons (same anchor): the second's cell is not below the first's
    assert [c[1].cell for c in _children(first[3], ((0, 1), (0, 1)), 5, math.pi / 4)] == [3, 4]
    assert len(_children(first[3], ((0, 1), (1, 1)), 5, math.pi / 4)) == 5
    fixed = (Slot(3, *sector), Slot(4, *sector))
    halves = _children(fixed, ((0, 1), (0, 1)), 5, math.pi / 4)
    assert [h[0].width for h in halves] == pytest.approx([math.pi / 4] * 2)
    assert _children((Slot(3, 0.0, 0.5), Slot(4, 0.0, 0.5)), ((0, 1), (0, 1)), 5, math.pi / 4) == []


@pytest.mark.parametrize("anchor", [(0, 1), (1, 1), (0, -1), (1, -1)])
def test_a_leafs_direction_bounds_hold_every_direction_of_its_sectors(anchor):
    """The anchor model's free output coordinate of a direction in [lo, hi] lies between the
    bounds a leaf sets (the coordinate is monotone in the angle over a quarter)."""
    from relu_opt.api import define_problem
    from relu_opt.solving.plan import build_part, make_plan

    plan = make_plan(define_problem(teacher_dataset(5, 1, [2], 2, seed=0), [2], bound=2.0), STRONG)
    part = next(p for p in plan.parts if p.anchors is not None)
    model = build_part(plan, part).model
    anchors = (anchor, anchor)
    lo_all, hi_all = anchor_sector(anchor)
    rng = np.random.default_rng(0)
    for _ in range(20):
        lo, hi = np.sort(rng.uniform(lo_all, hi_all, 2))
        narrow_directions(model, anchors, ((lo, hi), (lo_all, hi_all)))
        other = 1 - anchor[0]
        for angle in np.linspace(lo, hi, 7):
            d = np.array([math.cos(angle), math.sin(angle)])
            a = d / abs(d[anchor[0]])
            assert a[anchor[0]] == pytest.approx(anchor[1])
            assert direction_ratio(anchor[0], angle) == pytest.approx(a[other])
            assert model.a[other, 0].lb <= a[other] <= model.a[other, 0].ub
        # and the bounds are the sector's, not the quarter's
        assert model.a[other, 0].ub - model.a[other, 0].lb <= abs(math.tan(hi - lo)) * 2 + 1e-6
        assert model.a[other, 1].lb == pytest.approx(-1.0) and model.a[other, 1].ub == pytest.approx(1.0)


def test_an_open_tuple_keeps_the_hull_of_its_open_sectors_and_the_least_floor():
    first = OpenTuple.of(0.3, (Slot(1, 0.0, 0.1), Slot(2, 1.0, 1.2)))
    both = first.widened(0.2, (Slot(1, 0.2, 0.3), Slot(2, 0.9, 1.0)))
    assert both.floor == 0.2 and both.sectors == ((0.0, 0.3), (0.9, 1.2))


def _interval_by_enumerating_patterns(data, bound: float) -> tuple[float, float]:
    """(least proven bound, least objective) over every anchor class and every tuple of cells,
    each solved by SCIP on the class's model with the patterns fixed and the product rows
    (without them a leaf ran past 60 s at N = 6); no relaxation, no tree. A leaf that does not
    finish in its 10 s counts with its bound."""
    from relu_opt.api import define_problem
    from relu_opt.methods.arrangements import all_patterns
    from relu_opt.network import augmented
    from relu_opt.solving.leaf_account import fix_pattern
    from relu_opt.solving.plan import build_part, make_plan
    from relu_opt.solving.single import solve_model

    problem = define_problem(data, [2], bound=bound)
    plan = make_plan(problem, STRONG)
    patterns = all_patterns(augmented(data.x, True))
    lowest, best = math.inf, math.inf
    for part in plan.parts:
        twins = part.anchors[0] == part.anchors[1]
        for first, second in itertools.product(range(len(patterns)), repeat=2):
            if twins and second < first:
                continue
            training = build_part(plan, part)
            fix_pattern(training.model, 0, patterns[first])
            fix_pattern(training.model, 1, patterns[second])
            add_product_rows(training.model, augmented(data.x, True), patterns[[first, second]], True)
            result = solve_model(training, "scip", SolveOptions(time_limit=10))
            lowest = min(lowest, float(result.bound))
            if result.weights is not None:
                best = min(best, result.certificate.recomputed_objective)
    return lowest, best


def test_the_tree_takes_each_neurons_anchor_as_the_class_model_does():
    from relu_opt.api import define_problem
    from relu_opt.solving.plan import build_part, make_plan

    plan = make_plan(define_problem(teacher_dataset(5, 1, [2], 2, seed=0), [2], bound=2.0), STRONG)
    assert any(tuple(p.anchors) != tuple(sorted(p.anchors)) for p in plan.parts)  # the case that went wrong
    for part in plan.parts:
        model = build_part(plan, part).model
        for neuron, (output, sign) in enumerate(model_anchors(part)):
            assert model.a[output, neuron].fixed and model.a[output, neuron].value == sign


@pytest.mark.slow
@pytest.mark.parametrize("inputs, points, seed", [(1, 5, 0)])
def test_directions_agree_with_enumerating_patterns(inputs, points, seed):
    """Tiny two-output data (a repeated input with another label included): the certified
    optimum by directions and cells lies in the interval that solving every pattern tuple one
    by one proves (its least objective equals ours)."""
    require_solver("scip")
    data = teacher_dataset(points, inputs, [2], 2, noise=0.2, seed=seed)
    data.x[-1] = data.x[0]
    by_directions = train(data, [2], bound=2.0, strategy=with_steps(STRONG, cells=True),
                          options=SolveOptions(time_limit=120, jobs=1))
    assert any("direction_nodes" in p for p in by_directions.details["parts"])
    assert by_directions.proven_optimal and by_directions.bound <= by_directions.objective
    lowest, best = _interval_by_enumerating_patterns(data, 2.0)
    assert by_directions.objective == pytest.approx(best, rel=2e-6, abs=1e-12)
    assert lowest <= by_directions.objective * (1 + 2e-6) and by_directions.bound <= best * (1 + 2e-6)


def test_directions_and_the_plain_model_do_not_contradict():
    """The literal (plain) model shares neither the normalization nor the relaxation: what it
    proves and finds brackets the certified optimum (it may not finish: anchor classes by
    branch-and-bound did not finish N = 6 in 120 s either)."""
    require_solver("scip")
    data = teacher_dataset(6, 1, [2], 2, noise=0.2, seed=0)
    data.x[-1] = data.x[0]
    by_directions = train(data, [2], bound=2.0, options=SolveOptions(time_limit=120, jobs=1))
    assert any("direction_nodes" in p for p in by_directions.details["parts"])
    assert by_directions.proven_optimal
    plain = train(data, [2], bound=2.0, strategy=PLAIN, options=SolveOptions(time_limit=10, jobs=1))
    assert plain.bound <= by_directions.objective * (1 + 2e-6) + 1e-12
    assert by_directions.bound <= plain.objective * (1 + 2e-6) + 1e-12


def test_directions_certify_the_same_optimum_at_every_scale():
    """Metamorphic: x, y and the bias bound times s (1e-3, 1e3) scale the optimum by s^2, so
    every scale's proven interval must hold every other scale's objective (a class solved with
    its anchors out of order certified 0.00462 at one scale while another found 0.00313), and
    the certified ones agree."""
    require_solver("scip")
    data = teacher_dataset(5, 1, [2], 2, noise=0.2, seed=0)
    data.x[-1] = data.x[0]
    found = {}
    for s in (1.0, 1e-3, 1e3):
        result = train((data.x * s, data.y * s), [2], bound=2.0, bias_bound=2.0 * s,
                       options=SolveOptions(time_limit=30, jobs=1))
        assert any("direction_nodes" in p for p in result.details["parts"])
        found[s] = (result.objective / s**2, result.bound / s**2, result.proven_optimal)
    for s, t in itertools.permutations(found, 2):
        assert found[s][1] <= found[t][0] * (1 + 2e-6)
        if found[s][2] and found[t][2]:
            assert found[s][0] == pytest.approx(found[t][0], rel=2e-6)
    assert any(proven for _, _, proven in found.values())


def test_one_input_takes_one_neuron_more():
    from relu_opt.api import define_problem

    line = teacher_dataset(10, 1, [2], 2, seed=0)
    anchors = ((0, 1),) * 4
    assert direction_scope.directions_apply(define_problem(line, [4], bound=2.0), anchors)
    assert not direction_scope.directions_apply(define_problem(line, [5], bound=2.0), anchors + ((0, 1),))
    plane = teacher_dataset(10, 2, [2], 2, seed=0)
    assert not direction_scope.directions_apply(define_problem(plane, [4], bound=2.0), anchors)


def test_directions_stay_out_of_reach_they_do_not_have():
    wide = teacher_dataset(direction_scope.MAX_POINTS + 1, 2, [2], 2, seed=0)
    result = train(wide, [2], bound=2.0, options=SolveOptions(time_limit=5, jobs=1))
    assert not any("direction_nodes" in p for p in result.details["parts"])
