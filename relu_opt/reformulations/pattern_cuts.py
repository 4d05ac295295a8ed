"""Geometric implications between one first-layer neuron's activation binaries (Radon cuts).

A first-layer neuron is active on the points with u . x~_i > 0 (x~ = (x, 1) with a bias, x
without): an open half-space, whose complement (inactive) is closed; both are convex. If some
points are linearly dependent, sum_i lam_i x~_i = 0, with A = {lam > 0} and B = {lam < 0}, then
sum_A lam_a x~_a = sum_B |lam_b| x~_b, so "all of A active and all of B inactive" is impossible
(the left side is > 0 on u, the right side <= 0), and so is the reverse. For r+1 points in
general position in r = dim x~ there is one such (Radon) partition; in the plane with biases:
a point inside a triangle (A = the triangle, B = the point) or two crossing segments.
As rows on the binaries:  sum_A z_a - sum_B z_b <= |A| - 1  and  sum_B z_b - sum_A z_a <= |B| - 1.
Points with identical inputs get equal binaries.

Valid for the canonical pattern z_i = [u . x~_i > 0], which every big-M or indicator encoding
admits for every u (z = 0 forces pre <= 0, z = 1 forces post = pre >= 0): every network keeps a
labelling that satisfies the rows, so the optimum is unchanged; the rows remove labellings of
binaries that no weights realize (2^N labellings -> the O(N^r) cells of the arrangement), which
branching would otherwise have to refute one by one. Stable ReLUs (no binary) take part in none.

Which subsets: each point with its ``neighbours`` nearest (in input space) taken r at a time -
local dependencies are the ones propagation needs (fixing neighbours fixes the point between them).
"""

from __future__ import annotations

import itertools

import numpy as np
import pyomo.environ as pyo

from ..formulation import TrainingModel
from ..network import augmented

NEIGHBOURS = 5  # nearest points per point whose dependencies become rows
MAX_DIMENSION = 4  # dim x~ beyond this: the subsets grow as C(k, r); not used
TOLERANCE = 1e-9  # relative size of a dependency coefficient taken as 0


def radon_partitions(x_tilde: np.ndarray, neighbours: int = NEIGHBOURS) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(A, B) index pairs of linearly dependent, locally chosen subsets of the rows of
    ``x_tilde`` (each partition once; identical rows are handled by :func:`duplicate_groups`)."""
    distinct = _first_of_each(x_tilde)
    points = x_tilde[distinct]
    count, r = points.shape
    if count < r + 1 or r > MAX_DIMENSION:
        return []
    rank = np.linalg.matrix_rank(points)
    partitions: set[tuple[tuple[int, ...], tuple[int, ...]]] = set()
    distances = np.linalg.norm(points[:, None, :] - points[None, :, :], axis=2)
    for i in range(count):
        near = [int(k) for k in np.argsort(distances[i]) if k != i][:neighbours]
        for others in itertools.combinations(near, rank):
            subset = (i, *others)
            partition = _dependency(points[list(subset)])
            if partition is None:
                continue
            a, b = ([distinct[subset[k]] for k in side] for side in partition)
            key = (tuple(sorted(a)), tuple(sorted(b)))
            partitions.add(min(key, key[::-1]))
    return sorted(partitions)


def duplicate_groups(x_tilde: np.ndarray) -> list[list[int]]:
    """Groups (size >= 2) of points with identical inputs: same pre-activation, same pattern."""
    groups: dict[bytes, list[int]] = {}
    for i, row in enumerate(x_tilde):
        groups.setdefault(np.ascontiguousarray(row).tobytes(), []).append(i)
    return [g for g in groups.values() if len(g) > 1]


def add_pattern_cuts(training: TrainingModel, neighbours: int = NEIGHBOURS) -> int:
    """Add the rows to ``training``'s first layer (neurons with an activation binary); return
    how many were added (0 where the encoding has no binaries)."""
    m = training.model
    x_tilde = augmented(training.dataset.x, training.architecture.hidden_bias)
    width = training.architecture.hidden[0]
    binaries = {(i, j): _binary(m.relu[1, i, j]) for i in range(x_tilde.shape[0]) for j in range(width)
                if (1, i, j) in m.relu}
    binaries = {key: var for key, var in binaries.items() if var is not None}
    if not binaries:
        return 0
    rows = []
    for a, b in radon_partitions(x_tilde, neighbours):
        for j in range(width):
            if all((i, j) in binaries for i in a + b):
                za = sum(binaries[i, j] for i in a)
                zb = sum(binaries[i, j] for i in b)
                rows.append(za - zb <= len(a) - 1)
                rows.append(zb - za <= len(b) - 1)
    for group in duplicate_groups(x_tilde):
        for j in range(width):
            for i, k in zip(group, group[1:]):
                if (i, j) in binaries and (k, j) in binaries:
                    rows.append(binaries[i, j] == binaries[k, j])
    m.pattern_cuts = pyo.ConstraintList()
    for row in rows:
        m.pattern_cuts.add(row)
    return len(rows)


def _binary(block) -> pyo.Var | None:
    """The activation binary of one ReLU block (big-M: ``on``; indicator: its disjunct's)."""
    on = getattr(block, "on", None)
    return getattr(on, "binary_indicator_var", on)


def _first_of_each(x_tilde: np.ndarray) -> list[int]:
    """The first point of each group of identical inputs."""
    seen: dict[bytes, int] = {}
    for i, row in enumerate(x_tilde):
        seen.setdefault(np.ascontiguousarray(row).tobytes(), i)
    return sorted(seen.values())


def _dependency(rows: np.ndarray) -> tuple[list[int], list[int]] | None:
    """(positive, negative) positions of the one linear dependency of ``rows``, or None if
    there is none or more than one (degenerate subsets are left out)."""
    _, singular, vt = np.linalg.svd(rows.T)
    scale = singular[0] if singular.size else 0.0
    null_dimension = rows.shape[0] - int(np.sum(singular > TOLERANCE * max(scale, 1.0)))
    if null_dimension != 1:
        return None
    lam = vt[-1]
    size = np.max(np.abs(lam))
    positive = [k for k, v in enumerate(lam) if v > TOLERANCE * size]
    negative = [k for k, v in enumerate(lam) if v < -TOLERANCE * size]
    if not positive or not negative:
        return None  # a dependency of one sign: the rows' cone contains 0 (no bias, opposite points)
    return positive, negative
