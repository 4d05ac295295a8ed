"""Metamorphic tests (issue 10): a certificate means the same at every data scale.

Scaling x, y and every bias bound by s leaves the training problem the same up to its scale:
the optimum scales by exactly s^2 (squared loss) and the verdict cannot change. With s a power
of 2 the normalized problem the solver sees is bit-for-bit the same, so the optimum scales to
rounding; with s = 1e-3 or 1e3 it is a nearby problem, and two 1e-6 certificates of the same
optimum agree to 2e-6."""

from __future__ import annotations

import numpy as np
import pytest

from relu_opt import SolveOptions, train
from relu_opt.data import Dataset
from relu_opt.generators import teacher_dataset
from relu_opt.results import Verdict

from ..conftest import require_solver

ISSUE_A = np.array([  # issue 10, case 1: scaled by 1e-3 SCIP certified a bound 12 % too high
    [-1.803, -1.264, -0.0665], [-0.526, -0.039, -0.1624], [0.149, -1.051, 0.2452],
    [1.293, -1.445, -1.5796], [1.056, 1.483, 0.0346], [-1.188, 0.462, 0.8356],
])
ISSUE_A_OPTIMUM = 0.5588690700  # Gurobi, enumeration and SCIP agree (issue 10, and this suite)
ISSUE_E = np.array([  # issue 10, case 2: enumeration claimed 7.777e-07 at scale 1e-3
    [0.691, -0.21, -1.7119], [0.848, -1.042, -1.0926], [0.096, 0.279, -1.3391], [1.054, 0.198, -1.3814],
])
ISSUE_E_OPTIMUM = 0.53696293


def scaled(data: np.ndarray, s: float) -> Dataset:
    return Dataset(data[:, :-1] * s, data[:, -1:] * s)


def certified_interval(result) -> tuple[float, float]:
    cert = result.certificate
    assert cert.verdict is Verdict.GLOBAL_OPTIMUM, cert.reasons
    return cert.lower, cert.upper


@pytest.mark.parametrize("solver", ["scip", "gurobi"])
def test_power_of_two_scaling_scales_the_certified_optimum_exactly(solver):
    require_solver(solver)
    data = teacher_dataset(8, 2, [2], 1, noise=0.1, seed=4)
    table = np.hstack([data.x, data.y])
    intervals = {}
    for s in (1.0, 2.0**-10, 2.0**10):
        result = train(scaled(table, s), [2], bound=2.0, bias_bound=2.0 * s, solver=solver)
        lower, upper = certified_interval(result)
        intervals[s] = (lower / s**2, upper / s**2)
    for s in (2.0**-10, 2.0**10):
        assert intervals[s][0] == pytest.approx(intervals[1.0][0], rel=1e-12)
        assert intervals[s][1] == pytest.approx(intervals[1.0][1], rel=1e-12)


@pytest.mark.parametrize("s", [1e-6, 1e-3, 1.0, 1e3])
def test_issue_case_is_certified_correctly_at_every_scale(s):
    require_solver("scip")
    result = train(scaled(ISSUE_A, s), [1], bound=5.0, bias_bound=5.0 * s)
    lower, upper = certified_interval(result)
    # the optimum lies in the certified interval (to the digits the reference is given in)
    assert lower <= ISSUE_A_OPTIMUM * s**2 * (1 + 1e-9)
    assert upper == pytest.approx(ISSUE_A_OPTIMUM * s**2, rel=2e-6)


@pytest.mark.parametrize("s", [1e-3, 1.0, 1e3])
def test_enumeration_oracle_is_exact_at_every_scale(s):
    require_solver("scip")
    enumerated = train(scaled(ISSUE_E, s), [2], bound=2.0, hidden_bias=False, output_bias=False, method="enumeration")
    solved = train(scaled(ISSUE_E, s), [2], bound=2.0, hidden_bias=False, output_bias=False)
    for result in (enumerated, solved):
        lower, upper = certified_interval(result)
        assert upper == pytest.approx(ISSUE_E_OPTIMUM * s**2, rel=2e-6)
        assert lower <= ISSUE_E_OPTIMUM * s**2 * (1 + 1e-6)


