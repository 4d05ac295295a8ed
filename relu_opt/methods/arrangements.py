"""Activation patterns of data: the cells of the hyperplane arrangement {g : x~_i . g = 0}.

A neuron with weights g (bias included, x~ = (x, 1)) is active on the points where x~_i . g > 0;
the distinct sets of active points are the cells of the central arrangement of the hyperplanes
x~_i^T g = 0. ``all_patterns`` lists them exactly: after projecting onto the row space of X~ the
arrangement is essential, so every cell's closure contains a ray where r - 1 independent
hyperplanes meet; around each such ray every sign combination of the hyperplanes through it is a
candidate. Where exactly r - 1 hyperplanes meet on the ray (general position) every candidate is
an open cell; candidates of rays where more meet (duplicates, collinear points) are kept only if
an LP finds their open cell nonempty (N = 128 points in the plane: 16,258 cells, 40 s with an LP
for every candidate). There are O(N^(r-1)) of
them (r = rank of X~): practical for small input dimension. ``sampled_patterns`` draws gates
g ~ N(0, I) instead (the randomized relaxation).
"""

from __future__ import annotations

import itertools
import time

import numpy as np

from ..errors import InputError
from ..backends.highs_library import new_highs


GENERAL_POSITION_SHORTCUT = True
"""Off: every ray's 2^k sign vectors go through the LP (the exhaustive reference the tests compare the
shortcuts with: general-position rays without the LP, degenerate rays through their own arrangement)."""


class EnumerationTimeout(Exception):
    """``all_patterns`` passed its deadline (a caller with a time limit does something else)."""


def all_patterns(x_tilde: np.ndarray, max_candidates: int = 2_000_000, deadline: float | None = None) -> np.ndarray:
    """Every realizable activation pattern (rows of 0/1, one per open cell), sorted.

    ``deadline`` (a ``time.perf_counter()`` value): raise EnumerationTimeout once it has passed
    (a time-limited solve asked for 2 s spent 2 s here before its first node: CI).

    A zero row (the input 0 without a bias column) has x~ . g = 0 for every g: never active
    (all rows zero: the one pattern with nothing active).
    It is left out of the arrangement and gets 0 in every pattern (kept in, its open-cell LP
    could never be strict, and no pattern at all was found: issue 10's differential run)."""
    zero = ~np.any(x_tilde != 0, axis=1)
    if zero.all():  # every input 0 without a bias: one pattern, nothing ever active
        return np.zeros((1, x_tilde.shape[0]), dtype=int)
    if zero.any():
        inner = all_patterns(x_tilde[~zero], max_candidates, deadline)
        patterns = np.zeros((len(inner), x_tilde.shape[0]), dtype=int)
        patterns[:, ~zero] = inner
        return patterns
    basis = _row_space(x_tilde)
    projected = x_tilde @ basis  # N x r; same patterns, essential arrangement
    n, r = projected.shape
    if r == 1:
        candidates = {tuple((projected[:, 0] * s > 0).astype(int)) for s in (1.0, -1.0)}
        return np.array(sorted(candidates), dtype=int)
    combos = itertools.combinations(range(n), r - 1)
    count = _binomial(n, r - 1)
    if count * 2 * 2 ** (r - 1) > max_candidates:
        raise InputError(
            f"exact pattern enumeration needs ~{count * 2 ** r} candidates for N={n}, rank {r}: "
            "too many; use sampled patterns"
        )
    certain: set[tuple[int, ...]] = set()  # from rays through exactly r - 1 hyperplanes: open cells
    candidates: set[tuple[int, ...]] = set()  # from degenerate rays: to be checked by the LP
    seen: set[tuple[int, ...]] = set()  # degenerate rays already expanded (both signs at once)
    scale = np.abs(projected).max()
    for number, subset in enumerate(combos):
        if deadline is not None and number % 256 == 0:
            _check(deadline)
        rows = projected[list(subset)]
        _, singular, vt = np.linalg.svd(rows)
        if singular[-1] < 1e-10 * scale:
            continue  # not independent: no ray
        ray = vt[-1]
        values = projected @ ray
        tolerance = scale * (1 + np.abs(ray).sum())
        zero = np.abs(values) <= 1e-9 * tolerance
        fixed = values > 0
        through = np.flatnonzero(zero)
        if GENERAL_POSITION_SHORTCUT and len(through) > r - 1:
            # A ray where more hyperplanes meet (collinear points: an ETR gadget's grid has lines
            # of 16 points, met again from each of its C(16, 2) pairs). Its cells are the cells of
            # the smaller arrangement of the hyperplanes through it, not all 2^k sign vectors
            # (2^16 candidates a line, each through the LP: 297 s for 46 points).
            key = tuple(through)  # (r - 1 independent points on it fix the ray up to its sign)
            if key in seen:
                continue
            seen.add(key)
            candidates.update(_around_degenerate_ray(projected, ray, values, through, tolerance, deadline))
            continue
        # In general position (only the r - 1 independent hyperplanes of the subset meet on the
        # ray, as every ray that reaches here with the shortcut on) every sign combination of them
        # is an open cell: move g off the ray along a direction with those signs, by less than any
        # other point's distance. A point barely off the ray (near-duplicate inputs) makes cells too
        # thin to trust: those candidates go through the LP, which drops cells with a margin under 1e-9.
        clear = np.min(np.abs(values[~zero]), initial=np.inf) > 1e-6 * tolerance
        found = certain if GENERAL_POSITION_SHORTCUT and clear else candidates
        for direction in (1.0, -1.0):
            base = fixed if direction > 0 else (values < 0)
            for signs in itertools.product((0, 1), repeat=len(through)):
                pattern = base.copy()
                pattern[through] = signs
                found.add(tuple(pattern.astype(int)))
    doubtful = np.array(sorted(candidates - certain), dtype=int).reshape(-1, n)
    realizable = {tuple(p) for p in _open_cells(projected, doubtful, deadline)} | certain
    return np.array(sorted(realizable), dtype=int)


