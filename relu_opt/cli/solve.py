"""``relu-opt solve`` (certified training) and ``relu-opt certify --exact`` (z3)."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import time
from collections.abc import Iterator
from fractions import Fraction
from pathlib import Path

from ..api import DEFAULT_ENCODING, DEFAULT_FORMULATION, define_problem
from ..architecture import parse_hidden, parse_layer_bound
from ..backends import BACKENDS, DEFAULT_BACKEND, SolveOptions, get_backend
from ..data import load_dataset
from ..encodings import ENCODINGS
from ..errors import InputError
from ..files import atomic_write_text, check_writable
from ..formulation import TrainingProblem
from ..methods import METHOD_CHOICES, METHODS, check_parameters
from ..network import LOSSES
from ..results import OPTIMALITY_GAP, Result, Verdict
from ..solving import FORMULATIONS, STEPS, Strategy, check_solvable, solve, strategy_for, with_steps
from ..solving.parallel import default_jobs
from ..solving.strategy import FORMULATION_HELP
from .progress import ProgressLine
from .summary import format_result

DEFAULT_TIME_LIMIT = 600.0


def register(commands: argparse._SubParsersAction, formatter: type) -> None:
    _add_solve(commands, formatter)
    _add_certify(commands, formatter)


def add_problem_arguments(p: argparse.ArgumentParser) -> None:
    """Data, network, domain and loss: what ``solve`` and ``certify`` share."""
    p.add_argument(
        "data",
        help="dataset: .csv (header x1..xn,y1..yp), .json or .npz, or the name of a library problem "
        "(relu-opt library list), whose architecture and domain are used unless flags say otherwise",
    )
    p.add_argument("--problem", type=int, default=1, metavar="N", help="with a library name: its problem N")
    p.add_argument(
        "--target", metavar="COLUMNS",
        help="for a CSV with its own column names: the target column(s), comma-separated (e.g. price)",
    )
    p.add_argument(
        "--inputs", metavar="COLUMNS",
        help="with --target: the input columns, comma-separated (default: every other column)",
    )
    net = p.add_argument_group("network")
    net.add_argument(
        "--hidden",
        action="append",
        metavar="WIDTHS",
        help="hidden layer widths: repeat (--hidden 3 --hidden 2) or list (--hidden 3,2); "
        "'none' for a linear model (required unless DATA is a library problem)",
    )
    net.add_argument("--no-bias", action="store_true", help="no biases anywhere")
    net.add_argument("--no-hidden-bias", action="store_true", help="no biases in hidden layers")
    net.add_argument("--no-output-bias", action="store_true", help="no bias in the output layer")
    dom = p.add_argument_group("domain (the certificate is relative to it)")
    dom.add_argument("--bound", type=float, metavar="B", help="|w| <= B and |b| <= B for every layer")
    dom.add_argument(
        "--bias-bound", type=float, metavar="B",
        help="|b| <= B for every layer's biases (default: the weights' bound); scale it with the data",
    )
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
    p.add_argument("--loss", choices=LOSSES, help="training loss, summed over points (default: squared)")


def _add_solve(commands: argparse._SubParsersAction, formatter: type) -> None:
    p = commands.add_parser(
        "solve",
        help="train a network to certified global optimality",
        description="Build the exact training problem over the stated domain, solve it, and "
        "re-check the returned weights with an independent numpy forward pass.",
        formatter_class=formatter,
    )
    add_problem_arguments(p)
    model = p.add_argument_group("model")
    model.add_argument("--encoding", choices=list(ENCODINGS), default=DEFAULT_ENCODING, help="ReLU encoding")
    model.add_argument(
        "--formulation", choices=list(FORMULATIONS), default=DEFAULT_FORMULATION, help=FORMULATION_HELP
    )
    for step in STEPS:
        model.add_argument(
            f"--{step.flag}", dest=step.name, action=argparse.BooleanOptionalAction,
            help=f"{step.help} (overrides the formulation's choice)",
        )
    method = p.add_argument_group("method (other routes than the MINLP, see relu_opt/methods)")
    method.add_argument(
        "--method", choices=METHOD_CHOICES, default="minlp",
        help="minlp: certified optimum by branch-and-bound; "
        + "; ".join(f"{m.name}: {m.gives}" for m in METHODS.values()),
    )
    method.add_argument("--samples", type=int, default=100, help="Gaussian gates for sampled/gated")
    method.add_argument("--iterations", type=int, default=30, help="rounds of the nuclear-norm heuristic")
    method.add_argument(
        "--init", choices=["random", "zero", "warm"], default="random",
        help="first parameters of the nuclear-norm heuristic",
    )
    solver = p.add_argument_group("solver")
    solver.add_argument("--solver", choices=list(BACKENDS), default=DEFAULT_BACKEND, help="backend")
    solver.add_argument(
        "--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
        help="stop after this long (loading and warm start included) and report the incumbent "
        "and bound as not proven",
    )
    solver.add_argument(
        "--gap", type=float, default=OPTIMALITY_GAP,
        help="relative optimality gap to prove; a global-optimum certificate needs 1e-6, a looser "
        "gap that is met is reported as 'optimal within' it",
    )
    solver.add_argument(
        "--abs-gap", type=float,
        help="absolute optimality gap to prove (default: 1e-10 of the reference objective, the best "
        "constant network's: what a certificate accepts for an optimum near 0)",
    )
    solver.add_argument("--threads", type=int, help="solver threads (SCIP is sequential)")
    solver.add_argument(
        "--cutoff", type=float, metavar="VALUE",
        help="look only for networks with loss below VALUE: if there is none, VALUE is the proven lower "
        "bound (e.g. a small VALUE proves that no network fits exactly, often much faster than "
        "the optimum: the objective limit propagates to every residual)",
    )
    solver.add_argument(
        "--jobs", type=int, default=default_jobs(),
        help="parts (sign or anchor classes) solved at the same time, each in its own process, "
        "sharing the best objective found (default: the number of cores, %(default)s)",
    )
    solver.add_argument(
        "--scheduler", metavar="ADDRESS",
        help="solve the parts on a Dask distributed cluster (tcp://host:8786) instead",
    )
    solver.add_argument("--seed", type=int, default=0, help="solver random seed")
    solver.add_argument(
        "--feasibility-tol", type=float,
        help="solver feasibility tolerance, in the normalized units the solver sees (default: 1e-9; "
        "looser makes bilinear models faster, but their bound then certifies only a wider gap)",
    )
    out = p.add_argument_group("output")
    out.add_argument("--json", metavar="PATH", help="write the result as JSON ('-' for stdout)")
    out.add_argument("--log-file", metavar="PATH", help="write the solver's log here")
    out.add_argument("--picture", metavar="PATH", help="draw the data and the fitted function (1 or 2 inputs; needs matplotlib)")
    out.add_argument(
        "--verbose", "-v", action="store_true",
        help="show the solver's log while it runs (on stderr when --json - takes stdout)",
    )
    out.add_argument(
        "--quiet", "-q", action="store_true", help="print nothing but errors (no progress line)"
    )
    p.set_defaults(handler=run_solve)


def _add_certify(commands: argparse._SubParsersAction, formatter: type) -> None:
    p = commands.add_parser(
        "certify",
        help="prove an optimum exactly (z3, exact rational arithmetic)",
        description="Decide 'some network of the domain has loss <= tau' exactly with z3's "
        "nonlinear real arithmetic: sat at tau and unsat below proves tau is the global minimum. "
        "Without --tau, the MINLP's certified optimum is rationalized and checked. Tiny networks only.",
        formatter_class=formatter,
    )
    add_problem_arguments(p)
    p.add_argument("--exact", action="store_true",
                   help="the exact (symbolic) certificate: the only mode, accepted for older scripts")
    p.add_argument("--tau", metavar="Q", help="candidate minimum as a rational (38/7) or decimal")
    p.add_argument("--lower", metavar="Q", help="with --upper: prove the minimum lies in [lower, upper]")
    p.add_argument("--upper", metavar="Q", help="see --lower")
    p.add_argument("--time-limit", type=float, default=60.0, metavar="SECONDS", help="seconds per z3 query")
    p.add_argument("--timeout", type=float, help=argparse.SUPPRESS)  # deprecated: --time-limit
    p.add_argument("--json", metavar="PATH", help="write the exact certificate as JSON ('-' for stdout)")
    p.set_defaults(handler=run_certify)


def run_solve(args: argparse.Namespace) -> int:
    begin = time.perf_counter()
    # Everything that can be wrong with the input is checked before the solve starts.
    if args.json and args.json != "-":
        check_writable(args.json, "--json")
    if args.log_file:
        check_writable(args.log_file, "--log-file")
    if args.picture:
        check_writable(args.picture, "--picture")
        from ..errors import pyplot

        pyplot()  # the extra is there, or a one-line error before any work
    if not (args.time_limit > 0):
        raise InputError(f"impossible time limit: {args.time_limit}")
    method_options = {
        "samples": args.samples, "seed": args.seed, "iterations": args.iterations, "init": args.init,
        "time_limit": args.time_limit,
    }
    if args.method != "minlp":
        check_parameters(**method_options)
    problem = problem_from_arguments(args)
    # The time limit covers loading: what is left goes to the solve.
    remaining = max(args.time_limit - (time.perf_counter() - begin), 1e-3)
    progress = None if (args.quiet or args.verbose) else ProgressLine()
    options = SolveOptions(
        time_limit=remaining,
        rel_gap=args.gap,
        abs_gap=args.abs_gap,
        threads=args.threads,
        seed=args.seed,
        feasibility_tol=args.feasibility_tol,
        log_file=args.log_file,
        jobs=args.jobs,
        scheduler=args.scheduler,
        cutoff=args.cutoff,
        verbose=args.verbose and not args.quiet,
        progress=progress,
    )
    if args.method != "minlp":
        from ..methods import run_method

        if not args.quiet:
            print(f"relu-opt: running method {args.method} ...", file=sys.stderr, flush=True)
        with _stdout_kept_for_json(args.json == "-"):
            result = run_method(args.method, problem, **{**method_options, "time_limit": remaining})
        return _emit(result, problem, args)
    backend = get_backend(args.solver)
    strategy = _strategy(args)
    check_solvable(problem, backend, strategy)  # refuse before announcing a solve
    if not args.quiet:
        print(
            f"relu-opt: solving with {backend.name} ({args.formulation} formulation, "
            f"{args.encoding} encoding, time limit {args.time_limit:g} s) ...",
            file=sys.stderr,
            flush=True,
        )
    try:
        with _stdout_kept_for_json(args.json == "-"):
            result = solve(problem, backend, options, strategy)
    finally:
        if progress is not None:
            progress.close()
    return _emit(result, problem, args)


@contextlib.contextmanager
def _stdout_kept_for_json(keep: bool) -> Iterator[None]:
    """While solving, send anything written to file descriptor 1 (a solver's log with
    --verbose) to stderr, so that ``--json -`` leaves stdout valid JSON."""
    if not keep:
        yield
        return
    sys.stdout.flush()
    saved = os.dup(1)
    try:
        os.dup2(2, 1)
        yield
    finally:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)


def problem_from_arguments(args: argparse.Namespace) -> TrainingProblem:
    """The problem the arguments describe; DATA may name a library problem, whose stored
    architecture, domain and loss fill in what the flags leave open."""
    path, spec = Path(args.data), {}
    if not path.exists() and path.suffix == "" and "/" not in args.data:
        from ..library.index import find

        entry = find(args.data)  # "no instance named ..." if it is neither a file nor a name
        if not 1 <= args.problem <= len(entry.problems):
            raise InputError(f"{entry.name} has problems 1..{len(entry.problems)}, not {args.problem}")
        path, spec = entry.file, entry.problems[args.problem - 1]["spec"]
    if args.hidden is None and "hidden" not in spec:
        raise InputError("--hidden WIDTHS is required (or name a library problem: relu-opt library list)")
    hidden = parse_hidden(args.hidden) if args.hidden is not None else tuple(spec["hidden"])
    box_given = args.bound is not None or args.layer_bound or args.bias_bound is not None
    decay_given = args.weight_decay is not None
    return define_problem(
        load_dataset(path, _columns(args.target), _columns(args.inputs)),
        hidden,
        hidden_bias=not (args.no_bias or args.no_hidden_bias) and spec.get("hidden_bias", True),
        output_bias=not (args.no_bias or args.no_output_bias) and spec.get("output_bias", True),
        bound=args.bound if box_given or decay_given else spec.get("bound"),
        bias_bound=args.bias_bound,
        layer_bounds=dict(parse_layer_bound(spec_text) for spec_text in args.layer_bound),
        weight_decay=args.weight_decay if box_given or decay_given else spec.get("weight_decay"),
        decay_biases=not args.no_decay_biases,
        loss=args.loss or spec.get("loss", "squared"),
        encoding=getattr(args, "encoding", DEFAULT_ENCODING),
    )


def _columns(text: str | None) -> list[str]:
    """'a,b' -> ['a', 'b'] (an empty name is refused)."""
    if text is None:
        return []
    names = [name.strip() for name in text.split(",")]
    if not all(names):
        raise InputError(f"an empty column name in {text!r}")
    return names


def _emit(result: Result, problem: TrainingProblem, args: argparse.Namespace) -> int:
    """JSON first (a finished solve is never lost to a display bug), then the summary."""
    document = json.dumps(result.to_dict(), indent=2)
    if args.json == "-":
        print(document)
    elif args.json:
        atomic_write_text(args.json, document + "\n")
    if getattr(args, "picture", None) and result.weights is not None:
        from ..interop.pictures import plot_fit

        if problem.dataset.n_inputs in (1, 2):
            plot_fit(result.weights, problem.dataset, args.picture, f"{problem.dataset.name}: {picture_title(result)}")
        else:
            print(f"relu-opt: no picture: it shows 1 or 2 inputs, the data has {problem.dataset.n_inputs}", file=sys.stderr)
    if not args.quiet and args.json != "-":
        try:
            print(format_result(result, problem.dataset))
        except Exception as exc:  # never lose a finished solve to a display bug
            print(document)
            print(f"relu-opt: internal error in the summary ({type(exc).__name__}: {exc}); "
                  "the result is printed above as JSON", file=sys.stderr)
            return 1
    return 1 if result.certificate.verdict is Verdict.REJECTED else 0


def picture_title(result: Result) -> str:
    """The verdict in words for a figure: 'global optimum 0.0367 (certified)'."""
    cert = result.certificate
    loss = f"{result.objective:.4g}"
    if cert.verdict is Verdict.GLOBAL_OPTIMUM:
        return f"global optimum {loss} (certified)"
    if cert.verdict is Verdict.WITHIN_GAP:
        return f"optimal within {cert.gap:.2g}: {loss}"
    if cert.verdict is Verdict.NOT_PROVEN:
        return f"best found {loss}, not proven (lower bound {cert.lower:.4g})"
    return f"{cert.verdict.value.replace('_', ' ')}: {loss}"


def _strategy(args: argparse.Namespace) -> Strategy:
    """The formulation's steps, with any --step/--no-step the user gave."""
    return with_steps(strategy_for(args.formulation), **{step.name: getattr(args, step.name) for step in STEPS})


