"""Build the instance library: write every dataset from its recipe, measure every problem.

    python -m relu_opt.library.build [--time-limit 120] [--only NAME ...] [--force]

For each problem the strong formulation on SCIP is solved with the time limit: its time gives the
tier, its certified interval the known value. A closed form, where the recipe states one, must lie
in that interval (the build stops otherwise). Without a closed form a second, independent route
(exact enumeration where it is affordable, else Gurobi, else the plain model) must certify an
overlapping interval for the status "optimal"; one certificate alone is recorded as "certified",
an unsolved problem as "bounds". Results already in the index are kept when the dataset's hash
and the problem are unchanged (``--force`` recomputes). The index is written after every dataset.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..api import define_problem, train
from ..backends import BACKENDS, SolveOptions
from ..bench.isolated import SolverCrashedError, run_isolated
from ..data import Dataset, load_dataset, save_dataset_csv
from ..network import Weights
from ..files import atomic_write_text
from ..generators.classic import blog_quadratic, function_samples, rank_one, rank_one_optimum, xor
from ..generators.etr_gadgets import inversion_band, inversion_network, variable_band, variable_network
from ..generators.teacher import teacher_dataset
from ..methods.enumeration import count_subproblems
from ..results import Result, Verdict, json_number
from ..solving.strategy import STRONG, with_steps
from .validate import tier_of
from .index import INDEX, INSTANCES, problem_arguments, store_solution, stored_solution


@dataclass
class Recipe:
    name: str
    folder: str
    make: Callable[[], Dataset]
    provenance: dict[str, Any]
    tags: list[str]
    problems: list[dict[str, Any]]
    closed_forms: dict[int, dict[str, Any]] = field(default_factory=dict)  # problem index -> known
    # problem index -> the closed form's network (an exact fit), stored as the problem's best point
    witnesses: dict[int, Callable[[], Weights]] = field(default_factory=dict)


def _teacher(points, inputs, hidden, outputs=1, noise=0.1, seed=0, bound=3.0, extra_tags=()) -> Recipe:
    width = "x".join(map(str, hidden))
    name = f"teacher-N{points}-n{inputs}-m{width}-p{outputs}-s{seed}" + ("-exact" if noise == 0 else "")
    tags = ["teacher", "vector-output" if outputs > 1 else "scalar-output", *extra_tags]
    if len(hidden) > 1:
        tags.append("deep")
    recipe = Recipe(
        name, "teacher",
        lambda: teacher_dataset(points, inputs, list(hidden), outputs, noise, seed),
        {
            "generator": "relu-opt generate teacher",
            "parameters": {"points": points, "inputs": inputs, "hidden": list(hidden), "outputs": outputs,
                           "noise": noise, "seed": seed},
        },
        tags,
        [{"hidden": list(hidden), "bound": bound, "loss": "squared"}],
    )
    if noise == 0:
        recipe.closed_forms[0] = {
            "value": 0.0, "exact": "0",
            "how": "closed form: the teacher (weights in [-1, 1], inside the box) fits the data exactly",
        }
    return recipe


LINEAR_LOSSES = ("l1", "linf")  # MILP variants of small problems, so that linear solvers have a share
MILP_VARIANTS = {("step", 8), ("sine", 9)}


def recipes() -> list[Recipe]:
    golden = np.array([[1.0, 0.0], [1.0, 1.0]])
    items = [
        Recipe("blog-quadratic", "classic", blog_quadratic,
               {"source": "seed blog: exact training via a polynomial system and CAD"},
               ["classic", "scalar-output", "closed-form"],
               [{"hidden": [1], "hidden_bias": False, "output_bias": False, "bound": 10.0, "loss": loss}
                for loss in ("squared", *LINEAR_LOSSES)],
               {0: {"value": 38 / 7, "exact": "38/7",
                    "how": "closed form: least squares through the origin, 98 - 36^2/14; z3 exact certificate"}}),
        Recipe("xor", "classic", xor, {"source": "XOR on {0,1}^2"}, ["classic", "scalar-output", "closed-form"],
               [{"hidden": [2], "bound": 2.0, "loss": "squared"}, {"hidden": [1], "bound": 2.0, "loss": "squared"}],
               {0: {"value": 0.0, "exact": "0", "how": "closed form: relu(x1 + x2) - 2 relu(x1 + x2 - 1)"}}),
        Recipe("rank-one-golden", "classic", lambda: rank_one(golden),
               {"source": "Eckart-Young: best rank-1 approximation of [[1, 0], [1, 1]]"},
               ["classic", "vector-output", "irrational", "closed-form"],
               [{"hidden": [1], "output_bias": False, "bound": 10.0, "loss": "squared"}],
               {0: {"value": rank_one_optimum(golden), "exact": "(3 - sqrt(5))/2",
                    "how": "closed form: ||T||^2 - sigma_1(T)^2 (Eckart-Young); irrational optimum and weights"}}),
    ]
    for function, points, widths in [("abs", 9, [2]), ("square", 9, [2, 3]), ("square", 17, [2]),
                                     ("sine", 9, [2]), ("sine", 17, [3]), ("step", 8, [1, 2]),
                                     ("triangle", 9, [3]), ("sawtooth", 13, [2])]:
        recipe = Recipe(
            f"{function}-N{points}", "functions",
            (lambda f=function, n=points: function_samples(f, n)),
            {"generator": "relu_opt.generators.classic.function_samples", "parameters": {"function": function, "points": points, "interval": [-1, 1]}},
            ["function", "scalar-output", "1-d"],
            [{"hidden": [m], "bound": 4.0, "loss": "squared"} for m in widths]
            + [{"hidden": [widths[0]], "bound": 4.0, "loss": loss} for loss in LINEAR_LOSSES if (function, points) in MILP_VARIANTS],
        )
        if function in ("abs", "triangle"):
            how = {"abs": "relu(x) + relu(-x)", "triangle": "relu(x + 1) - 2 relu(x) + relu(x - 1)"}[function]
            recipe.closed_forms[0] = {"value": 0.0, "exact": "0", "how": f"closed form: {how} fits exactly"}
        items.append(recipe)
    for points in (6, 10, 16):
        items.append(_teacher(points, 1, [2], extra_tags=["1-d"]))
    for points in (8, 16, 24, 32, 48, 64):
        items.append(_teacher(points, 2, [2]))
        if points == 8:  # the MILP variants: L1 and L-infinity losses make every model linear
            items[-1].problems += [{"hidden": [2], "bound": 3.0, "loss": loss} for loss in LINEAR_LOSSES]
    for points in (16, 32, 48, 64):
        items.append(_teacher(points, 2, [3]))
    for points, seed in [(8, 1), (8, 2), (16, 1), (16, 2)]:
        items.append(_teacher(points, 2, [2], seed=seed))
    items.append(_teacher(10, 2, [2], noise=0.0, bound=1.0))
    items.append(_teacher(20, 2, [3], noise=0.0, bound=1.0))
    for points in (4, 8, 16):
        items.append(_teacher(points, 2, [2], outputs=2))
    for points in (8, 16):
        items.append(_teacher(points, 2, [2, 2]))
    return items + _etr_recipes()


ETR_FORMULAS = {
    "etr-double": ("X + X = Y", {"X": 0.75, "Y": 1.5}),
    "etr-sum": ("X + Y = Z", {"X": 0.6, "Y": 0.7, "Z": 1.3}),
    "etr-inverse": ("X * Y = 1", {"X": 0.8, "Y": 1.25}),
    "etr-sqrt2": ("X + X = Y\nX * Y = 1", {"X": 2 ** -0.5, "Y": 2 ** 0.5}),
    "etr-contradiction": ("X + X = X", None),
}


def _etr_recipes() -> list[Recipe]:
    from ..generators.etr import parse_formula, reduce

    items = []
    for name, (text, values) in ETR_FORMULAS.items():
        reduction = reduce(parse_formula(text))
        make = (lambda r=reduction, n=name: Dataset(r.dataset.x, r.dataset.y, name=n))
        tags = ["etr", "vector-output", "exact-fit" if values else "unsatisfiable"]
        if name == "etr-sqrt2":
            tags.append("irrational")
        recipe = Recipe(
            name, "etr", make,
            {"generator": f"relu-opt generate etr --text '{text.replace(chr(10), '; ')}' --seed 0",
             "formula": text.replace("\n", "; ")},
            tags,
            [{"hidden": [reduction.width], "bound": reduction.box(), "loss": "squared"}],
        )
        if values is not None:
            recipe.witnesses[0] = (lambda r=reduction, v=values: r.network(v))
            assignment = ", ".join(f"{k} = {v:.12g}" for k, v in values.items())
            recipe.closed_forms[0] = {
                "value": 0.0, "exact": "0",
                "how": f"closed form: the reduction's exact fit for {assignment}"
                + (" (X = 1/sqrt 2: irrational weights)" if name == "etr-sqrt2" else ""),
            }
        items.append(recipe)
    items.append(Recipe("etr-variable-gadget", "etr", lambda: Dataset(variable_band().x, variable_band().y, name="etr-variable-gadget"),
                        {"generator": "relu_opt.generators.etr_gadgets.variable_data (band coordinate only)"},
                        ["etr", "gadget", "scalar-output", "1-d"],
                        [{"hidden": [4], "bound": 8.0, "loss": "squared"}, {"hidden": [3], "bound": 8.0, "loss": "squared"}],
                        {0: {"value": 0.0, "exact": "0", "how": "closed form: the gadget's profile for any X in [1/2, 2]"}},
                        {0: lambda: variable_network(0.0)}))
    items.append(Recipe("etr-inversion-gadget", "etr", lambda: Dataset(inversion_band().x, inversion_band().y, name="etr-inversion-gadget"),
                        {"generator": "relu_opt.generators.etr_gadgets.inversion_data (band coordinate only)"},
                        ["etr", "gadget", "vector-output", "1-d"],
                        [{"hidden": [5], "bound": 8.0, "loss": "squared"}],
                        {0: {"value": 0.0, "exact": "0", "how": "closed form: the gadget's profiles for any X in [1/2, 2], Y = 1/X"}},
                        {0: lambda: inversion_network(0.0)}))
    return items


def build(time_limit: float, only: list[str] | None, force: bool, stream=sys.stderr) -> None:
    entries = _previous()
    known_names = {r.name for r in recipes()}
    for stale in set(entries) - known_names:
        del entries[stale]  # a recipe that no longer exists
    for recipe in recipes():
        if only and recipe.name not in only:
            continue
        data = recipe.make()
        path = INSTANCES / recipe.folder / f"{recipe.name}.csv"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not (path.is_file() and _same_data(load_dataset(path), data)):
            save_dataset_csv(data, path, [f"{k}: {json.dumps(v)}" for k, v in recipe.provenance.items()])
        data = load_dataset(path)  # measure exactly what the library ships
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        old = entries.get(recipe.name, {})
        old_problems = {json.dumps(p["spec"], sort_keys=True): p for p in old.get("problems", [])}
        problems = []
        for index, spec in enumerate(recipe.problems):
            key = json.dumps(spec, sort_keys=True)
            if not force and old.get("sha256") == digest and key in old_problems:
                problems.append(old_problems[key])
                continue
            print(f"library: {recipe.name} {spec} ...", file=stream, flush=True)
            measured = _measure_isolated(data, spec, recipe.closed_forms.get(index), time_limit)
            stored = _stored(recipe.name, index + 1, data, spec)
            best = _better_of(measured.pop(WEIGHTS_KEY, None), _witness(recipe, index, data, spec), stored)
            known = measured.get("known") or {}
            if stored is not None and best is stored and known.get("status") == "bounds":
                # a best value never gets worse: an earlier build's (or improve's) point still counts
                known["best"] = stored["objective"]
                known["how"] += "; best: the stored point of an earlier run (instances/solutions)"
            if best is not None:
                store_solution(recipe.name, index + 1, spec, best["objective"], best["layers"])
            problems.append(measured)
        entries[recipe.name] = {
            "name": recipe.name,
            "file": f"{recipe.folder}/{recipe.name}.csv",
            "sha256": digest,
            "points": data.n_points, "inputs": data.n_inputs, "outputs": data.n_outputs,
            "provenance": recipe.provenance,
            "tags": recipe.tags,
            "problems": problems,
        }
        _write(list(entries.values()))  # after every dataset: a long build loses nothing


def _measure_isolated(data: Dataset, spec: dict[str, Any], closed: dict[str, Any] | None, time_limit: float) -> dict[str, Any]:
    """:func:`_measure` in a child process, tried twice: a solver crash (SCIP was seen to abort or
    hang on a large ETR model) is recorded as such instead of ending the build."""
    for attempt in (1, 2):
        try:
            # strong solve + second route, each time-limited, plus model building: generous
            return run_isolated(_measure, data, spec, closed, time_limit, isolation_timeout=4 * time_limit + 600)
        except SolverCrashedError as exc:
            print(f"library: attempt {attempt}: {exc}", file=sys.stderr, flush=True)
            crash = str(exc)
    known = ({"status": "optimal", **closed} if closed is not None else
             {"status": "bounds", "best": "inf", "lower": 0.0, "how": "no solver result; the squared loss is >= 0"})
    return {"spec": spec, "strong_scip": None, "crash": f"SCIP crashed twice: {crash}", "tier": "open", "known": known}


def _measure(data: Dataset, spec: dict[str, Any], closed: dict[str, Any] | None, time_limit: float) -> dict[str, Any]:
    arguments = problem_arguments({**spec})
    hidden = arguments.pop("hidden")
    strong = train(data, hidden, solver="scip", options=SolveOptions(time_limit=time_limit), **arguments)
    record: dict[str, Any] = {"spec": spec, "strong_scip": _summary(strong)}
    cert = strong.certificate
    if strong.proven_optimal:
        record["tier"] = tier_of(strong.wall_time)  # the exported files' tiers use the same limits
    else:
        record["tier"] = "hard" if math.isfinite(cert.lower) and cert.lower > 0 else "open"
    _keep_weights(record, strong)
    if closed is not None:
        slack = 1e-4 * max(1.0, abs(closed["value"]))
        if not (cert.lower - slack <= closed["value"] <= cert.upper + 1e-9 * max(1.0, abs(closed["value"]))):
            raise RuntimeError(f"closed form {closed['value']} outside the certified interval [{cert.lower}, {cert.upper}]")
        record["known"] = {"status": "optimal", **closed}
        return record
    if not strong.proven_optimal:
        record["known"] = _bounds_over_routes(record, strong, data, hidden, arguments, time_limit)
        return record
    second_name, second = _second_route(data, hidden, arguments, time_limit)
    record[second_name] = _summary(second) if second is not None else None
    if second is not None and second.weights is not None and second.certificate.upper < strong.certificate.upper:
        _keep_weights(record, second)
    if second is not None and second.proven_optimal and _overlap(strong, second):
        record["known"] = {
            "status": "optimal", "value": min(cert.upper, second.certificate.upper),
            "how": f"two methods agree: strong formulation on SCIP and {second_name}",
        }
    else:
        record["known"] = {
            "status": "certified", "value": cert.upper, "lower": cert.lower,
            "how": "strong formulation on SCIP (one method; the second did not certify in time)",
        }
    return record


ROUTE_SHARE = 0.5  # the other routes of an unsolved problem get half the strong solve's time limit


def _bounds_over_routes(record: dict[str, Any], strong: Result, data: Dataset, hidden: list[int],
                        arguments: dict[str, Any], time_limit: float) -> dict[str, Any]:
    """Best known value and lower bound of an unsolved problem over every route that takes it:
    the strong formulation's bound is usually the only useful lower bound, but plain models and
    Gurobi find other (sometimes better) incumbents, so ``best`` is the smallest re-checked loss
    of any route and ``lower`` the largest proven bound (each is valid for the same problem)."""
    routes = {"strong formulation on SCIP": strong}
    budget = SolveOptions(time_limit=ROUTE_SHARE * time_limit)
    routes["plain formulation on SCIP"] = _try(lambda: train(
        data, hidden, formulation="plain", options=budget, **arguments))
    if BACKENDS["gurobi"].unavailable_reason() is None:
        routes["strong formulation on Gurobi"] = _try(lambda: train(
            data, hidden, solver="gurobi", options=budget, **arguments))
    record["routes"] = {name: _summary(result) for name, result in routes.items() if result is not None}
    trusted = {n: r for n, r in routes.items() if r is not None and r.certificate.verdict is not Verdict.REJECTED}
    best_name = min(trusted, key=lambda n: trusted[n].certificate.upper)
    lower_name = max(trusted, key=lambda n: trusted[n].certificate.lower)
    _keep_weights(record, trusted[best_name])
    return {
        "status": "bounds", "best": _finite(trusted[best_name].certificate.upper),
        "lower": _finite(max(trusted[lower_name].certificate.lower, 0.0)),
        "how": f"not certified by any route (strong SCIP {time_limit:g} s, others {ROUTE_SHARE * time_limit:g} s); best from {best_name}, "
               f"lower bound from {lower_name}",
    }


DATA_TOLERANCE = 1e-12  # of each array's magnitude: numpy versions differ in the last bits of ETR coordinates


def _same_data(stored: Dataset, fresh: Dataset) -> bool:
    """A stored data file is kept when the recipe regenerates it up to floating-point noise, so
    that a rebuild on another numpy does not change the library's files and hashes."""
    if stored.x.shape != fresh.x.shape or stored.y.shape != fresh.y.shape:
        return False
    return all(np.allclose(old, new, rtol=0.0, atol=DATA_TOLERANCE * max(float(np.abs(old).max()), 1.0))
               for old, new in ((stored.x, fresh.x), (stored.y, fresh.y)))


