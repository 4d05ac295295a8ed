"""Option helpers shared by the commands: one spelling per kind of output, old names kept one release.

Outputs are named by what they write: ``--csv PATH`` (data), ``--json PATH`` (a result),
``--picture PATH`` (a figure), ``--log-file PATH``; a folder is ``--out DIR``. Where an option
had another name in the previous release, that name still works and says it is deprecated.
"""

from __future__ import annotations

import argparse
import sys


class DeprecatedAlias(argparse.Action):
    """``--old VALUE`` stores into the new option's place and prints one line saying so."""

    def __init__(self, option_strings, dest, new: str, **kwargs) -> None:
        self.new = new
        kwargs.setdefault("help", argparse.SUPPRESS)
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"relu-opt: {option_string} is deprecated and will be removed: use {self.new}", file=sys.stderr)
        setattr(namespace, self.dest, values)


def add_output_file(parser: argparse.ArgumentParser, flag: str, help: str, old: str | None = None,
                    metavar: str = "PATH") -> None:
    """``flag PATH`` (dest: the flag's name) and, if given, the old spelling as a deprecated alias.
    Required-ness is checked by :func:`require`, since either spelling may give it."""
    dest = flag.lstrip("-").replace("-", "_")
    parser.add_argument(flag, metavar=metavar, dest=dest, help=help)
    if old is not None:
        parser.add_argument(old, metavar=metavar, dest=dest, action=DeprecatedAlias, new=flag)


def require(value: object, flag: str) -> None:
    from ..errors import InputError

    if value is None:
        raise InputError(f"{flag} PATH is required")
