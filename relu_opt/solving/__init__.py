"""The solve path as a pipeline (see ``pipeline.py``): strategy -> plan -> parts -> one Result.

    strategy.py   what a solve does: presets and the one source of step names
    plan.py       Plan and Part: the normalization and the models to solve, as plain data
    parts.py      the cutoff loop over parts, and what each part proved
    parallel.py   the parts side by side (processes or Dask), sharing one incumbent
    single.py     one built model -> lowered -> backend -> certified Result
    warm_start.py multi-start projected Adam (incumbent and cutoff)
    tightening.py OBBT of a sign class given a cutoff
    pipeline.py   reductions, warm start, plan, parts, read back, certify once
"""

from .pipeline import check_solvable, solve
from .single import lower_for, problem_spec, resolve_tolerances, solve_model, spec_for
from .strategy import FORMULATIONS, PLAIN, STEP_NAMES, STEPS, STRONG, Strategy, parse_formulation, strategy_for, with_steps

__all__ = [
    "FORMULATIONS",
    "PLAIN",
    "STEPS",
    "STEP_NAMES",
    "STRONG",
    "Strategy",
    "check_solvable",
    "lower_for",
    "parse_formulation",
    "problem_spec",
    "resolve_tolerances",
    "solve",
    "solve_model",
    "spec_for",
    "strategy_for",
    "with_steps",
]
