"""``relu-opt instances`` (list, show) and ``relu-opt export``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..encodings import ENCODINGS
from ..library.export import FORMATS, export_library, write_manifest
from ..library.index import TIERS, describe_known, find, load_index, problem_command, select


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    instances = commands.add_parser("instances", help="the instance library: list and show")
    which = instances.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = which.add_parser("list", help="one line per dataset", formatter_class=formatter)
    listing.add_argument("--tag", action="append", help="only datasets with this tag; repeatable")
    listing.add_argument("--tier", choices=TIERS, help="only datasets with a problem of this tier")
    listing.add_argument("--json", action="store_true", help="print the selected index entries as JSON")
    listing.set_defaults(handler=run_list)
    show = which.add_parser("show", help="everything known about one dataset", formatter_class=formatter)
    show.add_argument("name", help="dataset name (see instances list)")
    show.set_defaults(handler=run_show)

    export = commands.add_parser(
        "export",
        help="write library problems as GAMS/AMPL/LP/MPS models with a manifest",
        description="Each library problem x encoding (plain model), plus the sign-normalized big-M "
        "model where exact, in .gms/.nl/.lp/.mps (gzip-compressed), and manifest.json/.csv.",
        formatter_class=formatter,
    )
    export.add_argument("--instance", action="append", help="dataset name; repeatable (default: all)")
    export.add_argument("--encoding", action="append", choices=list(ENCODINGS), help="repeatable (default: all)")
    export.add_argument("--format", action="append", choices=list(FORMATS), help="repeatable (default: all)")
    export.add_argument("--tier", action="append", choices=TIERS, help="only problems of these tiers")
    export.add_argument("--out", default="models", help="output folder")
    export.set_defaults(handler=run_export)


def run_list(args: argparse.Namespace) -> int:
    entries = select(load_index(), args.tag, args.tier)
    if args.json:
        print(json.dumps([e.data for e in entries], indent=1))
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
    rows = export_library(out, args.instance, args.encoding, args.format, args.tier)
    write_manifest(rows, out)
    print(f"wrote {len(rows)} models ({sum(len(r['files']) for r in rows)} files) and the manifest to {out}/", file=sys.stderr)
    return 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