def _witness(recipe: Recipe, index: int, data: Dataset, spec: dict[str, Any]) -> dict[str, Any] | None:
    """The closed form's own network (an exact fit), with its objective recomputed here."""
    if index not in recipe.witnesses:
        return None
    network = recipe.witnesses[index]()
    return {"objective": _objective(network, data, spec), "layers": network.to_lists()}


def _objective(network: Weights, data: Dataset, spec: dict[str, Any]) -> float:
    """Training loss plus penalty of ``network`` on ``data``, by a numpy forward pass."""
    arguments = problem_arguments({**spec})
    return define_problem(data, arguments.pop("hidden"), **arguments).objective(network)


def _stored(name: str, number: int, data: Dataset, spec: dict[str, Any]) -> dict[str, Any] | None:
    """The best point an earlier build (or ``improve``) stored, its objective recomputed."""
    stored = stored_solution(name, number)
    if stored is None or stored.get("problem") != spec:
        return None
    return {"objective": _objective(Weights.from_lists(stored["layers"]), data, spec), "layers": stored["layers"]}


def _better_of(*candidates: dict[str, Any] | None) -> dict[str, Any] | None:
    found = [c for c in candidates if c is not None]
    return min(found, key=lambda c: c["objective"]) if found else None


def store_witnesses() -> int:
    """Write every closed form's network as its problem's best point (no solving)."""
    written = 0
    for recipe in recipes():
        for index, spec in enumerate(recipe.problems):
            if index in recipe.witnesses:
                data = load_dataset(INSTANCES / recipe.folder / f"{recipe.name}.csv")  # what the library ships
                witness = _witness(recipe, index, data, spec)
                store_solution(recipe.name, index + 1, spec, witness["objective"], witness["layers"])
                written += 1
    return written


