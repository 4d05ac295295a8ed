"""SCIP through pyscipopt directly (the wheels bundle libscip; no executable needed).

Direct, not through Pyomo: Pyomo's SCIP interfaces hang once the log passes ~64 KiB (SOLVER_NOTES).
SCIP takes only linear objectives, so a quadratic objective becomes epigraph variables, one per
connected group of objective variables: with the squared loss that is one per residual, which
avoided a root-node stall that a single epigraph variable caused (SOLVER_NOTES, 34.7 s -> 12.7 s).
"""

from __future__ import annotations

import hashlib
import math
import importlib.util
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

from ..files import atomic_write_text
from .lowered import LoweredProblem, Row
from ..results import Termination
from .base import (
    Progress,
    RawSolution,
    SolveOptions,
    apply_cutoff,
    c_output_to,
    log_path,
    read_log,
    solver_number,
)

ZERO_EPSILON = 1e-11
DUAL_FEASIBILITY = 1e-8
"""SCIP's LP dual feasibility tolerance (its default 1e-7), unless the options ask for another
(``SolveOptions.dual_feasibility_tol``: 1e-9 for near-duplicate inputs, solving/single.py). An LP
"optimal" at a basis whose reduced costs are 1e-7 infeasible can report a bound above the LP's
minimum by about that times the variables' ranges: with two inputs 1e-7 apart and a box of 10,
SCIP certified a bound 5e-6 above a real network's L-infinity loss of 0.43549 (issue 19; Gurobi
and enumeration found the network); 1e-8 and 1e-9 find it. Measured, 3 seeds each (teacher
N24 with 3 inputs, median seconds): 1e-7 12.2, 1e-8 12.2, 1e-9 17.9."""

_STATUS = {
    "optimal": Termination.OPTIMAL,
    "gaplimit": Termination.OPTIMAL,  # stopped because the gap reached the requested tolerance
    "timelimit": Termination.TIME_LIMIT,
    "nodelimit": Termination.NODE_LIMIT,
    "totalnodelimit": Termination.NODE_LIMIT,
    "stallnodelimit": Termination.NODE_LIMIT,
    "userinterrupt": Termination.INTERRUPTED,
    "infeasible": Termination.INFEASIBLE,
    "unbounded": Termination.UNBOUNDED,
    "inforunbd": Termination.UNKNOWN,  # not a proof of either
}


