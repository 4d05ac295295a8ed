"""Independent routes to the same optimum: four encodings x two spatial B&B solvers.

Each certificate says the optimum lies in [lower, upper]; for one problem every such interval
holds the same number, so they must overlap and their upper ends (exact losses of real weights)
must agree.
"""

from __future__ import annotations

import pytest

from relu_opt import SolveOptions, train
from relu_opt.backends import BACKENDS
from relu_opt.results import Verdict
from relu_opt.encodings import ENCODINGS
from relu_opt.generators import teacher_dataset

from ..conftest import agree


def solve_all(data, hidden, loss, bound):
    solvers = [name for name in ("scip", "gurobi") if BACKENDS[name].unavailable_reason() is None]
    certificates = {}
    for solver in solvers:
        for encoding in ENCODINGS:
            result = train(
                data, hidden, bound=bound, loss=loss, encoding=encoding, solver=solver,
                options=SolveOptions(time_limit=120),
            )
            assert result.certificate.verdict is Verdict.GLOBAL_OPTIMUM, (solver, encoding)
            certificates[solver, encoding] = result.certificate
    return certificates


def assert_consistent(certificates):
    highest_lower = max(c.lower for c in certificates.values())
    lowest_upper = min(c.upper for c in certificates.values())
    assert highest_lower <= lowest_upper + 1e-4 * max(1.0, abs(lowest_upper))
    uppers = [c.upper for c in certificates.values()]
    assert all(agree(u, lowest_upper) for u in uppers), certificates
    assert lowest_upper > 1e-4  # a non-trivial instance: the fit is not exact


@pytest.mark.parametrize("loss", ["squared", "l1", "linf"])
def test_encodings_and_solvers_agree_on_random_instance(loss):
    data = teacher_dataset(4, 1, [1], 1, noise=0.1, seed=0)
    assert_consistent(solve_all(data, [1], loss, bound=2.0))


@pytest.mark.slow
@pytest.mark.parametrize(
    "data, hidden",
    [
        (teacher_dataset(3, 1, [1], 2, noise=0.1, seed=5), [1]),  # vector output (~50 s)
        (teacher_dataset(5, 1, [1], 1, noise=0.1, seed=1), [1]),
    ],
)
def test_agreement_slow_instances(data, hidden):
    assert_consistent(solve_all(data, hidden, "squared", bound=2.0))
