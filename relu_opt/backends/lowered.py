"""Lower a Pyomo model to a solver-neutral problem: columns, rows, SOS1 sets, indicator rows.

Backends consume this, never Pyomo expressions: every backend then sees the same model, reads its
own status and bounds (no Pyomo interface in between, see SOLVER_NOTES.md: a SCIP hang through
Pyomo and a wrong Gurobi bound), and can refuse a model *before* solving from its ``features``.

Supported: linear and quadratic expressions (degree <= 2), SOS1 constraints, and GDP
disjunctions whose disjuncts contain linear constraints (lowered to indicator rows on each
disjunct's binary plus "exactly one" rows).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
import pyomo.environ as pyo
from pyomo.gdp import Disjunct, Disjunction
from pyomo.repn.standard_repn import generate_standard_repn

# Solver features, in the words used by error messages.
FEATURE_DESCRIPTIONS = {
    "integer": "integer or binary variables",
    "quadratic_objective": "a quadratic objective",
    "mixed_integer_quadratic_objective": "a quadratic objective together with integer variables (MIQP)",
    "quadratic_constraints": "quadratic constraints (bilinear products of weights and activations)",
    "nonconvex_constraints": "nonconvex quadratic constraints",
    "sos1": "SOS1 constraints",
    "indicator": "indicator constraints",
}


@dataclass
class Column:
    name: str
    lower: float
    upper: float
    integer: bool
    priority: int = 0  # branching priority (higher first), from the model's ``priority`` Suffix


def quadratic_matrix(quadratic: dict[tuple[int, int], float], sign: float = 1.0) -> tuple[list[int], np.ndarray]:
    """(columns involved, the symmetric matrix Q with sign * sum c x_i x_j = x'Qx over them)."""
    members = sorted({i for pair in quadratic for i in pair})
    position = {v: k for k, v in enumerate(members)}
    matrix = np.zeros((len(members), len(members)))
    for (i, j), coef in quadratic.items():
        matrix[position[i], position[j]] += sign * coef / (1.0 if i == j else 2.0)
        if i != j:
            matrix[position[j], position[i]] += sign * coef / 2.0
    return members, matrix


def is_psd(quadratic: dict[tuple[int, int], float]) -> bool:
    """Whether sum c x_i x_j is a convex function."""
    return bool(np.linalg.eigvalsh(quadratic_matrix(quadratic)[1]).min() >= -1e-12)


@dataclass
class Row:
    """``lower <= linear . x + sum c x_i x_j <= upper`` (bounds may be infinite)."""

    name: str
    linear: dict[int, float]
    quadratic: dict[tuple[int, int], float]
    lower: float
    upper: float

    def is_convex(self, columns: list["Column"]) -> bool:
        """Linear; or one-sided with a convex quadratic (PSD for <=, NSD for >=); or a
        second-order cone sum a_k x_k^2 - b t^2 <= 0 with a, b > 0 and t >= 0."""
        if not self.quadratic:
            return True
        if np.isfinite(self.lower) and np.isfinite(self.upper):
            return False
        sign = 1.0 if np.isfinite(self.upper) else -1.0
        members, matrix = quadratic_matrix(self.quadratic, sign)
        if np.linalg.eigvalsh(matrix).min() >= -1e-12:
            return True
        diagonal = np.diag(matrix)
        negative = [members[k] for k in range(len(members)) if diagonal[k] < 0]
        return (
            np.count_nonzero(matrix - np.diag(diagonal)) == 0
            and len(negative) == 1
            and columns[negative[0]].lower >= 0
            and not self.linear
            and sign * (self.upper if sign > 0 else self.lower) <= 0
        )

    def second_order_cone(self, columns: list["Column"]) -> tuple[dict[int, float], int, float] | None:
        """``(a, t, b)`` if the row is ``sum_k a_k x_k^2 - b t^2 <= 0`` with a, b > 0 and
        t >= 0, i.e. ``||sqrt(a) x|| <= sqrt(b) t``; else None."""
        if self.linear or not self.quadratic or not (np.isneginf(self.lower) and self.upper == 0.0):
            return None
        if any(i != j for i, j in self.quadratic):
            return None
        negative = [i for (i, _), c in self.quadratic.items() if c < 0]
        if len(negative) != 1 or columns[negative[0]].lower < 0:
            return None
        t = negative[0]
        squares = {i: c for (i, _), c in self.quadratic.items() if i != t}
        if not squares or any(c <= 0 for c in squares.values()):
            return None
        return squares, t, -self.quadratic[t, t]

    def sides(self) -> list[tuple[str, float]]:
        """The row as one equality or one or two inequalities: ``[("==" | ">=" | "<=", rhs)]``."""
        if self.lower == self.upper:
            return [("==", self.lower)]
        return [(">=", self.lower)] * bool(np.isfinite(self.lower)) + [
            ("<=", self.upper)
        ] * bool(np.isfinite(self.upper))


@dataclass
class IndicatorRow:
    """``binary == active_value  =>  row`` (row is linear)."""

    binary: int
    active_value: int
    row: Row


@dataclass
class Sos1:
    name: str
    members: list[int]
    weights: list[float]


@dataclass
class LoweredProblem:
    """A minimisation problem in flat, solver-neutral form; column i is ``variables[i]``."""

    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)
    sos1: list[Sos1] = field(default_factory=list)
    objective_constant: float = 0.0
    objective_linear: dict[int, float] = field(default_factory=dict)
    objective_quadratic: dict[tuple[int, int], float] = field(default_factory=dict)
    variables: list[pyo.Var] = field(default_factory=list)
    start: np.ndarray | None = None  # warm start: the variables' values when lowered (NaN: none)

    @property
    def features(self) -> frozenset[str]:
        found = set()
        if any(c.integer for c in self.columns):
            found.add("integer")
        if self.objective_quadratic:
            found.add("quadratic_objective")
            if "integer" in found:
                found.add("mixed_integer_quadratic_objective")
        if any(r.quadratic for r in self.rows):
            found.add("quadratic_constraints")
            if not all(r.is_convex(self.columns) for r in self.rows):
                found.add("nonconvex_constraints")
        if self.sos1:
            found.add("sos1")
        if self.indicators:
            found.add("indicator")
        return frozenset(found)

    def size(self) -> dict[str, int]:
        """Counts in the style of MINLPLib's instance data."""
        quadratic_rows = [r for r in self.rows if r.quadratic]
        return {
            "variables": len(self.columns),
            "binary_variables": sum(
                1 for c in self.columns if c.integer and c.lower >= 0 and c.upper <= 1
            ),
            "integer_variables": sum(1 for c in self.columns if c.integer),
            "constraints": len(self.rows) + len(self.indicators) + len(self.sos1),
            "linear_constraints": len(self.rows) - len(quadratic_rows),
            "quadratic_constraints": len(quadratic_rows),
            "indicator_constraints": len(self.indicators),
            "sos1_constraints": len(self.sos1),
            "quadratic_terms": sum(len(r.quadratic) for r in quadratic_rows)
            + len(self.objective_quadratic),
        }

    def assign(self, values: np.ndarray) -> None:
        """Write a solution back into the Pyomo variables, each clipped to its bounds: solvers
        return values up to their feasibility tolerance outside (1e-9 absolute, which is 1e-6
        of a bias bound of 1e-3 in normalized units), and the weights read back must lie in
        the domain the certificate states."""
        lower = np.array([c.lower for c in self.columns])
        upper = np.array([c.upper for c in self.columns])
        for var, value in zip(self.variables, np.clip(np.asarray(values, dtype=float), lower, upper)):
            var.set_value(float(value), skip_validation=True)