class ScipBackend:
    name = "scip"
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
        if importlib.util.find_spec("pyscipopt") is None:
            return "pyscipopt is not installed (pip install pyscipopt)"
        return None

    def version(self) -> str:
        import pyscipopt

        m = pyscipopt.Model()
        return (
            f"SCIP {m.getMajorVersion()}.{m.getMinorVersion()}.{m.getTechVersion()} "
            f"(PySCIPOpt {pyscipopt.__version__})"
        )

    def solve(self, problem: LoweredProblem, options: SolveOptions) -> RawSolution:
        from pyscipopt import Model, quicksum, sqrt

        model = Model()
        model.hideOutput(not options.verbose)
        x = [
            model.addVar(
                name=c.name,
                vtype=("B" if c.lower >= 0 and c.upper <= 1 else "I") if c.integer else "C",
                lb=None if np.isneginf(c.lower) else c.lower,
                ub=None if np.isposinf(c.upper) else c.upper,
            )
            for c in problem.columns
        ]

        def expression(row_linear: dict, row_quadratic: dict):
            return quicksum(coef * x[i] for i, coef in row_linear.items()) + quicksum(
                coef * x[i] * x[j] for (i, j), coef in row_quadratic.items()
            )

        for row in problem.rows:
            cone = row.second_order_cone(problem.columns)
            if cone is not None:
                # As a norm, so that the feasibility tolerance is on ||.|| itself: as a
                # difference of squares, 1e-9 let a small norm (a neuron's weight decay,
                # 1e-2) sit 5e-8 below its value, 1.5e-6 of the optimum (issue 10 note).
                squares, t, b = cone
                norm = sqrt(quicksum(a * x[i] * x[i] for i, a in squares.items()))
                model.addCons(norm <= math.sqrt(b) * x[t], name=row.name)
                continue
            _add_row(model, row, expression(row.linear, row.quadratic))
        for column, var in zip(problem.columns, x):
            if column.priority and column.integer:
                model.chgVarBranchPriority(var, column.priority)
        for sos in problem.sos1:
            model.addConsSOS1([x[i] for i in sos.members], sos.weights, name=sos.name)
        for ind in problem.indicators:
            body = expression(ind.row.linear, {})
            # SCIP's indicator constraints take one "<=" inequality each.
            for sense, rhs in ind.row.sides():
                for sign in {"<=": [1], ">=": [-1], "==": [1, -1]}[sense]:
                    model.addConsIndicator(
                        sign * body <= sign * rhs,
                        binvar=x[ind.binary],
                        activeone=ind.active_value == 1,
                    )

        objective, epigraph = _epigraph_objective(
            model, problem, x, expression, options.objective_estimate,
            1e-6 if options.feasibility_tol is None else options.feasibility_tol,  # SCIP's default
        )
        model.setObjective(objective, sense="minimize")
        model.addObjoffset(problem.objective_constant)
        if options.cutoff is not None:
            model.setObjlimit(options.cutoff)

        if options.time_limit is not None:
            model.setParam("limits/time", options.time_limit)
        model.setParam("limits/gap", options.rel_gap)
        if options.abs_gap is not None:
            model.setParam("limits/absgap", options.abs_gap)
        model.setParam("randomization/randomseedshift", options.seed)
        model.setParam("nlpi/ipopt/optfile", _ipopt_options_file())
        if options.feasibility_tol is not None:
            model.setParam("numerics/feastol", options.feasibility_tol)
        # SCIP treats values within numerics/epsilon (1e-9) as equal, objective values included:
        # an optimum of 4.8e-4 (teacher-N8) stalled 1.2e-9 (2.5e-6 relative) above its bound for
        # 100 s and 160k nodes. Measured (teacher N8 m2 / N16 m2 / N16 m3, strong, big-M):
        # 1e-10: 2.2 / 3.5 / 16.4 s; 1e-11: 1.2 / 3.4 / 13.8 s; 1e-12: 1.1 / 26.9 / 56 s.
        model.setParam("numerics/epsilon", ZERO_EPSILON)
        model.setParam("numerics/dualfeastol", options.dual_feasibility_tol or DUAL_FEASIBILITY)
        # SCIP's branch-and-bound is sequential; options.threads has no effect here.
        for name, value in options.parameters:
            model.setParam(name, value)

        if options.progress is not None:
            model.includeEventhdlr(
                _progress_handler(options.progress), "relu_opt_progress", "reports solve progress"
            )
        if options.incumbent_sink is not None:
            model.includeEventhdlr(
                _sharing_handler(options.incumbent_sink),
                "relu_opt_sharing", "shares incumbents with parts solved beside this one",
            )

        if options.incumbent_check is not None or options.stop_requested is not None:
            model.includeEventhdlr(
                _stopping_handler(options.incumbent_check, options.stop_requested, x),
                "relu_opt_stopping", "ends the solve where a polished incumbent certifies it",
            )

        with log_path(options) as path:
            model.setLogfile(str(path))
            if problem.start is not None:
                _add_start(model, problem, x, epigraph)
            stray = path.with_name(path.name + ".stdout")
            start = time.perf_counter()
            with c_output_to(stray, enabled=not options.verbose):
                model.optimize()
            wall_time = time.perf_counter() - start
            model.setLogfile(None)
            log = read_log(path) + read_log(stray)
            stray.unlink(missing_ok=True)

        values, objective_value = None, np.inf
        if model.getNSols() > 0:
            best = model.getBestSol()
            values = np.array([model.getSolVal(best, v) for v in x])
            objective_value = model.getSolObjVal(best)
        termination, bound = apply_cutoff(
            _STATUS.get(model.getStatus(), Termination.UNKNOWN),
            options,
            solver_number(model.getDualbound(), -np.inf),
            objective_value,
        )
        if termination is Termination.CUTOFF:
            values, objective_value = None, np.inf
        return RawSolution(
            termination=termination,
            values=values,
            objective=objective_value,
            bound=bound,
            nodes=int(model.getNNodes()),
            wall_time=wall_time,
            log=log,
        )


