"""Mixed sign classes solved by cells agree with branch-and-bound and with exact enumeration."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.generators import teacher_dataset
from relu_opt.methods.arrangements import all_patterns
from relu_opt.solving import cell_parts
from relu_opt.solving.cell_groups import FREE, common_sides, group_cells
from relu_opt.solving.cell_parts import cell_plan
from relu_opt.solving.strategy import STRONG, with_steps

from ..conftest import require_solver


def test_the_lone_neuron_of_a_class_is_the_one_enumerated():
    assert cell_plan((1, -1)).fixed == 0
    assert (cell_plan((1, 1, -1)).fixed, cell_plan((1, 1, -1)).group_sign) == (2, 1)
    assert (cell_plan((1, -1, -1)).fixed, cell_plan((1, -1, -1)).group_size) == (0, 2)
    assert cell_plan((1, 1, -1, -1)) is None and cell_plan((1, 1)) is None and cell_plan(None) is None


@pytest.mark.parametrize("inputs, width, bias, leaves, groups", [
    (1, 2, True, 100, 0), (2, 3, True, 0, 0), pytest.param(2, 2, True, 0, 400, marks=pytest.mark.slow),
    pytest.param(2, 2, True, 100, 0, marks=pytest.mark.slow), pytest.param(2, 2, False, 100, 0, marks=pytest.mark.slow),
    pytest.param(3, 2, True, 0, 0, marks=pytest.mark.slow), pytest.param(1, 3, True, 0, 400, marks=pytest.mark.slow),
])
def test_cells_agree_with_branch_and_bound_and_enumeration(monkeypatch, inputs, width, bias, leaves, groups):
    """Cells forced on small data (leaves solved exactly, one per cell or one per group of
    cells, or branch-and-bound floored by the cells): the same certified optimum as without
    cells and as exact enumeration."""
    require_solver("scip")
    monkeypatch.setattr(cell_parts, "MIN_POINTS", 0)
    monkeypatch.setattr(cell_parts, "MAX_LEAVES", leaves)
    monkeypatch.setattr(cell_parts, "MAX_GROUPS", groups)
    monkeypatch.setattr(cell_parts, "MAX_FREE_POINTS", 2)  # groups of a few cells on 10 points
    monkeypatch.setattr(cell_parts, "GROUPS_MAX_OPEN_SHARE", 1.0)  # on 10 points most cells stay open
    data = teacher_dataset(10, inputs, [width], 1, noise=0.2, seed=inputs + width)
    if inputs == 2:
        data.x[-1] = data.x[0]  # a duplicate input with another label
    kwargs = dict(bound=2.0, hidden_bias=bias, output_bias=bias, options=SolveOptions(time_limit=120, jobs=1))
    by_cells = train(data, [width], strategy=with_steps(STRONG, cells=True, pair_tree=False), **kwargs)
    without = train(data, [width], strategy=with_steps(STRONG, cells=False, pair_tree=False), **kwargs)
    assert by_cells.proven_optimal and without.proven_optimal
    assert by_cells.objective == pytest.approx(without.objective, rel=2e-6, abs=1e-12)
    assert any("cells" in str(p) for p in by_cells.details["parts"]) or width == 2 and not bias
    if groups:  # the open cells went to leaves over groups of cells
        assert any(p.get("groups") for p in by_cells.details["parts"])
    if width == 2 and inputs <= 2:  # (enumeration of 3 inputs takes minutes)
        exact = train(data, [width], method="enumeration", **kwargs)
        assert exact.proven_optimal and by_cells.objective == pytest.approx(exact.objective, rel=2e-6, abs=1e-12)
    assert np.isfinite(by_cells.bound) and by_cells.bound <= by_cells.objective


def test_groups_partition_the_cells_and_agree_on_all_but_a_few_points():
    rng = np.random.default_rng(3)
    x_tilde = np.hstack([rng.normal(size=(14, 2)), np.ones((14, 1))])
    patterns = all_patterns(x_tilde)
    for max_free in (0, 3, 6):
        groups = group_cells(patterns, max_free)
        members = np.sort(np.concatenate(groups))
        assert np.array_equal(members, np.arange(len(patterns)))  # each cell in exactly one group
        for group in groups:
            sides = common_sides(patterns[group])
            assert group.size == 1 or np.sum(sides == FREE) <= max_free
            fixed = sides != FREE
            assert np.all(patterns[group][:, fixed] == sides[fixed])  # the fixed sides are every cell's
    assert len(group_cells(patterns, 0)) == len(patterns)  # no free point: a cell per group
    assert len(group_cells(patterns, x_tilde.shape[0])) == 1


def test_groups_of_cells_certify_the_same_optimum_at_every_scale(monkeypatch):
    """Metamorphic: x, y and the bias bound times s (1e-3, 1e3) scale the certified optimum by s^2
    when the mixed class goes through groups of open cells."""
    require_solver("scip")
    for name, value in (("MIN_POINTS", 0), ("MAX_LEAVES", 0), ("MAX_FREE_POINTS", 2), ("GROUPS_MAX_OPEN_SHARE", 1.0)):
        monkeypatch.setattr(cell_parts, name, value)
    data = teacher_dataset(10, 2, [2], 1, noise=0.2, seed=4)
    found = {}
    for s in (1.0, 1e-3, 1e3):
        result = train((data.x * s, data.y * s), [2], bound=2.0, bias_bound=2.0 * s,
                       strategy=with_steps(STRONG, cells=True, pair_tree=False), options=SolveOptions(time_limit=120, jobs=1))
        assert result.proven_optimal
        assert any(p.get("groups") for p in result.details["parts"])
        found[s] = (result.objective / s**2, result.bound / s**2)
    for s in (1e-3, 1e3):
        assert found[s][0] == pytest.approx(found[1.0][0], rel=2e-6)
        assert found[s][1] <= found[1.0][0] * (1 + 2e-6) and found[1.0][1] <= found[s][0] * (1 + 2e-6)
