"""``relu-opt library`` (list, show, export, check, validate); ``instances`` and ``export`` are the
previous release's names, kept one release with a deprecation message."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..encodings import ENCODINGS
from ..errors import InputError
from ..files import atomic_write_text
from ..library.export import FORMATS, export_library, merged_with_folder, write_manifest
from ..library.index import TIERS, describe_known, find, load_index, problem_command, select


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    library = commands.add_parser(
        "library", help="the instance library: list, show, export models, check and validate them",
        description="One noun for the library: 'library list' and 'library show' its datasets and problems, "
        "'library export' them as GAMS/AMPL/LP/MPS/OSiL models, 'library check' a solution file, "
        "'library validate' the exported models with independent readers.",
    )
    action = library.add_subparsers(dest="action", required=True, metavar="ACTION")
    _add_list_and_show(action, formatter)
    _add_export(action, "export", formatter)
    _add_check_and_validate(action, formatter)
    # The names of the previous release, for one release more (they say so when used).
    instances = commands.add_parser("instances", help="deprecated: use 'relu-opt library list|show'")
    _add_list_and_show(instances.add_subparsers(dest="action", required=True, metavar="ACTION"), formatter,
                       deprecated="relu-opt instances")
    _add_export(commands, "export", formatter, deprecated="relu-opt export")


def _deprecated(handler, old: str, new: str):
    def run(args: argparse.Namespace) -> int:
        print(f"relu-opt: '{old}' is deprecated and will be removed: use '{new}'", file=sys.stderr)
        return handler(args)
    return run


def _add_list_and_show(which, formatter: type, deprecated: str | None = None) -> None:
    listing = which.add_parser("list", help="one line per dataset", formatter_class=formatter)
    listing.add_argument("--tag", action="append", help="only datasets with this tag; repeatable")
    listing.add_argument("--tier", choices=TIERS, help="only datasets with a problem of this tier")
    listing.add_argument("--json", action="store_true", help="print the selected index entries as JSON")
    listing.add_argument("--markdown", action="store_true", help="print a summary and one table row per problem (the README's table)")
    listing.set_defaults(handler=run_list if deprecated is None else _deprecated(run_list, f"{deprecated} list", "relu-opt library list"))
    show = which.add_parser("show", help="everything known about one dataset", formatter_class=formatter)
    show.add_argument("name", help="dataset name (see library list)")
    show.set_defaults(handler=run_show if deprecated is None else _deprecated(run_show, f"{deprecated} show", "relu-opt library show"))


def _add_export(parent, name: str, formatter: type, deprecated: str | None = None) -> None:
    export = parent.add_parser(
        name,
        help="deprecated: use 'relu-opt library export'" if deprecated else
        "write library problems as GAMS/AMPL/LP/MPS/OSiL models with solutions and metadata",
        description="Each library problem x encoding (plain model), plus the sign-normalized big-M "
        "model where exact, laid out as MINLPLib: gms/ lp/ mps/ nl/ osil/ (files over 1 MB "
        "gzip-compressed), sol/<model>.p1.sol (best known point), instancedata.csv, relu-opt.solu, "
        "manifest.json.",
        formatter_class=formatter,
    )
    export.add_argument("--instance", action="append", help="dataset name; repeatable (default: all)")
    export.add_argument("--encoding", action="append", choices=list(ENCODINGS), help="repeatable (default: all)")
    export.add_argument("--format", action="append", choices=list(FORMATS), help="repeatable (default: all)")
    export.add_argument("--tier", action="append", choices=TIERS, help="only problems of these tiers")
    export.add_argument("--out", default="models", metavar="DIR", help="output folder")
    export.set_defaults(handler=run_export if deprecated is None else _deprecated(run_export, deprecated, "relu-opt library export"))


def _add_check_and_validate(action, formatter: type) -> None:
    check = action.add_parser(
        "check", formatter_class=formatter,
        help="check a solution file against a model in exact arithmetic",
        description="Read MODEL (its MPS file; other formats of the library layout are mapped to "
        "mps/<name>.mps) and SOLUTION (MINLPLib .sol: '=obj= v' and 'name value' lines), evaluate "
        "every bound, row, integrality and SOS1 condition and the objective in exact rational "
        "arithmetic, and report the true loss of the network the point encodes. Exit 0 if the "
        "point is feasible (violations <= 1e-9, each relative to its own scale: no absolute floor) and "
        "its stated objective agrees, else 1.",
    )
    check.add_argument("model", help="model file, e.g. models/mps/step-N8-p1-normalized-bigm.mps")
    check.add_argument("solution", help="solution file, e.g. models/sol/step-N8-p1-normalized-bigm.p1.sol")
    check.set_defaults(handler=run_check)
    validate = action.add_parser(
        "validate", formatter_class=formatter,
        help="solve exported models with independent readers and check their points",
        description="For each model of the manifest and each installed reader (SCIP, Gurobi, HiGHS, "
        "GAMS via gamspy) and format it reads: parse, solve with the time limit, check the solver's "
        "point exactly, compare with the stated value. Prints a markdown matrix.",
    )
    validate.add_argument("--folder", default="models", help="the exported library (with manifest.json)")
    validate.add_argument("--model", action="append", help="model name; repeatable (default: all)")
    validate.add_argument("--tier", action="append", choices=TIERS, help="only models of these tiers")
    validate.add_argument("--reader", action="append", choices=["scip", "gurobi", "highs", "gams"], help="repeatable (default: all)")
    validate.add_argument("--format", action="append", choices=["gms", "lp", "mps", "nl", "osil"], help="repeatable (default: all)")
    validate.add_argument("--time-limit", type=float, default=30.0, help="seconds per solve")
    validate.add_argument("--record", action="store_true",
                          help="store each model's measurement (with one reader and format: its tier as a file) "
                               "in file-measurements.json, manifest.json and instancedata.csv")
    validate.add_argument("--json", help="write every reading as JSON to this file")
    validate.set_defaults(handler=run_validate)


def run_list(args: argparse.Namespace) -> int:
    entries = select(load_index(), args.tag, args.tier)
    if args.json:
        print(json.dumps([e.data for e in entries], indent=1))
        return 0
    if args.markdown:
        print(markdown_table(entries), end="")
        return 0
    for entry in entries:
        tiers = ",".join(sorted(entry.tiers, key=TIERS.index))
        print(f"{entry.name:34s} N={entry.data['points']:<3d} n={entry.data['inputs']} p={entry.data['outputs']}  "
              f"{tiers:16s} {' '.join(entry.tags)}")
    print(f"{len(entries)} datasets", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    entry = find(args.name)
    data = entry.data
    print(f"{entry.name}: {_count(data['points'], 'point')}, {_count(data['inputs'], 'input')}, "
          f"{_count(data['outputs'], 'output')}")
    print(f"  file        {entry.file}  (sha256 {data['sha256']})")
    print(f"  provenance  {json.dumps(data['provenance'])}")
    print(f"  tags        {' '.join(entry.tags)}")
    for number, problem in enumerate(entry.problems, start=1):
        print(f"  problem {number}  {json.dumps(problem['spec'])}  tier {problem.get('tier')}")
        shortcut = entry.name + ("" if number == 1 else f" --problem {number}")
        print(f"             reproduce: relu-opt solve {shortcut}   (= {problem_command(entry, number)})")
        print(f"             {describe_known(problem.get('known'))}")
        measured = problem.get("strong_scip")
        if measured:
            low, high = (float(v) for v in measured["interval"])
            print(f"             measured: {measured['formulation']}, {measured['solver']}: {measured['verdict']}, "
                  f"[{low:.6g}, {high:.6g}], {measured['seconds']:g} s, {measured['nodes']} nodes ({measured['date']})")
        elif problem.get("crash"):
            print(f"             measured: {problem['crash']}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.out)
    rows = export_library(out, args.instance, args.encoding, args.format, args.tier, stream=sys.stderr)
    manifest = merged_with_folder(rows, out)
    write_manifest(manifest, out)
    solutions = sum(1 for r in rows if r.get("solution"))
    print(f"wrote {len(rows)} models ({sum(len(r['files']) for r in rows)} files, {solutions} solution files); "
          f"instancedata.csv, relu-opt.solu and manifest.json list {len(manifest)} models, in {out}/", file=sys.stderr)
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..library.check import check_files

    result = check_files(Path(args.model), Path(args.solution))
    print("\n".join(result.lines()))
    return 0 if result.report.feasible and result.report.objective_agrees else 1


def run_validate(args: argparse.Namespace) -> int:
    from ..files import check_writable
    from ..library.validate import as_dicts, readings_table, validate

    if not args.time_limit > 0:
        raise InputError(f"--time-limit must be positive, got {args.time_limit:g}")
    folder = Path(args.folder)
    manifest = folder / "manifest.json"
    if not manifest.is_file():
        raise InputError(f"no manifest.json in {folder} (relu-opt library export --out {folder})")
    if args.json:
        check_writable(args.json, "--json")
    rows = json.loads(manifest.read_text())["models"]
    if args.model:
        unknown = set(args.model) - {r["model"] for r in rows}
        if unknown:
            raise InputError(f"no model named {sorted(unknown)[0]!r} in {manifest}")
        rows = [r for r in rows if r["model"] in args.model]
    if args.tier:
        rows = [r for r in rows if r.get("tier") in args.tier]

    def report(reading) -> None:
        value = "" if reading.solver_objective is None else f" {reading.solver_objective:.10g}"
        print(f"validate: {reading.model} {reading.reader} {reading.fmt}: {reading.verdict}{value} "
              f"({reading.status}, {reading.seconds:.1f} s){' - ' + reading.message if reading.message else ''}",
              file=sys.stderr, flush=True)

    if args.record and (not args.reader or len(args.reader) != 1 or not args.format or len(args.format) != 1):
        raise InputError("--record needs one --reader and one --format (the measurement each model's tier is from)")
    readings: list = []

    def keep(reading) -> None:
        report(reading)
        readings.append(reading)
        if args.json:  # after every reading: a long validation loses nothing to an interruption
            atomic_write_text(Path(args.json), json.dumps(as_dicts(readings), indent=1) + "\n")

    try:
        validate(folder, rows, args.time_limit, args.reader, keep, args.format)
    finally:
        if args.record and readings:
            _record(folder, readings)
    print(readings_table(readings), end="")
    wrong = [r for r in readings if r.verdict in ("below", "above")]
    return 1 if wrong else 0


def markdown_table(entries) -> str:
    """A summary line and a table of every problem: tier, measurement, known value and how."""
    problems = [(entry, problem) for entry in entries for problem in entry.problems]
    tiers = {tier: sum(1 for _, p in problems if p.get("tier") == tier) for tier in TIERS}
    status = {s: sum(1 for _, p in problems if (p.get("known") or {}).get("status") == s)
              for s in ("optimal", "certified", "bounds")}
    lines = [
        f"**{len(problems)} problems on {len(entries)} datasets**: "
        + ", ".join(f"{n} {tier}" for tier, n in tiers.items())
        + f"; optimum known for {status['optimal']} (closed form or two methods agreeing), certified by one "
        f"method for {status['certified']}, bounds only for {status['bounds']}.",
        "",
        "| dataset | N×n→p | width, domain, loss | tier | strong formulation, SCIP (time / nodes) | known optimum (how) |",
        "|---|---|---|---|---|---|",
    ]
    order = sorted(problems, key=lambda ep: (TIERS.index(ep[1].get("tier", "open")), ep[0].data["points"], ep[0].name))
    for entry, problem in order:
        spec, measured, known = problem["spec"], problem.get("strong_scip") or {}, problem.get("known") or {}
        domain = ", ".join(filter(None, [
            "x".join(map(str, spec["hidden"])), f"box {spec['bound']:g}" if spec.get("bound") is not None else "",
            f"decay {spec['weight_decay']:g}" if spec.get("weight_decay") is not None else "",
            "no bias" if spec.get("hidden_bias") is False and spec.get("output_bias") is False else
            "no output bias" if spec.get("output_bias") is False else "", spec.get("loss", "squared")]))
        if measured.get("verdict") == "global_optimum":
            run = f"{measured['seconds']:.1f} s / {measured['nodes']}"
        elif measured:
            run = f"not proven in {measured['seconds']:.0f} s ({measured['nodes']} nodes)"
        else:
            run = problem.get("crash", "not measured")
        if known.get("status") == "optimal":
            value = known.get("exact") or f"{float(known['value']):.6g}"
            how = "closed form" if known.get("exact") is not None else "two methods agree"
            knowing = f"{value} ({how})"
        elif known.get("status") == "certified":
            knowing = f"{float(known['value']):.6g} (one method)"
        else:
            knowing = f"best {float(known.get('best', 'nan')):.4g}, bound {float(known.get('lower', 0)):.4g}"
        shape = f"{entry.data['points']}×{entry.data['inputs']}→{entry.data['outputs']}"
        lines.append(f"| {entry.name} | {shape} | {domain} | {problem.get('tier')} | {run} | {knowing} |")
    return "\n".join(lines) + "\n"


def _record(folder: Path, readings) -> None:
    from ..library.export import MEASUREMENTS, write_manifest
    from ..library.validate import record_measurements

    manifest = json.loads((folder / "manifest.json").read_text())["models"]
    record_measurements(manifest, readings)
    path = folder / MEASUREMENTS
    stored = json.loads(path.read_text()) if path.is_file() else {}
    for row in manifest:
        if "file_tier" in row:
            stored[row["model"]] = {"file_tier": row["file_tier"], "file_measurement": row["file_measurement"]}
    atomic_write_text(path, json.dumps(stored, indent=1, sort_keys=True) + "\n")
    write_manifest(manifest, folder)
    print(f"recorded {len(readings)} measurements in {path}", file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
