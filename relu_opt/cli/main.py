"""The ``relu-opt`` command: the parser, the subcommands' registration, and error handling.

Exit codes: 0 solved (proven or not), 1 internal error or a result that failed its independent
re-check, 2 bad input, 3 solver unavailable or refusing the model, 130 interrupted before a result.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from .. import __version__
from ..backends import BACKENDS
from ..encodings import ENCODINGS
from ..errors import ReluOptError
from . import bench, generate, interop, library, solve


class HelpFormatter(argparse.HelpFormatter):
    """Show a default only where it tells something (not None, False or empty)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if action.default not in (None, False, [], "", argparse.SUPPRESS) and "%(default)" not in text:
            text += " (default: %(default)s)"
        return text


class Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line naming the problem (not the whole usage), exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="relu-opt",
        description="Train small ReLU networks to certified global optimality.",
        epilog="Exit codes: 0 solved (proven or not), 1 internal error or failed re-check, "
        "2 bad input, 3 solver unavailable or refusing the model.",
    )
    parser.add_argument(
        "--version", action="version", version=f"relu-opt {__version__}", help="show the version"
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    solve.register(commands, HelpFormatter)
    solvers = commands.add_parser(
        "solvers", help="list solvers, whether they work here, and what they take",
        description="For each backend (scip, gurobi, highs): available or why not (with its version), the "
        "model features it takes, and the ReLU encodings it can solve. Gurobi's pip licence is "
        "size-limited: models beyond it are refused with a message, not a crash.",
    )
    solvers.set_defaults(handler=run_solvers)
    bench.register(commands, HelpFormatter)
    generate.register(commands, HelpFormatter)
    library.register(commands, HelpFormatter)
    interop.register(commands, HelpFormatter)
    return parser


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
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error (one line, exit 2)
        return exc.code if isinstance(exc.code, int) else 2
    debug = args.debug or bool(os.environ.get("RELU_OPT_DEBUG"))
    try:
        return args.handler(args)
    except ReluOptError as exc:
        print(f"relu-opt: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("relu-opt: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader (e.g. head) closed the pipe: not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
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
