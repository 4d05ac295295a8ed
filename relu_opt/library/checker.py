"""Check a solution point against a model file in exact rational arithmetic.

The model is read from (free) MPS — the format every solver writes and reads, with a fixed
grammar: ROWS, COLUMNS (integer markers), RHS (the objective row's RHS is minus the objective
constant), RANGES, BOUNDS, QUADOBJ/QMATRIX (½x'Qx), QCMATRIX (x'Qx, full symmetric), SOS.
Every number is read as the exact rational its decimal text denotes, so the violations and
the objective reported are those of the file's model at the given point, free of rounding:
what a solver's tolerances let through (a binary of 9.5e-7 times a big-M of 32) shows up here.
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

INFINITY = Fraction(10) ** 20  # MPS writers use 1e20 or 1e30 for "no bound"
# Accepted violation, relative to the size of what is compared, measured over the variables' box
# (a row's largest |coefficient| x |bound| product or side, a variable's bounds, an SOS1 set's
# members' bounds; the objective's largest term): no absolute floor, so a verdict is the same for
# data scaled by any factor (issue 10's rule for certificates).
TOLERANCE = 1e-9


@dataclass
class MpsModel:
    name: str = ""
    objective_row: str = ""
    senses: dict[str, str] = field(default_factory=dict)  # row -> L/G/E
    linear: dict[str, dict[str, Fraction]] = field(default_factory=lambda: defaultdict(dict))
    rhs: dict[str, Fraction] = field(default_factory=dict)
    ranges: dict[str, Fraction] = field(default_factory=dict)
    lower: dict[str, Fraction | None] = field(default_factory=dict)  # None: -infinity
    upper: dict[str, Fraction | None] = field(default_factory=dict)  # None: +infinity
    integer: set[str] = field(default_factory=set)
    columns: list[str] = field(default_factory=list)
    quadratic_objective: dict[tuple[str, str], Fraction] = field(default_factory=dict)  # as c x_i x_j
    quadratic_rows: dict[str, dict[tuple[str, str], Fraction]] = field(default_factory=lambda: defaultdict(dict))
    sos1: list[list[str]] = field(default_factory=list)


def read_mps(path: Path) -> MpsModel:
    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rt") as handle:  # type: ignore[operator]
        return parse_mps(handle.read().splitlines(), str(path))


def parse_mps(lines: list[str], source: str = "<mps>") -> MpsModel:
    model = MpsModel()
    section, integer, qc_row, sos_kind = "", False, "", ""
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("*"):
            continue
        fields = line.split()
        if not line[0].isspace():
            section = fields[0].upper()
            if section == "NAME":
                model.name = fields[1] if len(fields) > 1 else ""
            elif section == "QCMATRIX":
                qc_row = fields[1]
            elif section == "OBJSENSE" and len(fields) > 1 and fields[1].upper().startswith("MAX"):
                raise ValueError(f"{source}:{number}: maximization models are not checked here")
            continue
        try:
            integer, qc_row, sos_kind = _entry(model, section, fields, integer, qc_row, sos_kind)
        except (ValueError, IndexError, KeyError) as exc:
            raise ValueError(f"{source}:{number}: cannot read {line.strip()!r} in {section}: {exc}") from exc
    for column in model.columns:
        lower = model.lower.get(column, Fraction(0))
        model.lower[column] = lower
        model.upper.setdefault(column, None)
    return model


def _entry(model: MpsModel, section: str, fields: list[str], integer: bool, qc_row: str, sos_kind: str):
    if section == "ROWS":
        sense, row = fields[0].upper(), fields[1]
        if sense == "N":
            if not model.objective_row:
                model.objective_row = row
        else:
            model.senses[row] = sense
    elif section == "COLUMNS":
        if "'MARKER'" in fields:
            return fields[-1] == "'INTORG'", qc_row, sos_kind
        column = fields[0]
        if column not in model.lower:
            model.columns.append(column)
            model.lower[column] = Fraction(0)
            if integer:
                model.integer.add(column)
        for row, value in zip(fields[1::2], fields[2::2]):
            if row == model.objective_row or row in model.senses:
                model.linear[row][column] = model.linear[row].get(column, Fraction(0)) + Fraction(value)
    elif section in ("RHS", "RANGES"):
        pairs = fields[1:] if len(fields) % 2 == 1 else fields
        target = model.rhs if section == "RHS" else model.ranges
        for row, value in zip(pairs[0::2], pairs[1::2]):
            target[row] = Fraction(value)
    elif section == "BOUNDS":
        kind, column = fields[0].upper(), fields[2]
        value = Fraction(fields[3]) if len(fields) > 3 else None
        _bound(model, kind, column, value)
    elif section in ("QUADOBJ", "QMATRIX"):
        i, j, value = fields[0], fields[1], Fraction(fields[2])
        # QUADOBJ gives the lower triangle of Q in ½x'Qx: an off-diagonal entry stands for two
        factor = Fraction(1, 2) if (i == j or section == "QMATRIX") else Fraction(1)
        key = (i, j)
        model.quadratic_objective[key] = model.quadratic_objective.get(key, Fraction(0)) + factor * value
    elif section == "QCMATRIX":
        key = (fields[0], fields[1])
        model.quadratic_rows[qc_row][key] = model.quadratic_rows[qc_row].get(key, Fraction(0)) + Fraction(fields[2])
    elif section == "SOS":
        if fields[0].upper() in ("S1", "S2"):
            sos_kind = fields[0].upper()
            if sos_kind == "S1":
                model.sos1.append([])
        elif sos_kind == "S1":
            model.sos1[-1].append(fields[0])
        elif sos_kind != "S2":
            raise ValueError("SOS member before an S1/S2 header")
    else:
        raise ValueError(f"unknown section {section!r}")
    return integer, qc_row, sos_kind


def _bound(model: MpsModel, kind: str, column: str, value: Fraction | None) -> None:
    finite = lambda v: None if v is None or abs(v) >= INFINITY else v  # noqa: E731
    if kind == "UP":
        model.upper[column] = finite(value)
        if value is not None and value < 0 and model.lower.get(column) == 0:
            model.lower[column] = None  # the old MPS rule: a negative upper bound frees the lower
    elif kind == "LO":
        model.lower[column] = None if value is not None and value <= -INFINITY else value
    elif kind == "FX":
        model.lower[column] = model.upper[column] = value
    elif kind == "FR":
        model.lower[column] = model.upper[column] = None
    elif kind == "MI":
        model.lower[column] = None
    elif kind == "PL":
        model.upper[column] = None
    elif kind == "BV":
        model.lower[column], model.upper[column] = Fraction(0), Fraction(1)
        model.integer.add(column)
    elif kind in ("LI", "UI"):
        model.integer.add(column)
        _bound(model, "LO" if kind == "LI" else "UP", column, value)
    else:
        raise ValueError(f"unknown bound type {kind!r}")


@dataclass
class CheckReport:
    """Violations (absolute, and relative to the size of the terms involved) and the objective,
    all computed exactly; ``worst`` names where the largest relative violation is."""

    objective: Fraction
    stated_objective: float | None
    bound_violation: float
    row_violation: float
    row_violation_relative: float
    integrality_violation: float
    sos1_violation: float  # the second largest member's magnitude over the members' bounds (0: SOS1 holds)
    worst: str
    missing: list[str]
    unknown: list[str]
    bound_violation_relative: float = 0.0
    objective_size: float = 0.0  # the objective's largest term: the scale its value is compared on

    @property
    def worst_relative(self) -> float:
        """The largest violation, each relative to its own scale (integrality: absolute)."""
        return max(self.bound_violation_relative, self.row_violation_relative, self.integrality_violation,
                   self.sos1_violation)

    @property
    def feasible(self) -> bool:
        return not self.missing and self.worst_relative <= TOLERANCE

    @property
    def objective_agrees(self) -> bool:
        if self.stated_objective is None:
            return True
        return abs(float(self.objective) - self.stated_objective) <= TOLERANCE * self.objective_size


def check_point(model: MpsModel, values_text: dict[str, str], stated: float | None = None) -> CheckReport:
    missing = [c for c in model.columns if c not in values_text]
    unknown = sorted(set(values_text) - set(model.columns))
    x = {c: Fraction(values_text.get(c, "0")) for c in model.columns}
    # a variable's size: its box (scales with the data), or its value where it has no finite bound
    size = {c: max([abs(x[c])] + [abs(v) for v in (model.lower[c], model.upper[c]) if v is not None])
            for c in model.columns}
    bound, bound_relative = Fraction(0), 0.0
    for c in model.columns:
        for side, excess in ((model.lower[c], lambda s: s - x[c]), (model.upper[c], lambda s: x[c] - s)):
            if side is not None and excess(side) > 0:
                bound = max(bound, excess(side))
                bound_relative = max(bound_relative, _relative(excess(side), size[c]))
    integrality = max((abs(x[c] - round(x[c])) for c in model.integer), default=Fraction(0))
    worst_absolute, worst_relative, worst = Fraction(0), 0.0, ""
    for row, sense in model.senses.items():
        terms = [a * x[c] for c, a in model.linear.get(row, {}).items()]
        terms += [q * x[i] * x[j] for (i, j), q in model.quadratic_rows.get(row, {}).items()]
        activity = sum(terms, Fraction(0))
        rhs = model.rhs.get(row, Fraction(0))
        low, high = _row_sides(sense, rhs, model.ranges.get(row))
        violation = max(Fraction(0), (low - activity) if low is not None else Fraction(0),
                        (activity - high) if high is not None else Fraction(0))
        # the row's size over the box, not at the point: noise-level values (1e-12) do not make
        # a noise-level violation large
        reach = [abs(a) * size[c] for c, a in model.linear.get(row, {}).items()]
        reach += [abs(q) * size[i] * size[j] for (i, j), q in model.quadratic_rows.get(row, {}).items()]
        relative = _relative(violation, max([abs(rhs)] + reach))
        worst_absolute = max(worst_absolute, violation)
        if relative > worst_relative:
            worst_relative, worst = relative, f"row {row}: violated by {float(violation):.3g}"
    sos = Fraction(0)
    for members in model.sos1:
        magnitudes = sorted((abs(x[m]) for m in members), reverse=True)
        if len(magnitudes) > 1 and magnitudes[1] > 0:  # the second largest must be 0
            sos = max(sos, magnitudes[1] / max(size[m] for m in members))
    terms = [-model.rhs.get(model.objective_row, Fraction(0))]
    terms += [a * x[c] for c, a in model.linear.get(model.objective_row, {}).items()]
    terms += [q * x[i] * x[j] for (i, j), q in model.quadratic_objective.items()]
    objective = sum(terms, Fraction(0))
    return CheckReport(objective, stated, float(bound), float(worst_absolute), worst_relative, float(integrality),
                       float(sos), worst, missing, unknown, bound_relative, float(max(abs(t) for t in terms)))


def _relative(violation: Fraction, size: Fraction) -> float:
    """``violation / size``; a violation of something whose every term is 0 counts as infinite."""
    if violation == 0:
        return 0.0
    return float(violation / size) if size > 0 else float("inf")


def _row_sides(sense: str, rhs: Fraction, range_: Fraction | None) -> tuple[Fraction | None, Fraction | None]:
    if range_ is None:
        return {"L": (None, rhs), "G": (rhs, None), "E": (rhs, rhs)}[sense]
    if sense == "L":
        return rhs - abs(range_), rhs
    if sense == "G":
        return rhs, rhs + abs(range_)
    return (rhs, rhs + range_) if range_ >= 0 else (rhs + range_, rhs)
