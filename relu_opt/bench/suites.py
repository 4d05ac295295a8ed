"""Named, fixed benchmark suites: instances (files in instances/), configurations, time limit.

``ablation`` answers "what does each step of the strong formulation buy?" (issue 3): the same
teacher-student instances under the plain model (complementarity, big-M), one sign-normalized
model, sign classes without and with warm start, and with bound tightening / symmetry added.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

from ..library.index import INSTANCES


@dataclass(frozen=True)
class Suite:
    description: str
    instances: list[dict[str, Any]]
    formulations: list[str]
    encodings: list[str]
    solvers: list[str]
    time_limit: float
    seeds: list[int] = field(default_factory=lambda: [0])
    jobs: int = 1  # parts side by side within each run


def library(name: str, problem: int = 1) -> dict[str, Any]:
    """A problem of the instance library (instances/index.json), resolved when the suite runs."""
    return {"library": name, "problem": problem}


def resolve(instance: dict[str, Any]) -> dict[str, Any]:
    """Library references become a data path and the problem's settings."""
    if "library" not in instance:
        return instance
    from ..library import find, problem_arguments

    entry = find(instance["library"])
    number = instance["problem"]
    if not 1 <= number <= len(entry.problems):
        raise InputError(f"{entry.name} has problems 1..{len(entry.problems)}, not {number}")
    problem = entry.problems[number - 1]
    own_limit = {"time_limit": instance["time_limit"]} if "time_limit" in instance else {}
    return {"path": str(entry.file), **problem_arguments(problem["spec"]), **own_limit,
            "extra": {"library": entry.name, "problem": number, "tier": problem.get("tier")}}


def teacher(points: int, hidden: int, outputs: int = 1, seed: int = 0, inputs: int = 2,
            time_limit: float | None = None) -> dict[str, Any]:
    name = f"teacher-N{points}-n{inputs}-m{hidden}-p{outputs}-s{seed}.csv"
    instance = {
        "path": str(INSTANCES / "teacher" / name),
        "hidden": [hidden],
        "bound": 3.0,
        "extra": {"points": points, "width": hidden, "outputs": outputs},
    }
    if time_limit is not None:
        instance["time_limit"] = time_limit
    return instance


def etr(file: str, hidden: int, bound: float, time_limit: float, claim: str) -> dict[str, Any]:
    """An ETR-INV no-fit claim: certified by a positive lower bound."""
    return {"path": str(INSTANCES / "etr" / file), "hidden": [hidden], "bound": bound, "time_limit": time_limit,
            "extra": {"claim": claim}}


ABLATION_STEPS = [
    "plain",  # with --encoding complementarity and bigm
    "normalized-warm_start",
    "strong-warm_start",
    "strong",
    "strong+obbt",
    "strong+symmetry",
]

SUITES: dict[str, Suite] = {
    "small": Suite(
        description="which encoding and solver? six fast library problems, plain and strong formulations",
        instances=[library("blog-quadratic"), library("xor"), library("abs-N9"),
                   library("teacher-N6-n1-m2-p1-s0"), library("teacher-N8-n2-m2-p1-s0"), library("step-N8")],
        formulations=["plain", "strong"],
        encodings=["complementarity", "bigm", "sos1", "indicator"],
        solvers=["scip", "gurobi"],
        time_limit=30.0,
    ),
    "ablation": Suite(
        description="what each step of the strong formulation buys (scalar output, box 3)",
        instances=[teacher(n, 2) for n in (8, 16, 24, 32)] + [teacher(n, 3) for n in (16, 32, 64)],
        formulations=ABLATION_STEPS,
        encodings=["bigm"],
        solvers=["scip"],
        time_limit=120.0,
    ),
    "ablation-plain": Suite(
        description="the plain model with the seed's complementarity encoding on the ablation instances",
        instances=[teacher(n, 2) for n in (8, 16)] + [teacher(16, 3)],
        formulations=["plain"],
        encodings=["complementarity"],
        solvers=["scip"],
        time_limit=120.0,
    ),
    "vector": Suite(
        description="two outputs: no exact normalization; plain model with warm start",
        instances=[teacher(n, 2, outputs=2) for n in (8, 16)],
        formulations=["plain", "strong"],
        encodings=["bigm"],
        solvers=["scip", "gurobi"],
        time_limit=120.0,
    ),
}


# Issue 12's targets: each instance at its target's time limit (a positive lower bound is the
# certificate of an ETR no-fit claim).
HARD = Suite(
    description="the hard cases: width 3-4 and N up to 128 (scalar), two outputs, ETR-INV no-fit claims, two hidden layers",
    instances=[
        teacher(64, 3, time_limit=60.0),
        teacher(128, 2, time_limit=60.0),
        teacher(32, 4, time_limit=300.0),
        teacher(16, 2, outputs=2, time_limit=60.0),
        teacher(32, 3, outputs=2, time_limit=600.0),
        etr("etr-inversion-forced-inconsistent.csv", 5, 8.0, 600.0, "X = 1, Y = 1.2 forced: no exact fit"),
        etr("etr-inversion-gadget.csv", 4, 8.0, 600.0, "no exact fit with 4 ReLUs"),
        etr("etr-inversion-moved-label.csv", 5, 8.0, 600.0, "label moved by 0.1: no exact fit"),
        etr("etr-contradiction.csv", 4, 11.0, 1800.0, "X + X = X is unsatisfiable: no exact fit"),
        {**library("teacher-N8-n2-m2x2-p1-s0"), "time_limit": 120.0},  # two hidden layers (issue 22)
        {**library("teacher-N16-n2-m2x2-p1-s0"), "time_limit": 600.0},
    ],
    formulations=["strong"],
    encodings=["bigm"],
    solvers=["scip"],
    time_limit=600.0,
    jobs=2,
)
SUITES["hard"] = HARD


def _realistic() -> Suite:
    from .realistic import INSTANCES as REALISTIC

    folder = INSTANCES / "realistic"
    return Suite(
        description="data as users have it: unrounded standardized data and its 4-digit twin "
        "(recipe, teacher N 16-24 with 1-3 inputs and width 2-3, diabetes with its label offset)",
        instances=[entry for instance in REALISTIC for entry in instance.runs(folder, 120.0)],
        formulations=["strong"],
        encodings=["bigm"],
        solvers=["scip"],
        time_limit=120.0,
        jobs=2,
    )


SUITES["realistic"] = _realistic()


def get_suite(name: str) -> Suite:
    try:
        return SUITES[name]
    except KeyError:
        raise InputError(f"unknown suite {name!r}; choose from {', '.join(SUITES)}") from None
