"""Certified-solve checks of the ETR-INV gadgets and of small formulas.

    python -m relu_opt.bench.etr_checks [--time-limit 300] [--out report.json] [--resume]

Existence of an exact fit is shown by a witness (the construction's network; its loss is
recomputed in numpy). Non-existence is shown by a certified positive lower bound on the loss:
scalar-output checks use the strong formulation (sign normalization makes them MIQPs SCIP can
close); two-output checks use the plain model, where certification is often out of reach: the
report then gives the best lower bound and the time spent. A two-output dataset whose second
labels are all zero becomes a one-output problem (the strong formulation drops all-zero outputs:
zero output weights fit them whatever the hidden layers do, so the optimum is the same).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from fractions import Fraction as F
from pathlib import Path

import numpy as np

from ..api import train
from ..backends import SolveOptions
from ..data import Dataset
from ..files import atomic_write_text
from ..generators import etr_gadgets as g
from ..generators.etr import parse_formula, reduce
from ..generators.etr_gadgets import inversion_band, inversion_network, variable_band, variable_network
from ..network import Weights, loss_value
from .isolated import SolverCrashedError, run_isolated

WITNESS_TOLERANCE = 1e-20
CRASHED = "solver crashed"


@dataclass
class CheckResult:
    name: str
    claim: str
    points: int
    width: int
    route: str  # "witness" or the solver route
    passed: bool | None  # None: not certified within the time limit
    detail: str
    seconds: float


def witness_check(name: str, claim: str, data: Dataset, network: Weights) -> CheckResult:
    start = time.perf_counter()
    value = loss_value(network.predict(data.x), data.y, "squared")
    return CheckResult(name, claim, data.n_points, network.layers[0].weight.shape[0], "witness (construction)",
                       value <= WITNESS_TOLERANCE, f"witness loss {value:.3g}", time.perf_counter() - start)


def no_fit_check(name: str, claim: str, data: Dataset, width: int, bound: float, time_limit: float, formulation: str = "strong") -> CheckResult:
    """Certify that no network of ``width`` in the box fits exactly (lower bound > 0). The
    strong formulation drops outputs whose labels are all zero (strategy.py): exact."""
    start = time.perf_counter()
    route = f"certified solve ({formulation})"
    try:  # in a child process: SCIP was seen to abort intermittently on the large formula models
        result = run_isolated(train, data, [width], bound=bound, formulation=formulation,
                              options=SolveOptions(time_limit=time_limit, rel_gap=1e-4),
                              isolation_timeout=2 * time_limit + 600)
    except SolverCrashedError as exc:
        return CheckResult(name, claim, data.n_points, width, route, None, f"{CRASHED}: {exc}", time.perf_counter() - start)
    lower = result.certificate.lower
    passed = True if lower > 1e-7 else (None if not result.proven_optimal else False)
    detail = (
        f"{result.problem.formulation}, {result.solver_version}: lower bound {lower:.4g}, "
        f"best fit {result.certificate.upper:.4g}, {result.termination.value}"
    )
    return CheckResult(name, claim, data.n_points, width, route, passed, detail, time.perf_counter() - start)


def gadget_checks(time_limit: float, only: list[str] | None = None) -> list[CheckResult]:
    """Run the gadget checks (all, or those named in ``only``)."""
    return [check(time_limit) for name, check in _gadget_table().items() if only is None or name in only]


def _gadget_table() -> dict[str, Callable[[float], CheckResult]]:
    box = 8.0
    table: dict[str, Callable[[float], CheckResult]] = {}
    for value in (0.5, 1.0, 2.0):
        table[f"variable-fit-X={value}"] = lambda t, v=value: witness_check(
            f"variable-fit-X={v}", f"variable gadget fits exactly with 4 ReLUs at X = {v}",
            variable_band(), variable_network(g.variable_sigma(v)))
    table["variable-3-relus"] = lambda t: no_fit_check(
        "variable-3-relus", "variable gadget: no exact fit with 3 ReLUs", variable_band(), 3, box, t)
    table["variable-moved-label"] = lambda t: no_fit_check(
        "variable-moved-label", "variable gadget with the label at s = 1/4 moved to 0.3: no exact fit with 4 ReLUs",
        variable_band(moved=(0.25, 0.3)), 4, box, t)
    table["variable-out-of-range"] = lambda t: no_fit_check(
        "variable-out-of-range", "variable gadget forced to X = 2.15 (sigma = 0.4, outside [1/2, 2]): no exact fit",
        variable_band(extra=[(2.5, 1.2)]), 4, box, t)
    inside = g.variable_sigma(1.925)
    table["variable-in-range"] = lambda t: witness_check(
        "variable-in-range", "variable gadget forced to X = 1.925 (inside the range): exact fit",
        variable_band(extra=[(2.5, 1 + inside / 2)]), variable_network(inside))
    for x in (0.5, 2 ** -0.5, 1.0, 2.0):
        table[f"inversion-fit-X={x:.4f}"] = lambda t, x=x: witness_check(
            f"inversion-fit-X={x:.4f}", f"inversion gadget fits exactly with 5 ReLUs at X = {x:.6g}, Y = 1/X",
            inversion_band(), inversion_network(g.inversion_sigma1(x)))
    table["inversion-forced-consistent"] = lambda t: witness_check(
        "inversion-forced-consistent", "inversion gadget with X = 1 and Y = 1 forced: exact fit",
        inversion_band(_forced(1.0)), inversion_network(g.inversion_sigma1(1.0)))
    for name, (claim, data, width, bound) in inversion_no_fit_problems().items():
        table[name] = lambda t, name=name, claim=claim, data=data, width=width, bound=bound: no_fit_check(
            name, claim, data, width, bound, t)
    return table


def _forced(y: float) -> list[tuple[float, float, float]]:
    """Extra data lines forcing X = 1 on output 1 and Y = ``y`` on output 2 (only y = 1
    satisfies X Y = 1)."""
    c, v = (float(q) for q in g.INVERSION_PIVOT_2)
    sigma1, sigma2 = g.inversion_sigma1(1.0), y + 4 / 7
    return [(1.5, 1 - sigma1 / 2, 0.0), (c + 0.25, (6 - c - 0.25) / 2, v + sigma2 / 4)]


def inversion_no_fit_problems() -> dict[str, tuple[str, Dataset, int, float]]:
    """The inversion gadget's three no-fit claims: name -> (claim, data, width, box). Each is
    shown by a certified positive lower bound (the hard suite measures them: bench/suites.py)."""
    box = 8.0
    moved = [(float(s), float(a), float(b) + (0.1 if s == F(45, 8) else 0.0)) for s, a, b in g.inversion_data()]
    return {
        "inversion-forced-inconsistent": (
            "inversion gadget with X = 1 and Y = 1.2 forced (X Y != 1): no exact fit with 5 ReLUs",
            inversion_band(_forced(1.2)), 5, box),
        "inversion-4-relus": ("inversion gadget: no exact fit with 4 ReLUs", inversion_band(), 4, box),
        "inversion-moved-label": (
            "inversion gadget with output 2's label at s = 45/8 moved by 0.1: no exact fit with 5 ReLUs",
            Dataset(np.array([[r[0]] for r in moved]), np.array([[r[1], r[2]] for r in moved])), 5, box),
    }


FORMULAS = {
    "double": ("X + X = Y", {"X": 0.75, "Y": 1.5}),
    "sum": ("X + Y = Z", {"X": 0.6, "Y": 0.7, "Z": 1.3}),
    "inverse": ("X * Y = 1", {"X": 0.8, "Y": 1.25}),
    "sqrt2": ("X + X = Y\nX * Y = 1", {"X": 2 ** -0.5, "Y": 2 ** 0.5}),
    "contradiction": ("X + X = X", None),
}


def _formula_table() -> dict[str, Callable[[float], CheckResult]]:
    table: dict[str, Callable[[float], CheckResult]] = {}
    for name, (text, values) in FORMULAS.items():
        reduction = reduce(parse_formula(text))
        data, width, box = reduction.dataset, reduction.width, reduction.box()
        if values is not None:
            table[f"formula-{name}-fit"] = lambda t, r=reduction, v=values, text=text, name=name: _formula_witness(name, text, r, v)
            table[f"formula-{name}-one-fewer"] = lambda t, d=data, w=width, b=box, text=text, name=name: no_fit_check(
                f"formula-{name}-one-fewer", f"{text!r}: no exact fit with {w - 1} ReLUs", d, w - 1, b, t)
        else:
            table[f"formula-{name}-no-fit"] = lambda t, d=data, w=width, b=box, text=text, name=name: no_fit_check(
                f"formula-{name}-no-fit", f"{text!r} is unsatisfiable in [1/2, 2]: no exact fit with {w} ReLUs", d, w, b, t)
    return table


def _formula_witness(name: str, text: str, reduction, values: dict[str, float]) -> CheckResult:
    network = reduction.network(values)
    result = witness_check(f"formula-{name}-fit", f"{text!r} is satisfiable: exact fit with {reduction.width} ReLUs", reduction.dataset, network)
    read = reduction.read_values(network)
    result.detail += f"; values read from the weights: {', '.join(f'{k} = {v:.12g}' for k, v in read.items())}"
    return result


def formula_checks(time_limit: float) -> list[CheckResult]:
    return [check(time_limit) for check in _formula_table().values()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="certified-solve checks of the ETR-INV gadgets")
    parser.add_argument("--time-limit", type=float, default=300.0)
    parser.add_argument("--out", default="etr_checks.json")
    parser.add_argument("--only", choices=["gadgets", "formulas"])
    parser.add_argument("--resume", action="store_true", help="keep the checks already in --out, run the rest")
    args = parser.parse_args(argv)
    if not args.time_limit > 0:
        parser.error(f"--time-limit must be positive, got {args.time_limit:g}")
    table = {} if args.only == "formulas" else _gadget_table()
    if args.only != "gadgets":
        table.update(_formula_table())
    design = [{"claim": c.claim, "holds": c.holds} for c in g.design_checks()]
    results: list[CheckResult] = []
    if args.resume and Path(args.out).is_file():
        previous = [CheckResult(**c) for c in json.loads(Path(args.out).read_text())["checks"] if c["name"] in table]
        results = [r for r in previous if not r.detail.startswith(CRASHED)]  # a crashed check is tried again
    done = {r.name for r in results}
    for name, check in table.items():
        if name in done:
            continue
        print(f"running {name} ...", file=sys.stderr, flush=True)
        r = check(args.time_limit)
        results.append(r)
        status = {True: "PASSED", False: "FAILED", None: "NOT CERTIFIED"}[r.passed]
        print(f"{status:14s} {r.name:38s} N={r.points:<4d} width={r.width:<3d} {r.seconds:8.1f} s  {r.detail}", flush=True)
        # after every check: a crash or kill later on loses nothing finished
        atomic_write_text(args.out, json.dumps({"design_checks": design, "checks": [asdict(x) for x in results]}, indent=1) + "\n")
    return 0 if all(r.passed is not False for r in results) and all(c["holds"] for c in design) else 1


if __name__ == "__main__":
    sys.exit(main())
