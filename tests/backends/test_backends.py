"""Backends: capability refusals, license limits, missing solvers, and the lowering they share."""

from __future__ import annotations

import pyomo.environ as pyo
import pytest
from pyomo.gdp import Disjunct, Disjunction

from relu_opt import SolveOptions, train
from relu_opt.backends import BACKENDS, check_capabilities, get_backend
from relu_opt.errors import InputError, SolverRefusedError, SolverUnavailableError
from relu_opt.generators import teacher_dataset
from relu_opt.backends.lowered import lower
from relu_opt.results import Termination

from ..conftest import require_solver


def ranged_model(sense):
    """1 <= x - y <= 2, y in [0, 1]: max x = 3 (upper side), min x = 1 (lower side)."""
    m = pyo.ConcreteModel()
    m.x, m.y = pyo.Var(bounds=(0, 5)), pyo.Var(bounds=(0, 1))
    m.ranged = pyo.Constraint(expr=pyo.inequality(1, m.x - m.y, 2))
    m.objective = pyo.Objective(expr=m.x, sense=sense)
    return m


def sos_model():
    """max x + z, x in [0, 2], z in [0, 3], at most one nonzero: 3 (without SOS1: 5)."""
    m = pyo.ConcreteModel()
    m.x, m.z = pyo.Var(bounds=(0, 2)), pyo.Var(bounds=(0, 3))
    m.sos = pyo.SOSConstraint(rule=lambda b: [b.x, b.z], sos=1)
    m.objective = pyo.Objective(expr=m.x + m.z, sense=pyo.maximize)
    return m


def disjunction_model():
    """max x + 3z, x in [0, 2], z in [0, 1]: either (z = 1, x <= 0.5) or (z = 0): 3.5
    (without the disjunction: 5)."""
    m = pyo.ConcreteModel()
    m.x, m.z = pyo.Var(bounds=(0, 2)), pyo.Var(bounds=(0, 1))
    m.on = Disjunct()
    m.on.z_one = pyo.Constraint(expr=m.z == 1)
    m.on.x_small = pyo.Constraint(expr=m.x <= 0.5)
    m.off = Disjunct()
    m.off.z_zero = pyo.Constraint(expr=m.z == 0)
    m.choice = Disjunction(expr=[m.on, m.off])
    m.objective = pyo.Objective(expr=m.x + 3 * m.z, sense=pyo.maximize)
    return m


def bilinear_model():
    """min x + y with x * y == 1 on [0.1, 4]^2: 2 at x = y = 1 (nonconvex equality)."""
    m = pyo.ConcreteModel()
    m.x, m.y = pyo.Var(bounds=(0.1, 4)), pyo.Var(bounds=(0.1, 4))
    m.product = pyo.Constraint(expr=m.x * m.y == 1)
    m.objective = pyo.Objective(expr=m.x + m.y)
    return m


MODELS = {
    "ranged-max": (lambda: ranged_model(pyo.maximize), -3.0, set()),
    "ranged-min": (lambda: ranged_model(pyo.minimize), 1.0, set()),
    "sos1": (sos_model, -3.0, {"sos1"}),
    "disjunction": (disjunction_model, -3.5, {"indicator", "integer"}),
    "bilinear": (bilinear_model, 2.0, {"quadratic_constraints", "nonconvex_constraints"}),
}


@pytest.mark.parametrize("name", list(MODELS))
@pytest.mark.parametrize("solver", ["scip", "gurobi", "highs"])
def test_each_construct_reaches_the_solver(name, solver):
    """Lowered objective is a minimisation (maximise f -> minimise -f)."""
    require_solver(solver)
    build, optimum, features = MODELS[name]
    problem = lower(build())
    assert problem.features == features
    backend = BACKENDS[solver]
    if not features <= backend.capabilities:
        with pytest.raises(SolverRefusedError, match=f"{solver} cannot take this model"):
            check_capabilities(backend, problem)
        return
    raw = backend.solve(problem, SolveOptions(time_limit=30))
    assert raw.termination is Termination.OPTIMAL
    assert raw.objective == pytest.approx(optimum, abs=1e-5)
    assert raw.bound == pytest.approx(optimum, abs=1e-5)


def convexity_of(expr_builder, sense):
    m = pyo.ConcreteModel()
    m.x, m.y = pyo.Var(bounds=(-1, 1)), pyo.Var(bounds=(-1, 1))
    m.t = pyo.Var(bounds=(0, 2))
    body = expr_builder(m)
    m.c = pyo.Constraint(expr=body <= 1 if sense == "<=" else body >= 1)
    m.objective = pyo.Objective(expr=m.x)
    return "nonconvex_constraints" not in lower(m).features


