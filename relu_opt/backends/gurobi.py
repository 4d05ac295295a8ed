"""Gurobi through gurobipy directly, nonconvex quadratic constraints enabled.

Bounds are read from Gurobi's own ObjBound: Pyomo's legacy Gurobi interfaces report bound =
incumbent for continuous models even at the time limit (SOLVER_NOTES). pip's gurobipy carries a
size-limited license; a model over it is refused with the limit and the model's size named.
"""

from __future__ import annotations

import importlib.util
import time

import numpy as np

from ..errors import SolverRefusedError, SolverUnavailableError
from .lowered import LoweredProblem
from ..results import Termination
from .base import (
    Progress,
    RawSolution,
    SolveOptions,
    apply_cutoff,
    log_path,
    read_log,
    solver_number,
)

SIZE_LIMIT_ERROR = 10010
NO_LICENSE_ERRORS = {10009}  # "No Gurobi license found" and friends

_LICENSE_LIMITS = (
    "Gurobi's size-limited license (the one pip's gurobipy carries) allows 2000 variables and "
    "2000 constraints, and only 200 variables once any quadratic term is present"
)


class GurobiBackend:
    name = "gurobi"
    capabilities = frozenset(
        {
            "integer",
            "quadratic_objective",
            "mixed_integer_quadratic_objective",
            "quadratic_constraints",
            "nonconvex_constraints",
            "sos1",
            "indicator",
        }
    )

    def unavailable_reason(self) -> str | None:
        if importlib.util.find_spec("gurobipy") is None:
            return "gurobipy is not installed (pip install gurobipy, or pip install relu-opt[gurobi])"
        import gurobipy as gp

        try:
            with gp.Env(params={"OutputFlag": 0}):
                return None
        except gp.GurobiError as exc:
            return f"Gurobi cannot start: {exc}"

    def version(self) -> str:
        import gurobipy as gp

        return "Gurobi " + ".".join(str(v) for v in gp.gurobi.version())

    def solve(self, problem: LoweredProblem, options: SolveOptions) -> RawSolution:
        import gurobipy as gp

        with log_path(options) as path:
            try:
                with gp.Env(empty=True) as env:
                    env.setParam("OutputFlag", 1)
                    env.setParam("LogToConsole", 1 if options.verbose else 0)
                    env.setParam("LogFile", str(path))
                    env.start()
                    with gp.Model(env=env) as model:
                        raw = self._solve_in(model, problem, options)
            except gp.GurobiError as exc:
                raise _explain(exc, problem) from None
            raw.log = read_log(path)
        return raw

    def _solve_in(self, model, problem: LoweredProblem, options: SolveOptions) -> RawSolution:
        import gurobipy as gp
        from gurobipy import GRB

        x = [
            model.addVar(
                lb=-GRB.INFINITY if np.isneginf(c.lower) else c.lower,
                ub=GRB.INFINITY if np.isposinf(c.upper) else c.upper,
                vtype=(GRB.BINARY if c.lower >= 0 and c.upper <= 1 else GRB.INTEGER)
                if c.integer
                else GRB.CONTINUOUS,
                name=c.name,
            )
            for c in problem.columns
        ]

        def expression(linear: dict, quadratic: dict):
            expr = gp.QuadExpr() if quadratic else gp.LinExpr()
            for i, coef in linear.items():
                expr.add(x[i], coef)
            for (i, j), coef in quadratic.items():
                expr.add(x[i] * x[j], coef)
            return expr

        sense_of = {"==": GRB.EQUAL, ">=": GRB.GREATER_EQUAL, "<=": GRB.LESS_EQUAL}
        for row in problem.rows:
            body = expression(row.linear, row.quadratic)
            add = model.addQConstr if row.quadratic else model.addLConstr
            for sense, rhs in row.sides():
                add(body, sense_of[sense], rhs, name=row.name)
        for sos in problem.sos1:
            model.addSOS(GRB.SOS_TYPE1, [x[i] for i in sos.members], sos.weights)
        for ind in problem.indicators:
            body = expression(ind.row.linear, {})
            for sense, rhs in ind.row.sides():
                model.addGenConstrIndicator(
                    x[ind.binary], ind.active_value == 1, body, sense_of[sense], rhs
                )

        objective = expression(problem.objective_linear, problem.objective_quadratic)
        model.setObjective(objective + problem.objective_constant, GRB.MINIMIZE)

        if options.time_limit is not None:
            model.Params.TimeLimit = options.time_limit
        model.Params.MIPGap = options.rel_gap
        if options.abs_gap is not None:
            model.Params.MIPGapAbs = options.abs_gap
        model.Params.Seed = options.seed
        model.Params.NonConvex = 2
        if options.feasibility_tol is not None:
            # Gurobi accepts tolerances down to 1e-9 only.
            model.Params.FeasibilityTol = max(options.feasibility_tol, 1e-9)
            model.Params.IntFeasTol = max(options.feasibility_tol, 1e-9)
        if options.threads is not None:
            model.Params.Threads = options.threads
        if options.cutoff is not None:
            model.Params.Cutoff = options.cutoff
        for name, value in options.parameters:
            model.setParam(name, value)
        if problem.start is not None:
            for var, value in zip(x, problem.start):
                if not np.isnan(value):
                    var.Start = float(value)

        start = time.perf_counter()
        model.optimize(None if options.progress is None else _progress_callback(options.progress))
        wall_time = time.perf_counter() - start

        values, objective_value = None, np.inf
        if model.SolCount > 0:
            values = np.array(model.getAttr("X", x))
            objective_value = model.ObjVal
        termination, bound = apply_cutoff(
            _termination(model.Status, GRB),
            options,
            _bound(model, model.Status, GRB, objective_value),
            objective_value,
        )
        if termination is Termination.CUTOFF:
            values, objective_value = None, np.inf
        return RawSolution(
            termination=termination,
            values=values,
            objective=objective_value,
            bound=bound,
            nodes=int(_attribute(model, "NodeCount", 0)),
            wall_time=wall_time,
            log="",
        )