def _sharing_handler(incumbent_sink):
    """A SCIP event handler that reports every new incumbent's objective to ``incumbent_sink``.
    (Lowering this solve's objective limit from the other parts' incumbents as well, which SCIP
    allows while solving, made solves erratic, 8-145 s instead of 9.1-9.5 s, and failed with
    "error in input data" on the blog model: not done; solving/parts.py.)"""
    from pyscipopt import SCIP_EVENTTYPE, Eventhdlr

    class SharingHandler(Eventhdlr):
        def eventinit(self):
            self.model.catchEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

        def eventexit(self):
            self.model.dropEvent(SCIP_EVENTTYPE.BESTSOLFOUND, self)

        def eventexec(self, event):
            m = self.model
            incumbent_sink(m.getSolObjVal(m.getBestSol()))

    return SharingHandler()


def _stopping_handler(check, requested, variables):
    """A SCIP event handler that ends the solve when ``check`` accepts a new incumbent (its
    values in the order of ``variables``) or, polled at most once a second, ``requested()``."""
    from pyscipopt import SCIP_EVENTTYPE, Eventhdlr

    # Only the events something listens to: a Python call after every node costs where nothing polls.
    events = [kind for kind, wanted in ((SCIP_EVENTTYPE.BESTSOLFOUND, check), (SCIP_EVENTTYPE.NODESOLVED, requested))
              if wanted is not None]

    class StoppingHandler(Eventhdlr):
        def eventinit(self):
            self.polled = time.perf_counter()
            for kind in events:
                self.model.catchEvent(kind, self)

        def eventexit(self):
            for kind in events:
                self.model.dropEvent(kind, self)

        def eventexec(self, event):
            m = self.model
            stop = False
            if check is not None and event.getType() == SCIP_EVENTTYPE.BESTSOLFOUND:
                best = m.getBestSol()
                stop = check(np.array([m.getSolVal(best, v) for v in variables]))
            elif requested is not None and time.perf_counter() - self.polled >= 1.0:
                self.polled = time.perf_counter()
                stop = requested()
            if stop:
                m.interruptSolve()

    return StoppingHandler()


def _progress_handler(report):
    """A SCIP event handler calling ``report`` after every solved node and LP (the callee
    throttles: cli/progress.py shows a line at most once a second on a terminal)."""
    from pyscipopt import SCIP_EVENTTYPE, Eventhdlr

    EVENTS = SCIP_EVENTTYPE.NODESOLVED | SCIP_EVENTTYPE.LPSOLVED

    class ProgressHandler(Eventhdlr):
        # After every node and every LP: a long root node (cuts, many LPs) still shows progress.
        def eventinit(self):
            self.model.catchEvent(EVENTS, self)

        def eventexit(self):
            self.model.dropEvent(EVENTS, self)

        def eventexec(self, event):
            m = self.model
            report(
                Progress(
                    elapsed=m.getSolvingTime(),
                    nodes=int(m.getNNodes()),
                    incumbent=solver_number(m.getPrimalbound(), np.inf),
                    bound=solver_number(m.getDualbound(), -np.inf),
                )
            )

    return ProgressHandler()


def _add_row(model, row: Row, body) -> None:
    for sense, rhs in row.sides():
        if sense == "==":
            model.addCons(body == rhs, name=row.name)
        elif sense == ">=":
            model.addCons(body >= rhs, name=row.name)
        else:
            model.addCons(body <= rhs, name=row.name)


IPOPT_OPTIONS = """\
# Written by relu-opt for SCIP's NLP solver (Ipopt with MUMPS, bundled in the pyscipopt wheel).
# MUMPS's automatic ordering calls METIS, whose memory cleanup (gk_malloc_cleanup) corrupted the
# heap on large ETR-INV models: "free(): invalid size" aborts, or a deadlock in free(). AMD
# ordering avoids METIS.
mumps_pivot_order 0
"""


def _ipopt_options_file() -> str:
    """One file per content in the temp folder, written once (safe across forked children)."""
    digest = hashlib.sha256(IPOPT_OPTIONS.encode()).hexdigest()[:12]
    path = Path(tempfile.gettempdir()) / f"relu-opt-ipopt-{digest}.opt"
    if not path.is_file():
        atomic_write_text(path, IPOPT_OPTIONS)
    return str(path)


