"""A lower bound for a sign class of one sign, before any branch-and-bound: convex regression.

With every output weight of one sign s, the output is s G(x) + b with G = sum of ReLUs, a
convex, nonnegative function of x (``reformulations/convexity_cuts.py``). Relaxing "sum of m
ReLUs in the box" to "any convex function with subgradients in m times the box" leaves a convex
QP (squared loss) over the values G_i, the subgradients xi_k and the output bias:

    min  sum_i r_i^2   s.t.  r_i = s G_i + b - y_i,   G_i >= G_k + xi_k . (x_i - x_k)  (i != k),
         0 <= G_i <= m |x~_i| . U,   |xi_kd| <= m U_d,   |b| <= B_b.

Its optimum bounds the class's loss from below (a penalty, if any, only adds). Big-M's root bound
of the same class was 0: its relaxation lets each post-activation float up to its bound.

The relaxation, its row generation and its rigorous bound (the Lagrangian dual function at
the LP's multipliers) are ``relaxations/convex_regression.py``'s, shared with the cells of mixed
classes. Mixed classes as a whole (a difference of two convex functions fits any values) get no
bound here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


from ..relaxations.convex_regression import regression_bound
from ..formulation import TrainingProblem
from ..network import augmented
from ..reformulations.sign_normalized import normalized_bounds

MAX_POINTS = 400  # N (N - 1) convexity rows: 160,000 at this size


@dataclass(frozen=True)
class ScreenBound:
    bound: float  # a valid lower bound of the class's objective (in the plan's units)
    seconds: float
    rounds: int = 1  # LPs solved (rows and tangents added between them)
    pairs: frozenset[tuple[int, int]] = frozenset()  # (k, i): the convexity rows binding at the bound
    source: str = "convex regression"  # what proved it (for the summary)

    def to_dict(self) -> dict[str, Any]:
        return {"bound": self.bound, "seconds": self.seconds, "rounds": self.rounds, "rows": len(self.pairs),
                "source": self.source}


def screen_bound(problem: TrainingProblem, signs: tuple[int, ...] | None,
                 objective_limit: float | None = None, target: float | None = None,
                 time_budget: float | None = None) -> ScreenBound | None:
    """The convex-regression bound of a one-sign class (None: mixed class, another loss than
    squared, too many points, or HiGHS unavailable). ``target``: stop once the bound reaches it
    (the class's cutoff); ``time_budget``: stop adding rows after this many seconds."""
    if signs is None or len(set(signs)) != 1 or problem.loss != "squared":
        return None
    data, arch = problem.dataset, problem.architecture
    if data.n_points > MAX_POINTS or data.n_points < 2:
        return None
    try:
        import highspy
    except ImportError:
        return None
    _, u_bound, (bias_lower, bias_upper) = normalized_bounds(data, arch, problem.domain, problem.loss, objective_limit)
    found = regression_bound(data.x, augmented(data.x, arch.hidden_bias), data.y[:, 0], float(signs[0]), len(signs),
                             u_bound, (float(bias_lower[0]), float(bias_upper[0])), target=target,
                             time_budget=time_budget, highspy=highspy)
    if found is None:
        return None
    return ScreenBound(found.bound, found.seconds, found.rounds, found.pairs)
