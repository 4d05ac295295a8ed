"""Exception types, each tied to the CLI exit code a user sees.

The CLI maps these to exit codes (see ``cli.py``): bad input -> 2, a solver that is missing or
cannot take the model -> 3, anything else -> 1.
"""

from __future__ import annotations


class ReluOptError(Exception):
    """Base class of every error relu-opt raises on purpose."""

    exit_code = 1


class InputError(ReluOptError, ValueError):
    """The user's data or options are invalid (malformed file, impossible option)."""

    exit_code = 2


class SolverUnavailableError(ReluOptError):
    """The requested solver is not installed or not licensed on this machine."""

    exit_code = 3


class SolverRefusedError(ReluOptError):
    """The solver cannot take this model (missing capability or license size limit)."""

    exit_code = 3


def optional_import(module: str, extra: str, purpose: str):
    """Import an optional dependency, or raise InputError naming the extra that brings it:
    ``pip install 'relu-opt[extra]'`` (a one-line message and exit 2, never a traceback)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise InputError(f"{purpose} needs {module.split('.')[0]}: pip install 'relu-opt[{extra}]'") from None


def pyplot():
    """matplotlib's pyplot with a file-only backend (no screen here), or InputError."""
    matplotlib = optional_import("matplotlib", "plot", "drawing pictures")
    matplotlib.use("Agg")
    return optional_import("matplotlib.pyplot", "plot", "drawing pictures")
