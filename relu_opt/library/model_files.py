"""Write a lowered model as the files other solvers read: LP, MPS, GAMS, OSiL (our writers) and
AMPL NL (Pyomo's writer, comments stripped).

Why our own writers: one model must read the same in every format, which Pyomo's writers do not
give — each mangles names its own way (``w(1_0_0)``, ``w_1_0_0_``), LP/MPS carry a free
``ONE_VAR_CONSTANT`` column for the loss's constant (SCIP took 20–30 s on such an MPS file that
it solves in 0.07 s when the constant is an objective offset), the GAMS writer declares
``minlp`` for MIQCP models and has no SOS1. Here:

* **Names** are the Pyomo names made plain (``w[1,0,0]`` -> ``w_1_0_0``), identical in every
  format, so one solution file (``sol/<name>.p1.sol``) fits them all.
* **Rows** are one-sided: a two-sided row becomes ``<name>_lo`` and ``<name>_up`` (quadratic
  rows cannot be ranged in MPS), so every format counts the same constraints.
* **The objective constant** is an offset: ``RHS obj -c`` in MPS (the convention of CPLEX,
  Gurobi, SCIP and HiGHS), ``constant`` in OSiL, a constant in GAMS and NL. LP has no portable
  constant (SCIP's reader rejects ``obj: ... + 98``, Gurobi 13's reads it as 0): there the
  constant multiplies a column ``objconst`` *fixed* to 1 (Pyomo's ``ONE_VAR_CONSTANT`` was free).
* **GAMS** gets the model type its content has (LP, MIP, QCP, MIQCP) and SOS1 sets as a
  ``SOS1 Variable`` family linked to the model's variables by equations.

Numbers are written with Python's ``repr`` (shortest text that reads back as the same double).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable


from ..backends.lowered import LoweredProblem, is_psd

GAMS_NAME_LIMIT = 63
LP_CONSTANT = "objconst"  # LP only: a column fixed to 1 that carries the objective constant
# GAMS words that a plain model name could collide with (functions and statements).
GAMS_RESERVED = frozenset(
    "abort abs acronym alias all and arctan binary card ceil cos display else eps equation equations "
    "errorf execute exp file floor free if inf integer log loop max min mod model na negative no not "
    "option or ord parameter parameters positive power prod put round scalar scalars set sets sign sin "
    "smax smin solve sos1 sos2 sqr sqrt sum table tan undf until variable variables while xor yes".split()
)


@dataclass(frozen=True)
class FileRow:
    """``linear . x + sum c x_i x_j  sense  rhs`` with sense one of ``<=``, ``>=``, ``==``."""

    name: str
    linear: dict[int, float]
    quadratic: dict[tuple[int, int], float]
    sense: str
    rhs: float


@dataclass(frozen=True)
class FileModel:
    """A lowered problem in the shape every file has: plain names, one-sided rows."""

    problem: LoweredProblem
    names: list[str]  # column names
    rows: list[FileRow]

    @property
    def quadratic(self) -> bool:
        return bool(self.problem.objective_quadratic) or any(r.quadratic for r in self.rows)

    @property
    def discrete(self) -> bool:
        return any(c.integer for c in self.problem.columns) or bool(self.problem.sos1)

    def gams_type(self) -> str:
        """The GAMS model type this content has (never NLP/MINLP: every term has degree <= 2)."""
        if self.quadratic:
            return "MIQCP" if self.discrete else "QCP"
        return "MIP" if self.discrete else "LP"


def plain_name(name: str) -> str:
    """``w[1,0,0]`` -> ``w_1_0_0``; ``relu[1,0,0].active.binary_indicator_var`` -> ``relu_1_0_0_active_binary_indicator_var``."""
    text = re.sub(r"[^A-Za-z0-9_]+", "_", name).strip("_")
    if not text or not text[0].isalpha():
        text = "v_" + text
    return text


def file_model(problem: LoweredProblem) -> FileModel:
    if problem.indicators:
        raise ValueError("indicator rows have no file format here: lower the model with gdp.bigm first")
    names = _unique([plain_name(c.name) for c in problem.columns], "x")
    rows: list[FileRow] = []
    row_names: list[str] = []
    for row in problem.rows:
        base = plain_name(row.name)
        for sense, rhs in row.sides():
            suffix = "" if len(row.sides()) == 1 else ("_lo" if sense == ">=" else "_up")
            row_names.append(base + suffix)
            rows.append(FileRow("", row.linear, row.quadratic, sense, rhs))
    row_names = _unique(row_names, "e")
    rows = [FileRow(n, r.linear, r.quadratic, r.sense, r.rhs) for n, r in zip(row_names, rows)]
    return FileModel(problem, names, rows)


def _unique(names: list[str], generic: str) -> list[str]:
    """Names as they are where they are unique, short enough for GAMS and not GAMS words;
    otherwise ``<generic><k>`` (k = position + 1), as MINLPLib names everything."""
    seen: dict[str, int] = {}
    for name in names:
        seen[name] = seen.get(name, 0) + 1
    return [
        name if seen[name] == 1 and len(name) <= GAMS_NAME_LIMIT and name.lower() not in GAMS_RESERVED
        else f"{generic}{k + 1}_"
        for k, name in enumerate(names)
    ]


def number(value: float) -> str:
    return repr(float(value)) if value != int(value) or abs(value) >= 1e15 else str(int(value))


def _terms(linear: dict[int, float], names: list[str], times: str = " ") -> list[str]:
    return [f"{'+' if c >= 0 else '-'} {number(abs(c))}{times}{names[i]}" for i, c in sorted(linear.items())]


# ---------------------------------------------------------------------------------------- LP


def write_lp(model: FileModel, title: str) -> str:
    """CPLEX LP: quadratic parts in ``[ ... ]`` (``/ 2`` in the objective, as the format wants)."""
    p, names = model.problem, model.names
    out = [f"\\ {title}", "Minimize"]
    objective = _terms(p.objective_linear, names)
    if p.objective_constant:  # LP has no portable objective constant (SCIP rejects one, Gurobi drops it)
        objective.append(f"{'+' if p.objective_constant >= 0 else '-'} {number(abs(p.objective_constant))} {LP_CONSTANT}")
    if p.objective_quadratic:  # last: SCIP's reader takes nothing after "] / 2"
        doubled = {k: 2 * c for k, c in p.objective_quadratic.items()}
        objective += ["+ ["] + _quadratic_terms(doubled, names) + ["] / 2"]
    out.append(" obj: " + (" ".join(objective) if objective else "0 " + names[0]))
    out.append("Subject To")
    for row in model.rows:
        body = _terms(row.linear, names)
        if row.quadratic:
            body += ["+ ["] + _quadratic_terms(row.quadratic, names) + ["]"]
        sense = {"<=": "<=", ">=": ">=", "==": "="}[row.sense]
        out.append(f" {row.name}: {' '.join(body) if body else '0 ' + names[0]} {sense} {number(row.rhs)}")
    out.append("Bounds")
    if p.objective_constant:
        out.append(f" {LP_CONSTANT} = 1")
    for name, column in zip(names, p.columns):
        if column.integer and column.lower == 0 and column.upper == 1:
            continue
        out.append(" " + _lp_bound(name, column.lower, column.upper))
    binaries = [n for n, c in zip(names, p.columns) if c.integer and c.lower == 0 and c.upper == 1]
    generals = [n for n, c in zip(names, p.columns) if c.integer and not (c.lower == 0 and c.upper == 1)]
    if binaries:
        out += ["Binaries"] + [" " + n for n in binaries]
    if generals:
        out += ["Generals"] + [" " + n for n in generals]
    if p.sos1:
        out.append("SOS")
        for k, sos in enumerate(p.sos1, start=1):
            members = " ".join(f"{names[i]}:{number(w)}" for i, w in zip(sos.members, sos.weights))
            out.append(f" s{k}: S1:: {members}")
    out.append("End")
    return "\n".join(out) + "\n"


def _quadratic_terms(quadratic: dict[tuple[int, int], float], names: list[str]) -> list[str]:
    terms = []
    for (i, j), c in sorted(quadratic.items()):
        product = f"{names[i]}^2" if i == j else f"{names[i]} * {names[j]}"  # "x^2": SCIP reads "x ^ 2" as a value
        terms.append(f"{'+' if c >= 0 else '-'} {number(abs(c))} {product}")
    return terms


def _lp_bound(name: str, lower: float, upper: float) -> str:
    if math.isinf(lower) and math.isinf(upper):
        return f"{name} free"
    if lower == upper:
        return f"{name} = {number(lower)}"
    low = "-infinity" if math.isinf(lower) else number(lower)
    high = "+infinity" if math.isinf(upper) else number(upper)
    return f"{low} <= {name} <= {high}"


# --------------------------------------------------------------------------------------- MPS


def write_mps(model: FileModel, title: str) -> str:
    """Free MPS with QUADOBJ (lower triangle of Q in ½x'Qx) and QCMATRIX (full symmetric Q in
    x'Qx) sections, integer markers, one SOS section, the objective constant as ``RHS obj -c``."""
    p, names = model.problem, model.names
    out = [f"* {title}", f"NAME {_mps_name(title)}", "ROWS", " N obj"]
    out += [f" {'L' if r.sense == '<=' else 'G' if r.sense == '>=' else 'E'} {r.name}" for r in model.rows]
    entries: list[list[tuple[str, float]]] = [[] for _ in names]
    for i, c in p.objective_linear.items():
        entries[i].append(("obj", c))
    for row in model.rows:
        for i, c in row.linear.items():
            entries[i].append((row.name, c))
    out.append("COLUMNS")
    integer_open = False
    for k, (name, column) in enumerate(zip(names, p.columns)):
        if column.integer != integer_open:
            marker = "'INTORG'" if column.integer else "'INTEND'"  # quoted: HiGHS insists
            out.append(f" M{k} 'MARKER' {marker}")
            integer_open = column.integer
        # every column appears, with an explicit 0 objective entry where it has no other entry:
        # readers (Gurobi's) reject QCMATRIX/BOUNDS names that COLUMNS did not declare
        for row_name, c in entries[k] or [("obj", 0.0)]:
            out.append(f" {name} {row_name} {number(c)}")
    if integer_open:
        out.append(f" M{len(names)} 'MARKER' 'INTEND'")
    out.append("RHS")
    if p.objective_constant:
        out.append(f" rhs obj {number(-p.objective_constant)}")
    out += [f" rhs {r.name} {number(r.rhs)}" for r in model.rows if r.rhs != 0]
    out.append("BOUNDS")
    for name, column in zip(names, p.columns):
        out += [f" {kind} bnd {name}{'' if value is None else ' ' + number(value)}"
                for kind, value in _mps_bounds(column.lower, column.upper, column.integer)]
    if p.sos1:  # before the quadratic sections: SCIP's reader takes no section after QCMATRIX
        out.append("SOS")
        for k, sos in enumerate(p.sos1, start=1):
            out.append(f" S1 SOS s{k} 1")
            out += [f"    {names[i]} {number(w)}" for i, w in zip(sos.members, sos.weights)]
    if p.objective_quadratic:
        out.append("QUADOBJ")
        for (i, j), c in sorted(p.objective_quadratic.items()):
            out.append(f" {names[i]} {names[j]} {number(2 * c if i == j else c)}")
    for row in model.rows:
        if row.quadratic:
            out.append(f"QCMATRIX {row.name}")
            for (i, j), c in sorted(row.quadratic.items()):
                if i == j:
                    out.append(f" {names[i]} {names[i]} {number(c)}")
                else:
                    out += [f" {names[i]} {names[j]} {number(c / 2)}", f" {names[j]} {names[i]} {number(c / 2)}"]
    out.append("ENDATA")
    return "\n".join(out) + "\n"


def _mps_name(title: str) -> str:
    return re.sub(r"\s+", "_", title.split()[0]) if title.strip() else "model"


def _mps_bounds(lower: float, upper: float, integer: bool) -> list[tuple[str, float | None]]:
    if integer and lower == 0 and upper == 1:
        return [("BV", None)]
    if lower == upper:
        return [("FX", lower)]
    if math.isinf(lower) and math.isinf(upper):
        return [("FR", None)]
    bounds: list[tuple[str, float | None]] = []
    bounds.append(("MI", None) if math.isinf(lower) else ("LO", lower))
    if math.isfinite(upper):
        bounds.append(("UP", upper))
    elif integer:
        bounds.append(("PL", None))
    return bounds


# -------------------------------------------------------------------------------------- GAMS


def write_gms(model: FileModel, title: str) -> str:
    """Scalar GAMS: free ``objvar`` defined by ``e_obj``; SOS1 sets as a ``SOS1 Variable
    sosvar(s, k)`` family with ``sosvar('s<i>', 'k<j>') =e= member`` rows."""
    p, names = model.problem, model.names
    chunk = 8  # terms per line: GAMS reads lines of up to 80,000 characters; keep them short
    out = [f"* {title}", "$offlisting", "$offdigit", ""]
    out += _gams_declaration("Variables", ["objvar", *[n for n, c in zip(names, p.columns) if not c.integer]])
    binaries = [n for n, c in zip(names, p.columns) if c.integer and c.lower == 0 and c.upper == 1]
    integers = [n for n, c in zip(names, p.columns) if c.integer and not (c.lower == 0 and c.upper == 1)]
    out += _gams_declaration("Binary Variables", binaries)
    out += _gams_declaration("Integer Variables", integers)
    if p.sos1:
        width = max(len(s.members) for s in p.sos1)
        out += [f"Set sosset / s1*s{len(p.sos1)} /;", f"Set sosmember / k1*k{width} /;",
                "SOS1 Variable sosvar(sosset, sosmember);", ""]
    equations = ["e_obj", *[r.name for r in model.rows]]
    equations += [f"e_sos_{k}_{j}" for k, s in enumerate(p.sos1, 1) for j in range(1, len(s.members) + 1)]
    out += _gams_declaration("Equations", equations)
    objective = _gams_sum(p.objective_linear, p.objective_quadratic, names)
    if p.objective_constant:
        objective.append(f"{'+' if p.objective_constant >= 0 else '-'} {number(abs(p.objective_constant))}")
    out += _gams_equation("e_obj", ["- objvar", *objective], "=e=", 0.0, chunk)
    for row in model.rows:
        sense = {"<=": "=l=", ">=": "=g=", "==": "=e="}[row.sense]
        out += _gams_equation(row.name, _gams_sum(row.linear, row.quadratic, names), sense, row.rhs, chunk)
    for k, sos in enumerate(p.sos1, start=1):
        for j, member in enumerate(sos.members, start=1):
            out.append(f"e_sos_{k}_{j}.. sosvar('s{k}','k{j}') - {names[member]} =e= 0;")
    out.append("")
    for name, column in zip(names, p.columns):
        if column.integer and column.lower == 0 and column.upper == 1:
            continue
        if column.lower == column.upper:
            out.append(f"{name}.fx = {number(column.lower)};")
            continue
        if math.isfinite(column.lower) or column.integer:
            out.append(f"{name}.lo = {'-inf' if math.isinf(column.lower) else number(column.lower)};")
        if math.isfinite(column.upper) or column.integer:
            out.append(f"{name}.up = {'inf' if math.isinf(column.upper) else number(column.upper)};")
    for k, sos in enumerate(p.sos1, start=1):
        for j, member in enumerate(sos.members, start=1):
            column = p.columns[member]
            out.append(f"sosvar.lo('s{k}','k{j}') = {'-inf' if math.isinf(column.lower) else number(column.lower)};")
            out.append(f"sosvar.up('s{k}','k{j}') = {'inf' if math.isinf(column.upper) else number(column.upper)};")
    out += ["", "Model m / all /;", "m.limrow = 0; m.limcol = 0;", "m.optcr = 0;",
            f"Solve m using {model.gams_type()} minimizing objvar;", ""]
    return "\n".join(out)


def _gams_declaration(keyword: str, names: list[str]) -> list[str]:
    if not names:
        return []
    lines = [keyword]
    lines += [f"  {', '.join(names[k:k + 8])}{',' if k + 8 < len(names) else ';'}" for k in range(0, len(names), 8)]
    return lines + [""]


def _gams_sum(linear: dict[int, float], quadratic: dict[tuple[int, int], float], names: list[str]) -> list[str]:
    terms = _terms(linear, names, "*")
    for (i, j), c in sorted(quadratic.items()):
        product = f"sqr({names[i]})" if i == j else f"{names[i]}*{names[j]}"
        terms.append(f"{'+' if c >= 0 else '-'} {number(abs(c))}*{product}")
    return terms


def _gams_equation(name: str, terms: list[str], sense: str, rhs: float, chunk: int) -> list[str]:
    terms = terms or ["0"]
    lines = [f"{name}.. " + " ".join(terms[:chunk])]
    lines += ["    " + " ".join(terms[k:k + chunk]) for k in range(chunk, len(terms), chunk)]
    lines[-1] += f" {sense} {number(rhs)};"
    return lines


# -------------------------------------------------------------------------------------- OSiL


def write_osil(model: FileModel, title: str) -> str:
    """OSiL 2.0 (Optimization Services instance language, the XML MINLPLib offers): variables
    with explicit bounds (OSiL's default lower bound is 0), row-wise linear coefficients,
    ``qTerm``s (``idx`` -1: objective), SOS1 sets in ``specialOrderedSets``."""
    p, names = model.problem, model.names
    bound = lambda v: "INF" if v == math.inf else "-INF" if v == -math.inf else number(v)  # noqa: E731
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<osil xmlns="os.optimizationservices.org" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="os.optimizationservices.org http://www.optimizationservices.org/schemas/2.0/OSiL.xsd">',
           f"<instanceHeader><name>{_xml(title.split()[0])}</name><description>{_xml(title)}</description></instanceHeader>",
           "<instanceData>", f'<variables numberOfVariables="{len(names)}">']
    for name, column in zip(names, p.columns):
        kind = ("B" if column.lower == 0 and column.upper == 1 else "I") if column.integer else "C"
        out.append(f'<var name="{name}" type="{kind}" lb="{bound(column.lower)}" ub="{bound(column.upper)}"/>')
    out.append("</variables>")
    constant = f' constant="{number(p.objective_constant)}"' if p.objective_constant else ""
    out.append('<objectives numberOfObjectives="1">')
    out.append(f'<obj maxOrMin="min" numberOfObjCoef="{len(p.objective_linear)}"{constant}>')
    out += [f'<coef idx="{i}">{number(c)}</coef>' for i, c in sorted(p.objective_linear.items())]
    out += ["</obj>", "</objectives>", f'<constraints numberOfConstraints="{len(model.rows)}">']
    for row in model.rows:
        sides = {"<=": f'ub="{number(row.rhs)}"', ">=": f'lb="{number(row.rhs)}"',
                 "==": f'lb="{number(row.rhs)}" ub="{number(row.rhs)}"'}[row.sense]
        out.append(f'<con name="{row.name}" {sides}/>')
    out.append("</constraints>")
    nonzeros = sum(len(r.linear) for r in model.rows)
    if nonzeros:
        starts, total = [0], 0
        for row in model.rows:
            total += len(row.linear)
            starts.append(total)
        out.append(f'<linearConstraintCoefficients numberOfValues="{nonzeros}">')
        out.append("<start>" + "".join(f"<el>{s}</el>" for s in starts) + "</start>")
        out.append("<colIdx>" + "".join(f"<el>{i}</el>" for r in model.rows for i in sorted(r.linear)) + "</colIdx>")
        out.append("<value>" + "".join(f"<el>{number(r.linear[i])}</el>" for r in model.rows for i in sorted(r.linear)) + "</value>")
        out.append("</linearConstraintCoefficients>")
    terms = [(-1, k, c) for k, c in sorted(p.objective_quadratic.items())]
    terms += [(r, k, c) for r, row in enumerate(model.rows) for k, c in sorted(row.quadratic.items())]
    if terms:
        out.append(f'<quadraticCoefficients numberOfQuadraticTerms="{len(terms)}">')
        out += [f'<qTerm idx="{r}" idxOne="{i}" idxTwo="{j}" coef="{number(c)}"/>' for r, (i, j), c in terms]
        out.append("</quadraticCoefficients>")
    if p.sos1:
        out.append(f'<specialOrderedSets numberOfSOS="{len(p.sos1)}">')
        for k, sos in enumerate(p.sos1):
            out.append(f'<sos sosIdx="{k}" type="1" numberOfVar="{len(sos.members)}">')
            out += [f'<var idx="{i}"/>' for i in sos.members]
            out.append("</sos>")
        out.append("</specialOrderedSets>")
    out += ["</instanceData>", "</osil>"]
    return "\n".join(out) + "\n"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------------------- NL


