"""HiGHS through highspy: LP, convex QP and MILP only.

HiGHS has no MIQP, SOS, indicator or quadratic constraints; the capability check refuses such
models before solving (with a quadratic objective and integers it once returned status unknown and
no solution through Pyomo, see issue 2). For LP and QP an optimal status is proven by duality, so
the bound is the objective; for MILP the bound is HiGHS's own ``mip_dual_bound``.
"""

from __future__ import annotations

import importlib.util
import time

import numpy as np

from .lowered import LoweredProblem
from ..results import Termination
from .base import RawSolution, SolveOptions, apply_cutoff, log_path, read_log, solver_number
from .highs_library import new_highs


class HighsBackend:
    name = "highs"
    capabilities = frozenset({"integer", "quadratic_objective"})

    def unavailable_reason(self) -> str | None:
        if importlib.util.find_spec("highspy") is None:
            return "highspy is not installed (pip install highspy)"
        return None

    def version(self) -> str:
        import highspy

        return f"HiGHS {new_highs(highspy).version()}"

    def solve(self, problem: LoweredProblem, options: SolveOptions) -> RawSolution:
        import highspy

        highs = new_highs(highspy)
        highs.setOptionValue("output_flag", True)
        highs.setOptionValue("log_to_console", options.verbose)
        if options.time_limit is not None:
            highs.setOptionValue("time_limit", float(options.time_limit))
        highs.setOptionValue("mip_rel_gap", options.rel_gap)
        if options.abs_gap is not None:
            highs.setOptionValue("mip_abs_gap", options.abs_gap)
        highs.setOptionValue("random_seed", int(options.seed))
        if options.threads is not None:
            highs.setOptionValue("threads", int(options.threads))
        if options.feasibility_tol is not None:
            highs.setOptionValue("primal_feasibility_tolerance", options.feasibility_tol)
            highs.setOptionValue("mip_feasibility_tolerance", options.feasibility_tol)
        if options.cutoff is not None:
            highs.setOptionValue("objective_bound", float(options.cutoff))
        for name, value in options.parameters:
            highs.setOptionValue(name, value)
        highs.passModel(highs_model(problem, highspy))
        if problem.start is not None and not np.any(np.isnan(problem.start)):
            solution = highspy.HighsSolution()
            solution.col_value = [float(v) for v in problem.start]
            solution.value_valid = True
            highs.setSolution(solution)

        with log_path(options) as path:
            highs.setOptionValue("log_file", str(path))
            start = time.perf_counter()
            highs.run()
            wall_time = time.perf_counter() - start
            highs.setOptionValue("log_file", "")
            log = read_log(path)

        info = highs.getInfo()
        termination = _termination(highs.getModelStatus(), highspy)
        has_solution = info.primal_solution_status == 2  # kSolutionStatusFeasible
        values = np.array(highs.getSolution().col_value) if has_solution else None
        objective = info.objective_function_value if has_solution else np.inf
        if "integer" in problem.features:
            bound = solver_number(info.mip_dual_bound, -np.inf)
            nodes = int(info.mip_node_count)
        else:
            bound = objective if termination is Termination.OPTIMAL else -np.inf
            nodes = 0
        termination, bound = apply_cutoff(termination, options, bound, objective)
        if termination is Termination.CUTOFF:
            values, objective = None, np.inf
        return RawSolution(termination, values, objective, bound, nodes, wall_time, log)


def highs_model(problem: LoweredProblem, highspy):
    """Columns, a column-wise constraint matrix, and the Hessian of 1/2 x'Qx (lower triangle)."""
    n, m = len(problem.columns), len(problem.rows)
    lp = highspy.HighsLp()
    lp.num_col_, lp.num_row_ = n, m
    lp.offset_ = problem.objective_constant
    lp.col_cost_ = np.array([problem.objective_linear.get(i, 0.0) for i in range(n)])
    lp.col_lower_ = np.array([c.lower for c in problem.columns])
    lp.col_upper_ = np.array([c.upper for c in problem.columns])
    lp.row_lower_ = np.array([r.lower for r in problem.rows])
    lp.row_upper_ = np.array([r.upper for r in problem.rows])
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_, lp.a_matrix_.index_, lp.a_matrix_.value_ = _csc(
        n, {(r, i): c for r, row in enumerate(problem.rows) for i, c in row.linear.items()}
    )
    if any(c.integer for c in problem.columns):
        lp.integrality_ = [
            highspy.HighsVarType.kInteger if c.integer else highspy.HighsVarType.kContinuous
            for c in problem.columns
        ]
    model = highspy.HighsModel()
    model.lp_ = lp
    if problem.objective_quadratic:
        # term c x_i x_j (i <= j) is 1/2 x'Qx with Q_jj = 2c on the diagonal, Q_ji = c below it.
        entries = {
            (j, i): (2.0 * c if i == j else c) for (i, j), c in problem.objective_quadratic.items()
        }
        hessian = highspy.HighsHessian()
        hessian.dim_ = n
        hessian.format_ = highspy.HessianFormat.kTriangular
        hessian.start_, hessian.index_, hessian.value_ = _csc(n, entries)
        model.hessian_ = hessian
    return model


def _csc(n_cols: int, entries: dict[tuple[int, int], float]):
    """Compressed sparse column arrays from {(row, col): value}."""
    ordered = sorted(entries.items(), key=lambda item: (item[0][1], item[0][0]))
    starts = np.zeros(n_cols + 1, dtype=np.int32)
    for (_, col), _ in ordered:
        starts[col + 1] += 1
    return (
        np.cumsum(starts).astype(np.int32),
        np.array([row for (row, _), _ in ordered], dtype=np.int32),
        np.array([value for _, value in ordered], dtype=float),
    )


def _termination(status, highspy) -> Termination:
    s = highspy.HighsModelStatus
    return {
        s.kOptimal: Termination.OPTIMAL,
        s.kTimeLimit: Termination.TIME_LIMIT,
        s.kIterationLimit: Termination.NODE_LIMIT,
        s.kInfeasible: Termination.INFEASIBLE,
        s.kUnboundedOrInfeasible: Termination.UNKNOWN,  # not a proof of either
        s.kUnbounded: Termination.UNBOUNDED,
        s.kInterrupt: Termination.INTERRUPTED,
        s.kObjectiveBound: Termination.CUTOFF,
        s.kSolveError: Termination.NUMERICAL_ERROR,
    }.get(status, Termination.UNKNOWN)