def _progress_callback(report):
    """A Gurobi callback reporting branch-and-bound progress (the MIP callback also runs for
    nonconvex continuous models, which Gurobi solves by branching)."""
    from gurobipy import GRB

    def callback(model, where):
        if where == GRB.Callback.MIP:
            report(
                Progress(
                    elapsed=model.cbGet(GRB.Callback.RUNTIME),
                    nodes=int(model.cbGet(GRB.Callback.MIP_NODCNT)),
                    incumbent=solver_number(model.cbGet(GRB.Callback.MIP_OBJBST), np.inf),
                    bound=solver_number(model.cbGet(GRB.Callback.MIP_OBJBND), -np.inf),
                )
            )

    return callback


def _attribute(model, name: str, default: float) -> float:
    import gurobipy as gp

    try:
        return getattr(model, name)
    except (gp.GurobiError, AttributeError):
        return default


def _bound(model, status: int, GRB, objective: float) -> float:
    """Gurobi's own ObjBound; a continuous convex model has none, and its proven optimum is its
    own bound (strong duality). Anything else without ObjBound has no bound."""
    bound = _attribute(model, "ObjBound", None)
    if bound is not None:
        return solver_number(bound, -np.inf)
    return objective if status == GRB.OPTIMAL else -np.inf


def _termination(status: int, GRB) -> Termination:
    return {
        GRB.OPTIMAL: Termination.OPTIMAL,
        GRB.TIME_LIMIT: Termination.TIME_LIMIT,
        GRB.NODE_LIMIT: Termination.NODE_LIMIT,
        GRB.INTERRUPTED: Termination.INTERRUPTED,
        GRB.INFEASIBLE: Termination.INFEASIBLE,
        GRB.INF_OR_UNBD: Termination.UNKNOWN,  # not a proof of either
        GRB.UNBOUNDED: Termination.UNBOUNDED,
        GRB.NUMERIC: Termination.NUMERICAL_ERROR,
        GRB.CUTOFF: Termination.CUTOFF,
    }.get(status, Termination.UNKNOWN)


def _explain(exc, problem: LoweredProblem) -> Exception:
    """Turn license errors into messages a user can act on."""
    if exc.errno == SIZE_LIMIT_ERROR:
        size = problem.size()
        return SolverRefusedError(
            f"gurobi refused the model: {_LICENSE_LIMITS}; this model has {size['variables']} "
            f"variables, {size['constraints']} constraints and {size['quadratic_terms']} quadratic "
            f"terms. Use --solver scip, a smaller instance, or a full Gurobi license."
        )
    if exc.errno in NO_LICENSE_ERRORS:
        return SolverUnavailableError(f"gurobi has no usable license: {exc}")
    return SolverRefusedError(f"gurobi failed: {exc} (error {exc.errno})")
