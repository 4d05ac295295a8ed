"""Width-2 classes solved by pairs of cells agree with branch-and-bound over points and with
exact enumeration, at every scale, on one process or two."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.generators import teacher_dataset
from relu_opt.solving.strategy import STRONG, with_steps

from ..conftest import require_solver

BY_PAIRS = with_steps(STRONG, pair_tree=True)
BY_POINTS = with_steps(STRONG, pair_tree=False, cells=False)


def _by_pairs(result) -> bool:
    return any("pair_cells" in part for part in result.details["parts"])


@pytest.mark.parametrize("inputs, bias, shape, seed", [
    (2, True, "duplicate", 0), (2, False, "plain", 1), (1, True, "duplicate", 2),
    pytest.param(2, True, "collinear", 3, marks=pytest.mark.slow),
    pytest.param(1, False, "plain", 5, marks=pytest.mark.slow),
])
def test_pairs_of_cells_agree_with_branch_and_bound_and_enumeration(inputs, bias, shape, seed):
    """Small data (a repeated input with another label, points on a line): the same certified
    optimum by pairs of cells, by branch-and-bound over points, and by exact enumeration (every
    sign class x activation pattern, one QP each)."""
    require_solver("scip")
    data = teacher_dataset(12, inputs, [2], 1, noise=0.2, seed=seed)
    if shape == "duplicate":
        data.x[-1] = data.x[0]
    if shape == "collinear":
        data.x[:4] = np.outer(np.linspace(-1, 1, 4), [1.0, 0.5])
    kwargs = dict(bound=2.0, hidden_bias=bias, output_bias=bias, options=SolveOptions(time_limit=120, jobs=1))
    pairs = train(data, [2], strategy=BY_PAIRS, **kwargs)
    points = train(data, [2], strategy=BY_POINTS, **kwargs)
    assert _by_pairs(pairs) and not _by_pairs(points)
    assert pairs.proven_optimal and points.proven_optimal
    assert pairs.objective == pytest.approx(points.objective, rel=2e-6, abs=1e-12)
    assert pairs.bound <= points.objective * (1 + 2e-6) + 1e-12
    if inputs == 1 or shape == "collinear":  # (two inputs: 30 s of enumeration, so only in the slow run)
        exact = train(data, [2], method="enumeration", **kwargs)
        assert exact.proven_optimal and pairs.objective == pytest.approx(exact.objective, rel=2e-6, abs=1e-12)


def test_the_tree_takes_two_to_five_neurons_few_inputs_and_enough_points():
    from relu_opt.api import define_problem
    from relu_opt.solving.pair_scope import pair_tree_applies

    def applies(points, inputs, width, signs, **kwargs):
        problem = define_problem(teacher_dataset(points, inputs, [width], 1, seed=0), [width], bound=1.0, **kwargs)
        return pair_tree_applies(problem, signs)

    assert applies(16, 2, 2, (1, -1)) and applies(16, 1, 2, (1, 1))
    assert not applies(16, 3, 2, (1, -1))  # three inputs: branch-and-bound over points won (README)
    assert not applies(8, 2, 2, (1, -1))  # tiny: branch-and-bound is done first
    assert applies(16, 2, 3, (1, 1, -1)) and applies(16, 2, 4, (1, 1, -1, -1))
    assert applies(16, 2, 5, (1, 1, -1, -1, -1)) and not applies(16, 2, 6, (1, 1, 1, -1, -1, -1))
    assert not applies(16, 2, 2, None)
    assert not applies(16, 2, 2, (1, -1), loss="l1")


@pytest.mark.parametrize("width, offset", [(2, 5.0), (3, 1e4)])
def test_pairs_of_cells_certify_the_same_optimum_at_every_scale(width, offset):
    """Metamorphic: x, y and the bias bound times s (1e-3, 1e3) scale the certified optimum by s^2
    (labels with an offset: 5, and 1e4 with a bias box as wide)."""
    require_solver("scip")
    data = teacher_dataset(12, 2, [width], 1, noise=0.2, seed=6)
    data.y[:, 0] += offset
    found = {}
    for s in (1.0, 1e-3, 1e3):
        result = train((data.x * s, data.y * s), [width], bound=2.0, bias_bound=(8.0 + 2 * offset) * s,
                       strategy=BY_PAIRS,
                       options=SolveOptions(time_limit=120, jobs=1))
        assert result.proven_optimal and _by_pairs(result)
        found[s] = (result.objective / s**2, result.bound / s**2)
    for s in (1e-3, 1e3):
        assert found[s][0] == pytest.approx(found[1.0][0], rel=2e-6)
        assert found[s][1] <= found[1.0][0] * (1 + 2e-6) and found[1.0][1] <= found[s][0] * (1 + 2e-6)


def test_two_processes_certify_what_one_does():
    require_solver("scip")
    data = teacher_dataset(16, 2, [2], 1, noise=0.1, seed=8)
    one = train(data, [2], bound=3.0, strategy=BY_PAIRS, options=SolveOptions(time_limit=120, jobs=1))
    two = train(data, [2], bound=3.0, strategy=BY_PAIRS, options=SolveOptions(time_limit=120, jobs=2))
    assert one.proven_optimal and two.proven_optimal and _by_pairs(two)
    assert two.objective == pytest.approx(one.objective, rel=2e-6)


def test_a_stopped_tree_reports_its_open_nodes_bound_not_an_optimum():
    """A time limit mid-tree: not proven, and the bound (the least open node, the closed nodes'
    cutoff) stays below the optimum certified without a limit."""
    require_solver("scip")
    data = teacher_dataset(40, 2, [2], 1, noise=0.1, seed=9)
    full = train(data, [2], bound=3.0, strategy=BY_PAIRS, options=SolveOptions(time_limit=300, jobs=1))
    stopped = train(data, [2], bound=3.0, strategy=with_steps(BY_PAIRS, class_search=False, warm_start=False),
                    options=SolveOptions(time_limit=2, jobs=1))
    assert full.proven_optimal
    assert not stopped.proven_optimal
    assert stopped.bound <= full.objective * (1 + 1e-6)


@pytest.mark.parametrize("inputs, bias, shape, seed", [
    (2, True, "duplicate", 11), (2, False, "plain", 13),
    pytest.param(1, True, "plain", 12, marks=pytest.mark.slow),
])
def test_width_3_classes_by_the_tree_agree_with_branch_and_bound(inputs, bias, shape, seed):
    """Width 3 (+++, ++-, +--, ---): the tree over all three neurons' cells certifies the same
    optimum as branch-and-bound over points (and as exact enumeration with one input)."""
    require_solver("scip")
    data = teacher_dataset(12, inputs, [3], 1, noise=0.3, seed=seed)
    if shape == "duplicate":
        data.x[-1] = data.x[0]
    kwargs = dict(bound=2.0, hidden_bias=bias, output_bias=bias, options=SolveOptions(time_limit=120, jobs=1))
    tree = train(data, [3], strategy=BY_PAIRS, **kwargs)
    points = train(data, [3], strategy=BY_POINTS, **kwargs)
    assert _by_pairs(tree) and not _by_pairs(points)
    assert tree.proven_optimal and points.proven_optimal
    assert tree.objective == pytest.approx(points.objective, rel=2e-6, abs=1e-12)
    if inputs == 1:
        exact = train(data, [3], method="enumeration", **kwargs)
        assert exact.proven_optimal and tree.objective == pytest.approx(exact.objective, rel=2e-6, abs=1e-12)


@pytest.mark.parametrize("inputs, seed, noise", [
    (2, 23, 0.5), pytest.param(1, 21, 0.3, marks=pytest.mark.slow),  # 1 input: branch-and-bound takes 70 s
])
def test_width_4_classes_with_two_runs_of_one_sign_agree_with_branch_and_bound(inputs, seed, noise):
    """Width 4 (++--: two runs of interchangeable neurons; +++-: a run of three, divided into
    its four monotone assignments): the same certified optimum as branch-and-bound over points."""
    require_solver("scip")
    data = teacher_dataset(12, inputs, [4], 1, noise=noise, seed=seed)
    kwargs = dict(bound=2.0, options=SolveOptions(time_limit=120, jobs=1))
    tree = train(data, [4], strategy=BY_PAIRS, **kwargs)
    points = train(data, [4], strategy=BY_POINTS, **kwargs)
    assert _by_pairs(tree) and tree.proven_optimal and points.proven_optimal
    assert tree.objective > 1e-3  # not an exact fit: the classes' bounds decide
    assert tree.objective == pytest.approx(points.objective, rel=2e-6, abs=1e-12)


@pytest.mark.slow
def test_width_5_classes_by_the_tree_agree_with_branch_and_bound():
    """Width 5, one input, 14 points: the same certified optimum as branch-and-bound over points
    (3.516043797; the tree 4 s, branch-and-bound over points 129 s: slow)."""
    require_solver("scip")
    data = teacher_dataset(14, 1, [5], 1, noise=0.5, seed=23)
    kwargs = dict(bound=2.0, options=SolveOptions(time_limit=300, jobs=2))
    tree = train(data, [5], strategy=BY_PAIRS, **kwargs)
    points = train(data, [5], strategy=BY_POINTS, **kwargs)
    assert _by_pairs(tree) and tree.proven_optimal and points.proven_optimal
    assert tree.objective > 1e-3
    assert tree.objective == pytest.approx(points.objective, rel=2e-6, abs=1e-12)


def test_a_run_of_interchangeable_neurons_is_divided_into_its_monotone_assignments():
    """+++-: the three + neurons (equal sets) are split together into off/off/off, off/off/on,
    off/on/on, on/on/on (4 children, not 8); the children's runs break where off meets on; a
    split of the lone - neuron makes two children and keeps the run."""
    from relu_opt.api import define_problem
    from relu_opt.methods.arrangements import all_patterns
    from relu_opt.network import augmented
    from relu_opt.relaxations.pair_cells import PairRelaxation
    from relu_opt.solving.pair_tree import PairSearch, _runs

    assert _runs((True, True, False)) == [(0, 2), (3, 3)] and _runs((True, False, True)) == [(0, 1), (2, 3)]
    data = teacher_dataset(12, 2, [4], 1, seed=0)
    problem = define_problem(data, [4], bound=1.0)
    x_tilde = augmented(data.x, True)
    patterns = all_patterns(x_tilde)
    signs = (1, 1, 1, -1)
    relaxation = PairRelaxation(x_tilde, data.y[:, 0], signs, np.ones(3), (-1.0, 1.0), patterns)
    search = PairSearch(problem, signs, relaxation, 1.0, 1.0, None, lambda: None)
    every = np.arange(len(patterns))
    root = (every,) * 4
    gaps = [np.zeros(12) for _ in signs]
    gaps[1][5] = 1.0  # the run's largest gap: point 5
    children = search._children(root, (True, True, False), tuple(gaps))
    sides = [tuple(int(patterns[cells[0], 5]) for cells in sets[:3]) for sets, _ in children]
    assert sides == [(1, 1, 1), (0, 1, 1), (0, 0, 1), (0, 0, 0)]
    assert [equal for _, equal in children] == [(True, True, False), (False, True, False),
                                                (True, False, False), (True, True, False)]
    for sets, _ in children:
        assert all(np.all(patterns[cells, 5] == patterns[cells[0], 5]) for cells in sets[:3])
        assert np.array_equal(sets[3], every)
    gaps = [np.zeros(12) for _ in signs]
    gaps[3][7] = 1.0  # the lone neuron's
    children = search._children(root, (True, True, False), tuple(gaps))
    assert len(children) == 2 and all(equal == (True, True, False) for _, equal in children)


def test_a_node_s_qp_point_is_read_as_a_real_network_of_the_class():
    """Before any leaf: the root's QP point with the ReLU put back where the QP relaxed it is a
    network of the class (output weights of the class's signs) whose loss, by the forward pass,
    becomes the incumbent; the root keeps its hull gaps, so it is not taken as solved."""
    from relu_opt.api import define_problem
    from relu_opt.methods.arrangements import all_patterns
    from relu_opt.network import augmented
    from relu_opt.relaxations.pair_cells import PairRelaxation
    from relu_opt.solving.pair_tree import PairSearch

    data = teacher_dataset(16, 2, [2], 1, noise=0.2, seed=4)
    problem = define_problem(data, [2], bound=1.0)
    x_tilde = augmented(data.x, True)
    patterns = all_patterns(x_tilde)
    signs = (1, -1)
    relaxation = PairRelaxation(x_tilde, data.y[:, 0], signs, np.ones(3), (-1.0, 1.0), patterns)
    search = PairSearch(problem, signs, relaxation, np.inf, np.inf, None, lambda: None)
    every = np.arange(len(patterns))
    node = relaxation.bound(every, every)
    assert not search._node_network(node, node.bound)
    assert search.best is not None and search.leaves == 0
    weights = search.best.weights
    output = weights.layers[1].weight[0]
    assert output[0] >= 0 >= output[1]
    hidden = np.maximum(data.x @ weights.layers[0].weight.T + weights.layers[0].bias, 0.0)
    forward = np.sum((hidden @ output + weights.layers[1].bias[0] - data.y[:, 0]) ** 2)
    assert search.best.value == pytest.approx(forward, rel=1e-12) and search.best.value > node.bound
