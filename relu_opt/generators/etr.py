"""ETR-INV formula -> dataset with 2 inputs and 2 outputs: an exact fit exists iff satisfiable.

The formula format (one constraint per line, ``#`` comments):

    X + Y = Z        addition (variables may repeat: X + X = Y)
    X * Y = 1        inversion

Every variable lives in [1/2, 2] (ETR-INV). The construction (gadgets in ``etr_gadgets.py``):

* every variable is a *band* (4 ReLUs, output 1); its middle slope encodes the value;
* a linear constraint sum_v a_v X_v = d on at most two distinct variables is one data point
  where their bands cross, at band coordinates s_v = 2 + kappa a_v in the free windows; the
  label sum_v g_v(s_v) = |bands| + kappa r, with r = (4d - 5 sum a)/9, forces sum a_v sigma_v = r.
  With three distinct variables the third gets a fresh *copy* band placed through the point of
  the first two, and a pair point ties copy and original (sigma equal);
* X * Y = 1 is an inversion band (5 ReLUs, both outputs) linked to X by a pair point (X's band
  and the inversion's output-1 window, where output 2 is 0) and to Y by a triple point with a
  *bridge* band (4 ReLUs, the same profile on both outputs): output 1 and output 2 there give two
  equations whose difference ties Y to the inversion's output-2 slope while the bridge absorbs
  the rest (its slope equals Y's).

Bands have pairwise different directions, so any two cross; constraint points are placed at
designated crossings and checked to lie outside every other band, and each band's data lines
(3 points per line) lie beyond all crossings. The hidden width is the total number of gadget
ReLUs: an exact fit uses every neuron for its band. Correctness of the whole construction is
checked, not proved, here: see the certified-solve checks in the README and the issue-4 note.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from ..data import Dataset
from ..errors import InputError
from ..network import Layer, Weights
from . import etr_gadgets as g

POINTS_PER_LINE = 3
LINE_SPACING = 0.5  # along-band distance between the points of a data line
MARGIN = 0.25  # data and constraint points keep this distance from other bands' supports

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_ADD = re.compile(rf"^({_NAME})\s*\+\s*({_NAME})\s*=\s*({_NAME})$")
_INV = re.compile(rf"^({_NAME})\s*\*\s*({_NAME})\s*=\s*1$")


@dataclass(frozen=True)
class Formula:
    variables: tuple[str, ...]
    additions: tuple[tuple[str, str, str], ...]
    inversions: tuple[tuple[str, str], ...]

    def satisfied_by(self, values: dict[str, float], tolerance: float = 1e-9) -> bool:
        in_range = all(0.5 - tolerance <= values[v] <= 2 + tolerance for v in self.variables)
        sums = all(abs(values[a] + values[b] - values[c]) <= tolerance for a, b, c in self.additions)
        products = all(abs(values[a] * values[b] - 1) <= tolerance for a, b in self.inversions)
        return in_range and sums and products


def parse_formula(text: str, source: str = "formula") -> Formula:
    variables: list[str] = []
    additions, inversions = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if match := _ADD.match(line):
            additions.append(match.groups())
        elif match := _INV.match(line):
            inversions.append(match.groups())
        else:
            raise InputError(f"{source}: line {number}: expected 'X + Y = Z' or 'X * Y = 1', got {line!r}")
        for name in match.groups():
            if name not in variables:
                variables.append(name)
    if not variables:
        raise InputError(f"{source}: no constraints")
    return Formula(tuple(variables), tuple(additions), tuple(inversions))


@dataclass
class Band:
    name: str
    kind: str  # variable, copy, bridge, inversion
    angle: float
    offset: float = math.nan
    of: str = ""  # the variable a copy or bridge follows, the (x, y) of an inversion

    @property
    def normal(self) -> np.ndarray:
        return np.array([math.cos(self.angle), math.sin(self.angle)])

    @property
    def along(self) -> np.ndarray:
        return np.array([-math.sin(self.angle), math.cos(self.angle)])

    @property
    def support(self) -> tuple[float, float]:
        return (0.0, 6.0) if self.kind == "inversion" else (0.0, 4.0)

    def s(self, x: np.ndarray) -> np.ndarray:
        return x @ self.normal - self.offset

    def at(self, s: float, r: float) -> np.ndarray:
        return (self.offset + s) * self.normal + r * self.along


@dataclass
class ConstraintPoint:
    label: str
    terms: list[tuple[str, float]]  # (band, band coordinate s)
    targets: tuple[float, float]
    x: np.ndarray = field(default_factory=lambda: np.zeros(2))


@dataclass
class Reduction:
    formula: Formula
    bands: dict[str, Band]
    points: list[ConstraintPoint]
    dataset: Dataset

    @property
    def width(self) -> int:
        return sum(5 if b.kind == "inversion" else 4 for b in self.bands.values())

    def network(self, values: dict[str, float]) -> Weights:
        """The exact fit for a satisfying assignment (raises if it is not one)."""
        if not self.formula.satisfied_by(values):
            raise InputError(f"{values} does not satisfy the formula")
        rows, biases, out1, out2 = [], [], [], []
        for band in self.bands.values():
            for breakpoint, k1, k2 in _band_kinks(band, values):
                rows.append(band.normal)
                biases.append(-(band.offset + breakpoint))
                out1.append(k1)
                out2.append(k2)
        return Weights((
            Layer(np.array(rows), np.array(biases)),
            Layer(np.array([out1, out2]), np.zeros(2)),
        ))

    def read_values(self, weights: Weights) -> dict[str, float]:
        """Variable values from a fitted network: the second breakline of each variable's band."""
        hidden = weights.layers[0]
        values = {}
        for name in self.formula.variables:
            band = self.bands[name]
            positions = []
            for w, b in zip(hidden.weight, hidden.bias):
                norm = np.linalg.norm(w)
                if norm > 0 and abs(abs(w @ band.normal) / norm - 1) < 1e-6:
                    position = -b / (w @ band.normal) - band.offset
                    if -0.5 < position < 4.5:
                        positions.append(position)
            positions.sort()
            if len(positions) < 4:
                raise InputError(f"the network has no complete band for {name}")
            t1 = positions[1]
            values[name] = g.variable_value((1 - t1) / (2 - t1))
        return values

    def box(self) -> float:
        """A weight bound that holds every exact fit this construction builds."""
        largest = max(abs(b.offset) for b in self.bands.values()) + 8.0
        return float(math.ceil(largest))


