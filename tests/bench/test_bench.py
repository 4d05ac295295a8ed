"""The benchmark harness: specs, isolated runs, resumable store, Dask, reports."""

from __future__ import annotations

import math
import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from relu_opt.bench.report import profile, statistics
from relu_opt.bench.runner import run_isolated, run_sweep
from relu_opt.bench.spec import RunSpec, expand, parse_formulation
from relu_opt.bench.store import ResultStore
from relu_opt.errors import InputError
from relu_opt.solving.strategy import PLAIN, STRONG

from ..conftest import BLOG, ROOT, require_solver

TEACHER8 = ROOT / "instances" / "teacher" / "teacher-N8-n2-m2-p1-s0.csv"


def test_formulation_syntax():
    assert parse_formulation("strong") == STRONG and parse_formulation("plain") == PLAIN
    assert parse_formulation("strong+obbt").obbt and not parse_formulation("strong-warm_start").warm_start
    assert parse_formulation("plain+warm_start+symmetry").symmetry
    with pytest.raises(InputError, match="unknown formulation 'fast'"):
        parse_formulation("fast")
    with pytest.raises(InputError, match="unknown step 'magic'"):
        parse_formulation("strong+magic")


def test_other_methods_run_in_sweeps(tmp_path):
    pytest.importorskip("cvxpy")
    data = ROOT / "instances" / "teacher" / "teacher-N8-n2-m2-p1-s0.csv"
    specs = expand([{"path": str(data), "hidden": [2], "weight_decay": 0.05}], ["method:convex", "strong"],
                   ["bigm"], ["scip"], [0], 60, 1)
    store = ResultStore(tmp_path / "r.sqlite")
    run_sweep(specs, store, stream=None)
    rows = {r["formulation"]: r for r in store.rows()}
    assert rows["method:convex"]["verdict"] == rows["strong"]["verdict"] == "global_optimum"
    assert abs(rows["method:convex"]["recomputed"] - rows["strong"]["recomputed"]) < 1e-5
    with pytest.raises(InputError, match="unknown method"):
        expand([{"path": str(data), "hidden": [2], "bound": 1.0}], ["method:magic"], ["bigm"], ["scip"], [0], 5, 1)
    store.close()


def test_run_keys_identify_spec_and_content(tmp_path):
    data = tmp_path / "d.csv"
    data.write_text("x1,y1\n1,1\n2,4\n")
    one = expand([{"path": str(data), "hidden": [1], "bound": 2.0}], ["strong", "plain"], ["bigm"], ["scip"], [0, 1], 5, 1)
    assert len(one) == 4 and len({s.key for s in one}) == 4
    again = expand([{"path": str(data), "hidden": [1], "bound": 2.0}], ["strong", "plain"], ["bigm"], ["scip"], [0, 1], 5, 1)
    assert [s.key for s in one] == [s.key for s in again]
    data.write_text("x1,y1\n1,1\n2,5\n")  # same file name, other data: other runs
    changed = expand([{"path": str(data), "hidden": [1], "bound": 2.0}], ["strong"], ["bigm"], ["scip"], [0], 5, 1)
    assert changed[0].key not in {s.key for s in one}
    assert RunSpec.from_json(one[0].to_json()) == one[0]


def blog_specs(formulations, time_limit=20.0):
    return expand(
        [{"path": str(BLOG), "hidden": [1], "bound": 10.0, "hidden_bias": False, "output_bias": False}],
        formulations, ["bigm"], ["scip"], [0], time_limit, 1,
    )


def test_sweep_stores_rows_and_resume_skips_them(tmp_path):
    require_solver("scip")
    store = ResultStore(tmp_path / "r.sqlite")
    specs = blog_specs(["strong", "plain"])
    first = run_sweep(specs, store, parallel=2, stream=None)
    assert (first.done, first.skipped, first.failed) == (2, 0, 0)
    rows = store.rows()
    assert {r["verdict"] for r in rows} == {"global_optimum"}
    assert all(abs(r["recomputed"] - 38 / 7) < 1e-4 for r in rows)
    assert all(r["instance_hash"] and r["solver_version"].startswith("SCIP") for r in rows)
    second = run_sweep(specs, store, parallel=2, stream=None)
    assert (second.done, second.skipped) == (0, 2)
    store.close()


def test_refused_and_timed_out_runs_are_recorded_not_fatal(tmp_path):
    require_solver("highs")
    store = ResultStore(tmp_path / "r.sqlite")
    refused = [replace(s, solver="highs") for s in blog_specs(["plain"])]
    run_sweep(refused, store, stream=None)
    (row,) = store.rows()
    assert row["status"] == "refused" and "highs cannot take this model" in row["error"]
    record = run_isolated(replace(blog_specs(["plain"])[0], time_limit=0.2).to_json(), grace=0.0)
    assert record["status"] == "timeout" and "killed after" in record["error"]
    store.close()


def test_killed_sweep_loses_nothing_finished(tmp_path):
    """kill -9 the sweep while runs are in flight; the rows written stay, and the re-run skips
    exactly them and completes the rest."""
    require_solver("scip")
    store_path = tmp_path / "r.sqlite"
    command = [
        sys.executable, "-m", "relu_opt.cli", "bench", "--store", str(store_path),
        "--instance", str(BLOG), "--instance", str(TEACHER8), "--hidden", "1", "--bound", "3",
        "--formulation", "strong", "--formulation", "plain", "--time-limit", "4",
    ]
    sweep = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    finished_before_kill = 0
    while time.monotonic() < deadline:
        time.sleep(0.3)
        if store_path.exists():
            with sqlite3.connect(store_path) as db:
                try:
                    finished_before_kill = db.execute("SELECT COUNT(*) FROM runs").fetchone()[0]
                except sqlite3.OperationalError:
                    continue
            if finished_before_kill >= 1:
                break
    os.kill(sweep.pid, signal.SIGKILL)
    sweep.wait()
    assert 1 <= finished_before_kill < 4  # killed mid-sweep
    with sqlite3.connect(store_path) as db:
        kept = {row[0] for row in db.execute("SELECT run_key FROM runs")}
    assert len(kept) >= finished_before_kill
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0
    assert f"{len(kept)} of 4 runs already in" in done.stderr
    with sqlite3.connect(store_path) as db:
        assert db.execute("SELECT COUNT(*) FROM runs").fetchone()[0] == 4


