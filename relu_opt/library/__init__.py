"""The instance library (``instances/``): its index, how it is built, and its rendered models.

    index.py   the index and its entries (find, select, problem_arguments), where it lives
    build.py   write every dataset from its recipe and measure every problem
    export.py  render library problems as GAMS/AMPL/LP/MPS models with a manifest
"""

from .index import (
    INDEX,
    INSTANCES,
    INSTANCES_VARIABLE,
    ROOT,
    TIERS,
    Entry,
    describe_known,
    find,
    instances_root,
    load_index,
    problem_arguments,
    problem_command,
    problem_flags,
    select,
)

__all__ = [
    "Entry",
    "INDEX",
    "INSTANCES",
    "INSTANCES_VARIABLE",
    "ROOT",
    "TIERS",
    "describe_known",
    "find",
    "instances_root",
    "load_index",
    "problem_arguments",
    "problem_command",
    "problem_flags",
    "select",
]