def reduce(formula: Formula, seed: int = 0, attempts: int = 200) -> Reduction:
    """Lay out bands and points for ``formula``; retries layouts until no point is covered by a
    band that should not be there."""
    rng = np.random.default_rng(seed)
    for _ in range(attempts):
        layout = _try_layout(formula, rng)
        if layout is not None:
            return layout
    raise InputError(f"no layout without conflicts found in {attempts} attempts (try another seed)")


def _linear_constraints(formula: Formula) -> list[tuple[dict[str, int], int]]:
    """X + Y = Z as coefficient maps (repeated variables merged; zero coefficients dropped)."""
    constraints = []
    for a, b, c in formula.additions:
        coefficients: dict[str, int] = {}
        for name, sign in ((a, 1), (b, 1), (c, -1)):
            coefficients[name] = coefficients.get(name, 0) + sign
        constraints.append(({k: v for k, v in coefficients.items() if v != 0}, 0))
    return constraints


def _try_layout(formula: Formula, rng: np.random.Generator) -> Reduction | None:
    linear = _linear_constraints(formula)
    names = list(formula.variables)
    bands: dict[str, Band] = {n: Band(n, "variable", 0.0) for n in names}
    plan = []  # (kind, data) in placement order
    for k, (coefficients, d) in enumerate(linear):
        if len(coefficients) == 3:
            first, second, third = list(coefficients)
            copy = f"{third}~copy{k}"
            bands[copy] = Band(copy, "copy", 0.0, of=third)
            plan.append(("linear", ({first: coefficients[first], second: coefficients[second], copy: coefficients[third]}, d, copy)))
            plan.append(("linear", ({third: 1, copy: -1}, 0, None)))
        else:
            plan.append(("linear", (coefficients, d, None)))
    for k, (x, y) in enumerate(formula.inversions):
        inv, bridge = f"inv{k}", f"bridge{k}"
        bands[inv] = Band(inv, "inversion", 0.0, of=f"{x},{y}")
        bands[bridge] = Band(bridge, "bridge", 0.0, of=y)
        plan.append(("inversion", (x, y, inv, bridge)))
    count = len(bands)
    angles = (np.arange(count) + 0.5) * math.pi / count + rng.uniform(-0.15, 0.15) * math.pi / count
    for band, angle in zip(bands.values(), rng.permutation(angles)):
        band.angle = float(angle)
    dependent = {data[2] for kind, data in plan if kind == "linear" and data[2]} | {
        data[3] for kind, data in plan if kind == "inversion"
    }
    spread = 6.0 * count
    for band in bands.values():
        if band.name not in dependent:
            band.offset = float(rng.uniform(-spread, spread))
    points: list[ConstraintPoint] = []
    for kind, data in plan:
        if kind == "linear":
            points.append(_linear_point(bands, *data))
        else:
            points += _inversion_points(bands, *data)
    if not _points_clear(bands, points):
        return None
    dataset = _dataset(bands, points, formula)
    return Reduction(formula, bands, points, dataset)