def test_weight_decay_certificates_scale_too():
    """Without biases, x and y scaled by s and lambda by s^2 is the same problem times s^2."""
    require_solver("scip")
    data = teacher_dataset(6, 1, [2], 1, noise=0.1, seed=2)
    table = np.hstack([data.x, data.y])
    values = []
    for s in (1e-3, 1.0, 1e3):
        result = train(scaled(table, s), [2], weight_decay=0.05 * s**2, hidden_bias=False, output_bias=False,
                       options=SolveOptions(time_limit=120))
        values.append(certified_interval(result)[1] / s**2)
    assert values[0] == pytest.approx(values[1], rel=2e-6) and values[2] == pytest.approx(values[1], rel=2e-6)


@pytest.mark.parametrize("s", [1e-3, 1e3])
def test_a_loose_gap_is_never_called_a_global_optimum_at_any_scale(s):
    require_solver("scip")
    result = train(scaled(ISSUE_A, s), [1], bound=5.0, bias_bound=5.0 * s, formulation="plain",
                   options=SolveOptions(rel_gap=0.5, time_limit=60))
    cert = result.certificate
    assert cert.verdict in (Verdict.GLOBAL_OPTIMUM, Verdict.WITHIN_GAP)
    if cert.verdict is Verdict.WITHIN_GAP:
        assert not result.proven_optimal and cert.within_requested_gap and cert.gap > 1e-6
    assert cert.lower <= ISSUE_A_OPTIMUM * s**2 * (1 + 1e-9) and cert.upper >= ISSUE_A_OPTIMUM * s**2 * (1 - 1e-9)


@pytest.mark.parametrize("s", [1e-3, 1.0, 1e3])
def test_an_almost_exact_fit_has_the_same_verdict_at_every_scale(s):
    """Library teacher-N8-n2-m2-p1-s2 (optimum 1.18344713648e-4: exact enumeration and the strong
    formulation agree) scaled by s, not a power of 2: at SCIP's default feasibility the proven gap
    was 9.5e-7 at s = 1 and 1.65e-6 at s = 1e-3 (the data's last bits); the retry at a tighter
    tolerance certifies all three, with the optimum scaled by s^2."""
    require_solver("scip")
    from relu_opt.data import load_dataset
    from relu_opt.library.index import INSTANCES

    data = load_dataset(INSTANCES / "teacher" / "teacher-N8-n2-m2-p1-s2.csv")
    result = train(Dataset(data.x * s, data.y * s), [2], bound=3.0, bias_bound=3.0 * s,
                   options=SolveOptions(time_limit=60, jobs=1))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert result.objective / s**2 == pytest.approx(1.18344713648e-4, rel=1e-9)


@pytest.mark.parametrize("s", [2.0**-10, 0.5, 2.0**10])
def test_the_two_hidden_layer_exact_fit_is_found_at_power_of_two_scales(s):
    """Library teacher-N8-n2-m2x2-p1-s0 has an exact fit (its stored network polishes to ~1e-30).
    The warm start's free runs work in normalized units, so at a power-of-2 scale they run the
    same search and certify it again (objective 0 up to rounding, scaled by s^2). (At x1e-3 the
    normalized data differ in the last bits and the randomized search may miss: 11 of 12
    scale x seed runs certified; a miss is reported NOT PROVEN with its interval.)"""
    require_solver("scip")
    from relu_opt.data import load_dataset
    from relu_opt.library.index import INSTANCES

    data = load_dataset(INSTANCES / "teacher" / "teacher-N8-n2-m2x2-p1-s0.csv")
    result = train(Dataset(data.x * s, data.y * s), [2, 2], bound=3.0, bias_bound=3.0 * s,
                   options=SolveOptions(time_limit=30, jobs=1))
    assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM
    assert result.objective / s**2 < 1e-20
