"""``relu-opt generate``: write datasets made by the generators, with provenance comments."""

from __future__ import annotations

import argparse
import sys

from ..architecture import parse_hidden
from ..data import save_dataset_csv
from ..errors import InputError
from ..files import check_writable
from ..generators.classic import FUNCTIONS, function_samples
from ..generators.teacher import teacher_dataset
from .options import add_output_file, require


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
    teacher.add_argument("--hidden", default="2", metavar="WIDTHS",
                         help="the teacher's hidden layer widths, as solve --hidden (e.g. 2, or 3,2 for two layers)")
    teacher.add_argument("--outputs", type=int, default=1, help="output dimension p")
    teacher.add_argument("--noise", type=float, default=0.1, help="standard deviation of label noise")
    teacher.add_argument("--seed", type=int, default=0, help="random seed")
    add_output_file(teacher, "--csv", "the CSV file to write", old="--out")
    teacher.set_defaults(handler=run_teacher)

    gadget = kinds.add_parser(
        "gadget",
        help="one ETR-INV gadget's data (the variable or the inversion gadget, along its band)",
        formatter_class=formatter,
    )
    gadget.add_argument("name", choices=["variable", "inversion"], help="which gadget")
    add_output_file(gadget, "--csv", "the CSV file to write", old="--out")
    gadget.set_defaults(handler=run_gadget)

    etr = kinds.add_parser(
        "etr",
        help="an ETR-INV formula as a dataset: an exact fit exists iff it is satisfiable",
        description="Variables in [1/2, 2], constraints 'X + Y = Z' and 'X * Y = 1' (one per line, "
        "or separated by ';' in --text). Writes 2 inputs and 2 outputs; the hidden width and weight "
        "box of the intended fits are written in the file's comments.",
        formatter_class=formatter,
    )
    source = etr.add_mutually_exclusive_group(required=True)
    source.add_argument("--formula", metavar="FILE", help="formula file")
    source.add_argument("--text", help="formula inline, constraints separated by ';'")
    etr.add_argument("--seed", type=int, default=0, help="layout seed")
    etr.add_argument("--witness", metavar="X=v,...", help="a satisfying assignment: check its exact fit")
    etr.add_argument("--picture", metavar="PNG", help="draw the layout (and the witness's breaklines)")
    add_output_file(etr, "--csv", "the CSV file to write", old="--out")
    etr.set_defaults(handler=run_etr)

    function = kinds.add_parser("function", help="samples of a 1-D function on [-1, 1]", formatter_class=formatter)
    function.add_argument("name", choices=sorted(FUNCTIONS), help="the function")
    function.add_argument("--points", type=int, required=True, help="number of equally spaced samples")
    add_output_file(function, "--csv", "the CSV file to write", old="--out")
    function.set_defaults(handler=run_function)


def run_etr(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..network import loss_value
    from ..generators.etr import parse_formula, reduce

    require(args.csv, "--csv")
    check_writable(args.csv, "--csv")
    if args.picture:
        from ..errors import pyplot

        check_writable(args.picture, "--picture")
        pyplot()  # matplotlib is there, or a one-line error before any work
    if args.formula:
        path = Path(args.formula)
        if not path.is_file():
            raise InputError(f"--formula {path}: no such file")
        formula = parse_formula(path.read_text(), str(path))
    else:
        formula = parse_formula(args.text.replace(";", "\n"), "--text")
    reduction = reduce(formula, seed=args.seed)
    values = _assignment(args.witness, formula.variables) if args.witness else None
    if values is not None:
        loss = loss_value(reduction.network(values).predict(reduction.dataset.x), reduction.dataset.y, "squared")
        print(f"witness {args.witness}: exact fit, loss {loss:.3g}", file=sys.stderr)
    text = "; ".join([f"{a} + {b} = {c}" for a, b, c in formula.additions] + [f"{a} * {b} = 1" for a, b in formula.inversions])
    comments = [
        f"generator: relu-opt generate etr --text '{text}' --seed {args.seed}",
        f"formula: {text}",
        f"fit exactly with: --hidden {reduction.width} --bound {reduction.box():g} (2 inputs, 2 outputs, target error 0)",
        f"bands: {', '.join(f'{b.name} ({b.kind})' for b in reduction.bands.values())}",
    ]
    save_dataset_csv(reduction.dataset, args.csv, comments)
    if args.picture:
        from ..generators.etr_figures import plot_reduction

        plot_reduction(reduction, values, Path(args.picture))
    print(f"wrote {reduction.dataset.n_points} points to {args.csv}: hidden width {reduction.width}, box {reduction.box():g}", file=sys.stderr)
    return 0


def _assignment(text: str, variables: tuple[str, ...]) -> dict[str, float]:
    values = {}
    for part in text.split(","):
        name, sep, value = part.partition("=")
        try:
            if not sep:
                raise ValueError
            values[name.strip()] = float(value)
        except ValueError:
            raise InputError(f"--witness expects X=value,Y=value, got {part!r}") from None
    missing = [v for v in variables if v not in values]
    if missing:
        raise InputError(f"--witness gives no value for {missing[0]}")
    return values


def run_gadget(args: argparse.Namespace) -> int:
    """One ETR-INV gadget's data along its band coordinate (1 input; the variable gadget has 1
    output, the inversion gadget 2), with the fit the construction gives."""
    from ..generators import etr_gadgets as g

    require(args.csv, "--csv")
    check_writable(args.csv, "--csv")
    if args.name == "variable":
        data, width = g.variable_band(), 4
        fit = f"an exact fit with 4 ReLUs for every X in [1/2, 2] (sigma = {g.variable_sigma(1.0):g} gives X = 1)"
    else:
        data, width = g.inversion_band(), 5
        fit = "an exact fit with 5 ReLUs for every X in [1/2, 2], with Y = 1/X"
    save_dataset_csv(data, args.csv, [
        f"generator: relu-opt generate gadget {args.name}",
        f"fit exactly with: --hidden {width} --bound 8 ({fit})",
    ])
    print(f"wrote {data.n_points} points to {args.csv}: {fit}; solve with --hidden {width} --bound 8", file=sys.stderr)
    return 0


def run_function(args: argparse.Namespace) -> int:
    require(args.csv, "--csv")
    check_writable(args.csv, "--csv")
    data = function_samples(args.name, args.points)
    save_dataset_csv(data, args.csv, [f"generator: relu-opt generate function {args.name} --points {args.points}"])
    print(f"wrote {data.n_points} points to {args.csv}", file=sys.stderr)
    return 0


def run_teacher(args: argparse.Namespace) -> int:
    require(args.csv, "--csv")
    check_writable(args.csv, "--csv")
    hidden = parse_hidden([args.hidden])
    if not hidden:
        raise InputError("--hidden: a teacher needs at least one hidden layer")
    data = teacher_dataset(args.points, args.inputs, list(hidden), args.outputs, args.noise, args.seed)
    command = (
        f"relu-opt generate teacher --points {args.points} --inputs {args.inputs} --hidden {','.join(map(str, hidden))} "
        f"--outputs {args.outputs} --noise {args.noise:g} --seed {args.seed}"
    )
    save_dataset_csv(data, args.csv, [f"generator: {command}"])
    print(f"wrote {data.n_points} points to {args.csv}", file=sys.stderr)
    return 0