def _linear_point(bands, coefficients: dict[str, int], d: int, placed: str | None) -> ConstraintPoint:
    """One data point for sum a_v X_v = d; ``placed`` names a band whose offset it fixes."""
    total = sum(coefficients.values())
    r = (4 * d - 5 * total) / 9  # = sum a_v sigma_v
    kappa = min(0.5, 0.7 / max(abs(a) for a in coefficients.values()))
    terms = [(name, 2 + kappa * a) for name, a in coefficients.items()]
    label = len(terms) + kappa * r
    point = ConstraintPoint(" + ".join(f"{a}*{n}" for n, a in coefficients.items()) + f" = {d}", terms, (label, 0.0))
    _locate(bands, point, placed)
    return point


def _inversion_points(bands, x: str, y: str, inv: str, bridge: str) -> list[ConstraintPoint]:
    c, v = (float(t) for t in g.INVERSION_PIVOT_2)
    # X link: sigma_X - 2 sigma1 = -1/3 (X = 5/4 + 9 sigma/4 = 1/2 + 9 sigma1/2)
    x_link = ConstraintPoint(f"{x} = X of {inv}", [(x, 9 / 4), (inv, 3 / 2)], (2 + 0.25 * (-1 / 3), 0.0))
    # Y link: sigma2 = 9 sigma_Y/4 + 51/28 with the bridge's slope equal to Y's
    s_inv = c + 0.25
    terms = [(y, 41 / 16), (inv, s_inv), (bridge, 23 / 16)]
    out1 = 2 + (6 - s_inv) / 2
    out2 = 1 + v + 51 / 112
    y_link = ConstraintPoint(f"{y} = Y of {inv}", terms, (out1, out2))
    _locate(bands, x_link, None)
    _locate(bands, y_link, bridge)
    return [x_link, y_link]


def _locate(bands, point: ConstraintPoint, placed: str | None) -> None:
    """Where the first two bands have the required coordinates (one band: far along it);
    a placed third band gets the offset that puts the point at its coordinate."""
    fixed = [(n, s) for n, s in point.terms if n != placed]
    if len(fixed) == 1:
        name, s = fixed[0]
        band = bands[name]
        point.x = band.at(s, _clear_r(bands, band, s, s))
    else:
        (a, sa), (b, sb) = fixed[:2]
        matrix = np.array([bands[a].normal, bands[b].normal])
        point.x = np.linalg.solve(matrix, np.array([bands[a].offset + sa, bands[b].offset + sb]))
    if placed is not None:
        s_placed = dict(point.terms)[placed]
        bands[placed].offset = float(point.x @ bands[placed].normal - s_placed)


def _points_clear(bands, points: list[ConstraintPoint]) -> bool:
    for point in points:
        involved = {n for n, _ in point.terms}
        for band in bands.values():
            if band.name in involved:
                continue
            low, high = band.support
            if low - MARGIN < band.s(point.x) < high + MARGIN:
                return False
    return True


def _clear_r(bands, band: Band, s_low: float, s_high: float) -> float:
    """An along-band position beyond every other band's support, for s in [s_low, s_high]."""
    start = 0.0
    for other in bands.values():
        if other is band:
            continue
        slope = other.normal @ band.along
        low, high = other.support
        values = []
        for s in (s_low, s_high):
            base = (band.offset + s) * (other.normal @ band.normal) - other.offset
            for target in (low - MARGIN - 1, high + MARGIN + 1):
                values.append((target - base) / slope)
        start = max(start, max(values))
    return start + 1.0


def _band_labels(band: Band) -> list[tuple[float, float, float]]:
    if band.kind == "inversion":
        return [(float(s), float(l1), float(l2)) for s, l1, l2 in g.inversion_data()]
    both = band.kind == "bridge"
    return [(float(s), float(l), float(l) if both else 0.0) for s, l in g.variable_data()]


def _dataset(bands, points, formula: Formula) -> Dataset:
    xs, ys = [], []
    for band in bands.values():
        rows = _band_labels(band)
        r0 = _clear_r(bands, band, min(s for s, _, _ in rows), max(s for s, _, _ in rows))
        for s, l1, l2 in rows:
            for k in range(POINTS_PER_LINE):
                xs.append(band.at(s, r0 + k * LINE_SPACING))
                ys.append((l1, l2))
    for point in points:
        xs.append(point.x)
        ys.append(point.targets)
    text = "; ".join([f"{a} + {b} = {c}" for a, b, c in formula.additions] + [f"{a} * {b} = 1" for a, b in formula.inversions])
    return Dataset(np.array(xs), np.array(ys), name="etr", metadata={"formula": text})


def _band_kinks(band: Band, values: dict[str, float]) -> list[tuple[float, float, float]]:
    """(breakpoint, output-1 kink, output-2 kink) of a band under an assignment."""
    if band.kind == "inversion":
        x, _ = band.of.split(",")
        return g.inversion_breakpoints(g.inversion_sigma1(values[x]))
    source = band.name if band.kind == "variable" else band.of
    sigma = g.variable_sigma(values[source])
    kinks = g.variable_breakpoints(sigma)
    both = band.kind == "bridge"
    return [(b, k, k if both else 0.0) for b, k in kinks]
