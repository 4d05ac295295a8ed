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