def write_nl(pyomo_model, model: FileModel, folder: Path) -> tuple[str, str]:
    """AMPL NL by Pyomo's writer, without the comments it adds with symbolic labels (CasADi's
    parser rejects them), and the ``.col`` file of the NL's columns in our plain names."""
    import tempfile

    with tempfile.TemporaryDirectory(dir=folder) as temporary:
        path = Path(temporary) / "model.nl"
        pyomo_model.write(str(path), io_options={"symbolic_solver_labels": True})
        text = path.read_text()
        pyomo_names = path.with_suffix(".col").read_text().split()
    stripped = "\n".join(line.split("#", 1)[0].rstrip() for line in text.split("\n"))
    by_pyomo = {c.name: name for c, name in zip(model.problem.columns, model.names)}
    return stripped, "\n".join(by_pyomo.get(n, plain_name(n)) for n in pyomo_names) + "\n"


WRITERS: dict[str, Callable[[FileModel, str], str]] = {
    "gms": write_gms, "lp": write_lp, "mps": write_mps, "osil": write_osil,
}


def model_sizes(model: FileModel) -> dict[str, object]:
    """MINLPLib's instance-data counts of the model as the files state it."""
    p = model.problem
    integer = [c.integer for c in p.columns]
    binary = [c.integer and c.lower == 0 and c.upper == 1 for c in p.columns]
    nonlinear = set()
    for i, j in p.objective_quadratic:
        nonlinear |= {i, j}
    for row in model.rows:
        for i, j in row.quadratic:
            nonlinear |= {i, j}
    quadratic_rows = [r for r in model.rows if r.quadratic]
    jacobian = [set(r.linear) | {i for pair in r.quadratic for i in pair} for r in model.rows]
    bounded = [math.isfinite(c.lower) and math.isfinite(c.upper) for c in p.columns]
    single = [math.isfinite(c.lower) != math.isfinite(c.upper) for c in p.columns]
    objective_vars = set(p.objective_linear) | {i for pair in p.objective_quadratic for i in pair}
    objective_nl = {i for pair in p.objective_quadratic for i in pair}
    return {
        "nvars": len(p.columns), "nbinvars": sum(binary), "nintvars": sum(integer) - sum(binary),
        "nboundedvars": sum(bounded), "nsingleboundedvars": sum(single),
        "nnlvars": len(nonlinear), "nnlbinvars": sum(1 for i in nonlinear if binary[i]),
        "nnlintvars": sum(1 for i in nonlinear if integer[i] and not binary[i]),
        "nsos1": len(p.sos1), "nsos2": 0,
        "ncons": len(model.rows), "nlincons": len(model.rows) - len(quadratic_rows),
        "nquadcons": len(quadratic_rows),
        "nobjnz": len(objective_vars), "nobjnlnz": len(objective_nl),
        "njacobiannz": sum(len(j) for j in jacobian),
        "njacobiannlnz": sum(len({i for pair in r.quadratic for i in pair}) for r in model.rows),
    }


