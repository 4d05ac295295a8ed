"""The gadgets of relu-opt's ETR-INV reduction, as exact 1-D profiles (designed here).

A gadget is a *band* in the plane: every neuron of it has a breakline parallel to the band, so
inside the band the network's outputs depend on the band coordinate s only. Data lines (points
along lines s = const) pin the profile except where a variable's value is meant to move.

Variable gadget (4 ReLUs, 15 data lines; output 1 only, or both outputs alike for a *bridge*):

    s <= 0: 0 | [0, t1]: s | [t1, t2]: 1 + sigma (s - 2) | [t2, 4]: 4 - s | s >= 4: 0

Data at s = -1, -3/4, -1/2 (0), 1/8, 1/4, 3/8, 1/2 (g = s), 2 (the pivot, g = 1), 7/2, 29/8,
15/4, 31/8 (g = 4 - s), 9/2, 19/4, 5 (0): at least three lines stay on every pinned piece for
every admissible sigma, so no label can move without breaking the fit. The middle piece must
pass through the pivot (2, 1). Its slope
sigma is the free value: the breakpoints t1 = (1 - 2 sigma)/(1 - sigma) and
t2 = (3 + 2 sigma)/(1 + sigma) must keep the pinned data on their pieces (t1 >= 1/2, t2 <= 7/2),
which holds exactly for sigma in [-1/3, 1/3]. The variable is X = 5/4 + 9 sigma / 4 in [1/2, 2].
On s in [5/4, 11/4] the profile is 1 + sigma (s - 2) for every admissible sigma: a point there,
where several bands cross, gives a linear equation in their sigmas (the constraint gadgets).

Inversion gadget (5 ReLUs, 18 data lines, both outputs, breakpoints shared):

    output 1: 0 | s | 1 + sigma1 (s - 2) through the pivot (2, 1) | (6 - s)/2 on [t2, 6] | 0
    output 2: 0 up to t2 | the line through (t2, 0) and the pivot (32/7, 72/49) | 4 (6 - s) on [t3, 6] | 0

The two outputs share the breakline at t2 = (2 + 2 sigma1)/(sigma1 + 1/2). Output 2's middle
slope is sigma2 = (72/49)/(32/7 - t2), so with X = 1/2 + 9 sigma1/2 and Y = sigma2 - 4/7 the
shared breakline forces X Y = 1 exactly (for sigma1 in [0, 1/3], i.e. X in [1/2, 2]). Data lines
sit only where both outputs are pinned: s <= 1/2, the pivot of output 1 at 2 (output 2 is 0
there), output 2's pivot at 32/7 (on output 1's pinned tail), and the tail 11/2, 45/8, 23/4
(both pinned) and 13/2, 27/4, 7 (both zero).
The gadget enforces no range itself: its sigmas are tied to variable gadgets, which do.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction as F

import numpy as np

from ..data import Dataset
from ..network import Layer, Weights

# ---------------------------------------------------------------- variable gadget

VARIABLE_SUPPORT = (F(0), F(4))
VARIABLE_FREE = (F(5, 4), F(11, 4))  # where the profile is 1 + sigma (s - 2) for every sigma
SIGMA_RANGE = (F(-1, 3), F(1, 3))


def variable_value(sigma: float) -> float:
    return 5 / 4 + 9 * sigma / 4


def variable_sigma(value: float) -> float:
    return (4 * value - 5) / 9


def variable_data() -> list[tuple[F, F]]:
    """(s, label) of the variable gadget's data lines. Every pinned piece has three lines that
    stay on it for every admissible sigma, so moving any one label leaves no fit (a piece with
    two would just tilt); the sloped pieces have a fourth line at the range's end (s = 1/2 and
    7/2), where the middle piece reaches it."""
    zero = [(s, F(0)) for s in (F(-1), F(-3, 4), F(-1, 2), F(9, 2), F(19, 4), F(5))]
    left = [(s, s) for s in (F(1, 8), F(1, 4), F(3, 8), F(1, 2))]
    right = [(s, 4 - s) for s in (F(7, 2), F(29, 8), F(15, 4), F(31, 8))]
    return sorted(zero + left + right + [(F(2), F(1))])


def variable_breakpoints(sigma: float) -> list[tuple[float, float]]:
    """(breakpoint, slope change) of the profile with middle slope ``sigma``."""
    t1 = (1 - 2 * sigma) / (1 - sigma)
    t2 = (3 + 2 * sigma) / (1 + sigma)
    return [(0.0, 1.0), (t1, sigma - 1.0), (t2, -1.0 - sigma), (4.0, 1.0)]


def variable_profile(sigma: float, s: float) -> float:
    return sum(kink * max(0.0, s - b) for b, kink in variable_breakpoints(sigma))


# ---------------------------------------------------------------- inversion gadget

INVERSION_SUPPORT = (F(0), F(6))
INVERSION_PIVOT_2 = (F(32, 7), F(72, 49))
INVERSION_X_FREE = (F(1), F(16, 5))  # output 1 is 1 + sigma1 (s - 2) here, output 2 is 0
INVERSION_Y_FREE = (F(4), F(26, 5))  # output 2 is the line of slope sigma2 here, output 1 is (6 - s)/2
INVERSION_SIGMA1_RANGE = (F(0), F(1, 3))


def inversion_x(sigma1: float) -> float:
    return 0.5 + 4.5 * sigma1


def inversion_sigma1(x: float) -> float:
    return (x - 0.5) / 4.5


def inversion_y(sigma2: float) -> float:
    return sigma2 - 4 / 7


def inversion_t2(sigma1: float) -> float:
    return (2 + 2 * sigma1) / (sigma1 + 0.5)


def inversion_sigma2(sigma1: float) -> float:
    c, v = INVERSION_PIVOT_2
    return float(v) / (float(c) - inversion_t2(sigma1))


def inversion_data() -> list[tuple[F, F, F]]:
    """(s, label 1, label 2): only where both outputs are pinned for every admissible sigma1."""
    c, v = INVERSION_PIVOT_2
    rows = [(s, F(0), F(0)) for s in (F(-1), F(-3, 4), F(-1, 2), F(13, 2), F(27, 4), F(7))]
    rows += [(s, s, F(0)) for s in (F(1, 8), F(1, 4), F(3, 8), F(1, 2))]
    rows += [(F(2), F(1), F(0)), (c, (6 - c) / 2, v)]
    rows += [(s, (6 - s) / 2, 4 * (6 - s)) for s in (F(11, 2), F(45, 8), F(23, 4))]
    return sorted(rows)


def inversion_breakpoints(sigma1: float) -> list[tuple[float, float, float]]:
    """(breakpoint, slope change of output 1, of output 2): 5 breaklines."""
    t1 = (1 - 2 * sigma1) / (1 - sigma1)
    t2 = inversion_t2(sigma1)
    sigma2 = inversion_sigma2(sigma1)
    t3 = (24 + sigma2 * t2) / (sigma2 + 4)  # output 2's line meets 4 (6 - s)
    return [
        (0.0, 1.0, 0.0),
        (t1, sigma1 - 1.0, 0.0),
        (t2, -0.5 - sigma1, sigma2),
        (t3, 0.0, -4.0 - sigma2),
        (6.0, 0.5, 4.0),
    ]


def inversion_profile(sigma1: float, s: float) -> tuple[float, float]:
    kinks = inversion_breakpoints(sigma1)
    return (
        sum(k1 * max(0.0, s - b) for b, k1, _ in kinks),
        sum(k2 * max(0.0, s - b) for b, _, k2 in kinks),
    )


@dataclass(frozen=True)
class Check:
    """A design check: a property of the gadget and whether it holds."""

    claim: str
    holds: bool


def design_checks(samples: int = 41) -> list[Check]:
    """Verify the profiles interpolate their data over the whole admissible range, that the
    pieces keep their order, and that X Y = 1 (numerically on a fine grid)."""
    checks = []
    grid = [SIGMA_RANGE[0] + (SIGMA_RANGE[1] - SIGMA_RANGE[0]) * F(k, samples - 1) for k in range(samples)]
    ok = all(abs(variable_profile(float(sg), float(s)) - float(label)) < 1e-12 for sg in grid for s, label in variable_data())
    checks.append(Check("variable gadget: the profile fits every data line for every sigma in [-1/3, 1/3]", ok))
    ends = [variable_value(float(SIGMA_RANGE[0])), variable_value(float(SIGMA_RANGE[1]))]
    checks.append(Check("variable gadget: X ranges exactly over [1/2, 2]", abs(ends[0] - 0.5) < 1e-12 and abs(ends[1] - 2) < 1e-12))
    order = all(
        variable_breakpoints(float(sg))[1][0] <= float(VARIABLE_FREE[0]) + 1e-12
        and float(VARIABLE_FREE[1]) <= variable_breakpoints(float(sg))[2][0] + 1e-12
        for sg in grid
    )
    checks.append(Check("variable gadget: [5/4, 11/4] lies inside the middle piece for every sigma", order))
    inv_grid = [INVERSION_SIGMA1_RANGE[0] + (INVERSION_SIGMA1_RANGE[1] - INVERSION_SIGMA1_RANGE[0]) * F(k, samples - 1) for k in range(samples)]
    fits = all(
        max(abs(a - float(l1)), abs(b - float(l2))) < 1e-12
        for sg in inv_grid
        for s, l1, l2 in inversion_data()
        for a, b in [inversion_profile(float(sg), float(s))]
    )
    checks.append(Check("inversion gadget: both profiles fit every data line for every sigma1 in [0, 1/3]", fits))
    product = all(abs(inversion_x(float(sg)) * inversion_y(inversion_sigma2(float(sg))) - 1) < 1e-12 for sg in inv_grid)
    checks.append(Check("inversion gadget: X * Y = 1 for every sigma1 in [0, 1/3]", product))
    spans = all(
        bp[0][0] < bp[1][0] <= float(INVERSION_X_FREE[0]) + 1e-12
        and float(INVERSION_X_FREE[1]) <= bp[2][0] + 1e-12
        and bp[2][0] <= float(INVERSION_Y_FREE[0]) + 1e-12
        and float(INVERSION_Y_FREE[1]) <= bp[3][0] + 1e-12
        and bp[3][0] < 11 / 2
        and bp[2][0] < float(INVERSION_PIVOT_2[0]) < bp[3][0]
        for sg in inv_grid
        for bp in [inversion_breakpoints(float(sg))]
    )
    checks.append(Check("inversion gadget: breaklines keep their order and the free windows stay free", spans))
    return checks


# ---------------------------------------------------------------- as datasets and networks

def variable_band(extra: list[tuple[float, float]] = (), moved: tuple[float, float] | None = None) -> Dataset:
    """The variable gadget's data along its band coordinate s (1 input, 1 output): ``extra``
    points appended, the label at s = ``moved[0]`` replaced by ``moved[1]``."""
    rows = [(float(s), float(l)) for s, l in variable_data()]
    if moved is not None:
        rows = [(s, moved[1]) if s == moved[0] else (s, l) for s, l in rows]
    rows += list(extra)
    return Dataset(np.array([[s] for s, _ in rows]), np.array([[l] for _, l in rows]), name="variable-gadget")


def variable_network(sigma: float) -> Weights:
    """The 4-ReLU network that fits :func:`variable_band` exactly at slope parameter sigma."""
    kinks = variable_breakpoints(sigma)
    return Weights((Layer(np.ones((4, 1)), np.array([-b for b, _ in kinks])), Layer(np.array([[k for _, k in kinks]]), np.zeros(1))))


def inversion_band(extra: list[tuple[float, float, float]] = ()) -> Dataset:
    """The inversion gadget's data along its band coordinate (1 input, 2 outputs)."""
    rows = [(float(s), float(a), float(b)) for s, a, b in inversion_data()] + list(extra)
    return Dataset(np.array([[r[0]] for r in rows]), np.array([[r[1], r[2]] for r in rows]), name="inversion-gadget")


def inversion_network(sigma1: float) -> Weights:
    """The 5-ReLU network that fits :func:`inversion_band` exactly at sigma1."""
    kinks = inversion_breakpoints(sigma1)
    return Weights((
        Layer(np.ones((5, 1)), np.array([-b for b, _, _ in kinks])),
        Layer(np.array([[k for _, k, _ in kinks], [k for _, _, k in kinks]]), np.zeros(2)),
    ))