WEIGHTS_KEY = "best_weights"  # carried from the measuring process to build(), which files it


def _keep_weights(record: dict[str, Any], result: Result) -> None:
    if result.weights is not None:
        record[WEIGHTS_KEY] = {"objective": result.certificate.upper, "layers": result.weights.to_lists()}


def _try(run: Callable[[], Result]) -> Result | None:
    """A route that fails (licence size limit, solver error) contributes nothing."""
    try:
        return run()
    except Exception as exc:  # noqa: BLE001 - any failure of an optional route is only reported
        print(f"library: route failed: {exc}", file=sys.stderr, flush=True)
        return None


def _second_route(data: Dataset, hidden: list[int], arguments: dict[str, Any], time_limit: float):
    """An independent route: enumeration (tiny, box, one hidden layer, scalar), else Gurobi
    (its own branch-and-bound over points, if the license takes the model), else the plain model
    on SCIP."""
    problem = define_problem(data, hidden, **arguments)
    arch = problem.architecture
    if arch.n_hidden_layers == 1 and arch.n_outputs == 1 and problem.domain.decay is None:
        from ..methods.arrangements import all_patterns
        from ..network import augmented

        try:
            patterns = len(all_patterns(augmented(data.x, arch.hidden_bias)))
            if count_subproblems(patterns, hidden[0]) <= 20_000:
                return "exact enumeration", train(data, hidden, method="enumeration", **arguments)
        except Exception:  # too many candidates: fall through to the next route
            pass
    if BACKENDS["gurobi"].unavailable_reason() is None:
        try:
            # without the pair tree, which solves its classes by QPs of its own, not by the solver
            return "strong formulation on Gurobi", train(data, hidden, solver="gurobi", strategy=with_steps(STRONG, pair_tree=False),
                                                         options=SolveOptions(time_limit=time_limit), **arguments)
        except Exception:  # license size limit: fall through
            pass
    return "plain formulation on SCIP", train(data, hidden, formulation="plain", options=SolveOptions(time_limit=time_limit), **arguments)