def curvatures(model: FileModel) -> tuple[str, str, bool]:
    """(objective curvature, constraints curvature, convex continuous relaxation), by the same
    test the backends use (``Row.is_convex``: PSD one-sided rows and second-order cones)."""
    p = model.problem
    objective = "linear" if not p.objective_quadratic else "convex" if is_psd(p.objective_quadratic) else "nonconvex"
    if not any(row.quadratic for row in p.rows):
        constraints = "linear"
    else:
        constraints = "nonconvex" if "nonconvex_constraints" in p.features else "convex"
    return objective, constraints, objective != "nonconvex" and constraints != "nonconvex"


def probtype(model: FileModel) -> str:
    """MINLPLib's problem type: variables (B binary, I integer, M mixed with continuous) +
    objective/constraints (LP, QP, QCQP)."""
    p = model.problem
    has_int = any(c.integer for c in p.columns)
    all_binary = all(c.integer and c.lower == 0 and c.upper == 1 for c in p.columns)
    prefix = "" if not has_int else ("B" if all_binary else "M" + ("B" if all(
        (not c.integer) or (c.lower == 0 and c.upper == 1) for c in p.columns) else "I"))
    if any(r.quadratic for r in model.rows):
        body = "QCQP"
    elif p.objective_quadratic:
        body = "QP"
    else:
        body = "LP"
    return prefix + body
