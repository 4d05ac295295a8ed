"""Networks found inside the direction tree: its primal side.

The tree of ``direction_parts.py`` bounds nodes from below; without networks of its own it prunes
against the cutoff it started with. Two classes of teacher-N12-n2-m2-p2-s0 start in parallel from
the warm start's 0.15318 while the optimum is 0.15134: their trees left 18 and 6 pattern tuples
open instead of 5 and 4, and the leaves had to find the optimum before proving anything.

A pattern tuple fixes every neuron's activation pattern; its networks are then
F_i = sum_j a_j (u_j . x~_i) [i active for j] + c, with the pattern's sign rows on each u_j.
For fixed output directions a_j this is a convex QP in (u, c); for fixed u it is a least-squares
problem in the free direction coordinates and c. ``fit_tuple`` alternates the two (each step
minimizes the same loss over one block, so the loss never rises) from a start direction and
returns the network, valued by the numpy forward pass: whatever a solver's tolerance did to the
sign rows, the value is the loss of the returned weights.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..bounds import parameter_bounds
from ..network import Weights, augmented, loss_value
from ..reformulations.anchor_normalized import anchor_u_bound, anchor_weights
from ..relaxations.dense_qp import solve_least_squares
from ..relaxations.direction_cells import direction_ratio

ALTERNATIONS = 3  # block steps before Gauss-Newton (from a sector's middle direction the first
# ones move far: teacher-N12's optimum tuple 3.54 -> 0.158 -> 0.152)
NEWTON_STEPS = 40
SETTLED = 1e-13  # relative decrease below which Gauss-Newton stops
DAMPING = (1e-8, 1e8)  # Levenberg-Marquardt damping: start, give up above


@dataclass(frozen=True)
class TupleNetwork:
    """A network whose hidden neurons follow a pattern tuple (up to the QP's tolerance)."""

    value: float  # forward-pass loss in the problem's units
    weights: Weights
    cells: tuple[int, ...]


class TupleFitter:
    """Networks of one anchor class with given activation patterns (module docstring)."""

    def __init__(self, problem, patterns: np.ndarray, anchors: tuple, highspy=None) -> None:
        data, arch = problem.dataset, problem.architecture
        self.problem, self.anchors, self.highspy = problem, tuple(anchors), highspy
        self.x, self.y = np.asarray(data.x, float), np.asarray(data.y, float)
        self.x_tilde = augmented(self.x, arch.hidden_bias)
        self.patterns = np.asarray(patterns, dtype=float)
        self.u_bound = anchor_u_bound(problem)
        self.parameters = parameter_bounds(data, arch, problem.domain, problem.loss)
        self.bias_lower, self.bias_upper = self.parameters.output_bias_interval(arch)

    def fit(self, cells: tuple[int, ...], angles: tuple[float, ...]) -> TupleNetwork | None:
        """A local optimum of the tuple from output directions at ``angles`` (one per neuron):
        a few alternations, then damped Gauss-Newton steps on (u, a, c) jointly (alternation
        alone converges linearly: teacher-N12's optimum tuple needed 64 rounds for 1e-9);
        None if a QP did not solve."""
        a = self._directions(angles)
        step = self._u_step(cells, a)
        if step is None:
            return None
        u, bias = step
        for _ in range(ALTERNATIONS):
            found = self._direction_step(cells, u, a)
            step = None if found is None else self._u_step(cells, found)
            if step is None:
                break
            a, (u, bias) = found, step
        u, a, bias = self._gauss_newton(cells, u, a, bias)
        weights = anchor_weights(u, a, bias if self.problem.architecture.output_bias else None,
                                 self.problem.architecture, self.parameters, self.problem.domain)
        return TupleNetwork(loss_value(weights.predict(self.x), self.y, "squared"), weights, tuple(cells))

    def _directions(self, angles) -> np.ndarray:
        """a (2 outputs x neurons): each column's anchor coordinate its sign, the other the
        direction's ratio (two outputs: where the direction tree applies)."""
        a = np.zeros((2, len(angles)))
        for j, ((k, sign), angle) in enumerate(zip(self.anchors, angles)):
            a[k, j], a[1 - k, j] = sign, min(1.0, max(-1.0, direction_ratio(k, angle)))
        return a

    def _features(self, cells) -> list[np.ndarray]:
        """Per neuron the rows x~_i at its active points, zero elsewhere."""
        return [self.patterns[c][:, None] * self.x_tilde for c in cells]

    def _post(self, cells, u) -> np.ndarray:
        """Each neuron's post-activations on its pattern (N x width): linear in u_j."""
        return np.column_stack([feature @ u_j for feature, u_j in zip(self._features(cells), u)])

    def _u_columns(self, cells, a) -> np.ndarray:
        """d F / d u (rows (point, output) as y.reshape(-1); columns u_j's coordinates)."""
        n_points, d = self.x_tilde.shape
        outputs, width = a.shape
        block = np.zeros((n_points * outputs, width * d))
        for j, feature in enumerate(self._features(cells)):
            for l in range(outputs):
                block[np.arange(n_points) * outputs + l, j * d:(j + 1) * d] = a[l, j] * feature
        return block

    def _bias_columns(self) -> np.ndarray:
        n_points, outputs = self.y.shape
        return np.tile(np.eye(outputs), (n_points, 1))

    def _sign_rows(self, cells, n_columns: int) -> np.ndarray:
        """The patterns' sign rows (2 p_ji - 1) u_j . x~_i >= 0 over the first width x d columns."""
        n_points, d = self.x_tilde.shape
        cone = np.zeros((n_points * len(cells), n_columns))
        for j, c in enumerate(cells):
            cone[j * n_points:(j + 1) * n_points, j * d:(j + 1) * d] = (2 * self.patterns[c] - 1)[:, None] * self.x_tilde
        return cone

    def _u_step(self, cells, a):
        """min over (u, c) with the directions fixed: the pattern's sign rows on each u_j."""
        width, d = a.shape[1], self.x_tilde.shape[1]
        design = np.hstack([self._u_columns(cells, a), self._bias_columns()])
        cone = self._sign_rows(cells, design.shape[1])
        lower = np.concatenate([np.tile(-self.u_bound, width), self.bias_lower])
        upper = np.concatenate([np.tile(self.u_bound, width), self.bias_upper])
        point = solve_least_squares(design, cone, self.y.reshape(-1), lower, upper, self.highspy)
        if point is None:
            return None
        return point.z[:width * d].reshape(width, d), point.z[width * d:]

    def _direction_step(self, cells, u, a) -> np.ndarray | None:
        """min over the free direction coordinates (in [-1, 1]) and c with u fixed, output by
        output (each output's coordinates of a are its own least-squares problem)."""
        z = self._post(cells, u)
        a = a.copy()
        for l in range(a.shape[0]):
            free = [j for j, (k, _) in enumerate(self.anchors) if k != l]
            fixed = [j for j, (k, _) in enumerate(self.anchors) if k == l]
            target = self.y[:, l] - z[:, fixed] @ a[l, fixed]
            design = np.column_stack([z[:, free], np.ones(len(target))])
            lower = np.concatenate([-np.ones(len(free)), [self.bias_lower[l]]])
            upper = np.concatenate([np.ones(len(free)), [self.bias_upper[l]]])
            point = solve_least_squares(design, np.zeros((0, design.shape[1])), target, lower, upper, self.highspy)
            if point is None:
                return None
            a[l, free] = point.z[:len(free)]
        return a

    def _loss(self, cells, u, a, bias) -> float:
        """The tuple's smooth model's loss (every neuron linear on its active points)."""
        return float(np.sum((self._post(cells, u) @ a.T + bias[None, :] - self.y) ** 2))

    def _gauss_newton(self, cells, u, a, bias):
        """Levenberg-Marquardt on the smooth model with the sign rows kept exactly: each step is
        min ||R + J (v' - v)||^2 + mu ||v' - v||^2 over the new point v' with C u' >= 0 and the
        boxes, accepted when the loss falls."""
        n_points, d = self.x_tilde.shape
        outputs, width = a.shape
        free = [(l, j) for j in range(width) for l in range(outputs) if l != self.anchors[j][0]]
        n_u, n_vars = width * d, width * d + len(free) + outputs
        cone = self._sign_rows(cells, n_vars)
        lower = np.concatenate([np.tile(-self.u_bound, width), -np.ones(len(free)), self.bias_lower])
        upper = np.concatenate([np.tile(self.u_bound, width), np.ones(len(free)), self.bias_upper])
        rows = np.arange(n_points) * outputs
        value = self._loss(cells, u, a, bias)
        mu = DAMPING[0]
        for _ in range(NEWTON_STEPS):
            v = np.concatenate([u.ravel(), [a[l, j] for l, j in free], bias])
            post = self._post(cells, u)
            directions = np.zeros((n_points * outputs, len(free)))
            for position, (l, j) in enumerate(free):
                directions[rows + l, position] = post[:, j]
            jacobian = np.hstack([self._u_columns(cells, a), directions, self._bias_columns()])
            residual = (post @ a.T + bias[None, :] - self.y).reshape(-1)
            while mu <= DAMPING[1]:
                design = np.vstack([jacobian, math.sqrt(mu) * np.eye(n_vars)])
                target = np.concatenate([jacobian @ v - residual, math.sqrt(mu) * v])
                point = solve_least_squares(design, cone, target, lower, upper, self.highspy)
                if point is not None:
                    new_u = point.z[:n_u].reshape(width, d)
                    new_a = a.copy()
                    for position, (l, j) in enumerate(free):
                        new_a[l, j] = point.z[n_u + position]
                    new_bias = point.z[n_u + len(free):]
                    new_value = self._loss(cells, new_u, new_a, new_bias)
                    if new_value < value:
                        break
                mu *= 10.0
            else:
                return u, a, bias  # no step lowers the loss: a local optimum to the QP's accuracy
            settled = value - new_value <= SETTLED * value
            u, a, bias, value = new_u, new_a, new_bias, new_value
            mu = max(mu / 10.0, DAMPING[0])
            if settled:
                break
        return u, a, bias
