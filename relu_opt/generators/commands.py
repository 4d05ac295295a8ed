"""``relu-opt generate``: write datasets made by the generators, with provenance comments."""

from __future__ import annotations

import argparse
import sys

from ..data import save_dataset_csv
from ..files import check_writable
from .teacher import teacher_dataset


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    generate = commands.add_parser("generate", help="make datasets (deterministic given a seed)")
    kinds = generate.add_subparsers(dest="kind", required=True, metavar="KIND")
    teacher = kinds.add_parser(
        "teacher",
        help="random teacher network labels random inputs, plus noise",
        description="Inputs uniform in [-1, 1]^n; labels from a ReLU network with weights uniform "
        "in [-1, 1] (so a student of the same shape fits exactly within |w| <= 1 when noise is 0), "
        "plus Gaussian noise.",
        formatter_class=formatter,
    )
    teacher.add_argument("--points", type=int, required=True, help="number of data points N")
    teacher.add_argument("--inputs", type=int, default=2, help="input dimension n")
    teacher.add_argument("--hidden", type=int, default=2, help="teacher's hidden width")
    teacher.add_argument("--outputs", type=int, default=1, help="output dimension p")
    teacher.add_argument("--noise", type=float, default=0.1, help="standard deviation of label noise")
    teacher.add_argument("--seed", type=int, default=0, help="random seed")
    teacher.add_argument("--out", required=True, metavar="PATH", help="CSV file to write")
    teacher.set_defaults(handler=run_teacher)


def run_teacher(args: argparse.Namespace) -> int:
    check_writable(args.out, "--out")
    data = teacher_dataset(args.points, args.inputs, [args.hidden], args.outputs, args.noise, args.seed)
    command = (
        f"relu-opt generate teacher --points {args.points} --inputs {args.inputs} --hidden {args.hidden} "
        f"--outputs {args.outputs} --noise {args.noise:g} --seed {args.seed}"
    )
    save_dataset_csv(data, args.out, [f"generator: {command}"])
    print(f"wrote {data.n_points} points to {args.out}", file=sys.stderr)
    return 0