def lower(model: pyo.ConcreteModel) -> LoweredProblem:
    """Flatten ``model`` (one active minimisation objective) into a :class:`LoweredProblem`."""
    problem = LoweredProblem()
    index: dict[int, int] = {}
    priority = getattr(model, "priority", None)  # Pyomo's convention for branching priorities
    if not isinstance(priority, pyo.Suffix):
        priority = None
    for var in model.component_data_objects(pyo.Var, descend_into=(pyo.Block, Disjunct)):
        if var.fixed:
            continue
        index[id(var)] = len(problem.columns)
        problem.variables.append(var)
        problem.columns.append(
            Column(
                var.name,
                -np.inf if var.lb is None else float(var.lb),
                np.inf if var.ub is None else float(var.ub),
                var.is_integer() or var.is_binary(),
                0 if priority is None else int(priority.get(var, 0) or 0),
            )
        )

    for constraint in model.component_data_objects(pyo.Constraint, active=True, descend_into=pyo.Block):
        problem.rows.append(_row(constraint, index))

    for disjunction in model.component_data_objects(Disjunction, active=True, descend_into=pyo.Block):
        _lower_disjunction(disjunction, index, problem)

    for sos in model.component_data_objects(pyo.SOSConstraint, active=True, descend_into=pyo.Block):
        if sos.level != 1:
            raise ValueError(f"{sos.name}: only SOS1 is supported, got SOS{sos.level}")
        items = list(sos.get_items())
        problem.sos1.append(
            Sos1(sos.name, [index[id(v)] for v, _ in items], [float(w) for _, w in items])
        )

    objectives = list(model.component_data_objects(pyo.Objective, active=True))
    if len(objectives) != 1:
        raise ValueError(f"expected one active objective, found {len(objectives)}")
    values = np.array([np.nan if v.value is None else float(v.value) for v in problem.variables])
    problem.start = None if np.all(np.isnan(values)) else values

    objective = objectives[0]
    sign = 1.0 if objective.sense == pyo.minimize else -1.0
    constant, linear, quadratic = _parts(objective.expr, index, objective.name)
    problem.objective_constant = sign * constant
    problem.objective_linear = {k: sign * v for k, v in linear.items()}
    problem.objective_quadratic = {k: sign * v for k, v in quadratic.items()}
    return problem