def test_dask_local_cluster_runs_the_same_sweep(tmp_path):
    require_solver("scip")
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster:
        store = ResultStore(tmp_path / "r.sqlite")
        summary = run_sweep(blog_specs(["strong", "plain"]), store, scheduler=cluster.scheduler_address, stream=None)
        assert summary.done == 2 and summary.failed == 0
        assert {r["verdict"] for r in store.rows()} == {"global_optimum"}
        store.close()


def row(config: str, problem: str, status="completed", verdict="global_optimum", time=1.0, gap=0.0):
    formulation, encoding, solver = config.split("/")
    return {
        "formulation": formulation, "encoding": encoding, "solver": solver, "status": status,
        "verdict": verdict, "wall_time": time, "time_limit": 10.0, "gap": gap, "instance_hash": problem,
        "hidden": "[2]", "hidden_bias": 1, "output_bias": 1, "bound": 3.0, "weight_decay": None,
        "loss": "squared", "seed": 0,
    }


def test_report_statistics_and_profile():
    rows = [
        row("a/bigm/scip", "p1", time=1.0), row("b/bigm/scip", "p1", time=3.0),
        row("a/bigm/scip", "p2", verdict="feasible_not_proven", gap=0.5), row("b/bigm/scip", "p2", time=2.0),
        row("a/bigm/scip", "p3", verdict="rejected"), row("b/bigm/scip", "p3", status="timeout", verdict=None, gap=None),
    ]
    stats = {s.configuration: s for s in statistics(rows)}
    a, b = stats["a/bigm/scip"], stats["b/bigm/scip"]
    assert (a.solved, a.failed, a.wins) == (1, 1, 1) and (b.solved, b.failed, b.wins) == (2, 1, 1)
    # shifted geometric mean, shift 1: unsolved runs count at the 10 s limit
    assert a.sgm_time == pytest.approx(math.exp((math.log(2) + math.log(11) + math.log(11)) / 3) - 1)
    assert a.mean_gap_unsolved == pytest.approx((0.5 + 0.0) / 2)  # the rejected run completed with gap 0
    ratios = profile(rows)
    assert ratios["a/bigm/scip"] == [1.0, math.inf, math.inf] and ratios["b/bigm/scip"] == [3.0, 1.0, math.inf]


def test_two_sweeps_on_one_store_never_run_the_same_run(tmp_path):
    """Issue 10: two `relu-opt bench` processes on one store both ran every run. Runs are
    claimed atomically, so the two processes together execute each run once."""
    require_solver("scip")
    store = tmp_path / "shared.sqlite"
    command = [
        sys.executable, "-m", "relu_opt.cli", "bench", "--instance", str(BLOG), "--hidden", "1",
        "--bound", "10", "--formulation", "strong", "--encoding", "bigm", "--encoding", "indicator",
        "--seeds", "0,1,2", "--time-limit", "20", "--store", str(store),
    ]
    ResultStore(store).close()  # create the tables before both start
    first = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    outputs = [process.communicate(timeout=300)[1] for process in (first, second)]
    executed = sum(line.startswith("[") for output in outputs for line in output.splitlines())
    rows = ResultStore(store).rows()
    assert len(rows) == 6 and all(r["status"] == "completed" for r in rows)
    assert executed == 6, outputs


def test_a_claim_of_a_dead_process_is_taken_over(tmp_path):
    store = ResultStore(tmp_path / "claims.sqlite")
    store.connection.execute(
        "INSERT INTO claims VALUES (?, ?, ?)", ("k", f"{os.uname().nodename}:999999999", time.time())
    )
    store.connection.commit()
    assert store.claim("k", stale_after=3600)  # pid 999999999 does not exist here
    other = ResultStore(tmp_path / "claims.sqlite")
    other.owner = "another-host:1"  # a second sweep
    assert not other.claim("k", stale_after=3600)  # held by this live process
    store.release("k")
    assert other.claim("k", stale_after=3600)
    assert store.claim("k", stale_after=0.0)  # older than stale_after: taken over


def test_the_hard_suite_gives_each_instance_its_own_limit_and_jobs_stay_out_of_old_keys(tmp_path, capsys):
    from relu_opt.bench.suites import get_suite, resolve
    from relu_opt.cli.main import main

    hard = get_suite("hard")
    assert hard.jobs == 2 and len(hard.instances) == 11
    assert main(["bench", "--suite", "hard", "--dry-run"]) == 0
    assert "11 runs" in capsys.readouterr().out
    specs = expand([resolve(i) for i in hard.instances], ["strong"], ["bigm"], ["scip"], [0], hard.time_limit, 1, hard.jobs)
    assert {s.time_limit for s in specs} == {60.0, 120.0, 300.0, 600.0, 1800.0} and {s.jobs for s in specs} == {2}
    one = expand([{"path": str(TEACHER8), "hidden": [2], "bound": 3.0}], ["strong"], ["bigm"], ["scip"], [0], 5, 1)
    assert "jobs" not in one[0].key and one[0].key == replace(one[0], jobs=1).key
    assert replace(one[0], jobs=2).key != one[0].key