def _add_start(model, problem: LoweredProblem, x: list, epigraph: list) -> None:
    """Offer the warm start to SCIP, which keeps it only if it is feasible. A complete start
    also sets the epigraph variables; a partial one is left for SCIP to complete."""
    start = problem.start
    complete = not np.any(np.isnan(start))
    solution = model.createSol() if complete else model.createPartialSol()
    for var, value in zip(x, start):
        if not np.isnan(value):
            model.setSolVal(solution, var, float(value))
    if complete:
        for t, linear, quadratic in epigraph:
            value = sum(c * start[i] for i, c in linear.items())
            value += sum(c * start[i] * start[j] for (i, j), c in quadratic.items())
            model.setSolVal(solution, t, float(value))
    model.addSol(solution, free=True)


def _epigraph_objective(
    model, problem: LoweredProblem, x: list, expression, estimate: float | None = None, feasibility: float = 1e-9
):
    """Linear objective for SCIP: each group of variables linked by quadratic terms gets
    ``t_g >= q_g(x) + l_g(x)``; the objective is the sum of the t_g plus the linear rest.
    Returns the objective and, per group, (t_g, l_g, q_g) so a warm start can set t_g.

    SCIP accepts a row violated by 1e-9 absolute below magnitude 1, so each t_g may sit 1e-9
    below its q_g: with the optimum ``estimate`` small that is a large share of it (an optimum
    of 4.8e-4 over 8 points came back 7.1e-9 low: a certified gap of 1.5e-5). Rows are
    therefore multiplied by a power of 2, as little as keeps that slack within ROW_SLACK_SHARE
    of the estimate (:func:`_epigraph_row_scale`). (Scaling the objective instead stalled
    SCIP's gap at 3e-6: its objective comparisons have an absolute resolution.)"""
    groups = _quadratic_groups(problem.objective_quadratic)
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    linear_rest = {i: c for i, c in problem.objective_linear.items() if i not in group_of}
    quadratic_by_group: dict[int, dict] = defaultdict(dict)
    linear_by_group: dict[int, dict] = defaultdict(dict)
    for (i, j), coef in problem.objective_quadratic.items():
        quadratic_by_group[group_of[i]][i, j] = coef
    for i, coef in problem.objective_linear.items():
        if i in group_of:
            linear_by_group[group_of[i]][i] = coef
    epigraph = []
    row_scale = _epigraph_row_scale(estimate, len(groups), feasibility)
    for g in range(len(groups)):
        t = model.addVar(name=f"objective_part_{g}", lb=None, ub=None)
        model.addCons(row_scale * t >= row_scale * expression(linear_by_group[g], quadratic_by_group[g]))
        epigraph.append((t, linear_by_group[g], quadratic_by_group[g]))
    return expression(linear_rest, {}) + sum(t for t, _, _ in epigraph), epigraph


ROW_SLACK_SHARE = 1e-7
"""The epigraph rows together may let the objective sit at most this share of the optimum's
estimate below the truth (a hundredth of OPTIMALITY_GAP)."""


def _epigraph_row_scale(estimate: float | None, groups: int, feasibility: float) -> float:
    """The smallest power of 2 (at least 1) that keeps the rows' total slack,
    groups x feasibility / scale, within ROW_SLACK_SHARE of the estimate. Only as much as
    needed: on teacher-N16 (slack 1.6e-7 of the optimum unscaled) scaling each row to an
    expected value of 1 (x128) made SCIP 7x slower (26.9 s against 3.9 s); on teacher-N8
    (slack 1.7e-5 unscaled) it is what makes a 1e-6 certificate possible."""
    if estimate is None or not estimate > 0 or groups == 0:
        return 1.0
    needed = groups * feasibility / (ROW_SLACK_SHARE * estimate)
    return math.ldexp(1.0, max(0, math.ceil(math.log2(needed)))) if needed > 1 else 1.0


def _quadratic_groups(quadratic: dict[tuple[int, int], float]) -> list[list[int]]:
    """Connected components of the graph whose edges are the quadratic terms (union-find)."""
    parent: dict[int, int] = {}

    def find(i: int) -> int:
        parent.setdefault(i, i)
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in quadratic:
        parent[find(i)] = find(j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in sorted(parent):
        groups[find(i)].append(i)
    return list(groups.values())
