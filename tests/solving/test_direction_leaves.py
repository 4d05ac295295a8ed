"""A direction tree's leaves as units of work: counted alike in one process and across workers."""

from __future__ import annotations

import math
from types import SimpleNamespace

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.generators import teacher_dataset
from relu_opt.results import Termination
from relu_opt.solving.direction_leaves import LEAF_ROUNDS_FACTOR, DeferredLeaves, LeafWork, OpenTuple, give_up
from relu_opt.solving.leaf_account import CellOutcome, LeafAccount, LeafReport

from ..conftest import require_solver


def _work(floor: float) -> LeafWork:
    return LeafWork((0, 1), np.zeros((2, 3), dtype=int), OpenTuple(floor, ((0.0, 0.1), (0.2, 0.3))))


def _class(account: LeafAccount) -> DeferredLeaves:
    return DeferredLeaves(account.outcome, account.cutoff, account.start, leaves=[], tree_network=None)


def _settle(account: LeafAccount, work: LeafWork, report: LeafReport, seconds: list[float], left=None):
    """What the class hands back for one leaf's report: the retry, or None."""
    follow = _class(account).settle(account, work, report, seconds, left)
    assert len(follow) <= 1
    return follow[0] if follow else None


def _result(termination: Termination, bound: float):
    """A solver result as the account reads it: no network, a termination and a bound."""
    return SimpleNamespace(termination=termination, bound=bound, weights=None)


def test_a_leaf_past_its_limit_comes_back_with_what_it_proved_and_a_longer_limit():
    account = LeafAccount(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01)
    seconds: list[float] = []
    work = _work(0.2)
    retry = _settle(account, work, LeafReport(_result(Termination.TIME_LIMIT, 0.5), 1.0, seconds=30.0), seconds)
    assert retry is not None and retry.floor == 0.5 and retry.limit == work.limit * LEAF_ROUNDS_FACTOR
    assert retry.cells == work.cells and retry.open_tuple.sectors == work.open_tuple.sectors
    # a weaker bound from the retry never lowers the floor it had
    assert _settle(account, retry, LeafReport(_result(Termination.TIME_LIMIT, 0.1), 1.0), seconds).floor == 0.5
    assert seconds == [30.0, 0.0]
    # with no time left the retry is given up: its proven floor bounds the class
    assert _settle(account, retry, LeafReport(_result(Termination.TIME_LIMIT, 0.6), 1.0), seconds, left=0.0) is None
    assert account.close().bound == pytest.approx(0.6)


def test_leaves_count_in_the_class_bound_as_they_end():
    """Cut off: its cutoff; optimal: the solver's bound; closed unsolved: its floor; given up
    for lack of time: its floor, and the class is not finished."""
    account = LeafAccount(CellOutcome(Termination.CUTOFF, 1.0), cutoff=1.0, start=1.01)
    seconds: list[float] = []
    assert _settle(account, _work(0.1), LeafReport(_result(Termination.CUTOFF, math.inf), 0.9), seconds) is None
    assert _settle(account, _work(0.1), LeafReport(_result(Termination.OPTIMAL, 0.8), 0.9), seconds) is None
    assert _settle(account, _work(0.95), LeafReport(None, 0.9, closed=True), seconds) is None
    assert account.close().termination == Termination.OPTIMAL
    assert account.outcome.bound == pytest.approx(0.8)
    give_up(account, [_work(0.3)])
    closed = account.close()
    assert closed.termination == Termination.TIME_LIMIT and closed.bound == pytest.approx(0.3)


def test_deferred_leaves_start_from_the_trees_closed_nodes():
    """The tree's last cutoff floors the class (its closed nodes are above it) before any leaf."""
    deferred = DeferredLeaves(CellOutcome(Termination.CUTOFF, 0.7, {"tree_seconds": 1.0}), cutoff=1.0, start=1.01,
                              leaves=[_work(0.2)], tree_network=None)
    account = deferred.account(None)
    assert account.close().bound == pytest.approx(0.7)
    closed = deferred.close(account, [1.5], 2.0)
    assert closed.record["open_cells"] == 1 and closed.record["leaf_seconds"] == [1.5]


def _two_output_data():
    data = teacher_dataset(8, 1, [2], 2, noise=0.2, seed=0)
    data.x[-1] = data.x[0]
    return data


@pytest.fixture(scope="module")
def one_process():
    require_solver("scip")
    return train(_two_output_data(), [2], bound=2.0, options=SolveOptions(time_limit=60, jobs=1))


def test_leaves_on_other_workers_prove_what_one_process_proves(one_process):
    """Two outputs, one input, a repeated input with another label: the classes' leaves handed
    to the pool's workers give the same certified optimum as solving them in the class's own
    process."""
    _same_certificate(one_process, train(_two_output_data(), [2], bound=2.0,
                                         options=SolveOptions(time_limit=60, jobs=2)))


def test_leaves_on_a_dask_cluster_prove_what_one_process_proves(one_process):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        on_dask = train(_two_output_data(), [2], bound=2.0,
                        options=SolveOptions(time_limit=60, scheduler=cluster.scheduler_address))
    _same_certificate(one_process, on_dask)


def _same_certificate(one, two) -> None:
    assert one.proven_optimal and two.proven_optimal
    assert any(p.get("leaves_as_units") and p.get("leaves") for p in two.details["parts"])
    assert not any(p.get("leaves_as_units") for p in one.details["parts"])
    assert two.objective == pytest.approx(one.objective, rel=2e-6)
    assert two.bound <= one.objective * (1 + 1e-9) and one.bound <= two.objective * (1 + 1e-9)
