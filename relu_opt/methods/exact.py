"""Exact symbolic certificates with z3's nonlinear real arithmetic (the CAD route of the seed blog).

"Is there a network in the domain with loss <= tau?" is a sentence of the existential theory of
the reals: the seed's polynomial system (h >= 0, h >= z, h (h - z) = 0, output and loss
polynomials, the box) over exact rationals (every float of the data is a dyadic rational, taken
exactly). z3's nlsat decides it; "sat" comes with an exact (algebraic) witness. Then
``loss <= tau`` sat and ``loss < tau`` unsat prove that tau is exactly the global minimum;
for an irrational minimum two rationals bracket it. Only tiny networks: nlsat is doubly
exponential in the worst case (SOLVER_NOTES: z3's Optimize gave up where decision queries took 0.1 s).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ..bounds import parameter_bounds
from ..errors import InputError
from ..formulation import TrainingProblem


@dataclass
class Decision:
    status: str  # "sat", "unsat" or "unknown"
    seconds: float
    witness: dict[str, str] = field(default_factory=dict)  # exact values as z3 prints them
    witness_float: dict[str, float] = field(default_factory=dict)


def decide(problem: TrainingProblem, tau: Fraction, strict: bool = False, timeout: float = 60.0) -> Decision:
    """Decide whether some network of the domain has loss (+ penalty) <= tau (< tau if strict)."""
    try:
        import z3
    except ImportError:
        raise InputError("exact certificates need z3 (pip install 'relu-opt[exact]')") from None
    start = time.perf_counter()
    if strict and tau <= 0:
        return Decision("unsat", time.perf_counter() - start)  # loss and penalty are nonnegative
    solver = z3.SolverFor("QF_NRA")
    solver.set("timeout", max(1, int(timeout * 1000)))
    objective, parameters = _encode(problem, solver, z3)
    value = z3.RealVal(str(tau))
    solver.add(objective < value if strict else objective <= value)
    answer = solver.check()
    decision = Decision(str(answer), time.perf_counter() - start)
    if answer == z3.sat:
        model = solver.model()
        for name, var in parameters.items():
            exact = model.eval(var, model_completion=True)
            decision.witness[name] = _exact_text(exact, z3)
            decision.witness_float[name] = _approximate(exact, z3)
    return decision


@dataclass
class ExactCertificate:
    # "exact optimum", "optimum bracketed", "above upper" (loss <= upper unsat), "below lower"
    # (loss < lower sat), or "unknown" (a query ran out of time)
    verdict: str
    lower: Fraction | None
    upper: Fraction | None
    at_upper: Decision | None
    below_lower: Decision | None

    def describe(self) -> str:
        if self.verdict == "exact optimum":
            return f"the global minimum is exactly {self.upper} (= {float(self.upper):.12g})"
        if self.verdict == "optimum bracketed":
            return f"the global minimum lies in [{self.lower}, {self.upper}] (exact rationals)"
        if self.verdict == "above upper":  # the checked value is now a proven lower bound
            return f"no network reaches loss <= {self.lower}: the global minimum is above it"
        if self.verdict == "below lower":  # the checked value is now a proven upper bound
            return f"some network has loss < {self.upper}: the global minimum is below it"
        return "z3 could not decide within the time limit"

    def to_dict(self) -> dict[str, Any]:
        def side(d: Decision | None) -> dict[str, Any] | None:
            return None if d is None else {"status": d.status, "seconds": d.seconds, "witness": d.witness}

        return {
            "verdict": self.verdict,
            "lower": None if self.lower is None else str(self.lower),
            "upper": None if self.upper is None else str(self.upper),
            "description": self.describe(),
            "at_upper": side(self.at_upper),
            "below_lower": side(self.below_lower),
        }


def certify_exact(
    problem: TrainingProblem, lower: Fraction, upper: Fraction | None = None, timeout: float = 60.0
) -> ExactCertificate:
    """Prove ``loss <= upper`` attainable (sat) and ``loss < lower`` impossible (unsat).

    With ``upper`` omitted (or equal to ``lower``) this proves ``lower`` is the exact minimum."""
    upper = lower if upper is None else upper
    if upper < lower:
        raise InputError(f"upper {upper} is below lower {lower}")
    at_upper = decide(problem, upper, strict=False, timeout=timeout)
    if at_upper.status == "unsat":
        return ExactCertificate("above upper", upper, None, at_upper, None)
    below = decide(problem, lower, strict=True, timeout=timeout) if at_upper.status == "sat" else None
    if below is not None and below.status == "unsat":
        verdict = "exact optimum" if lower == upper else "optimum bracketed"
        return ExactCertificate(verdict, lower, upper, at_upper, below)
    if below is not None and below.status == "sat":
        return ExactCertificate("below lower", None, lower, at_upper, below)
    return ExactCertificate("unknown", None, None, at_upper, below)


def rational_near(value: float, max_denominator: int = 10_000) -> Fraction:
    """The simplest rational close to a float optimum (38/7 from 5.428571428...)."""
    return Fraction(value).limit_denominator(max_denominator)


def _encode(problem: TrainingProblem, solver, z3):
    """The seed's polynomial system; returns (objective expression, parameter variables)."""
    arch, data = problem.architecture, problem.dataset
    bounds = parameter_bounds(data, arch, problem.domain, problem.loss)
    parameters: dict[str, Any] = {}
    layers = []
    for l in arch.layers:
        rows, cols = arch.weight_shape(l)
        weight = [[z3.Real(f"w_{l}_{j}_{k}") for k in range(cols)] for j in range(rows)]
        bias = [z3.Real(f"b_{l}_{j}") for j in range(rows)] if arch.has_bias(l) else None
        limit = z3.RealVal(str(Fraction(bounds.weight[l - 1])))
        for j in range(rows):
            for k in range(cols):
                parameters[f"w[{l},{j},{k}]"] = weight[j][k]
                solver.add(weight[j][k] <= limit, weight[j][k] >= -limit)
            if bias is not None:
                parameters[f"b[{l},{j}]"] = bias[j]
                b_limit = z3.RealVal(str(Fraction(bounds.bias[l - 1])))
                solver.add(bias[j] <= b_limit, bias[j] >= -b_limit)
        layers.append((weight, bias))
    errors = []
    for i in range(data.n_points):
        activations = [z3.RealVal(str(Fraction(float(v)))) for v in data.x[i]]
        for l, (weight, bias) in enumerate(layers, start=1):
            z = [
                z3.Sum([weight[j][k] * activations[k] for k in range(len(activations))])
                + (bias[j] if bias is not None else 0)
                for j in range(len(weight))
            ]
            if l == len(layers):
                activations = z
                break
            hidden = [z3.Real(f"h_{l}_{i}_{j}") for j in range(len(z))]
            for h, pre in zip(hidden, z):
                solver.add(h >= 0, h - pre >= 0, h * (h - pre) == 0)  # h = max(0, pre)
            activations = hidden
        for k, out in enumerate(activations):
            errors.append(out - z3.RealVal(str(Fraction(float(data.y[i, k])))))
    if problem.loss == "squared":
        objective = z3.Sum([_square(e, f"error_sq_{k}", solver, z3) for k, e in enumerate(errors)])
    elif problem.loss == "l1":
        objective = z3.Sum([z3.If(e >= 0, e, -e) for e in errors])
    else:
        worst = z3.Real("max_error")
        for e in errors:
            solver.add(worst >= e, worst >= -e)
        objective = worst
    if problem.domain.decay is not None:
        lam = z3.RealVal(str(Fraction(problem.domain.decay.lam)))
        penalized = [v for name, v in parameters.items() if name.startswith("w") or problem.domain.decay.include_biases]
        squares = [_square(v, f"theta_sq_{k}", solver, z3) for k, v in enumerate(penalized)]
        objective = objective + lam / 2 * z3.Sum(squares)
    return objective, parameters


def _square(expression, name: str, solver, z3):
    """A named square with the redundant fact that it is nonnegative: nlsat then sees at once
    that a sum of squares cannot be negative (without it, "loss < 0" on XOR ran past 30 s)."""
    square = z3.Real(name)
    solver.add(square == expression * expression, square >= 0)
    return square


def _exact_text(value, z3) -> str:
    if z3.is_rational_value(value):
        return str(Fraction(value.numerator_as_long(), value.denominator_as_long()))
    return value.sexpr()  # an algebraic number: (root-obj polynomial index)


def _approximate(value, z3) -> float:
    if z3.is_rational_value(value):
        return value.numerator_as_long() / value.denominator_as_long()
    return float(value.approx(20).as_fraction())