def _around_degenerate_ray(projected: np.ndarray, ray: np.ndarray, values: np.ndarray, through: np.ndarray,
                           tolerance: float, deadline: float | None) -> set[tuple[int, ...]]:
    """Candidate patterns of the cells whose closure holds ``ray`` (or -ray), where the
    hyperplanes of the points ``through`` meet: off the ray every other point keeps its side, and
    near g = ray + e d the points exactly on it take the sides of a cell of their own
    arrangement, with normals projected across the ray (one dimension less: k points on a line
    in the plane give 2k cells, not 2^k). A point only nearly on the ray (|x~ . ray| above
    1e-12 of the scale: near-duplicate inputs) takes both sides, as every point did before, so
    thin cells between nearly meeting hyperplanes stay candidates; the LP decides all of them."""
    exact = through[np.abs(values[through]) <= 1e-12 * tolerance]
    near = np.setdiff1d(through, exact)
    normals = projected[exact] - np.outer(projected[exact] @ ray, ray)
    local = all_patterns(normals, deadline=deadline) if len(exact) else np.zeros((1, 0), dtype=int)
    found: set[tuple[int, ...]] = set()
    for direction in (1.0, -1.0):
        base = values > 0 if direction > 0 else values < 0
        for cell in local:
            for signs in itertools.product((0, 1), repeat=len(near)):
                pattern = base.copy()
                pattern[exact] = cell
                pattern[near] = signs
                found.add(tuple(pattern.astype(int)))
    return found


def _check(deadline: float | None) -> None:
    if deadline is not None and time.perf_counter() > deadline:
        raise EnumerationTimeout("the arrangement's enumeration passed its deadline")


