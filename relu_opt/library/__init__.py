"""The instance library (``instances/``): its index, how it is built, and its rendered models.

    index.py        the index and its entries (find, select, problem_arguments), where it lives
    build.py        write every dataset from its recipe and measure every problem (every route)
    export.py       render library problems as models/ in MINLPLib's layout, with solution points
    model_files.py  the writers: LP, MPS, GAMS, OSiL (ours, one naming), NL (Pyomo's, cleaned)
    metadata.py     instancedata.csv and relu-opt.solu
    solutions.py    MINLPLib .sol files: a network's point in a model's names
    checker.py      exact (rational) check of a point against an MPS model
    check.py        relu-opt library check: checker + the true loss of the point's network
    validate.py     relu-opt library validate: independent readers, their points checked
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
