"""Parts side by side: the same certified optimum as one process, and every part's bound valid.

The known optimum comes from the library, where two independent routes agree (teacher-N8: strong
formulation and exact enumeration); each class's own optimum from solving it alone.
"""

from __future__ import annotations

import multiprocessing

import pytest

from relu_opt.api import define_problem, train
from relu_opt.data import load_dataset
from relu_opt.solving.plan import build_part, make_plan
from relu_opt.solving.single import solve_model
from relu_opt.solving.strategy import Strategy
from relu_opt.backends import SolveOptions
from relu_opt.errors import InputError
from relu_opt.library import find
from relu_opt.results import Verdict
from relu_opt.solving.parallel import SharedBoard, default_jobs
from tests.conftest import ROOT, certifies

N8 = ROOT / "instances" / "teacher" / "teacher-N8-n2-m2-p1-s0.csv"
N16 = ROOT / "instances" / "teacher" / "teacher-N16-n2-m2-p1-s0.csv"


def known(name: str) -> float:
    known = find(name).problems[0]["known"]
    assert known["status"] == "optimal" and known["how"].startswith("two methods agree")
    return known["value"]


def class_optima(path, width: int) -> dict[str, float]:
    """Each sign class solved on its own (no cutoff, no screen): the exact loss of the best
    network found in the class. A bound the class reports above it is wrong (a real network
    of the class does better)."""
    problem = define_problem(load_dataset(path), [width], bound=3.0)
    plan = make_plan(problem, Strategy(warm_start=False, screen=False))
    optima = {}
    for part in plan.parts:
        result = solve_model(build_part(plan, part))
        assert result.weights is not None
        optima[part.label] = result.certificate.upper
    return optima


def test_two_processes_certify_the_optimum_one_process_certifies():
    optimum = known("teacher-N8-n2-m2-p1-s0")
    one = train(N8, [2], bound=3.0, options=SolveOptions(jobs=1))
    two = train(N8, [2], bound=3.0, options=SolveOptions(jobs=2))
    certifies(one, optimum)
    certifies(two, optimum)
    optima = class_optima(N8, 2)
    assert min(optima.values()) == pytest.approx(optimum, rel=1e-6)
    parts = two.details["parts"]
    assert sorted(p["part"] for p in parts) == ["++", "+-", "--"]
    for part in parts:
        assert part["bound"] <= optima[part["part"]] * (1 + 1e-6), part


def test_a_stopped_parallel_run_reports_bounds_no_class_optimum_lies_below():
    optima = class_optima(N16, 2)
    result = train(N16, [2], bound=3.0, options=SolveOptions(jobs=2, time_limit=2.0))
    parts = result.details["parts"]
    assert len(parts) == 3
    for part in parts:
        assert part.get("bound", 0.0) <= optima[part["part"]] * (1 + 1e-6), part
    assert result.certificate.lower <= min(optima.values()) * (1 + 1e-6)
    if not result.proven_optimal:
        assert result.certificate.verdict is Verdict.NOT_PROVEN


def test_the_board_only_takes_better_objectives():
    board = SharedBoard(multiprocessing.get_context("spawn").Value("d", 5.0))
    board.offer(7.0)
    assert board.best() == 5.0
    board.offer(3.0)
    assert board.best() == 3.0


def test_impossible_job_counts_are_one_line_errors():
    with pytest.raises(InputError, match="number of jobs"):
        SolveOptions(jobs=0)
    assert default_jobs() >= 1


def test_a_dask_cluster_solves_the_parts_with_the_same_optimum():
    distributed = pytest.importorskip("distributed")
    optimum = known("teacher-N8-n2-m2-p1-s0")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = train(N8, [2], bound=3.0, options=SolveOptions(scheduler=cluster.scheduler_address))
    certifies(result, optimum)
    assert len(result.details["parts"]) == 3


def test_a_users_cutoff_below_the_optimum_becomes_the_proven_bound():
    """--cutoff: look only below VALUE. Below the optimum nothing is found, and VALUE is proven
    (every class ends cut off); above it, the optimum is certified as usual."""
    optimum = known("teacher-N8-n2-m2-p1-s0")
    below = train(N8, [2], bound=3.0, options=SolveOptions(jobs=1, cutoff=0.5 * optimum))
    assert below.certificate.lower == pytest.approx(0.5 * optimum, rel=1e-9)
    assert all(p["termination"] == "cutoff" for p in below.details["parts"])
    assert not below.proven_optimal and below.objective >= optimum * (1 - 1e-6)
    above = train(N8, [2], bound=3.0, options=SolveOptions(jobs=1, cutoff=2 * optimum))
    certifies(above, optimum)


def test_an_unreachable_scheduler_is_a_one_line_error():
    pytest.importorskip("distributed")
    with pytest.raises(InputError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:1"):
        train(N8, [2], bound=3.0, options=SolveOptions(scheduler="tcp://127.0.0.1:1", time_limit=3.0))


def test_no_time_is_left_once_an_incumbent_meets_the_floor():
    """``until_certified``: a class's leaves stop starting once the board holds an incumbent at
    ``stop_at`` (the whole solve is then certified against the pipeline's floor); without a
    stop_at or a board the clock is the plain one."""
    from relu_opt.solving.parts import until_certified

    board = SharedBoard(multiprocessing.get_context("spawn").Value("d", 1.0))
    clock = lambda: 42.0  # noqa: E731
    assert until_certified(clock, SolveOptions(), board) is clock
    left = until_certified(clock, SolveOptions(stop_at=0.5), board)
    assert left() == 42.0
    board.offer(0.6)
    assert left() == 42.0
    board.offer(0.5)
    assert left() == 0.0
