"""``relu-opt bench`` and ``relu-opt report``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..architecture import parse_hidden
from ..errors import InputError
from ..files import atomic_write_text, check_writable
from ..bench.report import csv_text, markdown_table, plot_profile, plot_time_vs_size, runs_table, statistics
from ..bench.differential import ROUTES, run_differential
from ..bench.runner import run_sweep
from ..bench.spec import expand
from ..bench.store import ResultStore
from ..bench.suites import SUITES, get_suite, library, resolve
from .options import DeprecatedAlias
from ..network import LOSSES

DEFAULT_STORE = "results.sqlite"


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    bench = commands.add_parser(
        "bench",
        help="run a sweep of instances x configurations into a results store",
        description="Each run is an isolated process with a hard time limit; rows are written to "
        "the SQLite store as runs end, and a re-run of the same sweep skips finished runs.",
        formatter_class=formatter,
    )
    what = bench.add_argument_group("what to run (a suite, or instances with shared settings)")
    what.add_argument("--suite", choices=list(SUITES), help="a named suite (see relu_opt/bench/suites.py)")
    what.add_argument("--instance", action="append", default=[], metavar="PATH",
                      help="data file, or a library problem name (its own architecture and domain); repeatable")
    what.add_argument("--hidden", action="append", metavar="WIDTHS", help="hidden widths for --instance runs")
    what.add_argument("--bound", type=float, metavar="B", help="weight box for --instance runs")
    what.add_argument("--weight-decay", type=float, metavar="LAMBDA", help="weight decay for --instance runs")
    what.add_argument("--loss", choices=LOSSES, help="loss for --instance runs (default: squared, or the library problem's)")
    how = bench.add_argument_group("configurations (cross product; a suite sets its own unless given)")
    how.add_argument("--formulation", action="append", metavar="F",
                     help="strong, normalized, plain, with +step/-step (e.g. strong+obbt), or "
                     "method:convex, method:enumeration, ... (other routes); repeatable")
    how.add_argument("--encoding", action="append", help="ReLU encoding; repeatable")
    how.add_argument("--solver", action="append", help="scip, gurobi, highs; repeatable")
    how.add_argument("--seeds", default=None, help="comma-separated seeds (default: the suite's, or 0)")
    how.add_argument("--time-limit", type=float,
                     help="seconds per run (default: the suite's, or 60); with a suite whose instances carry their "
                     "own limits (hard), a cap on them")
    how.add_argument("--threads", type=int, default=1, help="solver threads per run")
    how.add_argument("--jobs", type=int,
                     help="parts (sign or anchor classes) of one run solved at the same time, as solve --jobs "
                     "(default: the suite's, or 1: a sweep's timings are then single-process)")
    run = bench.add_argument_group("running")
    run.add_argument("--runs-at-once", type=int, default=1, metavar="N",
                     help="runs of the sweep at the same time, each its own process (each run's own parts: --jobs)")
    run.add_argument("--parallel", type=int, dest="runs_at_once", action=DeprecatedAlias, new="--runs-at-once")
    run.add_argument("--store", default=DEFAULT_STORE, help="SQLite results file")
    run.add_argument("--sweep", default="", help="label stored with every row of this sweep")
    run.add_argument("--retry-failed", action="store_true", help="re-run runs that did not complete")
    run.add_argument("--scheduler", metavar="ADDRESS", help="run on a Dask distributed cluster (tcp://host:8786)")
    run.add_argument("--dry-run", action="store_true", help="list the runs and exit")
    run.add_argument("--release", metavar="PATH",
                     help="run each spec with another relu-opt checkout's own 'relu-opt solve' (a folder holding "
                     "its relu_opt package, e.g. a git worktree of the previous release): before/after "
                     "comparisons on one machine in one sweep (see report --compare)")
    bench.set_defaults(handler=run_bench)

    report = commands.add_parser(
        "report",
        help="tables and plots from a results store",
        description="Per configuration: runs certified optimal, shifted geometric mean of time, mean "
        "gap of unsolved runs, wins; a performance profile and a time-vs-size plot (PNG, needs "
        "matplotlib); Markdown and CSV files.",
        formatter_class=formatter,
    )
    report.add_argument("--store", default=DEFAULT_STORE, help="SQLite results file")
    report.add_argument("--sweep", help="only rows of this sweep label")
    report.add_argument("--out", metavar="DIR", help="write report.md, runs.csv, profile.png, time_vs_size.png here")
    report.add_argument("--compare", nargs=2, metavar=("OLD", "NEW"),
                        help="compare two sweeps of the store run by run (time ratios; flags runs more than "
                        "1.5x slower or newly unproven, exit 1 if any); with --out, also compare.md")
    report.set_defaults(handler=run_report)

    differential = commands.add_parser(
        "differential",
        help="random tiny instances through every route: no false bound, proven optima agree",
        description="Each instance (tidy: 3-7 points, scales 1e-3/1/1e3, duplicates, collinear points, "
        "boxes, weight decay; realistic: label offsets up to 1e4, near-duplicate inputs, mixed column "
        "scales, zero/constant/identical columns, extreme boxes, box + decay, two outputs, unrounded "
        "data) is solved by every route that applies; the command checks that no proven bound exceeds "
        "another route's network's objective (recomputed in exact rational arithmetic), that no "
        "claimed global optimum is beaten by another route's network, and that routes claiming the "
        "optimum agree. Exit 1 if any check fails.",
        formatter_class=formatter,
    )
    differential.add_argument("--instances", type=int, default=50, help="number of random instances")
    differential.add_argument("--seed", type=int, default=0, help="first instance seed")
    differential.add_argument("--route", action="append", choices=list(ROUTES), help="routes to run (default: all)")
    differential.add_argument("--time-limit", type=float, default=30.0, help="seconds per route and instance")
    differential.add_argument("--kind", choices=["tidy", "realistic"], default="tidy",
                              help="instance generator: tidy random data or real-data shapes")
    differential.add_argument("--out", metavar="PATH", help="write the summary and every outcome as JSON")
    differential.set_defaults(handler=run_differential_command)


def run_bench(args: argparse.Namespace) -> int:
    if args.suite:
        suite = get_suite(args.suite)
        instances = [resolve(i) for i in suite.instances]
        formulations = args.formulation or suite.formulations
        encodings = args.encoding or suite.encodings
        solvers = args.solver or suite.solvers
        seeds = _seeds(args.seeds) if args.seeds else suite.seeds
        time_limit = args.time_limit or suite.time_limit
        if args.time_limit:
            instances = [{**i, "time_limit": min(i["time_limit"], args.time_limit)} if "time_limit" in i else i
                         for i in instances]
    else:
        if not args.instance:
            raise InputError("give --suite NAME or at least one --instance PATH")
        instances = [_instance(name, args) for name in args.instance]
        formulations = args.formulation or ["strong"]
        encodings = args.encoding or ["bigm"]
        solvers = args.solver or ["scip"]
        seeds = _seeds(args.seeds) if args.seeds else [0]
        time_limit = args.time_limit or 60.0
    jobs = args.jobs if args.jobs is not None else (suite.jobs if args.suite else 1)
    if time_limit <= 0 or args.runs_at_once < 1 or jobs < 1:
        raise InputError("--time-limit must be positive, --runs-at-once and --jobs at least 1")
    release = ""
    if args.release:
        if not (Path(args.release) / "relu_opt" / "__init__.py").is_file():
            raise InputError(f"--release {args.release}: no relu_opt package in that folder")
        release = str(Path(args.release).resolve())
    specs = expand(instances, formulations, encodings, solvers, seeds, time_limit, args.threads, jobs, release)
    if args.dry_run:
        for spec in specs:
            print(f"{spec.key}  {Path(spec.instance).stem}  hidden={list(spec.hidden)}  {spec.configuration}  seed={spec.seed}")
        print(f"{len(specs)} runs")
        return 0
    check_writable(args.store, "--store")
    store = ResultStore(args.store)
    try:
        summary = run_sweep(specs, store, args.runs_at_once, args.sweep, args.retry_failed, args.scheduler)
    finally:
        store.close()
    print(
        f"bench: {summary.done} runs done ({summary.failed} not completed), {summary.skipped} skipped; "
        f"results in {args.store}",
        file=sys.stderr,
    )
    return 0


def _instance(name: str, args: argparse.Namespace) -> dict:
    """A data file with the shared flags, or a library problem name with its own architecture,
    domain and loss (flags given override them)."""
    given = {key: value for key, value in (
        ("hidden", list(parse_hidden(args.hidden)) if args.hidden else None),
        ("bound", args.bound), ("weight_decay", args.weight_decay), ("loss", args.loss),
    ) if value is not None}
    if not Path(name).exists() and Path(name).suffix == "" and "/" not in name:
        stored = resolve(library(name))
        if "bound" in given or "weight_decay" in given:
            stored.pop("bound", None)
            stored.pop("weight_decay", None)
        return {**stored, **given}
    if "hidden" not in given:
        raise InputError("--instance runs need --hidden WIDTHS (or a library problem name)")
    if "bound" not in given and "weight_decay" not in given:
        raise InputError("--instance runs need a domain: --bound B or --weight-decay LAMBDA")
    return {"path": name, "loss": "squared", **given}


def _seeds(text: str) -> list[int]:
    try:
        return [int(s) for s in text.split(",")]
    except ValueError:
        raise InputError(f"--seeds expects comma-separated integers, got {text!r}") from None


def run_report(args: argparse.Namespace) -> int:
    if not Path(args.store).is_file():
        raise InputError(f"--store {args.store}: no such results file")
    if args.compare:
        return _run_compare(args)
    store = ResultStore(args.store)
    try:
        rows = store.rows("WHERE sweep = ?", (args.sweep,)) if args.sweep else store.rows()
    finally:
        store.close()
    if not rows:
        raise InputError(f"{args.store}: no runs" + (f" in sweep {args.sweep!r}" if args.sweep else ""))
    table = markdown_table(statistics(rows))
    print(table)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out / "report.md", "## Configurations\n\n" + table + "\n## Runs\n\n" + runs_table(rows))
        atomic_write_text(out / "runs.csv", csv_text(rows))
        try:
            plot_profile(rows, out / "profile.png")
            plot_time_vs_size(rows, out / "time_vs_size.png")
        except InputError as exc:  # no matplotlib: the tables are written, the plots are not
            print(f"relu-opt: no plots: {exc}", file=sys.stderr)
        print(f"report written to {out}/", file=sys.stderr)
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from ..bench.compare import compare, comparison_table

    old_name, new_name = args.compare
    store = ResultStore(args.store)
    try:
        old, new = (store.rows("WHERE sweep = ?", (name,)) for name in (old_name, new_name))
    finally:
        store.close()
    for name, rows in ((old_name, old), (new_name, new)):
        if not rows:
            raise InputError(f"{args.store}: no runs in sweep {name!r}")
    pairs = compare(old, new)
    table = comparison_table(pairs, old_name, new_name)
    print(table)
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        atomic_write_text(out / "compare.md", table)
    return 1 if any(p.regression for p in pairs) else 0


def run_differential_command(args: argparse.Namespace) -> int:
    import json
    from dataclasses import asdict

    if args.instances < 1:
        raise InputError(f"--instances must be at least 1, got {args.instances}")
    if not args.time_limit > 0:
        raise InputError(f"impossible time limit: {args.time_limit}")
    if args.out:
        check_writable(args.out, "--out")

    def show(report) -> None:
        verdicts = ", ".join(f"{o.route} {o.verdict}" for o in report.outcomes)
        flag = f"  PROBLEM: {'; '.join(report.problems)}" if report.problems else ""
        print(f"{report.name}: {verdicts}{flag}", file=sys.stderr, flush=True)

    reports, summary = run_differential(args.instances, args.seed, args.route, args.time_limit, show,
                                        kind=args.kind)
    if args.out:
        document = {"summary": summary, "instances": [asdict(r) for r in reports]}
        atomic_write_text(args.out, json.dumps(document, indent=1, default=str) + "\n")
    print(
        f"differential: {summary['instances']} instances, {summary['runs']} runs "
        f"({summary['proven_runs']} proven), {summary['agreements']} agreeing pairs of proven routes, "
        f"{summary['bound_checks']} bound checks, {len(summary['problems'])} problems"
    )
    for problem in summary["problems"]:
        print(f"  {problem}")
    return 1 if summary["problems"] else 0
