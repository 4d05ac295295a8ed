"""Shared fixtures. Backends that are not installed are skipped, with the reason in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from relu_opt.backends import BACKENDS

ROOT = Path(__file__).resolve().parent.parent
BLOG = ROOT / "instances" / "classic" / "blog-quadratic.csv"
XOR = ROOT / "instances" / "classic" / "xor.csv"
BLOG_OPTIMUM = 38 / 7  # seed blog: w1 = 1/3, w2 = 54/7, found by CAD (Mathematica)


def require_solver(name: str) -> None:
    reason = BACKENDS[name].unavailable_reason()
    if reason is not None:
        pytest.skip(f"solver {name} not available here: {reason}")


@pytest.fixture(params=["scip", "gurobi"])
def global_solver(request: pytest.FixtureRequest) -> str:
    """Each solver that does spatial branch-and-bound, skipped when it is not installed."""
    require_solver(request.param)
    return request.param


def agree(a: float, b: float, tolerance: float = 1e-4) -> bool:
    """Objectives agree up to solver feasibility effects (certify.AGREEMENT_TOLERANCE)."""
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def certifies(result, optimum: float, tolerance: float = 1e-4) -> None:
    """The certificate's claim, checked against an independently known optimum: proven, the
    optimum lies in [lower, upper] (up to solver tolerances), and the interval is narrow."""
    from relu_opt.results import Verdict

    cert = result.certificate
    assert cert.verdict is Verdict.GLOBAL_OPTIMUM, cert.reasons
    slack = tolerance * max(1.0, abs(optimum))
    assert cert.lower <= optimum + slack, (cert.lower, optimum)
    assert optimum <= cert.upper + 1e-9 * max(1.0, abs(optimum)), (cert.upper, optimum)
    assert cert.upper - optimum <= slack, (cert.upper, optimum)
