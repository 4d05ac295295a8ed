"""The ``relu-opt`` command.

Exit codes: 0 solved (proven or not), 1 internal error or a result that failed its independent
re-check, 2 bad input, 3 solver unavailable or refusing the model, 130 interrupted before a result.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace

from . import __version__
from .api import DEFAULT_ENCODING, DEFAULT_FORMULATION, define_problem, strategy_for
from .architecture import parse_hidden, parse_layer_bound
from .backends import BACKENDS, DEFAULT_BACKEND, SolveOptions, get_backend
from .bench import commands as bench_commands
from .generators import commands as generator_commands
from .certify import Verdict
from .data import load_dataset
from .encodings import ENCODINGS
from .errors import ReluOptError
from .files import atomic_write_text, check_writable
from .network import LOSSES
from .progress import ProgressLine
from .strategy import FORMULATIONS, Strategy, check_solvable, solve_with_strategy
from .summary import format_result

DEFAULT_TIME_LIMIT = 600.0


class _HelpFormatter(argparse.HelpFormatter):
    """Show a default only where it tells something (not None, False or empty)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.default not in (None, False, [], argparse.SUPPRESS) and "%(default)" not in text:
            text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relu-opt",
        description="Train small ReLU networks to certified global optimality.",
        epilog="Exit codes: 0 solved (proven or not), 1 internal error or failed re-check, "
        "2 bad input, 3 solver unavailable or refusing the model.",
    )
    parser.add_argument(
        "--version", action="version", version=f"relu-opt {__version__}", help="show the version"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_solve(commands)
    solvers = commands.add_parser("solvers", help="list solvers, whether they work here, and what they take")
    solvers.set_defaults(handler=run_solvers)
    bench_commands.register(commands, _HelpFormatter)
    generator_commands.register(commands, _HelpFormatter)
    return parser


def _add_solve(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser(
        "solve",
        help="train a network to certified global optimality",
        description="Build the exact training problem over the stated domain, solve it, and "
        "re-check the returned weights with an independent numpy forward pass.",
        formatter_class=_HelpFormatter,
    )
    p.add_argument("data", help="dataset: .csv (header x1..xn,y1..yp), .json or .npz")
    net = p.add_argument_group("network")
    net.add_argument(
        "--hidden",
        action="append",
        required=True,
        metavar="WIDTHS",
        help="hidden layer widths: repeat (--hidden 3 --hidden 2) or list (--hidden 3,2); "
        "'none' for a linear model",
    )
    net.add_argument("--no-bias", action="store_true", help="no biases anywhere")
    net.add_argument("--no-hidden-bias", action="store_true", help="no biases in hidden layers")
    net.add_argument("--no-output-bias", action="store_true", help="no bias in the output layer")
    dom = p.add_argument_group("domain (the certificate is relative to it)")
    dom.add_argument("--bound", type=float, metavar="B", help="|w| <= B and |b| <= B for every layer")
    dom.add_argument(
        "--layer-bound",
        action="append",
        default=[],
        metavar="L=B",
        help="bound for layer L's weights and biases (layers 1..L+1, output last); repeatable",
    )
    dom.add_argument(
        "--weight-decay", type=float, metavar="LAMBDA", help="add (LAMBDA/2)*||theta||^2 to the loss"
    )
    dom.add_argument(
        "--no-decay-biases", action="store_true", help="weight decay penalizes weights only"
    )
    model = p.add_argument_group("model")
    model.add_argument("--loss", choices=LOSSES, default="squared", help="training loss (summed over points)")
    model.add_argument("--encoding", choices=list(ENCODINGS), default=DEFAULT_ENCODING, help="ReLU encoding")
    model.add_argument(
        "--formulation",
        choices=list(FORMULATIONS),
        default=DEFAULT_FORMULATION,
        help="strong: the strongest valid formulation (sign normalization and sign classes "
        "where exact, warm start); normalized: one sign-normalized model; plain: the literal model",
    )
    for step, text in [
        ("warm-start", "start from the best of multi-start gradient training"),
        ("normalize", "sign normalization (one hidden layer, scalar output)"),
        ("sign-split", "solve each sign class separately with cutoffs"),
        ("symmetry", "ordering constraints between interchangeable neurons"),
        ("obbt", "bound tightening of each sign class given its cutoff"),
    ]:
        model.add_argument(
            f"--{step}",
            action=argparse.BooleanOptionalAction,
            help=f"{text} (overrides the formulation's choice)",
        )
    solve = p.add_argument_group("solver")
    solve.add_argument("--solver", choices=list(BACKENDS), default=DEFAULT_BACKEND, help="backend")
    solve.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_TIME_LIMIT,
        metavar="SECONDS",
        help="stop after this long and report the incumbent and bound as not proven",
    )
    solve.add_argument("--gap", type=float, default=1e-6, help="relative optimality gap to prove")
    solve.add_argument(
        "--abs-gap",
        type=float,
        help="absolute optimality gap to prove (default: 1e-9 for convex models, 1e-6 for "
        "nonconvex ones, where finer is below the solvers' feasibility tolerance)",
    )
    solve.add_argument("--threads", type=int, help="solver threads (SCIP is sequential)")
    solve.add_argument("--seed", type=int, default=0, help="solver random seed")
    solve.add_argument(
        "--feasibility-tol",
        type=float,
        help="solver feasibility tolerance (default: 1e-9 for convex models, the solver's own "
        "for nonconvex ones)",
    )
    out = p.add_argument_group("output")
    out.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' for stdout)")
    out.add_argument("--log-file", metavar="PATH", help="write the solver's log here")
    out.add_argument("--verbose", "-v", action="store_true", help="show the solver's log while it runs")
    out.add_argument(
        "--quiet", "-q", action="store_true", help="print nothing but errors (no progress line)"
    )
    p.set_defaults(handler=run_solve)


def run_solve(args: argparse.Namespace) -> int:
    # Everything that can be wrong with the input is checked before the solve starts.
    if args.json and args.json != "-":
        check_writable(args.json, "--json")
    if args.log_file:
        check_writable(args.log_file, "--log-file")
    progress = None if (args.quiet or args.verbose) else ProgressLine()
    options = SolveOptions(
        time_limit=args.time_limit,
        rel_gap=args.gap,
        abs_gap=args.abs_gap,
        threads=args.threads,
        seed=args.seed,
        feasibility_tol=args.feasibility_tol,
        log_file=args.log_file,
        verbose=args.verbose and not args.quiet,
        progress=progress,
    )
    problem = define_problem(
        load_dataset(args.data),
        parse_hidden(args.hidden),
        hidden_bias=not (args.no_bias or args.no_hidden_bias),
        output_bias=not (args.no_bias or args.no_output_bias),
        bound=args.bound,
        layer_bounds=dict(parse_layer_bound(spec) for spec in args.layer_bound),
        weight_decay=args.weight_decay,
        decay_biases=not args.no_decay_biases,
        loss=args.loss,
        encoding=args.encoding,
    )
    backend = get_backend(args.solver)
    strategy = _strategy(args)
    check_solvable(problem, backend.name, strategy)  # refuse before announcing a solve
    if not args.quiet:
        print(
            f"relu-opt: solving with {backend.name} ({args.formulation} formulation, "
            f"{args.encoding} encoding, time limit {args.time_limit:g} s) ...",
            file=sys.stderr,
            flush=True,
        )
    try:
        result = solve_with_strategy(problem, backend.name, options, strategy)
    finally:
        if progress is not None:
            progress.close()

    # Save the machine-readable result before anything else can fail.
    document = json.dumps(result.to_dict(), indent=2)
    if args.json == "-":
        print(document)
    elif args.json:
        atomic_write_text(args.json, document + "\n")
    if not args.quiet and args.json != "-":
        try:
            print(format_result(result, problem.dataset))
        except Exception as exc:  # never lose a finished solve to a display bug
            print(document)
            print(f"relu-opt: internal error in the summary ({type(exc).__name__}: {exc}); "
                  "the result is printed above as JSON", file=sys.stderr)
            return 1
    return 1 if result.certificate.verdict is Verdict.REJECTED else 0


def _strategy(args: argparse.Namespace) -> Strategy:
    """The formulation's steps, with any --step/--no-step the user gave."""
    chosen = strategy_for(args.formulation)
    overrides = {
        field: value
        for field, value in [
            ("warm_start", args.warm_start),
            ("normalize", args.normalize),
            ("split_signs", args.sign_split),
            ("symmetry", args.symmetry),
            ("obbt", args.obbt),
        ]
        if value is not None
    }
    return replace(chosen, **overrides)


def run_solvers(args: argparse.Namespace) -> int:
    for name, backend in BACKENDS.items():
        reason = backend.unavailable_reason()
        state = f"available ({backend.version()})" if reason is None else f"unavailable: {reason}"
        encodings = [e for e, enc in ENCODINGS.items() if enc.requires <= backend.capabilities]
        print(f"{name:8s} {state}")
        print(f"         takes: {', '.join(sorted(backend.capabilities)) or 'linear models only'}")
        print(f"         encodings: {', '.join(encodings)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = args.debug or bool(os.environ.get("RELU_OPT_DEBUG"))
    try:
        return args.handler(args)
    except ReluOptError as exc:
        print(f"relu-opt: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("relu-opt: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # an internal error: one line, traceback on request
        if debug:
            raise
        print(
            f"relu-opt: internal error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