def _parts(
    expr: pyo.Expression, index: dict[int, int], name: str
) -> tuple[float, dict[int, float], dict[tuple[int, int], float]]:
    """Split an expression into constant, linear and quadratic parts (column indices)."""
    repn = generate_standard_repn(expr, quadratic=True, compute_values=True)
    if repn.nonlinear_expr is not None:
        raise ValueError(f"{name}: terms of degree > 2 are not supported: {repn.nonlinear_expr}")
    linear: dict[int, float] = defaultdict(float)
    for var, coef in zip(repn.linear_vars, repn.linear_coefs):
        linear[index[id(var)]] += float(coef)
    quadratic: dict[tuple[int, int], float] = defaultdict(float)
    for (v1, v2), coef in zip(repn.quadratic_vars, repn.quadratic_coefs):
        i, j = sorted((index[id(v1)], index[id(v2)]))
        quadratic[i, j] += float(coef)
    return (
        float(repn.constant),
        {k: v for k, v in linear.items() if v != 0.0},
        {k: v for k, v in quadratic.items() if v != 0.0},
    )


def _row(constraint: pyo.Constraint, index: dict[int, int]) -> Row:
    constant, linear, quadratic = _parts(constraint.body, index, constraint.name)
    lower_bound = -np.inf if constraint.lower is None else float(pyo.value(constraint.lower)) - constant
    upper_bound = np.inf if constraint.upper is None else float(pyo.value(constraint.upper)) - constant
    return Row(constraint.name, linear, quadratic, lower_bound, upper_bound)


def _lower_disjunction(
    disjunction: Disjunction, index: dict[int, int], problem: LoweredProblem
) -> None:
    """Each disjunct's constraints hold when its binary is 1; exactly (or at least) one holds."""
    binaries = []
    for disjunct in disjunction.disjuncts:
        binary = index[id(disjunct.binary_indicator_var)]
        binaries.append(binary)
        for constraint in disjunct.component_data_objects(pyo.Constraint, active=True, descend_into=True):
            row = _row(constraint, index)
            if row.quadratic:
                raise ValueError(f"{constraint.name}: indicator constraints must be linear")
            problem.indicators.append(IndicatorRow(binary, 1, row))
    upper = 1.0 if disjunction.xor else np.inf
    problem.rows.append(Row(disjunction.name, {b: 1.0 for b in binaries}, {}, 1.0, upper))