@pytest.mark.parametrize(
    "builder, sense, convex",
    [
        (lambda m: m.x**2 + m.y**2, "<=", True),  # PSD, upper-bounded
        (lambda m: m.x**2 + m.y**2, ">=", False),  # PSD, lower-bounded
        (lambda m: -(m.x**2) - m.y**2, ">=", True),  # NSD, lower-bounded
        (lambda m: m.x * m.y, "<=", False),  # indefinite
        (lambda m: (m.x - m.y) ** 2, "<=", True),  # PSD with cross term
    ],
)
def test_convexity_detection(builder, sense, convex):
    assert convexity_of(builder, sense) is convex


def test_second_order_cone_is_convex():
    m = pyo.ConcreteModel()
    m.x, m.y, m.t = pyo.Var(bounds=(-1, 1)), pyo.Var(bounds=(-1, 1)), pyo.Var(bounds=(0, 2))
    m.cone = pyo.Constraint(expr=m.x**2 + m.y**2 <= m.t**2)
    m.objective = pyo.Objective(expr=m.t)
    assert "nonconvex_constraints" not in lower(m).features
    m.t.setlb(-1)  # t may be negative: x^2 + y^2 <= t^2 is no longer a cone
    assert "nonconvex_constraints" in lower(m).features


def test_gurobi_size_limit_gives_a_clear_message():
    require_solver("gurobi")
    data = teacher_dataset(40, 2, [3], 1, seed=0)  # ~600 variables with quadratic terms
    try:
        result = train(data, [3], bound=1, encoding="complementarity", solver="gurobi",
                       options=SolveOptions(time_limit=2))
    except SolverRefusedError as exc:
        message = str(exc)
        assert "size-limited license" in message and "200 variables" in message
        assert "this model has" in message and "--solver scip" in message
        assert "\n" not in message
    else:  # a full license: the solve must then be an honest, time-limited one
        assert result.termination in (Termination.TIME_LIMIT, Termination.OPTIMAL)


def test_missing_solver_is_reported(monkeypatch):
    monkeypatch.setattr(BACKENDS["gurobi"], "unavailable_reason", lambda: "gurobipy is not installed")
    with pytest.raises(SolverUnavailableError, match="solver gurobi is not available: gurobipy is not installed"):
        get_backend("gurobi")
    with pytest.raises(InputError, match="unknown solver 'cplex'"):
        get_backend("cplex")


@pytest.mark.parametrize(
    "options",
    [dict(time_limit=0), dict(time_limit=-1), dict(rel_gap=-1e-3), dict(rel_gap=1.5),
     dict(threads=0), dict(seed=-1), dict(abs_gap=float("nan")), dict(feasibility_tol=0)],
)
def test_impossible_solve_options(options):
    with pytest.raises(InputError, match="impossible"):
        SolveOptions(**options)


def test_solver_log_is_kept_and_written(tmp_path):
    require_solver("scip")
    log = tmp_path / "scip.log"
    data = teacher_dataset(3, 1, [1], seed=0)
    result = train(data, [1], bound=1, solver="scip", options=SolveOptions(log_file=str(log)))
    assert "SCIP Status" in log.read_text()
    assert "SCIP Status" in result.log


def test_progress_reports_reach_a_display(global_solver):
    import io

    from relu_opt.cli.progress import ProgressLine

    stream = io.StringIO()
    reports = []

    def record(progress):
        reports.append(progress)
        line(progress)

    line = ProgressLine(stream, interval=0.0)
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=1)
    train(data, [2], bound=3, solver=global_solver, options=SolveOptions(time_limit=1, progress=record))
    assert reports and all(r.bound <= r.incumbent + 1e-6 for r in reports)
    assert reports[-1].nodes >= reports[0].nodes
    assert "nodes" in stream.getvalue() and stream.getvalue().count("\n") == len(reports)


def test_scip_reports_every_new_incumbent_to_the_sink():
    """SolveOptions.incumbent_sink: how a part shares its incumbents (solving/parallel.py)."""
    require_solver("scip")
    from relu_opt.api import build_training
    from relu_opt.solving.single import solve_model
    from ..conftest import BLOG, BLOG_OPTIMUM

    found = []
    training = build_training(BLOG, [1], hidden_bias=False, output_bias=False, bound=10, encoding="bigm")
    result = solve_model(training, "scip", SolveOptions(incumbent_sink=found.append))
    assert found and found == sorted(found, reverse=True)  # each better than the one before
    assert found[-1] == pytest.approx(result.solver_objective, rel=1e-9)
    assert all(value >= BLOG_OPTIMUM * (1 - 1e-6) for value in found)