def _open_cells(projected: np.ndarray, candidates: np.ndarray, deadline: float | None = None) -> np.ndarray:
    """The candidates whose open cell is nonempty: one LP (max margin t with s_i x~_i . g >= t,
    g in [-1, 1]^r) kept warm, candidate after neighbouring candidate, each move changing the
    signs of the rows of the points that changed side (16,258 cells of 128 points: the LP per
    candidate from scratch took most of a minute)."""
    import highspy

    if len(candidates) == 0:
        return candidates
    n, r = projected.shape
    lp = new_highs(highspy)
    inf = highspy.kHighsInf
    lp.addVars(r, [-1.0] * r, [1.0] * r)
    lp.addVar(-inf, 1.0)  # t <= 1
    lp.changeColCost(r, -1.0)  # maximise t
    current = np.zeros(n, dtype=int)  # rows start as -x~_i . g - t >= 0 (pattern 0)
    for row in projected:
        lp.addRow(0.0, inf, r + 1, np.arange(r + 1, dtype=np.int32), np.append(-row, -1.0))
    kept = []
    order = similar_order(candidates)
    _check(deadline)
    for number, index in enumerate(order):
        if number % 64 == 0:
            _check(deadline)
        pattern = candidates[index]
        for i in np.flatnonzero(pattern != current):
            sign = 1.0 if pattern[i] else -1.0
            for k in range(r):
                lp.changeCoeff(int(i), k, float(sign * projected[i, k]))
        current = pattern.copy()
        lp.run()
        if lp.getModelStatus() == highspy.HighsModelStatus.kOptimal and -lp.getInfo().objective_function_value > 1e-9:
            kept.append(pattern)
    return np.array(kept, dtype=int).reshape(-1, n)


def similar_order(patterns: np.ndarray) -> np.ndarray:
    """An order of the cells in which each is near the previous one (greedy nearest neighbour in
    Hamming distance): moving between them changes few rows of the warm LP. Patterns are packed
    64 points to a word and distances counted with popcount (N = 64, 4,034 cells: 1.3 s point by
    point, 0.12 s packed)."""
    count = len(patterns)
    if count <= 2:
        return np.arange(count)
    words = _packed_words(patterns)
    order = np.empty(count, dtype=np.int64)
    order[0] = 0
    used = np.zeros(count, dtype=bool)
    used[0] = True
    current = words[0]
    for step in range(1, count):
        distance = _popcount(words ^ current).sum(axis=1, dtype=np.int64)
        distance[used] = np.iinfo(np.int64).max
        chosen = int(np.argmin(distance))
        order[step] = chosen
        used[chosen] = True
        current = words[chosen]
    return order


def _packed_words(patterns: np.ndarray) -> np.ndarray:
    packed = np.packbits(np.asarray(patterns, dtype=bool), axis=1)
    padding = (-packed.shape[1]) % 8
    return np.ascontiguousarray(np.pad(packed, ((0, 0), (0, padding)))).view(np.uint64)


_BYTE_COUNTS = np.array([bin(value).count("1") for value in range(256)], dtype=np.int64)


def _popcount(words: np.ndarray) -> np.ndarray:
    if hasattr(np, "bitwise_count"):  # numpy >= 2.0
        return np.bitwise_count(words)
    as_bytes = words.view(np.uint8).reshape(words.shape[0], -1)  # numpy 1.x: a byte table
    return _BYTE_COUNTS[as_bytes]


def sampled_patterns(x_tilde: np.ndarray, count: int, seed: int = 0) -> np.ndarray:
    """Patterns of ``count`` Gaussian gates (duplicates removed, order of first appearance)."""
    rng = np.random.default_rng(seed)
    gates = rng.standard_normal((x_tilde.shape[1], count))
    patterns = (x_tilde @ gates > 0).T.astype(int)
    _, first = np.unique(patterns, axis=0, return_index=True)
    return patterns[np.sort(first)]


def _row_space(x_tilde: np.ndarray) -> np.ndarray:
    _, singular, vt = np.linalg.svd(x_tilde, full_matrices=False)
    rank = int(np.sum(singular > 1e-10 * max(singular.max(initial=0.0), 1e-300)))
    if rank == 0:
        raise InputError("all data points are zero: there is no arrangement to enumerate")
    return vt[:rank].T


def _binomial(n: int, k: int) -> int:
    from math import comb

    return comb(n, k)
