"""Before/after comparisons: runs handed to another release's command line, and the report
that flags regressions (issue 20's gate)."""

from __future__ import annotations

import json
from dataclasses import replace

from relu_opt.bench.compare import SLOWER, compare, comparison_table
from relu_opt.bench.realistic import INSTANCES, rounded, recipe
from relu_opt.bench.runner import run_sweep
from relu_opt.bench.spec import RunSpec, expand
from relu_opt.bench.store import ResultStore
from relu_opt.bench.suites import get_suite

from ..conftest import BLOG, ROOT, require_solver


def _row(instance: str, wall: float, verdict: str = "global_optimum", limit: float = 60.0) -> dict:
    return {"instance": f"/x/{instance}.csv", "instance_hash": instance, "hidden": "[2]", "hidden_bias": 1,
            "output_bias": 1, "bound": 1.0, "weight_decay": None, "loss": "squared", "seed": 0,
            "formulation": "strong", "encoding": "bigm", "solver": "scip", "status": "completed",
            "verdict": verdict, "wall_time": wall, "time_limit": limit, "bound_value": 0.0, "spec": "{}"}


def test_the_comparison_flags_slower_and_newly_unproven_runs():
    old = [_row("a", 2.0), _row("b", 2.0), _row("c", 10.0), _row("d", 3.0), _row("e", 0.1)]
    new = [_row("a", 2.0 * SLOWER + 0.1), _row("b", 2.5), _row("c", 60.0, "feasible_not_proven"), _row("d", 1.0),
           _row("e", 0.6)]
    flags = {p.instance: p.flag for p in compare(old, new)}
    assert flags["a"].startswith("SLOWER") and flags["c"] == "NEWLY UNPROVEN"
    assert flags["b"] == "" and flags["d"].startswith("faster")
    assert flags["e"] == ""  # 0.1 s -> 0.6 s: both at the half-second floor of start-up noise
    table = comparison_table(compare(old, new), "previous", "current")
    assert "2 regressions" in table and "| a | [2] | strong/bigm/scip | 2.0 s | 3.1 s | 1.55 | SLOWER x1.55 |" in table


def test_a_spec_becomes_the_command_line_of_another_release():
    spec = RunSpec(instance="d.csv", hidden=(3, 2), bound=2.0, bias_bound=5.0, formulation="strong+obbt-screen",
                   time_limit=30.0, jobs=2, hidden_bias=False)
    command = spec.solve_command("out.json")
    assert command[0] == "solve" and command[1].endswith("d.csv") and command[2:4] == ["--hidden", "3,2"]
    for expected in (["--bound", "2.0"], ["--bias-bound", "5.0"], ["--time-limit", "30"], ["--jobs", "2"],
                     ["--json", "out.json"], ["--formulation", "strong"]):
        assert any(command[k:k + len(expected)] == expected for k in range(len(command)))
    assert "--obbt" in command and "--no-screen" in command and "--no-hidden-bias" in command
    assert spec.key != replace(spec, release="/old").key  # another release: another run
    assert RunSpec.from_json(spec.to_json()) == spec


def test_a_sweep_runs_another_release_through_its_command_line(tmp_path):
    """The release folder holds a relu_opt package: here this very checkout, so both sweeps
    certify the same optimum and the comparison finds no regression in outcome."""
    require_solver("scip")
    specs = expand([{"path": str(BLOG), "hidden": [1], "bound": 10.0, "hidden_bias": False, "output_bias": False}],
                   ["strong"], ["bigm"], ["scip"], [0], 30.0, 1, 1)
    store = ResultStore(tmp_path / "r.sqlite")
    run_sweep(specs, store, sweep="current", stream=None)
    released = [replace(s, release=str(ROOT)) for s in specs]
    summary = run_sweep(released, store, sweep="previous", stream=None)
    assert summary.done == 1 and summary.failed == 0
    rows = {r["sweep"]: r for r in store.rows()}
    assert rows["previous"]["verdict"] == rows["current"]["verdict"] == "global_optimum"
    assert abs(rows["previous"]["recomputed"] - 38 / 7) < 1e-6
    pairs = compare([rows["previous"]], [rows["current"]])
    assert len(pairs) == 1 and pairs[0].old is not None and pairs[0].new is not None
    missing = replace(released[0], release=str(tmp_path))
    record = run_sweep([missing], store, sweep="bad", stream=None)
    assert record.failed == 1
    store.close()


FAKE_CLI = """
import json, multiprocessing, sys

def where():
    import relu_opt
    return relu_opt.__file__

def main(argv):
    # a worker process, as the release's parts side by side start them: it must import the
    # release's package too
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["relu_opt"])  # as the release's parts do
    with context.Pool(1) as pool:
        worker = pool.apply(where)
    out = argv[argv.index("--json") + 1]
    json.dump({"verdict": "global_optimum", "solver_version": "fake release " + worker, "wall_time": 0.1,
               "objective": 1.0, "bound": 1.0, "proven_optimal": True}, open(out, "w"))
    return 0
"""


def test_the_release_runs_its_own_code_not_this_checkout(tmp_path, monkeypatch):
    """A sweep started from this checkout's folder must still run the release's package (the
    working directory once came first on the path and the 'previous release' ran this code)."""
    release = tmp_path / "old"
    (release / "relu_opt" / "cli").mkdir(parents=True)
    (release / "relu_opt" / "__init__.py").write_text("")
    (release / "relu_opt" / "cli" / "__init__.py").write_text(FAKE_CLI)
    monkeypatch.chdir(ROOT)
    spec = expand([{"path": str(BLOG), "hidden": [1], "bound": 10.0}], ["strong"], ["bigm"], ["scip"], [0], 30.0,
                  1, 1, str(release))[0]
    store = ResultStore(tmp_path / "r.sqlite")
    run_sweep([spec], store, sweep="previous", stream=None)
    [row] = store.rows()
    assert row["status"] == "completed", row["error"]
    assert row["solver_version"] == f"fake release {release / 'relu_opt' / '__init__.py'}"
    store.close()


def test_the_realistic_suite_pairs_unrounded_data_with_its_rounded_twin():
    suite = get_suite("realistic")
    assert len(suite.instances) == 2 * len(INSTANCES)
    for unrounded, rounded_twin in zip(suite.instances[::2], suite.instances[1::2]):
        assert unrounded["path"].endswith("-unrounded.csv") and rounded_twin["path"].endswith("-rounded.csv")
        assert (ROOT / unrounded["path"]).is_file() and (ROOT / rounded_twin["path"]).is_file()
    data = recipe()
    assert abs(data.x.mean(axis=0)).max() < 1e-12 and abs(data.x.std(axis=0) - 1).max() < 1e-12
    assert (rounded(data).x != data.x).any() and abs(rounded(data).x - data.x).max() < 1e-3
    stored = (ROOT / "instances" / "realistic" / "recipe-N20-unrounded.csv").read_text().splitlines()
    first = [float(v) for v in stored[3].split(",")]
    assert first == [float(v) for v in [*data.x[0], *data.y[0]]]  # full precision in the file
    assert json.dumps(suite.instances[0]["extra"]) == json.dumps({"family": "recipe", "twin": "unrounded"})