def run_certify(args: argparse.Namespace) -> int:
    from ..methods.exact import certify_exact, rational_near

    if args.json and args.json != "-":
        check_writable(args.json, "--json")
    if args.timeout is not None:
        print("relu-opt: certify --timeout is deprecated and will be removed: use --time-limit", file=sys.stderr)
        args.time_limit = args.timeout
    if not args.time_limit > 0:
        raise InputError(f"impossible time limit: {args.time_limit}")
    problem = problem_from_arguments(args)
    if args.tau is not None:
        lower = upper = _rational(args.tau, "--tau")
    elif args.lower is not None and args.upper is not None:
        lower, upper = _rational(args.lower, "--lower"), _rational(args.upper, "--upper")
    elif args.lower is not None or args.upper is not None:
        raise InputError("give both --lower and --upper")
    else:
        print("relu-opt: no --tau: solving the MINLP for a candidate ...", file=sys.stderr, flush=True)
        result = solve(problem, DEFAULT_BACKEND, SolveOptions(time_limit=600), strategy_for("strong"))
        if not result.proven_optimal:
            raise InputError("the MINLP did not certify an optimum to check; give --tau or --lower/--upper")
        lower = upper = rational_near(result.certificate.upper)
        candidate = certify_exact(problem, lower, timeout=args.time_limit)
        if candidate.verdict in ("above upper", "below lower"):
            # not a simple rational: bracket the certified interval with rationals instead
            lower = Fraction(result.certificate.lower).limit_denominator(10**9) - Fraction(1, 10**9)
            upper = Fraction(result.certificate.upper).limit_denominator(10**9) + Fraction(1, 10**9)
    certificate = certify_exact(problem, lower, upper, timeout=args.time_limit)
    document = json.dumps(certificate.to_dict(), indent=2)
    if args.json == "-":
        print(document)
    elif args.json:
        atomic_write_text(args.json, document + "\n")
    if args.json != "-":
        print(f"exact certificate: {certificate.describe()}")
        for label, side in (("loss <= upper", certificate.at_upper), ("loss < lower", certificate.below_lower)):
            if side is not None:
                print(f"  {label:14s} {side.status:8s} ({side.seconds:.2f} s)")
        if certificate.at_upper is not None and certificate.at_upper.witness:
            print("  witness (exact):", ", ".join(f"{k} = {v}" for k, v in certificate.at_upper.witness.items()))
    return 0


def _rational(text: str, option: str) -> Fraction:
    try:
        return Fraction(text.strip())
    except (ValueError, ZeroDivisionError):
        raise InputError(f"{option} expects a rational like 38/7 or a decimal, got {text!r}") from None