def _overlap(a: Result, b: Result) -> bool:
    lower = max(a.certificate.lower, b.certificate.lower)
    upper = min(a.certificate.upper, b.certificate.upper)
    return lower <= upper + 1e-4 * max(1.0, abs(upper))


def _summary(result: Result) -> dict[str, Any]:
    return {
        "verdict": result.certificate.verdict.value,
        "interval": [_finite(result.certificate.lower), _finite(result.certificate.upper)],
        "seconds": round(result.wall_time, 3),
        "nodes": result.nodes,
        "solver": result.solver_version,
        "formulation": result.problem.formulation,
        "date": time.strftime("%Y-%m-%d"),
    }


def _finite(value: float) -> float | str | None:
    return json_number(value)


def _previous() -> dict[str, dict[str, Any]]:
    if not INDEX.is_file():
        return {}
    return {e["name"]: e for e in json.loads(INDEX.read_text())["instances"]}


def _write(entries: list[dict[str, Any]]) -> None:
    document = {
        "format": "relu-opt instance library, version 1",
        "description": "Datasets with suggested problems, tiers and known optima; see relu_opt/library.py",
        "instances": sorted(entries, key=lambda e: e["name"]),
    }
    atomic_write_text(INDEX, json.dumps(document, indent=1) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--time-limit", type=float, default=120.0)
    parser.add_argument("--only", nargs="*", help="recipes to (re)build; others are kept")
    parser.add_argument("--force", action="store_true", help="recompute known values")
    parser.add_argument("--witnesses", action="store_true",
                        help="only write the closed forms' networks as best points (instances/solutions)")
    args = parser.parse_args(argv)
    if args.witnesses:
        print(f"wrote {store_witnesses()} closed-form points", file=sys.stderr)
        return 0
    if not args.time_limit > 0:
        parser.error(f"--time-limit must be positive, got {args.time_limit:g}")
    unknown = sorted(set(args.only or ()) - {r.name for r in recipes()})
    if unknown:
        parser.error(f"--only: no recipe named {unknown[0]!r}")
    build(args.time_limit, args.only, args.force)
    return 0


if __name__ == "__main__":
    sys.exit(main())
